"""The server's own tables, beside the forum tables it shares with desks.

The feed (``change_feed``) is the global ordered change log: ``seq`` is a database
sequence and ``change_id`` is unique, so several server processes on one PostgreSQL
database need no shared memory. ``booking`` holds what meeting arbitration claims.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.db.engine import Database, open_database
from desktop.db.models import UTCDateTime, utcnow

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "server_alembic_version"

#: BIGINT on PostgreSQL, INTEGER on SQLite (only INTEGER PRIMARY KEY autoincrements there).
SeqType = BigInteger().with_variant(Integer(), "sqlite")


class ServerBase(DeclarativeBase):
    metadata = MetaData()
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class ServerDesk(ServerBase):
    """An enrolled desk: its role, its key and the hash of its token (never the token)."""

    __tablename__ = "server_desk"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    key_id: Mapped[int] = mapped_column(Integer)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    last_seen: Mapped[datetime | None] = mapped_column(nullable=True)


class EnrollCode(ServerBase):
    """A one-time enrollment code, stored as its hash."""

    __tablename__ = "enroll_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(nullable=True)
    used_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class FeedEntry(ServerBase):
    """One change received (or made) by the server, in feed order.

    ``status`` is ``accepted`` for changes every desk receives; a booking that lost
    (``conflict``) or a change refused (``rejected``) is kept with its ``answer`` so a
    repeated upload gets the same answer, but it is never handed out.
    """

    __tablename__ = "change_feed"
    __table_args__ = (Index("ix_change_feed_entity", "entity", "entity_id"),)
    seq: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(80), default="")
    origin: Mapped[str] = mapped_column(String(200), default="")
    operator: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column()
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="accepted")
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    #: The change as pulls hand it out (JSON text, without ``seq``), encoded once when it
    #: is stored, so a page is streamed without decoding and re-encoding every row.
    #: NULL for rows stored before revision s0002; those are encoded from their columns.
    body: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: A check-in as the desks store it (``desktop.sync.checkins.checkin_row``, as a JSON
    #: array), converted once here instead of on every desk; pulls that ask for
    #: ``checkins=rows`` get these. NULL for other changes and older rows.
    row: Mapped[str | None] = mapped_column(Text, nullable=True)


class Booking(ServerBase):
    """A resource (table, delegation, interpreter) held by an accepted meeting for a time."""

    __tablename__ = "booking"
    __table_args__ = (Index("ix_booking_resource", "resource", "start"),)
    id: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    resource: Mapped[str] = mapped_column(String(120))
    start: Mapped[datetime] = mapped_column()
    end: Mapped[datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the server's own migrations (its own version table, beside the forum's)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", str(engine.url).replace("%", "%%"))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def open_server_database(url: str) -> Database:
    """The forum tables (desktop migrations) plus the server's tables (its migrations)."""
    db = open_database(url)
    upgrade(db.engine)
    return db
