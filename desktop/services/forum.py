"""One open forum database and its services: what the GUI, the CLI and the server all use.

Services own their transactions: each call opens a session, commits or rolls back, and
returns plain data. Services are created on first use so that start-up stays fast.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.db.engine import Database, open_database
from desktop.domain.hlc import HybridClock
from desktop.errors import NoEvent
from desktop.services import setup
from desktop.services.changes import Actor, ChangeRecorder

if TYPE_CHECKING:
    from desktop.printing.service import PrintService
    from desktop.services.badges import BadgeService
    from desktop.services.checkin import CheckinService
    from desktop.services.importer import ImportService
    from desktop.services.meetings import MeetingService
    from desktop.services.participants import ParticipantService
    from desktop.services.reports import ReportService
    from desktop.services.search import SearchService
    from desktop.services.supervisor import SupervisorPin
    from desktop.sync.client import SyncClient

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


class Forum:
    """A forum database opened by one desk (or a tool), with the services over it."""

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
    def open(cls, path: str | Path, *, operator: str = "") -> Forum:
        return cls(open_database(path), operator=operator)

    def close(self) -> None:
        """Close held connections (the check-in service keeps one) and the engine."""
        checkin = vars(self).get("checkin")
        if checkin is not None:
            checkin.close()
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
            from desktop.db.models import Category, Zone

            zones = s.query(Zone).filter_by(event_id=event.id).order_by(Zone.sort).all()
            cats = s.query(Category).filter_by(event_id=event.id).order_by(Category.sort).all()
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

    # -- services ------------------------------------------------------------------
    @functools.cached_property
    def participants(self) -> ParticipantService:
        from desktop.services.participants import ParticipantService

        return ParticipantService(self)

    @functools.cached_property
    def importer(self) -> ImportService:
        from desktop.services.importer import ImportService

        return ImportService(self)

    @functools.cached_property
    def search(self) -> SearchService:
        from desktop.services.search import SearchService

        return SearchService(self)

    @functools.cached_property
    def checkin(self) -> CheckinService:
        from desktop.services.checkin import CheckinService

        return CheckinService(self)

    @functools.cached_property
    def badges(self) -> BadgeService:
        from desktop.services.badges import BadgeService

        return BadgeService(self)

    @functools.cached_property
    def printing(self) -> PrintService:
        from desktop.printing.service import PrintService

        return PrintService(self)

    @functools.cached_property
    def meetings(self) -> MeetingService:
        from desktop.services.meetings import MeetingService

        return MeetingService(self)

    @functools.cached_property
    def reports(self) -> ReportService:
        from desktop.services.reports import ReportService

        return ReportService(self)

    @functools.cached_property
    def supervisor(self) -> SupervisorPin:
        from desktop.services.supervisor import SupervisorPin

        return SupervisorPin(self)

    @functools.cached_property
    def sync(self) -> SyncClient:
        from desktop.sync.client import SyncClient

        return SyncClient(self)
