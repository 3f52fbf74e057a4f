"""Changes the server did not take, kept on the desk for its coordinator: a booking that
lost its slot (with the server's suggestion), or a change the desk's role may not make.

Each is a ``sync.conflict.<change id>`` entry of the meta table, so it survives restarts
and travels with the database file.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.models import Meta, utcnow
from desktop.sync.records import apply_meeting
from desktop.sync.state import SyncConflict, SyncError

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

CONFLICT_PREFIX = "sync.conflict."


def store(
    s: Session,
    change: dict[str, Any],
    kind: str,
    code: str,
    message: str,
    suggestion: dict[str, Any] | None,
) -> None:
    """Keep the server's answer to one of this desk's changes."""
    item = {
        "id": change["id"],
        "entity": change["entity"],
        "entity_id": change["entity_id"],
        "op": change["op"],
        "kind": kind,
        "code": code,
        "message": message,
        "suggestion": suggestion,
        "at": utcnow().isoformat(),
        "data": change["data"],
    }
    setup.set_meta(s, CONFLICT_PREFIX + change["id"], json.dumps(item))
    log.info(
        "the server answered %s to %s %s %s: %s",
        kind,
        change["entity"],
        change["op"],
        change["entity_id"],
        code,
    )


def listed(s: Session, include_resolved: bool = False) -> list[SyncConflict]:
    """The conflicts, newest first (the resolved ones too if asked)."""
    rows = s.scalars(select(Meta).where(Meta.key.like(f"{CONFLICT_PREFIX}%"))).all()
    items = [json.loads(r.value) for r in rows]
    out = [
        SyncConflict(**{k: v for k, v in item.items() if k in SyncConflict.__dataclass_fields__})
        for item in items
        if include_resolved or not item.get("resolved")
    ]
    return sorted(out, key=lambda c: c.at, reverse=True)


def dismiss(s: Session, conflict_id: str) -> None:
    row = s.get(Meta, CONFLICT_PREFIX + conflict_id)
    if row is not None:
        item = json.loads(row.value)
        item["resolved"] = utcnow().isoformat()
        row.value = json.dumps(item)


def accept_suggestion(forum: ForumDb, s: Session, conflict_id: str) -> None:
    """Move a meeting that lost its slot to the server's suggestion (a new ``move``)."""
    row = s.get(Meta, CONFLICT_PREFIX + conflict_id)
    if row is None:
        raise SyncError("no such conflict")
    item = json.loads(row.value)
    suggestion = item.get("suggestion")
    if item.get("entity") != "meeting" or not suggestion:
        raise SyncError("this conflict has no suggested slot")
    data = dict(item.get("data") or {})
    data.update(
        start=suggestion["start"],
        end=suggestion["end"],
        slot_id=suggestion.get("slot_id"),
        table_id=suggestion.get("table_id") or data.get("table_id"),
        status="booked",
    )
    apply_meeting(s, item["entity_id"], "move", data, provisional=True)
    forum.recorder.record(s, "meeting", item["entity_id"], "move", data)
    item["resolved"] = utcnow().isoformat()
    row.value = json.dumps(item)
