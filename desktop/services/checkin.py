"""The check-in desk: decide on a scan, record the decision durably, count, undo, override.

The scan path is hot (a person waits at the desk): it runs on one raw SQLite connection
held by the service, with the zone, category and desk-key rules cached in memory. The
cache is dropped when another connection committed (``PRAGMA data_version`` changes),
e.g. after an import or a sync that brought new desk keys. Each decision, rejections
included, is written as a ``checkin`` fact and its ``change_log`` outbox entry in one
``BEGIN IMMEDIATE`` transaction; the call returns only after the commit (WAL with
``synchronous=FULL``: durable through a power cut).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.badges import payload
from desktop.domain import checkin as rules
from desktop.domain import keys
from desktop.domain.checkin import (
    ADMITTED,
    ALREADY_IN,
    DIRECTIONS,
    METHODS,
    REJECTED,
    UNDONE,
    CategoryRule,
    CheckinRecord,
    Counters,
    Decision,
    ParticipantSummary,
    PreviousCheckin,
    Reason,
    ZoneRule,
)
from desktop.errors import Conflict, InvalidInput, NoEvent, NotFound
from desktop.services.supervisor import SupervisorPin

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

MAX_CODE = 64

_P_COLUMNS = """p.id, p.registration_code, p.badge_id, p.badge_version, p.given_name,
    p.family_name, p.given_name_latin, p.family_name_latin, p.title, p.organisation,
    p.country, p.category_id, p.zones, p.status, p.photo IS NOT NULL, p.merged_into,
    coalesce(d.name, '')"""
_P_FROM = "FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id"
SQL_BY_BADGE = f"""SELECT {_P_COLUMNS},
    (SELECT bv.revoked FROM badge_version bv WHERE bv.participant_id = p.id AND bv.version = ?)
    {_P_FROM} WHERE p.badge_id = ?"""
SQL_BY_CODE = (
    f"SELECT {_P_COLUMNS}, NULL {_P_FROM} WHERE p.event_id = ? AND p.registration_code = ?"
)
SQL_BY_CODE_NOCASE = (
    f"SELECT {_P_COLUMNS}, NULL {_P_FROM} "
    "WHERE p.event_id = ? AND p.registration_code = ? COLLATE NOCASE"
)
SQL_BY_ID = f"SELECT {_P_COLUMNS}, NULL {_P_FROM} WHERE p.id = ?"
#: The person's admissions and undos in a zone today, newest first (both index-backed).
SQL_STATE = """SELECT id, result, direction, at, desk, refers_to FROM (
    SELECT id, result, direction, at, desk, refers_to FROM checkin
     WHERE participant_id = ? AND zone = ? AND at >= ? AND result IN ('admitted', 'undone')
    UNION ALL
    SELECT id, result, direction, at, desk, refers_to FROM checkin
     WHERE badge_id = ? AND participant_id IS NULL AND zone = ? AND at >= ?
       AND result IN ('admitted', 'undone'))
    ORDER BY at DESC LIMIT 64"""
SQL_INSERT_CHECKIN = """INSERT INTO checkin (id, participant_id, badge_id, badge_version, zone,
    direction, at, desk, operator, method, result, reason, flagged, refers_to, note,
    scanned_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
SQL_INSERT_CHANGE = """INSERT INTO change_log (id, entity, entity_id, op, data, hlc, origin,
    operator, at, sent) VALUES (?, 'checkin', ?, 'create', ?, ?, ?, ?, ?, 0)"""
_C_COLUMNS = """c.id, c.participant_id, c.badge_id, c.badge_version, c.zone, c.direction, c.at,
    c.desk, c.operator, c.method, c.result, c.reason, c.refers_to, c.note, c.flagged,
    trim(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')),
    trim(coalesce(p.given_name_latin, '') || ' ' || coalesce(p.family_name_latin, '')),
    coalesce(d.name, '')"""
_C_FROM = """FROM checkin c LEFT JOIN participant p ON p.id = c.participant_id
    LEFT JOIN delegation d ON d.id = p.delegation_id"""


def _db_time(moment: datetime) -> str:
    """The text SQLAlchemy's DateTime stores on SQLite (naive UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _dashed(h: str) -> str:
    """A stored 32-digit UUID in its usual dashed form (cheaper than uuid.UUID on the hot path)."""
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _uuid_str(hex_id: str | None) -> str | None:
    return _dashed(hex_id) if hex_id else None


def scanned_text(value: str | bytes) -> tuple[str, bool]:
    """The scan as text that can be stored, and whether it was readable text at all.

    Bytes must be UTF-8; text must be encodable (the command line hands undecodable
    bytes over as lone surrogates). What is not comes back with the bad bytes written
    as escapes (``\\xff``), for the record of the rejection.
    """
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        try:
            return data.decode("utf-8"), True
        except UnicodeDecodeError:
            return data.decode("utf-8", "backslashreplace"), False
    if not isinstance(value, str):
        value = str(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        try:
            data = value.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8"), False
        return data.decode("utf-8", "backslashreplace"), False
    return value, True


def _db_id(any_id: str) -> str:
    try:
        return uuid.UUID(str(any_id)).hex
    except ValueError as exc:
        raise NotFound("no such check-in", id=any_id) from exc


@dataclass
class _DeskKey:
    key: Ed25519PublicKey
    revoked: bool


@dataclass
class _Rules:
    """What the hot path needs from small tables, loaded once per database change."""

    event_id: str
    tag: int
    start: date | None
    end: date | None
    tz: ZoneInfo
    zones: dict[str, ZoneRule]
    categories: dict[str, CategoryRule]
    keys: dict[int, list[_DeskKey]]
    self_key_id: int | None
    self_private: Ed25519PrivateKey | None


@dataclass
class _Tally:
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


@dataclass
class _Person:
    hex_id: str
    summary: ParticipantSummary
    category_id: str
    zones: list[str] | None
    merged_into: str | None
    version_revoked: bool


@dataclass
class _Outcome:
    result: str
    reason: str
    person: _Person | None = None
    badge_id: int | None = None
    badge_version: int | None = None
    previous: PreviousCheckin | None = None
    pending: bool = False
    entry_allowed: bool = False
    refers_to: str | None = None
    note: str = ""


class CheckinService:
    """Check-in decisions for one desk; thread-safe, one database connection."""

    def __init__(
        self,
        db: ForumDb,
        *,
        supervisor: SupervisorPin | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = db
        self.supervisor = supervisor if supervisor is not None else SupervisorPin(db)
        self.now: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._proxy: Any = None
        self._conn: Any = None
        self._data_version: int | None = None
        self._rules: _Rules | None = None
        self._tallies: dict[str, _Tally] = {}
        self._certified: dict[tuple[int, bytes, bytes | None, bytes | None], bool] = {}

    # -- connection and caches -----------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            if self._proxy is not None:
                self._proxy.close()
            self._proxy = self._conn = None
            self.invalidate()

    def invalidate(self) -> None:
        """Forget cached rules and counters (they reload on the next call)."""
        with self._lock:
            self._rules = None
            self._tallies.clear()

    def _connection(self) -> Any:
        if self._conn is None:
            if not self.db.db.is_sqlite:
                raise InvalidInput("the check-in desk runs on a SQLite desk database")
            self._proxy = self.db.db.engine.raw_connection()
            self._conn = self._proxy.driver_connection
        conn = self._conn
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._data_version = version
            self.invalidate()
        return conn

    def _load_rules(self, conn: Any) -> _Rules:
        if self._rules is not None:
            return self._rules
        row = conn.execute(
            "SELECT e.id, e.tag, e.start_date, e.end_date, e.timezone, e.authority_public_key "
            "FROM event e LEFT JOIN meta m ON m.key = 'event_id' "
            "ORDER BY (replace(m.value, '-', '') = e.id) DESC, e.created_at LIMIT 1"
        ).fetchone()
        if row is None:
            raise NoEvent("this database holds no event yet")
        event_id, tag, start, end, tz_name, authority = row
        try:
            tz = ZoneInfo(tz_name or "UTC")
        except (ValueError, KeyError):
            tz = ZoneInfo("UTC")
        zones = {
            code: ZoneRule(code, name, bool(reentry))
            for code, name, reentry in conn.execute(
                "SELECT code, name, reentry FROM zone WHERE event_id = ? ORDER BY sort", (event_id,)
            )
        }
        categories = {
            cid: CategoryRule(cid, code, name, colour, frozenset(json.loads(dz or "[]")))
            for cid, code, name, colour, dz in conn.execute(
                "SELECT id, code, name, colour, default_zones FROM category WHERE event_id = ?",
                (event_id,),
            )
        }
        desk_keys: dict[int, list[_DeskKey]] = {}
        self_key_id: int | None = None
        self_private: Ed25519PrivateKey | None = None
        for key_id, public, private, cert, revoked, is_self in conn.execute(
            "SELECT key_id, public_key, private_key, certificate, revoked, is_self FROM desk"
        ):
            if is_self and private and not revoked:
                self_key_id = key_id
                self_private = Ed25519PrivateKey.from_private_bytes(bytes(private))
            if not self._is_certified(tag, key_id, public, cert, authority):
                log.warning(
                    "desk key %04x has no valid certificate; its badges are refused", key_id
                )
                continue
            try:
                key = Ed25519PublicKey.from_public_bytes(bytes(public))
            except ValueError:
                continue
            desk_keys.setdefault(key_id, []).append(_DeskKey(key, bool(revoked)))
        self._rules = _Rules(
            event_id=event_id,
            tag=tag,
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
            tz=tz,
            zones=zones,
            categories=categories,
            keys=desk_keys,
            self_key_id=self_key_id,
            self_private=self_private,
        )
        return self._rules

    def _is_certified(
        self, tag: int, key_id: int, public: bytes, cert: bytes | None, authority: bytes | None
    ) -> bool:
        memo = (tag, bytes(public), bytes(cert) if cert else None, authority)
        if memo not in self._certified:
            self._certified[memo] = bool(
                cert
                and authority
                and keys.key_id_for(bytes(public)) == key_id
                and keys.verify_certificate(authority, tag, key_id, bytes(public), bytes(cert))
            )
        return self._certified[memo]

    # -- public queries ------------------------------------------------------------------
    def zones(self) -> list[ZoneRule]:
        with self._lock:
            return list(self._load_rules(self._connection()).zones.values())

    def resolve_zone(self, text: str) -> ZoneRule:
        """A zone by its code or name, case-insensitive."""
        wanted = text.strip().casefold()
        for zone in self.zones():
            if wanted in (zone.code.casefold(), zone.name.casefold()):
                return zone
        raise NotFound(f"no zone '{text}'", zone=text)

    def _zone(self, r: _Rules, code: str) -> ZoneRule:
        zone = r.zones.get(code)
        if zone is None:
            for candidate in r.zones.values():
                if code.strip().casefold() in (
                    candidate.code.casefold(),
                    candidate.name.casefold(),
                ):
                    return candidate
            raise NotFound(f"no zone '{code}'", zone=code)
        return zone

    def _day_start(self, r: _Rules, now: datetime) -> tuple[date, str]:
        local_day = now.astimezone(r.tz).date()
        return local_day, _db_time(datetime.combine(local_day, time(0), tzinfo=r.tz))

    # -- the scan --------------------------------------------------------------------------
    def scan(
        self,
        text: str | bytes,
        zone: str,
        *,
        direction: str = "in",
        method: str = "scan",
        operator: str | None = None,
        desk: str | None = None,
    ) -> Decision:
        """Decide on a scanned payload or typed registration code; durable on return.

        Any input gets a decision: bytes that are not UTF-8 (a scanner on the wrong code
        page, a pipe of binary) and text that cannot be stored are rejected as unreadable.
        """
        if direction not in DIRECTIONS:
            raise InvalidInput(f"direction must be in or out, not {direction!r}")
        if method not in METHODS:
            raise InvalidInput(f"unknown check-in method {method!r}")
        text, readable = scanned_text(text)
        with self._lock:
            conn = self._connection()
            r = self._load_rules(conn)
            zone_rule = self._zone(r, zone)
            now = self.now()
            conn.execute("BEGIN IMMEDIATE")
            try:
                outcome = (
                    self._decide(conn, r, text, zone_rule, direction, now)
                    if readable
                    else _Outcome(REJECTED, Reason.UNREADABLE, note="not UTF-8 text")
                )
                decision = self._write(
                    conn, r, outcome, zone_rule.code, direction, method, now, text, operator, desk
                )
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            self._count(decision, desk)
        log.debug(
            "scan %s/%s -> %s %s", zone_rule.code, direction, decision.result, decision.reason
        )
        return decision

    def _decide(
        self, conn: Any, r: _Rules, text: str, zone: ZoneRule, direction: str, now: datetime
    ) -> _Outcome:
        code_text = payload.clean_scan(text).strip()
        if payload.looks_like_payload(text):
            try:
                claim = payload.decode_badge(text)
            except payload.PayloadError as exc:
                person = self._by_code(conn, r, code_text) if len(code_text) <= MAX_CODE else None
                if person is None:
                    return _Outcome(REJECTED, exc.code, note=exc.message)
                return self._judge_person(conn, r, person, zone, direction, now)
            return self._judge_claim(conn, r, claim, zone, direction, now)
        if not code_text or len(code_text) > MAX_CODE:
            return _Outcome(REJECTED, Reason.UNREADABLE if code_text else Reason.UNKNOWN)
        person = self._by_code(conn, r, text.strip().strip("\x00"))
        if person is None:
            return _Outcome(REJECTED, Reason.UNKNOWN)
        return self._judge_person(conn, r, person, zone, direction, now)

    def _judge_claim(
        self,
        conn: Any,
        r: _Rules,
        claim: payload.BadgeClaim,
        zone: ZoneRule,
        direction: str,
        now: datetime,
    ) -> _Outcome:
        def reject(reason: str, person: _Person | None = None) -> _Outcome:
            return _Outcome(REJECTED, reason, person, claim.badge_id, claim.badge_version)

        if claim.event_tag != r.tag:
            return _Outcome(REJECTED, Reason.FOREIGN_EVENT)
        candidates = r.keys.get(claim.key_id, [])
        genuine = any(not k.revoked and payload.verify_claim(claim, k.key) for k in candidates)
        row = conn.execute(SQL_BY_BADGE, (claim.badge_version, claim.badge_id)).fetchone()
        person = self._person(r, row) if row else None
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
            if direction == "in" and not rules.valid_on(
                now.astimezone(r.tz).date(), r.start, r.end
            ):
                return reject(Reason.NOT_VALID_TODAY)
            outcome = self._judge_state(
                conn, r, None, claim.badge_id, zone, direction, now, pending=True
            )
            outcome.badge_version = claim.badge_version
            return outcome
        if person.merged_into is not None:
            return reject(Reason.SUPERSEDED, person)
        if claim.badge_version < person.summary.badge_version or person.version_revoked:
            return reject(Reason.SUPERSEDED, person)
        outcome = self._judge_person(conn, r, person, zone, direction, now)
        outcome.badge_version = claim.badge_version
        return outcome

    def _judge_person(
        self, conn: Any, r: _Rules, person: _Person, zone: ZoneRule, direction: str, now: datetime
    ) -> _Outcome:
        p = person.summary

        def reject(reason: str) -> _Outcome:
            return _Outcome(REJECTED, reason, person, p.badge_id, p.badge_version)

        if p.status == "cancelled":
            return reject(Reason.CANCELLED)
        if direction == "in":
            if not rules.valid_on(now.astimezone(r.tz).date(), r.start, r.end):
                return reject(Reason.NOT_VALID_TODAY)
            if not rules.zone_allowed(
                person.zones, r.categories.get(person.category_id), zone.code
            ):
                return reject(Reason.ZONE_NOT_ALLOWED)
        outcome = self._judge_state(conn, r, person.hex_id, p.badge_id, zone, direction, now)
        outcome.person = person
        return outcome

    def _judge_state(
        self,
        conn: Any,
        r: _Rules,
        participant_hex: str | None,
        badge_id: int,
        zone: ZoneRule,
        direction: str,
        now: datetime,
        *,
        pending: bool = False,
    ) -> _Outcome:
        _, since = self._day_start(r, now)
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
        base = _Outcome(ADMITTED, "", None, badge_id, None, pending=pending, entry_allowed=True)
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
            base.previous = PreviousCheckin(
                _dashed(last[0]), _from_db_time(last[3]), last[4], zone.code
            )
        return base

    # -- lookups ---------------------------------------------------------------------------
    def _person(self, r: _Rules, row: Any) -> _Person:
        category = r.categories.get(row[11])
        summary = ParticipantSummary(
            id=_dashed(row[0]),
            registration_code=row[1],
            given_name=row[4],
            family_name=row[5],
            given_name_latin=row[6],
            family_name_latin=row[7],
            title=row[8],
            organisation=row[9],
            delegation=row[16],
            country=row[10],
            category_code=category.code if category else "",
            category_name=category.name if category else "",
            category_colour=category.colour if category else "#777777",
            status=row[13],
            has_photo=bool(row[14]),
            badge_id=row[2],
            badge_version=row[3],
        )
        zones = json.loads(row[12]) if row[12] else None
        return _Person(row[0], summary, row[11], zones, row[15], bool(row[17]))

    def _by_code(self, conn: Any, r: _Rules, code: str, *, follow: bool = True) -> _Person | None:
        code = code.strip()
        if not code or len(code) > MAX_CODE:
            return None
        row = None
        for variant in dict.fromkeys((code, code.upper(), code.lower())):
            row = conn.execute(SQL_BY_CODE, (r.event_id, variant)).fetchone()
            if row:
                break
        if row is None and code.isascii():
            row = conn.execute(SQL_BY_CODE_NOCASE, (r.event_id, code)).fetchone()
        if row is None:
            return None
        person = self._person(r, row)
        if follow and person.merged_into:
            merged = conn.execute(SQL_BY_ID, (_db_id(person.merged_into),)).fetchone()
            if merged:
                return self._person(r, merged)
        return person

    # -- writing ---------------------------------------------------------------------------
    def _write(
        self,
        conn: Any,
        r: _Rules,
        o: _Outcome,
        zone: str,
        direction: str,
        method: str,
        now: datetime,
        text: str,
        operator: str | None,
        desk: str | None,
    ) -> Decision:
        checkin_id = uuid.uuid4()
        desk_name = desk or self.db.actor.desk
        who = self.db.actor.operator if operator is None else operator
        summary = o.person.summary if o.person else None
        participant_id = summary.id if summary else None
        at_db = _db_time(now)
        refers = _dashed(o.refers_to) if o.refers_to else None
        flagged = o.result == ALREADY_IN
        scanned = text[:512]
        data = {
            "id": str(checkin_id),
            "participant_id": participant_id,
            "badge_id": o.badge_id,
            "badge_version": o.badge_version,
            "zone": zone,
            "direction": direction,
            "at": now.astimezone(UTC).isoformat(),
            "desk": desk_name,
            "operator": who,
            "method": method,
            "result": o.result,
            "reason": o.reason,
            "flagged": flagged,
            "refers_to": refers,
            "note": o.note,
            "scanned_text": scanned,
        }
        conn.execute(
            SQL_INSERT_CHECKIN,
            (
                checkin_id.hex,
                o.person.hex_id if o.person else None,
                o.badge_id,
                o.badge_version,
                zone,
                direction,
                at_db,
                desk_name,
                who,
                method,
                o.result,
                o.reason,
                flagged,
                o.refers_to,
                o.note,
                scanned,
            ),
        )
        conn.execute(
            SQL_INSERT_CHANGE,
            (
                uuid.uuid4().hex,
                str(checkin_id),
                json.dumps(data, ensure_ascii=False),
                str(self.db.clock.now()),
                desk_name,
                who,
                at_db,
            ),
        )
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

    def _count(self, d: Decision, desk: str | None) -> None:
        tally = self._tallies.get(d.zone)
        if tally is None or d.result != ADMITTED:
            return
        if tally.day != d.at.astimezone(self._load_rules(self._conn).tz).date():
            self._tallies.pop(d.zone, None)
            return
        person = d.participant.id.replace("-", "") if d.participant else f"b{d.badge_id}"
        tally.add(person, d.direction, (desk or self.db.actor.desk) == self.db.actor.desk)

    # -- undo, override ----------------------------------------------------------------------
    def undo_last(
        self, zone: str, *, operator: str | None = None, checkin_id: str | None = None
    ) -> CheckinRecord | None:
        """Undo this desk's last admission in the zone with a new fact; None if nothing to undo.

        With ``checkin_id`` only that admission is undone (the one the operator sees on the
        result panel), never an older one of somebody else; None if it is not this desk's
        admission in the zone or was undone already.
        """
        wanted = _db_id(checkin_id) if checkin_id else None
        with self._lock:
            conn = self._connection()
            r = self._load_rules(conn)
            zone_code = self._zone(r, zone).code
            now = self.now()
            conn.execute("BEGIN IMMEDIATE")
            try:
                undone: set[str] = set()
                target = None
                for row in conn.execute(
                    "SELECT id, result, refers_to, participant_id, badge_id, badge_version,"
                    " direction, method FROM checkin WHERE desk = ? AND zone = ?"
                    " AND result IN ('admitted', 'undone') ORDER BY at DESC LIMIT 500",
                    (self.db.actor.desk, zone_code),
                ):
                    if row[1] == UNDONE:
                        undone.add(row[2])
                    elif wanted is not None and row[0] != wanted:
                        continue
                    elif row[0] not in undone:
                        target = row
                        break
                    elif wanted is not None:
                        break  # the one asked for was undone already
                if target is None:
                    conn.rollback()
                    return None
                person = None
                if target[3]:
                    prow = conn.execute(SQL_BY_ID, (target[3],)).fetchone()
                    person = self._person(r, prow) if prow else None
                outcome = _Outcome(
                    UNDONE, Reason.UNDO, person, target[4], target[5], refers_to=target[0]
                )
                decision = self._write(
                    conn, r, outcome, zone_code, target[6], target[7], now, "", operator, None
                )
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            self._tallies.pop(zone_code, None)
            return self._record(decision.checkin_id)

    def override(
        self,
        checkin_id: str,
        reason: str,
        supervisor: str,
        *,
        pin: str,
        operator: str | None = None,
    ) -> Decision:
        """Admit someone a rejection (or a no-re-entry amber) turned away; the reason is kept.

        Only with this desk's supervisor PIN: ``PinNotSet`` when the desk has none yet,
        ``WrongPin`` when ``pin`` is not it; nothing is recorded then.
        """
        self.supervisor.verify(pin)
        reason = reason.strip()
        if not reason:
            raise InvalidInput("an override needs a reason")
        with self._lock:
            conn = self._connection()
            r = self._load_rules(conn)
            now = self.now()
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    "SELECT id, result, participant_id, badge_id, badge_version, zone, direction,"
                    " method FROM checkin WHERE id = ?",
                    (_db_id(checkin_id),),
                ).fetchone()
                if row is None:
                    raise NotFound("no such check-in", id=checkin_id)
                if row[1] not in (REJECTED, ALREADY_IN):
                    raise Conflict("only a rejection can be overridden", result=row[1])
                if conn.execute(
                    "SELECT 1 FROM checkin WHERE refers_to = ? AND reason = 'override' LIMIT 1",
                    (row[0],),
                ).fetchone():
                    raise Conflict("this rejection was already overridden")
                person = None
                if row[2]:
                    prow = conn.execute(SQL_BY_ID, (row[2],)).fetchone()
                    person = self._person(r, prow) if prow else None
                outcome = _Outcome(
                    ADMITTED,
                    Reason.OVERRIDE,
                    person,
                    row[3],
                    row[4],
                    entry_allowed=True,
                    refers_to=row[0],
                    note=f"{reason} (supervisor: {supervisor.strip() or '?'})",
                )
                decision = self._write(
                    conn, r, outcome, row[5], row[6], row[7], now, "", operator, None
                )
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            self._count(decision, None)
            return decision

    # -- counters and lists -----------------------------------------------------------------
    def counts(self, zone: str) -> Counters:
        """Today's admissions by this desk and in the zone, and how many are inside now."""
        with self._lock:
            conn = self._connection()
            r = self._load_rules(conn)
            code = self._zone(r, zone).code
            day, since = self._day_start(r, self.now())
            tally = self._tallies.get(code)
            if tally is None or tally.day != day:
                tally = _Tally(day)
                rows = conn.execute(
                    "SELECT id, participant_id, badge_id, direction, result, refers_to, desk"
                    " FROM checkin WHERE zone = ? AND at >= ?"
                    " AND result IN ('admitted', 'undone') ORDER BY at",
                    (code, since),
                ).fetchall()
                undone = {row[5] for row in rows if row[4] == UNDONE}
                me = self.db.actor.desk
                for cid, pid, badge, direction, result, _refers, desk in rows:
                    if result == ADMITTED and cid not in undone:
                        tally.add(pid or f"b{badge}", direction, desk == me)
                self._tallies[code] = tally
            return tally.counters()

    def recent(self, limit: int = 20, *, zone: str | None = None) -> list[CheckinRecord]:
        """The latest facts, newest first (optionally of one zone)."""
        with self._lock:
            conn = self._connection()
            where, params = ("WHERE c.zone = ?", [zone]) if zone else ("", [])
            rows = conn.execute(
                f"SELECT {_C_COLUMNS} {_C_FROM} {where} ORDER BY c.at DESC LIMIT ?",
                (*params, max(0, int(limit))),
            ).fetchall()
            return [self._to_record(row) for row in rows]

    def _record(self, checkin_id: str) -> CheckinRecord:
        row = (
            self._connection()
            .execute(f"SELECT {_C_COLUMNS} {_C_FROM} WHERE c.id = ?", (_db_id(checkin_id),))
            .fetchone()
        )
        if row is None:
            raise NotFound("no such check-in", id=checkin_id)
        return self._to_record(row)

    @staticmethod
    def _to_record(row: Any) -> CheckinRecord:
        return CheckinRecord(
            id=_dashed(row[0]),
            participant_id=_uuid_str(row[1]),
            badge_id=row[2],
            badge_version=row[3],
            zone=row[4],
            direction=row[5],
            at=_from_db_time(row[6]),
            desk=row[7],
            operator=row[8],
            method=row[9],
            result=row[10],
            reason=row[11],
            refers_to=_uuid_str(row[12]),
            note=row[13],
            flagged=bool(row[14]),
            name=row[15],
            name_latin=row[16],
            delegation=row[17],
        )

    # -- badges --------------------------------------------------------------------------
    def participant(self, registration_code: str) -> ParticipantSummary:
        with self._lock:
            conn = self._connection()
            person = self._by_code(conn, self._load_rules(conn), registration_code, follow=False)
        if person is None:
            raise NotFound(
                f"no participant with code '{registration_code}'", code=registration_code
            )
        return person.summary

    def is_code(self, text: str) -> bool:
        """Whether ``text`` is a registration code of this forum (any case), not a search.

        The desk's field takes typed text for a search unless it is one: a typed name
        must never be checked as a code and recorded as a rejection.
        """
        code = text.strip().strip("\x00") if isinstance(text, str) else ""
        if not code or len(code) > MAX_CODE:
            return False
        with self._lock:
            conn = self._connection()
            return self._by_code(conn, self._load_rules(conn), code, follow=False) is not None

    def photo(self, participant_id: str) -> bytes | None:
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT photo FROM participant WHERE id = ?", (_db_id(participant_id),))
                .fetchone()
            )
        return bytes(row[0]) if row and row[0] is not None else None

    def qr_for(self, registration_code: str, *, version: int | None = None) -> str:
        """The QR payload of the participant's current badge, signed with this desk's key
        (or of ``version``, the badge a reprint is about to print)."""
        summary = self.participant(registration_code)
        with self._lock:
            r = self._load_rules(self._connection())
        if r.self_private is None or r.self_key_id is None:
            raise NoEvent("this desk has no signing key yet")
        return payload.encode_badge(
            event_tag=r.tag,
            badge_id=summary.badge_id,
            badge_version=summary.badge_version if version is None else version,
            key_id=r.self_key_id,
            private_key=r.self_private,
        )
