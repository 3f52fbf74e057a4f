"""Setting up meetings: the slots of each meeting day, tables and rooms, interpreters,
and the times a delegation cannot meet. Removals are refused while meetings need them."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.db.models import Interpreter, Meeting, MeetingSlot, MeetingTable, Unavailability
from desktop.errors import ForumDeskError, InvalidInput, NotFound
from desktop.services.meeting_store import event_id, parse_id, record_history, uses

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb
    from desktop.services.meeting_board import MeetingBoardReader

log = logging.getLogger(__name__)


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


class MeetingSetup:
    """Slots, tables, interpreters and unavailable times; each call is one transaction."""

    def __init__(self, db: ForumDb, reader: MeetingBoardReader) -> None:
        self.db = db
        self.reader = reader

    def add_slot(self, start: datetime, end: datetime) -> str:
        if start.tzinfo is None or end.tzinfo is None or end <= start:
            raise InvalidInput("a slot needs an aware start before its end")
        with self.db.session() as s:
            slot = MeetingSlot(event_id=event_id(s), start=start, end=end)
            s.add(slot)
            s.flush()
            record_history(
                self.db.recorder,
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
        board = self.reader.board()
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
        board = self.reader.board()
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
            slot = s.get(MeetingSlot, parse_id(slot_id))
            if slot is None:
                raise NotFound("no such slot")
            used = s.scalar(select(Meeting.id).where(Meeting.slot_id == slot.id).limit(1))
            if used is not None:
                raise InvalidInput("meetings use this slot; move or cancel them first")
            s.delete(slot)
            record_history(self.db.recorder, s, "meeting_slot", slot_id, "delete", {})

    def add_table(self, name: str, kind: str = "table", capacity: int = 8) -> str:
        name = name.strip()
        if not name or kind not in ("table", "room"):
            raise InvalidInput("a table needs a name, and is a table or a room")
        with self.db.session() as s:
            eid = event_id(s)
            sort = len(s.scalars(select(MeetingTable.id).where(MeetingTable.event_id == eid)).all())
            t = MeetingTable(event_id=eid, name=name, kind=kind, capacity=capacity, sort=sort)
            s.add(t)
            s.flush()
            record_history(
                self.db.recorder,
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
            t = s.get(MeetingTable, parse_id(table_id))
            if t is None:
                raise NotFound("no such table")
            if name is not None and name.strip():
                t.name = name.strip()
            if kind in ("table", "room"):
                t.kind = kind
            if capacity is not None:
                t.capacity = capacity
            record_history(
                self.db.recorder,
                s,
                "meeting_table",
                table_id,
                "update",
                {"name": t.name, "kind": t.kind, "capacity": t.capacity},
            )

    def remove_table(self, table_id: str) -> None:
        """Remove a table or room; refused (``TableInUse``) while any meeting refers to it."""
        with self.db.session() as s:
            t = s.get(MeetingTable, parse_id(table_id))
            if t is None:
                raise NotFound("no such table")
            total, active = uses(s, Meeting.table_id, t.id)
            if total:
                raise TableInUse(
                    f"{t.name} has {active} meetings; move or cancel them first"
                    if active
                    else f"cancelled meetings keep {t.name} in their history; rename it instead",
                    table=t.name,
                    count=active,
                )
            s.delete(t)
            record_history(self.db.recorder, s, "meeting_table", table_id, "delete", {})

    def add_interpreter(self, name: str, languages: Sequence[str]) -> str:
        langs = [x.strip().lower() for x in languages if x.strip()]
        if not name.strip() or not langs:
            raise InvalidInput("an interpreter needs a name and languages")
        with self.db.session() as s:
            i = Interpreter(event_id=event_id(s), name=name.strip(), languages=langs)
            s.add(i)
            s.flush()
            record_history(
                self.db.recorder,
                s,
                "interpreter",
                i.id,
                "create",
                {"name": i.name, "languages": langs},
            )
            return str(i.id)

    def edit_interpreter(
        self,
        interpreter_id: str,
        *,
        name: str | None = None,
        languages: Sequence[str] | None = None,
    ) -> None:
        with self.db.session() as s:
            i = s.get(Interpreter, parse_id(interpreter_id))
            if i is None:
                raise NotFound("no such interpreter")
            if name and name.strip():
                i.name = name.strip()
            if languages is not None:
                i.languages = [x.strip().lower() for x in languages if x.strip()]
            record_history(
                self.db.recorder,
                s,
                "interpreter",
                interpreter_id,
                "update",
                {"name": i.name, "languages": i.languages},
            )

    def remove_interpreter(self, interpreter_id: str) -> None:
        """Remove an interpreter; refused (``InterpreterInUse``) while a meeting refers to them."""
        with self.db.session() as s:
            i = s.get(Interpreter, parse_id(interpreter_id))
            if i is None:
                raise NotFound("no such interpreter")
            total, active = uses(s, Meeting.interpreter_id, i.id)
            if total:
                raise InterpreterInUse(
                    f"{i.name} interprets at {active} meetings; change them first"
                    if active
                    else f"cancelled meetings keep {i.name} in their history",
                    interpreter=i.name,
                    count=active,
                )
            s.delete(i)
            record_history(self.db.recorder, s, "interpreter", interpreter_id, "delete", {})

    def add_unavailability(
        self, delegation: str, start: datetime, end: datetime, reason: str = ""
    ) -> str:
        if start.tzinfo is None or end <= start:
            raise InvalidInput("an unavailable time needs an aware start before its end")
        d = self.reader.find_delegation(delegation)
        with self.db.session() as s:
            u = Unavailability(delegation_id=uuid.UUID(d.id), start=start, end=end, reason=reason)
            s.add(u)
            s.flush()
            record_history(
                self.db.recorder,
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
            u = s.get(Unavailability, parse_id(unavailability_id))
            if u is None:
                raise NotFound("no such unavailable time")
            s.delete(u)
            record_history(self.db.recorder, s, "unavailability", unavailability_id, "delete", {})
