"""Reports: arrivals counted by the rules (distinct people, undone and rejected not counted),
the watch list, attendance and check-in lists."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desktop.db.models import Category, CheckIn, Participant
from desktop.services.forum import Forum
from desktop.services.reports import buckets, day_range


class Clock:
    """A settable clock for the check-in service (local times of the event's first day)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, hh: int, mm: int) -> None:
        self.now = self.now.astimezone(self.tz).replace(hour=hh, minute=mm).astimezone(UTC)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo("Europe/Moscow")


@pytest.fixture
def clock(demo_forum: Forum) -> Clock:
    event = demo_forum.event()
    assert event.start_date is not None
    tz = ZoneInfo(event.timezone)
    c = Clock(datetime.combine(event.start_date, time(9, 0), tzinfo=tz).astimezone(UTC))
    demo_forum.checkin.now = c
    return c


@pytest.fixture
def people(demo_forum: Forum) -> Iterator[dict[str, list[str]]]:
    """Registration codes of registered participants by category code."""
    out: dict[str, list[str]] = {}
    with demo_forum.session() as s:
        rows = s.execute(
            select(Participant.registration_code, Category.code)
            .join(Category, Category.id == Participant.category_id)
            .where(Participant.status == "registered", Participant.merged_into.is_(None))
            .order_by(Participant.registration_code)
        )
        for code, cat in rows:
            out.setdefault(cat, []).append(code)
    yield out


def day_of(forum: Forum) -> date:
    start = forum.event().start_date
    assert start is not None
    return start


def test_arrivals_count_distinct_people_not_undone_not_rejected(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    delegates = people["delegate"]
    before = demo_forum.reports.arrivals()
    assert before.totals.arrived == 0
    assert before.totals.registered == before.totals.not_arrived

    clock.at(9, 5)
    for code in delegates[:5]:
        assert demo_forum.checkin.scan(code, "main").result == "admitted"
    # the same people again in the same zone and in another zone: still five people
    clock.at(9, 20)
    assert demo_forum.checkin.scan(delegates[0], "main").result == "already_in"
    assert demo_forum.checkin.scan(delegates[1], "plenary").result == "admitted"
    # a rejection is no arrival
    assert demo_forum.checkin.scan("NO-SUCH-CODE", "main").result == "rejected"
    # an undone admission is no arrival
    clock.at(9, 40)
    demo_forum.checkin.scan(delegates[5], "main")
    assert demo_forum.checkin.undo_last("main") is not None

    a = demo_forum.reports.arrivals(day_of(demo_forum))
    t = a.totals
    assert t.arrived == 5
    assert t.not_arrived == t.registered - 5
    assert t.rejections == 1 and t.rejections_by_reason == {"unknown": 1}
    assert t.undone == 1
    assert t.flagged == 1  # the amber second scan
    assert t.inside_now == 5
    delegate_row = next(r for r in a.by_category if r.key == "delegate")
    assert delegate_row.arrived == 5 and delegate_row.registered == len(delegates)
    assert sum(r.arrived for r in a.by_country) == 5
    assert sum(r.arrived for r in a.by_delegation) == 5
    assert sum(b.arrivals for b in a.over_time) == 5
    assert a.over_time[0].start.hour == 9 and a.over_time[0].start.minute == 0
    assert a.over_time[0].start.utcoffset() == timedelta(hours=3)
    zones = {z.code: z for z in a.zones}
    assert zones["main"].people == 5 and zones["main"].rejections == 1
    assert zones["main"].admissions == 5  # the undone one is gone
    assert zones["plenary"].people == 1
    # another day holds nothing
    other = demo_forum.reports.arrivals(day_of(demo_forum) + timedelta(days=1))
    assert other.totals.arrived == 0 and other.totals.rejections == 0


def test_flagged_second_admission_from_another_desk_counts_once(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    code = people["delegate"][0]
    d = demo_forum.checkin.scan(code, "main")
    assert d.participant is not None
    # what sync brings from a desk that was offline: a second admission, flagged
    with demo_forum.session() as s:
        s.add(
            CheckIn(
                participant_id=uuid.UUID(d.participant.id),
                zone="main",
                direction="in",
                at=clock.now + timedelta(minutes=2),
                desk="desk-2",
                result="admitted",
                flagged=True,
            )
        )
    a = demo_forum.reports.arrivals()
    assert a.totals.arrived == 1 and a.totals.flagged == 1
    rows = [r for r in demo_forum.reports.attendance() if r.registration_code == code]
    assert rows[0].admissions == 2 and rows[0].flagged == 1 and rows[0].status == "inside"


def test_watch_list_loses_a_head_when_admitted(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    watch = demo_forum.reports.watch_list()
    assert {w.category_code for w in watch} <= {"head", "vip"}
    assert len(watch) >= len(people["head"]) + len(people["vip"]) - 1
    assert all(
        w.native_name and w.latin_name and w.delegation for w in watch if w.category_code == "head"
    )
    keys = [(w.category_code != "head", w.country_name) for w in watch]
    assert keys == sorted(keys)
    head = people["head"][0]
    demo_forum.checkin.scan(head, "main")
    after = demo_forum.reports.watch_list()
    assert head not in {w.registration_code for w in after}
    assert len(after) == len(watch) - 1
    # a rejected or undone head stays on the list
    vip = next(w.registration_code for w in after if w.category_code == "vip")
    demo_forum.checkin.scan(vip, "main")
    demo_forum.checkin.undo_last("main")
    assert vip in {w.registration_code for w in demo_forum.reports.watch_list()}


def test_attendance_first_arrival_last_seen_and_status(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    code = people["delegate"][3]
    clock.at(8, 50)
    demo_forum.checkin.scan(code, "main")
    clock.at(10, 15)
    demo_forum.checkin.scan(code, "plenary")
    clock.at(12, 0)
    demo_forum.checkin.scan(code, "plenary", direction="out")
    demo_forum.checkin.scan(code, "main", direction="out")
    rows = {r.registration_code: r for r in demo_forum.reports.attendance(day_of(demo_forum))}
    row = rows[code]
    assert row.first_arrival is not None and row.last_seen is not None
    assert (row.first_arrival.hour, row.first_arrival.minute) == (8, 50)
    assert (row.last_seen.hour, row.last_seen.minute) == (12, 0)
    assert row.zones_visited == ["main", "plenary"]
    assert row.status == "left"
    assert rows[people["delegate"][4]].status == "not_arrived"
    assert len(rows) >= 596


def test_checkins_list_every_fact_with_both_names_and_times(
    demo_forum: Forum, clock: Clock, people: dict[str, list[str]]
) -> None:
    code = people["head"][1]
    demo_forum.checkin.scan(code, "vip", desk="VIP desk")
    clock.at(9, 1)
    demo_forum.checkin.scan("garbage!", "main")
    demo_forum.checkin.undo_last("main")  # nothing of this desk admitted in main: no fact
    rows = demo_forum.reports.checkins()
    assert len(rows) == 2
    first = rows[0]
    assert first.registration_code == code and first.native_name and first.latin_name
    assert first.desk == "VIP desk" and first.zone == "vip" and first.result == "admitted"
    assert first.at.tzinfo == UTC and first.at_local.utcoffset() == timedelta(hours=3)
    assert first.at_local == first.at
    assert rows[1].result == "rejected" and rows[1].registration_code == ""


def test_day_range_and_buckets() -> None:
    tz = ZoneInfo("Europe/Moscow")
    start, end = day_range(date(2025, 6, 3), tz)
    assert start == datetime(2025, 6, 2, 21, 0, tzinfo=UTC)
    assert end - start == timedelta(days=1)
    moments = [datetime(2025, 6, 3, 9, m, tzinfo=tz) for m in (1, 14, 15, 59)]
    b = buckets(moments)
    assert [(x.start.minute, x.arrivals, x.cumulative) for x in b] == [
        (0, 2, 2),
        (15, 1, 3),
        (30, 0, 3),
        (45, 1, 4),
    ]
    assert buckets([]) == []
