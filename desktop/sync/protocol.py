"""The sync protocol between desks and the central server: the JSON shapes both sides use.

Version 1, under ``/api/v1/``. Every change carries its own id (the nonce the server
de-duplicates by); the server keeps one global ordered feed and answers each pushed
change on its own, so a batch may be repeated, reordered or cut anywhere.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails, from_json, to_json

from desktop.sync.schema import (
    ENTITIES,
    HLC_PATTERN,
    INT64_MAX,
    UUID_PATTERN,
    AnyChange,
    AnyFeedChange,
    Checked,
)
from desktop.sync.schema import Change as Change
from desktop.sync.schema import FeedChange as FeedChange

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


class PushRequest(BaseModel):
    changes: list[AnyChange]


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
    changes: list[AnyFeedChange]
    #: Cursor to ask from next time (the last seq handed out, or ``since`` if none).
    next: int = Field(ge=0, le=INT64_MAX)
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

#: A change as a pulled page hands it to the applier: a validated change (a dict only
#: from callers that build pages themselves; ``checkins.checkin_row`` reads both).
PulledChange = FeedChange | dict[str, Any]


def stamp_of(change: PulledChange) -> str:
    """A pulled change's clock stamp ("" when it has none)."""
    stamp = change.get("hlc") if isinstance(change, dict) else change.hlc
    return stamp if isinstance(stamp, str) else ""


_ANY_CHANGE: TypeAdapter[Change] = TypeAdapter(AnyChange)
_ANY_FEED_CHANGE: TypeAdapter[FeedChange] = TypeAdapter(AnyFeedChange)
#: How much of a change a desk keeps when it sets the change aside (characters of JSON).
KEPT_BODY = 64 * 1024


@dataclass(frozen=True)
class SetAside:
    """A pulled change this desk cannot apply: kept with the reason, never applied."""

    reason: str
    body: str
    seq: int | None = None
    change_id: str = ""
    entity: str = ""
    entity_id: str = ""
    op: str = ""

    @classmethod
    def of(cls, item: Any, reason: str, seq: int | None = None) -> SetAside:
        """From whatever the server sent (a dict, a check-in row, anything)."""
        get = item.get if isinstance(item, dict) else {}.get
        position = get("seq")
        if type(position) is not int or not 0 <= position <= INT64_MAX:
            position = seq
        if isinstance(item, list):  # a check-in row: its first value is its id
            rid = item[0] if item else ""
            if isinstance(rid, str) and len(rid) == 32 and _HEX32.fullmatch(rid):
                rid = f"{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-{rid[20:]}"
            fields = {"entity": "checkin", "entity_id": rid, "op": "create"}
            get = fields.get
        body = to_json(item, fallback=repr).decode("utf-8", "replace")
        if len(body) > KEPT_BODY:
            body = body[:KEPT_BODY] + f"… ({len(body):,} characters in all)"
        return cls(
            reason=reason[:1000],
            body=body,
            seq=position,
            change_id=_short(get("id"), 64),
            entity=_short(get("entity"), 32),
            entity_id=_short(get("entity_id"), 64),
            op=_short(get("op"), 32),
        )

    @classmethod
    def of_change(cls, change: PulledChange, reason: str) -> SetAside:
        if isinstance(change, dict):
            return cls.of(change, reason)
        return cls.of(change.model_dump(mode="json"), reason)


_HEX32 = re.compile(r"[0-9a-f]{32}")


def _short(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


@dataclass(frozen=True)
class PulledPage:
    changes: list[PulledChange]
    next: int
    more: bool
    #: Check-ins in row form (``CHECKIN_ROW_COLUMNS``), when the pull asked for them.
    checkin_rows: list[list[Any]] = field(default_factory=list)
    #: Changes of the page that do not meet the schema: the desk keeps them aside.
    set_aside: list[SetAside] = field(default_factory=list)


class PageGarbled(ValueError):
    """The page is not JSON: a connection cut mid-answer."""


class PageInvalid(ValueError):
    """The page is JSON but not a page of changes (no cursor to go on from)."""


#: Patterns of the schema, in words.
_PATTERNS = {
    UUID_PATTERN: "not a UUID (lowercase, with dashes)",
    HLC_PATTERN: "not a clock stamp (wall ms.counter.node)",
}


def describe(exc: ValidationError) -> str:
    """A change's first problem, naming its field ("data.badge_id: ..."), and how many
    more it has."""
    errors = exc.errors(include_url=False)
    first = _problem(errors[0]) if errors else "not a change"
    return first if len(errors) < 2 else f"{first} (and {len(errors) - 1} more)"


def _problem(error: ErrorDetails) -> str:
    loc = [str(part) for part in error["loc"]]
    if loc and loc[0] in ENTITIES:  # the discriminated union's branch
        loc = loc[1:]
    kind, message = error["type"], error["msg"]
    if kind == "union_tag_not_found":
        return "entity: missing"
    if kind == "union_tag_invalid":
        tag = str(error.get("ctx", {}).get("tag", ""))[:40]
        return f"entity: {tag!r} is not one of {', '.join(ENTITIES)}"
    if kind == "model_attributes_type" or kind == "model_type":
        message = "a change must be a JSON object"
    elif kind == "string_pattern_mismatch":
        pattern = str(error.get("ctx", {}).get("pattern", ""))
        message = _PATTERNS.get(pattern, message)
    where = ".".join(loc)
    return f"{where}: {message}" if where and not message.startswith(f"{where}:") else message


def _validated(item: Any, adapter: TypeAdapter[Any]) -> Any:
    """``item`` (decoded JSON) through the schema as JSON, so strict types (ISO times,
    not numbers) hold as they do for a whole body."""
    return adapter.validate_json(to_json(item))


# -- a push, as the server reads it ----------------------------------------------------


@dataclass(frozen=True)
class Refused:
    """A pushed change that fails the schema: answered ``rejected``, never stored."""

    id: uuid.UUID
    entity: str
    code: str
    message: str


class PushUnreadable(ValueError):
    """The push is not a list of changes with ids to answer: refused whole (422)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("the push is not readable")
        self.errors = errors


class _RawPush(BaseModel):
    changes: list[dict[str, Any]]


class _Identified(BaseModel):
    id: uuid.UUID


def read_push(body: bytes) -> list[Change | Refused]:
    """The changes of a push body, each valid or refused with the field it fails on.

    A valid body is read in one pass; otherwise each change is read on its own. A body
    that is not ``{"changes": [objects]}``, or a change without a UUID id to answer
    it by, makes the whole push unreadable.
    """
    try:
        return list(PushRequest.model_validate_json(body).changes)
    except ValidationError:
        pass
    try:
        raw = _RawPush.model_validate_json(body).changes
    except ValidationError as exc:
        raise PushUnreadable([dict(e) for e in exc.errors(include_url=False)]) from exc
    out: list[Change | Refused] = []
    unanswerable: list[dict[str, Any]] = []
    for index, item in enumerate(raw):
        try:
            out.append(_validated(item, _ANY_CHANGE))
            continue
        except ValidationError as exc:
            reason = describe(exc)
        try:
            cid = _Identified.model_validate(item).id
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                unanswerable.append({**error, "loc": ("changes", index, *error["loc"])})
            continue
        entity = item.get("entity")
        out.append(
            Refused(cid, entity[:32] if isinstance(entity, str) else "", "invalid_change", reason)
        )
    if unanswerable:
        raise PushUnreadable(unanswerable)
    return out


def checked(change: Change | Refused) -> Change | Refused:
    """A change through the schema, if it has not been yet (one built in code rather
    than read from a push): the typed change, or its refusal."""
    if isinstance(change, Refused | Checked):
        return change
    try:
        typed: Change = _validated(change.model_dump(mode="json"), _ANY_CHANGE)
    except ValidationError as exc:
        return Refused(change.id, change.entity, "invalid_change", describe(exc))
    return typed


# -- a pulled page, as a desk reads it --------------------------------------------------


def parse_page(body: bytes) -> PulledPage:
    """A pulled page from the server's JSON bytes (``PullResponse``'s shape).

    A well-formed page is read in one pass by pydantic's JSON parser. Otherwise each
    change and check-in row is read on its own: what fails the schema is set aside
    (``PulledPage.set_aside``), the rest is applied. A change of an entity this desk
    does not know (a newer server) is handed on as a plain change, kept as history.
    Only a page without its cursor is refused (``PageInvalid``).
    """
    try:
        whole = PullResponse.model_validate_json(body)
    except ValidationError:
        pass
    else:
        if _rows_fit(whole.checkins):
            return PulledPage(list(whole.changes), whole.next, whole.more, whole.checkins)
    try:
        doc = from_json(body)
    except ValueError as exc:
        raise PageGarbled("the page is not JSON") from exc
    if not isinstance(doc, dict):
        raise PageInvalid("the page is not an object")
    changes, cursor, more = doc.get("changes"), doc.get("next"), doc.get("more")
    if not isinstance(changes, list) or type(cursor) is not int or type(more) is not bool:
        raise PageInvalid("the page lacks changes, next or more")
    if not 0 <= cursor <= INT64_MAX:
        raise PageInvalid("the page's cursor is out of range")
    out: list[PulledChange] = []
    aside: list[SetAside] = []
    for item in changes:
        if not isinstance(item, dict):
            aside.append(SetAside.of(item, "a change must be a JSON object", cursor))
            continue
        try:
            out.append(_validated(item, _ANY_FEED_CHANGE))
            continue
        except ValidationError as exc:
            reason = describe(exc)
        entity = item.get("entity")
        if isinstance(entity, str) and entity not in ENTITIES:
            try:
                out.append(FeedChange.model_validate(item))
                continue
            except ValidationError:
                pass
        aside.append(SetAside.of(item, reason, cursor))
    rows = doc.get("checkins", [])
    if not isinstance(rows, list):
        raise PageInvalid("the page's check-in rows are not a list")
    width = len(CHECKIN_ROW_COLUMNS)
    fit = [r for r in rows if isinstance(r, list) and len(r) == width]
    if len(fit) < len(rows):
        problem = f"a check-in row must be a list of {width} values"
        aside.extend(SetAside.of(r, problem, cursor) for r in rows if r not in fit)
    return PulledPage(out, cursor, more, fit, aside)


def _rows_fit(rows: list[list[Any]]) -> bool:
    """Whether every check-in row has one value per column (map(), not a generator: a
    page holds up to 25,000 rows)."""
    return not rows or set(map(len, rows)) == {len(CHECKIN_ROW_COLUMNS)}


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
