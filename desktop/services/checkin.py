"""The check-in desk: decide on a scan, record the decision durably, count, undo, override.

The scan path is hot (a person waits at the desk): it runs on one raw SQLite connection
held by the service, with the zone, category and desk-key rules cached in memory
(:mod:`desktop.services.checkin_lookup`). The cache is dropped when another connection
committed (``PRAGMA data_version`` changes), e.g. after an import or a sync that brought new
desk keys. Each decision (:mod:`desktop.services.checkin_judge`), rejections included, is
written as a ``checkin`` fact and its ``change_log`` outbox entry
(:mod:`desktop.services.checkin_facts`) in one ``BEGIN IMMEDIATE`` transaction; the call
returns only after the commit (WAL with ``synchronous=FULL``: durable through a power cut).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.badges import payload
from desktop.db import codec
from desktop.domain.checkin import (
    ADMITTED,
    ALREADY_IN,
    DIRECTIONS,
    METHODS,
    REJECTED,
    UNDONE,
    CheckinRecord,
    Counters,
    Decision,
    ParticipantSummary,
    Reason,
    ZoneRule,
)
from desktop.errors import Conflict, InvalidInput, NoEvent, NotFound
from desktop.services.checkin_facts import C_COLUMNS, C_FROM, Tally, to_record, write
from desktop.services.checkin_judge import Outcome, day_start, decide
from desktop.services.checkin_lookup import (
    MAX_CODE,
    Certificates,
    Rules,
    by_code,
    by_id,
    load_rules,
    stored_id,
)
from desktop.services.supervisor import SupervisorPin

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

__all__ = ["MAX_CODE", "CheckinService", "scanned_text"]


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


@contextmanager
def _immediate(conn: Any) -> Iterator[None]:
    """A write transaction (``BEGIN IMMEDIATE``) on the desk's connection that commits,
    durably, when the block ends and rolls back when it raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


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
        self._rules: Rules | None = None
        self._tallies: dict[str, Tally] = {}
        self._certificates = Certificates()

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

    def _load_rules(self, conn: Any) -> Rules:
        if self._rules is None:
            self._rules = load_rules(conn, self._certificates)
        return self._rules

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
            zone_rule = r.zone(zone)
            now = self.now()
            with _immediate(conn):
                outcome = (
                    decide(conn, r, text, zone_rule, direction, now)
                    if readable
                    else Outcome(REJECTED, Reason.UNREADABLE, note="not UTF-8 text")
                )
                decision = write(
                    conn, self.db, outcome, zone_rule.code, direction, method, now, text,
                    operator, desk,
                )  # fmt: skip
            self._count(decision, desk)
        log.debug(
            "scan %s/%s -> %s %s", zone_rule.code, direction, decision.result, decision.reason
        )
        return decision

    def _count(self, d: Decision, desk: str | None) -> None:
        tally = self._tallies.get(d.zone)
        if tally is None or d.result != ADMITTED:
            return
        if tally.day != d.at.astimezone(self._load_rules(self._conn).tz).date():
            self._tallies.pop(d.zone, None)
            return
        person = codec.stored_id(d.participant.id) if d.participant else None
        me = self.db.actor.desk
        tally.add(person or f"b{d.badge_id}", d.direction, (desk or me) == me)

    # -- undo, override ----------------------------------------------------------------------
    def undo_last(
        self, zone: str, *, operator: str | None = None, checkin_id: str | None = None
    ) -> CheckinRecord | None:
        """Undo this desk's last admission in the zone with a new fact; None if nothing to undo.

        With ``checkin_id`` only that admission is undone (the one the operator sees on the
        result panel), never an older one of somebody else; None if it is not this desk's
        admission in the zone or was undone already.
        """
        wanted = stored_id(checkin_id) if checkin_id else None
        with self._lock:
            conn = self._connection()
            r = self._load_rules(conn)
            zone_code = r.zone(zone).code
            now = self.now()
            with _immediate(conn):
                target = self._undo_target(conn, zone_code, wanted)
                if target is None:
                    return None
                outcome = Outcome(
                    UNDONE,
                    Reason.UNDO,
                    by_id(conn, r, target[3]),
                    target[4],
                    target[5],
                    refers_to=target[0],
                )
                decision = write(
                    conn, self.db, outcome, zone_code, target[6], target[7], now, "", operator,
                    None,
                )  # fmt: skip
            self._tallies.pop(zone_code, None)
            return self._record(decision.checkin_id)

    def _undo_target(self, conn: Any, zone_code: str, wanted: str | None) -> Any:
        """This desk's latest admission in the zone not undone yet (or the one wanted)."""
        undone: set[str] = set()
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
                return row
            elif wanted is not None:
                return None  # the one asked for was undone already
        return None

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
            with _immediate(conn):
                row = conn.execute(
                    "SELECT id, result, participant_id, badge_id, badge_version, zone, direction,"
                    " method FROM checkin WHERE id = ?",
                    (stored_id(checkin_id),),
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
                outcome = Outcome(
                    ADMITTED,
                    Reason.OVERRIDE,
                    by_id(conn, r, row[2]),
                    row[3],
                    row[4],
                    entry_allowed=True,
                    refers_to=row[0],
                    note=f"{reason} (supervisor: {supervisor.strip() or '?'})",
                )
                decision = write(
                    conn, self.db, outcome, row[5], row[6], row[7], now, "", operator, None
                )
            self._count(decision, None)
            return decision

    # -- counters and lists -----------------------------------------------------------------
    def counts(self, zone: str) -> Counters:
        """Today's admissions by this desk and in the zone, and how many are inside now."""
        with self._lock:
            conn = self._connection()
            r = self._load_rules(conn)
            code = r.zone(zone).code
            day, since = day_start(r, self.now())
            tally = self._tallies.get(code)
            if tally is None or tally.day != day:
                tally = Tally(day)
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
                f"SELECT {C_COLUMNS} {C_FROM} {where} ORDER BY c.at DESC LIMIT ?",
                (*params, max(0, int(limit))),
            ).fetchall()
            return [to_record(row) for row in rows]

    def _record(self, checkin_id: str) -> CheckinRecord:
        row = (
            self._connection()
            .execute(f"SELECT {C_COLUMNS} {C_FROM} WHERE c.id = ?", (stored_id(checkin_id),))
            .fetchone()
        )
        if row is None:
            raise NotFound("no such check-in", id=checkin_id)
        return to_record(row)

    # -- badges --------------------------------------------------------------------------
    def participant(self, registration_code: str) -> ParticipantSummary:
        with self._lock:
            conn = self._connection()
            person = by_code(conn, self._load_rules(conn), registration_code, follow=False)
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
            return by_code(conn, self._load_rules(conn), code, follow=False) is not None

    def photo(self, participant_id: str) -> bytes | None:
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT photo FROM participant WHERE id = ?", (stored_id(participant_id),))
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
