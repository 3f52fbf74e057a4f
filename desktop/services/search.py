"""Search as you type over the forum's participants, kept fresh from the database.

The index lives in memory (built in a second or two for 100,000 people, in the
background at start-up). Edits made anywhere (this desk, an import, sync) are picked up
incrementally: a cheap check of the participants' last update time, at most once a second.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.db.models import Delegation, Participant
from desktop.search.index import SearchEntry, SearchIndex
from desktop.services.participant_views import ParticipantRow
from desktop.text.names import full_name, latin_full_name

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb
    from desktop.services.participants import ParticipantService

log = logging.getLogger(__name__)

_FRESHNESS_SECONDS = 1.0


def _entry(row: Any) -> SearchEntry:
    pid, code, given, family, given_l, family_l, country, organisation, delegation = row
    names = [
        full_name(given, family, country),
        latin_full_name(given_l, family_l, country),
        given,
        family,
        given_l,
        family_l,
    ]
    return SearchEntry(
        id=str(pid),
        names=[n for n in dict.fromkeys(names) if n],
        codes=[code],
        extra=[x for x in (delegation, organisation) if x],
    )


class SearchService:
    """Finds participants by any spelling of their names, code, delegation or organisation."""

    def __init__(self, db: ForumDb, participants: ParticipantService) -> None:
        self.db = db
        self.participants = participants
        self._index: SearchIndex | None = None
        self._lock = threading.RLock()
        self._seen: tuple[int, datetime | None] = (0, None)
        self._checked = 0.0

    def _select(self) -> Any:
        return select(
            Participant.id,
            Participant.registration_code,
            Participant.given_name,
            Participant.family_name,
            Participant.given_name_latin,
            Participant.family_name_latin,
            Participant.country,
            Participant.organisation,
            Delegation.name,
        ).outerjoin(Delegation, Participant.delegation_id == Delegation.id)

    def _state(self) -> tuple[int, datetime | None]:
        with self.db.session() as s:
            count, latest = s.execute(
                select(func.count(Participant.id), func.max(Participant.updated_at))
            ).one()
        return int(count), latest

    @property
    def loaded(self) -> bool:
        return self._index is not None

    def load(self) -> None:
        """Build the index from the database (call from a background thread at start-up)."""
        started = time.perf_counter()
        state = self._state()
        with self.db.session() as s:
            entries = [_entry(row) for row in s.execute(self._select())]
        index = SearchIndex.build(entries)
        with self._lock:
            self._index, self._seen, self._checked = index, state, time.monotonic()
        log.info("search index of %d built in %.2fs", len(entries), time.perf_counter() - started)

    def _refresh(self) -> None:
        now = time.monotonic()
        if now - self._checked < _FRESHNESS_SECONDS:
            return
        self._checked = now
        state = self._state()
        if state == self._seen or self._index is None:
            return
        since = self._seen[1]
        stmt = self._select()
        if since is not None:
            stmt = stmt.where(Participant.updated_at >= since)
        with self.db.session() as s:
            rows = list(s.execute(stmt))
        with self._lock:
            for row in rows:
                self._index.upsert(_entry(row))
            self._seen = state

    def note_changed(self, ids: Iterable[str] = ()) -> None:
        """Ask for a freshness check before the next query."""
        self._checked = 0.0

    def query(self, text: str, limit: int = 10) -> list[ParticipantRow]:
        """Participants best matching ``text``, best first, each with its score."""
        if not text.strip():
            return []
        with self._lock:
            if self._index is None:
                self.load()
            else:
                self._refresh()
            assert self._index is not None
            hits = self._index.query(text, limit=limit)
        summaries = self.participants.summaries_by_ids(h.id for h in hits)
        return [
            replace(summaries[h.id], score=round(h.score, 4)) for h in hits if h.id in summaries
        ]
