"""The server's use cases: enrollment, tokens, the global change feed and meeting arbitration.

Plain Python over the database: the FastAPI app and the admin command line both call
it. Nothing here keeps state that another server process would need; the only
in-process object is a lock that serialises feed writes on SQLite (PostgreSQL uses a
transaction-scoped advisory lock, so feed order equals commit order across processes).
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import (
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.engine import Database
from desktop.db.handle import ForumDb
from desktop.db.models import (
    Category,
    ChangeLog,
    Delegation,
    Interpreter,
    MeetingSlot,
    MeetingTable,
    Participant,
    Zone,
    utcnow,
)
from desktop.domain import keys
from desktop.sync import protocol as p
from desktop.sync.checkins import checkin_row_json
from server import arbitration
from server.bulk import allocate_seqs, append_feed, feed_page, known_changes
from server.db import Booking, EnrollCode, FeedEntry, ServerDesk
from server.errors import ApiError, forbidden, unauthorized
from server.references import KnownReferences, unresolved

log = logging.getLogger(__name__)

SERVER_DESK_NAME = "server"
#: PostgreSQL advisory lock key that serialises writes to the feed.
FEED_LOCK_KEY = 0x46445359  # "FDSY"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_TTL = timedelta(days=3)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def code_hash(code: str) -> str:
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normal.encode("ascii", "ignore")).hexdigest()


@dataclass(frozen=True)
class DeskIdentity:
    """The desk behind a token, as an endpoint sees it."""

    id: uuid.UUID
    name: str
    role: str


class Hub:
    """Everything the server does, over one database (SQLite or PostgreSQL)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.forum = ForumDb(db, operator="server")
        self._sqlite_lock = threading.Lock()
        self._known = KnownReferences()
        self.ensure_event()
        # The forum schema keeps stamps in 40 characters: a desk id as node would not fit.
        self.forum.clock.node = SERVER_DESK_NAME

    # -- plumbing ------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.forum.session() as s:
            yield s

    @contextmanager
    def feed_writer(self) -> Iterator[Session]:
        """A transaction that may append to the feed; feed appends commit in seq order."""
        if self.db.is_sqlite:
            with self._sqlite_lock, self.session() as s:
                yield s
        else:
            with self.session() as s:
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK_KEY})
                yield s

    def ensure_event(self) -> None:
        """The server always holds an event, so desks can enroll before any import."""
        if not self.forum.has_event():
            self.forum.ensure_event("Forum")
            self.forum.rename_desk(SERVER_DESK_NAME)
            log.info("created the server's event")

    # -- enrollment codes and desks ------------------------------------------------
    def new_enroll_code(self, role: str) -> str:
        if role not in p.ROLES:
            raise ApiError(422, "invalid_role", f"role must be one of {', '.join(p.ROLES)}")
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
        code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
        with self.session() as s:
            s.add(EnrollCode(code_hash=code_hash(code), role=role, expires_at=utcnow() + CODE_TTL))
        log.info("new enrollment code for role %s", role)
        return code

    def enroll(self, request: p.EnrollRequest) -> p.EnrollResponse:
        try:
            public_key = bytes.fromhex(request.public_key)
        except ValueError:
            public_key = b""
        if len(public_key) != 32:
            raise ApiError(422, "invalid_key", "public_key must be 32 bytes of Ed25519 key as hex")
        token = secrets.token_urlsafe(32)
        with self.feed_writer() as s:
            code = s.get(EnrollCode, code_hash(request.code), with_for_update=True)
            if code is None or code.used_at is not None or code.expires_at < utcnow():
                raise unauthorized(
                    "the enrollment code is unknown, used or expired", "invalid_code"
                )
            event = setup.current_event(s)
            authority_hex = setup.get_meta(s, setup.META_AUTHORITY_PRIVATE)
            if event is None or not authority_hex:
                raise ApiError(503, "no_event", "the server holds no event yet")
            desk_id = request.desk_id or uuid.uuid4()
            if s.get(ServerDesk, desk_id) is not None:
                desk_id = uuid.uuid4()
            key_id = keys.key_id_for(public_key)
            certificate = keys.certify(bytes.fromhex(authority_hex), event.tag, key_id, public_key)
            desk = ServerDesk(
                id=desk_id,
                name=request.name.strip()[:200],
                role=code.role,
                key_id=key_id,
                public_key=public_key,
                certificate=certificate,
                token_hash=token_hash(token),
                revoked=False,
                enrolled_at=utcnow(),
            )
            s.add(desk)
            code.used_at, code.used_by = utcnow(), desk_id
            s.flush()
            self._append_server_change(
                s, "desk", str(desk_id), "key", desk_key(desk).model_dump(mode="json")
            )
            event_data = self.event_data(s)
            desks = [
                desk_key(d) for d in s.scalars(select(ServerDesk).order_by(ServerDesk.enrolled_at))
            ]
        log.info("enrolled desk %s (%s) as %s", request.name, desk_id, code.role)
        return p.EnrollResponse(
            token=token,
            desk_id=desk_id,
            role=desk.role,
            certificate=certificate.hex(),
            event=event_data,
            desks=desks,
        )

    def authenticate(self, token: str | None) -> DeskIdentity:
        if not token:
            raise unauthorized()
        with self.session() as s:
            desk = s.scalars(
                select(ServerDesk).where(ServerDesk.token_hash == token_hash(token))
            ).first()
            if desk is None:
                raise unauthorized("the desk token is not known here")
            if desk.revoked:
                raise unauthorized("this desk was revoked; enroll it again", "token_revoked")
            now = utcnow()
            if desk.last_seen is None or now - desk.last_seen > timedelta(seconds=30):
                desk.last_seen = now
            return DeskIdentity(desk.id, desk.name, desk.role)

    def desks(self) -> list[dict[str, Any]]:
        with self.session() as s:
            return [
                {
                    "id": str(d.id),
                    "name": d.name,
                    "role": d.role,
                    "key_id": d.key_id,
                    "revoked": d.revoked,
                    "enrolled_at": d.enrolled_at.isoformat(),
                    "last_seen": d.last_seen.isoformat() if d.last_seen else None,
                }
                for d in s.scalars(select(ServerDesk).order_by(ServerDesk.enrolled_at))
            ]

    def revoke_desk(self, desk_id: str) -> dict[str, Any]:
        try:
            did = uuid.UUID(desk_id)
        except ValueError as exc:
            raise ApiError(404, "not_found", f"no desk {desk_id}") from exc
        with self.feed_writer() as s:
            desk = s.get(ServerDesk, did)
            if desk is None:
                raise ApiError(404, "not_found", f"no desk {desk_id}")
            if not desk.revoked:
                desk.revoked, desk.revoked_at = True, utcnow()
                s.flush()
                self._append_server_change(
                    s, "desk", str(did), "key", desk_key(desk).model_dump(mode="json")
                )
                log.info("revoked desk %s (%s)", desk.name, did)
            return {"id": str(did), "name": desk.name, "revoked": True}

    # -- event ---------------------------------------------------------------------
    def event_data(self, s: Session) -> dict[str, Any]:
        """The event as a desk adopts it at enrollment."""
        event = setup.current_event(s)
        if event is None:
            raise ApiError(503, "no_event", "the server holds no event yet")
        eid = event.id
        return {
            "event": {
                "id": str(eid),
                "name": event.name,
                "venue": event.venue,
                "timezone": event.timezone,
                "start_date": event.start_date.isoformat() if event.start_date else None,
                "end_date": event.end_date.isoformat() if event.end_date else None,
                "tag": event.tag,
                "authority_public_key": (event.authority_public_key or b"").hex(),
            },
            "zones": [
                {
                    "id": str(z.id),
                    "code": z.code,
                    "name": z.name,
                    "reentry": z.reentry,
                    "sort": z.sort,
                }
                for z in s.scalars(select(Zone).where(Zone.event_id == eid))
            ],
            "categories": [
                {
                    "id": str(c.id),
                    "code": c.code,
                    "name": c.name,
                    "colour": c.colour,
                    "default_zones": list(c.default_zones or []),
                    "watch": c.watch,
                    "sort": c.sort,
                }
                for c in s.scalars(select(Category).where(Category.event_id == eid))
            ],
            "delegations": [
                {
                    "id": str(d.id),
                    "name": d.name,
                    "country": d.country,
                    "languages": list(d.languages or []),
                    "head_participant_id": str(d.head_participant_id)
                    if d.head_participant_id
                    else None,
                }
                for d in s.scalars(select(Delegation).where(Delegation.event_id == eid))
            ],
            "meeting_tables": [
                {
                    "id": str(t.id),
                    "name": t.name,
                    "kind": t.kind,
                    "capacity": t.capacity,
                    "sort": t.sort,
                }
                for t in s.scalars(select(MeetingTable).where(MeetingTable.event_id == eid))
            ],
            "meeting_slots": [
                {"id": str(m.id), "start": m.start.isoformat(), "end": m.end.isoformat()}
                for m in s.scalars(select(MeetingSlot).where(MeetingSlot.event_id == eid))
            ],
            "interpreters": [
                {"id": str(i.id), "name": i.name, "languages": list(i.languages or [])}
                for i in s.scalars(select(Interpreter).where(Interpreter.event_id == eid))
            ],
        }

    def event_info(self) -> dict[str, Any]:
        with self.session() as s:
            return self.event_data(s)

    def publish_local_changes(self) -> int:
        """Move the server's own change log (e.g. an event import) into the feed."""
        count = 0
        with self.feed_writer() as s:
            while True:
                rows = s.scalars(
                    select(ChangeLog)
                    .where(ChangeLog.sent.is_(False))
                    .order_by(ChangeLog.seq)
                    .limit(5000)
                ).all()
                if not rows:
                    break
                keys_by_pid = self._search_keys(
                    s, [r.entity_id for r in rows if r.entity == "participant" and r.op == "create"]
                )
                entries = []
                for r in rows:
                    data = dict(r.data or {})
                    if r.entity_id in keys_by_pid and "search_key" not in data:
                        data["search_key"] = keys_by_pid[r.entity_id]
                    entry = {
                        "change_id": r.id,
                        "entity": r.entity,
                        "entity_id": r.entity_id,
                        "op": r.op,
                        "data": data,
                        "hlc": r.hlc,
                        "origin": r.origin,
                        "operator": r.operator,
                        "at": r.at,
                        "desk_id": None,
                        "received_at": utcnow(),
                        "status": "accepted",
                        "answer": None,
                    }
                    entry["body"] = wire_body(entry)
                    entries.append(entry)
                known = set(
                    s.scalars(
                        select(FeedEntry.change_id).where(
                            FeedEntry.change_id.in_([e["change_id"] for e in entries])
                        )
                    )
                )
                fresh = [e for e in entries if e["change_id"] not in known]
                if fresh:
                    s.execute(insert(FeedEntry), fresh)
                s.execute(
                    update(ChangeLog)
                    .where(ChangeLog.seq.in_([r.seq for r in rows]))
                    .values(sent=True)
                )
                count += len(fresh)
        if count:
            log.info("published %d server changes to the feed", count)
        return count

    @staticmethod
    def _search_keys(s: Session, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        uuids = []
        for text_id in ids:
            try:
                uuids.append(uuid.UUID(text_id))
            except ValueError:
                continue
        for start in range(0, len(uuids), 900):
            chunk = uuids[start : start + 900]
            for pid, key in s.execute(
                select(Participant.id, Participant.search_key).where(Participant.id.in_(chunk))
            ):
                out[str(pid)] = key
        return out

    def _append_server_change(
        self, s: Session, entity: str, entity_id: str, op: str, data: dict[str, Any]
    ) -> None:
        entry: dict[str, Any] = {
            "change_id": uuid.uuid4(),
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "data": data,
            "hlc": str(self.forum.clock.now()),
            "origin": SERVER_DESK_NAME,
            "operator": "",
            "at": utcnow(),
            "desk_id": None,
            "received_at": utcnow(),
            "status": "accepted",
        }
        s.add(FeedEntry(**entry, body=wire_body(entry)))
        s.flush()

    # -- the feed ------------------------------------------------------------------
    def push(self, desk: DeskIdentity, changes: Sequence[p.Change | p.Refused]) -> list[p.Ack]:
        """Take a batch of changes: each is answered on its own, and stored at most once.

        A change that failed the schema (``p.Refused``) or names something the server
        does not hold is answered ``rejected`` and never stored; the rest of the batch
        goes on as usual.
        """
        if len(changes) > p.MAX_PUSH_BATCH:
            raise ApiError(413, "batch_too_large", f"at most {p.MAX_PUSH_BATCH} changes per push")
        changes = [p.checked(c) for c in changes]  # read_push's are checked already
        allowed = p.ROLE_ENTITIES.get(desk.role, frozenset())
        refused = [str(c.id) for c in changes if c.entity and c.entity not in allowed]
        if refused:
            entities = sorted({c.entity for c in changes if c.entity and c.entity not in allowed})
            raise forbidden(
                f"a {desk.role} may not push {', '.join(entities)} changes",
                {"change_ids": refused, "entities": entities},
            )
        valid = [c for c in changes if isinstance(c, p.Change)]
        with self.session() as s:
            missing = unresolved(s, valid, self._known)
        acks: dict[uuid.UUID, p.Ack] = {}
        with self.feed_writer() as s:
            for cid, seq, status, answer in known_changes(s, [c.id for c in changes]):
                acks[cid] = _replay(cid, seq, status, answer)
            rows: list[dict[str, Any]] = []
            taken: set[uuid.UUID] = set(acks)
            now = utcnow()
            for change in changes:
                if change.id in taken:
                    continue
                taken.add(change.id)
                if isinstance(change, p.Refused) or change.id in missing:
                    code, message = (
                        (change.code, change.message)
                        if isinstance(change, p.Refused)
                        else missing[change.id]
                    )
                    acks[change.id] = p.Ack(
                        id=change.id, status="rejected", code=code, message=message
                    )
                    continue
                status, answer = "accepted", None
                if change.entity == "meeting":
                    verdict = arbitration.arbitrate(s, change)
                    if verdict is not None:
                        status, answer = "conflict", verdict
                row = {
                    "change_id": change.id,
                    "entity": change.entity,
                    "entity_id": change.entity_id,
                    "op": change.op,
                    "data": change.data,
                    "hlc": change.hlc,
                    "origin": change.origin,
                    "operator": change.operator,
                    "at": change.at,
                    "desk_id": desk.id,
                    "received_at": now,
                    "status": status,
                    "answer": answer,
                }
                row["row"] = (
                    checkin_row_json(change)
                    if change.entity == "checkin" and status == "accepted"
                    else None
                )
                # A check-in kept in row form (nearly every change of a forum) is handed
                # out in that form; its wire form is rebuilt from its columns for a desk
                # that asks for full changes (``pull_json``), instead of stored twice.
                row["body"] = None if row["row"] is not None else wire_body(row)
                rows.append(row)
            if rows:
                # Positions are handed out first (under the feed lock), so the rows go in
                # as one bulk append with no reading back.
                for fresh, position in zip(rows, allocate_seqs(s, len(rows)), strict=True):
                    fresh["seq"] = position
                append_feed(s, rows)
                for fresh in rows:
                    acks[fresh["change_id"]] = _replay(
                        fresh["change_id"],
                        fresh["seq"],
                        fresh["status"],
                        fresh["answer"],
                        fresh=True,
                    )
        return [acks[c.id] for c in changes]

    def pull(self, since: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
        """A page of accepted changes after ``since``: (changes, next cursor, more)."""
        page = orjson.loads(self.pull_json(since, limit))
        return page["changes"], page["next"], page["more"]

    def pull_json(self, since: int, limit: int, *, checkin_rows: bool = False) -> bytes:
        """A page as the JSON the API answers, built from each change's stored wire form.

        The stored JSON texts come back as bytes (no decoding of megabytes into str) and
        are spliced with their ``seq``: nothing is decoded and encoded again. With
        ``checkin_rows``, check-ins go out in their stored row form under ``checkins``;
        without it, a check-in kept only in row form gets its wire form rebuilt from its
        columns (a desk that predates rows; tests).
        """
        limit = max(1, min(limit, p.MAX_PULL_LIMIT))
        with self.session() as s:
            rows = feed_page(s, since, limit + 1, checkin_rows)
            more = len(rows) > limit
            rows = rows[:limit]
            missing = [seq for seq, stored, row in rows if stored is None and row is None]
            legacy = self._legacy_bodies(s, missing) if missing else {}
        parts: list[bytes] = []
        checkins: list[bytes] = []
        for seq, stored, row in rows:
            if checkin_rows and row is not None:
                checkins.append(row)
            else:
                parts.append(b'{"seq":%d,%s' % (seq, (stored or legacy[seq].encode())[1:]))
        next_cursor = rows[-1][0] if rows else since
        extra = b',"checkins":[%s]' % b",".join(checkins) if checkin_rows else b""
        return b'{"changes":[%s]%s,"next":%d,"more":%s}' % (
            b",".join(parts),
            extra,
            next_cursor,
            b"true" if more else b"false",
        )

    @staticmethod
    def _legacy_bodies(s: Session, seqs: list[int]) -> dict[int, str]:
        """Wire forms rebuilt from the feed's columns: rows stored before the feed kept
        them (revision s0002), and check-ins kept in row form only."""
        out: dict[int, str] = {}
        for start in range(0, len(seqs), 900):
            for r in s.execute(
                select(
                    FeedEntry.seq,
                    FeedEntry.change_id,
                    FeedEntry.entity,
                    FeedEntry.entity_id,
                    FeedEntry.op,
                    FeedEntry.data,
                    FeedEntry.hlc,
                    FeedEntry.origin,
                    FeedEntry.operator,
                    FeedEntry.at,
                    FeedEntry.desk_id,
                ).where(FeedEntry.seq.in_(seqs[start : start + 900]))
            ):
                out[r.seq] = wire_body(r._asdict())
        return out

    def cursor(self) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.coalesce(func.max(FeedEntry.seq), 0))) or 0)

    def bookings(self) -> list[Booking]:
        with self.session() as s:
            return list(s.scalars(select(Booking)))


def wire_body(entry: dict[str, Any]) -> str:
    """A feed row's change as pulls hand it out (``seq`` is added when paged), as JSON text."""
    at: datetime = entry["at"]
    desk_id = entry.get("desk_id")
    change = {
        "id": str(entry["change_id"]),
        "entity": entry["entity"],
        "entity_id": entry["entity_id"],
        "op": entry["op"],
        "data": entry["data"],
        "hlc": entry["hlc"],
        "origin": entry["origin"],
        "operator": entry["operator"],
        "at": (at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)).isoformat(),
        "desk_id": str(desk_id) if desk_id else None,
    }
    try:
        return orjson.dumps(change).decode()
    except orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits: the slower, wider encoder
        return json.dumps(change, ensure_ascii=False)


def _replay(
    cid: uuid.UUID, seq: int, status: str, answer: dict[str, Any] | None, fresh: bool = False
) -> p.Ack:
    """The answer to a change: the stored verdict, or ``duplicate`` for an accepted repeat."""
    if status == "accepted":
        return p.Ack(id=cid, status="accepted" if fresh else "duplicate", seq=seq)
    answer = answer or {}
    return p.Ack(
        id=cid,
        status="conflict" if status == "conflict" else "rejected",
        seq=seq,
        code=str(answer.get("code", status)),
        message=str(answer.get("message", "")),
        suggestion=p.Suggestion.model_validate(answer["suggestion"])
        if answer.get("suggestion")
        else None,
    )


def desk_key(desk: ServerDesk) -> p.DeskKey:
    return p.DeskKey(
        desk_id=desk.id,
        name=desk.name,
        role=desk.role,
        key_id=desk.key_id,
        public_key=desk.public_key.hex(),
        certificate=desk.certificate.hex(),
        revoked=desk.revoked,
    )
