"""Pulling the feed: pages after the stored cursor, each applied with its cursor in one go.

The next page is fetched while this one is applied, so the server's work and the desk's
overlap; pages are still applied in order. A page that does not apply in one go is applied
change by change, setting aside (with the reason) what the desk's tables refuse, so the
cursor always moves on and a cut at any point leaves a state the next round resumes from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

import httpx

from desktop.db import setup
from desktop.sync import aside
from desktop.sync import protocol as p
from desktop.sync.apply import ApplyResult, PageApplier
from desktop.sync.state import META_CURSOR, SyncError, SyncOffline, SyncRound
from desktop.sync.transport import call

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

Progress = Callable[[float, str], object]
StopCheck = Callable[[], bool]


def pull_feed(
    db: ForumDb,
    http: httpx.Client,
    rnd: SyncRound,
    page_size: int,
    progress: Progress | None,
    should_stop: StopCheck | None,
    hold: Callable[[], None] = lambda: None,
) -> None:
    """Pull and apply every page after the stored cursor (counted in ``rnd``); ``hold`` is
    told when the round keeps a page's objects for a while (``background.Collector``)."""
    with db.session() as s:
        cursor = int(setup.get_meta(s, META_CURSOR) or 0)
        desk = setup.self_desk(s)
        self_id = str(desk.id) if desk else ""
    entities: set[str] = set()

    def fetch(since: int) -> p.PulledPage:
        body = call(
            http,
            "GET",
            f"{p.API_PREFIX}/changes",
            raw=True,
            # Check-ins in the row form the server made once for every desk (a server
            # that predates it ignores the parameter and sends full changes).
            params={"since": since, "limit": page_size, "checkins": "rows"},
        )
        try:
            page = p.parse_page(body)
        except p.PageGarbled as exc:
            raise SyncOffline("the server's answer was cut or garbled") from exc
        except p.PageInvalid as exc:
            raise SyncError(f"the server's page is not understood ({exc})") from exc
        hold()  # kept until it is applied
        return page

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as ahead:
        page = fetch(cursor)
        while True:
            upcoming: Future[p.PulledPage] | None = (
                ahead.submit(fetch, page.next) if page.more else None
            )
            try:
                if page.changes or page.checkin_rows or page.set_aside:
                    hold()  # and the next page, read meanwhile
                    result = apply_page(db, page, self_id)
                    rnd.pulled += len(page.changes) + len(page.checkin_rows) + len(page.set_aside)
                    rnd.applied += result.applied
                    rnd.set_aside += len(page.set_aside) + len(result.set_aside)
                    entities |= result.entities
                    newest = max(map(p.stamp_of, page.changes), default="")
                    if newest:
                        try:
                            db.clock.observe(newest)
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


def apply_page(db: ForumDb, page: p.PulledPage, self_id: str) -> ApplyResult:
    """Apply a page with its cursor: in one go, else change by change, setting aside
    (with the reason) what cannot be applied, so the cursor always moves on."""
    try:
        with db.session() as s:
            result = PageApplier(s, self_id).apply_page(
                page.changes, checkin_rows=page.checkin_rows
            )
            aside.keep(s, [*page.set_aside, *result.set_aside])
            setup.set_meta(s, META_CURSOR, str(page.next))
        return result
    except Exception:
        log.exception("a page did not apply in one go; applying change by change")
    with db.session() as s:
        result = PageApplier(s, self_id).apply_page(
            page.changes, checkin_rows=page.checkin_rows, careful=True
        )
        aside.keep(s, [*page.set_aside, *result.set_aside])
        setup.set_meta(s, META_CURSOR, str(page.next))
    return result
