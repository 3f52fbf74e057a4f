"""The desk's push against a server that takes smaller batches than the desk sends."""

from __future__ import annotations

import json
from typing import Any

import httpx

from desktop.services import setup
from desktop.services.forum import Forum
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
