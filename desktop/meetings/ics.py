"""A delegation's agenda as iCalendar (RFC 5545), written by hand: no extra dependency.

Times are written in UTC (``...Z``), which every calendar shows in its own zone; lines are
folded at 75 octets and text escaped as the RFC asks. UIDs are the meeting ids, so
importing an updated agenda updates the events instead of duplicating them.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from desktop.meetings.board import Board
from desktop.meetings.views import meeting_view

log = logging.getLogger(__name__)

_PURPOSE = {"talks": "Talks", "agreement": "Agreement signing", "twinning": "Twinning"}


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def agenda_ics(board: Board, delegation_id: str) -> tuple[str, int]:
    d = board.delegation_by_id[delegation_id]
    now = _stamp(datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ForumDesk//Bilateral meetings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(f'{board.event_name} — {d.name}')}",
    ]
    count = 0
    for m in board.active_meetings():
        if delegation_id not in m.delegation_ids:
            continue
        v = meeting_view(board, m)
        partners = [n for i, n in enumerate(v.delegations) if v.delegation_ids[i] != delegation_id]
        purpose = _PURPOSE.get(v.purpose, v.purpose)
        summary = f"{purpose}: {d.name} – {' & '.join(partners)}"
        details = [f"{'Room' if v.table_kind == 'room' else 'Table'}: {v.table}"]
        if v.interpreter:
            details.append(f"Interpreter: {v.interpreter}")
        if v.provisional:
            details.append("Provisional: not yet confirmed by the server")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{v.id}@forumdesk",
            f"DTSTAMP:{now}",
            f"DTSTART:{_stamp(v.start)}",
            f"DTEND:{_stamp(v.end)}",
            f"SUMMARY:{_escape(summary)}",
            f"LOCATION:{_escape(v.table)}",
            f"DESCRIPTION:{_escape(chr(10).join(details))}",
            f"STATUS:{'TENTATIVE' if v.provisional or v.status == 'booked' else 'CONFIRMED'}",
            f"CATEGORIES:{_escape(purpose)}",
            "END:VEVENT",
        ]
        count += 1
    lines.append("END:VCALENDAR")
    return "".join(_fold(x) + "\r\n" for x in lines), count


def write_agenda_ics(board: Board, delegation_id: str, out: Path) -> int:
    text, count = agenda_ics(board, delegation_id)
    out.write_bytes(text.encode("utf-8"))
    log.info("iCalendar agenda: %d meetings to %s", count, out)
    return count
