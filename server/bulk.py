"""Bulk appends to the feed: the fastest path each database offers.

A push appends up to a thousand changes at once. SQLite takes them through its own
connection's ``executemany`` (see ``desktop.sync.rawsql``); PostgreSQL through
``COPY ... FROM STDIN``, which streams the rows in one command instead of a
statement per row. Both write exactly what SQLAlchemy would (naive-UTC times, JSON
text) and run in the caller's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from desktop.db.engine import json_dumps
from desktop.sync.rawsql import RawInserter, raw_connection
from server.db import FeedEntry

FEED: Table = FeedEntry.__table__  # type: ignore[assignment]
RAW_FEED = RawInserter(FEED)
_COPY_COLUMNS = [c.key for c in FEED.columns]
_JSON_COLUMNS = frozenset({"data", "answer"})
_TIME_COLUMNS = frozenset({"at", "received_at"})


def _naive_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    return value.astimezone(UTC).replace(tzinfo=None)


def _copy_value(column: str, value: Any) -> Any:
    if value is None:
        return None if column != "data" else json_dumps(None)
    if column in _JSON_COLUMNS:
        return json_dumps(value)
    if column in _TIME_COLUMNS:
        return _naive_utc(value)
    return value


def _is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def known_changes(
    s: Session, ids: Sequence[uuid.UUID]
) -> list[tuple[uuid.UUID, int, str, dict[str, Any] | None]]:
    """(change id, seq, status, answer) of the ones the feed holds already."""
    if not _is_sqlite(s):
        # One array parameter: the statement text stays the same whatever the batch size.
        result = s.connection().exec_driver_sql(
            f"SELECT change_id, seq, status, answer FROM {FEED.name} WHERE change_id = ANY(%s)",
            (list(ids),),
        )
        return [(r[0], r[1], r[2], r[3]) for r in result]
    out: list[tuple[uuid.UUID, int, str, dict[str, Any] | None]] = []
    for start in range(0, len(ids), 500):
        out.extend(
            (r[0], r[1], r[2], r[3])
            for r in s.execute(
                select(FEED.c.change_id, FEED.c.seq, FEED.c.status, FEED.c.answer).where(
                    FEED.c.change_id.in_(ids[start : start + 500])
                )
            )
        )
    return out


def allocate_seqs(s: Session, n: int) -> list[int]:
    """The next ``n`` feed positions, in order. Call with the feed lock held, so feed
    order is commit order (``Hub.feed_writer``)."""
    if n <= 0:
        return []
    if _is_sqlite(s):
        top = int(s.execute(select(func.coalesce(func.max(FEED.c.seq), 0))).scalar_one())
        return list(range(top + 1, top + 1 + n))
    result = s.connection().exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence('{FEED.name}', 'seq')) FROM generate_series(1, %s)",
        (n,),
    )
    return sorted(int(r[0]) for r in result)


def append_feed(s: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert feed rows (dicts of column values, ``seq`` from ``allocate_seqs``)."""
    if not rows:
        return
    if _is_sqlite(s):
        RAW_FEED.insert(s, rows)
        return
    cursor = raw_connection(s).cursor()
    try:
        with cursor.copy(f"COPY {FEED.name} ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([_copy_value(c, row.get(c)) for c in _COPY_COLUMNS])
    finally:
        cursor.close()
