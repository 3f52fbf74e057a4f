"""Bringing a database to a usable state: an event with zones and categories, and this desk."""

from __future__ import annotations

import logging
import secrets
import socket
import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Category, Desk, Event, Meta, Zone
from desktop.domain import keys
from desktop.domain.categories import CATEGORIES, ZONES

log = logging.getLogger(__name__)

META_EVENT = "event_id"
META_AUTHORITY_PRIVATE = "authority_private_key"


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def set_metas(session: Session, values: dict[str, str]) -> None:
    """Several ``set_meta`` at once: one read for all the keys, not one each."""
    rows = {m.key: m for m in session.scalars(select(Meta).where(Meta.key.in_(list(values))))}
    for key, value in values.items():
        if key in rows:
            rows[key].value = value
        else:
            session.add(Meta(key=key, value=value))


def current_event(session: Session) -> Event | None:
    """The event this database holds (a desk holds exactly one)."""
    event_id = get_meta(session, META_EVENT)
    if event_id:
        return session.get(Event, uuid.UUID(event_id))
    return session.scalars(select(Event).order_by(Event.created_at)).first()


def create_event(
    session: Session,
    name: str,
    *,
    venue: str = "",
    timezone: str = "UTC",
    start_date: date | None = None,
    end_date: date | None = None,
) -> Event:
    """A new event with the default zones and categories and a local signing authority.

    The local authority lets a desk that never met a server sign and verify its own
    badges; enrollment replaces it with the server's authority.
    """
    authority_private, authority_public = keys.generate_keypair()
    event = Event(
        name=name,
        venue=venue,
        timezone=timezone,
        start_date=start_date,
        end_date=end_date,
        tag=secrets.randbits(32),
        authority_public_key=authority_public,
    )
    session.add(event)
    session.flush()
    for sort, (code, zone_name, reentry) in enumerate(ZONES):
        session.add(Zone(event_id=event.id, code=code, name=zone_name, reentry=reentry, sort=sort))
    for sort, cat in enumerate(CATEGORIES):
        session.add(
            Category(
                event_id=event.id,
                code=cat.code,
                name=cat.name,
                colour=cat.colour,
                default_zones=list(cat.zones),
                watch=cat.watch,
                sort=sort,
            )
        )
    set_meta(session, META_EVENT, str(event.id))
    set_meta(session, META_AUTHORITY_PRIVATE, authority_private.hex())
    session.flush()
    ensure_self_desk(session, event)
    return event


def default_desk_name() -> str:
    return f"desk-{socket.gethostname()}"[:60]


def self_desk(session: Session) -> Desk | None:
    return session.scalars(select(Desk).where(Desk.is_self.is_(True))).first()


def ensure_self_desk(session: Session, event: Event, name: str | None = None) -> Desk:
    """This machine's desk with its own badge-signing key, certified by the event authority."""
    desk = self_desk(session)
    if desk is not None:
        return desk
    private, public = keys.generate_keypair()
    key_id = keys.key_id_for(public)
    authority_hex = get_meta(session, META_AUTHORITY_PRIVATE)
    certificate = (
        keys.certify(bytes.fromhex(authority_hex), event.tag, key_id, public)
        if authority_hex
        else None
    )
    desk = Desk(
        name=name or default_desk_name(),
        role="admin",
        is_self=True,
        key_id=key_id,
        public_key=public,
        private_key=private,
        certificate=certificate,
    )
    session.add(desk)
    session.flush()
    log.info("created desk %s with key %04x", desk.name, key_id)
    return desk
