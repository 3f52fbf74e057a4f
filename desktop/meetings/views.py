"""Read models for the front ends: meetings and requests with names, and the day grid."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from desktop.meetings.board import Board, MeetingInfo, RequestInfo, Slot, Table
from desktop.meetings.rules import need_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MeetingView:
    id: str
    slot_id: str
    start: datetime
    end: datetime
    table_id: str
    table: str
    table_kind: str
    interpreter_id: str | None
    interpreter: str
    delegation_ids: tuple[str, ...]
    delegations: tuple[str, ...]
    countries: tuple[str, ...]
    purpose: str
    status: str
    provisional: bool
    request_id: str | None

    @property
    def active(self) -> bool:
        return self.status not in ("cancelled", "conflict")


@dataclass(frozen=True)
class RequestView:
    id: str
    requester_id: str
    partner_id: str
    requester: str
    partner: str
    priority: int
    purpose: str
    languages: tuple[str, ...]
    status: str
    needs_interpreter: bool
    language_label: str
    #: The active meeting that fulfils the request, if any.
    meeting_id: str | None


@dataclass(frozen=True)
class GridDay:
    """One meeting day: rows are slots, columns tables; ``cells[(slot, table)]`` a meeting."""

    day: date
    slots: list[Slot]
    tables: list[Table]
    cells: dict[tuple[str, str], MeetingView]

    def at(self, slot_id: str, table_id: str) -> MeetingView | None:
        return self.cells.get((slot_id, table_id))


def meeting_view(board: Board, m: MeetingInfo) -> MeetingView:
    slot = board.slot_by_id.get(m.slot_id)
    table = board.table_by_id.get(m.table_id)
    interp = board.interpreter_by_id.get(m.interpreter_id) if m.interpreter_id else None
    ds = [board.delegation_by_id.get(d) for d in m.delegation_ids]
    epoch = datetime.min.replace(tzinfo=board.zone)
    return MeetingView(
        id=m.id,
        slot_id=m.slot_id,
        start=slot.start if slot else epoch,
        end=slot.end if slot else epoch,
        table_id=m.table_id,
        table=table.name if table else "",
        table_kind=table.kind if table else "table",
        interpreter_id=m.interpreter_id,
        interpreter=interp.name if interp else "",
        delegation_ids=m.delegation_ids,
        delegations=tuple(d.name if d else "?" for d in ds),
        countries=tuple(d.country if d else "" for d in ds),
        purpose=m.purpose,
        status=m.status,
        provisional=m.provisional,
        request_id=m.request_id,
    )


def request_view(board: Board, r: RequestInfo, meeting_id: str | None = None) -> RequestView:
    need = need_for(board, r.delegation_ids, r.languages)
    return RequestView(
        id=r.id,
        requester_id=r.requester_id,
        partner_id=r.partner_id,
        requester=board.delegation_name(r.requester_id),
        partner=board.delegation_name(r.partner_id),
        priority=r.priority,
        purpose=r.purpose,
        languages=r.languages,
        status=r.status,
        needs_interpreter=need.needed,
        language_label=need.label if need.needed else "",
        meeting_id=meeting_id,
    )


def grid_day(board: Board, day: date) -> GridDay:
    slots = board.slots_of_day(day)
    ids = {s.id for s in slots}
    cells: dict[tuple[str, str], MeetingView] = {}
    for m in board.active_meetings():
        if m.slot_id in ids:
            cells[m.slot_id, m.table_id] = meeting_view(board, m)
    return GridDay(day=day, slots=slots, tables=list(board.tables), cells=cells)
