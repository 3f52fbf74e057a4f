"""A sync round leaves the garbage collector running for the desk (the GUI included)."""

from __future__ import annotations

import gc
import uuid
import weakref
from typing import Any

import httpx
import orjson

from desktop.db import setup
from desktop.desk import Forum
from desktop.sync import client as sync_client
from desktop.sync.apply import PageApplier
from desktop.sync.background import Collector


def _row(n: int) -> list[Any]:
    return [
        uuid.uuid4().hex,
        None,
        7000 + n,
        1,
        "main",
        "in",
        f"2026-06-03 08:0{n}:00.000000",
        "Desk B",
        "",
        "scan",
        "admitted",
        "pending_details",
        0,
        None,
        "",
        "",
    ]


def test_a_round_leaves_the_collector_running_and_hands_back_what_it_held(
    forum: Forum,
) -> None:
    with forum.session() as s:
        setup.set_meta(s, sync_client.META_SERVER, "http://forum.test")
        setup.set_meta(s, sync_client.META_TOKEN, "secret")
    seen: list[tuple[bool, int]] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        since = int(request.url.params["since"])
        page = {"changes": [], "checkins": [_row(since)], "next": since + 1, "more": since < 2}
        return httpx.Response(200, content=orjson.dumps(page))

    forum.sync.transport = httpx.MockTransport(server)
    rnd = forum.sync.sync_once()
    assert rnd.ok and rnd.applied == 3
    assert [enabled for enabled, _ in seen] == [True, True, True]
    assert seen[0][1] == 0 and seen[-1][1] > 0  # pages read are held out of its walks
    assert gc.isenabled() and gc.get_freeze_count() == 0  # and handed back at the end


def test_a_round_holds_nothing_when_something_else_froze_objects() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with Collector().round() as collector:
            [object() for _ in range(10)]
            collector.hold()
            assert gc.get_freeze_count() == before
        assert gc.get_freeze_count() == before  # theirs stay frozen
    finally:
        gc.unfreeze()


def test_a_page_applier_is_freed_without_the_collector(forum: Forum) -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with forum.session() as s:
            applier = PageApplier(s, "")
            applier.apply_page([], checkin_rows=[_row(1)])
            gone = weakref.ref(applier)
            del applier
            assert gone() is None  # no reference cycle keeps a page's work alive
    finally:
        if was:
            gc.enable()
