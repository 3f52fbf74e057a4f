"""What the reports read, read cheaply at forum scale (100,000 people, tens of thousands of
check-ins), so the dashboard can recount every few seconds without freezing anything.

* Check-in facts are never edited (an undo is a new fact), so :class:`FactLog` keeps the
  facts it has read and, on each refresh, reads only the rows past the highest ``rowid`` it
  has seen; the table's row count guards against a database that shrank (restored or
  replaced), which starts the log over (a new ``generation``).
* People are kept by :class:`PeopleCache`: the columns counting needs, for every participant
  of the event, read once. Afterwards a refresh reads only what changed: rows past the highest
  ``rowid`` (new people) and the people named by ``change_log`` rows past the highest ``seq``
  seen. Every change a desk makes or receives is written to ``change_log`` in the same
  transaction (the sync outbox and audit history), and SQLite has one writer at a time, so the
  log's tail names every edited, cancelled or merged person; ``updated_at`` would not do (a
  merge does not touch it). Both checks are index lookups: no scan of the 100,000 people.

Rows are read through the driver, in one read transaction per refresh
(:func:`read_snapshot`): ids stay 32-digit hex text, as SQLite stores SQLAlchemy's ``Uuid``
and every writer writes them, and only the values a report shows are converted.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection

from desktop.domain.checkin import UNDONE

#: How deep a chain of merges (A merged into B merged into C ...) is followed.
MERGE_DEPTH = 8
#: Ids per ``IN (...)`` list (well under SQLite's bound-parameter limit).
CHUNK = 900
#: The registration status that counts as registered.
REGISTERED = "registered"
#: How many people deltas a cache remembers for the tallies that follow it.
_DELTAS_KEPT = 64


def hex_sql(column: str) -> str:
    """SQL for a stored id as 32-digit lower-case hex, whatever form a writer used."""
    return f"lower(replace({column}, '-', ''))"


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


class Ref(NamedTuple):
    """The columns of a person that counting needs (no names)."""

    rowid: int
    id: str
    merged_into: str | None
    badge_id: int | None
    category_id: str
    country: str
    delegation_id: str | None
    status: str

    @property
    def counted(self) -> bool:
        """Whether the person counts as registered (not cancelled, not merged away)."""
        return self.merged_into is None and self.status == REGISTERED


#: Ids are read as stored: 32-digit lower-case hex, the form every writer uses (``uuid.hex``,
#: as SQLAlchemy's Uuid on SQLite; the check-in service looks people up by it too). Only
#: ``change_log.entity_id`` holds the dashed form (``str(uuid)``): :func:`hex_id` reads it.
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
        at = row[6]
        fact = Fact(
            row[1] or "",
            row[2],
            row[3],
            one(row[4], row[4]),
            one(row[5], row[5]),
            datetime.fromisoformat(at).replace(tzinfo=UTC) if isinstance(at, str) else parse_at(at),
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


def read_snapshot(conn: Connection) -> None:
    """Read everything that follows from one snapshot of the database (a read transaction,
    ended by the session's commit): the facts, the people and the small tables agree."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    if not driver.in_transaction:
        driver.execute("BEGIN")


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


# -- people -----------------------------------------------------------------------------------
GroupKey = str | None


@dataclass(frozen=True)
class People:
    """Every participant of the event as counting needs them, at one version (immutable:
    a refresh that finds changes makes a new one, so readers never see a half update)."""

    version: int
    refs: Mapping[str, Ref]
    by_badge: Mapping[int, str]
    #: Registered, unmerged people: in all and per category, country and delegation.
    registered: int
    by_category: Mapping[str, int]
    by_country: Mapping[str, int]
    by_delegation: Mapping[GroupKey, int]

    def resolve(self, participant_id: str | None, badge_id: int | None) -> str | int | None:
        """Whom a fact counts for: the surviving participant (following badge identity and
        merges), else the badge of a person not known here yet, else nobody."""
        pid = participant_id
        if pid is None:
            if badge_id is None:
                return None
            pid = self.by_badge.get(badge_id)
            if pid is None:
                return badge_id
        refs = self.refs
        for _ in range(MERGE_DEPTH):
            person = refs.get(pid)
            if person is None or person.merged_into is None:
                break
            pid = person.merged_into
        return pid


@dataclass(frozen=True)
class PeopleDelta:
    """What changed between two versions: ids whose data changed, and the raw fact keys
    (participant ids, badge ids) whose resolution may have changed (``None``: any of them)."""

    ids: frozenset[str]
    moved: frozenset[str | int] | None


_NO_REF = Ref(0, "", None, None, "", "", None, "")
_EMPTY = People(0, {}, {}, 0, {}, {}, {})


@dataclass
class PeopleCache:
    """The people of one event, read once and then only what changed (see the module)."""

    event_id: str
    people: People = _EMPTY
    _top: int = -1
    _seq: int = 0
    _deltas: list[tuple[int, PeopleDelta]] = field(default_factory=list)

    def refresh(self, conn: Connection, *, restart: bool = False) -> People:
        (top,) = fetch_rows(conn, "SELECT coalesce(max(rowid), 0) FROM participant")[0]
        (seq,) = fetch_rows(conn, "SELECT coalesce(max(seq), 0) FROM change_log")[0]
        if restart or self._top < 0 or top < self._top or seq < self._seq:
            self._load_all(conn, top, seq)
            return self.people
        if top == self._top and seq == self._seq:
            return self.people
        named = self._named(conn, seq) if seq > self._seq else set()
        rows = self._load(conn, "p.rowid > ?", [self._top]) if top > self._top else []
        found = {r.id for r in rows}
        rows += self._load_ids(conn, sorted(named - found))
        self._top, self._seq = top, seq
        gone = {pid for pid in named if pid in self.people.refs} - {r.id for r in rows}
        if rows or gone:
            self._apply(rows, gone)
        return self.people

    def changes_since(self, version: int) -> PeopleDelta | None:
        """What changed after ``version`` (None: too long ago, count everything again)."""
        current = self.people.version
        if version == current:
            return PeopleDelta(frozenset(), frozenset())
        if version > current or not self._deltas or self._deltas[0][0] > version + 1:
            return None
        ids: set[str] = set()
        moved: set[str | int] | None = set()
        for v, delta in self._deltas:
            if v <= version:
                continue
            ids |= delta.ids
            if delta.moved is None or moved is None:
                moved = None
            else:
                moved |= delta.moved
        return PeopleDelta(frozenset(ids), None if moved is None else frozenset(moved))

    # -- reading -------------------------------------------------------------------------------
    def _named(self, conn: Connection, seq: int) -> set[str]:
        """Participant ids named by change-log rows ``(self._seq, seq]`` (edits, cancellations,
        merges, badges; a change may name its participant in its data rather than its id)."""
        sql = """SELECT entity_id, CASE WHEN json_valid(data) THEN
                json_extract(data, '$.participant_id') END,
                CASE WHEN json_valid(data) THEN json_extract(data, '$.id') END
            FROM change_log WHERE seq > ? AND seq <= ? AND entity IN ('participant', 'badge')"""
        ids: set[str] = set()
        for row in fetch_rows(conn, sql, (self._seq, seq)):
            for value in row:
                if isinstance(value, str) and value:
                    h = hex_id(value)
                    if h is not None and len(h) == 32:
                        ids.add(h)
        return ids

    def _load(self, conn: Connection, where: str, params: Sequence[Any]) -> list[Ref]:
        sql = f"SELECT {_REF_COLUMNS} FROM participant p WHERE +p.event_id = ? AND {where}"
        same: dict[Any, Any] = {}  # a few categories, countries, delegations: one string each
        one = same.setdefault
        rows = fetch_rows(conn, sql, (self.event_id, *params))
        return [
            Ref(
                row[0],
                row[1],
                row[2],
                row[3],
                one(row[4] or "", row[4] or ""),
                one(row[5] or "", row[5] or ""),
                one(row[6], row[6]),
                one(row[7] or "", row[7] or ""),
            )
            for row in rows
        ]

    def _load_ids(self, conn: Connection, ids: Sequence[str]) -> list[Ref]:
        out: list[Ref] = []
        for part in _chunks(ids):
            out += self._load(conn, f"p.id IN ({','.join('?' * len(part))})", part)
        return out

    def _load_all(self, conn: Connection, top: int, seq: int) -> None:
        refs = {r.id: r for r in self._load(conn, "1", [])}
        by_badge = {r.badge_id: r.id for r in refs.values() if r.badge_id is not None}
        cat: Counter[str] = Counter()
        ctry: Counter[str] = Counter()
        dlg: Counter[GroupKey] = Counter()
        for r in refs.values():
            if r.counted:
                cat[r.category_id] += 1
                ctry[r.country] += 1
                dlg[r.delegation_id] += 1
        version = self.people.version + 1
        self.people = People(version, refs, by_badge, cat.total(), cat, ctry, dlg)
        self._top, self._seq = top, seq
        self._deltas = [(version, PeopleDelta(frozenset(refs), None))]

    # -- applying a delta ------------------------------------------------------------------------
    def _apply(self, rows: list[Ref], gone: set[str]) -> None:
        old = self.people
        refs = dict(old.refs)
        by_badge = dict(old.by_badge)
        cat, ctry = Counter(old.by_category), Counter(old.by_country)
        dlg: Counter[GroupKey] = Counter(old.by_delegation)
        registered = old.registered
        moved: set[str | int] | None = set()
        ids: set[str] = set()

        def count(r: Ref, sign: int) -> None:
            nonlocal registered
            if r.counted:
                registered += sign
                add_count(cat, r.category_id, sign)
                add_count(ctry, r.country, sign)
                add_count(dlg, r.delegation_id, sign)

        changes = [(refs.get(r.id), r) for r in rows] + [(refs.get(pid), None) for pid in gone]
        for before, after in changes:
            pid = (after or before or _NO_REF).id
            ids.add(pid)  # even when counting is unchanged: a name may have changed
            if before == after:
                continue
            if before is not None:
                count(before, -1)
                del refs[pid]
                if before.badge_id is not None and by_badge.get(before.badge_id) == pid:
                    del by_badge[before.badge_id]
            if after is not None:
                count(after, +1)
                refs[pid] = after
                if after.badge_id is not None:
                    by_badge[after.badge_id] = pid
            if (before.merged_into if before else None) != (after.merged_into if after else None):
                moved = None  # a merge changed whom facts count for: look at every fact again
            elif moved is not None:  # (a participant id names the same person as before)
                moved.update(r.badge_id for r in (before, after) if r and r.badge_id is not None)
        if not ids:
            return
        version = old.version + 1
        self.people = People(version, refs, by_badge, registered, cat, ctry, dlg)
        delta = PeopleDelta(frozenset(ids), None if moved is None else frozenset(moved))
        self._deltas = [*self._deltas[-(_DELTAS_KEPT - 1) :], (version, delta)]


def add_count(counter: Counter[Any], key: Any, n: int) -> None:
    """Add ``n`` to a count, dropping it at zero (a group without people is no group)."""
    value = counter[key] + n
    if value:
        counter[key] = value
    else:
        del counter[key]


def group_rowids(
    people: People, keys: Iterable[str | int], pick: str, wanted: set[Any]
) -> dict[Any, int]:
    """The first rowid per group (``pick``: category_id, country or delegation_id) among the
    registered people and the arrived ``keys``: the order a full read of the table gives
    groups. Only asked for groups whose counts tie (rare), so a scan is fine."""
    first: dict[Any, int] = {}
    arrived = {k for k in keys if isinstance(k, str)}
    for r in people.refs.values():
        if r.merged_into is not None or not (r.status == REGISTERED or r.id in arrived):
            continue
        g = getattr(r, pick)
        if g in wanted and (g not in first or r.rowid < first[g]):
            first[g] = r.rowid
    return first
