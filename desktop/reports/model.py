"""Plain report types: what the dashboard, the exports and the end-of-day PDF show.

Counting rules (one place, used everywhere):

* An *arrival* is a person with at least one effective admission: a fact with result
  ``admitted`` and direction ``in`` that no later ``undone`` fact refers to. Overrides
  count (they are admissions); ``already_in`` and ``rejected`` facts do not.
* People are counted once, however many desks admitted them (flagged second admissions
  from offline desks included).
* A day is a calendar day in the event's time zone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class CountRow:
    """Arrivals of one group (a category, country or delegation) beside its registrations."""

    key: str
    label: str
    arrived: int
    registered: int
    colour: str = ""
    country: str = ""

    @property
    def not_arrived(self) -> int:
        return max(0, self.registered - self.arrived)


@dataclass(frozen=True)
class TimeBucket:
    """First arrivals in one 15-minute bucket; ``start`` is aware, in the event's zone."""

    start: datetime
    arrivals: int
    cumulative: int


@dataclass(frozen=True)
class ZoneCount:
    code: str
    name: str
    admissions: int
    people: int
    inside: int
    rejections: int


@dataclass(frozen=True)
class Totals:
    registered: int
    arrived: int
    not_arrived: int
    inside_now: int
    rejections: int
    rejections_by_reason: dict[str, int]
    flagged: int
    undone: int
    pending_details: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Arrivals:
    """Everything the dashboard shows about arrivals, for one day or the whole event."""

    event: str
    timezone: str
    day: date | None
    totals: Totals
    by_category: list[CountRow]
    by_country: list[CountRow]
    by_delegation: list[CountRow]
    over_time: list[TimeBucket]
    zones: list[ZoneCount]
    computed_at: datetime

    def to_json(self) -> dict[str, Any]:
        def rows(items: list[CountRow]) -> list[dict[str, Any]]:
            return [asdict(r) for r in items]

        return {
            "event": self.event,
            "timezone": self.timezone,
            "day": self.day.isoformat() if self.day else None,
            "totals": self.totals.to_json(),
            "by_category": rows(self.by_category),
            "by_country": rows(self.by_country),
            "by_delegation": rows(self.by_delegation),
            "over_time": [
                {"start": b.start.isoformat(), "arrivals": b.arrivals, "cumulative": b.cumulative}
                for b in self.over_time
            ],
            "zones": [asdict(z) for z in self.zones],
            "computed_at": self.computed_at.isoformat(),
        }


@dataclass(frozen=True)
class WatchEntry:
    """A head of delegation or VIP who has not arrived."""

    participant_id: str
    registration_code: str
    native_name: str
    latin_name: str
    title: str
    delegation: str
    country: str
    country_name: str
    category_code: str
    category_name: str
    category_colour: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows, read at once: the arrivals of the day shown (``day``; None
    for the whole event) and the heads of delegation and VIPs not arrived at all."""

    today: date
    day: date | None
    arrivals: Arrivals
    watch: list[WatchEntry]


@dataclass(frozen=True)
class AttendanceRow:
    """One participant's day (or event): first arrival, last seen, zones, status.

    ``status`` is ``inside`` (last effective record in some zone is "in"), ``left``,
    ``not_arrived`` or ``cancelled``. Times are aware, in the event's time zone.
    """

    participant_id: str
    registration_code: str
    native_name: str
    latin_name: str
    delegation: str
    country: str
    country_name: str
    category_name: str
    registration_status: str
    status: str
    first_arrival: datetime | None
    last_seen: datetime | None
    last_zone: str
    zones_visited: list[str] = field(default_factory=list)
    admissions: int = 0
    rejections: int = 0
    flagged: int = 0


@dataclass(frozen=True)
class CheckinRow:
    """One check-in fact with the person's details; ``at`` is UTC, ``at_local`` the event's."""

    id: str
    at: datetime
    at_local: datetime
    participant_id: str
    registration_code: str
    native_name: str
    latin_name: str
    delegation: str
    country: str
    category_name: str
    zone: str
    direction: str
    result: str
    reason: str
    flagged: bool
    undone: bool
    desk: str
    operator: str
    method: str
    note: str
    badge_id: int | None


def pad_hours(buckets: Sequence[TimeBucket], min_hours: int = 6) -> list[TimeBucket]:
    """The buckets widened to whole hours (at least ``min_hours``) with empty buckets, so a
    chart of a quiet morning still reads as a time axis."""
    if not buckets:
        return []
    step = timedelta(minutes=15)
    tz = buckets[0].start.tzinfo
    first = buckets[0].start.replace(minute=0)
    last = buckets[-1].start
    end = last.replace(minute=0) + timedelta(hours=1)
    while (end - first) < timedelta(hours=min_hours):
        if first.hour > 6 and (end - first).total_seconds() % 7200:
            first -= timedelta(hours=1)
        else:
            end += timedelta(hours=1)
        if end.hour == 0:
            break
    known = {b.start.astimezone(UTC): b for b in buckets}
    out: list[TimeBucket] = []
    total = 0
    current = first.astimezone(UTC)
    while current < end.astimezone(UTC):
        b = known.get(current)
        total = b.cumulative if b else total
        out.append(TimeBucket(current.astimezone(tz), b.arrivals if b else 0, total))
        current += step
    return out


class ReportSource(Protocol):
    """What the exports and the end-of-day PDF read: ``ReportService`` is one."""

    def timezone(self) -> ZoneInfo: ...

    def arrivals(self, day: date | None = None) -> Arrivals: ...

    def watch_list(self, day: date | None = None) -> list[WatchEntry]: ...

    def iter_checkins(self, day: date | None = None) -> Iterator[CheckinRow]: ...

    def iter_attendance(self, day: date | None = None) -> Iterator[AttendanceRow]: ...
