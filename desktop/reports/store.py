"""What the reports read, read cheaply at forum scale (100,000 people, tens of thousands of
check-ins), so the dashboard can recount every 10 seconds without freezing anything.

* Check-in facts are never edited (an undo is a new fact), so :class:`FactLog` keeps the
  facts it has read and, on each refresh, reads only the rows past the highest ``rowid`` it
  has seen; the table's row count guards against a database that shrank (restored or
  replaced), which starts the log over.
* People are not cached (edits and merges arrive by sync at any time); the queries here ask
  SQLite for only what a count needs: registrations grouped by category, country and
  delegation, and the few columns of the people the facts refer to.

Rows are read through the driver (``exec_driver_sql``): ids stay 32-digit hex text, as
SQLite stores SQLAlchemy's ``Uuid``, and only the values a report shows are converted.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from desktop.domain.checkin import UNDONE

#: How deep a chain of merges (A merged into B merged into C ...) is followed.
MERGE_DEPTH = 8
#: Ids per ``IN (...)`` list (well under SQLite's bound-parameter limit).
CHUNK = 900


@dataclass(frozen=True, slots=True)
class Fact:
    """One check-in fact; ids are hex text, ``at`` is aware UTC."""

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


@dataclass(frozen=True, slots=True)
class Ref:
    """The columns of a person that counting needs (no names)."""

    rowid: int
    id: str
    merged_into: str | None
    badge_id: int | None
    category_id: str
    country: str
    delegation_id: str | None
    status: str


_FACT_SQL = """SELECT rowid, id, participant_id, badge_id, zone, direction, at, desk, operator,
    method, result, reason, flagged, note, refers_to FROM checkin WHERE rowid > ?
    ORDER BY rowid"""
_REF_COLUMNS = """p.rowid, p.id, p.merged_into, p.badge_id, p.category_id, p.country,
    p.delegation_id, p.status"""


def parse_at(text: str | datetime) -> datetime:
    if isinstance(text, datetime):
        return text if text.tzinfo else text.replace(tzinfo=UTC)
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def hex_id(value: Any) -> str | None:
    """A stored id as 32-digit lower-case hex (the form SQLite keeps SQLAlchemy's Uuid in)."""
    if value is None:
        return None
    text = str(value)
    return text.replace("-", "").lower() if len(text) != 32 else text.lower()


@dataclass(frozen=True)
class FactView:
    """The facts as of one refresh: sorted by (at, id), and the ids some undo refers to."""

    facts: Sequence[Fact]
    undone: frozenset[str]
    version: int

    def between(self, start: datetime | None, end: datetime | None) -> Sequence[Fact]:
        """The facts with ``start <= at < end`` (all of them without bounds)."""
        if start is None or end is None:
            return self.facts
        lo = bisect_left(self.facts, start, key=_at)
        hi = bisect_left(self.facts, end, key=_at)
        return self.facts[lo:hi]


def _at(fact: Fact) -> datetime:
    return fact.at


def _sort_key(fact: Fact) -> tuple[datetime, str]:
    return fact.at, fact.id


class FactLog:
    """The check-in facts read so far; :meth:`refresh` adds the new ones. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._view = FactView((), frozenset(), 0)
        self._last_rowid = 0
        self._count = 0

    def refresh(self, conn: Connection) -> FactView:
        with self._lock:
            top, count = conn.exec_driver_sql(
                "SELECT coalesce(max(rowid), 0), count(*) FROM checkin"
            ).one()
            if top == self._last_rowid and count == self._count:
                return self._view
            view, known = self._view, self._count
            new, undone, top = _read(conn, self._last_rowid)
            (before,) = conn.exec_driver_sql(
                "SELECT count(*) FROM checkin WHERE rowid <= ?", (top,)
            ).one()
            if known + len(new) != before:  # rows vanished (a restored database): start over
                view, known = FactView((), frozenset(), view.version), 0
                new, undone, top = _read(conn, 0)
            if new:
                new.sort(key=_sort_key)
                facts = list(view.facts) + new
                if view.facts and _sort_key(new[0]) < _sort_key(view.facts[-1]):
                    facts.sort(key=_sort_key)  # a late fact (an offline desk's, by sync)
                view = FactView(facts, view.undone | undone, view.version + 1)
            self._view, self._last_rowid, self._count = view, top, known + len(new)
            return view


def _read(conn: Connection, after: int) -> tuple[list[Fact], set[str], int]:
    """The facts past rowid ``after``, the ids their undos refer to, and the last rowid."""
    new: list[Fact] = []
    undone: set[str] = set()
    last = after
    for row in _raw(conn, _FACT_SQL, (after,)):
        last = row[0]
        fact = Fact(
            hex_id(row[1]) or "",
            hex_id(row[2]),
            row[3],
            row[4],
            row[5],
            parse_at(row[6]),
            row[7],
            row[8],
            row[9],
            row[10],
            row[11],
            bool(row[12]),
            row[13],
        )
        new.append(fact)
        if fact.result == UNDONE and row[14] is not None:
            undone.add(hex_id(row[14]) or "")
    return new, undone, last


def _raw(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows straight from the sqlite3 cursor (fetched in C, no per-row SQLAlchemy wrapper)."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    return list(driver.execute(sql, tuple(params)).fetchall())


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def refs_of(
    conn: Connection, event_id: str, facts: Iterable[Fact]
) -> tuple[dict[str, Ref], dict[int, str]]:
    """The people of this event the facts name (by id or by badge) and whom they were merged
    into, by id; and their ids by badge."""
    ids: set[str] = set()
    badges: set[int] = set()
    for f in facts:
        if f.participant_id is not None:
            ids.add(f.participant_id)
        elif f.badge_id is not None:
            badges.add(f.badge_id)
    out: dict[str, Ref] = {}
    by_badge: dict[int, str] = {}

    def load(where: str, values: Sequence[Any]) -> None:
        for part in _chunks(values):
            marks = ",".join("?" * len(part))
            sql = f"SELECT {_REF_COLUMNS} FROM participant p WHERE +p.event_id = ? AND {where}"
            for row in _raw(conn, sql.format(marks=marks), (event_id, *part)):
                ref = Ref(
                    row[0],
                    hex_id(row[1]) or "",
                    hex_id(row[2]),
                    row[3],
                    hex_id(row[4]) or "",
                    row[5],
                    hex_id(row[6]),
                    row[7],
                )
                out[ref.id] = ref
                if ref.badge_id is not None:
                    by_badge[ref.badge_id] = ref.id

    load("p.id IN ({marks})", sorted(ids))
    load("p.badge_id IN ({marks})", sorted(badges))
    for _ in range(MERGE_DEPTH):
        missing = sorted({r.merged_into for r in list(out.values()) if r.merged_into} - out.keys())
        if not missing:
            break
        load("p.id IN ({marks})", missing)
    return out, by_badge


def registered_groups(
    conn: Connection, event_id: str
) -> list[tuple[str, str, str | None, int, int]]:
    """Registered, unmerged people per (category, country, delegation): count and the first
    person's rowid (so groups keep the order a full read of the table would give them)."""
    sql = """SELECT category_id, country, delegation_id, count(*), min(rowid) FROM participant
        WHERE +event_id = ? AND merged_into IS NULL AND status = 'registered'
        GROUP BY category_id, country, delegation_id"""
    return [
        (hex_id(r[0]) or "", r[1], hex_id(r[2]), r[3], r[4]) for r in _raw(conn, sql, (event_id,))
    ]
