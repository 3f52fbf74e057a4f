"""The open forum database as one desk (or the server) sees it: what every service is given.

``ForumDb`` holds the engine and session factory, the desk's hybrid clock, the acting
operator and the change recorder that writes each change to the outbox. It builds no
service: the front ends' composition roots (:mod:`desktop.desk` for the desk app and the
CLI, :mod:`server.hub` for the server) hand it to the services they assemble.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Self

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db import setup
from desktop.db.changes import Actor, ChangeRecorder
from desktop.db.engine import Database, open_database
from desktop.db.models import Category, Zone
from desktop.domain.hlc import HybridClock
from desktop.errors import NoEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    venue: str
    timezone: str
    start_date: date | None
    end_date: date | None
    tag: int
    zones: list[tuple[str, str]]
    categories: list[tuple[str, str, str]]


@dataclass(frozen=True)
class DeskInfo:
    id: str
    name: str
    role: str
    key_id: int


class ForumDb:
    """Sessions, clock, change recorder, event and desk of one open forum database."""

    def __init__(self, db: Database, *, operator: str = "") -> None:
        self.db = db
        with self.session() as s:
            desk = setup.self_desk(s)
            self._desk_name = desk.name if desk else setup.default_desk_name()
            self._desk_id = str(desk.id) if desk else ""
        self.clock = HybridClock(self._desk_id or self._desk_name)
        self.actor = Actor(desk=self._desk_name, operator=operator)
        self.recorder = ChangeRecorder(self.actor, self.clock)

    @classmethod
    def open(cls, path: str | Path, *, operator: str = "") -> Self:
        return cls(open_database(path), operator=operator)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error."""
        session = self.db.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- the acting operator ---------------------------------------------------------
    def set_operator(self, name: str) -> None:
        """Who acts at this desk from now on: kept in every change and check-in after it."""
        self.actor = Actor(desk=self.actor.desk, operator=name.strip())
        self.recorder.actor = self.actor

    # -- event and desk ------------------------------------------------------------
    def has_event(self) -> bool:
        with self.session() as s:
            return setup.current_event(s) is not None

    def ensure_event(self, name: str = "Forum", **details: object) -> EventInfo:
        """The event of this database, created with defaults when there is none yet."""
        with self.session() as s:
            if setup.current_event(s) is None:
                setup.create_event(s, name, **details)  # type: ignore[arg-type]
        self._reload_desk()
        return self.event()

    def _reload_desk(self) -> None:
        with self.session() as s:
            desk = setup.self_desk(s)
            if desk is not None:
                self._desk_name, self._desk_id = desk.name, str(desk.id)
        self.clock.node = self._desk_id or self._desk_name
        self.actor = Actor(desk=self._desk_name, operator=self.actor.operator)
        self.recorder = ChangeRecorder(self.actor, self.clock)

    def event(self) -> EventInfo:
        with self.session() as s:
            event = setup.current_event(s)
            if event is None:
                raise NoEvent("this database holds no event yet")
            zones = s.scalars(select(Zone).filter_by(event_id=event.id).order_by(Zone.sort))
            cats = s.scalars(select(Category).filter_by(event_id=event.id).order_by(Category.sort))
            return EventInfo(
                id=str(event.id),
                name=event.name,
                venue=event.venue,
                timezone=event.timezone,
                start_date=event.start_date,
                end_date=event.end_date,
                tag=event.tag,
                zones=[(z.code, z.name) for z in zones],
                categories=[(c.code, c.name, c.colour) for c in cats],
            )

    def desk(self) -> DeskInfo:
        with self.session() as s:
            desk = setup.self_desk(s)
            if desk is None:
                raise NoEvent("this database has no desk yet")
            return DeskInfo(id=str(desk.id), name=desk.name, role=desk.role, key_id=desk.key_id)

    def rename_desk(self, name: str) -> None:
        with self.session() as s:
            desk = setup.self_desk(s)
            if desk is not None:
                desk.name = name.strip()[:200] or desk.name
        self._reload_desk()
