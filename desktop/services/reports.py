"""Reports over the check-in facts: arrivals, the watch list, attendance, check-in lists.

Read-only: each call opens its own session and counts by the rules in
:mod:`desktop.reports.model` (distinct people, undone admissions dropped, rejections and
``already_in`` never arrivals). The exports and the end-of-day PDF use these same numbers.

Built to recount every 10 seconds at forum scale (see :mod:`desktop.reports.store`): the
facts are read incrementally (only rows added since the last call), registrations are
counted by SQLite (``GROUP BY``), and only the people the facts name are read, so a refresh
costs in proportion to the check-ins, not to the 100,000 people. Attendance and check-in
lists are generated row by row for the exports (``iter_attendance``, ``iter_checkins``).
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from desktop.db.models import Category, Delegation, Zone
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
from desktop.reports.store import (
    MERGE_DEPTH,
    Fact,
    FactLog,
    Ref,
    hex_id,
    refs_of,
    registered_groups,
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

#: A trail's key: a participant id (hex), or the badge id of a person not known yet.
TrailKey = str | int

_PEOPLE_COLUMNS = """rowid, id, registration_code, given_name, family_name, given_name_latin,
    family_name_latin, title, delegation_id, country, category_id, status"""


@dataclass(frozen=True, slots=True)
class _Person:
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


def _person(row: Sequence[Any]) -> _Person:
    country = row[9]
    return _Person(
        id=hex_id(row[1]) or "",
        code=row[2],
        native=full_name(row[3], row[4], country),
        latin=latin_full_name(row[5], row[6], country),
        title=row[7],
        delegation_id=hex_id(row[8]),
        country=country,
        category_id=hex_id(row[10]) or "",
        status=row[11],
    )


def _uuid_text(hex_text: str | None) -> str:
    return str(uuid.UUID(hex_text)) if hex_text else ""


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
    """The small tables, the facts of one period and the people they name, in one session."""

    event_id: str
    event_name: str
    tz: ZoneInfo
    day: date | None
    categories: dict[str, Category]
    delegations: dict[str, tuple[str, str]]
    heads: set[str]
    zones: list[tuple[str, str]]
    facts: Sequence[Fact]
    undone: frozenset[str]
    refs: dict[str, Ref]
    by_badge: dict[int, str]

    def resolve(self, fact: Fact) -> str | None:
        """The surviving participant of a fact (following badge identity and merges)."""
        pid = fact.participant_id
        if pid is None and fact.badge_id is not None:
            pid = self.by_badge.get(fact.badge_id)
        for _ in range(MERGE_DEPTH):
            person = self.refs.get(pid) if pid else None
            if person is None or person.merged_into is None:
                break
            pid = person.merged_into
        return pid

    def delegation(self, did: str | None) -> tuple[str, str]:
        return self.delegations.get(did, ("", "")) if did else ("", "")


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
        self._facts = FactLog()

    # -- reading ---------------------------------------------------------------------------
    def timezone(self) -> ZoneInfo:
        return _zoneinfo(self.forum.event().timezone)

    def today(self) -> date:
        """Today's date in the event's time zone."""
        return datetime.now(UTC).astimezone(self.timezone()).date()

    def _snapshot(self, s: Any, day: date | None) -> _Snapshot:
        event = setup.current_event(s)
        if event is None:
            raise NoEvent("this database holds no event yet")
        tz = _zoneinfo(event.timezone)
        categories: dict[str, Category] = {}
        for c in s.scalars(select(Category).where(Category.event_id == event.id)):
            s.expunge(c)
            categories[c.id.hex] = c
        delegations: dict[str, tuple[str, str]] = {}
        heads: set[str] = set()
        for did, name, country, head in s.execute(
            select(
                Delegation.id, Delegation.name, Delegation.country, Delegation.head_participant_id
            ).where(Delegation.event_id == event.id)
        ):
            delegations[did.hex] = (name, country)
            if head is not None:
                heads.add(head.hex)
        zones = [
            (z.code, z.name)
            for z in s.scalars(
                select(Zone).where(Zone.event_id == event.id).order_by(Zone.sort, Zone.code)
            )
        ]
        conn: Connection = s.connection()
        view = self._facts.refresh(conn)
        facts = view.between(*day_range(day, tz)) if day is not None else view.facts
        refs, by_badge = refs_of(conn, event.id.hex, facts)
        return _Snapshot(
            event_id=event.id.hex,
            event_name=event.name,
            tz=tz,
            day=day,
            categories=categories,
            delegations=delegations,
            heads=heads,
            zones=zones,
            facts=facts,
            undone=view.undone,
            refs=refs,
            by_badge=by_badge,
        )

    def _people(self, conn: Connection, snap: _Snapshot, where: str, *args: Any) -> list[_Person]:
        sql = f"SELECT {_PEOPLE_COLUMNS} FROM participant WHERE +event_id = ? AND {where}"
        return [_person(row) for row in conn.exec_driver_sql(sql, (snap.event_id, *args))]

    # -- counting --------------------------------------------------------------------------
    @staticmethod
    def _trails(snap: _Snapshot) -> tuple[dict[TrailKey, _Trail], Counter[str]]:
        """Each person's trail, keyed by participant id (or the badge id when not yet known)."""
        trails: dict[TrailKey, _Trail] = defaultdict(_Trail)
        reasons: Counter[str] = Counter()
        tz, undone = snap.tz, snap.undone
        for fact in snap.facts:
            result = fact.result
            if result == UNDONE:
                continue
            if result == REJECTED:
                reasons[fact.reason or "unknown"] += 1
            pid = snap.resolve(fact)
            key: TrailKey | None = pid or fact.badge_id
            if key is None:
                continue
            trail = trails[key]
            at = fact.at.astimezone(tz)
            trail.last_seen, trail.last_zone = at, fact.zone
            if result == REJECTED:
                trail.rejections += 1
                continue
            if fact.flagged:
                trail.flagged += 1
            if result != ADMITTED or fact.id in undone:
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
        with self.forum.session() as s:
            snap = self._snapshot(s, day)
            groups = registered_groups(s.connection(), snap.event_id)
        trails, reasons = self._trails(snap)
        arrived = {k for k, t in trails.items() if t.first_arrival is not None}

        # [arrived, registered, rowid of the group's first person] per group
        by_cat: dict[str, list[int]] = {}
        by_ctry: dict[str, list[int]] = {}
        by_del: dict[str | None, list[int]] = {}

        def add(counts: dict[Any, list[int]], key: Any, a: int, r: int, first: int) -> None:
            row = counts.get(key)
            if row is None:
                counts[key] = [a, r, first]
            else:
                row[0] += a
                row[1] += r
                row[2] = min(row[2], first)

        registered = 0
        for cat_id, ctry, did, n, first in groups:
            registered += n
            add(by_cat, cat_id, 0, n, first)
            add(by_ctry, ctry, 0, n, first)
            add(by_del, did, 0, n, first)
        arrived_registered = 0
        for k in arrived:
            p = snap.refs.get(k) if isinstance(k, str) else None
            if p is None or p.merged_into is not None:
                continue
            arrived_registered += p.status == "registered"
            add(by_cat, p.category_id, 1, 0, p.rowid)
            add(by_ctry, p.country, 1, 0, p.rowid)
            add(by_del, p.delegation_id, 1, 0, p.rowid)

        def in_table_order(counts: dict[Any, list[int]]) -> list[tuple[Any, list[int]]]:
            return sorted(counts.items(), key=lambda item: item[1][2])

        categories = sorted(snap.categories.values(), key=lambda c: (c.sort, c.code))
        by_category = [
            CountRow(c.code, c.name, by_cat[c.id.hex][0], by_cat[c.id.hex][1], colour=c.colour)
            for c in categories
            if c.id.hex in by_cat
        ]
        by_country = sorted(
            (
                CountRow(code, country_name(code), a, r, country=code)
                for code, (a, r, _) in in_table_order(by_ctry)
            ),
            key=lambda row: (-row.arrived, -row.registered, row.label),
        )
        by_delegation: list[CountRow] = []
        for did, (a, r, _) in in_table_order(by_del):
            name, ctry = snap.delegation(did)
            by_delegation.append(CountRow(_uuid_text(did), name, a, r, country=ctry))
        by_delegation.sort(key=lambda row: (-row.arrived, -row.registered, row.label))

        totals = Totals(
            registered=registered,
            arrived=len(arrived),
            not_arrived=registered - arrived_registered,
            inside_now=sum(1 for t in trails.values() if t.inside),
            rejections=sum(reasons.values()),
            rejections_by_reason=dict(reasons.most_common()),
            flagged=sum(1 for f in snap.facts if f.flagged),
            undone=sum(1 for f in snap.facts if f.result == UNDONE),
            pending_details=sum(1 for k in arrived if isinstance(k, int)),
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
    def _zones(snap: _Snapshot, trails: dict[TrailKey, _Trail]) -> list[ZoneCount]:
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
        with self.forum.session() as s:
            snap = self._snapshot(s, day)
            watched = sorted(k for k, c in snap.categories.items() if c.watch)
            heads = sorted(snap.heads)
            marks = ",".join("?" * len(watched)) or "NULL"
            head_marks = ",".join("?" * len(heads)) or "NULL"
            # the candidates are few; SQLite finds them, Python checks their trails
            candidates = self._people(
                s.connection(),
                snap,
                f"merged_into IS NULL AND status = 'registered' AND (category_id IN ({marks})"
                f" OR id IN ({head_marks})) ORDER BY rowid",
                *watched,
                *heads,
            )
        trails, _ = self._trails(snap)
        out: list[tuple[tuple[Any, ...], WatchEntry]] = []
        for p in candidates:
            cat = snap.categories.get(p.category_id)
            if cat is None or not (cat.watch or p.id in snap.heads):
                continue
            trail = trails.get(p.id)
            if trail is not None and trail.first_arrival is not None:
                continue
            delegation, _ = snap.delegation(p.delegation_id)
            entry = WatchEntry(
                participant_id=_uuid_text(p.id),
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
        return list(self.iter_attendance(day))

    def iter_attendance(self, day: date | None = None) -> Iterator[AttendanceRow]:
        """:meth:`attendance` one row at a time (read and sorted first, built as consumed)."""
        with self.forum.session() as s:
            snap = self._snapshot(s, day)
            people = self._people(s.connection(), snap, "merged_into IS NULL ORDER BY rowid")
        trails, _ = self._trails(snap)
        names: dict[str, str] = {}

        def key(p: _Person) -> tuple[str, str, str]:
            cname = names.get(p.country)
            if cname is None:
                cname = names[p.country] = country_name(p.country)
            return (
                cname.casefold(),
                snap.delegation(p.delegation_id)[0].casefold(),
                (p.latin or p.native).casefold(),
            )

        people.sort(key=key)
        empty = _Trail()
        for p in people:
            trail = trails.get(p.id) or empty
            cat = snap.categories.get(p.category_id)
            if trail.first_arrival is not None:
                status = "inside" if trail.inside else "left"
            else:
                status = "cancelled" if p.status != "registered" else "not_arrived"
            yield AttendanceRow(
                participant_id=_uuid_text(p.id),
                registration_code=p.code,
                native_name=p.native,
                latin_name=p.latin,
                delegation=snap.delegation(p.delegation_id)[0],
                country=p.country,
                country_name=names[p.country],
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

    def checkins(self, day: date | None = None) -> list[CheckinRow]:
        """Every check-in fact of the period, oldest first, with the person's details."""
        return list(self.iter_checkins(day))

    def iter_checkins(self, day: date | None = None) -> Iterator[CheckinRow]:
        """:meth:`checkins` one row at a time."""
        with self.forum.session() as s:
            snap = self._snapshot(s, day)
            wanted = sorted({pid for f in snap.facts if (pid := snap.resolve(f))})
            conn = s.connection()
            people: dict[str, _Person] = {}
            for i in range(0, len(wanted), 900):
                part = wanted[i : i + 900]
                for person in self._people(
                    conn, snap, f"id IN ({','.join('?' * len(part))})", *part
                ):
                    people[person.id] = person
        tz = snap.tz
        for fact in snap.facts:
            pid = snap.resolve(fact)
            p = people.get(pid) if pid else None
            cat = snap.categories.get(p.category_id) if p else None
            yield CheckinRow(
                id=_uuid_text(fact.id),
                at=fact.at,
                at_local=fact.at.astimezone(tz),
                participant_id=_uuid_text(pid),
                registration_code=p.code if p else "",
                native_name=p.native if p else "",
                latin_name=p.latin if p else "",
                delegation=snap.delegation(p.delegation_id)[0] if p else "",
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
