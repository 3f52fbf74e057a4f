"""Meeting setup the dialogs rely on: days by slot count, removing tables, interpreters, days."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from desktop.desk import Forum
from desktop.services.meetings import DayInUse, InterpreterInUse, SlotsOverlap, TableInUse
from tests.core import test_meetings_support as support
from tests.core.test_meetings_support import DAY, slots

small = support.small  # the shared fixture

Small = tuple[Forum, dict[str, str]]
NEXT = DAY + timedelta(days=1)


def test_add_day_by_number_of_slots_skips_the_lunch_break(small: Small) -> None:
    forum, _ids = small
    ids = forum.meetings.add_day(NEXT, time(9, 0), None, 45, [(time(12, 0), time(13, 0))], count=6)
    board = forum.meetings.board()
    assert len(ids) == 6
    assert [f"{board.local(s.start):%H:%M}" for s in board.slots_of_day(NEXT)] == [
        "09:00",
        "09:45",
        "10:30",
        "11:15",
        "13:00",
        "13:45",
    ]


def test_adding_the_same_day_twice_is_refused(small: Small) -> None:
    forum, _ids = small
    with pytest.raises(SlotsOverlap) as caught:
        forum.meetings.add_day(DAY, time(9, 15), None, 30, count=2)
    assert caught.value.params["start"] == "09:00"
    assert len(forum.meetings.board().slots_of_day(DAY)) == 4


def test_a_day_needs_an_end_or_a_count(small: Small) -> None:
    forum, _ids = small
    from desktop.errors import InvalidInput

    with pytest.raises(InvalidInput):
        forum.meetings.add_day(NEXT, time(9, 0))
    with pytest.raises(InvalidInput):
        forum.meetings.add_day(NEXT, time(9, 0), None, 30, [(time(13, 0), time(12, 0))], count=3)


def test_remove_table_refused_while_meetings_use_it(small: Small) -> None:
    forum, ids = small
    m = forum.meetings
    mid = m.book(["Kazan", "Moscow"], slots(ids)[0], ids["t1"])
    with pytest.raises(TableInUse) as caught:
        m.remove_table(ids["t1"])
    assert caught.value.params == {"table": "Table 1", "count": 1}
    m.cancel(mid)
    with pytest.raises(TableInUse) as caught:
        m.remove_table(ids["t1"])
    assert caught.value.params["count"] == 0  # only history keeps it now
    spare = m.add_table("Table 9")
    m.remove_table(spare)
    assert [t.name for t in m.board().tables] == ["Table 1", "Room A"]


def test_remove_interpreter_refused_while_interpreting(small: Small) -> None:
    forum, ids = small
    m = forum.meetings
    m.book(["Zhengzhou", "Moscow"], slots(ids)[0], ids["t1"], ids["li"])
    with pytest.raises(InterpreterInUse) as caught:
        m.remove_interpreter(ids["li"])
    assert caught.value.params == {"interpreter": "Li Na", "count": 1}
    m.remove_interpreter(ids["carla"])
    assert [i.name for i in m.board().interpreters] == ["Li Na"]


def test_remove_day(small: Small) -> None:
    forum, ids = small
    m = forum.meetings
    m.add_day(NEXT, time(9, 0), time(10, 0), 30)
    assert m.remove_day(NEXT) == 2
    m.book(["Kazan", "Moscow"], slots(ids)[1], ids["t2"])
    with pytest.raises(DayInUse):
        m.remove_day(DAY)
    assert m.days() == [DAY]


def test_unavailability_round_trip(small: Small) -> None:
    forum, _ids = small
    m = forum.meetings
    board = m.board()
    first = board.slots_of_day(DAY)[0]
    uid = m.add_unavailability("Kazan", first.start, first.end, "plenary")
    assert [u.reason for u in m.board().unavailable] == ["plenary"]
    m.remove_unavailability(uid)
    assert m.board().unavailable == []
