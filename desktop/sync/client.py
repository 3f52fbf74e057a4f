"""The desk's sync client: enroll once, then rounds of push (outbox) and pull (feed).

A round pushes unsent change-log rows in batches and marks each one sent when the
server answers it, then pulls pages after the stored cursor and applies each page with
the cursor in one transaction. Any cut leaves a state the next round resumes from.
The token lives in the desk database's meta table and is never logged.
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
import ssl
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import certifi
import httpcore  # noqa: F401  (httpx loads it at a first request; a desk loads it at start)
import httpx
import orjson
from pydantic import ValidationError
from sqlalchemy import select, update

from desktop.db import setup
from desktop.db.models import (
    Desk,
    Meeting,
    Meta,
    utcnow,
)
from desktop.db.rawsql import relaxed_durability
from desktop.domain import keys
from desktop.errors import ForumDeskError
from desktop.sync import aside, conflicts
from desktop.sync import protocol as p
from desktop.sync.apply import ApplyResult, PageApplier
from desktop.sync.aside import SetAsideRecord
from desktop.sync.conflicts import CONFLICT_PREFIX
from desktop.sync.outbox import mark_sent, outbox_batch, pending_count
from desktop.sync.records import adopt_event, make_room_for, upsert_desk_key
from desktop.sync.rules import parse_time
from desktop.sync.state import (
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

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

META_SERVER = "sync.server_url"
META_TOKEN = "sync.token"
META_ROLE = "sync.role"
META_DESK_ID = "sync.desk_id"
META_CURSOR = "sync.cursor"
META_LAST_SUCCESS = "sync.last_success"
META_LAST_ATTEMPT = "sync.last_attempt"
META_LAST_ERROR = "sync.last_error"
META_ONLINE = "sync.online"
META_ROUNDS = "sync.rounds"
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

    # -- meta ----------------------------------------------------------------------
    def _meta(self, key: str) -> str | None:
        with self.db.session() as s:
            return setup.get_meta(s, key)

    def _set_meta(self, **values: str) -> None:
        with self.db.session() as s:
            for key, value in values.items():
                setup.set_meta(s, key, value)

    @property
    def server_url(self) -> str:
        return self._meta(META_SERVER) or ""

    def is_enrolled(self) -> bool:
        return bool(self._meta(META_TOKEN))

    def _http(self, server_url: str, token: str | None = None) -> httpx.Client:
        headers = {"User-Agent": "ForumDesk-desk"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        # A plain-HTTP server (a venue's own network) never negotiates TLS: no context is
        # built for it, which reads the CA bundle (tens of milliseconds, every process).
        secure = server_url.lower().startswith("https:")
        return httpx.Client(
            base_url=server_url.rstrip("/"),
            timeout=self.timeout,
            headers=headers,
            transport=self.transport,
            verify=_tls_context() if secure else False,
        )

    # -- enrollment ----------------------------------------------------------------
    def enroll(self, server_url: str, code: str, desk_name: str = "") -> EnrollResult:
        """Enroll this desk with a one-time code; adopts the server's event.

        A database that holds another event with participants, check-ins or meetings is
        refused (enroll a fresh database instead) so two events never mix; an empty
        local event (only default zones and categories) is replaced.
        """
        server_url = server_url.rstrip("/")
        with self.db.session() as s:
            desk = setup.self_desk(s)
            public = desk.public_key if desk else None
            private = None
            desk_id = desk.id if desk else uuid.uuid4()
            name = desk_name.strip() or (desk.name if desk else setup.default_desk_name())
        if public is None:
            private, public = keys.generate_keypair()
        request = p.EnrollRequest(
            code=code.strip(), name=name, public_key=public.hex(), desk_id=desk_id
        )
        with self._http(server_url) as http:
            body = self._call(
                http,
                "POST",
                f"{p.API_PREFIX}/enroll",
                json=request.model_dump(mode="json"),
                enrolling=True,
            )
        try:
            answer = p.EnrollResponse.model_validate(body)
        except ValidationError as exc:
            raise SyncError("the server's enrollment answer is not understood") from exc
        server_event_id = uuid.UUID(answer.event["event"]["id"])
        with self.db.session() as s:
            make_room_for(s, server_event_id)
            event = adopt_event(s, answer.event)
            desk = setup.self_desk(s)
            if desk is None:
                assert private is not None
                desk = Desk(
                    id=desk_id,
                    name=name,
                    is_self=True,
                    key_id=keys.key_id_for(public),
                    public_key=public,
                    private_key=private,
                )
                s.add(desk)
            desk.name, desk.role = name, answer.role
            desk.certificate = bytes.fromhex(answer.certificate)
            desk.revoked = False
            authority = s.get(Meta, setup.META_AUTHORITY_PRIVATE)
            if authority is not None:
                s.delete(authority)
            s.flush()
            for key in answer.desks:
                if key.desk_id != desk.id:
                    upsert_desk_key(s, key.model_dump(mode="json"))
            same_server = setup.get_meta(s, META_SERVER) == server_url
            setup.set_meta(s, META_SERVER, server_url)
            setup.set_meta(s, META_TOKEN, answer.token)
            setup.set_meta(s, META_ROLE, answer.role)
            setup.set_meta(s, META_DESK_ID, str(answer.desk_id))
            if not same_server:
                setup.set_meta(s, META_CURSOR, "0")
            setup.set_meta(s, META_LAST_ERROR, "")
            event_name = event.name
        self.db.rename_desk(name)
        log.info("enrolled at %s as %s (%s)", server_url, name, answer.role)
        return EnrollResult(
            str(answer.desk_id), answer.role, event_name, server_url, len(answer.desks)
        )

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
        with _no_cyclic_gc():
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

        def push() -> None:
            try:
                self._push(http, rnd, waiting, progress, should_stop)
            except BaseException as exc:  # raised by the round, after the pull
                failure.append(exc)

        pusher = threading.Thread(target=push, name="sync-push", daemon=True)
        pusher.start()
        try:
            self._pull(http, rnd, progress, should_stop)
        finally:
            pusher.join()
        if failure:
            raise failure[0]
        self._pull(http, rnd, progress, should_stop)

    def _call(
        self,
        http: httpx.Client,
        method: str,
        url: str,
        *,
        enrolling: bool = False,
        raw: bool = False,
        **kw: Any,
    ) -> Any:
        """The answer's JSON (its bytes with ``raw``), or the SyncError the failure means."""
        try:
            response = http.request(method, url, **kw)
        except httpx.TransportError as exc:
            raise SyncOffline(f"the server does not answer ({_transport_reason(exc)})") from exc
        if response.status_code < 300 and raw:
            return response.content
        if response.status_code < 300:
            try:
                return response.json()
            except ValueError as exc:
                raise SyncOffline("the server's answer was cut or garbled") from exc
        try:
            error = response.json().get("error", {})
        except (ValueError, AttributeError):
            error = {}
        code, message = (
            str(error.get("code", "")),
            str(error.get("message", response.reason_phrase)),
        )
        if response.status_code == 401:
            if enrolling:
                raise EnrollRefused(f"the server refused the enrollment: {message}", code=code)
            raise SyncUnauthorized(f"the server refused this desk: {message}", code=code)
        if response.status_code == 403:
            raise SyncForbidden(message, code=code, details=error.get("details", {}))
        if response.status_code >= 500:
            raise SyncOffline(f"the server had a problem ({response.status_code})")
        raise SyncError(
            f"the server refused the request: {message}", code=code, status=response.status_code
        )

    def _push(
        self,
        http: httpx.Client,
        rnd: SyncRound,
        total: int,
        progress: Progress | None,
        should_stop: StopCheck | None,
    ) -> None:
        """Send the outbox in batches (``total`` changes waited when the round began)."""
        done = 0
        while True:
            if should_stop and should_stop():
                return
            with self.db.session() as s:
                batch = outbox_batch(s, self.push_batch)
            if not batch:
                return
            try:
                body = self._call(
                    http,
                    "POST",
                    f"{p.API_PREFIX}/changes",
                    raw=True,
                    content=orjson.dumps({"changes": batch}),
                    headers={"Content-Type": "application/json"},
                )
            except SyncForbidden as exc:
                refused = [str(x) for x in exc.params.get("details", {}).get("change_ids", [])]
                if not refused:
                    raise
                self._record_refused(batch, refused, exc.message)
                rnd.rejected += len(refused)
                continue
            except SyncError as exc:
                # Too many changes, or too many bytes, for this server: smaller batches.
                if exc.params.get("status") != 413 or len(batch) <= 1:
                    raise
                self.push_batch = max(1, len(batch) // 2)
                log.info("the server takes fewer changes per push; now %d", self.push_batch)
                continue
            try:
                acks = p.PushResponse.model_validate_json(body).results
            except ValidationError as exc:
                raise SyncOffline("the server's answer was cut or garbled") from exc
            self._take_acks(batch, acks, rnd)
            rnd.pushed += len(batch)
            done += len(batch)
            if progress:
                progress(0.5 * done / max(total, 1), f"sent {done} of {total}")

    def _take_acks(self, batch: list[dict[str, Any]], acks: list[p.Ack], rnd: SyncRound) -> None:
        by_id = {c["id"]: c for c in batch}
        sent: list[uuid.UUID] = []
        with self.db.session() as s:
            for ack in acks:
                change = by_id.get(str(ack.id))
                if change is None:
                    continue
                sent.append(ack.id)
                if ack.status in ("accepted", "duplicate"):
                    rnd.accepted += ack.status == "accepted"
                    rnd.duplicates += ack.status == "duplicate"
                    if change["entity"] == "meeting" and change["op"] != "cancel":
                        mid = _uuid(change["entity_id"])
                        if mid is not None:
                            s.execute(
                                update(Meeting)
                                .where(Meeting.id == mid, Meeting.status != "conflict")
                                .values(provisional=False)
                            )
                    continue
                if ack.status == "conflict":
                    rnd.conflicts += 1
                    mid = _uuid(change["entity_id"])
                    if change["entity"] == "meeting" and mid is not None:
                        s.execute(
                            update(Meeting)
                            .where(Meeting.id == mid)
                            .values(status="conflict", provisional=True)
                        )
                else:
                    rnd.rejected += 1
                conflicts.store(
                    s,
                    change,
                    ack.status,
                    ack.code,
                    ack.message,
                    ack.suggestion.model_dump(mode="json") if ack.suggestion else None,
                )
            mark_sent(s, sent)

    def _record_refused(
        self, batch: list[dict[str, Any]], refused: list[str], message: str
    ) -> None:
        with self.db.session() as s:
            for change in batch:
                if change["id"] in refused:
                    conflicts.store(s, change, "rejected", "forbidden", message, None)
            mark_sent(s, [uuid.UUID(x) for x in refused])
        log.warning("the server refused %d change(s) this desk's role may not make", len(refused))

    def _pull(
        self,
        http: httpx.Client,
        rnd: SyncRound,
        progress: Progress | None,
        should_stop: StopCheck | None,
    ) -> None:
        with self.db.session() as s:
            cursor = int(setup.get_meta(s, META_CURSOR) or 0)
            desk = setup.self_desk(s)
            self_id = str(desk.id) if desk else ""
        entities: set[str] = set()

        def fetch(since: int) -> p.PulledPage:
            body = self._call(
                http,
                "GET",
                f"{p.API_PREFIX}/changes",
                raw=True,
                # Check-ins in the row form the server made once for every desk (a server
                # that predates it ignores the parameter and sends full changes).
                params={"since": since, "limit": self.pull_page, "checkins": "rows"},
            )
            try:
                return p.parse_page(body)
            except p.PageGarbled as exc:
                raise SyncOffline("the server's answer was cut or garbled") from exc
            except p.PageInvalid as exc:
                raise SyncError(f"the server's page is not understood ({exc})") from exc

        # The next page is fetched while this one is applied, so the server's work and the
        # desk's overlap. Pages are still applied in order, each with its cursor.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as ahead:
            page = fetch(cursor)
            while True:
                upcoming: Future[p.PulledPage] | None = (
                    ahead.submit(fetch, page.next) if page.more else None
                )
                try:
                    if page.changes or page.checkin_rows or page.set_aside:
                        result = self._apply_page(page, self_id)
                        rnd.pulled += (
                            len(page.changes) + len(page.checkin_rows) + len(page.set_aside)
                        )
                        rnd.applied += result.applied
                        rnd.set_aside += len(page.set_aside) + len(result.set_aside)
                        entities |= result.entities
                        newest = max(map(_stamp, page.changes), default="")
                        if newest:
                            try:
                                self.db.clock.observe(newest)
                            except ValueError:
                                log.warning("ignored a malformed clock stamp from the server")
                    cursor = page.next
                    if progress:
                        progress(0.5 + (0.0 if page.more else 0.5), f"received {rnd.pulled}")
                    if upcoming is None or (should_stop and should_stop()):
                        break
                    page = upcoming.result()
                    upcoming = None
                finally:
                    if upcoming is not None:
                        upcoming.cancel()
        rnd.cursor = cursor
        rnd.entities = sorted(entities.union(rnd.entities))

    def _apply_page(self, page: p.PulledPage, self_id: str) -> ApplyResult:
        """Apply a page with its cursor: in one go, else change by change, setting aside
        (with the reason) what cannot be applied, so the cursor always moves on."""
        try:
            with self.db.session() as s:
                result = PageApplier(s, self_id).apply_page(
                    page.changes, checkin_rows=page.checkin_rows
                )
                aside.keep(s, [*page.set_aside, *result.set_aside])
                setup.set_meta(s, META_CURSOR, str(page.next))
            return result
        except Exception:
            log.exception("a page did not apply in one go; applying change by change")
        with self.db.session() as s:
            result = PageApplier(s, self_id).apply_page(
                page.changes, checkin_rows=page.checkin_rows, careful=True
            )
            aside.keep(s, [*page.set_aside, *result.set_aside])
            setup.set_meta(s, META_CURSOR, str(page.next))
        return result

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
        conflicts = sum(
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
            conflicts=conflicts,
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


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every round: building one reads the CA bundle (tens of ms).

    ``SSL_CERT_FILE`` names a forum's own CA bundle (a server behind an internal CA).
    """
    return ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE") or certifi.where())


#: How much a sync round yields to the desk's own work (Linux ``nice``, 0-19).
BACKGROUND_NICENESS = 10

_T = TypeVar("_T")


def in_background(work: Callable[..., _T], *args: Any) -> _T:
    """``work(*args)`` on a thread of its own at low CPU priority: its result, or its
    exception raised here. The caller waits; the priority ends with the thread.

    On Linux a thread's nice value is its own, so the desk's GUI thread keeps its
    priority; elsewhere the work simply runs at normal priority.
    """
    outcome: list[Any] = []

    def run() -> None:
        _lower_priority()
        try:
            outcome.append((True, work(*args)))
        except BaseException as exc:  # handed to the caller, who raises it
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="sync-round", daemon=True)
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    result: _T = value
    return result


def _lower_priority() -> None:
    if sys.platform != "linux":
        return
    thread = threading.get_native_id()
    try:
        if os.getpriority(os.PRIO_PROCESS, thread) < BACKGROUND_NICENESS:
            os.setpriority(os.PRIO_PROCESS, thread, BACKGROUND_NICENESS)
    except OSError:  # not allowed here (a container's policy): normal priority, then
        log.debug("could not lower the sync thread's priority")


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Cyclic garbage collection paused for a round (batches pushed, pages pulled).

    A page or a batch makes tens of thousands of short-lived objects (none of them
    cyclic), which set off collections that walk every live object again and again: a
    fifth of a first pull's time. Reference counting still frees them; the collector
    resumes after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _quiet(round_json: dict[str, Any]) -> bool:
    """A round that went well and moved nothing."""
    return bool(round_json.get("ok")) and not any(
        round_json.get(k) for k in ("pushed", "pulled", "conflicts", "rejected")
    )


def _transport_reason(exc: httpx.TransportError) -> str:
    """Why a request did not get through, in words a desk operator can pass on."""
    if isinstance(exc, httpx.ConnectTimeout):
        return "no answer to the connection in time"
    if isinstance(exc, httpx.TimeoutException):
        return "the answer took too long"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if "certificate" in text or "ssl" in text:
            return "its TLS certificate is not trusted here"
        if "name" in text and ("resolution" in text or "known" in text):
            return "its name is not found; check the address"
        return "connection refused or network down"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection was cut"
    return "network error"


def _stamp(change: p.PulledChange) -> str:
    """A pulled change's clock stamp ("" when it has none)."""
    stamp = change.get("hlc") if isinstance(change, dict) else change.hlc
    return stamp if isinstance(stamp, str) else ""


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


__all__ = [
    "CONFLICT_PREFIX",
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
    "outbox_batch",
]
