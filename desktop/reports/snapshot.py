"""What one call of the report service reads, and the counts of one period of it; small
helpers that shape what the reports show (group order, chart buckets, names of people).

Kept apart from :mod:`desktop.services.reports`, which holds what is kept between calls and
the service's calls.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desktop.db.codec import id_text, stored_id
from desktop.reports.model import CountRow, TimeBucket
from desktop.reports.people import People, group_rowids
from desktop.reports.store import Fact, FactView
from desktop.reports.tally import Tally, bucket_start
from desktop.text.names import full_name, latin_full_name

log = logging.getLogger(__name__)

#: Width of a bar of the arrivals-over-time chart.
BUCKET = timedelta(minutes=15)

PEOPLE_COLUMNS = """rowid, id, registration_code, given_name, family_name, given_name_latin,
    family_name_latin, title, delegation_id, country, category_id, status"""


@dataclass(frozen=True, slots=True)
class Person:
    """A person with names, read for a list (watch list, attendance, check-ins)."""

    id: str
    code: str
    native: str
    latin: str
    title: str
    delegation_id: str | None
    country: str
    category_id: str
    status: str


def person_of(row: Sequence[Any]) -> Person:
    country = row[9]
    return Person(
        id=stored_id(row[1]) or "",
        code=row[2],
        native=full_name(row[3], row[4], country),
        latin=latin_full_name(row[5], row[6], country),
        title=row[7],
        delegation_id=stored_id(row[8]),
        country=country,
        category_id=stored_id(row[10]) or "",
        status=row[11],
    )


def uuid_text(hex_text: str | None) -> str:
    """A stored id as the dashed text the reports show ("" for none)."""
    return id_text(hex_text) or ""


@dataclass(frozen=True, slots=True)
class CategoryRow:
    key: str
    code: str
    name: str
    colour: str
    watch: bool
    sort: int


@dataclass
class Read:
    """What one call reads (in one snapshot of the database): the event and its small tables,
    the facts and the people, brought up to date."""

    event_id: str
    event_name: str
    tz: ZoneInfo
    categories: dict[str, CategoryRow]
    delegations: dict[str, tuple[str, str]]
    heads: frozenset[str]
    zones: list[tuple[str, str]]
    view: FactView
    people: People
    #: What tells whether the watch list's people changed (the lists it is built from).
    watch_source: tuple[Any, ...]

    def today(self) -> date:
        return datetime.now(UTC).astimezone(self.tz).date()


@dataclass
class Period:
    """One period (a day, or the whole event) of a read: its facts and counts."""

    read: Read
    day: date | None
    tally: Tally

    @property
    def facts(self) -> Sequence[Fact]:
        """The period's facts, sorted by (at, id) (for lists and exports, not for counting)."""
        view = self.read.view
        return view.between(self.tally.start, self.tally.end)

    @property
    def undone(self) -> frozenset[str]:
        return self.read.view.undone

    def resolve(self, fact: Fact) -> str | None:
        """The surviving participant of a fact (following badge identity and merges)."""
        key = self.read.people.resolve(fact.participant_id, fact.badge_id)
        return key if isinstance(key, str) else None

    def delegation(self, did: str | None) -> tuple[str, str]:
        return self.read.delegations.get(did, ("", "")) if did else ("", "")


def day_range(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC bounds [start, end) of a calendar day in a time zone (DST-safe)."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def zoneinfo(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ValueError, KeyError):
        log.warning("unknown time zone %r; reporting in UTC", name)
        return ZoneInfo("UTC")


def ordered(rows: list[tuple[Any, CountRow]], snap: Period, pick: str) -> list[CountRow]:
    """Most arrivals first, then most registered, then by label; rows that tie on all three
    keep the order a read of the participant table gives them (their first person's rowid)."""
    rows.sort(key=lambda gr: (-gr[1].arrived, -gr[1].registered, gr[1].label))
    ties: set[Any] = set()
    for (g1, a), (g2, b) in itertools.pairwise(rows):
        if (a.arrived, a.registered, a.label) == (b.arrived, b.registered, b.label):
            ties.update((g1, g2))
    if ties:
        first = group_rowids(snap.read.people, snap.tally.arrived_keys(), pick, ties)
        rows.sort(key=lambda gr: first.get(gr[0], 0) if gr[0] in ties else 0)
        rows.sort(key=lambda gr: (-gr[1].arrived, -gr[1].registered, gr[1].label))
    return [row for _, row in rows]


def buckets(moments: Iterable[datetime]) -> list[TimeBucket]:
    """Counts per 15-minute bucket (in the moments' own zone), gaps filled with zeros."""
    return filled(Counter(bucket_start(m) for m in moments))


def filled(counts: Mapping[datetime, int]) -> list[TimeBucket]:
    """The buckets from the first to the last with a count, each with the running total."""
    if not counts:
        return []
    first, last = min(counts), max(counts)
    out: list[TimeBucket] = []
    total = 0
    current = first
    while current <= last:
        n = counts.get(current, 0)
        total += n
        out.append(TimeBucket(current, n, total))
        # wall-clock step in the local zone (a DST jump only shifts one bucket's label)
        current = (current.astimezone(UTC) + BUCKET).astimezone(first.tzinfo)
    return out
