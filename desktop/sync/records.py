"""Whole records the server sends a desk: its event at enrollment, desk keys, meetings.

Unlike pulled participant edits, which merge field by field (``apply``), these replace
what the desk holds: the event and desk keys come from the server alone, and a meeting
change carries the meeting's full record, already arbitrated by the server.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.codec import as_uuid
from desktop.db.models import (
    Category,
    ChangeLog,
    CheckIn,
    Delegation,
    Desk,
    Event,
    Interpreter,
    Meeting,
    MeetingRequest,
    MeetingSlot,
    MeetingTable,
    Participant,
    Zone,
    utcnow,
)
from desktop.sync.rules import meeting_claim, parse_time
from desktop.sync.state import OtherEventHere

log = logging.getLogger(__name__)


def apply_meeting(
    s: Session, entity_id: str, op: str, data: dict[str, Any], *, provisional: bool
) -> Meeting | None:
    """Write a meeting's full record (from a ``meeting`` change) into the desk's tables."""
    event = setup.current_event(s)
    mid = as_uuid(entity_id) or as_uuid(data.get("id"))
    if event is None or mid is None:
        return None
    claim = meeting_claim(entity_id, op, data)
    m = s.get(Meeting, mid)
    slot_id = as_uuid(data.get("slot_id"))
    slot = s.get(MeetingSlot, slot_id) if slot_id else None
    if slot is None and claim.start is not None and claim.end is not None:
        slot = s.scalars(
            select(MeetingSlot).where(
                MeetingSlot.start == claim.start, MeetingSlot.end == claim.end
            )
        ).first()
        if slot is None:
            slot = MeetingSlot(
                id=slot_id or uuid.uuid4(), event_id=event.id, start=claim.start, end=claim.end
            )
            s.add(slot)
    table_uuid = as_uuid(data.get("table_id")) or as_uuid(claim.table)
    table = s.get(MeetingTable, table_uuid) if table_uuid else None
    if table is None and (table_uuid or claim.table_name):
        table = s.scalars(
            select(MeetingTable).where(MeetingTable.name == (claim.table_name or str(claim.table)))
        ).first()
        if table is None:
            table = MeetingTable(
                id=table_uuid or uuid.uuid4(), event_id=event.id, name=claim.table_name or "Table"
            )
            s.add(table)
    interp_id = as_uuid(data.get("interpreter_id"))
    if interp_id is not None and s.get(Interpreter, interp_id) is None:
        s.add(
            Interpreter(
                id=interp_id, event_id=event.id, name=str(data.get("interpreter") or "Interpreter")
            )
        )
    s.flush()
    if m is None:
        if slot is None or table is None:
            log.warning("meeting %s has no slot or table; kept as history", entity_id)
            return None
        m = Meeting(id=mid, event_id=event.id, slot_id=slot.id, table_id=table.id)
        s.add(m)
    if slot is not None:
        m.slot_id = slot.id
    if table is not None:
        m.table_id = table.id
    if "interpreter_id" in data:
        m.interpreter_id = interp_id
    if claim.delegations or "delegation_ids" in data:
        m.delegation_ids = list(data.get("delegation_ids") or claim.delegations)
    if data.get("purpose"):
        m.purpose = str(data["purpose"])
    status = "cancelled" if op == "cancel" else str(data.get("status") or m.status or "booked")
    m.status = status
    m.provisional = provisional
    m.updated_at = utcnow()
    s.flush()
    return m


def upsert_desk_key(s: Session, data: dict[str, Any]) -> None:
    """A desk's key (or its revocation), as the server distributes it."""
    did = as_uuid(data.get("desk_id"))
    if did is None:
        return
    public = bytes.fromhex(str(data.get("public_key") or ""))
    certificate = bytes.fromhex(str(data.get("certificate") or ""))
    d = s.get(Desk, did)
    if d is None:
        d = Desk(
            id=did,
            name=str(data.get("name") or ""),
            is_self=False,
            key_id=int(data.get("key_id") or 0),
            public_key=public,
        )
        s.add(d)
    if not d.is_self:
        d.name = str(data.get("name") or d.name)
        d.role = str(data.get("role") or d.role)
        d.key_id = int(data.get("key_id") or d.key_id)
        d.public_key = public or d.public_key
    d.certificate = certificate or d.certificate
    d.revoked = bool(data.get("revoked", False)) or (d.revoked and not d.is_self)
    s.flush()


def adopt_event(s: Session, data: dict[str, Any]) -> Event:
    """Make the server's event this desk's event: same id, tag, authority, zones, categories."""
    info = data["event"]
    eid = uuid.UUID(info["id"])
    event = s.get(Event, eid)
    if event is None:
        event = Event(id=eid, name=info["name"])
        s.add(event)
    event.name = info["name"]
    event.venue = info.get("venue") or ""
    event.timezone = info.get("timezone") or "UTC"
    event.start_date = date.fromisoformat(info["start_date"]) if info.get("start_date") else None
    event.end_date = date.fromisoformat(info["end_date"]) if info.get("end_date") else None
    event.tag = int(info["tag"])
    event.authority_public_key = (
        bytes.fromhex(info["authority_public_key"]) if info.get("authority_public_key") else None
    )
    s.flush()
    for z in data.get("zones", []):
        zone = s.get(Zone, uuid.UUID(z["id"])) or Zone(
            id=uuid.UUID(z["id"]), event_id=eid, code=z["code"], name=z["name"]
        )
        zone.code, zone.name, zone.reentry, zone.sort = (
            z["code"],
            z["name"],
            bool(z.get("reentry", True)),
            int(z.get("sort", 0)),
        )
        s.merge(zone)
    for c in data.get("categories", []):
        cat = s.get(Category, uuid.UUID(c["id"])) or Category(
            id=uuid.UUID(c["id"]), event_id=eid, code=c["code"], name=c["name"]
        )
        cat.code, cat.name, cat.colour = c["code"], c["name"], c.get("colour") or cat.colour
        cat.default_zones, cat.watch, cat.sort = (
            list(c.get("default_zones") or []),
            bool(c.get("watch")),
            int(c.get("sort", 0)),
        )
        s.merge(cat)
    for d in data.get("delegations", []):
        dele = s.get(Delegation, uuid.UUID(d["id"])) or Delegation(
            id=uuid.UUID(d["id"]), event_id=eid, name=d["name"], country=d["country"]
        )
        dele.name, dele.country, dele.languages = (
            d["name"],
            d["country"],
            list(d.get("languages") or []),
        )
        dele.head_participant_id = as_uuid(d.get("head_participant_id"))
        s.merge(dele)
    for t in data.get("meeting_tables", []):
        s.merge(
            MeetingTable(
                id=uuid.UUID(t["id"]),
                event_id=eid,
                name=t["name"],
                kind=t.get("kind") or "table",
                capacity=int(t.get("capacity") or 8),
                sort=int(t.get("sort") or 0),
            )
        )
    for m in data.get("meeting_slots", []):
        start, end = parse_time(m["start"]), parse_time(m["end"])
        if start and end:
            s.merge(MeetingSlot(id=uuid.UUID(m["id"]), event_id=eid, start=start, end=end))
    for i in data.get("interpreters", []):
        s.merge(
            Interpreter(
                id=uuid.UUID(i["id"]),
                event_id=eid,
                name=i["name"],
                languages=list(i.get("languages") or []),
            )
        )
    setup.set_meta(s, setup.META_EVENT, str(eid))
    s.flush()
    return event


def make_room_for(s: Session, server_event_id: uuid.UUID) -> None:
    """Clear an empty local event so the server's can take its place; refuse one with data."""
    current = setup.current_event(s)
    if current is None or current.id == server_event_id:
        return
    eid = current.id
    people = (
        s.scalar(select(func.count()).select_from(Participant).where(Participant.event_id == eid))
        or 0
    )
    scans = s.scalar(select(func.count()).select_from(CheckIn)) or 0
    meetings = s.scalar(select(func.count()).select_from(Meeting)) or 0
    if people or scans or meetings:
        raise OtherEventHere(
            f"this database holds another event ('{current.name}': {people} participants, "
            f"{scans} check-ins, {meetings} meetings); enroll a new, empty database instead",
            event=current.name,
            participants=people,
        )
    for model in (
        MeetingRequest,
        Zone,
        Category,
        Delegation,
        MeetingTable,
        MeetingSlot,
        Interpreter,
    ):
        s.execute(delete(model).where(model.event_id == eid))
    s.execute(delete(ChangeLog))
    s.delete(current)
    s.flush()
    log.info("replaced the empty local event %s by the server's", eid)
