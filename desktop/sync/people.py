"""Pulled participant and delegation changes: people merged field by field, by their stamps.

A participant created elsewhere arrives as a ``create`` and is inserted in bulk with the
page (:data:`RAW_PARTICIPANTS` on a desk, a multi-row insert elsewhere); an edit merges
into the stored person field by field, each field taking the value with the later stamp
(:func:`merge_fields`), and the folded search key follows the name fields.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from desktop.db.batches import ROWS_LIMIT, chunks
from desktop.db.codec import as_uuid, stored_id
from desktop.db.models import Category, Delegation, Participant, utcnow
from desktop.db.rawsql import RawInserter, present_ids
from desktop.sync.protocol import FeedChange
from desktop.sync.rules import parse_time, stamp_wins

log = logging.getLogger(__name__)

#: Keys of a participant change that are not columns to copy.
_PARTICIPANT_SKIP = frozenset(
    {
        "id",
        "event_id",
        "field_clocks",
        "photo",
        "import_hash",
        "created_at",
        "updated_at",
        "walk_in",
        "has_photo",
        "reason",
        "merged",
        "filled",
    }
)
_PARTICIPANT_COLUMNS = frozenset(c.key for c in Participant.__table__.columns) - _PARTICIPANT_SKIP
_UUID_COLUMNS = frozenset({"delegation_id", "category_id", "merged_into"})
_NAME_FIELDS = frozenset(
    {
        "given_name",
        "family_name",
        "given_name_latin",
        "family_name_latin",
        "registration_code",
        "organisation",
        "delegation_id",
    }
)
CREATED_CLOCK = "*"


def _search_key(p: Participant | dict[str, Any], delegation_name: str) -> str:
    """The folded search key, as the desk's own participant service makes it."""

    def get(name: str) -> str:
        value = p.get(name) if isinstance(p, dict) else getattr(p, name)
        return str(value or "")

    try:
        from desktop.text.keys import make_search_key
        from desktop.text.names import full_name, latin_full_name

        native = full_name(get("given_name"), get("family_name"), get("country"))
        latin = latin_full_name(get("given_name_latin"), get("family_name_latin"), get("country"))
        return make_search_key(
            [native, latin, get("registration_code"), delegation_name, get("organisation")]
        )
    except ImportError:  # the text helpers are optional for the sync core
        parts = [
            get(n)
            for n in (
                "given_name",
                "family_name",
                "given_name_latin",
                "family_name_latin",
                "registration_code",
                "organisation",
            )
        ]
        return " ".join(x.casefold() for x in [*parts, delegation_name] if x)


PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
#: The same inserts straight through SQLite's connection (desks): see ``rawsql``.
RAW_PARTICIPANTS = RawInserter(PARTICIPANTS)


class PeopleApplier:
    """The participant and delegation changes of one page, inside its session."""

    def __init__(self, s: Session, event_id: uuid.UUID | None, *, sqlite: bool) -> None:
        self.s = s
        self.event_id = event_id
        self.sqlite = sqlite
        #: Participants created by the page, inserted together (:meth:`flush`).
        self.new: dict[uuid.UUID, dict[str, Any]] = {}
        #: Participants of the page this desk holds already.
        self.existing: set[uuid.UUID] = set()
        self._ids: dict[str, uuid.UUID | None] = {}
        self._pids: dict[str, uuid.UUID | None] = {}
        self._categories: dict[uuid.UUID, str] | None = None
        self._delegations: dict[uuid.UUID, str] | None = None

    # -- lookups -------------------------------------------------------------------
    def categories(self) -> dict[uuid.UUID, str]:
        if self._categories is None:
            self._categories = {
                cid: code for cid, code in self.s.execute(select(Category.id, Category.code))
            }
        return self._categories

    def delegations(self) -> dict[uuid.UUID, str]:
        if self._delegations is None:
            self._delegations = {
                did: name for did, name in self.s.execute(select(Delegation.id, Delegation.name))
            }
        return self._delegations

    def prepare(self, changes: Sequence[FeedChange]) -> None:
        """Note which of the page's participants this desk holds already."""
        self._pids = {
            c.entity_id: as_uuid(c.entity_id) for c in changes if c.entity == "participant"
        }
        ids = [pid for pid in self._pids.values() if pid is not None]
        if not ids or self.s.scalar(select(Participant.id).limit(1)) is None:
            self.existing = set()  # a desk's first pull: nobody is here yet
            return
        there = present_ids(self.s, PARTICIPANTS.c.id, [stored_id(i) for i in ids])
        self.existing = {i for i in ids if stored_id(i) in there}

    def flush(self) -> None:
        """Insert the participants the page created so far."""
        if not self.new:
            return
        rows = list(self.new.values())
        if self.sqlite:
            RAW_PARTICIPANTS.insert(self.s, rows)
        else:
            for chunk in chunks(rows, ROWS_LIMIT):
                self.s.connection().execute(insert(PARTICIPANTS), chunk)
        self.new = {}

    # -- participants --------------------------------------------------------------
    def _fields(self, data: dict[str, Any]) -> dict[str, Any]:
        values = {k: v for k, v in data.items() if k in _PARTICIPANT_COLUMNS}
        for key in _UUID_COLUMNS.intersection(values):
            values[key] = self._uuid(values[key])
        if "category_id" in values and values["category_id"] not in self.categories():
            by_code = {code: cid for cid, code in self.categories().items()}
            values["category_id"] = by_code.get(str(data.get("category", ""))) or next(
                iter(self.categories()), None
            )
        if (
            values.get("delegation_id") is not None
            and values["delegation_id"] not in self.delegations()
        ):
            log.warning(
                "participant refers to an unknown delegation %s; left without one",
                values["delegation_id"],
            )
            values["delegation_id"] = None
        return values

    def _uuid(self, value: Any) -> uuid.UUID | None:
        """``as_uuid`` for the few ids (categories, delegations) every participant repeats."""
        if not isinstance(value, str):
            return as_uuid(value)
        if value not in self._ids:
            if len(self._ids) > 10_000:
                self._ids.clear()
            self._ids[value] = as_uuid(value)
        return self._ids[value]

    def participant(self, c: FeedChange) -> None:
        pid = (
            self._pids[c.entity_id] if c.entity_id in self._pids else as_uuid(c.entity_id)
        ) or as_uuid(c.data.get("id"))
        if pid is None:
            raise ValueError("participant change without an id")
        values = self._fields(c.data)
        clocks = dict(c.data.get("field_clocks") or {})
        pending = self.new.get(pid)
        if pending is None and c.op == "create" and pid not in self.existing:
            if self.event_id is None or values.get("category_id") is None:
                raise ValueError("participant arrived before the event was set up")
            row: dict[str, Any] = {
                "badge_version": 1,
                "status": "registered",
                "given_name": "",
                "family_name": "",
                "given_name_latin": "",
                "family_name_latin": "",
                "latin_generated": False,
                "title": "",
                "organisation": "",
                "email": "",
                "phone": "",
                "languages": [],
                "zones": None,
                "notes": "",
                "import_hash": "",
                "merged_into": None,
                "delegation_id": None,
                **values,
                "id": pid,
                "event_id": self.event_id,
                "field_clocks": {**clocks, CREATED_CLOCK: c.hlc},
                "created_at": parse_time(c.data.get("created_at")) or c.at,
                "updated_at": c.at,
            }
            if not row.get("search_key"):
                row["search_key"] = _search_key(
                    row,
                    self.delegations().get(row["delegation_id"], "")
                    if row["delegation_id"]
                    else "",
                )
            self.new[pid] = row
            return
        if pending is not None:
            merge_fields(pending, values, clocks, c.hlc, c.op)
            return
        p = self.s.get(Participant, pid)
        if p is None:
            log.info("participant %s %s before its create; kept as history", c.op, pid)
            return
        state: dict[str, Any] = {k: getattr(p, k) for k in _PARTICIPANT_COLUMNS}
        state["field_clocks"] = dict(p.field_clocks or {})
        changed = merge_fields(state, values, clocks, c.hlc, c.op)
        if not changed:
            return
        for key in changed:
            setattr(p, key, state[key])
        p.field_clocks = state["field_clocks"]
        p.updated_at = utcnow()
        if changed & _NAME_FIELDS or "country" in changed:
            p.search_key = _search_key(
                p, self.delegations().get(p.delegation_id, "") if p.delegation_id else ""
            )

    # -- delegations ---------------------------------------------------------------
    def delegation(self, c: FeedChange) -> None:
        did = as_uuid(c.entity_id) or as_uuid(c.data.get("id"))
        if did is None or self.event_id is None:
            raise ValueError("delegation change without an id or before the event")
        d = self.s.get(Delegation, did)
        name = str(c.data.get("name") or "")
        if d is None:
            clash = self.s.scalars(
                select(Delegation).where(
                    Delegation.event_id == self.event_id, Delegation.name == name
                )
            ).first()
            if clash is not None:
                log.warning(
                    "delegation %r exists here under another id; the change is kept as history",
                    name,
                )
                return
            d = Delegation(
                id=did,
                event_id=self.event_id,
                name=name,
                country=str(c.data.get("country") or "")[:2],
            )
            self.s.add(d)
        for key in ("name", "country", "languages"):
            if key in c.data and c.data[key] is not None:
                setattr(d, key, c.data[key])
        if "head_participant_id" in c.data:
            d.head_participant_id = as_uuid(c.data["head_participant_id"])
        d.updated_at = utcnow()
        self.s.flush()
        self.delegations()[did] = d.name


def merge_fields(
    state: dict[str, Any], values: dict[str, Any], clocks: dict[str, Any], hlc: str, op: str
) -> set[str]:
    """Field-by-field: each field takes the value with the later stamp."""
    own = state.setdefault("field_clocks", {}) or {}
    changed: set[str] = set()
    if op == "cancel" and "status" not in values:
        values = {**values, "status": "cancelled"}
    for key, value in values.items():
        if key == "search_key":
            continue
        remote = str(clocks.get(key) or hlc)
        local = own.get(key) or own.get(CREATED_CLOCK)
        if stamp_wins(remote, local):
            if state.get(key) != value:
                state[key] = value
                changed.add(key)
            own[key] = remote
    state["field_clocks"] = dict(own)
    return changed
