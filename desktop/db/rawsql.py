"""Raw SQL on a session's own SQLite connection: bulk inserts, id look-ups, bulk mode.

A first pull brings a hundred thousand participants; SQLAlchemy's per-row parameter
processing costs more than SQLite's own work. These writers turn each row into the
very values SQLAlchemy would store, through the storage codec (:mod:`desktop.db.codec`),
fill Python-side column defaults the same way, and ``executemany`` them on the session's
own connection, so they commit (or roll back) with the page and its cursor. Raw SQL that
writes takes the connection from :func:`raw_writer` (a write transaction, see
:mod:`desktop.db.transactions`); raw SQL that reads, from :func:`raw_connection`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from desktop.db import codec, transactions
from desktop.db.batches import chunks, select_in
from desktop.db.codec import encoder
from desktop.db.engine import BULK_MODE

_SAME = codec._same

log = logging.getLogger(__name__)


def _converter(column: Column[Any]) -> Callable[[Any], Any]:
    convert = encoder(column)
    return _plain if convert is _SAME else convert


def _plain(value: Any) -> Any:
    return value


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
        cursor = raw_writer(s).cursor()
        try:
            cursor.executemany(self.sql, [self.values(r) for r in rows])
        finally:
            cursor.close()


def raw_connection(s: Session) -> Any:
    """The session's own DBAPI connection, to read with (its transaction is the session's)."""
    return s.connection().connection.dbapi_connection


def raw_writer(s: Session) -> Any:
    """The session's own DBAPI connection, to write with: in a write transaction from now."""
    return transactions.writing(s)


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
    transactions.before_writing(s, "PRAGMA synchronous=NORMAL")


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
    # Checkpoints every ~40 MB of log instead of every 4 MB: a first pull of a big forum
    # otherwise spends much of its time copying the log back and syncing the file.
    raw.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
    # (SQLite changes the durability only between transactions: where the write begins.)
    transactions.before_writing(s, "PRAGMA synchronous=NORMAL")


def is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def existing_ids(s: Session, table: str, column: str, ids: Sequence[str]) -> set[str]:
    """Which of these 32-digit ids a table holds already (one query per chunk of ids)."""
    cursor = raw_connection(s).cursor()
    try:
        sql = f"SELECT {column} FROM {table} WHERE {column} IN ({{marks}})"
        return {row[0] for row in select_in(cursor, sql, ids)}
    finally:
        cursor.close()


def present_ids(s: Session, column: Any, ids: Sequence[str]) -> set[str]:
    """Which of these ids (32 hex digits) a UUID column holds already, on any database."""
    if is_sqlite(s):
        return existing_ids(s, column.table.name, column.name, ids)
    found: set[str] = set()
    for chunk in chunks([codec.as_uuid(i) for i in ids]):
        found.update(codec.stored_id(u) for u in s.scalars(select(column).where(column.in_(chunk))))
    return found
