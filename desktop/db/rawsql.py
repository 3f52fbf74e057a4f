"""Bulk inserts of pulled rows straight through the desk's SQLite connection.

A first pull brings a hundred thousand participants; SQLAlchemy's per-row parameter
processing costs more than SQLite's own work. These writers turn each row into the
very values SQLAlchemy would store (32-digit UUIDs, naive-UTC datetime text, JSON text,
0/1), fill Python-side column defaults the same way, and ``executemany`` them on the
session's own connection, so they commit (or roll back) with the page and its cursor.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Table, Uuid, select
from sqlalchemy.orm import Session

from desktop.db.engine import BULK_MODE
from desktop.db.models import UTCDateTime

log = logging.getLogger(__name__)

_DASHED = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def hex_id(value: Any) -> str | None:
    """A UUID as SQLAlchemy stores it on SQLite (32 hex digits); ValueError if it is none."""
    if isinstance(value, uuid.UUID):  # first: it is nearly always one (and UUID == "" is slow)
        return value.hex
    if value is None or value == "":
        return None
    text = str(value)
    if len(text) == 36 and _DASHED.fullmatch(text):
        return text.replace("-", "")
    return uuid.UUID(text).hex


@functools.lru_cache(maxsize=4096)
def db_time(value: Any) -> str | None:
    """An aware datetime as SQLAlchemy's DateTime stores it on SQLite (naive UTC text)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValueError(f"not a datetime: {value!r}")
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    moment: datetime = value if value.tzinfo is UTC else value.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def json_text(value: Any) -> str:
    """JSON text as SQLAlchemy's JSON type stores it (None is JSON ``null``, as it does)."""
    try:
        return orjson.dumps(value).decode()
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(value)


def _as_bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _as_date(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _plain(value: Any) -> Any:
    return value


def _converter(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Uuid):
        return hex_id
    if isinstance(kind, UTCDateTime):
        return db_time
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else v.isoformat(sep=" ", timespec="microseconds")
    if isinstance(kind, JSON):
        return json_text
    if isinstance(kind, Boolean):
        return _as_bool
    if isinstance(kind, Date):
        return _as_date
    return _plain


def _default(column: Column[Any]) -> Callable[[], Any] | None:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if not callable(arg):
        return lambda: arg
    fn: Callable[..., Any] = arg

    def call() -> Any:
        try:
            return fn(None)  # SQLAlchemy wraps plain callables to take its context
        except TypeError:
            return fn()

    return call


class RawInserter:
    """``INSERT`` of dict rows into one table, with SQLAlchemy's storage conventions."""

    def __init__(self, table: Table, *, skip: Iterable[str] = (), or_ignore: bool = False) -> None:
        skipped = set(skip)
        self.columns = [c for c in table.columns if c.key not in skipped]
        self.names = [c.key for c in self.columns]
        self.convert = [_converter(c) for c in self.columns]
        self.defaults = [_default(c) for c in self.columns]
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        self.sql = (
            f"{verb} INTO {table.name} ({', '.join(self.names)}) "
            f"VALUES ({', '.join('?' for _ in self.names)})"
        )

        self.values = self._compile()

    def _compile(self) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
        """One generated function per table: a row's values without a loop per column."""
        env: dict[str, Any] = {}
        parts = []
        for i, (column, convert, default) in enumerate(
            zip(self.columns, self.convert, self.defaults, strict=True)
        ):
            name = repr(column.key)
            env[f"c{i}"], env[f"d{i}"] = convert, default
            fixed = getattr(column.default, "arg", None)
            if convert is _plain and default is None:
                parts.append(f"r.get({name})")
            elif convert is _plain and not callable(fixed):
                env[f"k{i}"] = fixed
                parts.append(f"r.get({name}, k{i})")
            elif default is None:
                parts.append(f"c{i}(r.get({name}))")
            else:
                parts.append(f"c{i}(r[{name}] if {name} in r else d{i}())")
        source = f"def values(r):\n    return ({', '.join(parts)},)\n"
        exec(compile(source, f"<raw insert {self.sql[:40]}>", "exec"), env)
        values: Callable[[dict[str, Any]], tuple[Any, ...]] = env["values"]
        return values

    def insert(self, s: Session, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        cursor = raw_connection(s).cursor()
        try:
            cursor.executemany(self.sql, [self.values(r) for r in rows])
        finally:
            cursor.close()


def raw_connection(s: Session) -> Any:
    """The session's own DBAPI connection (its transaction is the page's transaction)."""
    return s.connection().connection.dbapi_connection


#: Page cache while a pulled page is applied (KiB): random-UUID index inserts of a large
#: page miss SQLite's default 2 MB cache all the time.
BULK_CACHE_KIB = 65536
BULK_CHECKPOINT_PAGES = 10000


def relaxed_durability(s: Session) -> None:
    """``synchronous=NORMAL`` for this session's commits (SQLite; nothing elsewhere): for
    writes a power cut may take back without harm. Restored as the connection returns
    to the pool, like ``bulk_mode``."""
    if not is_sqlite(s):
        return
    s.connection().connection.info[BULK_MODE] = True
    raw_connection(s).execute("PRAGMA synchronous=NORMAL")


def bulk_mode(s: Session) -> None:
    """Set up the session's SQLite connection for applying a pulled page.

    A larger page cache, and ``synchronous=NORMAL``: in WAL mode a power cut may then
    take back the last pages committed, but never half of one, and each page commits
    with its cursor, so the next round simply pulls them again. The connection gets
    the engine's own settings back when it returns to the pool (``db.engine``), so a
    check-in on it later is as durable as ever.
    """
    s.connection().connection.info[BULK_MODE] = True
    raw = raw_connection(s)
    raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    raw.execute("PRAGMA synchronous=NORMAL")
    # Checkpoints every ~40 MB of log instead of every 4 MB: a first pull of a big forum
    # otherwise spends much of its time copying the log back and syncing the file.
    raw.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")


def is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def existing_ids(s: Session, table: str, column: str, ids: Sequence[str]) -> set[str]:
    """Which of these 32-digit ids a table holds already (one query per 900 ids)."""
    found: set[str] = set()
    cursor = raw_connection(s).cursor()
    try:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            cursor.execute(
                f"SELECT {column} FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update(row[0] for row in cursor.fetchall())
    finally:
        cursor.close()
    return found


def present_ids(s: Session, column: Any, ids: Sequence[str]) -> set[str]:
    """Which of these ids (32 hex digits) a UUID column holds already, on any database."""
    if is_sqlite(s):
        return existing_ids(s, column.table.name, column.name, ids)
    uuids = [uuid.UUID(hex=i) for i in ids]
    found: set[str] = set()
    for start in range(0, len(uuids), 900):
        found.update(
            u.hex for u in s.scalars(select(column).where(column.in_(uuids[start : start + 900])))
        )
    return found
