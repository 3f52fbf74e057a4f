"""The decision on a scan: whom the badge or code names, and whether they may pass the zone now.

Runs inside the scan's write transaction on the check-in desk's connection, so the person's
state in the zone (admitted, undone, out) cannot change between the reading and the fact
written from it. The outcome is what :mod:`desktop.services.checkin_facts` records.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from desktop.badges import payload
from desktop.db import codec
from desktop.domain import checkin as rules
from desktop.domain.checkin import (
    ADMITTED,
    ALREADY_IN,
    REJECTED,
    UNDONE,
    PreviousCheckin,
    Reason,
    ZoneRule,
)
from desktop.services.checkin_lookup import MAX_CODE, Person, Rules, by_badge, by_code

log = logging.getLogger(__name__)

#: The person's admissions and undos in a zone today, newest first (both index-backed).
SQL_STATE = """SELECT id, result, direction, at, desk, refers_to FROM (
    SELECT id, result, direction, at, desk, refers_to FROM checkin
     WHERE participant_id = ? AND zone = ? AND at >= ? AND result IN ('admitted', 'undone')
    UNION ALL
    SELECT id, result, direction, at, desk, refers_to FROM checkin
     WHERE badge_id = ? AND participant_id IS NULL AND zone = ? AND at >= ?
       AND result IN ('admitted', 'undone'))
    ORDER BY at DESC LIMIT 64"""


@dataclass
class Outcome:
    """A decision before it is recorded."""

    result: str
    reason: str
    person: Person | None = None
    badge_id: int | None = None
    badge_version: int | None = None
    previous: PreviousCheckin | None = None
    pending: bool = False
    entry_allowed: bool = False
    refers_to: str | None = None
    note: str = ""


def day_start(r: Rules, now: datetime) -> tuple[date, str]:
    """The event's local day of ``now``, and its first moment as stored."""
    local_day = now.astimezone(r.tz).date()
    start = codec.stored_time(datetime.combine(local_day, time(0), tzinfo=r.tz))
    assert start is not None
    return local_day, start


def decide(
    conn: Any, r: Rules, text: str, zone: ZoneRule, direction: str, now: datetime
) -> Outcome:
    """The outcome of a readable scan (a badge payload, or a typed registration code)."""
    code_text = payload.clean_scan(text).strip()
    if payload.looks_like_payload(text):
        try:
            claim = payload.decode_badge(text)
        except payload.PayloadError as exc:
            person = by_code(conn, r, code_text) if len(code_text) <= MAX_CODE else None
            if person is None:
                return Outcome(REJECTED, exc.code, note=exc.message)
            return judge_person(conn, r, person, zone, direction, now)
        return _judge_claim(conn, r, claim, zone, direction, now)
    if not code_text or len(code_text) > MAX_CODE:
        return Outcome(REJECTED, Reason.UNREADABLE if code_text else Reason.UNKNOWN)
    person = by_code(conn, r, text.strip().strip("\x00"))
    if person is None:
        return Outcome(REJECTED, Reason.UNKNOWN)
    return judge_person(conn, r, person, zone, direction, now)


def _judge_claim(
    conn: Any,
    r: Rules,
    claim: payload.BadgeClaim,
    zone: ZoneRule,
    direction: str,
    now: datetime,
) -> Outcome:
    def reject(reason: str, person: Person | None = None) -> Outcome:
        return Outcome(REJECTED, reason, person, claim.badge_id, claim.badge_version)

    if claim.event_tag != r.tag:
        return Outcome(REJECTED, Reason.FOREIGN_EVENT)
    candidates = r.keys.get(claim.key_id, [])
    genuine = any(not k.revoked and payload.verify_claim(claim, k.key) for k in candidates)
    person = by_badge(conn, r, claim.badge_id, claim.badge_version)
    if not genuine:
        if any(k.revoked and payload.verify_claim(claim, k.key) for k in candidates):
            return reject(Reason.REVOKED_KEY, person)
        if person is not None:
            # A real badge identity under a signature that does not match: someone
            # changed a genuine badge (its version, key id or signature bytes).
            return reject(Reason.ALTERED, person)
        return reject(Reason.FORGED if candidates else Reason.UNKNOWN_KEY)
    if person is None:
        # A genuine badge printed at another desk for someone not synced here yet.
        if direction == "in" and not rules.valid_on(now.astimezone(r.tz).date(), r.start, r.end):
            return reject(Reason.NOT_VALID_TODAY)
        outcome = _judge_state(conn, r, None, claim.badge_id, zone, direction, now, pending=True)
        outcome.badge_version = claim.badge_version
        return outcome
    if person.merged_into is not None:
        return reject(Reason.SUPERSEDED, person)
    if claim.badge_version < person.summary.badge_version or person.version_revoked:
        return reject(Reason.SUPERSEDED, person)
    outcome = judge_person(conn, r, person, zone, direction, now)
    outcome.badge_version = claim.badge_version
    return outcome


def judge_person(
    conn: Any, r: Rules, person: Person, zone: ZoneRule, direction: str, now: datetime
) -> Outcome:
    """Whether a known person may pass: registration, day, zone, then their state."""
    p = person.summary

    def reject(reason: str) -> Outcome:
        return Outcome(REJECTED, reason, person, p.badge_id, p.badge_version)

    if p.status == "cancelled":
        return reject(Reason.CANCELLED)
    if direction == "in":
        if not rules.valid_on(now.astimezone(r.tz).date(), r.start, r.end):
            return reject(Reason.NOT_VALID_TODAY)
        if not rules.zone_allowed(person.zones, r.categories.get(person.category_id), zone.code):
            return reject(Reason.ZONE_NOT_ALLOWED)
    outcome = _judge_state(conn, r, person.hex_id, p.badge_id, zone, direction, now)
    outcome.person = person
    return outcome


def _judge_state(
    conn: Any,
    r: Rules,
    participant_hex: str | None,
    badge_id: int,
    zone: ZoneRule,
    direction: str,
    now: datetime,
    *,
    pending: bool = False,
) -> Outcome:
    """Admitted, or already in (with when and where), from today's facts in the zone."""
    _, since = day_start(r, now)
    pid = participant_hex
    undone: set[str] = set()
    last = None
    for row in conn.execute(SQL_STATE, (pid, zone.code, since, badge_id, zone.code, since)):
        if row[1] == UNDONE:
            if row[5]:
                undone.add(row[5])
        elif row[0] not in undone:
            last = row
            break
    base = Outcome(ADMITTED, "", None, badge_id, None, pending=pending, entry_allowed=True)
    if pending:
        base.reason = Reason.PENDING_DETAILS
    inside = last is not None and last[2] == "in"
    if direction == "out":
        if not inside:
            base.reason = base.reason or Reason.NOT_INSIDE
        return base
    if inside:
        assert last is not None
        base.result = ALREADY_IN
        base.reason = Reason.REENTRY if zone.reentry else Reason.NO_REENTRY
        base.entry_allowed = zone.reentry
        at = codec.read_time(last[3])
        assert at is not None
        base.previous = PreviousCheckin(codec.id_text(last[0]) or "", at, last[4], zone.code)
    return base
