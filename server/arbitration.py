"""Meeting arbitration: the first booking of a delegation, table or interpreter slot wins.

Runs inside the feed writer's transaction, so two server processes never both accept
a booking of the same slot. A losing booking is answered with a suggested free slot.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.db.models import MeetingSlot, MeetingTable
from desktop.sync import protocol as p
from desktop.sync.rules import MeetingClaim, meeting_claim
from server.db import Booking, FeedEntry

log = logging.getLogger(__name__)

#: How far the fallback search (no slot grid on the server) looks ahead, in meeting lengths.
FALLBACK_STEPS = 96


def arbitrate(s: Session, change: p.Change) -> dict[str, Any] | None:
    """None when the change is accepted (bookings updated), else the conflict answer."""
    claim = meeting_claim(change.entity_id, change.op, change.data)
    try:
        meeting_id = uuid.UUID(change.entity_id)
    except ValueError:
        meeting_id = uuid.uuid5(uuid.NAMESPACE_URL, change.entity_id)
    latest = s.scalar(
        select(func.max(FeedEntry.hlc)).where(
            FeedEntry.entity == "meeting",
            FeedEntry.entity_id == change.entity_id,
            FeedEntry.status == "accepted",
        )
    )
    if latest and change.hlc and change.hlc < latest:
        # An older change of a meeting that moved on: history only, desks skip it by stamp.
        return None
    if not claim.active:
        s.execute(delete(Booking).where(Booking.meeting_id == meeting_id))
        return None
    if claim.start is None or claim.end is None or claim.end <= claim.start:
        return None
    taken = _taken(s, claim.resources(), claim.start, claim.end, meeting_id)
    if taken:
        suggestion = suggest(s, claim, meeting_id)
        what = ", ".join(sorted({r.split(":", 1)[0] for r in taken}))
        message = f"the {what} is already booked at {claim.start.isoformat()} by a meeting that reached the server first"
        log.info("booking %s lost: %s taken", change.entity_id, what)
        return {
            "code": "slot_taken",
            "message": message,
            "taken": sorted(taken),
            "suggestion": suggestion,
        }
    s.execute(delete(Booking).where(Booking.meeting_id == meeting_id))
    s.add_all(
        Booking(meeting_id=meeting_id, resource=r, start=claim.start, end=claim.end, note="")
        for r in claim.resources()
    )
    s.flush()
    return None


def _taken(
    s: Session, resources: list[str], start: datetime, end: datetime, meeting_id: uuid.UUID
) -> set[str]:
    if not resources:
        return set()
    return set(
        s.scalars(
            select(Booking.resource).where(
                Booking.resource.in_(resources),
                Booking.start < end,
                Booking.end > start,
                Booking.meeting_id != meeting_id,
            )
        )
    )


def suggest(s: Session, claim: MeetingClaim, meeting_id: uuid.UUID) -> dict[str, Any] | None:
    """The first free slot for the same delegations (and interpreter): the same table first."""
    assert claim.start is not None and claim.end is not None
    length = claim.end - claim.start
    slots = [
        (m.start, m.end, str(m.id))
        for m in s.scalars(select(MeetingSlot).order_by(MeetingSlot.start))
    ]
    if not slots:
        slots = [
            (claim.start + length * k, claim.end + length * k, "")
            for k in range(1, FALLBACK_STEPS + 1)
        ]
    else:
        # Later slots first, then the earlier ones: a desk would rather move on than back.
        slots = [x for x in slots if x[0] >= claim.start] + [x for x in slots if x[0] < claim.start]
    tables = [claim.table] if claim.table else []
    tables += [
        str(t.id)
        for t in s.scalars(select(MeetingTable).order_by(MeetingTable.sort))
        if str(t.id) != claim.table
    ]
    people = [f"delegation:{d}" for d in claim.delegations]
    if claim.interpreter:
        people.append(f"interpreter:{claim.interpreter}")
    for start, end, slot_id in slots:
        if start == claim.start and end == claim.end and not slot_id:
            continue
        if _taken(s, people, start, end, meeting_id):
            continue
        for table in tables or [""]:
            if table and _taken(s, [f"table:{table}"], start, end, meeting_id):
                continue
            return {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "table_id": table or None,
                "slot_id": slot_id or None,
            }
    return None
