"""The sync protocol between desks and the central server: the JSON shapes both sides use.

Version 1, under ``/api/v1/``. Every change carries its own id (the nonce the server
de-duplicates by); the server keeps one global ordered feed and answers each pushed
change on its own, so a batch may be repeated, reordered or cut anywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

API_PREFIX = "/api/v1"
#: Most changes one push may carry; a larger batch is refused with 413.
MAX_PUSH_BATCH = 5000
#: Largest request body the server reads (bytes); larger is refused with 413.
MAX_REQUEST_BYTES = 8 * 1024 * 1024
#: Largest page a pull returns, whatever ``limit`` asks for.
MAX_PULL_LIMIT = 25000

Role = Literal["desk", "coordinator", "admin"]
ROLES: tuple[str, ...] = ("desk", "coordinator", "admin")

#: What each role may push, by entity. ``desk`` changes come from the server only.
ROLE_ENTITIES: dict[str, frozenset[str]] = {
    "desk": frozenset({"participant", "delegation", "checkin", "badge"}),
    "coordinator": frozenset({"participant", "delegation", "checkin", "badge", "meeting"}),
    "admin": frozenset({"participant", "delegation", "checkin", "badge", "meeting"}),
}

AckStatus = Literal["accepted", "duplicate", "conflict", "rejected"]


class Change(BaseModel):
    """One change as a desk records it (a row of its change log)."""

    model_config = ConfigDict(extra="ignore")

    id: uuid.UUID
    entity: str = Field(min_length=1, max_length=32)
    entity_id: str = Field(min_length=1, max_length=64)
    op: str = Field(min_length=1, max_length=32)
    data: dict[str, Any] = Field(default_factory=dict)
    hlc: str = Field(default="", max_length=80)
    origin: str = Field(default="", max_length=200)
    operator: str = Field(default="", max_length=200)
    at: datetime


class FeedChange(Change):
    """A change as the server's feed hands it out: its place in the feed and its desk."""

    seq: int
    desk_id: uuid.UUID | None = None


class PushRequest(BaseModel):
    changes: list[Change]


class Suggestion(BaseModel):
    """A free slot the server proposes for a booking that lost."""

    start: datetime
    end: datetime
    table_id: str | None = None
    slot_id: str | None = None


class Ack(BaseModel):
    """The server's answer to one pushed change."""

    id: uuid.UUID
    status: AckStatus
    seq: int | None = None
    code: str = ""
    message: str = ""
    suggestion: Suggestion | None = None


class PushResponse(BaseModel):
    results: list[Ack]


class PullResponse(BaseModel):
    changes: list[FeedChange]
    #: Cursor to ask from next time (the last seq handed out, or ``since`` if none).
    next: int
    more: bool
    #: With ``checkins=rows``: the page's check-ins as rows of ``CHECKIN_ROW_COLUMNS``.
    checkins: list[list[Any]] = Field(default_factory=list)


#: A check-in row of a pull with ``checkins=rows``: the values in this order, as a desk
#: stores them (ids as 32 lowercase hex digits, ``at`` as UTC "YYYY-MM-DD HH:MM:SS.ffffff",
#: ``flagged`` 0 or 1). The server converts each check-in once, not every desk.
CHECKIN_ROW_COLUMNS = (
    "id",
    "participant_id",
    "badge_id",
    "badge_version",
    "zone",
    "direction",
    "at",
    "desk",
    "operator",
    "method",
    "result",
    "reason",
    "flagged",
    "refers_to",
    "note",
    "scanned_text",
)

#: A change as a pulled page hands it to the applier. Check-ins, nearly all of a busy
#: feed, stay the wire's dicts: ``checkins.checkin_row`` checks each field as it stores
#: it, which costs far less than building a model per scan first.
PulledChange = FeedChange | dict[str, Any]


@dataclass(frozen=True)
class PulledPage:
    changes: list[PulledChange]
    next: int
    more: bool
    #: Check-ins in row form (``CHECKIN_ROW_COLUMNS``), when the pull asked for them.
    checkin_rows: list[list[Any]] = field(default_factory=list)


class PageGarbled(ValueError):
    """The page is not JSON: a connection cut mid-answer."""


class PageInvalid(ValueError):
    """The page is JSON but not a page of changes."""


def parse_page(body: bytes) -> PulledPage:
    """A pulled page from the server's JSON bytes (``PullResponse``'s shape).

    A well-formed page is read in one pass by pydantic's JSON parser. A page with a
    malformed change is read again leniently: a malformed check-in is handed on as its
    dict (it then fails alone, see ``PageApplier``), anything else refuses the page.
    """
    try:
        whole = PullResponse.model_validate_json(body)
    except ValidationError:
        pass
    else:
        _check_page(whole.next, whole.checkins)
        return PulledPage(list(whole.changes), whole.next, whole.more, whole.checkins)
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise PageGarbled("the page is not JSON") from exc
    if not isinstance(doc, dict):
        raise PageInvalid("the page is not an object")
    changes, cursor, more = doc.get("changes"), doc.get("next"), doc.get("more")
    if not isinstance(changes, list) or type(cursor) is not int or type(more) is not bool:
        raise PageInvalid("the page lacks changes, next or more")
    out: list[PulledChange] = []
    for item in changes:
        if not isinstance(item, dict):
            raise PageInvalid("a change is not an object")
        if item.get("entity") == "checkin" and isinstance(item.get("data"), dict):
            out.append(item)
            continue
        try:
            out.append(FeedChange.model_validate(item))
        except ValidationError as exc:
            raise PageInvalid(
                f"a change is not understood: {exc.error_count()} problem(s)"
            ) from exc
    rows = doc.get("checkins", [])
    _check_page(cursor, rows)
    return PulledPage(out, cursor, more, rows)


def _check_page(cursor: int, rows: Any) -> None:
    """What the page's types alone do not say: a cursor is never negative and every
    check-in row has one value per column."""
    if cursor < 0:
        raise PageInvalid("the page's cursor is negative")
    width = len(CHECKIN_ROW_COLUMNS)
    # map() rather than a generator: a page holds up to 25,000 rows.
    if not isinstance(rows, list) or (
        rows and (set(map(type, rows)) != {list} or set(map(len, rows)) != {width})
    ):
        raise PageInvalid(f"check-in rows must be lists of {width} values")


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    public_key: str = Field(description="the desk's Ed25519 badge key, raw bytes as hex")
    desk_id: uuid.UUID | None = None


class DeskKey(BaseModel):
    """A desk's badge-signing key as every desk learns it (also the ``desk key`` change)."""

    desk_id: uuid.UUID
    name: str
    role: str
    key_id: int
    public_key: str
    certificate: str
    revoked: bool


class EnrollResponse(BaseModel):
    token: str
    desk_id: uuid.UUID
    role: str
    certificate: str
    event: dict[str, Any]
    desks: list[DeskKey]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
    database: str
    cursor: int
