"""Applying pulled changes to a desk's tables, under the merge rules of ``rules``.

The page's participants and delegations are merged by :mod:`desktop.sync.people`, its
badges by :mod:`desktop.sync.badges`, its check-ins stored by :mod:`desktop.sync.checkins`,
meetings and desk keys by :mod:`desktop.sync.records`.

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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.codec import stored_id
from desktop.db.models import ChangeLog
from desktop.db.rawsql import RawInserter, bulk_mode, is_sqlite, present_ids
from desktop.sync.badges import apply_badge
from desktop.sync.checkins import CheckinWriter
from desktop.sync.people import PARTICIPANTS, RAW_PARTICIPANTS, PeopleApplier
from desktop.sync.protocol import FeedChange, PulledChange, SetAside
from desktop.sync.records import apply_meeting, upsert_desk_key

log = logging.getLogger(__name__)

__all__ = ["PARTICIPANTS", "RAW_CHANGES", "RAW_PARTICIPANTS", "ApplyResult", "PageApplier"]

#: The change log's core table (history rows of received changes, inserted in bulk).
CHANGES: Table = ChangeLog.__table__  # type: ignore[assignment]
#: The same inserts straight through SQLite's connection (desks): see ``rawsql``.
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


class PageApplier:
    """Applies one page of feed changes inside a session (the caller commits)."""

    #: The handler of each kind of change (by name: a dict of bound methods would make
    #: each applier a reference cycle, freed only by the garbage collector).
    _HANDLERS = {
        "participant": "_participant",
        "delegation": "_delegation",
        "badge": "_badge",
        "meeting": "_meeting",
        "desk": "_desk",
    }

    def __init__(self, s: Session, self_desk_id: str = "") -> None:
        self.s = s
        self.self_desk_id = self_desk_id
        self.sqlite = is_sqlite(s)
        if self.sqlite:
            bulk_mode(s)
        event = setup.current_event(s)
        self.event_id: uuid.UUID | None = event.id if event else None
        self.result = ApplyResult()
        self.people = PeopleApplier(s, self.event_id, sqlite=self.sqlite)
        self._checkins = CheckinWriter(s)
        self._history: list[dict[str, Any]] = []

    def categories(self) -> dict[uuid.UUID, str]:
        return self.people.categories()

    def delegations(self) -> dict[uuid.UUID, str]:
        return self.people.delegations()

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
        known = self._known_ids([stored_id(c.id) for c in others])
        self.people.prepare(others)
        seen: set[str] = set()
        for change in changes:
            if isinstance(change, dict) or change.entity == "checkin":
                self._checkin(change, careful)
                continue
            hexed = stored_id(change.id)
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
        self.people.new = {}
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
        name = self._HANDLERS.get(c.entity)
        if name is None:
            log.info("kept %s %s as history only (unknown to this version)", c.entity, c.op)
            return
        getattr(self, name)(c)
        self.result.entities.add(c.entity)

    def _flush_bulk(self) -> None:
        self.people.flush()
        self._flush_checkins()

    def _participant(self, c: FeedChange) -> None:
        self.people.participant(c)

    def _delegation(self, c: FeedChange) -> None:
        self._flush_bulk()
        self.people.delegation(c)

    def _badge(self, c: FeedChange) -> None:
        self._flush_bulk()
        apply_badge(self.s, c)

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
