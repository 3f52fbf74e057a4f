"""The event as a desk adopts it at enrollment (and reads it at ``GET /event``)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.models import Category, Delegation, Interpreter, MeetingSlot, MeetingTable, Zone
from server.errors import ApiError

log = logging.getLogger(__name__)


def event_data(s: Session) -> dict[str, Any]:
    """The event as a desk adopts it at enrollment."""
    event = setup.current_event(s)
    if event is None:
        raise ApiError(503, "no_event", "the server holds no event yet")
    eid = event.id
    return {
        "event": {
            "id": str(eid),
            "name": event.name,
            "venue": event.venue,
            "timezone": event.timezone,
            "start_date": event.start_date.isoformat() if event.start_date else None,
            "end_date": event.end_date.isoformat() if event.end_date else None,
            "tag": event.tag,
            "authority_public_key": (event.authority_public_key or b"").hex(),
        },
        "zones": [
            {
                "id": str(z.id),
                "code": z.code,
                "name": z.name,
                "reentry": z.reentry,
                "sort": z.sort,
            }
            for z in s.scalars(select(Zone).where(Zone.event_id == eid))
        ],
        "categories": [
            {
                "id": str(c.id),
                "code": c.code,
                "name": c.name,
                "colour": c.colour,
                "default_zones": list(c.default_zones or []),
                "watch": c.watch,
                "sort": c.sort,
            }
            for c in s.scalars(select(Category).where(Category.event_id == eid))
        ],
        "delegations": [
            {
                "id": str(d.id),
                "name": d.name,
                "country": d.country,
                "languages": list(d.languages or []),
                "head_participant_id": str(d.head_participant_id)
                if d.head_participant_id
                else None,
            }
            for d in s.scalars(select(Delegation).where(Delegation.event_id == eid))
        ],
        "meeting_tables": [
            {
                "id": str(t.id),
                "name": t.name,
                "kind": t.kind,
                "capacity": t.capacity,
                "sort": t.sort,
            }
            for t in s.scalars(select(MeetingTable).where(MeetingTable.event_id == eid))
        ],
        "meeting_slots": [
            {"id": str(m.id), "start": m.start.isoformat(), "end": m.end.isoformat()}
            for m in s.scalars(select(MeetingSlot).where(MeetingSlot.event_id == eid))
        ],
        "interpreters": [
            {"id": str(i.id), "name": i.name, "languages": list(i.languages or [])}
            for i in s.scalars(select(Interpreter).where(Interpreter.event_id == eid))
        ],
    }
