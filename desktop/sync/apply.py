"""Applying pulled changes to a desk's tables, under the merge rules of ``rules``.

A page is applied in one transaction together with the cursor, so a cut connection
or a killed process resumes exactly where the last applied page ended. A change whose
id is already in the change log (one of this desk's own, or a page seen before) is
skipped: nothing is applied twice. Received changes join the change log as history,
already ``sent``.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.models import (
    BadgePrint,
    BadgeVersion,
    Category,
    ChangeLog,
    Delegation,
    Participant,
    utcnow,
)
from desktop.db.rawsql import (
    RawInserter,
    bulk_mode,
    is_sqlite,
    present_ids,
)
from desktop.sync.checkins import CheckinWriter
from desktop.sync.protocol import FeedChange, PulledChange, SetAside
from desktop.sync.records import apply_meeting, as_uuid, upsert_desk_key
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
#: Core tables for bulk inserts: much cheaper per row than the ORM's bulk path.
PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
CHANGES: Table = ChangeLog.__table__  # type: ignore[assignment]
#: The same inserts straight through SQLite's connection (desks): see ``rawsql``.
RAW_PARTICIPANTS = RawInserter(PARTICIPANTS)
RAW_CHANGES = RawInserter(CHANGES, skip=("seq",))


@dataclass
class ApplyResult:
    """What one page (or a whole pull) changed on this desk."""

    received: int = 0
    applied: int = 0
    skipped: int = 0
    failed: int = 0
    entities: set[str] = field(default_factory=set)
    #: The changes that could not be applied (``failed`` of them), with the reason.
    set_aside: list[SetAside] = field(default_factory=list)

    def add(self, other: ApplyResult) -> None:
        self.received += other.received
        self.applied += other.applied
        self.skipped += other.skipped
        self.failed += other.failed
        self.entities |= other.entities
        self.set_aside += other.set_aside


#: Failures that say nothing about a change but about the database (locked, disk full,
#: gone): the round fails and tries again, rather than setting good changes aside.
_NOT_THE_CHANGE = (OperationalError, sqlite3.OperationalError, MemoryError)


def reason_of(exc: BaseException) -> str:
    """An exception as a set-aside reason: its kind and the first line of its message."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:300]


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


class PageApplier:
    """Applies one page of feed changes inside a session (the caller commits)."""

    def __init__(self, s: Session, self_desk_id: str = "") -> None:
        self.s = s
        self.self_desk_id = self_desk_id
        self.sqlite = is_sqlite(s)
        self._ids: dict[str, uuid.UUID | None] = {}
        event = setup.current_event(s)
        self.event_id: uuid.UUID | None = event.id if event else None
        self.result = ApplyResult()
        self._categories: dict[uuid.UUID, str] | None = None
        self._delegations: dict[uuid.UUID, str] | None = None
        self._new_participants: dict[uuid.UUID, dict[str, Any]] = {}
        self._checkins = CheckinWriter(s)
        self._history: list[dict[str, Any]] = []
        self._existing_people: set[uuid.UUID] = set()
        self._pids: dict[str, uuid.UUID | None] = {}
        self._handlers: dict[str, Callable[[FeedChange], None]] = {
            "participant": self._participant,
            "delegation": self._delegation,
            "badge": self._badge,
            "meeting": self._meeting,
            "desk": self._desk,
        }
        if self.sqlite:
            bulk_mode(s)

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

    # -- the page ------------------------------------------------------------------
    def apply_page(
        self,
        changes: Sequence[PulledChange],
        *,
        checkin_rows: Sequence[list[Any]] = (),
        careful: bool = False,
    ) -> ApplyResult:
        """Apply a page: its changes in order, then its check-ins in row form."""
        self.result.received += len(changes) + len(checkin_rows)
        # Check-ins are stored by their own id and are their own history (see ``checkins``);
        # every other change is looked up by change id in the change log.
        others = [c for c in changes if not isinstance(c, dict) and c.entity != "checkin"]
        known = self._known_ids([c.id.hex for c in others])
        self._existing_people = self._existing_participants(others)
        seen: set[str] = set()
        for change in changes:
            if isinstance(change, dict) or change.entity == "checkin":
                self._checkin(change, careful)
                continue
            hexed = change.id.hex
            if hexed in known or hexed in seen:
                self.result.skipped += 1
                continue
            seen.add(hexed)
            if not careful:
                self._apply(change)
                self._history.append(self._history_row(change))
                self.result.applied += 1
                continue
            # One change at a time, each in a savepoint with its history row: a change
            # the tables refuse is set aside (never retried: the cursor moves past it).
            try:
                with self.s.begin_nested():
                    self._apply(change)
                    self._flush_bulk()
                    self._history.append(self._history_row(change))
                    self._flush_history()
            except _NOT_THE_CHANGE:
                raise
            except Exception as exc:
                self._discard_pending()
                self._failed(change, exc)
                continue
            self.result.applied += 1
        self._checkin_rows(list(checkin_rows), careful)
        self._flush_bulk()
        self._flush_history()
        return self.result

    def _flush_history(self) -> None:
        if self._history:
            if self.sqlite:
                RAW_CHANGES.insert(self.s, self._history)
            else:
                self.s.connection().execute(insert(CHANGES), self._history)
            self._history = []

    def _discard_pending(self) -> None:
        """Forget rows collected for a bulk insert whose savepoint was rolled back."""
        self._new_participants = {}
        self._history = []
        self._checkins.clear()

    def _failed(self, change: PulledChange, exc: Exception) -> None:
        self._set_aside(SetAside.of_change(change, reason_of(exc)))

    def _set_aside(self, item: SetAside) -> None:
        self.result.failed += 1
        self.result.set_aside.append(item)

    def _checkin(self, change: PulledChange, careful: bool) -> None:
        if not careful:
            self._checkins.add(change)
            return
        try:
            with self.s.begin_nested():
                self._checkins.add(change)
                self._flush_checkins()
        except _NOT_THE_CHANGE:
            raise
        except Exception as exc:
            self._discard_pending()
            self._failed(change, exc)

    def _checkin_rows(self, rows: list[list[Any]], careful: bool) -> None:
        if not careful:
            for row, problem in self._checkins.add_rows(rows):
                self._set_aside(SetAside.of(row, problem))
            return
        for row in rows:
            try:
                with self.s.begin_nested():
                    for _row, problem in self._checkins.add_rows([row]):
                        self._set_aside(SetAside.of(row, problem))
                    self._flush_checkins()
            except _NOT_THE_CHANGE:
                raise
            except Exception as exc:
                self._discard_pending()
                self._set_aside(SetAside.of(row, reason_of(exc)))

    def _flush_checkins(self) -> None:
        pending = len(self._checkins)
        if pending:
            added = self._checkins.flush()
            self.result.applied += added
            self.result.skipped += pending - added
            self.result.entities.add("checkin")

    def _existing_participants(self, changes: Sequence[FeedChange]) -> set[uuid.UUID]:
        self._pids = {
            c.entity_id: as_uuid(c.entity_id) for c in changes if c.entity == "participant"
        }
        ids = [pid for pid in self._pids.values() if pid is not None]
        if not ids or self.s.scalar(select(Participant.id).limit(1)) is None:
            return set()  # a desk's first pull: nobody is here yet
        there = present_ids(self.s, PARTICIPANTS.c.id, [i.hex for i in ids])
        return {i for i in ids if i.hex in there}

    def _known_ids(self, ids: list[str]) -> set[str]:
        """Which change ids (32 hex digits) this desk's change log holds already."""
        return present_ids(self.s, CHANGES.c.id, ids)

    @staticmethod
    def _history_row(c: FeedChange) -> dict[str, Any]:
        return {
            "id": c.id,
            "entity": c.entity,
            "entity_id": c.entity_id,
            "op": c.op,
            "data": c.data,
            "hlc": c.hlc,
            "origin": c.origin,
            "operator": c.operator,
            "at": c.at if c.at.tzinfo else c.at.replace(tzinfo=UTC),
            "sent": True,
        }

    def _apply(self, c: FeedChange) -> None:
        handler = self._handlers.get(c.entity)
        if handler is None:
            log.info("kept %s %s as history only (unknown to this version)", c.entity, c.op)
            return
        handler(c)
        self.result.entities.add(c.entity)

    def _flush_bulk(self) -> None:
        if self._new_participants:
            rows = list(self._new_participants.values())
            if self.sqlite:
                RAW_PARTICIPANTS.insert(self.s, rows)
            for start in range(0, 0 if self.sqlite else len(rows), 2000):
                self.s.connection().execute(insert(PARTICIPANTS), rows[start : start + 2000])
            self._new_participants = {}
        self._flush_checkins()

    # -- participants --------------------------------------------------------------
    def _participant_fields(self, data: dict[str, Any]) -> dict[str, Any]:
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

    def _participant(self, c: FeedChange) -> None:
        pid = (
            self._pids[c.entity_id] if c.entity_id in self._pids else as_uuid(c.entity_id)
        ) or as_uuid(c.data.get("id"))
        if pid is None:
            raise ValueError("participant change without an id")
        values = self._participant_fields(c.data)
        clocks = dict(c.data.get("field_clocks") or {})
        pending = self._new_participants.get(pid)
        if pending is None and c.op == "create" and pid not in self._existing_people:
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
            self._new_participants[pid] = row
            return
        if pending is not None:
            self._merge_fields(pending, values, clocks, c.hlc, c.op)
            return
        p = self.s.get(Participant, pid)
        if p is None:
            log.info("participant %s %s before its create; kept as history", c.op, pid)
            return
        state: dict[str, Any] = {k: getattr(p, k) for k in _PARTICIPANT_COLUMNS}
        state["field_clocks"] = dict(p.field_clocks or {})
        changed = self._merge_fields(state, values, clocks, c.hlc, c.op)
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

    @staticmethod
    def _merge_fields(
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

    # -- delegations ---------------------------------------------------------------
    def _delegation(self, c: FeedChange) -> None:
        did = as_uuid(c.entity_id) or as_uuid(c.data.get("id"))
        if did is None or self.event_id is None:
            raise ValueError("delegation change without an id or before the event")
        self._flush_bulk()
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

    # -- badges --------------------------------------------------------------------
    def _badge(self, c: FeedChange) -> None:
        data = c.data
        pid = as_uuid(data.get("participant_id")) or as_uuid(c.entity_id)
        self._flush_bulk()
        p = self.s.get(Participant, pid) if pid else None
        if p is None:
            log.info("badge %s for a participant not here yet; kept as history", c.op)
            return
        version = int(data.get("version") or data.get("badge_version") or p.badge_version)
        if c.op == "print":
            self.s.add(
                BadgePrint(
                    id=as_uuid(data.get("id")) or uuid.uuid4(),
                    participant_id=p.id,
                    version=version,
                    layout=str(data.get("layout") or "a6"),
                    desk=str(data.get("desk") or c.origin),
                    operator=str(data.get("operator") or c.operator),
                    printed_at=parse_time(data.get("printed_at") or data.get("at")) or c.at,
                    status="failed" if data.get("status") == "failed" else "printed",
                    printer=str(data.get("printer") or "")[:200],
                    job=str(data.get("job") or "")[:64],
                    source=str(data.get("source") or "")[:32],
                    message=str(data.get("message") or "")[:500],
                )
            )
            return
        if c.op == "print_failed":
            # A job the queue had accepted failed later at that desk: not a printed badge.
            print_id = as_uuid(data.get("id"))
            row = self.s.get(BadgePrint, print_id) if print_id is not None else None
            if row is not None:
                row.status = "failed"
                row.message = str(data.get("message") or "")[:500]
            return
        badge_id = int(data.get("badge_id") or p.badge_id)
        known = self.s.scalars(
            select(BadgeVersion).where(
                BadgeVersion.participant_id == p.id, BadgeVersion.version == version
            )
        ).first()
        if known is None:
            self.s.add(
                BadgeVersion(
                    participant_id=p.id,
                    badge_id=badge_id,
                    version=version,
                    reason=str(data.get("reason") or ""),
                    issued_at=parse_time(data.get("issued_at")) or c.at,
                    issued_by=str(data.get("issued_by") or c.operator),
                    revoked=c.op == "revoke",
                )
            )
        elif c.op == "revoke":
            known.revoked = True
        if c.op != "revoke" and version >= p.badge_version:
            p.badge_version, p.badge_id = version, badge_id
        self.s.flush()

    # -- meetings ------------------------------------------------------------------
    def _meeting(self, c: FeedChange) -> None:
        latest = self.s.scalar(
            select(ChangeLog.hlc)
            .where(ChangeLog.entity == "meeting", ChangeLog.entity_id == c.entity_id)
            .order_by(ChangeLog.hlc.desc())
            .limit(1)
        )
        if latest and c.hlc and c.hlc < latest:
            return  # an older state of a meeting that moved on
        apply_meeting(self.s, c.entity_id, c.op, c.data, provisional=False)

    # -- desks ---------------------------------------------------------------------
    def _desk(self, c: FeedChange) -> None:
        upsert_desk_key(self.s, c.data)
