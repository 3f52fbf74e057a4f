"""The server's transactions: plain ones, and the feed writer that keeps feed order commit order.

Nothing here keeps state that another server process would need; the only in-process
object is a lock that serialises feed writes on SQLite (PostgreSQL uses a
transaction-scoped advisory lock, so feed order equals commit order across processes).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

#: PostgreSQL advisory lock key that serialises writes to the feed.
FEED_LOCK_KEY = 0x46445359  # "FDSY"


class ServerSessions:
    """Sessions over the server's database, one transaction each."""

    def __init__(self, forum: ForumDb) -> None:
        self.forum = forum
        self._sqlite_lock = threading.Lock()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.forum.session() as s:
            yield s

    @contextmanager
    def feed_writer(self) -> Iterator[Session]:
        """A transaction that may append to the feed; feed appends commit in seq order."""
        if self.forum.db.is_sqlite:
            with self._sqlite_lock, self.session() as s:
                yield s
        else:
            with self.session() as s:
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK_KEY})
                yield s
