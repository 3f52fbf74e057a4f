"""One schema for a change: what the server stores and what a desk applies.

The server validates every pushed change against it before anything is stored, and a
desk validates every change it pulls. A change is an envelope (its id, entity, entity
id, operation, clock stamp, origin, operator and time) and its ``data``, whose shape
depends on the entity. Everything is bounded: strings by the columns that keep them,
integers by SQLite's signed 64-bit range (32-bit for versions), times must be ISO 8601
with a zone, ids are UUIDs in their canonical text, enumerations are closed, and each
entity allows only its own operations.

The typed data are ``TypedDict``s, so a validated change's ``data`` stays a plain dict
(what the appliers and the feed already handle), checked in one pass by pydantic's
Rust core. Check-ins pulled in row form are checked against the same bounds
(``checkins.rows_are_valid``) from the constants here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Literal, Required, get_args

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict

#: SQLite keeps integers in a signed 64-bit word; PostgreSQL's BIGINT is the same.
INT64_MAX = 2**63 - 1
#: Versions and similar counters are INTEGER columns (32-bit on PostgreSQL).
INT32_MAX = 2**31 - 1
#: A UUID as every desk and the server write it: ``str(uuid.UUID(...))``.
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
#: A hybrid logical clock stamp (``desktop.domain.hlc``): wall ms, counter, node.
HLC_PATTERN = r"^(?:\d{13}\.\d{5}\.[^\x00-\x1f]{1,60})?$"

#: The operations each entity allows.
CheckinOp = Literal["create"]
ParticipantOp = Literal["create", "update", "cancel", "merge"]
DelegationOp = Literal["create", "update"]
#: ``print_failed``: a job the queue took failed afterwards (the print no longer counts).
BadgeOp = Literal["print", "print_failed", "issue", "revoke"]
MeetingOp = Literal["book", "move", "cancel", "status"]
DeskKeyOp = Literal["key"]
#: The entities a change may be about, and the operations each allows.
OPS: dict[str, tuple[str, ...]] = {
    "checkin": get_args(CheckinOp),
    "participant": get_args(ParticipantOp),
    "delegation": get_args(DelegationOp),
    "badge": get_args(BadgeOp),
    "meeting": get_args(MeetingOp),
    "desk": get_args(DeskKeyOp),
}
ENTITIES: tuple[str, ...] = tuple(OPS)

CheckinResult = Literal["admitted", "already_in", "rejected", "undone"]
CheckinDirection = Literal["in", "out"]
CheckinMethod = Literal["scan", "search", "manual", "camera", "kiosk"]
ParticipantStatus = Literal["registered", "cancelled"]
MeetingStatus = Literal[
    "requested", "booked", "confirmed", "held", "no-show", "cancelled", "conflict"
]
DeskRole = Literal["desk", "coordinator", "admin"]
CHECKIN_RESULTS: tuple[str, ...] = get_args(CheckinResult)
CHECKIN_DIRECTIONS: tuple[str, ...] = get_args(CheckinDirection)
CHECKIN_METHODS: tuple[str, ...] = get_args(CheckinMethod)
#: Longest text of each check-in field (the ``checkin`` table's columns).
CHECKIN_TEXT_LIMITS: dict[str, int] = {
    "zone": 64,
    "desk": 200,
    "operator": 200,
    "reason": 64,
    "note": 10_000,
    "scanned_text": 512,
}


#: PostgreSQL's text cannot hold NUL, and no name, code or note has one: refused everywhere.
NO_NUL = r"^[^\x00]*$"
UuidText = Annotated[str, Strict(), StringConstraints(pattern=UUID_PATTERN)]
#: Times a change may carry: any a desk's clock could say, and none whose conversion to
#: UTC (or to SQLite's stored text) would overflow.
TIME_MIN = datetime(1970, 1, 1, tzinfo=UTC)
TIME_MAX = datetime(2999, 12, 31, tzinfo=UTC)
Time = Annotated[AwareDatetime, Strict(), Field(ge=TIME_MIN, le=TIME_MAX)]
BadgeId = Annotated[int, Strict(), Field(ge=0, le=INT64_MAX)]
Version = Annotated[int, Strict(), Field(ge=0, le=INT32_MAX)]
Country = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=2)]
Text16 = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=16)]
Text32 = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=32)]
Code = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=64)]
SomeCode = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, min_length=1, max_length=64)]
Text80 = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=80)]
Phone = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=100)]
Short = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=200)]
Name = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=300)]
SomeName = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, min_length=1, max_length=300)]
Text500 = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=500)]
Text5000 = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=5_000)]
Notes = Annotated[str, Strict(), StringConstraints(pattern=NO_NUL, max_length=10_000)]
Languages = Annotated[list[Text16], Field(max_length=50)]
Clocks = Annotated[dict[SomeCode, Text80], Field(max_length=64)]
Stamp = Annotated[str, Strict(), StringConstraints(max_length=80, pattern=HLC_PATTERN)]
Hex = Annotated[str, Strict(), StringConstraints(max_length=1024, pattern=r"^(?:[0-9a-f]{2})*$")]
_LIMIT = CHECKIN_TEXT_LIMITS
Zone = Annotated[
    str, Strict(), StringConstraints(pattern=NO_NUL, min_length=1, max_length=_LIMIT["zone"])
]
ReasonCode = Annotated[
    str, Strict(), StringConstraints(pattern=NO_NUL, max_length=_LIMIT["reason"])
]
Scanned = Annotated[
    str, Strict(), StringConstraints(pattern=NO_NUL, max_length=_LIMIT["scanned_text"])
]


class CheckinData(TypedDict, total=False):
    """A check-in fact (``desktop.services.checkin``); ``id`` and ``at`` default to the
    change's own."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    id: UuidText
    participant_id: UuidText | None
    badge_id: BadgeId | None
    badge_version: Version | None
    zone: Required[Zone]
    direction: CheckinDirection
    at: Time
    desk: Short
    operator: Short
    method: CheckinMethod
    result: Required[CheckinResult]
    reason: ReasonCode
    flagged: StrictBool
    refers_to: UuidText | None
    note: Notes
    scanned_text: Scanned


class ParticipantFields(TypedDict, total=False):
    """The fields of a participant record a change may set (its table's columns)."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    registration_code: SomeCode
    badge_id: BadgeId
    badge_version: Version
    given_name: Name
    family_name: Name
    given_name_latin: Name
    family_name_latin: Name
    latin_generated: StrictBool
    title: Name
    organisation: Name
    delegation_id: UuidText | None
    country: Country
    category_id: UuidText
    email: Name
    phone: Phone
    languages: Languages
    zones: Annotated[list[Code], Field(max_length=100)] | None
    notes: Notes
    status: ParticipantStatus


class ParticipantData(ParticipantFields, total=False):
    """A participant change: its fields, plus what the operation says about them."""

    id: UuidText
    category: Code
    #: The delegation's name beside ``delegation_id`` when a desk reassigns someone.
    delegation: SomeName
    search_key: Text5000
    field_clocks: Clocks
    walk_in: StrictBool
    has_photo: StrictBool
    reason: Text500
    merged: UuidText
    merged_into: UuidText | None
    filled: ParticipantFields
    created_at: Time
    updated_at: Time


class DelegationData(TypedDict, total=False):
    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    id: UuidText
    name: SomeName
    country: Country
    languages: Languages
    head_participant_id: UuidText | None


class BadgeData(TypedDict, total=False):
    """A badge printed, issued anew (a new version) or revoked."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    id: UuidText
    participant_id: UuidText
    registration_code: Code
    badge_id: BadgeId
    version: Version
    badge_version: Version
    revoked_versions: Annotated[list[Version], Field(max_length=1000)]
    layout: Text32
    reason: Text500
    desk: Short
    operator: Short
    issued_by: Short
    printed_at: Time
    issued_at: Time
    at: Time
    field_clocks: Clocks
    # The print log's outcome (desktop.services.print_log): which queue took the job.
    status: Literal["printed", "failed"]
    printer: Short
    job: Code
    source: Text32
    message: Text500
    failed_at: Time


class MeetingData(TypedDict, total=False):
    """A meeting's full record (``meeting_store.record_meeting``)."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    id: UuidText
    slot_id: UuidText | None
    start: Time | None
    end: Time | None
    table_id: UuidText | None
    table: Name
    interpreter_id: UuidText | None
    interpreter: Name
    delegation_ids: Annotated[list[UuidText], Field(max_length=50)]
    delegation_names: Annotated[list[Name], Field(max_length=50)]
    purpose: Text32
    status: MeetingStatus
    request_id: UuidText | None


class DeskKeyData(TypedDict):
    """A desk's badge key, as the server hands it out (``protocol.DeskKey``)."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]
    desk_id: UuidText
    name: Short
    role: DeskRole
    key_id: Annotated[int, Strict(), Field(ge=0, le=INT32_MAX)]
    public_key: Hex
    certificate: Hex
    revoked: StrictBool


class Change(BaseModel):
    """One change as a desk records it (a row of its change log): the envelope, with
    ``data`` unchecked. The typed changes below are what the server and desks accept."""

    model_config = ConfigDict(extra="ignore")

    id: uuid.UUID
    entity: str = Field(min_length=1, max_length=32, pattern=NO_NUL)
    entity_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    op: str = Field(min_length=1, max_length=32, pattern=NO_NUL)
    data: dict[str, Any] = Field(default_factory=dict)
    hlc: str = Field(default="", max_length=80, pattern=NO_NUL)
    origin: str = Field(default="", max_length=200, pattern=NO_NUL)
    operator: str = Field(default="", max_length=200, pattern=NO_NUL)
    at: datetime


class FeedChange(Change):
    """A change as the server's feed hands it out: its place in the feed and its desk."""

    seq: int = Field(ge=0, le=INT64_MAX)
    desk_id: uuid.UUID | None = None


class Checked(Change):
    """The envelope every typed change shares, and the checks across its fields."""

    #: Keys of ``data`` that, when present, must name the change's own entity.
    same_id: ClassVar[tuple[str, ...]] = ("id",)
    #: Keys of ``data`` an operation cannot do without.
    needs: ClassVar[dict[str, tuple[str, ...]]] = {}

    entity_id: UuidText
    hlc: Stamp = ""
    origin: Short = ""
    operator: Short = ""
    at: Time

    @model_validator(mode="after")
    def _consistent(self) -> Checked:
        data: dict[str, Any] = self.data
        for key in self.same_id:
            value = data.get(key)
            if value is not None and value != self.entity_id:
                raise PydanticCustomError(
                    "id_mismatch",
                    "data.{key}: {value} is not the change's entity_id {entity_id}",
                    {"key": key, "value": value, "entity_id": self.entity_id},
                )
        for key in self.needs.get(self.op, ()):
            if key not in data:
                raise PydanticCustomError(
                    "missing",
                    "data.{key}: required for a {entity} {op}",
                    {"key": key, "entity": self.entity, "op": self.op},
                )
        return self


class CheckinChange(Checked):
    entity: Literal["checkin"]
    op: CheckinOp
    data: CheckinData  # type: ignore[assignment]


class ParticipantChange(Checked):
    needs: ClassVar[dict[str, tuple[str, ...]]] = {
        "create": ("registration_code", "badge_id", "country", "category_id")
    }
    entity: Literal["participant"]
    op: ParticipantOp
    data: ParticipantData  # type: ignore[assignment]


class DelegationChange(Checked):
    needs: ClassVar[dict[str, tuple[str, ...]]] = {"create": ("name",)}
    entity: Literal["delegation"]
    op: DelegationOp
    data: DelegationData  # type: ignore[assignment]


class BadgeChange(Checked):
    same_id: ClassVar[tuple[str, ...]] = ("participant_id",)
    entity: Literal["badge"]
    op: BadgeOp
    data: BadgeData  # type: ignore[assignment]


class MeetingChange(Checked):
    entity: Literal["meeting"]
    op: MeetingOp
    data: MeetingData  # type: ignore[assignment]


class DeskKeyChange(Checked):
    same_id: ClassVar[tuple[str, ...]] = ("desk_id",)
    entity: Literal["desk"]
    op: DeskKeyOp
    data: DeskKeyData  # type: ignore[assignment]


class CheckinFeedChange(CheckinChange, FeedChange):
    pass


class ParticipantFeedChange(ParticipantChange, FeedChange):
    pass


class DelegationFeedChange(DelegationChange, FeedChange):
    pass


class BadgeFeedChange(BadgeChange, FeedChange):
    pass


class MeetingFeedChange(MeetingChange, FeedChange):
    pass


class DeskKeyFeedChange(DeskKeyChange, FeedChange):
    pass


#: A change the server takes: one of the typed changes, chosen by its ``entity``.
AnyChange = Annotated[
    CheckinChange
    | ParticipantChange
    | DelegationChange
    | BadgeChange
    | MeetingChange
    | DeskKeyChange,
    Field(discriminator="entity"),
]
#: A change a desk applies from the feed.
AnyFeedChange = Annotated[
    CheckinFeedChange
    | ParticipantFeedChange
    | DelegationFeedChange
    | BadgeFeedChange
    | MeetingFeedChange
    | DeskKeyFeedChange,
    Field(discriminator="entity"),
]
