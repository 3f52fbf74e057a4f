"""Reading the change feed: pages of accepted changes after a cursor, spliced from their
stored wire forms; the feed's head; the bookings arbitration holds."""

from __future__ import annotations

import logging
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.batches import chunks
from desktop.sync import protocol as p
from server.bulk import feed_page
from server.db import Booking, FeedEntry
from server.sessions import ServerSessions
from server.wire import wire_body

log = logging.getLogger(__name__)


class FeedReader:
    """Pages of the feed, one snapshot each."""

    def __init__(self, sessions: ServerSessions) -> None:
        self.sessions = sessions

    def pull(self, since: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
        """A page of accepted changes after ``since``: (changes, next cursor, more)."""
        page = orjson.loads(self.pull_json(since, limit))
        return page["changes"], page["next"], page["more"]

    def pull_json(self, since: int, limit: int, *, checkin_rows: bool = False) -> bytes:
        """A page as the JSON the API answers, built from each change's stored wire form.

        The stored JSON texts come back as bytes (no decoding of megabytes into str) and
        are spliced with their ``seq``: nothing is decoded and encoded again. With
        ``checkin_rows``, check-ins go out in their stored row form under ``checkins``;
        without it, a check-in kept only in row form gets its wire form rebuilt from its
        columns (a desk that predates rows; tests).
        """
        limit = max(1, min(limit, p.MAX_PULL_LIMIT))
        with self.sessions.session() as s:
            rows = feed_page(s, since, limit + 1, checkin_rows)
            more = len(rows) > limit
            rows = rows[:limit]
            missing = [seq for seq, stored, row in rows if stored is None and row is None]
            legacy = self._legacy_bodies(s, missing) if missing else {}
        parts: list[bytes] = []
        checkins: list[bytes] = []
        for seq, stored, row in rows:
            if checkin_rows and row is not None:
                checkins.append(row)
            else:
                parts.append(b'{"seq":%d,%s' % (seq, (stored or legacy[seq].encode())[1:]))
        next_cursor = rows[-1][0] if rows else since
        extra = b',"checkins":[%s]' % b",".join(checkins) if checkin_rows else b""
        return b'{"changes":[%s]%s,"next":%d,"more":%s}' % (
            b",".join(parts),
            extra,
            next_cursor,
            b"true" if more else b"false",
        )

    @staticmethod
    def _legacy_bodies(s: Session, seqs: list[int]) -> dict[int, str]:
        """Wire forms rebuilt from the feed's columns: rows stored before the feed kept
        them (revision s0002), and check-ins kept in row form only."""
        out: dict[int, str] = {}
        for chunk in chunks(seqs):
            for r in s.execute(
                select(
                    FeedEntry.seq,
                    FeedEntry.change_id,
                    FeedEntry.entity,
                    FeedEntry.entity_id,
                    FeedEntry.op,
                    FeedEntry.data,
                    FeedEntry.hlc,
                    FeedEntry.origin,
                    FeedEntry.operator,
                    FeedEntry.at,
                    FeedEntry.desk_id,
                ).where(FeedEntry.seq.in_(chunk))
            ):
                out[r.seq] = wire_body(r._asdict())
        return out

    def cursor(self) -> int:
        with self.sessions.session() as s:
            return int(s.scalar(select(func.coalesce(func.max(FeedEntry.seq), 0))) or 0)

    def bookings(self) -> list[Booking]:
        with self.sessions.session() as s:
            return list(s.scalars(select(Booking)))
