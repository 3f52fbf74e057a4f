"""Reading the meetings board: the grid, meetings and requests as views, lookups, rule checks."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from desktop.errors import NotFound
from desktop.meetings import rules
from desktop.meetings.board import Board, DelegationInfo, InterpreterInfo, Table
from desktop.meetings.rules import BookingRefused, Proposal
from desktop.meetings.views import (
    GridDay,
    MeetingView,
    RequestView,
    grid_day,
    meeting_view,
    request_view,
)
from desktop.services.meeting_store import read_board

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)


def free_interpreters(
    board: Board, delegation_ids: Sequence[str], slot_id: str, requested: Sequence[str] = ()
) -> list[InterpreterInfo]:
    """Interpreters free in the slot who speak what the meeting needs, by the same need
    the booking rules check (the request's languages included)."""
    need = rules.need_for(board, delegation_ids, requested)
    if not need.needed:
        return []
    taken = {m.interpreter_id for m in board.meetings_near(slot_id)}
    return [i for i in board.interpreters if i.id not in taken and need.fits(i.languages)]


class MeetingBoardReader:
    """The board of the forum's event and what is read from it; each call is one snapshot."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db

    def board(self) -> Board:
        with self.db.session() as s:
            return read_board(s)

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
        return free_interpreters(self.board(), delegation_ids, slot_id, requested)
