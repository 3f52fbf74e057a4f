"""Participants: listing and filtering, details, walk-in registration, edits, cancel, merge.

Every change is written with its change-log record in the same transaction, stamped by
the desk's hybrid logical clock per field, so sync can merge edits field by field.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.batches import chunks
from desktop.db.models import Category, ChangeLog, Delegation, Participant, utcnow
from desktop.domain.countries import country_name, resolve_country
from desktop.errors import InvalidInput, NotFound
from desktop.services.participant_records import (
    new_badge_id,
    participant_change_data,
    refresh_search_key,
)
from desktop.services.participant_views import (
    HistoryEntry,
    ParticipantDetail,
    ParticipantFilter,
    ParticipantRow,
    WalkIn,
    detail_of,
    row_of,
    row_select,
)
from desktop.text.keys import registration_code_for
from desktop.text.names import full_name, latin_part
from desktop.text.normalise import clean_text, fold

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

#: Fields a desk may edit, in the order the detail panel shows them.
EDITABLE_FIELDS = (
    "given_name",
    "family_name",
    "given_name_latin",
    "family_name_latin",
    "title",
    "organisation",
    "country",
    "email",
    "phone",
    "languages",
    "zones",
    "notes",
)
#: What a desk may reassign besides the fields: the category (by code or name) and the
#: delegation (by name; a new name makes a new delegation of the person's country).
ASSIGNABLE = ("category", "delegation")

__all__ = [
    "ASSIGNABLE",
    "EDITABLE_FIELDS",
    "HistoryEntry",
    "ParticipantDetail",
    "ParticipantFilter",
    "ParticipantRow",
    "ParticipantService",
    "WalkIn",
]


class ParticipantService:
    """Use cases on participants, for the GUI, the CLI and the server."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------
    def count(self) -> int:
        with self.db.session() as s:
            return int(s.query(Participant).count())

    def summaries(self, flt: ParticipantFilter | None = None) -> list[ParticipantRow]:
        """All participants matching a filter, ordered by delegation then Latin name."""
        flt = flt or ParticipantFilter()
        stmt = row_select()
        if flt.delegation:
            stmt = stmt.where(Delegation.name == flt.delegation)
        if flt.country:
            stmt = stmt.where(Participant.country == flt.country)
        if flt.category:
            stmt = stmt.where(Category.code == flt.category)
        if flt.status:
            stmt = stmt.where(Participant.status == flt.status)
        if flt.text.strip():
            for token in fold(flt.text).split():
                escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                stmt = stmt.where(Participant.search_key.like(f"%{escaped}%", escape="\\"))
        stmt = stmt.order_by(
            Delegation.name, Participant.family_name_latin, Participant.given_name_latin
        )
        with self.db.session() as s:
            return [row_of(r) for r in s.execute(stmt)]

    def summaries_by_ids(self, ids: Iterable[str]) -> dict[str, ParticipantRow]:
        wanted = [uuid.UUID(i) for i in ids]
        if not wanted:
            return {}
        out: dict[str, ParticipantRow] = {}
        with self.db.session() as s:
            for chunk in chunks(wanted):
                for row in s.execute(row_select().where(Participant.id.in_(chunk))):
                    out[str(row[0])] = row_of(row)
        return out

    def get(self, key: str) -> ParticipantDetail:
        """A participant by id or registration code."""
        with self.db.session() as s:
            return detail_of(self._load(s, key))

    def photo(self, key: str) -> bytes | None:
        with self.db.session() as s:
            return self._load(s, key).photo

    def history(self, key: str) -> list[HistoryEntry]:
        """Every recorded change of this participant and their badge, oldest first."""
        with self.db.session() as s:
            pid = str(self._load(s, key).id)
            rows = s.scalars(
                select(ChangeLog)
                .where(ChangeLog.entity_id == pid, ChangeLog.entity.in_(("participant", "badge")))
                .order_by(ChangeLog.seq)
            ).all()
            return [
                HistoryEntry(r.at, r.origin, r.operator, r.entity, r.op, dict(r.data or {}))
                for r in rows
            ]

    def delegations(self) -> list[tuple[str, str]]:
        """(name, country) of every delegation, by name."""
        with self.db.session() as s:
            rows = s.execute(select(Delegation.name, Delegation.country).order_by(Delegation.name))
            return [(r[0], r[1]) for r in rows]

    def countries(self) -> list[tuple[str, str]]:
        """(code, name) of every country with participants, by name."""
        with self.db.session() as s:
            codes = s.scalars(select(Participant.country).distinct()).all()
        return sorted(((c, country_name(c)) for c in codes), key=lambda x: x[1])

    def _load(self, s: Session, key: str) -> Participant:
        p: Participant | None = None
        with contextlib.suppress(ValueError):
            p = s.get(Participant, uuid.UUID(key))
        if p is None:
            p = s.scalars(
                select(Participant).where(Participant.registration_code == key.strip().upper())
            ).first()
        if p is None:
            raise NotFound(f"no participant with code or id {key!r}", key=key)
        return p

    # -- changing ------------------------------------------------------------------
    def register_walk_in(self, walk_in: WalkIn) -> ParticipantDetail:
        """Register a person at the desk; returns the new participant (badge version 1)."""
        given, family = (
            clean_text(walk_in.given_name).strip(),
            clean_text(walk_in.family_name).strip(),
        )
        given_l = clean_text(walk_in.given_name_latin).strip()
        family_l = clean_text(walk_in.family_name_latin).strip()
        if not (given or family or given_l or family_l):
            raise InvalidInput("a name is required", field="name")
        country = resolve_country(walk_in.country)
        if country is None:
            raise InvalidInput(f"unknown country {walk_in.country!r}", field="country")
        if not walk_in.delegation.strip():
            raise InvalidInput("a delegation is required", field="delegation")
        generated = False
        if not (given_l or family_l):
            given_l, family_l, generated = latin_part(given), latin_part(family), True
        if not (given or family):
            given, family = given_l, family_l
        with self.db.session() as s:
            event = setup.current_event(s)
            if event is None:
                event_info = self.db.ensure_event()
                event = setup.current_event(s)
                assert event is not None, event_info
            category = self._category(s, event.id, walk_in.category)
            delegation = self._delegation(s, event.id, walk_in.delegation.strip(), country)
            code = registration_code_for(
                full_name(given, family, country), delegation.name, salt=str(uuid.uuid4())
            )
            p = Participant(
                event_id=event.id,
                registration_code=code,
                badge_id=new_badge_id(),
                given_name=given,
                family_name=family,
                given_name_latin=given_l,
                family_name_latin=family_l,
                latin_generated=generated,
                title=walk_in.title.strip(),
                organisation=walk_in.organisation.strip(),
                delegation_id=delegation.id,
                country=country,
                category_id=category.id,
                email=walk_in.email.strip(),
                phone=walk_in.phone.strip(),
                languages=list(walk_in.languages),
                notes=walk_in.notes,
            )
            p.delegation, p.category = delegation, category
            refresh_search_key(p, delegation.name)
            s.add(p)
            s.flush()
            data = participant_change_data(p)
            data["walk_in"] = True
            self.db.recorder.record(s, "participant", p.id, "create", data)
            return detail_of(p)

    def update(self, key: str, changes: dict[str, Any]) -> ParticipantDetail:
        """Edit fields of a participant; every changed field is audited and clocked."""
        unknown = set(changes) - set(EDITABLE_FIELDS) - set(ASSIGNABLE)
        if unknown:
            raise InvalidInput(f"fields that cannot be edited: {sorted(unknown)}")
        with self.db.session() as s:
            p = self._load(s, key)
            changed: dict[str, Any] = {}
            # Category and delegation are stored as ids; the record carries the id (what
            # sync merges, field by field) and the name beside it (what the history shows).
            shown: dict[str, Any] = {}
            if "category" in changes:
                category = self._category(s, p.event_id, str(changes["category"] or ""))
                if category.id != p.category_id:
                    changed["category_id"] = str(category.id)
                    shown["category"] = category.code
                    p.category_id, p.category = category.id, category
            if "delegation" in changes:
                name = clean_text(str(changes["delegation"] or "")).strip()
                if not name:
                    raise InvalidInput("a delegation is required", field="delegation")
                if p.delegation is None or p.delegation.name != name:
                    country = resolve_country(str(changes.get("country") or "")) or p.country
                    delegation = self._delegation(s, p.event_id, name, country)
                    changed["delegation_id"] = str(delegation.id)
                    shown["delegation"] = delegation.name
                    p.delegation_id, p.delegation = delegation.id, delegation
            for name, value in changes.items():
                if name in ASSIGNABLE:
                    continue
                if name == "country":
                    resolved = resolve_country(str(value))
                    if resolved is None:
                        raise InvalidInput(f"unknown country {value!r}", field="country")
                    value = resolved
                elif isinstance(value, str):
                    value = clean_text(value).strip()
                if getattr(p, name) != value:
                    changed[name] = value
                    setattr(p, name, value)
            if not changed:
                return detail_of(p)
            if "given_name_latin" in changed or "family_name_latin" in changed:
                p.latin_generated = False
                changed["latin_generated"] = False
            stamp = str(self.db.clock.now())
            clocks = dict(p.field_clocks or {})
            for name in changed:
                clocks[name] = stamp
            p.field_clocks = clocks
            p.updated_at = utcnow()
            refresh_search_key(p, p.delegation.name if p.delegation else "")
            self.db.recorder.record(
                s,
                "participant",
                p.id,
                "update",
                {**changed, **shown, "field_clocks": dict.fromkeys(changed, stamp)},
            )
            return detail_of(p)

    def set_status(self, key: str, status: str, reason: str = "") -> ParticipantDetail:
        """Cancel (or reinstate) a participant: a cancelled badge is refused at check-in."""
        if status not in ("registered", "cancelled"):
            raise InvalidInput(f"unknown status {status!r}")
        with self.db.session() as s:
            p = self._load(s, key)
            if p.status != status:
                p.status = status
                stamp = str(self.db.clock.now())
                p.field_clocks = {**(p.field_clocks or {}), "status": stamp}
                p.updated_at = utcnow()
                op = "cancel" if status == "cancelled" else "update"
                self.db.recorder.record(
                    s,
                    "participant",
                    p.id,
                    op,
                    {"status": status, "reason": reason, "field_clocks": {"status": stamp}},
                )
            return detail_of(p)

    def merge(self, keep: str, drop: str) -> ParticipantDetail:
        """Merge a duplicate into the participant kept; the duplicate is cancelled and linked."""
        with self.db.session() as s:
            kept, dropped = self._load(s, keep), self._load(s, drop)
            if kept.id == dropped.id:
                raise InvalidInput("a participant cannot be merged with itself")
            filled: dict[str, Any] = {}
            for name in EDITABLE_FIELDS:
                if not getattr(kept, name) and getattr(dropped, name):
                    filled[name] = getattr(dropped, name)
                    setattr(kept, name, getattr(dropped, name))
            if kept.photo is None and dropped.photo is not None:
                kept.photo = dropped.photo
            dropped.status = "cancelled"
            dropped.merged_into = kept.id
            refresh_search_key(kept, kept.delegation.name if kept.delegation else "")
            self.db.recorder.record(
                s,
                "participant",
                kept.id,
                "merge",
                {"merged": str(dropped.id), "filled": filled},
            )
            self.db.recorder.record(
                s,
                "participant",
                dropped.id,
                "cancel",
                {"status": "cancelled", "merged_into": str(kept.id)},
            )
            return detail_of(kept)

    # -- helpers -------------------------------------------------------------------
    def _category(self, s: Session, event_id: uuid.UUID, text: str) -> Category:
        key = text.strip().casefold()
        for cat in s.scalars(select(Category).where(Category.event_id == event_id)):
            if key in (cat.code.casefold(), cat.name.casefold()):
                return cat
        raise InvalidInput(f"unknown category {text!r}", field="category")

    def _delegation(self, s: Session, event_id: uuid.UUID, name: str, country: str) -> Delegation:
        found = s.scalars(
            select(Delegation).where(Delegation.event_id == event_id, Delegation.name == name)
        ).first()
        if found is not None:
            return found
        delegation = Delegation(event_id=event_id, name=name, country=country)
        s.add(delegation)
        s.flush()
        self.db.recorder.record(
            s,
            "delegation",
            delegation.id,
            "create",
            {"id": str(delegation.id), "name": name, "country": country, "languages": []},
        )
        return delegation
