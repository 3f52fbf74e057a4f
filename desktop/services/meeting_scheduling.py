"""Automatic scheduling runs: solve the open requests around the booked meetings, book them."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import update

from desktop.db.models import Meeting, MeetingRequest
from desktop.meetings import rules
from desktop.meetings.board import MeetingInfo
from desktop.meetings.rules import Proposal
from desktop.meetings.scheduler import ScheduleResult, Unplaced, schedule
from desktop.services.meeting_store import event_id, read_board, record_meeting, write_lock

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb
    from desktop.services.meeting_board import MeetingBoardReader

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScheduleRun:
    """A scheduler run as written to the database."""

    result: ScheduleResult
    #: The meetings the run booked (ids), in slot order.
    meeting_ids: list[str]


class MeetingScheduling:
    """Runs the scheduler over the board and books what it placed (provisional)."""

    def __init__(self, db: ForumDb, reader: MeetingBoardReader) -> None:
        self.db = db
        self.reader = reader

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
        board = self.reader.board()
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
            write_lock(s)
            fresh = read_board(s)
            eid = event_id(s)
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
                record_meeting(self.db.recorder, s, fresh, m, "book")
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
