"""The desk's outbox as the push sends it: the oldest unsent change-log rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update

from desktop.db.engine import json_loads
from desktop.db.models import ChangeLog
from desktop.db.rawsql import is_sqlite, raw_connection


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
            "id": f"{cid[:8]}-{cid[8:12]}-{cid[12:16]}-{cid[16:20]}-{cid[20:]}",
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "data": json_loads(data) if data is not None else None,
            "hlc": hlc,
            "origin": origin,
            "operator": operator,
            "at": _wire_time(at),
        }
        for cid, entity, entity_id, op, data, hlc, origin, operator, at in rows
    ]


def _wire_time(stored: str) -> str:
    """SQLite's stored naive-UTC text as the ISO time with offset the wire carries."""
    if len(stored) == 26 and stored[10] == " ":
        return f"{stored[:10]}T{stored[11:]}+00:00"
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).isoformat()


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
        cursor = raw_connection(s).cursor()
        try:
            for start in range(0, len(ids), 900):
                chunk = [i.hex for i in ids[start : start + 900]]
                cursor.execute(
                    f"UPDATE change_log SET sent = 1 WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
        finally:
            cursor.close()
        return
    for start in range(0, len(ids), 900):
        s.execute(
            update(ChangeLog).where(ChangeLog.id.in_(ids[start : start + 900])).values(sent=True)
        )
