# ruff: noqa: F811  (pytest fixtures imported from the support module)
"""Sync end to end: a real server process, several desk databases, cuts and kills."""

from __future__ import annotations

import json
import subprocess
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.db.models import CheckIn, Meeting, Participant
from desktop.sync.client import SyncConflict, SyncOffline, SyncUnauthorized
from server.db import FeedEntry, open_server_database
from tests.e2e.test_sync_support import (
    PYTHON,
    ROOT,
    TABLE_ID,
    CuttingProxy,
    book_meeting,
    desk,
    fresh_postgres_url,  # noqa: F401
    record_checkin,
    server,  # noqa: F401
    server_db,  # noqa: F401
)

pytestmark = pytest.mark.slow
T0 = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)


def participant_ids(forum: Any) -> dict[str, str]:
    with forum.session() as s:
        return {
            code: str(pid)
            for pid, code in s.execute(select(Participant.id, Participant.registration_code))
        }


def delegation_ids(forum: Any) -> dict[str, str]:
    from desktop.db.models import Delegation

    with forum.session() as s:
        return {name: str(did) for did, name in s.execute(select(Delegation.id, Delegation.name))}


def checkin_ids(forum: Any) -> set[str]:
    with forum.session() as s:
        return {str(x) for x in s.scalars(select(CheckIn.id))}


def feed_counts(url: str) -> tuple[int, int]:
    db = open_server_database(url)
    try:
        with db.sessions() as s:
            total = s.scalar(select(func.count()).select_from(FeedEntry)) or 0
            distinct = s.scalar(select(func.count(func.distinct(FeedEntry.change_id)))) or 0
    finally:
        db.close()
    return int(total), int(distinct)


def test_desks_converge_through_cli_and_client(server: Any, tmp_path: Path) -> None:
    # One desk through the command line, as an operator would.
    db = tmp_path / "cli.db"
    out = subprocess.run(
        [
            PYTHON,
            "-m",
            "desktop.cli",
            "enroll",
            "--server",
            server.url,
            "--code",
            server.code("desk"),
            "--db",
            str(db),
            "--name",
            "Desk CLI",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    # Enrolling runs the first round at once: the desk already holds the participants.
    assert "first sync: received" in out.stdout
    assert "3 participants on this desk" in out.stdout
    desks = [desk(tmp_path, f"d{i}") for i in range(3)]
    for i, d in enumerate(desks):
        d.sync.enroll(server.url, server.code("desk"), f"Desk {i}")
        d.sync.sync_once()
    codes = participant_ids(desks[0])
    assert set(codes) == {"K-001", "H-001", "Z-001"}
    assert participant_ids(desks[2]) == codes  # same ids everywhere
    made = set()
    for i, d in enumerate(desks):
        for j, code in enumerate(sorted(codes)):
            made.add(
                record_checkin(
                    d,
                    codes[code],
                    zone=["main", "plenary", "press"][i],
                    at=T0 + timedelta(minutes=i * 10 + j),
                )
            )
    for d in desks:
        d.sync.sync_once()
    for d in desks:
        d.sync.sync_once()
        assert checkin_ids(d) == made
        assert d.sync.status().pending == 0
    out = subprocess.run(
        [PYTHON, "-m", "desktop.cli", "sync", "--db", str(db), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["ok"] is True
    cli_forum = desk(tmp_path, "cli")
    assert checkin_ids(cli_forum) == made
    # The desks keep the original time and desk of each check-in.
    with desks[1].session() as s:
        first = s.scalars(select(CheckIn).where(CheckIn.zone == "main")).all()
        assert {c.desk for c in first} == {"Desk 0"}
        assert min(c.at for c in first) == T0
    total, distinct = feed_counts(server.database)
    assert total == distinct


def test_server_killed_mid_upload_then_every_change_once(server: Any, tmp_path: Path) -> None:
    d = desk(tmp_path, "a")
    d.sync.enroll(server.url, server.code("desk"), "Desk A")
    d.sync.sync_once()
    pid = participant_ids(d)["K-001"]
    made = {record_checkin(d, pid, at=T0 + timedelta(seconds=i)) for i in range(3000)}
    d.sync.push_batch = 50
    errors: list[BaseException] = []

    def run() -> None:
        try:
            d.sync.sync_once()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 30
    while d.sync.status().pending > 2500 and time.monotonic() < deadline:
        time.sleep(0.005)
    server.kill()
    thread.join(60)
    assert errors and isinstance(errors[0], SyncOffline)
    assert 0 < d.sync.status().pending < 3000
    server.start()
    d.sync.sync_once()
    assert d.sync.status().pending == 0
    total, distinct = feed_counts(server.database)
    assert total == distinct
    other = desk(tmp_path, "b")
    other.sync.enroll(server.url, server.code("desk"), "Desk B")
    other.sync.sync_once()
    assert checkin_ids(other) == made


def test_connection_cut_mid_page_resumes(server: Any, tmp_path: Path) -> None:
    a = desk(tmp_path, "a")
    a.sync.enroll(server.url, server.code("desk"), "Desk A")
    a.sync.sync_once()
    pid = participant_ids(a)["H-001"]
    made = {record_checkin(a, pid, at=T0 + timedelta(seconds=i)) for i in range(1200)}
    a.sync.sync_once()
    proxy = CuttingProxy(server.port)
    try:
        b = desk(tmp_path, "b")
        b.sync.enroll(proxy.url, server.code("desk"), "Desk B")
        b.sync.pull_page = 500
        proxy.cut_after = 150_000  # inside the first page of check-ins
        with pytest.raises(SyncOffline):
            b.sync.sync_once()
        assert proxy.cuts >= 1
        assert checkin_ids(b) < made
        proxy.cut_after = None
        b.sync.sync_once()
        assert checkin_ids(b) == made
        with b.session() as s:
            assert s.scalar(select(func.count()).select_from(CheckIn)) == len(made)
    finally:
        proxy.close()


def test_repeated_and_reordered_upload_lands_once(server: Any, tmp_path: Path) -> None:
    import httpx

    a = desk(tmp_path, "a")
    a.sync.enroll(server.url, server.code("desk"), "Desk A")
    token = a.sync._meta("sync.token")
    ids = [str(uuid.uuid4()) for _ in range(40)]
    changes = [
        {
            "id": str(uuid.uuid4()),
            "entity": "checkin",
            "entity_id": cid,
            "op": "create",
            "data": {
                "id": cid,
                "zone": "main",
                "result": "rejected",
                "reason": "forged",
            },
            "hlc": "",
            "origin": "Desk A",
            "operator": "",
            "at": T0.isoformat(),
        }
        for cid in ids
    ]
    headers = {"Authorization": f"Bearer {token}"}
    before, _ = feed_counts(server.database)
    for batch in (changes[:25], changes, list(reversed(changes)), changes[10:30]):
        r = httpx.post(f"{server.url}/api/v1/changes", json={"changes": batch}, headers=headers)
        assert r.status_code == 200
    after, distinct = feed_counts(server.database)
    assert after - before == 40 and after == distinct


def test_two_desks_admit_the_same_person_both_kept_one_flagged(server: Any, tmp_path: Path) -> None:
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for d, name in ((a, "Desk A"), (b, "Desk B")):
        d.sync.enroll(server.url, server.code("desk"), name)
        d.sync.sync_once()
    pid = participant_ids(a)["Z-001"]
    first = record_checkin(a, pid, at=T0)  # offline, at the same time
    second = record_checkin(b, pid, at=T0 + timedelta(minutes=2))
    for d in (b, a, b):
        d.sync.sync_once()
    for d in (a, b):
        with d.session() as s:
            rows = {
                str(c.id): c.flagged
                for c in s.scalars(select(CheckIn).where(CheckIn.participant_id == uuid.UUID(pid)))
            }
        assert rows == {first: False, second: True}


def test_two_coordinators_book_the_same_table_one_wins(server: Any, tmp_path: Path) -> None:
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for d, name in ((a, "Coord A"), (b, "Coord B")):
        d.sync.enroll(server.url, server.code("coordinator"), name)
        d.sync.sync_once()
    cities = delegation_ids(a)
    won = book_meeting(a, str(TABLE_ID), [cities["Kazan"], cities["Havana"]], T0)
    lost = book_meeting(b, str(TABLE_ID), [cities["Zhengzhou"]], T0)
    a.sync.sync_once()
    rnd = b.sync.sync_once()
    assert rnd.conflicts == 1
    conflicts: list[SyncConflict] = b.sync.conflicts()
    assert [c.entity_id for c in conflicts] == [lost]
    assert conflicts[0].suggestion and conflicts[0].suggestion["start"].startswith(
        "2026-06-03T09:30"
    )
    with b.session() as s:
        assert s.get(Meeting, uuid.UUID(lost)).status == "conflict"  # type: ignore[union-attr]
        assert s.get(Meeting, uuid.UUID(won)).provisional is False  # type: ignore[union-attr]
    with a.session() as s:
        assert s.get(Meeting, uuid.UUID(won)).provisional is False  # type: ignore[union-attr]
    b.sync.accept_suggestion(conflicts[0].id)
    b.sync.sync_once()
    a.sync.sync_once()
    assert b.sync.conflicts() == []
    with a.session() as s:
        moved = s.get(Meeting, uuid.UUID(lost))
        assert moved is not None and moved.status == "booked" and moved.provisional is False


def test_revoked_token_and_wrong_role_are_refused(server: Any, tmp_path: Path) -> None:
    a = desk(tmp_path, "a")
    result = a.sync.enroll(server.url, server.code("desk"), "Desk A")
    a.sync.sync_once()
    book_meeting(a, str(TABLE_ID), ["kazan", "havana"], T0)
    rnd = a.sync.sync_once()
    assert rnd.rejected == 1 and a.sync.status().pending == 0
    assert a.sync.conflicts()[0].code == "forbidden"
    listing = server.admin("desks", "list")
    assert result.desk_id in listing
    server.admin("desks", "revoke", result.desk_id)
    with pytest.raises(SyncUnauthorized):
        a.sync.sync_once()
    assert a.sync.status().last_error


def test_enrolling_a_database_with_another_event_is_refused(server: Any, tmp_path: Path) -> None:
    from desktop.sync.client import OtherEventHere

    d = desk(tmp_path, "demo")
    d.ensure_event("Demo forum")
    pid_count = 0
    d.sync.enroll(server.url, server.code("desk"), "Fresh")  # an empty local event is replaced
    assert d.event().name != "Demo forum"
    other = desk(tmp_path, "busy")
    other.ensure_event("Demo forum")
    with other.session() as s:
        from desktop.db.models import Category

        cat = s.scalars(select(Category)).first()
        assert cat is not None
        s.add(
            Participant(
                event_id=cat.event_id,
                registration_code="X",
                badge_id=7,
                country="RU",
                category_id=cat.id,
            )
        )
    with pytest.raises(OtherEventHere):
        other.sync.enroll(server.url, server.code("desk"), "Busy")
    assert pid_count == 0


def test_cli_enroll_stands_when_the_first_round_fails(
    server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.sync.client import SyncClient

    def offline(self: SyncClient, *args: Any, **kw: Any) -> Any:
        raise SyncOffline("the server does not answer (ConnectError)")

    monkeypatch.setattr(SyncClient, "sync_once", offline)
    db = tmp_path / "cli.db"
    code = main(["enroll", "--server", server.url, "--code", server.code("desk"), "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 0
    assert "enrolled as desk" in out
    assert "first sync failed: the server does not answer" in out
    monkeypatch.undo()
    assert desk(tmp_path, "cli").sync.is_enrolled()
