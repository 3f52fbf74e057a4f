"""Reports over the check-in facts: arrivals, the watch list, attendance, check-in lists.

Read-only: each call opens its own session, reads the small tables and the facts of the
period once, and counts in Python by the rules in :mod:`desktop.reports.model` (distinct
people, undone admissions dropped, rejections and ``already_in`` never arrivals). The
exports and the end-of-day PDF are written from these same numbers.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Category, CheckIn, Delegation, Participant, Zone
from desktop.domain.checkin import ADMITTED, REJECTED, UNDONE
from desktop.domain.countries import country_name
from desktop.errors import NoEvent
from desktop.reports.model import (
    Arrivals,
    AttendanceRow,
    CheckinRow,
    CountRow,
    TimeBucket,
    Totals,
    WatchEntry,
    ZoneCount,
)
from desktop.services import setup
from desktop.text.names import full_name, latin_full_name

if TYPE_CHECKING:
    from desktop.services.forum import Forum

log = logging.getLogger(__name__)

#: Width of a bar of the arrivals-over-time chart.
BUCKET = timedelta(minutes=15)
#: Categories without a colour of their own (a person the desk knows only by badge).
PENDING_KEY = "?"


@dataclass(frozen=True)
class _Person:
    id: uuid.UUID
    code: str
    native: str
    latin: str
    title: str
    delegation_id: uuid.UUID | None
    country: str
    category_id: uuid.UUID
    status: str
    merged_into: uuid.UUID | None


@dataclass(frozen=True)
class _Fact:
    id: uuid.UUID
    participant_id: uuid.UUID | None
    badge_id: int | None
    zone: str
    direction: str
    at: datetime
    desk: str
    operator: str
    method: str
    result: str
    reason: str
    flagged: bool
    note: str


@dataclass
class _Trail:
    """What the facts of the period say about one person."""

    first_arrival: datetime | None = None
    last_seen: datetime | None = None
    last_zone: str = ""
    zones: list[str] = field(default_factory=list)
    zone_state: dict[str, str] = field(default_factory=dict)
    admissions: int = 0
    rejections: int = 0
    flagged: int = 0

    @property
    def inside(self) -> bool:
        return any(d == "in" for d in self.zone_state.values())


@dataclass
class _Snapshot:
    """The tables and facts of one period, read in one session."""

    event_name: str
    tz: ZoneInfo
    day: date | None
    categories: dict[uuid.UUID, Category]
    delegations: dict[uuid.UUID, tuple[str, str]]
    heads: set[uuid.UUID]
    zones: list[tuple[str, str]]
    people: dict[uuid.UUID, _Person]
    facts: list[_Fact]
    undone: set[uuid.UUID]
    by_badge: dict[int, uuid.UUID]

    def resolve(self, fact: _Fact) -> uuid.UUID | None:
        """The surviving participant of a fact (following badge identity and merges)."""
        pid = fact.participant_id
        if pid is None and fact.badge_id is not None:
            pid = self.by_badge.get(fact.badge_id)
        for _ in range(8):
            person = self.people.get(pid) if pid else None
            if person is None or person.merged_into is None:
                break
            pid = person.merged_into
        return pid

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)


def day_range(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC bounds [start, end) of a calendar day in a time zone (DST-safe)."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def _zoneinfo(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ValueError, KeyError):
        log.warning("unknown time zone %r; reporting in UTC", name)
        return ZoneInfo("UTC")


class ReportService:
    """Arrivals, watch list, attendance and check-in lists of the forum; read-only."""

    def __init__(self, forum: Forum) -> None:
        self.forum = forum

    # -- reading ---------------------------------------------------------------------------
    def timezone(self) -> ZoneInfo:
        return _zoneinfo(self.forum.event().timezone)

    def today(self) -> date:
        """Today's date in the event's time zone."""
        return datetime.now(UTC).astimezone(self.timezone()).date()

    def _snapshot(self, day: date | None) -> _Snapshot:
        with self.forum.session() as s:
            event = setup.current_event(s)
            if event is None:
                raise NoEvent("this database holds no event yet")
            tz = _zoneinfo(event.timezone)
            categories = {
                c.id: c for c in s.scalars(select(Category).where(Category.event_id == event.id))
            }
            for c in categories.values():
                s.expunge(c)
            delegations: dict[uuid.UUID, tuple[str, str]] = {}
            heads: set[uuid.UUID] = set()
            for did, name, country, head in s.execute(
                select(
                    Delegation.id,
                    Delegation.name,
                    Delegation.country,
                    Delegation.head_participant_id,
                ).where(Delegation.event_id == event.id)
            ):
                delegations[did] = (name, country)
                if head is not None:
                    heads.add(head)
            zones = [
                (z.code, z.name)
                for z in s.scalars(
                    select(Zone).where(Zone.event_id == event.id).order_by(Zone.sort, Zone.code)
                )
            ]
            people, by_badge = self._people(s, event.id)
            facts = self._facts(s, day, tz)
            undone: set[uuid.UUID] = set()
            for (ref,) in s.execute(
                select(CheckIn.refers_to).where(
                    CheckIn.result == UNDONE, CheckIn.refers_to.is_not(None)
                )
            ):
                if ref is not None:
                    undone.add(ref)
            return _Snapshot(
                event_name=event.name,
                tz=tz,
                day=day,
                categories=categories,
                delegations=delegations,
                heads=heads,
                zones=zones,
                people=people,
                facts=facts,
                undone=undone,
                by_badge=by_badge,
            )

    @staticmethod
    def _people(
        s: Session, event_id: uuid.UUID
    ) -> tuple[dict[uuid.UUID, _Person], dict[int, uuid.UUID]]:
        people: dict[uuid.UUID, _Person] = {}
        by_badge: dict[int, uuid.UUID] = {}
        rows = s.execute(
            select(
                Participant.id,
                Participant.registration_code,
                Participant.given_name,
                Participant.family_name,
                Participant.given_name_latin,
                Participant.family_name_latin,
                Participant.title,
                Participant.delegation_id,
                Participant.country,
                Participant.category_id,
                Participant.status,
                Participant.merged_into,
                Participant.badge_id,
            ).where(Participant.event_id == event_id)
        )
        for row in rows:
            people[row[0]] = _Person(
                id=row[0],
                code=row[1],
                native=full_name(row[2], row[3], row[8]),
                latin=latin_full_name(row[4], row[5], row[8]),
                title=row[6],
                delegation_id=row[7],
                country=row[8],
                category_id=row[9],
                status=row[10],
                merged_into=row[11],
            )
            by_badge[row[12]] = row[0]
        return people, by_badge

    @staticmethod
    def _facts(s: Session, day: date | None, tz: ZoneInfo) -> list[_Fact]:
        query = select(
            CheckIn.id,
            CheckIn.participant_id,
            CheckIn.badge_id,
            CheckIn.zone,
            CheckIn.direction,
            CheckIn.at,
            CheckIn.desk,
            CheckIn.operator,
            CheckIn.method,
            CheckIn.result,
            CheckIn.reason,
            CheckIn.flagged,
            CheckIn.note,
        ).order_by(CheckIn.at, CheckIn.id)
        if day is not None:
            start, end = day_range(day, tz)
            query = query.where(CheckIn.at >= start, CheckIn.at < end)
        return [_Fact(*row) for row in s.execute(query)]  # type: ignore[call-arg]

    # -- counting --------------------------------------------------------------------------
    @staticmethod
    def _trails(snap: _Snapshot) -> tuple[dict[uuid.UUID | str, _Trail], Counter[str]]:
        """Each person's trail, keyed by participant id (or ``b<badge>`` when not yet known)."""
        trails: dict[uuid.UUID | str, _Trail] = defaultdict(_Trail)
        reasons: Counter[str] = Counter()
        for fact in snap.facts:
            if fact.result == UNDONE:
                continue
            if fact.result == REJECTED:
                reasons[fact.reason or "unknown"] += 1
            pid = snap.resolve(fact)
            key: uuid.UUID | str | None = pid or (
                f"b{fact.badge_id}" if fact.badge_id is not None else None
            )
            if key is None:
                continue
            trail = trails[key]
            at = snap.local(fact.at)
            trail.last_seen, trail.last_zone = at, fact.zone
            if fact.result == REJECTED:
                trail.rejections += 1
                continue
            if fact.flagged:
                trail.flagged += 1
            if fact.result != ADMITTED or fact.id in snap.undone:
                continue
            trail.zone_state[fact.zone] = fact.direction
            if fact.direction == "in":
                trail.admissions += 1
                if trail.first_arrival is None:
                    trail.first_arrival = at
                if fact.zone not in trail.zones:
                    trail.zones.append(fact.zone)
        return trails, reasons

    def arrivals(self, day: date | None = None) -> Arrivals:
        """Distinct people admitted, by category, country, delegation and per 15 minutes."""
        snap = self._snapshot(day)
        trails, reasons = self._trails(snap)
        arrived = {k for k, t in trails.items() if t.first_arrival is not None}
        live = [p for p in snap.people.values() if p.merged_into is None]
        registered = [p for p in live if p.status == "registered"]

        def group(key_of: Callable[[_Person], Any]) -> dict[Any, list[int]]:
            counts: dict[Any, list[int]] = defaultdict(lambda: [0, 0])
            for p in live:
                if p.status == "registered":
                    counts[key_of(p)][1] += 1
                if p.id in arrived:
                    counts[key_of(p)][0] += 1
            return counts

        by_cat = group(lambda p: p.category_id)
        categories = sorted(snap.categories.values(), key=lambda c: (c.sort, c.code))
        by_category = [
            CountRow(c.code, c.name, by_cat[c.id][0], by_cat[c.id][1], colour=c.colour)
            for c in categories
            if c.id in by_cat
        ]
        by_ctry = group(lambda p: p.country)
        by_country = sorted(
            (
                CountRow(code, country_name(code), a, r, country=code)
                for code, (a, r) in by_ctry.items()
            ),
            key=lambda row: (-row.arrived, -row.registered, row.label),
        )
        by_del = group(lambda p: p.delegation_id)
        by_delegation: list[CountRow] = []
        for did, (a, r) in by_del.items():
            name, ctry = snap.delegations.get(did, ("", "")) if did else ("", "")
            by_delegation.append(CountRow(str(did or ""), name, a, r, country=ctry))
        by_delegation.sort(key=lambda row: (-row.arrived, -row.registered, row.label))

        arrived_registered = sum(1 for p in registered if p.id in arrived)
        pending = sum(1 for k in arrived if isinstance(k, str))
        totals = Totals(
            registered=len(registered),
            arrived=len(arrived),
            not_arrived=len(registered) - arrived_registered,
            inside_now=sum(1 for t in trails.values() if t.inside),
            rejections=sum(reasons.values()),
            rejections_by_reason=dict(reasons.most_common()),
            flagged=sum(1 for f in snap.facts if f.flagged),
            undone=sum(1 for f in snap.facts if f.result == UNDONE),
            pending_details=pending,
        )
        firsts = [t.first_arrival for t in trails.values() if t.first_arrival is not None]
        return Arrivals(
            event=snap.event_name,
            timezone=str(snap.tz.key),
            day=day,
            totals=totals,
            by_category=by_category,
            by_country=by_country,
            by_delegation=by_delegation,
            over_time=buckets(firsts),
            zones=self._zones(snap, trails),
            computed_at=datetime.now(UTC),
        )

    @staticmethod
    def _zones(snap: _Snapshot, trails: dict[uuid.UUID | str, _Trail]) -> list[ZoneCount]:
        admissions: Counter[str] = Counter()
        rejections: Counter[str] = Counter()
        for fact in snap.facts:
            if fact.result == REJECTED:
                rejections[fact.zone] += 1
            elif fact.result == ADMITTED and fact.direction == "in" and fact.id not in snap.undone:
                admissions[fact.zone] += 1
        people: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        for trail in trails.values():
            people.update(trail.zones)
            inside.update(z for z, d in trail.zone_state.items() if d == "in")
        names = dict(snap.zones)
        codes = [c for c, _ in snap.zones] + sorted(
            (set(admissions) | set(rejections)) - set(names)
        )
        return [
            ZoneCount(
                code,
                names.get(code, code),
                admissions[code],
                people[code],
                inside[code],
                rejections[code],
            )
            for code in dict.fromkeys(codes)
        ]

    def watch_list(self, day: date | None = None) -> list[WatchEntry]:
        """Heads of delegation and VIPs not admitted at any zone (that day, or ever)."""
        snap = self._snapshot(day)
        trails, _ = self._trails(snap)
        out: list[tuple[tuple[Any, ...], WatchEntry]] = []
        for p in snap.people.values():
            cat = snap.categories.get(p.category_id)
            if cat is None or p.merged_into is not None or p.status != "registered":
                continue
            if not (cat.watch or p.id in snap.heads):
                continue
            trail = trails.get(p.id)
            if trail is not None and trail.first_arrival is not None:
                continue
            delegation, _ = (
                snap.delegations.get(p.delegation_id, ("", "")) if p.delegation_id else ("", "")
            )
            entry = WatchEntry(
                participant_id=str(p.id),
                registration_code=p.code,
                native_name=p.native,
                latin_name=p.latin,
                title=p.title,
                delegation=delegation,
                country=p.country,
                country_name=country_name(p.country),
                category_code=cat.code,
                category_name=cat.name,
                category_colour=cat.colour,
            )
            sort_key = (
                cat.sort,
                entry.country_name.casefold(),
                delegation.casefold(),
                (p.latin or p.native).casefold(),
            )
            out.append((sort_key, entry))
        out.sort(key=lambda pair: pair[0])
        return [entry for _, entry in out]

    def attendance(self, day: date | None = None) -> list[AttendanceRow]:
        """Every participant with first arrival, last seen, zones visited and status."""
        snap = self._snapshot(day)
        trails, _ = self._trails(snap)
        rows: list[tuple[tuple[str, ...], AttendanceRow]] = []
        for p in snap.people.values():
            if p.merged_into is not None:
                continue
            trail = trails.get(p.id) or _Trail()
            cat = snap.categories.get(p.category_id)
            delegation, _ = (
                snap.delegations.get(p.delegation_id, ("", "")) if p.delegation_id else ("", "")
            )
            if trail.first_arrival is not None:
                status = "inside" if trail.inside else "left"
            else:
                status = "cancelled" if p.status != "registered" else "not_arrived"
            row = AttendanceRow(
                participant_id=str(p.id),
                registration_code=p.code,
                native_name=p.native,
                latin_name=p.latin,
                delegation=delegation,
                country=p.country,
                country_name=country_name(p.country),
                category_name=cat.name if cat else "",
                registration_status=p.status,
                status=status,
                first_arrival=trail.first_arrival,
                last_seen=trail.last_seen,
                last_zone=trail.last_zone,
                zones_visited=list(trail.zones),
                admissions=trail.admissions,
                rejections=trail.rejections,
                flagged=trail.flagged,
            )
            key = (
                row.country_name.casefold(),
                delegation.casefold(),
                (p.latin or p.native).casefold(),
            )
            rows.append((key, row))
        rows.sort(key=lambda pair: pair[0])
        return [row for _, row in rows]

    def checkins(self, day: date | None = None) -> list[CheckinRow]:
        """Every check-in fact of the period, oldest first, with the person's details."""
        snap = self._snapshot(day)
        out: list[CheckinRow] = []
        for fact in snap.facts:
            pid = snap.resolve(fact)
            p = snap.people.get(pid) if pid else None
            cat = snap.categories.get(p.category_id) if p else None
            delegation = ""
            if p is not None and p.delegation_id is not None:
                delegation = snap.delegations.get(p.delegation_id, ("", ""))[0]
            out.append(
                CheckinRow(
                    id=str(fact.id),
                    at=fact.at,
                    at_local=snap.local(fact.at),
                    participant_id=str(pid) if pid else "",
                    registration_code=p.code if p else "",
                    native_name=p.native if p else "",
                    latin_name=p.latin if p else "",
                    delegation=delegation,
                    country=p.country if p else "",
                    category_name=cat.name if cat else "",
                    zone=fact.zone,
                    direction=fact.direction,
                    result=fact.result,
                    reason=fact.reason,
                    flagged=fact.flagged,
                    undone=fact.id in snap.undone,
                    desk=fact.desk,
                    operator=fact.operator,
                    method=fact.method,
                    note=fact.note,
                    badge_id=fact.badge_id,
                )
            )
        return out

    # -- files -----------------------------------------------------------------------------
    def export(self, kind: str, path: str | Path, day: date | None = None) -> int:
        """Write check-ins or attendance to CSV or XLSX (by extension); returns the row count."""
        from desktop.reports.export import export_report

        return export_report(self, kind, Path(path), day)

    def day_report(self, day: date, path: str | Path) -> Totals:
        """Write the end-of-day PDF report; returns the day's totals."""
        from desktop.reports.day_report import write_day_report

        return write_day_report(self, day, Path(path))


def buckets(moments: Iterable[datetime]) -> list[TimeBucket]:
    """Counts per 15-minute bucket (in the moments' own zone), gaps filled with zeros."""
    counts: Counter[datetime] = Counter()
    for m in moments:
        counts[m.replace(minute=m.minute - m.minute % 15, second=0, microsecond=0)] += 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    out: list[TimeBucket] = []
    total = 0
    current = first
    while current <= last:
        total += counts[current]
        out.append(TimeBucket(current, counts[current], total))
        # wall-clock step in the local zone (a DST jump only shifts one bucket's label)
        current = (current.astimezone(UTC) + BUCKET).astimezone(first.tzinfo)
    return out
