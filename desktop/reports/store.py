"""The check-in facts the reports read, read cheaply at forum scale (tens of thousands of
check-ins), so the dashboard can recount every few seconds without freezing anything.

Check-in facts are never edited (an undo is a new fact), so :class:`FactLog` keeps the facts
it has read and, on each refresh, reads only the rows past the highest ``rowid`` it has seen;
the table's row count guards against a database that shrank (restored or replaced), which
starts the log over (a new ``generation``). The people are kept alike by
:class:`~desktop.reports.people.PeopleCache`.

Rows are read through the driver (:func:`fetch_rows`), inside the session's transaction, so
what one call of the report service reads is one snapshot (:mod:`desktop.db.transactions`);
ids stay 32-digit hex text, as SQLite stores SQLAlchemy's ``Uuid`` and every writer writes
them, and only the values a report shows are converted (:mod:`desktop.db.codec`).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection

from desktop.db.codec import read_time
from desktop.domain.checkin import UNDONE


class Fact(NamedTuple):
    """One check-in fact; ids are hex text, ``at`` is aware UTC. (A named tuple: tens of
    thousands are made at the first refresh, and tuples are the cheapest to make.)"""

    id: str
    participant_id: str | None
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
    #: The fact an undo takes back (or the rejection an override admits).
    refers_to: str | None = None


#: Ids are read as stored: 32-digit lower-case hex, the form every writer uses
#: (:func:`~desktop.db.codec.stored_id`, as SQLAlchemy's Uuid on SQLite).
_FACT_SQL = """SELECT rowid, id, participant_id, badge_id, zone, direction, at, desk, operator,
    method, result, reason, flagged, note, refers_to FROM checkin WHERE rowid > ?
    ORDER BY rowid"""


class FactView:
    """The facts as of one refresh, and the ids some undo refers to.

    ``log[:size]`` holds the facts in the order they were read (``rowid`` order), so a tally
    that has seen ``log[:n]`` of the same ``generation`` reads only ``log[n:size]``.
    :attr:`facts` has them sorted by (at, id), for the lists and exports; it is sorted when
    first asked for (the dashboard never asks).
    """

    __slots__ = ("_facts", "_log", "generation", "log", "size", "undone", "version")

    def __init__(
        self,
        undone: frozenset[str],
        version: int,
        log: Sequence[Fact] = (),
        size: int = 0,
        generation: int = 0,
        source: FactLog | None = None,
    ) -> None:
        self.undone, self.version = undone, version
        self.log, self.size, self.generation = log, size, generation
        self._log = source
        self._facts: Sequence[Fact] | None = None

    @property
    def facts(self) -> Sequence[Fact]:
        """Every fact, sorted by (at, id)."""
        if self._facts is None:
            if self._log is not None:
                self._facts = self._log.sorted_facts(self)
            else:
                self._facts = sorted(self.log[: self.size], key=sort_key)
        return self._facts

    def between(self, start: datetime | None, end: datetime | None) -> Sequence[Fact]:
        """The facts with ``start <= at < end`` (all of them without bounds)."""
        facts = self.facts
        if start is None or end is None:
            return facts
        lo = bisect_left(facts, start, key=_at)
        hi = bisect_left(facts, end, key=_at)
        return facts[lo:hi]

    def since(self, seen: int) -> Sequence[Fact]:
        """The facts read after the first ``seen`` (in read order)."""
        return self.log[seen : self.size]


def _at(fact: Fact) -> datetime:
    return fact.at


#: The order reports read facts in: by time, then id (stable across desks).
sort_key: Callable[[Fact], tuple[datetime, str]] = attrgetter("at", "id")


class FactLog:
    """The check-in facts read so far; :meth:`refresh` adds the new ones. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._view = FactView(frozenset(), 0)
        self._log: list[Fact] = []
        self._generation = 0
        self._last_rowid = 0
        self._count = 0
        self._sort_lock = threading.Lock()
        self._sorted: tuple[Sequence[Fact], int, list[Fact]] = ((), 0, [])

    def refresh(self, conn: Connection) -> FactView:
        with self._lock:
            (top,) = fetch_rows(conn, "SELECT coalesce(max(rowid), 0) FROM checkin")[0]
            (count,) = fetch_rows(conn, "SELECT count(*) FROM checkin")[0]
            if top == self._last_rowid and count == self._count:
                return self._view
            view, known = self._view, self._count
            new, undone, top = _read(conn, self._last_rowid)
            if known + len(new) != count:  # rows written meanwhile, or rows vanished?
                (count,) = fetch_rows(
                    conn, "SELECT count(*) FROM checkin WHERE rowid <= ?", (top,)
                )[0]
            if known + len(new) != count:  # rows vanished (a restored database): start over
                view, known = FactView(frozenset(), view.version), 0
                self._log, self._generation = [], self._generation + 1
                new, undone, top = _read(conn, 0)
            if new:
                # appended only: views handed out earlier keep reading their own prefix
                self._log.extend(new)
                view = FactView(
                    view.undone | undone,
                    view.version + 1,
                    self._log,
                    len(self._log),
                    self._generation,
                    self,
                )
            self._view, self._last_rowid, self._count = view, top, known + len(new)
            return view

    def sorted_facts(self, view: FactView) -> list[Fact]:
        """A view's facts sorted by (at, id): the last sorted list with the facts read since
        merged in (late facts of an offline desk sort before others)."""
        with self._sort_lock:
            log, size, facts = self._sorted
            if view.log is not log or view.size < size:
                log, size, facts = view.log, 0, []
            new = sorted(view.log[size : view.size], key=sort_key)
            if new:
                pos = bisect_left(facts, sort_key(new[0]), key=sort_key)
                tail = facts[pos:]
                tail.extend(new)
                if pos < len(facts):
                    tail.sort(key=sort_key)
                facts = facts[:pos] + tail
            self._sorted = (log, view.size, facts)
            return facts


def _read(conn: Connection, after: int) -> tuple[list[Fact], set[str], int]:
    """The facts past rowid ``after``, the ids their undos refer to, and the last rowid."""
    new: list[Fact] = []
    undone: set[str] = set()
    last = after
    # the same few zones, results, desks...: one string each, not one per fact
    same: dict[Any, Any] = {}
    one = same.setdefault
    for row in fetch_rows(conn, _FACT_SQL, (after,)):
        last = row[0]
        at = read_time(row[6])
        assert at is not None
        fact = Fact(
            row[1] or "",
            row[2],
            row[3],
            one(row[4], row[4]),
            one(row[5], row[5]),
            at,
            one(row[7], row[7]),
            one(row[8], row[8]),
            one(row[9], row[9]),
            one(row[10], row[10]),
            one(row[11], row[11]),
            bool(row[12]),
            row[13],
            row[14],
        )
        new.append(fact)
        if fact.result == UNDONE and fact.refers_to is not None:
            undone.add(fact.refers_to)
    return new, undone, last


def fetch_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows straight from the sqlite3 cursor (fetched in C, no per-row SQLAlchemy wrapper)."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    return list(driver.execute(sql, tuple(params)).fetchall())
