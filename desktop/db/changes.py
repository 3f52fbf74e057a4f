"""Recording changes: the audit history and the sync outbox, written in the caller's transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from desktop.db.batches import chunks
from desktop.db.models import ChangeLog, utcnow
from desktop.domain.hlc import HybridClock


@dataclass(frozen=True)
class Actor:
    """Who makes a change, and where: the desk's name and the operator signed in."""

    desk: str
    operator: str = ""


class ChangeRecorder:
    """Writes change records stamped with the desk's hybrid logical clock."""

    def __init__(self, actor: Actor, clock: HybridClock) -> None:
        self.actor = actor
        self.clock = clock

    def record(
        self,
        session: Session,
        entity: str,
        entity_id: str | uuid.UUID,
        op: str,
        data: dict[str, Any],
        *,
        at: datetime | None = None,
        change_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Add one change to the session's transaction and return its id (the sync nonce)."""
        cid = change_id or uuid.uuid4()
        session.execute(insert(ChangeLog), [self._row(entity, entity_id, op, data, at, cid)])
        return cid

    def record_many(
        self, session: Session, changes: list[tuple[str, str | uuid.UUID, str, dict[str, Any]]]
    ) -> None:
        """Add many changes in one statement (imports); order is kept by sequence number."""
        now = utcnow()
        rows = [self._row(e, eid, op, data, now, uuid.uuid4()) for e, eid, op, data in changes]
        for chunk in chunks(rows, 5000):
            session.execute(insert(cast(Table, ChangeLog.__table__)), chunk)

    def _row(
        self,
        entity: str,
        entity_id: str | uuid.UUID,
        op: str,
        data: dict[str, Any],
        at: datetime | None,
        cid: uuid.UUID,
    ) -> dict[str, Any]:
        return {
            "id": cid,
            "entity": entity,
            "entity_id": str(entity_id),
            "op": op,
            "data": data,
            "hlc": str(self.clock.now()),
            "origin": self.actor.desk,
            "operator": self.actor.operator,
            "at": at or utcnow(),
            "sent": False,
        }
