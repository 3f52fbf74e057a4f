"""Enrolling a desk with the server: one code, and the desk takes the server's event.

The desk sends its Ed25519 badge key (made now if it has none) and gets back a token, its
role, the key's certificate, the other desks' keys and the event, which replaces an empty
local event; a database that holds another event with data is refused.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx
from pydantic import ValidationError

from desktop.db import setup
from desktop.db.models import Desk, Meta
from desktop.domain import keys
from desktop.sync import protocol as p
from desktop.sync.records import adopt_event, make_room_for, upsert_desk_key
from desktop.sync.state import (
    META_CURSOR,
    META_DESK_ID,
    META_LAST_ERROR,
    META_ROLE,
    META_SERVER,
    META_TOKEN,
    EnrollResult,
    SyncError,
)
from desktop.sync.transport import call

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)


def enroll(
    db: ForumDb,
    connect: Callable[[str], httpx.Client],
    server_url: str,
    code: str,
    desk_name: str = "",
) -> EnrollResult:
    """Enroll this desk at ``server_url`` (``connect`` opens an HTTP client to it)."""
    server_url = server_url.rstrip("/")
    with db.session() as s:
        desk = setup.self_desk(s)
        public = desk.public_key if desk else None
        private = None
        desk_id = desk.id if desk else uuid.uuid4()
        name = desk_name.strip() or (desk.name if desk else setup.default_desk_name())
    if public is None:
        private, public = keys.generate_keypair()
    request = p.EnrollRequest(
        code=code.strip(), name=name, public_key=public.hex(), desk_id=desk_id
    )
    with connect(server_url) as http:
        body = call(
            http,
            "POST",
            f"{p.API_PREFIX}/enroll",
            json=request.model_dump(mode="json"),
            enrolling=True,
        )
    try:
        answer = p.EnrollResponse.model_validate(body)
    except ValidationError as exc:
        raise SyncError("the server's enrollment answer is not understood") from exc
    server_event_id = uuid.UUID(answer.event["event"]["id"])
    with db.session() as s:
        make_room_for(s, server_event_id)
        event = adopt_event(s, answer.event)
        desk = setup.self_desk(s)
        if desk is None:
            assert private is not None
            desk = Desk(
                id=desk_id,
                name=name,
                is_self=True,
                key_id=keys.key_id_for(public),
                public_key=public,
                private_key=private,
            )
            s.add(desk)
        desk.name, desk.role = name, answer.role
        desk.certificate = bytes.fromhex(answer.certificate)
        desk.revoked = False
        authority = s.get(Meta, setup.META_AUTHORITY_PRIVATE)
        if authority is not None:
            s.delete(authority)
        s.flush()
        for key in answer.desks:
            if key.desk_id != desk.id:
                upsert_desk_key(s, key.model_dump(mode="json"))
        same_server = setup.get_meta(s, META_SERVER) == server_url
        setup.set_meta(s, META_SERVER, server_url)
        setup.set_meta(s, META_TOKEN, answer.token)
        setup.set_meta(s, META_ROLE, answer.role)
        setup.set_meta(s, META_DESK_ID, str(answer.desk_id))
        if not same_server:
            setup.set_meta(s, META_CURSOR, "0")
        setup.set_meta(s, META_LAST_ERROR, "")
        event_name = event.name
    db.rename_desk(name)
    log.info("enrolled at %s as %s (%s)", server_url, name, answer.role)
    return EnrollResult(str(answer.desk_id), answer.role, event_name, server_url, len(answer.desks))
