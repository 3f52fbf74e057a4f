"""Check-in facts as the desk keeps them: each decision written with its outbox entry, read back.

A decision, rejections included, becomes a ``checkin`` row and its ``change_log`` entry (the
sync outbox), written on the check-in desk's connection inside the scan's transaction, in
exactly the stored form the ORM writes (:class:`~desktop.db.rawsql.RawInserter`, the same
writer sync uses). Records are read back with the person's names; :class:`Tally` keeps
today's counters of a zone between scans.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from desktop.db import codec
from desktop.db.models import ChangeLog, CheckIn
from desktop.db.rawsql import RawInserter
from desktop.domain.checkin import ALREADY_IN, REJECTED, CheckinRecord, Counters, Decision
from desktop.services.checkin_judge import Outcome

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

FACTS = RawInserter(CheckIn.__table__)  # type: ignore[arg-type]
OUTBOX = RawInserter(ChangeLog.__table__, skip=("seq",))  # type: ignore[arg-type]

C_COLUMNS = """c.id, c.participant_id, c.badge_id, c.badge_version, c.zone, c.direction, c.at,
    c.desk, c.operator, c.method, c.result, c.reason, c.refers_to, c.note, c.flagged,
    trim(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')),
    trim(coalesce(p.given_name_latin, '') || ' ' || coalesce(p.family_name_latin, '')),
    coalesce(d.name, '')"""
C_FROM = """FROM checkin c LEFT JOIN participant p ON p.id = c.participant_id
    LEFT JOIN delegation d ON d.id = p.delegation_id"""


def write(
    conn: Any,
    db: ForumDb,
    o: Outcome,
    zone: str,
    direction: str,
    method: str,
    now: datetime,
    text: str,
    operator: str | None,
    desk: str | None,
) -> Decision:
    """Write the outcome as a fact and its outbox entry (inside the caller's transaction)."""
    checkin_id = uuid.uuid4()
    desk_name = desk or db.actor.desk
    who = db.actor.operator if operator is None else operator
    summary = o.person.summary if o.person else None
    refers = codec.id_text(o.refers_to)
    flagged = o.result == ALREADY_IN
    scanned = text[:512]
    fact = {
        "id": checkin_id,
        "participant_id": o.person.hex_id if o.person else None,
        "badge_id": o.badge_id,
        "badge_version": o.badge_version,
        "zone": zone,
        "direction": direction,
        "at": now,
        "desk": desk_name,
        "operator": who,
        "method": method,
        "result": o.result,
        "reason": o.reason,
        "flagged": flagged,
        "refers_to": o.refers_to,
        "note": o.note,
        "scanned_text": scanned,
    }
    data = {
        **fact,
        "id": str(checkin_id),
        "participant_id": summary.id if summary else None,
        "at": now.astimezone(UTC).isoformat(),
        "refers_to": refers,
    }
    conn.execute(FACTS.sql, FACTS.values(fact))
    change = {
        "id": uuid.uuid4(),
        "entity": "checkin",
        "entity_id": str(checkin_id),
        "op": "create",
        "data": data,
        "hlc": str(db.clock.now()),
        "origin": desk_name,
        "operator": who,
        "at": now,
        "sent": False,
    }
    conn.execute(OUTBOX.sql, OUTBOX.values(change))
    return Decision(
        result=o.result,  # type: ignore[arg-type]
        reason=o.reason,
        checkin_id=str(checkin_id),
        zone=zone,
        direction=direction,  # type: ignore[arg-type]
        at=now,
        method=method,
        participant=summary,
        previous=o.previous,
        pending_details=o.pending,
        entry_allowed=o.entry_allowed,
        badge_id=o.badge_id,
        badge_version=o.badge_version,
        detail=o.note if o.result == REJECTED else "",
    )


def to_record(row: Any) -> CheckinRecord:
    """A row of :data:`C_COLUMNS` as the record the desk lists."""
    at = codec.read_time(row[6])
    assert at is not None
    return CheckinRecord(
        id=codec.id_text(row[0]) or "",
        participant_id=codec.id_text(row[1]),
        badge_id=row[2],
        badge_version=row[3],
        zone=row[4],
        direction=row[5],
        at=at,
        desk=row[7],
        operator=row[8],
        method=row[9],
        result=row[10],
        reason=row[11],
        refers_to=codec.id_text(row[12]),
        note=row[13],
        flagged=bool(row[14]),
        name=row[15],
        name_latin=row[16],
        delegation=row[17],
    )


@dataclass
class Tally:
    """Today's counters of one zone, kept up to date by this desk's own scans."""

    day: date
    state: dict[str, str] = field(default_factory=dict)
    admitted: set[str] = field(default_factory=set)
    desk_in: int = 0

    def add(self, person: str, direction: str, by_this_desk: bool) -> None:
        self.state[person] = direction
        if direction == "in":
            self.admitted.add(person)
            self.desk_in += by_this_desk

    def counters(self) -> Counters:
        inside = sum(1 for d in self.state.values() if d == "in")
        return Counters(self.desk_in, len(self.admitted), inside)
