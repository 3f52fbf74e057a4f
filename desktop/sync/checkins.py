"""Pulled check-ins into a desk's ``checkin`` table, and the second-admission flags.

Check-ins are most of what a busy forum syncs: every desk receives every other desk's
scans. They are facts that never change, so a received check-in is stored once, by its
own id (a repeat is ignored), and the ``checkin`` row is its history: no change-log
copy is written for it. On SQLite each row goes straight from the wire's JSON values to
the stored form SQLAlchemy would write (32-digit UUIDs, naive-UTC text), with the
common shapes converted by string slicing and anything unusual by the general path.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from desktop.db import codec
from desktop.db.batches import IN_LIMIT, ROWS_LIMIT, chunks, select_in
from desktop.db.models import CheckIn
from desktop.db.rawsql import is_sqlite, present_ids, raw_connection, raw_writer
from desktop.sync.protocol import CHECKIN_ROW_COLUMNS, Change, PulledChange
from desktop.sync.rules import CheckinFact, flags_for, parse_time
from desktop.sync.schema import (
    CHECKIN_DIRECTIONS,
    CHECKIN_METHODS,
    CHECKIN_RESULTS,
    CHECKIN_TEXT_LIMITS,
    INT32_MAX,
    INT64_MAX,
)

log = logging.getLogger(__name__)

CHECKINS: Table = CheckIn.__table__  # type: ignore[assignment]
_COLUMNS = CHECKIN_ROW_COLUMNS
SQL_INSERT = (
    f"INSERT OR IGNORE INTO checkin ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
)


def stored_time(value: Any, fallback: Any) -> str:
    """An ISO time from the wire as SQLite stores it (naive UTC, microseconds); the
    fallback (the change's own time) when the check-in carries none. The shapes desks
    send ("...T08:00:00.123456+00:00", "...T08:00:00+00:00") are converted by slicing."""
    if type(value) is str:
        stored = codec.stored_utc_text(value)
        if stored is not None:
            return stored
    moment = parse_time(value) or parse_time(fallback)
    if moment is None:
        raise ValueError("check-in without a time")
    stored = codec.stored_time(moment)
    assert stored is not None
    return stored


def stored_id(value: Any) -> str | None:
    """A UUID from the wire as SQLite stores it (32 hex digits); None if it is not one."""
    try:
        stored: str | None = codec.stored_id(value)
    except ValueError:
        return None
    return stored


def _text(value: Any, default: str, limit: int) -> str:
    if type(value) is str:
        return value[:limit]
    return default if value is None else str(value)[:limit]


def _int(value: Any) -> int | None:
    if type(value) is int or value is None:
        return value
    return None if value == "" else int(value)


def checkin_row(change: Change | dict[str, Any]) -> tuple[Any, ...]:
    """The stored values of a pulled check-in (SQLite); ValueError or TypeError when it is
    not one. Written out field by field: it runs for every scan every desk receives.
    """
    if isinstance(change, dict):
        envelope = change.get
        data = change["data"]
    else:
        data = change.data
        envelope = {
            "entity_id": change.entity_id,
            "at": change.at,
            "origin": change.origin,
            "operator": change.operator,
        }.get
    get = data.get
    cid = stored_id(get("id")) or stored_id(envelope("entity_id"))
    if cid is None:
        raise ValueError("check-in without an id")
    refers = get("refers_to")
    return (
        cid,
        stored_id(get("participant_id")),
        _int(get("badge_id")),
        _int(get("badge_version")),
        _text(get("zone"), "", 64),
        _text(get("direction"), "in", 3),
        stored_time(get("at"), envelope("at")),
        _text(get("desk"), _text(envelope("origin"), "", 200), 200),
        _text(get("operator"), _text(envelope("operator"), "", 200), 200),
        _text(get("method"), "scan", 16),
        _text(get("result"), "", 16),
        _text(get("reason"), "", 64),
        1 if get("flagged") else 0,
        None if refers is None else stored_id(refers),
        _text(get("note"), "", 10_000),
        _text(get("scanned_text"), "", 512),
    )


_HEX32_LINES = re.compile(r"(?:[0-9a-f]{32}\n)*[0-9a-f]{32}")
_STORED_TIME = (
    r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]) (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}"
)
_STORED_TIMES = re.compile(rf"(?:{_STORED_TIME}\n)*{_STORED_TIME}")
_NONE = type(None)
_INT_OR_NONE = {int, _NONE}
_STR_ONLY = {str}
#: Row columns (by index) whose text is bounded, and their bounds (``schema``).
_TEXT_LIMITS = {
    _COLUMNS.index(name): (1 if name == "zone" else 0, limit)
    for name, limit in CHECKIN_TEXT_LIMITS.items()
}
#: Row columns whose value is one of a few.
_CHOICES = {
    _COLUMNS.index("direction"): frozenset(CHECKIN_DIRECTIONS),
    _COLUMNS.index("method"): frozenset(CHECKIN_METHODS),
    _COLUMNS.index("result"): frozenset(CHECKIN_RESULTS),
}
#: Integer columns and their ranges: badge ids fit SQLite's signed 64 bits.
_INT_RANGES = {
    _COLUMNS.index("badge_id"): (0, INT64_MAX),
    _COLUMNS.index("badge_version"): (0, INT32_MAX),
}
_FLAGGED = _COLUMNS.index("flagged")
_AT = _COLUMNS.index("at")


def _ids_valid(values: Sequence[Any], optional: bool) -> bool:
    """Whether every value is 32 lowercase hex digits (or None, when ``optional``).

    One join and one regular expression over the column: ``join`` refuses anything but
    text by itself, so no value is looked at from Python.
    """
    present = [v for v in values if v is not None] if optional and None in values else values
    if not present:
        return True
    try:
        joined = "\n".join(present)
    except TypeError:
        return False
    return _HEX32_LINES.fullmatch(joined) is not None


def _times_valid(values: Sequence[Any]) -> bool:
    """Whether every value is a stored time ("YYYY-MM-DD HH:MM:SS.ffffff") of a real day."""
    if set(map(type, values)) != _STR_ONLY:
        return False
    if _STORED_TIMES.fullmatch("\n".join(values)) is None:
        return False
    try:
        for _ in map(datetime.fromisoformat, values):  # 30 February passes the pattern
            pass
    except ValueError:
        return False
    return True


def _rows_are_valid(rows: list[list[Any]]) -> bool:
    """Whether every row holds values a desk may store as they are: the sync schema's
    types, ranges, choices and lengths (``schema``), in the stored form.

    Column by column, at C speed (``map``, ``join``, one regular expression per column):
    this runs over every check-in every desk receives.
    """
    if not rows:
        return True
    columns = list(zip(*rows, strict=True))
    if len(columns) != len(_COLUMNS):
        return False
    if not (_ids_valid(columns[0], False) and _ids_valid(columns[1], True)):
        return False
    if not _ids_valid(columns[13], True):
        return False
    for index, (least, most) in _INT_RANGES.items():
        column = columns[index]
        kinds = set(map(type, column))
        if not kinds <= _INT_OR_NONE:
            return False
        numbers = [v for v in column if v is not None] if _NONE in kinds else column
        if numbers and (min(numbers) < least or max(numbers) > most):
            return False
    for index, (shortest, longest) in _TEXT_LIMITS.items():
        column = columns[index]
        if set(map(type, column)) != _STR_ONLY:
            return False
        lengths = set(map(len, column))
        if min(lengths) < shortest or max(lengths) > longest:
            return False
    for index, allowed in _CHOICES.items():
        if not set(columns[index]) <= allowed:  # also refuses anything but text
            return False
    if not _times_valid(columns[_AT]):
        return False
    return set(columns[_FLAGGED]) <= {0, 1}


def row_problem(row: Any) -> str | None:
    """Why one check-in row may not be stored, naming its column; None if it may."""
    if not isinstance(row, list) or len(row) != len(_COLUMNS):
        return f"a check-in row must be a list of {len(_COLUMNS)} values"
    if _rows_are_valid([row]):
        return None
    for index, name in enumerate(_COLUMNS):
        probe = [list(row)]
        # Each column on its own: a copy of the row with every other column made valid.
        for other, good in enumerate(_VALID_ROW):
            if other != index:
                probe[0][other] = good
        if not _rows_are_valid(probe):
            return f"data.{name}: {repr(row[index])[:60]} is not valid"
    return "the check-in row is not valid"


#: A row every check passes, to test one column of another row against.
_VALID_ROW: list[Any] = [
    "0" * 32,
    None,
    None,
    None,
    "main",
    "in",
    "2026-01-01 00:00:00.000000",
    "",
    "",
    "scan",
    "admitted",
    "",
    0,
    None,
    "",
    "",
]


def checkin_row_json(change: Change) -> str | None:
    """A pushed check-in as the desks store it, as JSON (the server keeps it with the
    change); None if it is not a well-formed check-in (desks then get the full change)."""
    try:
        return orjson.dumps(checkin_row(change)).decode()
    except (ValueError, TypeError, orjson.JSONEncodeError):
        return None


class CheckinWriter:
    """Collects a page's pulled check-ins and stores them; returns how many were new."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.sqlite = is_sqlite(s)
        self._rows: list[Sequence[Any]] = []

    def add(self, c: PulledChange) -> None:
        self._rows.append(checkin_row(c))

    def add_rows(self, rows: list[list[Any]]) -> list[tuple[list[Any], str]]:
        """Check-ins the server sent in row form; returns each refused row with why.

        The whole page is checked column by column first (C-speed joins and one regular
        expression per column); only a page with a bad value is checked row by row.
        """
        if _rows_are_valid(rows):
            self._rows.extend(rows)
            return []
        refused = []
        for row in rows:
            problem = row_problem(row)
            if problem is None:
                self._rows.append(row)
            else:
                refused.append((row, problem))
        return refused

    def __len__(self) -> int:
        return len(self._rows)

    def clear(self) -> None:
        """Forget rows not stored yet (their savepoint was rolled back)."""
        self._rows = []

    def flush(self) -> int:
        rows, self._rows = self._rows, []
        if not rows:
            return 0
        if self.sqlite:
            conn = raw_writer(self.s)
            last = conn.execute("SELECT max(rowid) FROM checkin").fetchone()[0] or 0
            before = conn.total_changes
            conn.executemany(SQL_INSERT, rows)
            added: int = conn.total_changes - before
            if added:
                flag_new_checkins(self.s, last)
            return added
        added = self._insert_portable(rows)
        # Flags are recomputed for every admitted pair of the page (a repeat is harmless:
        # the flags are a function of the stored set), so no read-before-write is needed.
        admitted = {(r[1], r[4]) for r in rows if r[10] == "admitted" and r[1]}
        if admitted:
            refresh_flags(self.s, admitted)
        return added

    def _insert_portable(self, rows: list[Sequence[Any]]) -> int:
        """The same rows through SQLAlchemy (databases other than SQLite)."""
        by_id = {r[0]: r for r in rows}
        there = present_ids(self.s, CHECKINS.c.id, list(by_id))
        fresh = []
        for key, r in by_id.items():
            if key in there:
                continue
            values = dict(zip(_COLUMNS, r, strict=True))
            for name in ("id", "participant_id", "refers_to"):
                values[name] = codec.as_uuid(values[name])
            values["at"] = codec.read_time(values["at"])
            values["flagged"] = bool(values["flagged"])
            fresh.append(values)
        for chunk in chunks(fresh, ROWS_LIMIT):
            self.s.connection().execute(insert(CHECKINS), chunk)
        return len(fresh)


def refresh_flags(s: Session, pairs: Iterable[tuple[uuid.UUID | str, str]]) -> int:
    """Recompute second-admission flags for these (participant, zone) pairs; returns new flags.

    A participant is a UUID or its 32 hex digits (as SQLite stores it).
    """
    if is_sqlite(s):
        wanted = {(h, zone) for pid, zone in pairs if (h := codec.stored_id(pid))}
        groups, already = _sqlite_checkin_groups(s, wanted)
    else:
        by_person: dict[uuid.UUID, set[str]] = defaultdict(set)
        for pid, zone in pairs:
            person = codec.as_uuid(pid)
            if person is not None:
                by_person[person].add(zone)
        groups, already = _portable_checkin_groups(s, by_person)
    to_flag: set[uuid.UUID] = set()
    for facts in groups.values():
        if len(facts) > 1:
            to_flag |= flags_for(facts)
    to_flag -= already
    for chunk in chunks(to_flag):
        s.execute(update(CheckIn).where(CheckIn.id.in_(chunk)).values(flagged=True))
    return len(to_flag)


Groups = dict[tuple[uuid.UUID, str], list[CheckinFact]]

#: The admitted check-ins stored after a rowid whose person has another record in the
#: zone: one statement, the index answering each probe (SQLite).
_SQL_NEW_BUSY = (
    "SELECT DISTINCT c.participant_id, c.zone FROM checkin AS c "
    "WHERE c.rowid > ? AND c.result = 'admitted' AND c.participant_id IS NOT NULL "
    "AND EXISTS (SELECT 1 FROM checkin AS d WHERE d.participant_id = c.participant_id "
    "AND d.zone = c.zone AND d.rowid != c.rowid)"
)


def flag_new_checkins(s: Session, after_rowid: int) -> int:
    """``refresh_flags`` for the check-ins just stored (SQLite rowids past ``after_rowid``).

    Equivalent to refreshing every admitted pair of them, but the pairs with a single
    record (nearly every pulled scan) are ruled out by SQLite alone, with no list of
    tens of thousands of pairs built and bound from Python.
    """
    cursor = raw_connection(s).cursor()
    try:
        busy = cursor.execute(_SQL_NEW_BUSY, (after_rowid,)).fetchall()
    finally:
        cursor.close()
    if not busy:
        return 0
    return refresh_flags(s, busy)


def _portable_checkin_groups(
    s: Session, by_person: dict[uuid.UUID, set[str]]
) -> tuple[Groups, set[uuid.UUID]]:
    groups: Groups = defaultdict(list)
    already: set[uuid.UUID] = set()
    for chunk in chunks(by_person):
        for row in s.execute(
            select(
                CheckIn.id,
                CheckIn.participant_id,
                CheckIn.zone,
                CheckIn.at,
                CheckIn.desk,
                CheckIn.direction,
                CheckIn.result,
                CheckIn.flagged,
            ).where(CheckIn.participant_id.in_(chunk))
        ):
            if row.zone not in by_person[row.participant_id]:
                continue
            groups[(row.participant_id, row.zone)].append(
                CheckinFact(row.id, row.at, row.desk, row.direction, row.result)
            )
            if row.flagged:
                already.add(row.id)
    return groups, already


def _sqlite_checkin_groups(
    s: Session, wanted: set[tuple[str, str]]
) -> tuple[Groups, set[uuid.UUID]]:
    """The groups of two or more records only: a person with one record in a zone (nearly
    every pulled scan) is never flagged, and finding those needs only the index."""
    people = list({pid for pid, _zone in wanted})
    cursor = raw_connection(s).cursor()
    raw: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    try:
        busy = [
            pair
            for pair in select_in(
                cursor,
                "SELECT participant_id, zone FROM checkin WHERE participant_id IN ({marks}) "
                "GROUP BY participant_id, zone HAVING count(*) > 1",
                people,
            )
            if pair in wanted
        ]
        for chunk_pairs in chunks(busy, IN_LIMIT // 2):  # two parameters a pair
            cursor.execute(
                "SELECT id, participant_id, zone, at, desk, direction, result, flagged "
                "FROM checkin WHERE "
                + " OR ".join("(participant_id = ? AND zone = ?)" for _ in chunk_pairs),
                [v for pair in chunk_pairs for v in pair],
            )
            for row in cursor.fetchall():
                raw[(row[1], row[2])].append(row)
    finally:
        cursor.close()
    groups: Groups = defaultdict(list)
    already: set[uuid.UUID] = set()
    for (pid_hex, zone), rows in raw.items():
        pid = _uuid(pid_hex)
        for cid, _pid, _zone, at, desk, direction, result, flagged in rows:
            fact_id = _uuid(cid)
            moment = codec.read_time(at)
            assert moment is not None
            groups[(pid, zone)].append(CheckinFact(fact_id, moment, desk, direction, result))
            if flagged:
                already.add(fact_id)
    return groups, already


def _uuid(stored: str) -> uuid.UUID:
    value = codec.as_uuid(stored)
    assert value is not None
    return value
