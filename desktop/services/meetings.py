"""Bilateral meetings: setup, requests, booking on the grid, automatic scheduling, agendas.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from desktop.db import setup
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
    utcnow,
)
from desktop.errors import ForumDeskError, InvalidInput, NoEvent, NotFound
from desktop.meetings import rules
from desktop.meetings.board import (
    PURPOSES,
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
from desktop.meetings.rules import BookingRefused, Proposal
from desktop.meetings.scheduler import ScheduleResult, schedule
from desktop.meetings.views import (
    GridDay,
    MeetingView,
    RequestView,
    grid_day,
    meeting_view,
    request_view,
)

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

#: ``book``'s interpreter choices besides an interpreter's id.
AUTO_INTERPRETER = "auto"
OWN_INTERPRETER = "own"


def _free_interpreters(
    board: Board, delegation_ids: Sequence[str], slot_id: str, requested: Sequence[str] = ()
) -> list[InterpreterInfo]:
    """Interpreters free in the slot who speak what the meeting needs, by the same need
    the booking rules check (the request's languages included)."""
    need = rules.need_for(board, delegation_ids, requested)
    if not need.needed:
        return []
    taken = {m.interpreter_id for m in board.meetings_near(slot_id)}
    return [i for i in board.interpreters if i.id not in taken and need.fits(i.languages)]


_KEEP: Any = object()


class SetupRefused(ForumDeskError):
    """A setup change that would break booked meetings; ``ui/`` says why in words."""

    code = "setup_refused"


class SlotsOverlap(SetupRefused):
    """params: day, start, end (local times of an existing slot the new ones overlap)."""

    code = "slots_overlap"


class DayInUse(SetupRefused):
    """params: day, count (active meetings; cancelled ones also keep the slots)."""

    code = "day_in_use"


class TableInUse(SetupRefused):
    """params: table, count (active meetings); count 0: only cancelled meetings keep it."""

    code = "table_in_use"


class InterpreterInUse(SetupRefused):
    """params: interpreter, count (active meetings); count 0: only cancelled meetings."""

    code = "interpreter_in_use"


@dataclass(frozen=True)
class ScheduleRun:
    """A scheduler run as written to the database."""

    result: ScheduleResult
    #: The meetings the run booked (ids), in slot order.
    meeting_ids: list[str]


def _uses(s: Session, column: Any, key: uuid.UUID) -> tuple[int, int]:
    """(all, active) meetings that refer to a table or an interpreter: removal is refused
    while any does, since cancelled meetings keep it in their history too."""
    statuses = s.scalars(select(Meeting.status).where(column == key)).all()
    return len(statuses), sum(1 for x in statuses if x not in RELEASING)


class MeetingService:
    """Meetings of the forum's event; each call is one transaction."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------
    def board(self) -> Board:
        with self.db.session() as s:
            return self._board(s)

    def _board(self, s: Session) -> Board:
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
                    select(Interpreter)
                    .where(Interpreter.event_id == eid)
                    .order_by(Interpreter.name)
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

    def days(self) -> list[date]:
        return self.board().days()

    def grid(self, day: date | None = None) -> GridDay:
        """The grid of one day (the first meeting day by default)."""
        board = self.board()
        days = board.days()
        if day is None:
            day = days[0] if days else date.today()
        return grid_day(board, day)

    def meetings(self, *, include_inactive: bool = False) -> list[MeetingView]:
        board = self.board()
        views = [meeting_view(board, m) for m in board.meetings if include_inactive or m.active]
        return sorted(views, key=lambda v: (v.start, v.table, v.id))

    def requests(self, status: str | None = None) -> list[RequestView]:
        board = self.board()
        fulfilled = {m.request_id: m.id for m in board.active_meetings() if m.request_id}
        out = [
            request_view(board, r, fulfilled.get(r.id))
            for r in board.requests
            if status is None or r.status == status
        ]
        return sorted(out, key=lambda v: (-v.priority, v.requester, v.partner))

    def delegations(self) -> list[DelegationInfo]:
        return self.board().delegations

    def find_delegation(self, name_or_id: str) -> DelegationInfo:
        """A delegation by id or by name (case-insensitive); NotFound otherwise."""
        wanted = name_or_id.strip()
        board = self.board()
        if wanted in board.delegation_by_id:
            return board.delegation_by_id[wanted]
        folded = wanted.casefold()
        for d in board.delegations:
            if d.name.casefold() == folded:
                return d
        raise NotFound(f"no delegation named {wanted!r}", delegation=wanted)

    def find_table(self, name_or_id: str) -> Table:
        board = self.board()
        wanted = name_or_id.strip()
        for t in board.tables:
            if wanted in (t.id, t.name) or t.name.casefold() == wanted.casefold():
                return t
        raise NotFound(f"no table or room named {wanted!r}", table=wanted)

    def check(self, proposal: Proposal, ignore: Sequence[str] = ()) -> list[BookingRefused]:
        """Every rule a booking would break (empty: it may be booked)."""
        return rules.violations(self.board(), proposal, ignore)

    def fitting_interpreters(
        self, delegation_ids: Sequence[str], slot_id: str, requested: Sequence[str] = ()
    ) -> list[InterpreterInfo]:
        """Interpreters free in the slot who speak what these delegations need, with the
        languages a request asks for (empty if no interpreter is needed)."""
        return _free_interpreters(self.board(), delegation_ids, slot_id, requested)

    # -- setup ---------------------------------------------------------------------------
    def add_slot(self, start: datetime, end: datetime) -> str:
        if start.tzinfo is None or end.tzinfo is None or end <= start:
            raise InvalidInput("a slot needs an aware start before its end")
        with self.db.session() as s:
            slot = MeetingSlot(event_id=self._event_id(s), start=start, end=end)
            s.add(slot)
            s.flush()
            self._history(
                s,
                "meeting_slot",
                slot.id,
                "create",
                {"start": start.isoformat(), "end": end.isoformat()},
            )
            return str(slot.id)

    def add_day(
        self,
        day: date,
        first: time,
        last: time | None = None,
        minutes: int = 30,
        breaks: Sequence[tuple[time, time]] = (),
        *,
        count: int | None = None,
    ) -> list[str]:
        """Slots of ``minutes`` from ``first`` until ``last`` (local time), skipping the breaks.

        With ``count`` the day ends after that many slots (breaks do not count), and ``last``
        may be left out. Slots overlapping the day's existing ones are refused
        (``SlotsOverlap``), so adding a day twice cannot double its grid.
        """
        if minutes < 5:
            raise InvalidInput("a slot lasts at least 5 minutes")
        if last is None and count is None:
            raise InvalidInput("a meeting day needs its last time or its number of slots")
        if count is not None and count < 1:
            raise InvalidInput("a meeting day has at least one slot")
        if any(b <= a for a, b in breaks):
            raise InvalidInput("a break ends after it starts")
        board = self.board()
        zone = board.zone
        begin = datetime.combine(day, first, zone)
        stop = (
            datetime.combine(day, last, zone)
            if last is not None
            else datetime.combine(day + timedelta(days=1), time(0), zone)
        )
        pauses = [
            (datetime.combine(day, a, zone), datetime.combine(day, b, zone)) for a, b in breaks
        ]
        planned: list[tuple[datetime, datetime]] = []
        while begin + timedelta(minutes=minutes) <= stop and (
            count is None or len(planned) < count
        ):
            end = begin + timedelta(minutes=minutes)
            pause = next((p for p in pauses if p[0] < end and begin < p[1]), None)
            if pause is not None:
                begin = pause[1]
                continue
            planned.append((begin, end))
            begin = end
        clash = next(
            (x for a, b in planned for x in board.slots if x.overlaps(a, b)),
            None,
        )
        if clash is not None:
            raise SlotsOverlap(
                "this day already has slots at these times",
                day=day.isoformat(),
                start=f"{board.local(clash.start):%H:%M}",
                end=f"{board.local(clash.end):%H:%M}",
            )
        return [self.add_slot(a.astimezone(UTC), b.astimezone(UTC)) for a, b in planned]

    def remove_day(self, day: date) -> int:
        """Remove a meeting day's slots; refused (``DayInUse``) while meetings use any of them."""
        board = self.board()
        slots = board.slots_of_day(day)
        ids = {x.id for x in slots}
        used = [m for m in board.meetings if m.slot_id in ids]
        if used:
            raise DayInUse(
                "meetings use this day's slots; move or cancel them first",
                day=day.isoformat(),
                count=sum(1 for m in used if m.active),
            )
        for x in slots:
            self.remove_slot(x.id)
        return len(slots)

    def remove_slot(self, slot_id: str) -> None:
        with self.db.session() as s:
            slot = s.get(MeetingSlot, _uuid(slot_id))
            if slot is None:
                raise NotFound("no such slot")
            used = s.scalar(select(Meeting.id).where(Meeting.slot_id == slot.id).limit(1))
            if used is not None:
                raise InvalidInput("meetings use this slot; move or cancel them first")
            s.delete(slot)
            self._history(s, "meeting_slot", slot_id, "delete", {})

    def add_table(self, name: str, kind: str = "table", capacity: int = 8) -> str:
        name = name.strip()
        if not name or kind not in ("table", "room"):
            raise InvalidInput("a table needs a name, and is a table or a room")
        with self.db.session() as s:
            eid = self._event_id(s)
            sort = len(s.scalars(select(MeetingTable.id).where(MeetingTable.event_id == eid)).all())
            t = MeetingTable(event_id=eid, name=name, kind=kind, capacity=capacity, sort=sort)
            s.add(t)
            s.flush()
            self._history(
                s,
                "meeting_table",
                t.id,
                "create",
                {"name": name, "kind": kind, "capacity": capacity},
            )
            return str(t.id)

    def edit_table(
        self,
        table_id: str,
        *,
        name: str | None = None,
        kind: str | None = None,
        capacity: int | None = None,
    ) -> None:
        with self.db.session() as s:
            t = s.get(MeetingTable, _uuid(table_id))
            if t is None:
                raise NotFound("no such table")
            if name is not None and name.strip():
                t.name = name.strip()
            if kind in ("table", "room"):
                t.kind = kind
            if capacity is not None:
                t.capacity = capacity
            self._history(
                s,
                "meeting_table",
                table_id,
                "update",
                {"name": t.name, "kind": t.kind, "capacity": t.capacity},
            )

    def remove_table(self, table_id: str) -> None:
        """Remove a table or room; refused (``TableInUse``) while any meeting refers to it."""
        with self.db.session() as s:
            t = s.get(MeetingTable, _uuid(table_id))
            if t is None:
                raise NotFound("no such table")
            total, active = _uses(s, Meeting.table_id, t.id)
            if total:
                raise TableInUse(
                    f"{t.name} has {active} meetings; move or cancel them first"
                    if active
                    else f"cancelled meetings keep {t.name} in their history; rename it instead",
                    table=t.name,
                    count=active,
                )
            s.delete(t)
            self._history(s, "meeting_table", table_id, "delete", {})

    def add_interpreter(self, name: str, languages: Sequence[str]) -> str:
        langs = [x.strip().lower() for x in languages if x.strip()]
        if not name.strip() or not langs:
            raise InvalidInput("an interpreter needs a name and languages")
        with self.db.session() as s:
            i = Interpreter(event_id=self._event_id(s), name=name.strip(), languages=langs)
            s.add(i)
            s.flush()
            self._history(s, "interpreter", i.id, "create", {"name": i.name, "languages": langs})
            return str(i.id)

    def edit_interpreter(
        self,
        interpreter_id: str,
        *,
        name: str | None = None,
        languages: Sequence[str] | None = None,
    ) -> None:
        with self.db.session() as s:
            i = s.get(Interpreter, _uuid(interpreter_id))
            if i is None:
                raise NotFound("no such interpreter")
            if name and name.strip():
                i.name = name.strip()
            if languages is not None:
                i.languages = [x.strip().lower() for x in languages if x.strip()]
            self._history(
                s,
                "interpreter",
                interpreter_id,
                "update",
                {"name": i.name, "languages": i.languages},
            )

    def remove_interpreter(self, interpreter_id: str) -> None:
        """Remove an interpreter; refused (``InterpreterInUse``) while a meeting refers to them."""
        with self.db.session() as s:
            i = s.get(Interpreter, _uuid(interpreter_id))
            if i is None:
                raise NotFound("no such interpreter")
            total, active = _uses(s, Meeting.interpreter_id, i.id)
            if total:
                raise InterpreterInUse(
                    f"{i.name} interprets at {active} meetings; change them first"
                    if active
                    else f"cancelled meetings keep {i.name} in their history",
                    interpreter=i.name,
                    count=active,
                )
            s.delete(i)
            self._history(s, "interpreter", interpreter_id, "delete", {})

    def add_unavailability(
        self, delegation: str, start: datetime, end: datetime, reason: str = ""
    ) -> str:
        if start.tzinfo is None or end <= start:
            raise InvalidInput("an unavailable time needs an aware start before its end")
        d = self.find_delegation(delegation)
        with self.db.session() as s:
            u = Unavailability(delegation_id=uuid.UUID(d.id), start=start, end=end, reason=reason)
            s.add(u)
            s.flush()
            self._history(
                s,
                "unavailability",
                u.id,
                "create",
                {
                    "delegation_id": d.id,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "reason": reason,
                },
            )
            return str(u.id)

    def remove_unavailability(self, unavailability_id: str) -> None:
        with self.db.session() as s:
            u = s.get(Unavailability, _uuid(unavailability_id))
            if u is None:
                raise NotFound("no such unavailable time")
            s.delete(u)
            self._history(s, "unavailability", unavailability_id, "delete", {})

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
        a, b = self.find_delegation(requester), self.find_delegation(partner)
        if a.id == b.id:
            raise rules.InvalidDelegations("a delegation cannot meet itself", delegations=[a.name])
        if purpose not in PURPOSES:
            raise rules.InvalidPurpose(f"unknown purpose {purpose!r}", purpose=purpose)
        with self.db.session() as s:
            r = MeetingRequest(
                event_id=self._event_id(s),
                requester_id=uuid.UUID(a.id),
                partner_id=uuid.UUID(b.id),
                priority=max(1, int(priority)),
                purpose=purpose,
                languages=[x.strip().lower() for x in languages if x.strip()],
                status="requested",
            )
            s.add(r)
            s.flush()
            self._history(
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
            r = s.get(MeetingRequest, _uuid(request_id))
            if r is None:
                raise NotFound("no such request")
            r.status = "withdrawn"
            self._history(s, "meeting_request", request_id, "status", {"status": "withdrawn"})

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
            _write_lock(s)
            board = self._board(s)
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
                event_id=self._event_id(s),
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
            self._record(s, board, m, "book")
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
            _write_lock(s)
            board = self._board(s)
            m = self._meeting(s, meeting_id)
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
            self._record(s, board, m, "move")

    def swap(self, first_id: str, second_id: str) -> None:
        """Exchange the slots and tables of two meetings (interpreters stay with their meeting)."""
        with self.db.session() as s:
            _write_lock(s)
            board = self._board(s)
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
            ma, mb = self._meeting(s, a.id), self._meeting(s, b.id)
            ma.slot_id, mb.slot_id = mb.slot_id, ma.slot_id
            ma.table_id, mb.table_id = mb.table_id, ma.table_id
            for m in (ma, mb):
                m.provisional = True
                m.updated_at = utcnow()
            s.flush()
            self._record(s, board, ma, "move")
            self._record(s, board, mb, "move")

    def cancel(self, meeting_id: str) -> None:
        """Cancel a meeting; its request (if any) is open again for booking."""
        with self.db.session() as s:
            board = self._board(s)
            m = self._meeting(s, meeting_id)
            m.status = "cancelled"
            m.updated_at = utcnow()
            if m.request_id is not None:
                s.execute(
                    update(MeetingRequest)
                    .where(MeetingRequest.id == m.request_id)
                    .values(status="requested")
                )
            s.flush()
            self._record(s, board, m, "cancel")

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
            board = self._board(s)
            m = self._meeting(s, meeting_id)
            if m.status in ("cancelled", "conflict"):
                # Reviving a released meeting re-checks the rules as a new booking would.
                _write_lock(s)
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
            self._record(s, board, m, "status")

    # -- automatic scheduling ----------------------------------------------------------------
    def schedule(
        self,
        *,
        time_limit: float = 8.0,
        workers: int = 2,
        progress: Callable[[float, str], object] | None = None,
        should_stop: Callable[[], bool] | None = None,
        write: bool = True,
    ) -> ScheduleRun:
        """Place open requests around the existing meetings and book them (provisional).

        The board is read, solved outside any transaction, then the placements are written
        in one transaction after re-checking each against the rules (another coordinator may
        have booked meanwhile); a placement that no longer fits is reported unplaced.
        """
        board = self.board()
        result = schedule(
            board,
            time_limit=time_limit,
            workers=workers,
            progress=progress,
            should_stop=should_stop,
        )
        if result.cancelled or not write:
            return ScheduleRun(result, [])
        ids: list[str] = []
        with self.db.session() as s:
            _write_lock(s)
            fresh = self._board(s)
            eid = self._event_id(s)
            lost = []
            for p in sorted(
                result.placed, key=lambda p: (fresh.slot_by_id[p.slot_id].start, p.table_id)
            ):
                req = fresh.request_by_id.get(p.request_id)
                proposal = Proposal(
                    p.delegation_ids,
                    p.slot_id,
                    p.table_id,
                    p.interpreter_id,
                    req.languages if req else (),
                    p.purpose,
                )
                found = rules.violations(fresh, proposal)
                if found or req is None or req.status != "requested":
                    lost.append(p)
                    continue
                m = Meeting(
                    id=uuid.uuid4(),
                    event_id=eid,
                    request_id=uuid.UUID(p.request_id),
                    slot_id=uuid.UUID(p.slot_id),
                    table_id=uuid.UUID(p.table_id),
                    interpreter_id=uuid.UUID(p.interpreter_id) if p.interpreter_id else None,
                    delegation_ids=list(p.delegation_ids),
                    purpose=p.purpose,
                    status="booked",
                    provisional=True,
                )
                s.add(m)
                s.execute(
                    update(MeetingRequest)
                    .where(MeetingRequest.id == m.request_id)
                    .values(status="booked")
                )
                s.flush()
                self._record(s, fresh, m, "book")
                ids.append(str(m.id))
                # Later placements are checked against this one too.
                fresh.meetings.append(
                    MeetingInfo(
                        str(m.id),
                        p.slot_id,
                        p.table_id,
                        p.delegation_ids,
                        p.interpreter_id,
                        p.request_id,
                        p.purpose,
                    )
                )
                fresh.__dict__.pop("meetings_by_slot", None)
            if lost:
                from desktop.meetings.scheduler import Unplaced

                log.warning("%d placements were taken meanwhile", len(lost))
                result.placed = [p for p in result.placed if p not in lost]
                result.unplaced += [
                    Unplaced(
                        p.request_id,
                        p.delegation_ids,
                        "taken_meanwhile",
                        "booked by someone else while scheduling",
                    )
                    for p in lost
                ]
                result.weight = sum(p.priority for p in result.placed)
        return ScheduleRun(result, ids)

    # -- outputs ------------------------------------------------------------------------------
    def agenda_pdf(self, delegation: str, out: Path) -> int:
        """The delegation's agenda as a PDF; returns the number of meetings on it."""
        from desktop.meetings.pdf import render_agenda

        d = self.find_delegation(delegation)
        return render_agenda(self.board(), d.id, out)

    def agenda_ics(self, delegation: str, out: Path) -> int:
        from desktop.meetings.ics import write_agenda_ics

        d = self.find_delegation(delegation)
        return write_agenda_ics(self.board(), d.id, out)

    def table_sheet_pdf(self, table: str, out: Path) -> int:
        from desktop.meetings.pdf import render_table_sheet

        t = self.find_table(table)
        return render_table_sheet(self.board(), t.id, out)

    def grid_pdf(self, out: Path, day: date | None = None) -> int:
        from desktop.meetings.pdf import render_grid

        return render_grid(self.board(), out, day)

    # -- helpers ----------------------------------------------------------------------------
    def _event_id(self, s: Session) -> uuid.UUID:
        event = setup.current_event(s)
        if event is None:
            raise NoEvent("this database holds no event yet")
        return event.id

    def _meeting(self, s: Session, meeting_id: str) -> Meeting:
        m = s.get(Meeting, _uuid(meeting_id))
        if m is None:
            raise NotFound("no such meeting", meeting_id=meeting_id)
        return m

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
        free = _free_interpreters(board, ids, slot_id, langs)
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

    def _record(self, s: Session, board: Board, m: Meeting, op: str) -> None:
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
        self.db.recorder.record(s, "meeting", m.id, op, data)

    def _history(
        self, s: Session, entity: str, entity_id: object, op: str, data: dict[str, Any]
    ) -> None:
        """A local-only change record (see the module note): audited, never pushed."""
        cid = self.db.recorder.record(s, entity, str(entity_id), op, data)
        s.execute(update(ChangeLog).where(ChangeLog.id == cid).values(sent=True))


def _write_lock(s: Session) -> None:
    """Take SQLite's write lock before reading, so check-then-book is atomic across desks' tools."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("UPDATE meeting SET id = id WHERE 0"))


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise NotFound("no such item", id=value) from exc
