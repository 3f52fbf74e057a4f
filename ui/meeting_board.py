"""What the Meetings page shows, read from one snapshot of the meetings board (one read)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import TYPE_CHECKING

from desktop.meetings.board import DelegationInfo
from desktop.meetings.views import GridDay, RequestView, grid_day, request_view

if TYPE_CHECKING:
    from desktop.services.meetings import MeetingService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BoardView:
    """The meeting days, the chosen day's grid (None: no meeting days yet), the requests
    (highest priority first, as ``MeetingService.requests`` orders them) and the delegations."""

    zone: tzinfo
    days: list[date]
    day: date | None
    grid: GridDay | None
    requests: list[RequestView]
    delegations: list[DelegationInfo]


def read_board(meetings: MeetingService, day: date | None) -> BoardView:
    """Read the board once and make the page's view of ``day`` (the first day when ``day``
    is not a meeting day); runs on a worker thread."""
    board = meetings.board()
    days = board.days()
    if day not in days:
        day = days[0] if days else None
    fulfilled = {m.request_id: m.id for m in board.active_meetings() if m.request_id}
    requests = sorted(
        (request_view(board, r, fulfilled.get(r.id)) for r in board.requests),
        key=lambda v: (-v.priority, v.requester, v.partner),
    )
    return BoardView(
        zone=board.zone,
        days=days,
        day=day,
        grid=grid_day(board, day) if day is not None else None,
        requests=requests,
        delegations=list(board.delegations),
    )
