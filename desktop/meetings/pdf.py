"""Meeting PDFs: a delegation's agenda, a table's sheet, the whole grid (reportlab).

Every name goes through the badge text engine (``draw_line``/``fit_size``), so Arabic is
joined right to left, Chinese and Devanagari print with their own Noto fonts, and a long
name shrinks to fit its column instead of running over. Times are in the event's zone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.countries import country_name
from desktop.meetings.board import Board
from desktop.meetings.views import MeetingView, grid_day, meeting_view
from desktop.typesetting.fonts import Weight
from desktop.typesetting.text import Align, draw_line, fit_size, text_width

log = logging.getLogger(__name__)

MM = 72 / 25.4
INK = HexColor("#1B1F24")
GREY = HexColor("#5F6670")
RULE = HexColor("#C9CED6")
BAND = HexColor("#1F4E79")
SIGNING = HexColor("#8A5A00")
PURPOSE_FILL: dict[str, Color] = {
    "talks": HexColor("#E3EEF9"),
    "agreement": HexColor("#FBE3A6"),
    "twinning": HexColor("#DCEFD8"),
}
PURPOSE_EDGE: dict[str, Color] = {
    "talks": HexColor("#7BA7D6"),
    "agreement": HexColor("#C9922B"),
    "twinning": HexColor("#6FAF65"),
}
PURPOSE_TEXT = {"talks": "Talks", "agreement": "Agreement signing", "twinning": "Twinning"}


def _text(
    c: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    width: float,
    *,
    bold: bool = False,
    colour: Color = INK,
    align: str = "left",
    min_size: float = 5.5,
) -> None:
    """One line of any script, shrunk to fit ``width``."""
    if not text:
        return
    weight: Weight = "bold" if bold else "regular"
    fitted = fit_size(text, width, size, min_size, weight)
    c.setFillColor(colour)
    draw_line(c, text, x, y, fitted, weight, cast(Align, align))


def _country(code: str) -> str:
    try:
        return country_name(code) or code
    except Exception:  # an unknown code prints as given
        return code


def _footer(c: Canvas, board: Board, width: float, note: str) -> None:
    zone = getattr(board.zone, "key", str(board.zone))
    now = datetime.now(board.zone)
    offset = now.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    c.setStrokeColor(RULE)
    c.line(15 * MM, 14 * MM, width - 15 * MM, 14 * MM)
    _text(
        c,
        f"Times in {zone} ({offset}). {note} Printed {now:%d %b %Y %H:%M}.",
        15 * MM,
        9 * MM,
        7.5,
        width - 30 * MM,
        colour=GREY,
    )


def _day_title(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


# -- a delegation's agenda ---------------------------------------------------------------
def render_agenda(board: Board, delegation_id: str, out: Path) -> int:
    """Write the agenda PDF; returns the number of meetings on it."""
    d = board.delegation_by_id[delegation_id]
    meetings = sorted(
        (
            meeting_view(board, m)
            for m in board.active_meetings()
            if delegation_id in m.delegation_ids
        ),
        key=lambda v: (v.start, v.table),
    )
    width, height = A4
    c = Canvas(str(out), pagesize=A4, pageCompression=1)
    c.setTitle(f"Agenda — {d.name}")
    c.setAuthor("ForumDesk")
    left, right = 15 * MM, width - 15 * MM

    def header(first: bool) -> float:
        c.setFillColor(BAND)
        c.rect(0, height - 30 * MM, width, 30 * MM, stroke=0, fill=1)
        _text(c, board.event_name, left, height - 11 * MM, 10, right - left, colour=white)
        _text(c, d.name, left, height - 22 * MM, 22, right - left, bold=True, colour=white)
        y: float = height - 38 * MM
        if first:
            bits = [_country(d.country)]
            if d.head:
                bits.append(f"Head of delegation: {d.head}")
            _text(c, " · ".join(bits), left, y, 11, right - left, colour=GREY)
            y -= 6 * MM
            _text(c, "Bilateral meetings", left, y, 14, right - left, bold=True)
            y -= 4 * MM
        return y

    y = header(True)
    if not meetings:
        _text(c, "No meetings booked yet.", left, y - 8 * MM, 12, right - left, colour=GREY)
    day: date | None = None
    row_h = 17 * MM
    col_time, col_partner, col_table = left, left + 28 * MM, left + 112 * MM
    col_interp = left + 142 * MM
    for v in meetings:
        local_start, local_end = board.local(v.start), board.local(v.end)
        need = row_h + (11 * MM if local_start.date() != day else 0)
        if y - need < 22 * MM:
            _footer(c, board, width, "* provisional: not yet confirmed by the server.")
            c.showPage()
            y = header(False)
            day = None
        if local_start.date() != day:
            day = local_start.date()
            y -= 9 * MM
            _text(c, _day_title(day), left, y, 12, right - left, bold=True, colour=BAND)
            y -= 2.5 * MM
            c.setStrokeColor(RULE)
            c.line(left, y, right, y)
        top = y
        y -= row_h
        signing = v.purpose == "agreement"
        if signing or v.purpose == "twinning":
            c.setFillColor(PURPOSE_FILL[v.purpose])
            c.setStrokeColor(PURPOSE_EDGE[v.purpose])
            c.roundRect(
                left - 2 * MM,
                y + 1 * MM,
                right - left + 4 * MM,
                row_h - 2 * MM,
                2 * MM,
                stroke=1,
                fill=1,
            )
        partners = [
            (name, country)
            for i, (name, country) in enumerate(zip(v.delegations, v.countries, strict=True))
            if v.delegation_ids[i] != delegation_id
        ]
        partner = " & ".join(n for n, _ in partners)
        countries = ", ".join(_country(k) for _, k in partners)
        mark = " *" if v.provisional else ""
        _text(
            c,
            f"{local_start:%H:%M}–{local_end:%H:%M}{mark}",
            col_time,
            top - 6 * MM,
            11,
            27 * MM,
            bold=True,
        )
        _text(
            c, partner, col_partner, top - 6 * MM, 12, col_table - col_partner - 3 * MM, bold=True
        )
        _text(
            c,
            countries,
            col_partner,
            top - 11 * MM,
            9,
            col_table - col_partner - 3 * MM,
            colour=GREY,
        )
        purpose = PURPOSE_TEXT.get(v.purpose, v.purpose)
        if signing:
            purpose = "★ AGREEMENT SIGNING"
        _text(
            c,
            purpose,
            col_partner,
            top - 15.5 * MM,
            8.5,
            col_table - col_partner - 3 * MM,
            bold=signing,
            colour=SIGNING if signing else GREY,
        )
        _text(c, v.table, col_table, top - 6 * MM, 11, col_interp - col_table - 3 * MM)
        if v.table_kind == "room" and "room" not in v.table.lower():
            _text(
                c,
                "Room",
                col_table,
                top - 11 * MM,
                8.5,
                col_interp - col_table - 3 * MM,
                colour=GREY,
            )
        _text(c, v.interpreter or "—", col_interp, top - 6 * MM, 10, right - col_interp)
        _text(
            c,
            "Interpreter" if v.interpreter else "no interpreter needed",
            col_interp,
            top - 11 * MM,
            8.5,
            right - col_interp,
            colour=GREY,
        )
        c.setStrokeColor(RULE)
        c.line(left, y, right, y)
    _footer(c, board, width, "* provisional: not yet confirmed by the server.")
    c.showPage()
    c.save()
    log.info("agenda of %s: %d meetings to %s", d.name, len(meetings), out)
    return len(meetings)


# -- a table's sheet -----------------------------------------------------------------------
def render_table_sheet(board: Board, table_id: str, out: Path) -> int:
    """Every slot of the table, booked or free, one page per day; returns meetings printed."""
    t = board.table_by_id[table_id]
    width, height = A4
    c = Canvas(str(out), pagesize=A4, pageCompression=1)
    c.setTitle(f"{t.name} — meetings")
    left, right = 15 * MM, width - 15 * MM
    count = 0
    days = board.days() or [date.today()]
    for day in days:
        grid = grid_day(board, day)
        c.setFillColor(BAND)
        c.rect(0, height - 30 * MM, width, 30 * MM, stroke=0, fill=1)
        _text(c, board.event_name, left, height - 11 * MM, 10, right - left, colour=white)
        _text(c, t.name, left, height - 22 * MM, 24, 90 * MM, bold=True, colour=white)
        _text(c, _day_title(day), right, height - 22 * MM, 13, 90 * MM, colour=white, align="right")
        y = height - 36 * MM
        slots = grid.slots
        row_h = min(15 * MM, (y - 22 * MM) / max(1, len(slots)))
        for slot in slots:
            v = grid.at(slot.id, t.id)
            top = y
            y -= row_h
            if v is not None:
                c.setFillColor(PURPOSE_FILL.get(v.purpose, PURPOSE_FILL["talks"]))
                c.rect(left, y, right - left, row_h, stroke=0, fill=1)
            c.setStrokeColor(RULE)
            c.line(left, y, right, y)
            s, e = board.local(slot.start), board.local(slot.end)
            mid = top - row_h / 2
            _text(c, f"{s:%H:%M}–{e:%H:%M}", left + 2 * MM, mid - 1.5 * MM, 10, 25 * MM, bold=True)
            if v is None:
                _text(c, "free", left + 30 * MM, mid - 1.5 * MM, 9, 40 * MM, colour=GREY)
                continue
            count += 1
            _text(
                c,
                " — ".join(v.delegations) + (" *" if v.provisional else ""),
                left + 30 * MM,
                mid + 0.5 * MM,
                11,
                100 * MM,
                bold=True,
            )
            _text(
                c,
                PURPOSE_TEXT.get(v.purpose, v.purpose),
                left + 30 * MM,
                mid - 4 * MM,
                8,
                60 * MM,
                colour=GREY,
            )
            _text(c, v.interpreter or "", right - 2 * MM, mid - 1.5 * MM, 9, 45 * MM, align="right")
        _footer(c, board, width, "* provisional.")
        c.showPage()
    c.save()
    return count


# -- the whole grid ---------------------------------------------------------------------------
def render_grid(board: Board, out: Path, only_day: date | None = None) -> int:
    """Slots × tables per day, landscape; A3 when many tables; wide grids split by columns."""
    tables = board.tables
    size = landscape(A3) if len(tables) > 10 else landscape(A4)
    per_page = 14 if size == landscape(A3) else 10
    width, height = size
    c = Canvas(str(out), pagesize=size, pageCompression=1)
    c.setTitle(f"{board.event_name} — meeting grid")
    count = 0
    days = [only_day] if only_day else (board.days() or [date.today()])
    for day in days:
        grid = grid_day(board, day)
        for first in range(0, max(1, len(tables)), per_page):
            cols = tables[first : first + per_page]
            count += _grid_page(c, board, grid.slots, cols, grid.cells, day, width, height)
    c.save()
    return count


def _grid_page(
    c: Canvas,
    board: Board,
    slots: list[Any],
    cols: list[Any],
    cells: dict[tuple[str, str], MeetingView],
    day: date,
    width: float,
    height: float,
) -> int:
    left, right, top = 10 * MM, width - 10 * MM, height - 22 * MM
    _text(c, board.event_name, left, height - 10 * MM, 10, width / 2, colour=GREY)
    _text(c, f"Meeting grid — {_day_title(day)}", left, height - 17 * MM, 15, width / 2, bold=True)
    _legend(c, right, height - 12 * MM)
    time_w = 20 * MM
    col_w = (right - left - time_w) / max(1, len(cols))
    head_h = 8 * MM
    row_h = (top - head_h - 18 * MM) / max(1, len(slots))
    for j, t in enumerate(cols):
        x = left + time_w + j * col_w
        c.setFillColor(BAND)
        c.rect(x, top - head_h, col_w, head_h, stroke=0, fill=1)
        _text(
            c,
            t.name,
            x + col_w / 2,
            top - head_h + 2.6 * MM,
            9,
            col_w - 2 * MM,
            bold=True,
            colour=white,
            align="centre",
        )
    count = 0
    for i, slot in enumerate(slots):
        y = top - head_h - (i + 1) * row_h
        s = board.local(slot.start)
        _text(
            c, f"{s:%H:%M}", left + 1 * MM, y + row_h / 2 - 1.5 * MM, 9, time_w - 2 * MM, bold=True
        )
        c.setStrokeColor(RULE)
        c.line(left, y, right, y)
        for j, t in enumerate(cols):
            x = left + time_w + j * col_w
            v = cells.get((slot.id, t.id))
            if v is None:
                continue
            count += 1
            c.setFillColor(PURPOSE_FILL.get(v.purpose, PURPOSE_FILL["talks"]))
            c.setStrokeColor(PURPOSE_EDGE.get(v.purpose, RULE))
            if v.provisional:
                c.setDash(2, 1.5)
            c.rect(x + 0.6, y + 0.6, col_w - 1.2, row_h - 1.2, stroke=1, fill=1)
            c.setDash()
            inner = col_w - 2.5 * MM
            fs = min(7.5, row_h * 0.33)
            names = list(v.delegations)
            _text(
                c,
                names[0],
                x + 1.2 * MM,
                y + row_h - fs - 0.8 * MM,
                fs,
                inner,
                bold=True,
                min_size=4,
            )
            if len(names) > 1:
                _text(
                    c,
                    " & ".join(names[1:]),
                    x + 1.2 * MM,
                    y + row_h - 2 * fs - 1.1 * MM,
                    fs,
                    inner,
                    bold=True,
                    min_size=4,
                )
            if v.interpreter and row_h > 3 * fs + 1.5 * MM:
                _text(
                    c,
                    v.interpreter,
                    x + 1.2 * MM,
                    y + 1 * MM,
                    fs * 0.85,
                    inner,
                    colour=GREY,
                    min_size=4,
                )
    for j in range(len(cols) + 1):
        x = left + time_w + j * col_w
        c.setStrokeColor(RULE)
        c.line(x, top - head_h, x, top - head_h - len(slots) * row_h)
    _footer(c, board, width, "Dashed: provisional, not yet confirmed by the server.")
    c.showPage()
    return count


def _legend(c: Canvas, right: float, y: float) -> None:
    x = right
    for key in reversed(("talks", "agreement", "twinning")):
        label = PURPOSE_TEXT[key]
        x -= text_width(label, 8) + 12 * MM
        c.setFillColor(PURPOSE_FILL[key])
        c.setStrokeColor(PURPOSE_EDGE[key])
        c.rect(x, y - 1 * MM, 4 * MM, 4 * MM, stroke=1, fill=1)
        _text(c, label, x + 5.5 * MM, y, 8, 26 * MM, colour=GREY)


def names_in(views: Iterable[MeetingView]) -> list[str]:
    """Every delegation name on a list of meetings (for tests and logs)."""
    return sorted({n for v in views for n in v.delegations})
