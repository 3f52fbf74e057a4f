"""Pulled badge changes: prints (and prints that failed later), new versions, revocations.

A badge change names a participant this desk may not hold yet (a print at another desk
before the person's record came): it is then kept as history only.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.codec import as_uuid
from desktop.db.models import BadgePrint, BadgeVersion, Participant
from desktop.sync.protocol import FeedChange
from desktop.sync.rules import parse_time

log = logging.getLogger(__name__)


def apply_badge(s: Session, c: FeedChange) -> None:
    """A badge change: a print (or its later failure), a new version, a revocation."""
    data = c.data
    pid = as_uuid(data.get("participant_id")) or as_uuid(c.entity_id)
    p = s.get(Participant, pid) if pid else None
    if p is None:
        log.info("badge %s for a participant not here yet; kept as history", c.op)
        return
    version = int(data.get("version") or data.get("badge_version") or p.badge_version)
    if c.op == "print":
        s.add(
            BadgePrint(
                id=as_uuid(data.get("id")) or uuid.uuid4(),
                participant_id=p.id,
                version=version,
                layout=str(data.get("layout") or "a6"),
                desk=str(data.get("desk") or c.origin),
                operator=str(data.get("operator") or c.operator),
                printed_at=parse_time(data.get("printed_at") or data.get("at")) or c.at,
                status="failed" if data.get("status") == "failed" else "printed",
                printer=str(data.get("printer") or "")[:200],
                job=str(data.get("job") or "")[:64],
                source=str(data.get("source") or "")[:32],
                message=str(data.get("message") or "")[:500],
            )
        )
        return
    if c.op == "print_failed":
        # A job the queue had accepted failed later at that desk: not a printed badge.
        print_id = as_uuid(data.get("id"))
        row = s.get(BadgePrint, print_id) if print_id is not None else None
        if row is not None:
            row.status = "failed"
            row.message = str(data.get("message") or "")[:500]
        return
    badge_id = int(data.get("badge_id") or p.badge_id)
    known = s.scalars(
        select(BadgeVersion).where(
            BadgeVersion.participant_id == p.id, BadgeVersion.version == version
        )
    ).first()
    if known is None:
        s.add(
            BadgeVersion(
                participant_id=p.id,
                badge_id=badge_id,
                version=version,
                reason=str(data.get("reason") or ""),
                issued_at=parse_time(data.get("issued_at")) or c.at,
                issued_by=str(data.get("issued_by") or c.operator),
                revoked=c.op == "revoke",
            )
        )
    elif c.op == "revoke":
        known.revoked = True
    if c.op != "revoke" and version >= p.badge_version:
        p.badge_version, p.badge_id = version, badge_id
    s.flush()
