"""Pulled changes a desk set aside: kept in its database with the reason, listed for the
operator (Sync page, ``forumdesk sync --json``). Sync goes on past them."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from desktop.db.models import SetAsideChange, utcnow
from desktop.sync.protocol import SetAside

log = logging.getLogger(__name__)

SET_ASIDE: Table = SetAsideChange.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class SetAsideRecord:
    """A set-aside change as the operator sees it."""

    entity: str
    entity_id: str
    op: str
    reason: str
    at: datetime
    seq: int | None
    change_id: str

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "entity_id": self.entity_id,
            "op": self.op,
            "reason": self.reason,
            "at": self.at.isoformat(),
            "seq": self.seq,
            "change_id": self.change_id,
        }


def keep(s: Session, items: Sequence[SetAside]) -> None:
    """Store set-aside changes in the caller's transaction (the page's, with its cursor)."""
    if not items:
        return
    now = utcnow()
    s.execute(
        insert(SET_ASIDE),
        [
            {
                "seq": item.seq,
                "change_id": item.change_id,
                "entity": item.entity,
                "entity_id": item.entity_id,
                "op": item.op,
                "reason": item.reason,
                "body": item.body,
                "set_aside_at": now,
            }
            for item in items
        ],
    )
    for item in items[:20]:
        log.warning(
            "set aside a pulled change it cannot apply (%s %s %s, feed %s): %s",
            item.entity or "?",
            item.op or "?",
            item.entity_id or "?",
            item.seq,
            item.reason,
        )
    if len(items) > 20:
        log.warning("set aside %d more pulled changes", len(items) - 20)


def listed(s: Session, limit: int = 100) -> list[SetAsideRecord]:
    """The latest set-aside changes, newest first."""
    rows = s.execute(
        select(
            SetAsideChange.entity,
            SetAsideChange.entity_id,
            SetAsideChange.op,
            SetAsideChange.reason,
            SetAsideChange.set_aside_at,
            SetAsideChange.seq,
            SetAsideChange.change_id,
        )
        .order_by(SetAsideChange.id.desc())
        .limit(limit)
    )
    return [SetAsideRecord(*row) for row in rows]


def count(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(SetAsideChange)) or 0)
