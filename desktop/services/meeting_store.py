"""The meetings use cases' way to the database: the board read, ids, the write lock, records.

Every booking change is written with a ``meeting`` change record (ops ``book``, ``move``,
``cancel``, ``status``) carrying the full meeting (slot start/end, table, interpreter,
delegations), which is what the server arbitrates; desk bookings stay ``provisional``
until the server accepts them (the sync client clears the flag).

Setup and request edits are kept in the change log as local history only (marked sent):
protocol v1 lets a coordinator push only ``meeting`` changes, and the server refuses a
whole batch that carries anything else.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.changes import ChangeRecorder
from desktop.db.models import (
    ChangeLog,
    Delegation,
    Interpreter,
    Meeting,
    MeetingRequest,
    MeetingSlot,
    MeetingTable,
    Participant,
    Unavailability,
)
from desktop.db.transactions import writing
from desktop.errors import NoEvent, NotFound
from desktop.meetings.board import (
    RELEASING,
    Board,
    DelegationInfo,
    InterpreterInfo,
    MeetingInfo,
    RequestInfo,
    Slot,
    Table,
    UnavailableTime,
)

log = logging.getLogger(__name__)


def read_board(s: Session) -> Board:
    """The whole meetings board of the event, read in this session."""
    event = setup.current_event(s)
    if event is None:
        raise NoEvent("this database holds no event yet")
    try:
        zone: Any = ZoneInfo(event.timezone or "UTC")
    except (KeyError, ValueError):
        zone = UTC
    eid = event.id
    heads = {
        p.id: (p.native_name or p.latin_name)
        for p in s.scalars(
            select(Participant).where(
                Participant.id.in_(
                    select(Delegation.head_participant_id).where(Delegation.event_id == eid)
                )
            )
        )
    }
    return Board(
        zone=zone,
        event_name=event.name,
        slots=[
            Slot(str(x.id), x.start, x.end)
            for x in s.scalars(select(MeetingSlot).where(MeetingSlot.event_id == eid))
        ],
        tables=[
            Table(str(x.id), x.name, x.kind, x.capacity, x.sort)
            for x in s.scalars(select(MeetingTable).where(MeetingTable.event_id == eid))
        ],
        interpreters=[
            InterpreterInfo(str(x.id), x.name, tuple(x.languages or ()))
            for x in s.scalars(
                select(Interpreter).where(Interpreter.event_id == eid).order_by(Interpreter.name)
            )
        ],
        delegations=[
            DelegationInfo(
                str(x.id),
                x.name,
                x.country,
                tuple(x.languages or ()),
                heads.get(x.head_participant_id, "") if x.head_participant_id else "",
            )
            for x in s.scalars(
                select(Delegation).where(Delegation.event_id == eid).order_by(Delegation.name)
            )
        ],
        unavailable=[
            UnavailableTime(str(x.id), str(x.delegation_id), x.start, x.end, x.reason)
            for x in s.scalars(
                select(Unavailability).join(Delegation).where(Delegation.event_id == eid)
            )
        ],
        requests=[
            RequestInfo(
                str(x.id),
                str(x.requester_id),
                str(x.partner_id),
                x.priority,
                x.purpose,
                tuple(x.languages or ()),
                x.status,
            )
            for x in s.scalars(select(MeetingRequest).where(MeetingRequest.event_id == eid))
        ],
        meetings=[
            MeetingInfo(
                str(x.id),
                str(x.slot_id),
                str(x.table_id),
                tuple(str(d) for d in x.delegation_ids or ()),
                str(x.interpreter_id) if x.interpreter_id else None,
                str(x.request_id) if x.request_id else None,
                x.purpose,
                x.status,
                x.provisional,
            )
            for x in s.scalars(select(Meeting).where(Meeting.event_id == eid))
        ],
    )


def event_id(s: Session) -> uuid.UUID:
    event = setup.current_event(s)
    if event is None:
        raise NoEvent("this database holds no event yet")
    return event.id


def parse_id(value: str) -> uuid.UUID:
    """An id as given by a caller; NotFound when it is not one (no such item can exist)."""
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise NotFound("no such item", id=value) from exc


def load_meeting(s: Session, meeting_id: str) -> Meeting:
    m = s.get(Meeting, parse_id(meeting_id))
    if m is None:
        raise NotFound("no such meeting", meeting_id=meeting_id)
    return m


def write_lock(s: Session) -> None:
    """Take the write lock before reading, so check-then-book is atomic across desks' tools
    (SQLite: the session's transaction becomes ``BEGIN IMMEDIATE``)."""
    writing(s)


def uses(s: Session, column: Any, key: uuid.UUID) -> tuple[int, int]:
    """(all, active) meetings that refer to a table or an interpreter: removal is refused
    while any does, since cancelled meetings keep it in their history too."""
    statuses = s.scalars(select(Meeting.status).where(column == key)).all()
    return len(statuses), sum(1 for x in statuses if x not in RELEASING)


def record_meeting(recorder: ChangeRecorder, s: Session, board: Board, m: Meeting, op: str) -> None:
    """The ``meeting`` change the server arbitrates: the full meeting record."""
    slot = s.get(MeetingSlot, m.slot_id)
    table = s.get(MeetingTable, m.table_id)
    interp = s.get(Interpreter, m.interpreter_id) if m.interpreter_id else None
    data: dict[str, Any] = {
        "id": str(m.id),
        "slot_id": str(m.slot_id),
        "start": slot.start.isoformat() if slot else None,
        "end": slot.end.isoformat() if slot else None,
        "table_id": str(m.table_id),
        "table": table.name if table else "",
        "interpreter_id": str(m.interpreter_id) if m.interpreter_id else None,
        "interpreter": interp.name if interp else "",
        "delegation_ids": [str(d) for d in m.delegation_ids],
        "delegation_names": [board.delegation_name(str(d)) for d in m.delegation_ids],
        "purpose": m.purpose,
        "status": m.status,
        "request_id": str(m.request_id) if m.request_id else None,
    }
    recorder.record(s, "meeting", m.id, op, data)


def record_history(
    recorder: ChangeRecorder,
    s: Session,
    entity: str,
    entity_id: object,
    op: str,
    data: dict[str, Any],
) -> None:
    """A local-only change record (see the module note): audited, never pushed."""
    cid = recorder.record(s, entity, str(entity_id), op, data)
    s.execute(update(ChangeLog).where(ChangeLog.id == cid).values(sent=True))
