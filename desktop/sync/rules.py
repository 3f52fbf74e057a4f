"""Merge rules shared by the desks and the server.

- Check-ins never conflict: every record is kept; an admission of a person into a zone
  where another desk already admitted them (with no exit between) is ``flagged``.
- Participant edits merge field by field: the stamp (hybrid logical clock) of the
  latest edit of each field wins, whatever order the changes arrive in.
- Meetings: the server arbitrates bookings (first to reach it wins); desks apply the
  accepted changes of one meeting in stamp order (the later stamp wins).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

#: Meeting statuses that free the slot again.
RELEASING_STATUSES = frozenset({"cancelled", "conflict"})


def parse_time(value: Any) -> datetime | None:
    """An aware UTC datetime from an ISO string (naive means UTC), or None."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class MeetingClaim:
    """What a meeting change holds: which resources, for which time."""

    meeting_id: str
    start: datetime | None
    end: datetime | None
    table: str
    delegations: tuple[str, ...]
    interpreter: str
    active: bool
    table_name: str = ""

    def resources(self) -> list[str]:
        out = [f"delegation:{d}" for d in self.delegations]
        if self.table:
            out.append(f"table:{self.table}")
        if self.interpreter:
            out.append(f"interpreter:{self.interpreter}")
        return out


def meeting_claim(entity_id: str, op: str, data: dict[str, Any]) -> MeetingClaim:
    """Read a ``meeting`` change (book / move / cancel / status, full meeting record)."""
    slot = data.get("slot") if isinstance(data.get("slot"), dict) else {}
    assert isinstance(slot, dict)
    start = parse_time(data.get("start") or slot.get("start"))
    end = parse_time(data.get("end") or slot.get("end"))
    table = data.get("table_id") or ""
    table_name = ""
    if isinstance(data.get("table"), dict):
        table = table or data["table"].get("id") or data["table"].get("name") or ""
        table_name = str(data["table"].get("name") or "")
    elif isinstance(data.get("table"), str):
        table_name = data["table"]
        table = table or table_name
    delegations = data.get("delegation_ids") or data.get("delegations") or []
    if not isinstance(delegations, list):
        delegations = []
    interpreter = data.get("interpreter_id") or ""
    status = str(data.get("status") or "")
    active = op != "cancel" and status not in RELEASING_STATUSES
    return MeetingClaim(
        meeting_id=entity_id,
        start=start,
        end=end,
        table=str(table),
        delegations=tuple(sorted(str(d) for d in delegations)),
        interpreter=str(interpreter or ""),
        active=active,
        table_name=table_name,
    )


@dataclass(frozen=True)
class CheckinFact:
    """The part of a check-in that flagging looks at."""

    id: uuid.UUID
    at: datetime
    desk: str
    direction: str
    result: str


def flags_for(checkins: Iterable[CheckinFact]) -> set[uuid.UUID]:
    """Which check-ins of one person in one zone are second admissions from another desk.

    A pure function of the set of records, so every desk flags the same ones whatever
    order they arrived in: walk in time order; an admission while the person is already
    inside by another desk's admission (no exit between) is flagged.
    """
    ordered: Sequence[CheckinFact] = sorted(checkins, key=lambda c: (c.at, str(c.id)))
    inside_by: str | None = None
    flagged: set[uuid.UUID] = set()
    for c in ordered:
        if c.result != "admitted":
            continue
        if c.direction == "out":
            inside_by = None
            continue
        if inside_by is not None and inside_by != c.desk:
            flagged.add(c.id)
            continue
        inside_by = c.desk
    return flagged


def stamp_wins(remote: str, local: str | None) -> bool:
    """Whether a remote field stamp beats the local one (stamps compare as strings)."""
    return not local or remote > local
