"""Bulk appends to the feed: the fastest path each database offers.

A push appends up to a thousand changes at once. SQLite takes them through its own
connection's ``executemany`` (see ``desktop.db.rawsql``); PostgreSQL through
``COPY ... FROM STDIN``, which streams the rows in one command instead of a
statement per row. Both write exactly what SQLAlchemy would (naive-UTC times, JSON
text) and run in the caller's transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from desktop.db.batches import select_in
from desktop.db.codec import as_uuid, encoder, json_text, stored_id, stored_time
from desktop.db.engine import json_loads
from desktop.db.rawsql import raw_connection, raw_writer
from server.db import FeedEntry

FEED: Table = FeedEntry.__table__  # type: ignore[assignment]
_COPY_COLUMNS = [c.key for c in FEED.columns]


def _answer_text(value: Any) -> str | None:
    """A feed row's answer: NULL until the change has one (not JSON ``null``)."""
    return None if value is None else json_text(value)


def _copy_encoders(dialect: Dialect) -> list[Callable[[Any], Any]]:
    """Each feed column's value as ``COPY`` takes it: JSON as text, times as the column's
    type binds them (naive UTC), the rest as the driver adapts it."""
    out: list[Callable[[Any], Any]] = []
    for column in FEED.columns:
        if column.key == "data":
            out.append(json_text)
        elif column.key == "answer":
            out.append(_answer_text)
        elif column.key in ("at", "received_at"):
            out.append(encoder(column, dialect))
        else:
            out.append(_same)
    return out


def _same(value: Any) -> Any:
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
    cursor = raw_connection(s).cursor()
    try:
        sql = (
            f"SELECT change_id, seq, status, answer FROM {FEED.name} WHERE change_id IN ({{marks}})"
        )
        for cid, seq, status, answer in select_in(cursor, sql, [stored_id(i) for i in ids]):
            change = as_uuid(cid)
            assert change is not None
            out.append((change, seq, status, None if answer is None else json_loads(answer)))
    finally:
        cursor.close()
    return out


def feed_page(
    s: Session, since: int, limit: int, rows: bool = False
) -> list[tuple[int, bytes | None, bytes | None]]:
    """(seq, stored wire JSON, stored check-in row JSON) of accepted changes after
    ``since``, in order, as bytes: megabytes of JSON are not decoded into str only to
    be encoded again. With ``rows``, a check-in that has its row comes without its
    wire JSON (and the other way round).
    """
    if _is_sqlite(s):
        cursor = raw_connection(s).cursor()
        try:
            cursor.execute(
                "SELECT seq, CASE WHEN ?1 AND row IS NOT NULL THEN NULL "
                "ELSE CAST(body AS BLOB) END, CASE WHEN ?1 THEN CAST(row AS BLOB) END "
                f"FROM {FEED.name} WHERE seq > ?2 AND status = 'accepted' ORDER BY seq LIMIT ?3",
                (int(rows), since, limit),
            )
            page: list[tuple[int, bytes | None, bytes | None]] = cursor.fetchall()
            return page
        finally:
            cursor.close()
    # convert_to, not a CAST to bytea, which would read backslashes as escapes. The
    # driver's own cursor in binary mode: the bytes come as they are (not hex-encoded by
    # the server and decoded again here), as plain tuples (no result rows built).
    cursor = raw_connection(s).cursor(binary=True)
    try:
        cursor.execute(
            "SELECT seq, CASE WHEN %(rows)s AND row IS NOT NULL THEN NULL "
            "ELSE convert_to(body, 'UTF8') END, "
            "CASE WHEN %(rows)s THEN convert_to(row, 'UTF8') END "
            f"FROM {FEED.name} WHERE seq > %(since)s AND status = 'accepted' "
            "ORDER BY seq LIMIT %(limit)s",
            {"rows": rows, "since": since, "limit": limit},
        )
        found: list[tuple[int, bytes | None, bytes | None]] = cursor.fetchall()
    finally:
        cursor.close()
    return found


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
        _append_sqlite(s, rows)
        return
    encoders = list(zip(_COPY_COLUMNS, _copy_encoders(s.get_bind().dialect), strict=True))
    cursor = raw_connection(s).cursor()
    try:
        with cursor.copy(f"COPY {FEED.name} ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([encode(row.get(c)) for c, encode in encoders])
    finally:
        cursor.close()


_SQLITE_INSERT = (
    f"INSERT INTO {FEED.name} (seq, change_id, entity, entity_id, op, data, hlc, origin, "
    "operator, at, desk_id, received_at, status, answer, body, row) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _append_sqlite(s: Session, rows: Sequence[dict[str, Any]]) -> None:
    """The rows as SQLAlchemy stores them on SQLite; a push's rows share their desk and
    arrival time, so those are converted once."""
    shared: dict[Any, Any] = {}

    def once(convert: Any, value: Any) -> Any:
        key = (convert, value)
        if key not in shared:
            shared[key] = convert(value)
        return shared[key]

    values = [
        (
            r["seq"],
            stored_id(r["change_id"]),
            r["entity"],
            r["entity_id"],
            r["op"],
            json_text(r["data"]),
            r.get("hlc", ""),
            r.get("origin", ""),
            r.get("operator", ""),
            stored_time(r["at"]),
            once(stored_id, r.get("desk_id")),
            once(stored_time, r["received_at"]),
            r.get("status", "accepted"),
            _answer_text(r.get("answer")),
            r.get("body"),
            r.get("row"),
        )
        for r in rows
    ]
    cursor = raw_writer(s).cursor()
    try:
        cursor.executemany(_SQLITE_INSERT, values)
    finally:
        cursor.close()
