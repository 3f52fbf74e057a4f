"""The desk's push against a server that takes smaller batches than the desk sends."""

from __future__ import annotations

import json
from typing import Any

import httpx

from desktop.db import setup
from desktop.desk import Forum
from desktop.sync import client as sync_client


def test_a_server_refusing_the_batch_size_gets_smaller_batches_and_everything(
    forum: Forum,
) -> None:
    with forum.session() as s:
        for i in range(23):
            forum.recorder.record(s, "badge", f"b{i}", "print", {"n": i})
        setup.set_meta(s, sync_client.META_SERVER, "http://forum.test")
        setup.set_meta(s, sync_client.META_TOKEN, "secret")
    sizes: list[int] = []
    received: set[str] = set()

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json={"changes": [], "next": 0, "more": False})
        changes: list[dict[str, Any]] = json.loads(request.content)["changes"]
        sizes.append(len(changes))
        if len(changes) > 5:
            error = {"code": "batch_too_large", "message": "at most 5 changes per push"}
            return httpx.Response(413, json={"error": error})
        received.update(c["id"] for c in changes)
        return httpx.Response(
            200, json={"results": [{"id": c["id"], "status": "accepted"} for c in changes]}
        )

    sync = forum.sync
    sync.transport = httpx.MockTransport(server)
    sync.push_batch = 40
    rnd = sync.sync_once()
    assert rnd.ok and rnd.accepted == 23
    assert len(received) == 23
    assert sizes[:4] == [23, 11, 5, 5]  # halved until the server takes it
    assert max(sizes[3:]) <= 5
    assert sync.status().pending == 0


def test_a_round_pulls_while_its_push_waits_at_the_server(forum: Forum) -> None:
    """The push is answered only once the desk has pulled: a round that pushed first and
    pulled after would never finish (the server here times out and the test fails)."""
    import threading

    with forum.session() as s:
        for i in range(3):
            forum.recorder.record(s, "badge", f"b{i}", "print", {"n": i})
        setup.set_meta(s, sync_client.META_SERVER, "http://forum.test")
        setup.set_meta(s, sync_client.META_TOKEN, "secret")
    pulled = threading.Event()
    order: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            order.append("pull")
            pulled.set()
            return httpx.Response(200, json={"changes": [], "next": 0, "more": False})
        if not pulled.wait(timeout=10):
            return httpx.Response(503, json={"error": {"code": "x", "message": "no pull"}})
        order.append("push")
        changes: list[dict[str, Any]] = json.loads(request.content)["changes"]
        return httpx.Response(
            200, json={"results": [{"id": c["id"], "status": "accepted"} for c in changes]}
        )

    forum.sync.transport = httpx.MockTransport(server)
    rnd = forum.sync.sync_once()
    assert rnd.ok and rnd.accepted == 3
    # pulled while pushing, then once more after the push for what came meanwhile
    assert order == ["pull", "push", "pull"]
    assert forum.sync.status().pending == 0


def test_background_work_returns_its_result_raises_its_error_and_yields_the_cpu() -> None:
    import os
    import sys
    import threading

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    before = niceness()
    inside = sync_client.in_background(niceness)
    if sys.platform == "linux":  # a thread's nice value is its own there
        assert inside == max(before, sync_client.BACKGROUND_NICENESS)
    assert niceness() == before  # the caller's thread keeps its priority

    def fail() -> None:
        raise ValueError("the server's page is not understood")

    try:
        sync_client.in_background(fail)
    except ValueError as exc:
        assert "not understood" in str(exc)
    else:
        raise AssertionError("the error was swallowed")
