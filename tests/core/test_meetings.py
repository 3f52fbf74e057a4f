"""Booking rules, the meeting service's changes and their change records, outputs."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import ChangeLog, Meeting
from desktop.desk import Forum
from desktop.meetings import rules
from desktop.sync.rules import meeting_claim
from tests.core import test_meetings_support as support
from tests.core.test_meetings_support import DAY, slots

small = support.small  # the shared fixture

Small = tuple[Forum, dict[str, str]]


def test_setup_reads(small: Small) -> None:
    forum, ids = small
    board = forum.meetings.board()
    assert board.days() == [DAY]
    assert [f"{board.local(s.start):%H:%M}" for s in board.slots] == [
        "09:00",
        "09:30",
        "10:30",
        "11:00",
    ]
    assert [t.name for t in board.tables] == ["Table 1", "Room A"]
    assert {i.name for i in board.interpreters} == {"Li Na", "Carla Mendes"}
    assert board.delegation_by_id[ids["Zhengzhou"]].head == "王伟"


def test_book_records_a_provisional_meeting_as_the_server_expects(small: Small) -> None:
    forum, ids = small
    s0 = slots(ids)[0]
    rid = forum.meetings.request("Kazan", "Moscow", priority=2, purpose="agreement")
    mid = forum.meetings.book(rid, s0, ids["t1"])
    with forum.session() as s:
        m = s.get(Meeting, __import__("uuid").UUID(mid))
        assert m is not None and m.provisional and m.status == "booked" and m.purpose == "agreement"
        change = s.scalars(select(ChangeLog).where(ChangeLog.entity == "meeting")).one()
        assert change.op == "book" and not change.sent
    claim = meeting_claim(change.entity_id, change.op, change.data)
    assert claim.active and claim.table == ids["t1"]
    assert set(claim.delegations) == {ids["Kazan"], ids["Moscow"]}
    assert claim.start is not None and claim.end - claim.start == timedelta(minutes=30)  # type: ignore[operator]
    assert forum.meetings.requests()[0].status == "booked"


def _refusal(forum: Forum, *args: object, **kw: object) -> rules.BookingRefused:
    with pytest.raises(rules.BookingRefused) as info:
        forum.meetings.book(*args, **kw)  # type: ignore[arg-type]
    return info.value


def test_each_refusal_has_its_code_and_reason(small: Small) -> None:
    forum, ids = small
    s0, s1 = slots(ids)[:2]
    first = forum.meetings.book(["Kazan", "Moscow"], s0, ids["t1"])
    # Same delegation elsewhere in the same slot.
    e = _refusal(forum, ["Kazan", "Havana"], s0, ids["t2"], ids["carla"])
    assert e.code == "delegation_busy" and e.params["meeting_id"] == first
    assert e.params["delegation"] == "Kazan" and e.params["partners"] == ["Moscow"]
    # Same table.
    e = _refusal(forum, ["Zhengzhou", "Havana"], s0, ids["t1"], ids["li"])
    assert isinstance(e, rules.TableBusy) and e.params["table"] == "Table 1"
    # No interpreter where no language is shared; the wrong one.
    e = _refusal(forum, ["Zhengzhou", "Havana"], s0, ids["t2"])
    assert e.code == "interpreter_needed" and e.params["languages"] == "es–zh"
    e = _refusal(forum, ["Zhengzhou", "Havana"], s0, ids["t2"], ids["li"])
    assert e.code == "interpreter_languages" and e.params["interpreter"] == "Li Na"
    # Interpreter already working.
    forum.meetings.book(["Zhengzhou", "Moscow"], s1, ids["t1"], ids["li"])
    e = _refusal(forum, ["Zhengzhou", "Kazan"], s1, ids["t2"], ids["li"])
    assert e.code in ("delegation_busy", "interpreter_busy")
    e = _refusal(forum, ["Rio de Janeiro", "Havana"], s1, ids["t2"], ids["li"])
    assert e.code == "interpreter_busy" and e.params["delegations"] == ["Zhengzhou", "Moscow"]
    # Unavailable delegation.
    board = forum.meetings.board()
    slot = board.slot_by_id[slots(ids)[2]]
    forum.meetings.add_unavailability("Tehran", slot.start, slot.end, "Plenary speech")
    e = _refusal(forum, ["Tehran", "Kazan"], slot.id, ids["t1"])
    assert e.code == "delegation_unavailable" and e.params["reason"] == "Plenary speech"
    # Itself, or nobody.
    assert _refusal(forum, ["Kazan", "Kazan"], s0, ids["t2"]).code == "invalid_delegations"
    # Nothing was written by any refusal.
    assert len(forum.meetings.meetings()) == 2


def test_interpreter_busy_is_its_own_refusal(small: Small) -> None:
    forum, ids = small
    s0 = slots(ids)[0]
    forum.meetings.book(["Zhengzhou", "Moscow"], s0, ids["t1"], ids["li"])
    found = forum.meetings.check(
        rules.Proposal((ids["Kazan"], ids["الإسكندرية"]), s0, ids["t2"], ids["li"])
    )
    assert "interpreter_busy" in {e.code for e in found}


def test_move_swap_cancel_status(small: Small) -> None:
    forum, ids = small
    s0, s1, s2, _ = slots(ids)
    a = forum.meetings.book(["Kazan", "Moscow"], s0, ids["t1"])
    b = forum.meetings.book(["Havana", "Rio de Janeiro"], s1, ids["t1"], ids["carla"])
    with pytest.raises(rules.TableBusy):
        forum.meetings.move(a, s1)
    forum.meetings.move(a, s2, ids["t2"])
    forum.meetings.swap(a, b)
    views = {v.id: v for v in forum.meetings.meetings()}
    assert views[a].slot_id == s1 and views[a].table_id == ids["t1"]
    assert views[b].slot_id == s2 and views[b].table_id == ids["t2"]
    assert views[b].interpreter == "Carla Mendes"
    forum.meetings.set_status(a, "confirmed")
    with pytest.raises(rules.InvalidStatus):
        forum.meetings.set_status(a, "maybe")
    forum.meetings.cancel(b)
    assert {v.id for v in forum.meetings.meetings()} == {a}
    # The freed cell can be booked again.
    forum.meetings.book(["Zhengzhou", "Kazan"], s2, ids["t2"], ids["li"])
    with pytest.raises(rules.MeetingClosed):
        forum.meetings.move(b, s0)
    with forum.session() as s:
        ops = [
            (c.op, c.data["status"])
            for c in s.scalars(
                select(ChangeLog).where(ChangeLog.entity == "meeting").order_by(ChangeLog.seq)
            )
        ]
        local = s.scalars(select(ChangeLog).where(ChangeLog.entity != "meeting")).all()
    assert ops == [
        ("book", "booked"),
        ("book", "booked"),
        ("move", "booked"),
        ("move", "booked"),
        ("move", "booked"),
        ("status", "confirmed"),
        ("cancel", "cancelled"),
        ("book", "booked"),
    ]
    # Setup changes are history only: never pushed (the server accepts meeting changes only).
    assert local and all(c.sent for c in local)


def test_agenda_pdf_names_the_partners_in_their_script(small: Small, tmp_path: Path) -> None:
    forum, ids = small
    s0, s1 = slots(ids)[:2]
    forum.meetings.book(["Zhengzhou", "Kazan"], s0, ids["t1"], ids["li"], purpose="agreement")
    fathy = forum.meetings.add_interpreter("Ahmed Fathy", ["ar", "zh", "en"])
    forum.meetings.book(["Zhengzhou", "الإسكندرية"], s1, ids["t2"], fathy)
    out = tmp_path / "agenda.pdf"
    assert forum.meetings.agenda_pdf("Zhengzhou", out) == 2
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kazan" in text and "Li Na" in text and "AGREEMENT SIGNING" in text
    assert "09:00" in text and "Ahmed Fathy" in text  # event time, not UTC
    ics = tmp_path / "agenda.ics"
    assert forum.meetings.agenda_ics("Zhengzhou", ics) == 2
    body = ics.read_bytes().decode("utf-8")
    assert body.count("BEGIN:VEVENT") == 2 and "DTSTART:20260602T060000Z" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert forum.meetings.table_sheet_pdf(ids["t1"], tmp_path / "t.pdf") == 1
    assert forum.meetings.grid_pdf(tmp_path / "g.pdf") == 2
