"""Check-in decisions as plain types, and the rules that make them.

Results: ``admitted`` (green), ``already_in`` (amber, with when and at which desk) and
``rejected`` (red, with a reason code). Stored facts may also be ``undone``. Reason codes
are stable identifiers; ``ui/`` turns them into words.

Re-entry (decided here, shown by the desk):

* A second "in" in a zone while the person's last effective record there is "in" is
  ``already_in`` in every zone, so the operator always sees a duplicate with when and
  where. In a zone with ``reentry`` the amber result still lets the person pass
  (``entry_allowed``: they left without scanning out); in a zone without it they may
  not pass unless a supervisor overrides.
* After an "out" the next "in" is ``admitted``. An "out" is always admitted for a genuine
  badge (nobody is kept inside); without a previous "in" its reason is ``not_inside``.
* An undone admission no longer counts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Final, Literal

from desktop.text.names import full_name, latin_full_name

Result = Literal["admitted", "already_in", "rejected"]
Direction = Literal["in", "out"]
Method = Literal["scan", "search", "manual", "camera", "kiosk"]

ADMITTED: Final = "admitted"
ALREADY_IN: Final = "already_in"
REJECTED: Final = "rejected"
UNDONE: Final = "undone"

DIRECTIONS: Final = ("in", "out")
METHODS: Final = ("scan", "search", "manual", "camera", "kiosk")


class Reason:
    """Reason codes of a decision (stable: stored, synced, translated by the GUI)."""

    # admitted
    NONE: Final = ""
    PENDING_DETAILS: Final = "pending_details"
    OVERRIDE: Final = "override"
    NOT_INSIDE: Final = "not_inside"
    NEWER_BADGE: Final = "newer_badge"
    # already in
    REENTRY: Final = "reentry"
    NO_REENTRY: Final = "no_reentry"
    # rejected: the scanned text
    UNREADABLE: Final = "unreadable"
    TRUNCATED: Final = "truncated"
    OVERSIZED: Final = "oversized"
    NOT_OURS: Final = "not_ours"
    UNKNOWN: Final = "unknown"
    # rejected: the signature
    FORGED: Final = "forged"
    ALTERED: Final = "altered"
    UNKNOWN_KEY: Final = "unknown_key"
    REVOKED_KEY: Final = "revoked_key"
    # rejected: the badge or the person
    FOREIGN_EVENT: Final = "foreign_event"
    SUPERSEDED: Final = "superseded"
    CANCELLED: Final = "cancelled"
    ZONE_NOT_ALLOWED: Final = "zone_not_allowed"
    NOT_VALID_TODAY: Final = "not_valid_today"
    # undo
    UNDO: Final = "undo"


#: Rejections a supervisor may override (a forged or foreign badge is not a person's right).
OVERRIDABLE: Final = frozenset(
    {
        Reason.CANCELLED,
        Reason.ZONE_NOT_ALLOWED,
        Reason.NOT_VALID_TODAY,
        Reason.SUPERSEDED,
        Reason.UNKNOWN_KEY,
        Reason.NO_REENTRY,
        Reason.UNKNOWN,
    }
)


@dataclass(frozen=True)
class ParticipantSummary:
    """What the desk shows about a person: both name forms, delegation, category colour."""

    id: str
    registration_code: str
    given_name: str
    family_name: str
    given_name_latin: str
    family_name_latin: str
    title: str
    organisation: str
    delegation: str
    country: str
    category_code: str
    category_name: str
    category_colour: str
    status: str
    has_photo: bool
    badge_id: int
    badge_version: int

    @property
    def native_name(self) -> str:
        """In the order of the person's language, as badges print it (王芳, Nguyễn Thị Hương)."""
        return full_name(self.given_name, self.family_name, self.country)

    @property
    def latin_name(self) -> str:
        """Family name first where the language puts it first (Wang Fang, Nguyen Thi Huong)."""
        return latin_full_name(self.given_name_latin, self.family_name_latin, self.country)

    @property
    def display_name(self) -> str:
        return self.native_name or self.latin_name

    def to_json(self) -> dict[str, Any]:
        """The participant as the CLI prints it."""
        return {
            "id": self.id,
            "registration_code": self.registration_code,
            "native_name": self.native_name,
            "latin_name": self.latin_name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "given_name_latin": self.given_name_latin,
            "family_name_latin": self.family_name_latin,
            "title": self.title,
            "organisation": self.organisation,
            "delegation": self.delegation,
            "country": self.country,
            "category": self.category_code,
            "category_name": self.category_name,
            "category_colour": self.category_colour,
            "status": self.status,
            "badge_version": self.badge_version,
        }


@dataclass(frozen=True)
class PreviousCheckin:
    """The earlier admission an ``already_in`` refers to."""

    checkin_id: str
    at: datetime
    desk: str
    zone: str


@dataclass(frozen=True)
class Decision:
    """The answer to one scan, returned only after it is durably recorded."""

    result: Result
    reason: str
    checkin_id: str
    zone: str
    direction: Direction
    at: datetime
    method: str
    participant: ParticipantSummary | None = None
    previous: PreviousCheckin | None = None
    #: A genuine badge of a person this desk has never seen: details arrive with the next sync.
    pending_details: bool = False
    #: Whether the person may pass (admitted, or amber in a zone with re-entry).
    entry_allowed: bool = False
    badge_id: int | None = None
    badge_version: int | None = None
    #: For a rejected scan, what exactly was wrong with it ("badge id ... outside ...").
    detail: str = ""

    @property
    def admitted(self) -> bool:
        return self.result == ADMITTED

    @property
    def overridable(self) -> bool:
        return self.result != ADMITTED and (self.reason in OVERRIDABLE or self.result == ALREADY_IN)

    def to_json(self) -> dict[str, Any]:
        """The CLI contract: result, reason (null when plainly admitted), participant or null;
        ``detail`` in words when a rejected scan has more to say than its reason."""
        data: dict[str, Any] = {
            "result": self.result,
            "reason": self.reason or None,
            "participant": self.participant.to_json() if self.participant else None,
        }
        if self.detail:
            data["detail"] = self.detail
        return data


@dataclass(frozen=True)
class CheckinRecord:
    """A stored check-in fact, as lists and undo show it."""

    id: str
    participant_id: str | None
    badge_id: int | None
    badge_version: int | None
    zone: str
    direction: str
    at: datetime
    desk: str
    operator: str
    method: str
    result: str
    reason: str
    refers_to: str | None = None
    note: str = ""
    flagged: bool = False
    name: str = ""
    name_latin: str = ""
    delegation: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


@dataclass(frozen=True)
class Counters:
    """Live counters for the desk page."""

    desk_today: int = 0
    zone_today: int = 0
    inside_now: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "desk_today": self.desk_today,
            "zone_today": self.zone_today,
            "inside_now": self.inside_now,
        }


@dataclass(frozen=True)
class ZoneRule:
    code: str
    name: str
    reentry: bool


@dataclass(frozen=True)
class CategoryRule:
    id: str
    code: str
    name: str
    colour: str
    default_zones: frozenset[str] = field(default_factory=frozenset)


def zone_allowed(person_zones: list[str] | None, category: CategoryRule | None, zone: str) -> bool:
    """A person's own zone list wins; otherwise the category's default zones."""
    if person_zones is not None:
        return zone in person_zones
    return category is not None and zone in category.default_zones


def valid_on(day: date, start: date | None, end: date | None) -> bool:
    """Whether badges admit on ``day``: an event without dates admits every day."""
    if start is not None and day < start:
        return False
    return not (end is not None and day > end)
