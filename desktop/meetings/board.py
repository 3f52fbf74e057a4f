"""The meeting board: plain, immutable snapshots of everything booking rules look at.

The service reads the database once into a ``Board``; rules, the grid and the scheduler
work on it without a session, so they run anywhere (a worker thread, the CLI, a test).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import cached_property

log = logging.getLogger(__name__)

#: Meeting statuses, in the order a meeting usually goes through them.
STATUSES: tuple[str, ...] = ("requested", "booked", "confirmed", "held", "no-show", "cancelled")
#: Statuses (ours and the sync's) under which a meeting holds no slot, table or interpreter.
RELEASING: frozenset[str] = frozenset({"cancelled", "conflict"})
#: Purposes a request or meeting may have.
PURPOSES: tuple[str, ...] = ("talks", "agreement", "twinning")


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    end: datetime

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end

    def day(self, zone: tzinfo) -> date:
        return self.start.astimezone(zone).date()


@dataclass(frozen=True)
class Table:
    id: str
    name: str
    kind: str = "table"
    capacity: int = 8
    sort: int = 0

    @property
    def is_room(self) -> bool:
        return self.kind == "room"


@dataclass(frozen=True)
class InterpreterInfo:
    id: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class DelegationInfo:
    id: str
    name: str
    country: str
    languages: tuple[str, ...]
    head: str = ""


@dataclass(frozen=True)
class UnavailableTime:
    id: str
    delegation_id: str
    start: datetime
    end: datetime
    reason: str = ""


@dataclass(frozen=True)
class RequestInfo:
    """Delegation A (requester) asks for a meeting with B (partner)."""

    id: str
    requester_id: str
    partner_id: str
    priority: int = 1
    purpose: str = "talks"
    languages: tuple[str, ...] = ()
    status: str = "requested"

    @property
    def delegation_ids(self) -> tuple[str, str]:
        return (self.requester_id, self.partner_id)

    @property
    def pair(self) -> frozenset[str]:
        return frozenset(self.delegation_ids)


@dataclass(frozen=True)
class MeetingInfo:
    id: str
    slot_id: str
    table_id: str
    delegation_ids: tuple[str, ...]
    interpreter_id: str | None = None
    request_id: str | None = None
    purpose: str = "talks"
    status: str = "booked"
    provisional: bool = True

    @property
    def active(self) -> bool:
        """Whether the meeting holds its slot, table and interpreter."""
        return self.status not in RELEASING


@dataclass
class Board:
    """Everything about meetings in one event, as plain data (a read-only snapshot)."""

    zone: tzinfo
    slots: list[Slot] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    interpreters: list[InterpreterInfo] = field(default_factory=list)
    delegations: list[DelegationInfo] = field(default_factory=list)
    unavailable: list[UnavailableTime] = field(default_factory=list)
    requests: list[RequestInfo] = field(default_factory=list)
    meetings: list[MeetingInfo] = field(default_factory=list)
    event_name: str = ""

    def __post_init__(self) -> None:
        self.slots.sort(key=lambda s: (s.start, s.end, s.id))
        self.tables.sort(key=lambda t: (t.sort, t.name))

    # -- lookups ---------------------------------------------------------------------
    @cached_property
    def slot_by_id(self) -> dict[str, Slot]:
        return {s.id: s for s in self.slots}

    @cached_property
    def table_by_id(self) -> dict[str, Table]:
        return {t.id: t for t in self.tables}

    @cached_property
    def interpreter_by_id(self) -> dict[str, InterpreterInfo]:
        return {i.id: i for i in self.interpreters}

    @cached_property
    def delegation_by_id(self) -> dict[str, DelegationInfo]:
        return {d.id: d for d in self.delegations}

    @cached_property
    def request_by_id(self) -> dict[str, RequestInfo]:
        return {r.id: r for r in self.requests}

    @cached_property
    def meeting_by_id(self) -> dict[str, MeetingInfo]:
        return {m.id: m for m in self.meetings}

    @cached_property
    def unavailable_by_delegation(self) -> dict[str, list[UnavailableTime]]:
        out: dict[str, list[UnavailableTime]] = defaultdict(list)
        for u in self.unavailable:
            out[u.delegation_id].append(u)
        return dict(out)

    @cached_property
    def overlapping_slots(self) -> dict[str, list[str]]:
        """For each slot, the slots whose times overlap it (itself included)."""
        out: dict[str, list[str]] = {}
        ordered = self.slots
        for i, s in enumerate(ordered):
            near = [s.id]
            for j in range(i - 1, -1, -1):
                if ordered[j].overlaps(s.start, s.end):
                    near.append(ordered[j].id)
                elif ordered[j].end <= s.start - timedelta(days=1):
                    break
            for j in range(i + 1, len(ordered)):
                if ordered[j].start >= s.end:
                    break
                if ordered[j].overlaps(s.start, s.end):
                    near.append(ordered[j].id)
            out[s.id] = near
        return out

    def active_meetings(self) -> list[MeetingInfo]:
        return [m for m in self.meetings if m.active and m.slot_id in self.slot_by_id]

    @cached_property
    def meetings_by_slot(self) -> dict[str, list[MeetingInfo]]:
        """Active meetings per slot."""
        out: dict[str, list[MeetingInfo]] = defaultdict(list)
        for m in self.active_meetings():
            out[m.slot_id].append(m)
        return dict(out)

    def meetings_near(self, slot_id: str) -> Iterable[MeetingInfo]:
        """Active meetings in this slot or any slot overlapping it."""
        for sid in self.overlapping_slots.get(slot_id, [slot_id]):
            yield from self.meetings_by_slot.get(sid, ())

    def unavailability_at(self, delegation_id: str, slot: Slot) -> UnavailableTime | None:
        for u in self.unavailable_by_delegation.get(delegation_id, ()):
            if slot.overlaps(u.start, u.end):
                return u
        return None

    def days(self) -> list[date]:
        return sorted({s.day(self.zone) for s in self.slots})

    def slots_of_day(self, day: date) -> list[Slot]:
        return [s for s in self.slots if s.day(self.zone) == day]

    def delegation_name(self, delegation_id: str) -> str:
        d = self.delegation_by_id.get(delegation_id)
        return d.name if d else delegation_id

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)
