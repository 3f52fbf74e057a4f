"""Meeting requests and booking on the grid: book, move, swap, cancel, change status.

Each booking change re-reads the board under the write lock, checks the booking rules
and writes the meeting with its ``meeting`` change record (see :mod:`meeting_store`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import update

from desktop.db.models import Meeting, MeetingRequest, utcnow
from desktop.errors import NotFound
from desktop.meetings import rules
from desktop.meetings.board import PURPOSES, Board, MeetingInfo, RequestInfo
from desktop.meetings.rules import Proposal
from desktop.services.meeting_board import free_interpreters
from desktop.services.meeting_store import (
    event_id,
    load_meeting,
    parse_id,
    read_board,
    record_history,
    record_meeting,
    write_lock,
)

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb
    from desktop.services.meeting_board import MeetingBoardReader

log = logging.getLogger(__name__)

#: ``book``'s interpreter choices besides an interpreter's id.
AUTO_INTERPRETER = "auto"
OWN_INTERPRETER = "own"

_KEEP: Any = object()


class MeetingBooking:
    """Requests and bookings of the forum's event; each call is one transaction."""

    def __init__(self, db: ForumDb, reader: MeetingBoardReader) -> None:
        self.db = db
        self.reader = reader

    def request(
        self,
        requester: str,
        partner: str,
        *,
        priority: int = 1,
        purpose: str = "talks",
        languages: Sequence[str] = (),
    ) -> str:
        """Delegation ``requester`` asks to meet ``partner`` (names or ids)."""
        a, b = self.reader.find_delegation(requester), self.reader.find_delegation(partner)
        if a.id == b.id:
            raise rules.InvalidDelegations("a delegation cannot meet itself", delegations=[a.name])
        if purpose not in PURPOSES:
            raise rules.InvalidPurpose(f"unknown purpose {purpose!r}", purpose=purpose)
        with self.db.session() as s:
            r = MeetingRequest(
                event_id=event_id(s),
                requester_id=uuid.UUID(a.id),
                partner_id=uuid.UUID(b.id),
                priority=max(1, int(priority)),
                purpose=purpose,
                languages=[x.strip().lower() for x in languages if x.strip()],
                status="requested",
            )
            s.add(r)
            s.flush()
            record_history(
                self.db.recorder,
                s,
                "meeting_request",
                r.id,
                "create",
                {
                    "requester_id": a.id,
                    "partner_id": b.id,
                    "priority": r.priority,
                    "purpose": purpose,
                    "languages": r.languages,
                },
            )
            return str(r.id)

    def withdraw_request(self, request_id: str) -> None:
        with self.db.session() as s:
            r = s.get(MeetingRequest, parse_id(request_id))
            if r is None:
                raise NotFound("no such request")
            r.status = "withdrawn"
            record_history(
                self.db.recorder,
                s,
                "meeting_request",
                request_id,
                "status",
                {"status": "withdrawn"},
            )

    # -- booking ---------------------------------------------------------------------------
    def book(
        self,
        what: str | Sequence[str],
        slot_id: str,
        table_id: str,
        interpreter_id: str | None = None,
        *,
        purpose: str | None = None,
    ) -> str:
        """Book a request (its id) or delegations (ids or names) into a slot at a table.

        ``interpreter_id``: an interpreter's id, ``AUTO_INTERPRETER`` (one who speaks
        the meeting's languages and is free then, if one is needed), ``OWN_INTERPRETER``
        (the delegations bring their own) or None (none; refused when one is needed).
        Raises the first broken rule (a ``BookingRefused``) and changes nothing then.
        """
        with self.db.session() as s:
            write_lock(s)
            board = read_board(s)
            request: RequestInfo | None = None
            if isinstance(what, str):
                request = board.request_by_id.get(what)
                if request is None:
                    raise NotFound("no such meeting request", request_id=what)
                if request.status != "requested":
                    raise rules.RequestClosed(
                        f"this request is {request.status}", status=request.status
                    )
                ids: tuple[str, ...] = request.delegation_ids
                langs = request.languages
                purpose = purpose or request.purpose
            else:
                ids = tuple(self._delegation_id(board, d) for d in what)
                langs = ()
            chosen, own = self._interpreter_choice(board, ids, slot_id, interpreter_id, langs)
            proposal = Proposal(
                ids, slot_id, table_id, chosen, langs, purpose or "talks", own_interpreter=own
            )
            rules.check(board, proposal)
            interpreter_id = chosen
            mid = uuid.uuid4()
            m = Meeting(
                id=mid,
                event_id=event_id(s),
                request_id=uuid.UUID(request.id) if request else None,
                slot_id=uuid.UUID(slot_id),
                table_id=uuid.UUID(table_id),
                interpreter_id=uuid.UUID(interpreter_id) if interpreter_id else None,
                delegation_ids=list(ids),
                purpose=proposal.purpose,
                status="booked",
                provisional=True,
            )
            s.add(m)
            if request is not None:
                s.execute(
                    update(MeetingRequest)
                    .where(MeetingRequest.id == uuid.UUID(request.id))
                    .values(status="booked")
                )
            s.flush()
            record_meeting(self.db.recorder, s, board, m, "book")
            return str(mid)

    def move(
        self,
        meeting_id: str,
        slot_id: str,
        table_id: str | None = None,
        interpreter_id: str | None = _KEEP,
    ) -> None:
        """Move a meeting to another slot and/or table (and interpreter, if given)."""
        with self.db.session() as s:
            write_lock(s)
            board = read_board(s)
            m = load_meeting(s, meeting_id)
            info = board.meeting_by_id[meeting_id]
            rules.check_movable(info)
            new_interp = info.interpreter_id if interpreter_id is _KEEP else interpreter_id
            proposal = Proposal(
                info.delegation_ids,
                slot_id,
                table_id or info.table_id,
                new_interp,
                self._langs(board, info),
                info.purpose,
                own_interpreter=new_interp is None and info.interpreter_id is None,
            )
            rules.check(board, proposal, ignore={meeting_id})
            m.slot_id = uuid.UUID(proposal.slot_id)
            m.table_id = uuid.UUID(proposal.table_id)
            m.interpreter_id = uuid.UUID(new_interp) if new_interp else None
            m.provisional = True
            m.updated_at = utcnow()
            s.flush()
            record_meeting(self.db.recorder, s, board, m, "move")

    def swap(self, first_id: str, second_id: str) -> None:
        """Exchange the slots and tables of two meetings (interpreters stay with their meeting)."""
        with self.db.session() as s:
            write_lock(s)
            board = read_board(s)
            a, b = board.meeting_by_id.get(first_id), board.meeting_by_id.get(second_id)
            if a is None or b is None:
                raise NotFound("no such meeting")
            rules.check_movable(a)
            rules.check_movable(b)
            both = {a.id, b.id}
            pa = Proposal(
                a.delegation_ids,
                b.slot_id,
                b.table_id,
                a.interpreter_id,
                self._langs(board, a),
                a.purpose,
                own_interpreter=a.interpreter_id is None,
            )
            pb = Proposal(
                b.delegation_ids,
                a.slot_id,
                a.table_id,
                b.interpreter_id,
                self._langs(board, b),
                b.purpose,
                own_interpreter=b.interpreter_id is None,
            )
            rules.check(board, pa, ignore=both)
            rules.check(board, pb, ignore=both)
            if a.interpreter_id and a.interpreter_id == b.interpreter_id and a.slot_id == b.slot_id:
                pass  # same slot, same interpreter: swapping tables keeps them apart
            ma, mb = load_meeting(s, a.id), load_meeting(s, b.id)
            ma.slot_id, mb.slot_id = mb.slot_id, ma.slot_id
            ma.table_id, mb.table_id = mb.table_id, ma.table_id
            for m in (ma, mb):
                m.provisional = True
                m.updated_at = utcnow()
            s.flush()
            record_meeting(self.db.recorder, s, board, ma, "move")
            record_meeting(self.db.recorder, s, board, mb, "move")

    def cancel(self, meeting_id: str) -> None:
        """Cancel a meeting; its request (if any) is open again for booking."""
        with self.db.session() as s:
            board = read_board(s)
            m = load_meeting(s, meeting_id)
            m.status = "cancelled"
            m.updated_at = utcnow()
            if m.request_id is not None:
                s.execute(
                    update(MeetingRequest)
                    .where(MeetingRequest.id == m.request_id)
                    .values(status="requested")
                )
            s.flush()
            record_meeting(self.db.recorder, s, board, m, "cancel")

    def set_status(self, meeting_id: str, status: str) -> None:
        """booked, confirmed, held, no-show or cancelled (cancelled is ``cancel``)."""
        rules.check_status(status)
        if status == "cancelled":
            self.cancel(meeting_id)
            return
        if status == "requested":
            raise rules.InvalidStatus(
                "a booked meeting cannot go back to requested; cancel it",
                status=status,
                allowed=["booked", "confirmed", "held", "no-show", "cancelled"],
            )
        with self.db.session() as s:
            board = read_board(s)
            m = load_meeting(s, meeting_id)
            if m.status in ("cancelled", "conflict"):
                # Reviving a released meeting re-checks the rules as a new booking would.
                write_lock(s)
                info = board.meeting_by_id[meeting_id]
                rules.check(
                    board,
                    Proposal(
                        info.delegation_ids,
                        info.slot_id,
                        info.table_id,
                        info.interpreter_id,
                        self._langs(board, info),
                        info.purpose,
                        own_interpreter=info.interpreter_id is None,
                    ),
                    ignore={meeting_id},
                )
            m.status = status
            m.updated_at = utcnow()
            s.flush()
            record_meeting(self.db.recorder, s, board, m, "status")

    @staticmethod
    def _delegation_id(board: Board, ref: str) -> str:
        if ref in board.delegation_by_id:
            return ref
        for d in board.delegations:
            if d.name.casefold() == ref.strip().casefold():
                return d.id
        raise NotFound(f"no delegation named {ref!r}", delegation=ref)

    @staticmethod
    def _interpreter_choice(
        board: Board,
        ids: Sequence[str],
        slot_id: str,
        wanted: str | None,
        langs: Sequence[str],
    ) -> tuple[str | None, bool]:
        """(interpreter id or None, whether the delegations bring their own)."""
        if wanted == OWN_INTERPRETER:
            return None, True
        if wanted != AUTO_INTERPRETER:
            return wanted or None, False
        need = rules.need_for(board, ids, langs)
        if not need.needed:
            return None, False
        free = free_interpreters(board, ids, slot_id, langs)
        if not free:
            raise rules.NoFreeInterpreter(
                f"no interpreter for {need.label} is free at this time",
                languages=need.label,
                delegations=[board.delegation_name(d) for d in ids],
            )
        return free[0].id, False

    @staticmethod
    def _langs(board: Board, m: MeetingInfo) -> tuple[str, ...]:
        r = board.request_by_id.get(m.request_id) if m.request_id else None
        return r.languages if r else ()
