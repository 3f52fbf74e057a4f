"""Enrollment and desks: one-time codes, a desk enrolled with its certified key, tokens
checked at each request, the desk list, revocation. Desk keys reach every desk as
``desk`` changes in the feed."""

from __future__ import annotations

import hashlib
import logging
import secrets
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from desktop.db import setup
from desktop.db.models import utcnow
from desktop.domain import keys
from desktop.sync import protocol as p
from server.db import EnrollCode, ServerDesk
from server.errors import ApiError, unauthorized
from server.event_data import event_data
from server.feed import Feed
from server.identity import DeskIdentity, token_hash
from server.sessions import ServerSessions

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_TTL = timedelta(days=3)


def code_hash(code: str) -> str:
    normal = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normal.encode("ascii", "ignore")).hexdigest()


class Enrollment:
    """Desks and their tokens; changes of a desk's key go to the feed."""

    def __init__(self, sessions: ServerSessions, feed: Feed) -> None:
        self.sessions = sessions
        self.feed = feed

    def new_enroll_code(self, role: str) -> str:
        if role not in p.ROLES:
            raise ApiError(422, "invalid_role", f"role must be one of {', '.join(p.ROLES)}")
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
        code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
        with self.sessions.session() as s:
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
        with self.sessions.feed_writer() as s:
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
            self.feed.append_server_change(
                s, "desk", str(desk_id), "key", desk_key(desk).model_dump(mode="json")
            )
            adopted = event_data(s)
            desks = [
                desk_key(d) for d in s.scalars(select(ServerDesk).order_by(ServerDesk.enrolled_at))
            ]
        log.info("enrolled desk %s (%s) as %s", request.name, desk_id, code.role)
        return p.EnrollResponse(
            token=token,
            desk_id=desk_id,
            role=desk.role,
            certificate=certificate.hex(),
            event=adopted,
            desks=desks,
        )

    def authenticate(self, token: str | None) -> DeskIdentity:
        if not token:
            raise unauthorized()
        with self.sessions.session() as s:
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
        with self.sessions.session() as s:
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
        with self.sessions.feed_writer() as s:
            desk = s.get(ServerDesk, did)
            if desk is None:
                raise ApiError(404, "not_found", f"no desk {desk_id}")
            if not desk.revoked:
                desk.revoked, desk.revoked_at = True, utcnow()
                s.flush()
                self.feed.append_server_change(
                    s, "desk", str(did), "key", desk_key(desk).model_dump(mode="json")
                )
                log.info("revoked desk %s (%s)", desk.name, did)
            return {"id": str(did), "name": desk.name, "revoked": True}


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
