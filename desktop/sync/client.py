"""The desk's sync client: enroll once, then rounds of push (outbox) and pull (feed).

A round pushes unsent change-log rows in batches and marks each one sent when the
server answers it (:mod:`desktop.sync.push`), then pulls pages after the stored cursor
and applies each page with the cursor in one transaction (:mod:`desktop.sync.pull`).
Any cut leaves a state the next round resumes from. The token lives in the desk
database's meta table and is never logged.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import select

from desktop.db import setup
from desktop.db.models import Meta, utcnow
from desktop.db.rawsql import relaxed_durability
from desktop.errors import ForumDeskError
from desktop.sync import aside, conflicts, enroll, pull, push
from desktop.sync import protocol as p
from desktop.sync.apply import ApplyResult
from desktop.sync.aside import SetAsideRecord
from desktop.sync.background import BACKGROUND_NICENESS, Collector, in_background
from desktop.sync.conflicts import CONFLICT_PREFIX
from desktop.sync.outbox import outbox_batch, pending_count
from desktop.sync.rules import parse_time
from desktop.sync.state import (
    META_CURSOR,
    META_DESK_ID,
    META_LAST_ATTEMPT,
    META_LAST_ERROR,
    META_LAST_SUCCESS,
    META_ONLINE,
    META_ROLE,
    META_ROUNDS,
    META_SERVER,
    META_TOKEN,
    EnrollRefused,
    EnrollResult,
    NotEnrolled,
    OtherEventHere,
    SyncConflict,
    SyncError,
    SyncForbidden,
    SyncOffline,
    SyncRound,
    SyncStatus,
    SyncUnauthorized,
)
from desktop.sync.transport import open_client

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

KEEP_ROUNDS = 30

#: Changes per push (the server takes up to ``p.MAX_PUSH_BATCH``). Each push is one
#: durable commit on the server and one here, so fewer, larger pushes drain an offline
#: morning's outbox faster; a server that refuses the size gets half as many next time.
PUSH_BATCH = 5000
#: Changes per pulled page: each page is applied with its cursor in one transaction.
PULL_PAGE = p.MAX_PULL_LIMIT


Progress = Callable[[float, str], object]
StopCheck = Callable[[], bool]


class SyncClient:
    """Sync for one desk database. Thread-safe: one round at a time."""

    def __init__(self, db: ForumDb, *, timeout: float = 15.0, connect_timeout: float = 3.0) -> None:
        self.db = db
        self.timeout = httpx.Timeout(timeout, connect=connect_timeout)
        self._round_lock = threading.Lock()
        self.push_batch = PUSH_BATCH
        self.pull_page = PULL_PAGE
        #: Tests hand in an in-process transport; None means real HTTP.
        self.transport: httpx.BaseTransport | None = None
        self._collector = Collector()

    # -- meta ----------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        with self.db.session() as s:
            return setup.get_meta(s, key)

    @property
    def server_url(self) -> str:
        return self._meta(META_SERVER) or ""

    def is_enrolled(self) -> bool:
        return bool(self._meta(META_TOKEN))

    def _http(self, server_url: str, token: str | None = None) -> httpx.Client:
        return open_client(server_url, self.timeout, token=token, transport=self.transport)

    # -- enrollment ----------------------------------------------------------------
    def enroll(self, server_url: str, code: str, desk_name: str = "") -> EnrollResult:
        """Enroll this desk with a one-time code; adopts the server's event.

        A database that holds another event with participants, check-ins or meetings is
        refused (enroll a fresh database instead) so two events never mix; an empty
        local event (only default zones and categories) is replaced.
        """
        return enroll.enroll(self.db, self._http, server_url, code, desk_name)

    # -- one round -----------------------------------------------------------------
    def sync_once(
        self, progress: Progress | None = None, should_stop: StopCheck | None = None
    ) -> SyncRound:
        """Push everything waiting, then pull everything new. Raises SyncError on failure.

        The round runs on a thread of its own at low CPU priority (``in_background``): a
        desk's scans, searches and badge prints come first, and a big pull takes what
        they leave.
        """
        with self._round_lock:
            return in_background(self._round, progress, should_stop)

    def _round(self, progress: Progress | None, should_stop: StopCheck | None) -> SyncRound:
        with self._collector.round():
            rnd = SyncRound(started=utcnow())
            try:
                with self.db.session() as s:
                    token = setup.get_meta(s, META_TOKEN)
                    server = setup.get_meta(s, META_SERVER)
                if not token or not server:
                    raise NotEnrolled("this desk is not enrolled with a server yet")
                with self._http(server, token) as http:
                    self._push_and_pull(http, rnd, progress, should_stop)
                rnd.ok = True
            except ForumDeskError as exc:
                rnd.error, rnd.error_code = exc.message, exc.code
                raise
            except Exception as exc:
                rnd.error, rnd.error_code = (
                    f"unexpected error ({type(exc).__name__})",
                    "sync_failed",
                )
                raise
            finally:
                rnd.finished = utcnow()
                self._remember(rnd)
            return rnd

    def _push_and_pull(
        self,
        http: httpx.Client,
        rnd: SyncRound,
        progress: Progress | None,
        should_stop: StopCheck | None,
    ) -> None:
        """Send the outbox while receiving what other desks sent, then what came meanwhile.

        A push waits its turn at a busy server (every desk back online at once sends its
        morning); the desk pulls in that time instead of idling. Check-ins never conflict,
        participant edits merge by their clocks, and meeting bookings are arbitrated by
        the server at push, so the order of the two does not change the outcome.
        """
        with self.db.session() as s:
            waiting = pending_count(s)
        if not waiting:
            self._pull(http, rnd, progress, should_stop)
            return
        failure: list[BaseException] = []

        def push_all() -> None:
            try:
                self._push(http, rnd, waiting, progress, should_stop)
            except BaseException as exc:  # raised by the round, after the pull
                failure.append(exc)

        pusher = threading.Thread(target=push_all, name="sync-push", daemon=True)
        pusher.start()
        try:
            self._pull(http, rnd, progress, should_stop)
        finally:
            pusher.join()
        if failure:
            raise failure[0]
        self._pull(http, rnd, progress, should_stop)

    def _push(
        self,
        http: httpx.Client,
        rnd: SyncRound,
        total: int,
        progress: Progress | None,
        should_stop: StopCheck | None,
    ) -> None:
        self.push_batch = push.push_outbox(
            self.db, http, rnd, total, self.push_batch, progress, should_stop
        )

    def _pull(
        self,
        http: httpx.Client,
        rnd: SyncRound,
        progress: Progress | None,
        should_stop: StopCheck | None,
    ) -> None:
        pull.pull_feed(
            self.db, http, rnd, self.pull_page, progress, should_stop, self._collector.hold
        )

    def _apply_page(self, page: p.PulledPage, self_id: str) -> ApplyResult:
        return pull.apply_page(self.db, page, self_id)

    def _remember(self, rnd: SyncRound) -> None:
        try:
            with self.db.session() as s:
                # A note of how sync went, not a fact of the forum: it need not survive a
                # power cut, so it does not wait for the disk (quiet rounds come often).
                relaxed_durability(s)
                rounds = json.loads(setup.get_meta(s, META_ROUNDS) or "[]")
                if rounds and _quiet(rnd.to_json()) and _quiet(rounds[0]):
                    rounds = rounds[1:]  # the log keeps one line for a run of quiet rounds
                rounds = [rnd.to_json(), *rounds][:KEEP_ROUNDS]
                online = rnd.ok or rnd.error_code not in ("sync_offline", "not_enrolled")
                notes = {
                    META_ROUNDS: json.dumps(rounds),
                    META_LAST_ATTEMPT: rnd.started.isoformat(),
                    META_ONLINE: "1" if online else "0",
                    META_LAST_ERROR: "" if rnd.ok else rnd.error,
                }
                if rnd.ok:
                    notes[META_LAST_SUCCESS] = (rnd.finished or rnd.started).isoformat()
                setup.set_metas(s, notes)
        except Exception:
            log.exception("could not record the sync round")

    # -- what the GUI shows --------------------------------------------------------
    def status(self) -> SyncStatus:
        with self.db.session() as s:
            pending = pending_count(s)
            values = {
                m.key: m.value for m in s.scalars(select(Meta).where(Meta.key.like("sync.%")))
            }
        unresolved = sum(
            1
            for k, v in values.items()
            if k.startswith(CONFLICT_PREFIX) and not json.loads(v).get("resolved")
        )
        return SyncStatus(
            online=values.get(META_ONLINE) == "1",
            pending=int(pending),
            last_success=parse_time(values.get(META_LAST_SUCCESS)),
            last_error=values.get(META_LAST_ERROR) or None,
            enrolled=bool(values.get(META_TOKEN)),
            server_url=values.get(META_SERVER, ""),
            role=values.get(META_ROLE, ""),
            conflicts=unresolved,
        )

    def rounds(self) -> list[SyncRound]:
        return [SyncRound.from_json(r) for r in json.loads(self._meta(META_ROUNDS) or "[]")]

    def conflicts(self, include_resolved: bool = False) -> list[SyncConflict]:
        with self.db.session() as s:
            return conflicts.listed(s, include_resolved)

    def set_aside(self, limit: int = 100) -> list[SetAsideRecord]:
        """Pulled changes this desk could not apply (newest first), kept with the reason."""
        with self.db.session() as s:
            return aside.listed(s, limit)

    def set_aside_count(self) -> int:
        with self.db.session() as s:
            return aside.count(s)

    def dismiss_conflict(self, conflict_id: str) -> None:
        with self.db.session() as s:
            conflicts.dismiss(s, conflict_id)

    def accept_suggestion(self, conflict_id: str) -> None:
        """Move a meeting that lost its slot to the server's suggestion (a new ``move``)."""
        with self.db.session() as s:
            conflicts.accept_suggestion(self.db, s, conflict_id)


def _quiet(round_json: dict[str, Any]) -> bool:
    """A round that went well and moved nothing."""
    return bool(round_json.get("ok")) and not any(
        round_json.get(k) for k in ("pushed", "pulled", "conflicts", "rejected")
    )


__all__ = [
    "BACKGROUND_NICENESS",
    "CONFLICT_PREFIX",
    "META_CURSOR",
    "META_DESK_ID",
    "META_LAST_ATTEMPT",
    "META_LAST_ERROR",
    "META_LAST_SUCCESS",
    "META_ONLINE",
    "META_ROLE",
    "META_ROUNDS",
    "META_SERVER",
    "META_TOKEN",
    "EnrollRefused",
    "EnrollResult",
    "NotEnrolled",
    "OtherEventHere",
    "SetAsideRecord",
    "SyncClient",
    "SyncConflict",
    "SyncError",
    "SyncForbidden",
    "SyncOffline",
    "SyncRound",
    "SyncStatus",
    "SyncUnauthorized",
    "in_background",
    "outbox_batch",
]
