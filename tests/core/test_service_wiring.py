"""The desk's meetings are parts wired over one board reader, offered under one name.

``forum.meetings`` is a facade: each method is one of a part's (reading the board, setup,
requests and booking, scheduling, outputs). A method a part gains and the facade forgets
would be missing for the GUI and the CLI; parts that read different boards would disagree.
"""

from __future__ import annotations

import inspect
from datetime import date, time
from pathlib import Path

from desktop.desk import Forum


def test_forum_meetings_offer_every_use_case_of_every_part(tmp_path: Path) -> None:
    forum = Forum.open(tmp_path / "forum.db")
    try:
        forum.ensure_event()
        meetings = forum.meetings
        parts = [
            meetings.reader,
            meetings.setup,
            meetings.booking,
            meetings.scheduling,
            meetings.outputs,
        ]
        offered = 0
        for part in parts:
            for name, _ in inspect.getmembers(type(part), inspect.isfunction):
                if name.startswith("_"):
                    continue
                assert getattr(meetings, name) == getattr(part, name), name
                offered += 1
        assert offered == 34  # every public method MeetingService had as one class
        assert all(getattr(part, "reader", meetings.reader) is meetings.reader for part in parts)
        assert meetings.setup.db is forum and meetings.booking.db is forum
    finally:
        forum.close()


def test_a_day_set_up_through_the_facade_is_read_by_every_part(tmp_path: Path) -> None:
    forum = Forum.open(tmp_path / "forum.db")
    try:
        forum.ensure_event(timezone="Europe/Moscow")
        meetings = forum.meetings
        slots = meetings.add_day(date(2026, 6, 3), time(10, 0), count=3)
        assert len(slots) == 3
        assert meetings.days() == [date(2026, 6, 3)]
        assert [s.id for s in meetings.board().slots_of_day(date(2026, 6, 3))] == slots
    finally:
        forum.close()
