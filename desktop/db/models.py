"""SQLAlchemy 2.0 models of a forum as one desk (or the server) holds it.

UUID primary keys so desks never collide; UTC timestamps everywhere; every change a
desk makes is also written to ``change_log`` in the same transaction (the outbox that
sync sends and the audit history the app shows).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}


class Meta(Base):
    """Small key/value facts of this database: the event it holds, this desk, sync cursors."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Event(Base):
    __tablename__ = "event"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Short numeric tag carried in every badge QR so a foreign event's badge is recognised.
    tag: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Ed25519 public key of the event authority that certifies desk keys.
    authority_public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Zone(Base):
    """A checkpoint: Main entrance, Plenary hall, VIP lounge, Press centre."""

    __tablename__ = "zone"
    __table_args__ = (UniqueConstraint("event_id", "code"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    #: Whether a person already inside may be admitted again without checking out first.
    reentry: Mapped[bool] = mapped_column(Boolean, default=True)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Category(Base):
    """Head of delegation, Delegate, VIP, Speaker, Media, ...: badge colour and default zones."""

    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("event_id", "code"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    colour: Mapped[str] = mapped_column(String(7), default="#1F4E79")
    default_zones: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Heads of delegation and VIPs go on the management watch list.
    watch: Mapped[bool] = mapped_column(Boolean, default=False)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Delegation(Base):
    """A city, municipality or organisation, with its country."""

    __tablename__ = "delegation"
    __table_args__ = (UniqueConstraint("event_id", "name"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(2))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    head_participant_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("event_id", "registration_code"),
        Index("ix_participant_badge_id", "badge_id", unique=True),
        Index("ix_participant_delegation", "delegation_id"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    registration_code: Mapped[str] = mapped_column(String(64))
    #: Random 63-bit badge identity carried in the QR (the UUID would not fit a small QR).
    badge_id: Mapped[int] = mapped_column(BigInteger)
    badge_version: Mapped[int] = mapped_column(Integer, default=1)
    given_name: Mapped[str] = mapped_column(String(300), default="")
    family_name: Mapped[str] = mapped_column(String(300), default="")
    given_name_latin: Mapped[str] = mapped_column(String(300), default="")
    family_name_latin: Mapped[str] = mapped_column(String(300), default="")
    #: True when the Latin form was transliterated by ForumDesk rather than supplied.
    latin_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    delegation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("delegation.id"), nullable=True
    )
    country: Mapped[str] = mapped_column(String(2))
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("category.id"))
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Zones allowed for this person; None means the category's default zones.
    zones: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="registered")
    #: Folded native, Latin and transliterated forms, for search.
    search_key: Mapped[str] = mapped_column(Text, default="")
    #: Hash of the imported row, so re-importing an unchanged row changes nothing.
    import_hash: Mapped[str] = mapped_column(String(64), default="")
    #: Hybrid logical clock of the last edit per field, for field-by-field merges.
    field_clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    delegation: Mapped[Delegation | None] = relationship(lazy="joined")
    category: Mapped[Category] = relationship(lazy="joined")

    @property
    def native_name(self) -> str:
        from desktop.text.names import full_name

        return full_name(self.given_name, self.family_name, self.country)

    @property
    def latin_name(self) -> str:
        from desktop.text.names import latin_full_name

        return latin_full_name(self.given_name_latin, self.family_name_latin, self.country)


class BadgeVersion(Base):
    """Each version of a person's badge; a reprint supersedes the previous ones."""

    __tablename__ = "badge_version"
    __table_args__ = (UniqueConstraint("participant_id", "version"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"))
    badge_id: Mapped[int] = mapped_column(BigInteger, index=True)
    version: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(200), default="")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class BadgePrint(Base):
    """One badge sent to a printer: who, at which desk, when, which version, which layout,
    and how the job ended."""

    __tablename__ = "badge_print"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    layout: Mapped[str] = mapped_column(String(32), default="a6")
    desk: Mapped[str] = mapped_column(String(200), default="")
    operator: Mapped[str] = mapped_column(String(200), default="")
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: "printed" once the OS queue accepted the job; "failed" when it failed afterwards.
    status: Mapped[str] = mapped_column(String(16), default="printed", server_default="printed")
    printer: Mapped[str] = mapped_column(String(200), default="", server_default="")
    job: Mapped[str] = mapped_column(String(64), default="", server_default="")
    #: What printed it: batch, walk_in, reprint, kiosk, arrival, retry, cli, pdf.
    source: Mapped[str] = mapped_column(String(32), default="", server_default="")
    message: Mapped[str] = mapped_column(String(500), default="", server_default="")


class CheckIn(Base):
    """A check-in decision: a fact, never edited; an undo is a new record."""

    __tablename__ = "checkin"
    __table_args__ = (
        Index("ix_checkin_participant_zone", "participant_id", "zone", "at"),
        Index("ix_checkin_badge", "badge_id"),
        Index("ix_checkin_at", "at"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    #: Badge identity from the QR, kept for badges of people this desk has not seen yet.
    badge_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    badge_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    zone: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(3), default="in")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    desk: Mapped[str] = mapped_column(String(200), default="")
    operator: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(String(16), default="scan")
    result: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(64), default="")
    #: A second admission of the same person (e.g. from another desk offline).
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The check-in this record undoes, or the rejection it overrides.
    refers_to: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    scanned_text: Mapped[str] = mapped_column(String(512), default="")


class Desk(Base):
    """An enrolled device: this one (``is_self``) or another desk whose key we know."""

    __tablename__ = "desk"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="desk")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    key_id: Mapped[int] = mapped_column(Integer, index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    #: Only for this desk; never leaves the machine.
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    #: Event authority's signature over (key_id, public_key).
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MeetingTable(Base):
    __tablename__ = "meeting_table"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="table")
    capacity: Mapped[int] = mapped_column(Integer, default=8)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class MeetingSlot(Base):
    __tablename__ = "meeting_slot"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    start: Mapped[datetime] = mapped_column()
    end: Mapped[datetime] = mapped_column()


class Interpreter(Base):
    __tablename__ = "interpreter"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    name: Mapped[str] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)


class Unavailability(Base):
    """A time when a delegation cannot meet (plenary speech, site visit)."""

    __tablename__ = "unavailability"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    delegation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"))
    start: Mapped[datetime] = mapped_column()
    end: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(String(300), default="")


class MeetingRequest(Base):
    __tablename__ = "meeting_request"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    requester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"))
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("delegation.id"))
    priority: Mapped[int] = mapped_column(Integer, default=1)
    purpose: Mapped[str] = mapped_column(String(32), default="talks")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="requested")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"))
    request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting_request.id"), nullable=True
    )
    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_slot.id"))
    table_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_table.id"))
    interpreter_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interpreter.id"), nullable=True
    )
    delegation_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    purpose: Mapped[str] = mapped_column(String(32), default="talks")
    status: Mapped[str] = mapped_column(String(16), default="booked")
    #: Booked offline, not yet confirmed by the server.
    provisional: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeLog(Base):
    """Every change made here or received: the audit history and the sync outbox.

    ``origin`` is the desk that made the change; ``sent`` is False until the server
    acknowledged it. The change id is the sync nonce: the server applies each id once.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_unsent", "sent", "seq"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    op: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    hlc: Mapped[str] = mapped_column(String(80), default="")
    origin: Mapped[str] = mapped_column(String(200), default="")
    operator: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    sent: Mapped[bool] = mapped_column(Boolean, default=False)


class SetAsideChange(Base):
    """A pulled change this desk could not apply: kept with the reason, never applied.

    A change that fails the sync schema, or that the desk's tables refuse, is set aside
    so that sync goes on past it; the Sync page and ``forumdesk sync --json`` list them.
    ``body`` is the change as the server sent it (JSON, cut at 64 KiB).
    """

    __tablename__ = "sync_set_aside"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: The change's place in the server's feed, when the page said it.
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    change_id: Mapped[str] = mapped_column(String(64), default="")
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    op: Mapped[str] = mapped_column(String(32), default="")
    reason: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    set_aside_at: Mapped[datetime] = mapped_column(default=utcnow)
