"""The server's composition root: one database and the server's use cases wired over it.

Plain Python over the database: the FastAPI app and the admin command line both call
it. The use cases live in their parts: enrollment, tokens and desks
(:mod:`server.enrollment`), writing the feed (pushes, arbitration, the server's own
changes: :mod:`server.feed`), reading it (:mod:`server.pull`), and the transactions they
share (:mod:`server.sessions`). ``Hub`` puts their methods under one name. The server
builds no sync client; the importer is the desk's, over the server's database.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from desktop.db.engine import Database
from desktop.db.handle import ForumDb
from server.enrollment import Enrollment
from server.event_data import event_data
from server.feed import SERVER_DESK_NAME, Feed
from server.identity import DeskIdentity
from server.pull import FeedReader
from server.sessions import FEED_LOCK_KEY, ServerSessions
from server.wire import wire_body

if TYPE_CHECKING:
    from desktop.services.importer import ImportService

__all__ = ["FEED_LOCK_KEY", "SERVER_DESK_NAME", "DeskIdentity", "Hub", "wire_body"]

log = logging.getLogger(__name__)


class Hub:
    """Everything the server does, over one database (SQLite or PostgreSQL)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.forum = ForumDb(db, operator="server")
        self.sessions = ServerSessions(self.forum)
        self.feed = Feed(self.sessions, self.forum.clock)
        self.enrollment = Enrollment(self.sessions, self.feed)
        self.feed_reader = FeedReader(self.sessions)
        self.ensure_event()
        # The forum schema keeps stamps in 40 characters: a desk id as node would not fit.
        self.forum.clock.node = SERVER_DESK_NAME
        # transactions
        self.session = self.sessions.session
        self.feed_writer = self.sessions.feed_writer
        # enrollment codes and desks
        self.new_enroll_code = self.enrollment.new_enroll_code
        self.enroll = self.enrollment.enroll
        self.authenticate = self.enrollment.authenticate
        self.desks = self.enrollment.desks
        self.revoke_desk = self.enrollment.revoke_desk
        # the feed
        self.push = self.feed.push
        self.publish_local_changes = self.feed.publish_local_changes
        self.pull = self.feed_reader.pull
        self.pull_json = self.feed_reader.pull_json
        self.cursor = self.feed_reader.cursor
        self.bookings = self.feed_reader.bookings

    def ensure_event(self) -> None:
        """The server always holds an event, so desks can enroll before any import."""
        if not self.forum.has_event():
            self.forum.ensure_event("Forum")
            self.forum.rename_desk(SERVER_DESK_NAME)
            log.info("created the server's event")

    def event_info(self) -> dict[str, Any]:
        """The event, zones, categories, delegations and meeting grid, as desks adopt them."""
        with self.session() as s:
            return event_data(s)

    @functools.cached_property
    def importer(self) -> ImportService:
        """Participant files imported into the server's event (``event import``)."""
        from desktop.services.importer import ImportService

        return ImportService(self.forum)
