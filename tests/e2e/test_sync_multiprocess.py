"""Several server processes on one PostgreSQL database, as ``server/README.md`` promises.

Three ``forumdesk-server`` processes share a database; ten desks push and pull through
all of them at once, each round through another process, and one batch goes to two
processes at the same moment. Every change is stored exactly once, and every desk reads
the same feed in the same order, whichever process it asks.
"""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from desktop.db import setup
from desktop.db.models import ChangeLog, CheckIn, Participant
from desktop.desk import Forum
from desktop.services.participants import WalkIn
from desktop.sync.client import META_SERVER, META_TOKEN
from desktop.sync.outbox import outbox_batch
from server.db import FeedEntry, open_server_database
from tests.e2e.test_sync_support import (
    PEOPLE_CSV,
    ServerProcess,
    fresh_postgres_url,  # noqa: F401
    record_checkin,
)
from tests.server.conftest import POSTGRES_URL

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(not POSTGRES_URL, reason="FORUMDESK_TEST_POSTGRES is not set"),
]
T0 = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
DESKS = 10
SERVERS = 3
ROUNDS = 3
SCANS_PER_ROUND = 12


def prepare(database: str, tmp_path: Path, desks: int) -> list[str]:
    """The server's event (three participants, published) and one-time desk codes, made
    in this process as ``forumdesk-server event import`` and ``enroll-code`` make them."""
    from server.hub import Hub

    people = tmp_path / "people.csv"
    people.write_text(PEOPLE_CSV, encoding="utf-8")
    hub = Hub(open_server_database(database))
    try:
        hub.importer.import_file(people)
        hub.publish_local_changes()
        return [hub.new_enroll_code("desk") for _ in range(desks)]
    finally:
        hub.db.close()


def start_servers(database: str) -> list[ServerProcess]:
    servers = [ServerProcess(database) for _ in range(SERVERS)]
    try:
        with ThreadPoolExecutor(SERVERS) as pool:  # the processes start side by side
            list(pool.map(lambda server: server.start(timeout=90), servers))
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return servers


def use_server(forum: Forum, server: ServerProcess) -> None:
    """Point a desk at another of the processes (a load balancer's choice)."""
    with forum.session() as s:
        setup.set_meta(s, META_SERVER, server.url)


def token(forum: Forum) -> str:
    with forum.session() as s:
        return setup.get_meta(s, META_TOKEN) or ""


def scan(forum: Forum, people: list[str], n: int, minute: int) -> None:
    for i in range(n):
        record_checkin(forum, people[i % len(people)], at=T0 + timedelta(minutes=minute, seconds=i))


def whole_feed(server: ServerProcess, forum: Forum) -> list[tuple[int, str]]:
    """The feed as this desk reads it from this process: (seq, change id), in order."""
    out: list[tuple[int, str]] = []
    cursor, more = 0, True
    headers = {"Authorization": f"Bearer {token(forum)}"}
    while more:
        page = httpx.get(
            f"{server.url}/api/v1/changes",
            params={"since": cursor, "limit": 97},
            headers=headers,
            timeout=30,
        ).json()
        out += [(c["seq"], c["id"]) for c in page["changes"]]
        cursor, more = page["next"], page["more"]
    return out


def next_batch(forum: Forum) -> list[dict[str, Any]]:
    with forum.session() as s:
        batch = outbox_batch(s, 1000)
    assert batch
    return batch


def push_to_two_at_once(
    servers: list[ServerProcess], forum: Forum, batch: list[dict[str, Any]]
) -> dict[str, list[str]]:
    """A desk's batch, sent to two processes at the same moment: the answers."""
    gate = threading.Barrier(2)
    headers = {"Authorization": f"Bearer {token(forum)}"}

    def send(server: ServerProcess) -> list[dict[str, Any]]:
        gate.wait()
        r = httpx.post(
            f"{server.url}/api/v1/changes", json={"changes": batch}, headers=headers, timeout=60
        )
        assert r.status_code == 200, r.text
        results: list[dict[str, Any]] = r.json()["results"]
        return results

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(send, servers[:2]))
    statuses: dict[str, list[str]] = {}
    for results in answers:
        for ack in results:
            statuses.setdefault(ack["id"], []).append(ack["status"])
    return statuses


def test_three_server_processes_store_each_change_once_and_hand_out_one_feed(
    fresh_postgres_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    started = time.monotonic()
    codes = prepare(fresh_postgres_url, tmp_path, DESKS)
    servers = start_servers(fresh_postgres_url)
    desks: list[Forum] = []
    try:
        for i in range(DESKS):
            forum = Forum.open(tmp_path / f"desk{i}.db")
            server = servers[i % SERVERS]
            forum.sync.enroll(server.url, codes[i], f"Desk {i}")
            forum.sync.sync_once()
            desks.append(forum)
        with desks[0].session() as s:
            people = sorted(str(pid) for pid in s.scalars(select(Participant.id)))
        assert len(people) == 3
        for i, forum in enumerate(desks):
            scan(forum, people, SCANS_PER_ROUND, i)
            # A walk-in of a new delegation: a delegation, a participant and their
            # check-in, each naming the one before, in one push.
            person = forum.participants.register_walk_in(
                WalkIn("Amara", "Okafor", f"City {i}", "NG", "delegate")
            )
            record_checkin(forum, person.id, at=T0 + timedelta(hours=1, minutes=i))

        # One batch sent to two processes at the same moment: stored once, answered by
        # both (one takes it, the other finds it taken; a repeat finds it taken too).
        twice = push_to_two_at_once(servers, desks[0], next_batch(desks[0]))
        assert all(sorted(s) == ["accepted", "duplicate"] for s in twice.values()), twice

        # Ten desks at once, each round through another process, scanning in between.
        failures: list[BaseException] = []

        def run(index: int) -> None:
            forum = desks[index]
            try:
                for r in range(ROUNDS):
                    use_server(forum, servers[(index + r) % SERVERS])
                    rnd = forum.sync.sync_once()
                    assert rnd.ok and rnd.rejected == 0 and rnd.set_aside == 0, rnd
                    scan(forum, people, SCANS_PER_ROUND, 20 + 10 * r + index)
            except BaseException as exc:  # raised below, with the others
                failures.append(exc)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(DESKS)]
        # The same push to two processes once more, while the desks are at it.
        again = next_batch(desks[1])
        stormy: dict[str, list[str]] = {}

        def storm() -> None:
            try:
                stormy.update(push_to_two_at_once(servers, desks[1], again))
            except BaseException as exc:  # raised below, with the others
                failures.append(exc)

        threads.append(threading.Thread(target=storm))
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not failures, failures
        # Desk 1 may have sent it itself by then: taken once at most, never twice.
        assert len(stormy) == len(again)
        assert all(
            sorted(s) in (["accepted", "duplicate"], ["duplicate", "duplicate"])
            for s in stormy.values()
        ), stormy

        # Two quiet rounds each: everything sent, everything received.
        for r in range(2):
            for i, forum in enumerate(desks):
                use_server(forum, servers[(i + r) % SERVERS])
                assert forum.sync.sync_once().ok
        for forum in desks:
            assert forum.sync.status().pending == 0

        # Every change stored exactly once.
        made: set[uuid.UUID] = set()
        for forum in desks:
            with forum.session() as s:
                made |= set(
                    s.scalars(select(ChangeLog.id).where(ChangeLog.origin == forum.actor.desk))
                )
        db = open_server_database(fresh_postgres_url)
        try:
            with db.sessions() as s:
                total = s.scalar(select(func.count()).select_from(FeedEntry))
                distinct = s.scalar(select(func.count(func.distinct(FeedEntry.change_id))))
                stored = list(
                    s.scalars(select(FeedEntry.change_id).where(FeedEntry.change_id.in_(made)))
                )
                statuses = set(s.scalars(select(FeedEntry.status).distinct()))
        finally:
            db.close()
        assert total == distinct
        assert len(stored) == len(made) == len(set(stored))
        assert statuses == {"accepted"}

        # Every desk reads the same feed, in the same order, from whichever process.
        feeds = [whole_feed(servers[i % SERVERS], forum) for i, forum in enumerate(desks)]
        assert all(feed == feeds[0] for feed in feeds)
        seqs = [seq for seq, _ in feeds[0]]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs)) == total
        assert made <= {uuid.UUID(cid) for _, cid in feeds[0]}

        # And holds the same: every check-in and participant of every desk.
        held = []
        for forum in desks:
            with forum.session() as s:
                held.append(
                    (
                        set(s.scalars(select(CheckIn.id))),
                        set(s.scalars(select(Participant.id))),
                    )
                )
        assert all(h == held[0] for h in held)
        assert len(held[0][0]) == DESKS * (SCANS_PER_ROUND * (ROUNDS + 1) + 1)
        assert len(held[0][1]) == 3 + DESKS
    finally:
        for forum in desks:
            forum.close()
        for server in servers:
            server.stop()
    assert time.monotonic() - started < 120
