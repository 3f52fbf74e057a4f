"""Reports over the check-in facts: arrivals, the watch list, attendance, check-in lists.

Read-only: each call opens its own session and counts by the rules in
:mod:`desktop.reports.model` (distinct people, undone admissions dropped, rejections and
``already_in`` never arrivals). The exports and the end-of-day PDF use these same numbers.

Built to recount every few seconds at forum scale while desks check people in. The service
keeps what it has counted between calls and, on each call, reads only what changed:

* the check-in facts past the last ``rowid`` read (:class:`~desktop.reports.store.FactLog`);
* the people named by ``change_log`` rows past the last ``seq`` read, and new rows
  (:class:`~desktop.reports.people.PeopleCache`): registrations per category, country and
  delegation are kept as counts, never recounted from the 100,000 rows;
* the counts of a day or of the whole event are kept per person
  (:class:`~desktop.reports.tally.Tally`): only the people a new fact, an undo or an edit
  touches are counted again.

So a refresh costs in proportion to what happened since the last one; the watch list is
kept alike (:class:`~desktop.reports.watch.WatchList`). What one call reads comes from one
snapshot of the database (the session's transaction, :mod:`desktop.db.transactions`).
Attendance and check-in lists are generated row by row for the exports
(``iter_attendance``, ``iter_checkins``).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from desktop.db import setup
from desktop.db.batches import chunks, marks
from desktop.db.codec import hex_sql, id_text, stored_id
from desktop.domain.countries import country_name
from desktop.errors import NoEvent
from desktop.reports.model import (
    Arrivals,
    AttendanceRow,
    CheckinRow,
    CountRow,
    Dashboard,
    Totals,
    WatchEntry,
    ZoneCount,
)
from desktop.reports.people import PeopleCache
from desktop.reports.snapshot import (
    BUCKET,
    PEOPLE_COLUMNS,
    CategoryRow,
    Period,
    Person,
    Read,
    buckets,
    day_range,
    filled,
    ordered,
    person_of,
    uuid_text,
    zoneinfo,
)
from desktop.reports.store import FactLog, fetch_rows
from desktop.reports.tally import NO_TRAIL, Tally
from desktop.reports.watch import WatchList

__all__ = ["BUCKET", "PENDING_KEY", "ReportService", "buckets", "day_range"]

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

#: Categories without a colour of their own (a person the desk knows only by badge).
PENDING_KEY = "?"
#: Periods whose counts are kept (today, the whole event, a report's day...).
_TALLIES_KEPT = 4

_CATEGORY_SQL = f"""SELECT {hex_sql("id")}, code, name, colour, watch, sort FROM category
    WHERE event_id = ?"""
_DELEGATION_SQL = f"""SELECT {hex_sql("id")}, name, country, {hex_sql("head_participant_id")}
    FROM delegation WHERE event_id = ?"""
_ZONE_SQL = "SELECT code, name FROM zone WHERE event_id = ? ORDER BY sort, code"


class ReportService:
    """Arrivals, watch list, attendance and check-in lists of the forum; read-only."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db
        self._facts = FactLog()
        self._lock = threading.RLock()
        self._people: PeopleCache | None = None
        self._generation = 0
        self._tallies: OrderedDict[tuple[date | None, str], Tally] = OrderedDict()
        self._names: dict[str, Person] = {}
        self._names_version = 0
        self._watch = WatchList()

    # -- reading ---------------------------------------------------------------------------
    def timezone(self) -> ZoneInfo:
        return zoneinfo(self.db.event().timezone)

    def today(self) -> date:
        """Today's date in the event's time zone."""
        return datetime.now(UTC).astimezone(self.timezone()).date()

    def _read(self, s: Any) -> Read:
        """Read what changed since the last call. Call with the lock held."""
        conn: Connection = s.connection()
        event = setup.current_event(s)
        if event is None:
            raise NoEvent("this database holds no event yet")
        event_id = stored_id(event.id)
        categories = {
            c.key: c
            for c in (
                CategoryRow(r[0] or "", r[1], r[2], r[3], bool(r[4]), r[5])
                for r in fetch_rows(conn, _CATEGORY_SQL, (event_id,))
            )
        }
        delegation_rows = fetch_rows(conn, _DELEGATION_SQL, (event_id,))
        zones = [(r[0], r[1]) for r in fetch_rows(conn, _ZONE_SQL, (event_id,))]
        view = self._facts.refresh(conn)
        cache = self._people
        if cache is None or cache.event_id != event_id:
            cache = self._people = PeopleCache(event_id)
            self._tallies.clear()
            self._names.clear()
            self._watch.forget()
        people = cache.refresh(conn, restart=view.generation != self._generation)
        self._generation = view.generation
        if people.version != self._names_version:  # names of people edited since
            delta = cache.changes_since(self._names_version)
            if delta is None:
                self._names.clear()
            else:
                for pid in delta.ids:
                    self._names.pop(pid, None)
            self._names_version = people.version
        return Read(
            event_id=event_id,
            event_name=event.name,
            tz=zoneinfo(event.timezone),
            categories=categories,
            delegations={r[0]: (r[1], r[2]) for r in delegation_rows},
            heads=frozenset(r[3] for r in delegation_rows if r[3] is not None),
            zones=zones,
            view=view,
            people=people,
            watch_source=(id(cache), tuple(categories.values()), *map(tuple, delegation_rows)),
        )

    def _period(self, read: Read, day: date | None) -> Period:
        """The counts of a day (or the whole event) brought up to date with ``read``."""
        tz = read.tz
        key = (day, str(tz.key))
        tally = self._tallies.get(key)
        if tally is None:
            tally = Tally(tz, *(day_range(day, tz) if day is not None else (None, None)))
            self._tallies[key] = tally
            while len(self._tallies) > _TALLIES_KEPT:
                self._tallies.popitem(last=False)
        self._tallies.move_to_end(key)
        cache = self._people
        assert cache is not None
        tally.update(read.view, read.people, cache.changes_since(tally.people_version))
        return Period(read, day, tally)

    def _snapshot(self, s: Any, day: date | None) -> Period:
        return self._period(self._read(s), day)

    def _people_rows(self, conn: Connection, snap: Period, where: str, *args: Any) -> list[Person]:
        sql = f"SELECT {PEOPLE_COLUMNS} FROM participant WHERE +event_id = ? AND {where}"
        return [person_of(row) for row in fetch_rows(conn, sql, (snap.read.event_id, *args))]

    def _named(self, conn: Connection, snap: Period, ids: Iterable[str]) -> dict[str, Person]:
        """People with names by id, from the names kept since the last edit of each."""
        names = self._names
        for part in chunks(sorted(set(ids) - names.keys())):
            for p in self._people_rows(conn, snap, f"id IN ({marks(len(part))})", *part):
                names[p.id] = p
        return names

    # -- counting --------------------------------------------------------------------------
    def arrivals(self, day: date | None = None) -> Arrivals:
        """Distinct people admitted, by category, country, delegation and per 15 minutes."""
        with self._lock, self.db.session() as s:
            snap = self._snapshot(s, day)
            return self._arrivals(snap)

    def _arrivals(self, snap: Period) -> Arrivals:
        t, people = snap.tally, snap.read.people
        categories = sorted(snap.read.categories.values(), key=lambda c: (c.sort, c.code))
        by_category = [
            CountRow(
                c.code,
                c.name,
                t.by_category[c.key],
                people.by_category.get(c.key, 0),
                colour=c.colour,
            )
            for c in categories
            if c.key in t.by_category or c.key in people.by_category
        ]
        by_country = ordered(
            [
                (
                    code,
                    CountRow(
                        code,
                        country_name(code),
                        t.by_country[code],
                        people.by_country.get(code, 0),
                        country=code,
                    ),
                )
                for code in people.by_country.keys() | t.by_country.keys()
            ],
            snap,
            "country",
        )
        by_delegation_rows: list[tuple[Any, CountRow]] = []
        for did in people.by_delegation.keys() | t.by_delegation.keys():
            name, ctry = snap.delegation(did)
            row = CountRow(
                uuid_text(did),
                name,
                t.by_delegation[did],
                people.by_delegation.get(did, 0),
                country=ctry,
            )
            by_delegation_rows.append((did, row))
        by_delegation = ordered(by_delegation_rows, snap, "delegation_id")
        reasons = t.rejections_by_reason()
        totals = Totals(
            registered=people.registered,
            arrived=t.arrived,
            not_arrived=people.registered - t.arrived_registered,
            inside_now=t.inside,
            rejections=sum(reasons.values()),
            rejections_by_reason=reasons,
            flagged=t.flagged,
            undone=t.undone_facts,
            pending_details=t.pending,
        )
        return Arrivals(
            event=snap.read.event_name,
            timezone=str(snap.read.tz.key),
            day=snap.day,
            totals=totals,
            by_category=by_category,
            by_country=by_country,
            by_delegation=by_delegation,
            over_time=filled(t.buckets),
            zones=self._zones(snap),
            computed_at=datetime.now(UTC),
        )

    @staticmethod
    def _zones(snap: Period) -> list[ZoneCount]:
        t = snap.tally
        names = dict(snap.read.zones)
        codes = [c for c, _ in snap.read.zones] + sorted(
            (set(t.zone_admissions) | set(t.zone_rejections)) - set(names)
        )
        return [
            ZoneCount(
                code,
                names.get(code, code),
                t.zone_admissions[code],
                t.zone_people[code],
                t.zone_inside[code],
                t.zone_rejections[code],
            )
            for code in dict.fromkeys(codes)
        ]

    def dashboard(self, whole_event: bool = False, *, today: date | None = None) -> Dashboard:
        """What the dashboard page shows, from one read: today's arrivals (or the whole
        event's) and the watch list of the whole event. ``today`` defaults to today in the
        event's time zone."""
        with self._lock, self.db.session() as s:
            read = self._read(s)
            today = today or read.today()
            day = None if whole_event else today
            arrivals = self._arrivals(self._period(read, day))
            watch = self._watch_list(s.connection(), self._period(read, None))
        return Dashboard(today, day, arrivals, watch)

    def watch_list(self, day: date | None = None) -> list[WatchEntry]:
        """Heads of delegation and VIPs not admitted at any zone (that day, or ever)."""
        with self._lock, self.db.session() as s:
            return self._watch_list(s.connection(), self._snapshot(s, day))

    def _watch_list(self, conn: Connection, snap: Period) -> list[WatchEntry]:
        assert self._people is not None
        return self._watch.waiting(snap, self._people, lambda ids: self._named(conn, snap, ids))

    def attendance(self, day: date | None = None) -> list[AttendanceRow]:
        """Every participant with first arrival, last seen, zones visited and status."""
        return list(self.iter_attendance(day))

    def iter_attendance(self, day: date | None = None) -> Iterator[AttendanceRow]:
        """:meth:`attendance` one row at a time (read and sorted first, built as consumed)."""
        with self._lock, self.db.session() as s:
            snap = self._snapshot(s, day)
            trails = snap.tally.trails()
        with self.db.session() as s:
            people = self._people_rows(s.connection(), snap, "merged_into IS NULL ORDER BY rowid")
        names: dict[str, str] = {}

        def key(p: Person) -> tuple[str, str, str]:
            cname = names.get(p.country)
            if cname is None:
                cname = names[p.country] = country_name(p.country)
            return (
                cname.casefold(),
                snap.delegation(p.delegation_id)[0].casefold(),
                (p.latin or p.native).casefold(),
            )

        people.sort(key=key)
        empty = NO_TRAIL
        for p in people:
            trail = trails.get(p.id) or empty
            cat = snap.read.categories.get(p.category_id)
            first_arrival = trail.first_arrival  # (converted to the event's zone when read)
            if first_arrival is not None:
                status = "inside" if trail.inside else "left"
            else:
                status = "cancelled" if p.status != "registered" else "not_arrived"
            yield AttendanceRow(
                participant_id=id_text(p.id) or "",
                registration_code=p.code,
                native_name=p.native,
                latin_name=p.latin,
                delegation=snap.delegation(p.delegation_id)[0],
                country=p.country,
                country_name=names[p.country],
                category_name=cat.name if cat else "",
                registration_status=p.status,
                status=status,
                first_arrival=first_arrival,
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
        with self._lock, self.db.session() as s:
            snap = self._snapshot(s, day)
        wanted = sorted({pid for f in snap.facts if (pid := snap.resolve(f))})
        people: dict[str, Person] = {}
        with self.db.session() as s:
            conn = s.connection()
            for part in chunks(wanted):
                for person in self._people_rows(conn, snap, f"id IN ({marks(len(part))})", *part):
                    people[person.id] = person
        tz = snap.read.tz
        for fact in snap.facts:
            pid = snap.resolve(fact)
            p = people.get(pid) if pid else None
            cat = snap.read.categories.get(p.category_id) if p else None
            yield CheckinRow(
                id=uuid_text(fact.id),
                at=fact.at,
                at_local=fact.at.astimezone(tz),
                participant_id=uuid_text(pid),
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
