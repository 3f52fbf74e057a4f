"""The desk's outbox as the push sends it: the oldest unsent change-log rows."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update

from desktop.db.batches import chunks, execute_in
from desktop.db.codec import id_text, iso_time, stored_id
from desktop.db.engine import json_loads
from desktop.db.models import ChangeLog
from desktop.db.rawsql import is_sqlite, raw_connection, raw_writer


def outbox_batch(s: Any, limit: int) -> list[dict[str, Any]]:
    """The oldest unsent changes of the outbox, as the push sends them."""
    if is_sqlite(s):
        return _sqlite_outbox_batch(s, limit)
    rows = s.execute(
        select(
            ChangeLog.id,
            ChangeLog.entity,
            ChangeLog.entity_id,
            ChangeLog.op,
            ChangeLog.data,
            ChangeLog.hlc,
            ChangeLog.origin,
            ChangeLog.operator,
            ChangeLog.at,
        )
        .where(ChangeLog.sent.is_(False))
        .order_by(ChangeLog.seq)
        .limit(limit)
    ).all()
    return [
        {
            "id": str(r.id),
            "entity": r.entity,
            "entity_id": r.entity_id,
            "op": r.op,
            "data": r.data,
            "hlc": r.hlc,
            "origin": r.origin,
            "operator": r.operator,
            "at": r.at.isoformat(),
        }
        for r in rows
    ]


def _sqlite_outbox_batch(s: Any, limit: int) -> list[dict[str, Any]]:
    """``outbox_batch`` straight from SQLite's stored text: a desk back online after a
    morning offline sends thousands of these, and the ORM's per-row work dominated."""
    cursor = raw_connection(s).cursor()
    try:
        cursor.execute(
            "SELECT id, entity, entity_id, op, data, hlc, origin, operator, at FROM change_log "
            "WHERE sent = 0 ORDER BY seq LIMIT ?",
            (limit,),
        )
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return [
        {
            "id": id_text(cid),
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "data": json_loads(data) if data is not None else None,
            "hlc": hlc,
            "origin": origin,
            "operator": operator,
            "at": iso_time(at),
        }
        for cid, entity, entity_id, op, data, hlc, origin, operator, at in rows
    ]


def pending_count(s: Any) -> int:
    """How many changes wait in the outbox."""
    count = s.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.sent.is_(False)))
    return int(count or 0)


def mark_sent(s: Any, ids: list[uuid.UUID]) -> None:
    """Mark changes the server answered as sent (they leave the outbox)."""
    if not ids:
        return
    if is_sqlite(s):
        # Plain SQL with stored-form ids: a push of 5,000 would otherwise bind 5,000 UUIDs
        # through the ORM's statement machinery.
        cursor = raw_writer(s).cursor()
        try:
            sql = "UPDATE change_log SET sent = 1 WHERE id IN ({marks})"
            execute_in(cursor, sql, [stored_id(i) for i in ids])
        finally:
            cursor.close()
        return
    for chunk in chunks(ids):
        s.execute(update(ChangeLog).where(ChangeLog.id.in_(chunk)).values(sent=True))
