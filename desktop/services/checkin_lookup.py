"""What the scan path reads on the check-in desk's own connection: the event's rules and people.

The rules (zones, categories, the desk keys whose certificates hold) come from small tables
and are cached by the service until another connection commits; people are looked up by
badge identity, registration code (any case) or id, with the columns the desk shows. Stored
values are read through the storage codec (:mod:`desktop.db.codec`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.db import codec
from desktop.db.models import Category, Event, Participant
from desktop.domain import keys
from desktop.domain.checkin import CategoryRule, ParticipantSummary, ZoneRule
from desktop.errors import NoEvent, NotFound

log = logging.getLogger(__name__)

#: Longest registration code a scan or a typed text is taken for.
MAX_CODE = 64

_P_COLUMNS = """p.id, p.registration_code, p.badge_id, p.badge_version, p.given_name,
    p.family_name, p.given_name_latin, p.family_name_latin, p.title, p.organisation,
    p.country, p.category_id, p.zones, p.status, p.photo IS NOT NULL, p.merged_into,
    coalesce(d.name, '')"""
_P_FROM = "FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id"
SQL_BY_BADGE = f"""SELECT {_P_COLUMNS},
    (SELECT bv.revoked FROM badge_version bv WHERE bv.participant_id = p.id AND bv.version = ?)
    {_P_FROM} WHERE p.badge_id = ?"""
SQL_BY_CODE = (
    f"SELECT {_P_COLUMNS}, NULL {_P_FROM} WHERE p.event_id = ? AND p.registration_code = ?"
)
SQL_BY_CODE_NOCASE = (
    f"SELECT {_P_COLUMNS}, NULL {_P_FROM} "
    "WHERE p.event_id = ? AND p.registration_code = ? COLLATE NOCASE"
)
SQL_BY_ID = f"SELECT {_P_COLUMNS}, NULL {_P_FROM} WHERE p.id = ?"
SQL_EVENT = f"""SELECT e.id, e.tag, e.start_date, e.end_date, e.timezone, e.authority_public_key
    FROM event e LEFT JOIN meta m ON m.key = 'event_id'
    ORDER BY ({codec.hex_sql("m.value")} = e.id) DESC, e.created_at LIMIT 1"""

_ZONES = codec.decoder(Participant.__table__.c.zones)
_DEFAULT_ZONES = codec.decoder(Category.__table__.c.default_zones)
_DATE = codec.decoder(Event.__table__.c.start_date)


def stored_id(any_id: str) -> str:
    """An id given to the service (any form) as stored; NotFound for what is not one."""
    try:
        stored = codec.stored_id(any_id)
    except ValueError as exc:
        raise NotFound("no such check-in", id=any_id) from exc
    if stored is None:
        raise NotFound("no such check-in", id=any_id)
    return stored


@dataclass
class DeskKey:
    key: Ed25519PublicKey
    revoked: bool


@dataclass
class Rules:
    """What the hot path needs from small tables, loaded once per database change."""

    event_id: str
    tag: int
    start: date | None
    end: date | None
    tz: ZoneInfo
    zones: dict[str, ZoneRule]
    categories: dict[str, CategoryRule]
    keys: dict[int, list[DeskKey]]
    self_key_id: int | None
    self_private: Ed25519PrivateKey | None

    def zone(self, code: str) -> ZoneRule:
        """A zone by its code, else by its code or name in any case."""
        zone = self.zones.get(code)
        if zone is not None:
            return zone
        wanted = code.strip().casefold()
        for candidate in self.zones.values():
            if wanted in (candidate.code.casefold(), candidate.name.casefold()):
                return candidate
        raise NotFound(f"no zone '{code}'", zone=code)


@dataclass
class Certificates:
    """Which desk keys the event's authority certified (checked once per key and tag)."""

    _known: dict[tuple[int, bytes, bytes | None, bytes | None], bool] = field(default_factory=dict)

    def hold(
        self, tag: int, key_id: int, public: bytes, cert: bytes | None, authority: bytes | None
    ) -> bool:
        memo = (tag, bytes(public), bytes(cert) if cert else None, authority)
        if memo not in self._known:
            self._known[memo] = bool(
                cert
                and authority
                and keys.key_id_for(bytes(public)) == key_id
                and keys.verify_certificate(authority, tag, key_id, bytes(public), bytes(cert))
            )
        return self._known[memo]


def load_rules(conn: Any, certificates: Certificates) -> Rules:
    """The event's rules as the connection sees them now."""
    row = conn.execute(SQL_EVENT).fetchone()
    if row is None:
        raise NoEvent("this database holds no event yet")
    event_id, tag, start, end, tz_name, authority = row
    try:
        tz = ZoneInfo(tz_name or "UTC")
    except (ValueError, KeyError):
        tz = ZoneInfo("UTC")
    zones = {
        code: ZoneRule(code, name, bool(reentry))
        for code, name, reentry in conn.execute(
            "SELECT code, name, reentry FROM zone WHERE event_id = ? ORDER BY sort", (event_id,)
        )
    }
    categories = {
        cid: CategoryRule(cid, code, name, colour, frozenset(_DEFAULT_ZONES(dz) or ()))
        for cid, code, name, colour, dz in conn.execute(
            "SELECT id, code, name, colour, default_zones FROM category WHERE event_id = ?",
            (event_id,),
        )
    }
    desk_keys, self_key_id, self_private = _desk_keys(conn, certificates, tag, authority)
    return Rules(
        event_id=event_id,
        tag=tag,
        start=_DATE(start),
        end=_DATE(end),
        tz=tz,
        zones=zones,
        categories=categories,
        keys=desk_keys,
        self_key_id=self_key_id,
        self_private=self_private,
    )


def _desk_keys(
    conn: Any, certificates: Certificates, tag: int, authority: bytes | None
) -> tuple[dict[int, list[DeskKey]], int | None, Ed25519PrivateKey | None]:
    """The desk keys badges may be signed with, and this desk's own signing key."""
    desk_keys: dict[int, list[DeskKey]] = {}
    self_key_id: int | None = None
    self_private: Ed25519PrivateKey | None = None
    for key_id, public, private, cert, revoked, is_self in conn.execute(
        "SELECT key_id, public_key, private_key, certificate, revoked, is_self FROM desk"
    ):
        if is_self and private and not revoked:
            self_key_id = key_id
            self_private = Ed25519PrivateKey.from_private_bytes(bytes(private))
        if not certificates.hold(tag, key_id, public, cert, authority):
            log.warning("desk key %04x has no valid certificate; its badges are refused", key_id)
            continue
        try:
            key = Ed25519PublicKey.from_public_bytes(bytes(public))
        except ValueError:
            continue
        desk_keys.setdefault(key_id, []).append(DeskKey(key, bool(revoked)))
    return desk_keys, self_key_id, self_private


@dataclass
class Person:
    """A person as the scan path judges them: what the desk shows, and the rules' inputs."""

    hex_id: str
    summary: ParticipantSummary
    category_id: str
    zones: list[str] | None
    merged_into: str | None
    version_revoked: bool


def person_of(r: Rules, row: Any) -> Person:
    """A row of ``_P_COLUMNS`` (and the badge version's revocation) as a person."""
    category = r.categories.get(row[11])
    summary = ParticipantSummary(
        id=codec.id_text(row[0]) or "",
        registration_code=row[1],
        given_name=row[4],
        family_name=row[5],
        given_name_latin=row[6],
        family_name_latin=row[7],
        title=row[8],
        organisation=row[9],
        delegation=row[16],
        country=row[10],
        category_code=category.code if category else "",
        category_name=category.name if category else "",
        category_colour=category.colour if category else "#777777",
        status=row[13],
        has_photo=bool(row[14]),
        badge_id=row[2],
        badge_version=row[3],
    )
    return Person(row[0], summary, row[11], _ZONES(row[12]), row[15], bool(row[17]))


def _code_variants(code: str) -> Iterator[str]:
    yield from dict.fromkeys((code, code.upper(), code.lower()))


def by_code(conn: Any, r: Rules, code: str, *, follow: bool = True) -> Person | None:
    """The person with this registration code (any case); with ``follow``, the one a merged
    person was merged into."""
    code = code.strip()
    if not code or len(code) > MAX_CODE:
        return None
    row = None
    for variant in _code_variants(code):
        row = conn.execute(SQL_BY_CODE, (r.event_id, variant)).fetchone()
        if row:
            break
    if row is None and code.isascii():
        row = conn.execute(SQL_BY_CODE_NOCASE, (r.event_id, code)).fetchone()
    if row is None:
        return None
    person = person_of(r, row)
    if follow and person.merged_into:
        merged = conn.execute(SQL_BY_ID, (stored_id(person.merged_into),)).fetchone()
        if merged:
            return person_of(r, merged)
    return person


def by_id(conn: Any, r: Rules, stored: str | None) -> Person | None:
    """The person with this stored id (None for none)."""
    if not stored:
        return None
    row = conn.execute(SQL_BY_ID, (stored,)).fetchone()
    return person_of(r, row) if row else None


def by_badge(conn: Any, r: Rules, badge_id: int, version: int) -> Person | None:
    """The person holding this badge identity, with whether this version was revoked."""
    row = conn.execute(SQL_BY_BADGE, (version, badge_id)).fetchone()
    return person_of(r, row) if row else None
