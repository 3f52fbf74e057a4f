"""What the participants service hands out and takes in: table rows, details, history
entries, the list filter and a walk-in, with the query and the builders behind them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.db.models import Category, Delegation, Participant
from desktop.domain.countries import country_name
from desktop.text.names import full_name, latin_full_name


@dataclass(frozen=True)
class ParticipantRow:
    """One row of the participants table and of search results.

    The desk's view of a person at a scan is :class:`desktop.domain.checkin.ParticipantSummary`.
    """

    id: str
    registration_code: str
    native_name: str
    latin_name: str
    delegation: str
    country: str
    country_name: str
    category_code: str
    category_name: str
    category_colour: str
    title: str
    organisation: str
    status: str
    score: float = 0.0
    given_name: str = ""
    family_name: str = ""
    given_name_latin: str = ""
    family_name_latin: str = ""

    def to_json(self) -> dict[str, Any]:
        """As ``search --json`` prints it; ``category`` is the category's code, as in
        ``checkin --json``, with its name beside it."""
        data = asdict(self)
        data["category"] = self.category_code
        return data


@dataclass(frozen=True)
class ParticipantDetail(ParticipantRow):
    given_name: str = ""
    family_name: str = ""
    given_name_latin: str = ""
    family_name_latin: str = ""
    latin_generated: bool = False
    email: str = ""
    phone: str = ""
    languages: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)
    zones_from_category: bool = True
    notes: str = ""
    badge_id: int = 0
    badge_version: int = 1
    has_photo: bool = False
    delegation_id: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change of a participant or their badge: who, where, when, what."""

    at: datetime
    desk: str
    operator: str
    entity: str
    op: str
    data: dict[str, Any]


@dataclass(frozen=True)
class ParticipantFilter:
    text: str = ""
    delegation: str = ""
    country: str = ""
    category: str = ""
    status: str = ""


@dataclass(frozen=True)
class WalkIn:
    """What the desk types for a walk-in registration."""

    given_name: str
    family_name: str
    delegation: str
    country: str
    category: str
    given_name_latin: str = ""
    family_name_latin: str = ""
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    notes: str = ""


def row_select() -> Any:
    return (
        select(
            Participant.id,
            Participant.registration_code,
            Participant.given_name,
            Participant.family_name,
            Participant.given_name_latin,
            Participant.family_name_latin,
            Delegation.name,
            Participant.country,
            Category.code,
            Category.name,
            Category.colour,
            Participant.title,
            Participant.organisation,
            Participant.status,
        )
        .join(Category, Participant.category_id == Category.id)
        .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
    )


def row_of(row: Any, score: float = 0.0) -> ParticipantRow:
    return ParticipantRow(
        id=str(row[0]),
        registration_code=row[1],
        native_name=full_name(row[2], row[3], row[7]),
        latin_name=latin_full_name(row[4], row[5], row[7]),
        delegation=row[6] or "",
        country=row[7],
        country_name=country_name(row[7]),
        category_code=row[8],
        category_name=row[9],
        category_colour=row[10],
        title=row[11],
        organisation=row[12],
        status=row[13],
        score=score,
        given_name=row[2],
        family_name=row[3],
        given_name_latin=row[4],
        family_name_latin=row[5],
    )


def detail_of(p: Participant) -> ParticipantDetail:
    cat = p.category
    zones = p.zones if p.zones is not None else list(cat.default_zones)
    return ParticipantDetail(
        id=str(p.id),
        registration_code=p.registration_code,
        native_name=p.native_name,
        latin_name=p.latin_name,
        delegation=p.delegation.name if p.delegation else "",
        country=p.country,
        country_name=country_name(p.country),
        category_code=cat.code,
        category_name=cat.name,
        category_colour=cat.colour,
        title=p.title,
        organisation=p.organisation,
        status=p.status,
        given_name=p.given_name,
        family_name=p.family_name,
        given_name_latin=p.given_name_latin,
        family_name_latin=p.family_name_latin,
        latin_generated=p.latin_generated,
        email=p.email,
        phone=p.phone,
        languages=list(p.languages or []),
        zones=list(zones),
        zones_from_category=p.zones is None,
        notes=p.notes,
        badge_id=p.badge_id,
        badge_version=p.badge_version,
        has_photo=p.photo is not None,
        delegation_id=str(p.delegation_id) if p.delegation_id else "",
    )
