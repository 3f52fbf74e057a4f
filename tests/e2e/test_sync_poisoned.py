"""A poisoned feed does not stop any desk: what a desk cannot apply is set aside, shown,
and everything else still converges (a real server process, desks and the CLI)."""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_sync_e2e import checkin_ids, participant_ids
from tests.e2e.test_sync_support import (
    PYTHON,
    ROOT,
    desk,
    fresh_postgres_url,  # noqa: F401
    poison_feed,
    record_checkin,
    server,  # noqa: F401
    server_db,  # noqa: F401
)

pytestmark = pytest.mark.slow
T0 = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)


def old_change(entity: str, op: str, data: dict[str, Any], entity_id: str = "") -> dict[str, Any]:
    """A change as a server before the schema took it from any desk token."""
    cid = str(uuid.uuid4())
    return {
        "id": cid,
        "entity": entity,
        "entity_id": entity_id or str(data.get("id") or uuid.uuid4()),
        "op": op,
        "data": data,
        "hlc": f"{int(T0.timestamp() * 1000):013d}.00000.rogue",
        "origin": "rogue",
        "operator": "",
        "at": T0.isoformat(),
    }


def scan(**data: Any) -> dict[str, Any]:
    cid = str(uuid.uuid4())
    body = {"id": cid, "zone": "main", "result": "admitted", "at": T0.isoformat(), **data}
    return old_change("checkin", "create", body, entity_id=cid)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "desktop.cli", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_a_poisoned_feed_is_set_aside_and_every_desk_converges(server: Any, tmp_path: Path) -> None:
    desks = [desk(tmp_path, f"d{i}") for i in range(3)]
    for i, d in enumerate(desks):
        d.sync.enroll(server.url, server.code("desk"), f"Desk {i}")
        d.sync.sync_once()
    people = participant_ids(desks[0])
    cli_db = tmp_path / "cli.db"
    out = cli("enroll", "--server", server.url, "--code", server.code("desk"), "--db", str(cli_db))
    assert out.returncode == 0, out.stderr
    made = {
        record_checkin(d, people[code], at=T0 + timedelta(minutes=i))
        for i, d in enumerate(desks)
        for code in sorted(people)
    }
    for d in desks:
        d.sync.sync_once()

    # What a server before the schema took from any desk token, straight into its feed.
    person = people["K-001"]
    unusable = [
        scan(badge_id=2**64, participant_id=person),
        scan(badge_id=2**63),
        old_change("checkin", "create", {}),
        scan(result="teleported"),
        scan(direction="sideways"),
        old_change("participant", "create", {"id": str(uuid.uuid4()), "badge_id": "many"}),
        old_change("participant", "update", {"badge_version": 2**40}, entity_id=person),
        old_change("meeting", "book", {"id": str(uuid.uuid4()), "start": "soon"}),
        old_change("desk", "key", {"desk_id": str(uuid.uuid4()), "public_key": "zz"}),
    ]
    # Still stored by a desk: the server's row form of these has only sound values.
    harmless = [
        scan(participant_id="not-a-uuid"),
        scan(zone="z" * (1 << 20)),
        old_change(
            "checkin", "delete", {"id": str(uuid.uuid4()), "zone": "main", "result": "admitted"}
        ),
    ]
    poison_feed(server.database, [*unusable, *harmless])

    # Desks go on scanning; the poisoned feed sits between their check-ins.
    made |= {
        record_checkin(d, people[code], at=T0 + timedelta(hours=1, minutes=i))
        for i, d in enumerate(desks)
        for code in sorted(people)
    }
    for _ in range(2):
        for d in desks:
            rnd = d.sync.sync_once()
            assert rnd.ok
    out = cli("sync", "--db", str(cli_db), "--json")
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True and report["set_aside"] == len(unusable)
    assert report["set_aside_total"] == len(unusable)
    listed = report["set_aside_changes"]
    assert {c["entity_id"] for c in listed} == {c["entity_id"] for c in unusable}
    assert all(c["reason"] and c["at"] for c in listed)
    reasons = {c["entity_id"]: c["reason"] for c in listed}
    assert reasons[unusable[0]["entity_id"]].startswith("data.badge_id: ")
    assert reasons[unusable[3]["entity_id"]].startswith("data.result: ")

    # A new desk enrolls and gets everything else on its first round.
    late_db = tmp_path / "late.db"
    out = cli(
        "enroll",
        "--server",
        server.url,
        "--code",
        server.code("desk"),
        "--db",
        str(late_db),
        "--json",
    )
    assert out.returncode == 0, out.stdout + out.stderr
    first = json.loads(out.stdout)["first_sync"]
    assert first["ok"] is True and first["set_aside"] == len(unusable)

    everyone = [*desks, desk(tmp_path, "cli"), desk(tmp_path, "late")]
    held = [checkin_ids(d) for d in everyone]
    assert made <= held[0]
    assert all(h == held[0] for h in held)
    assert not {c["entity_id"] for c in unusable} & held[0]
    for d in everyone:
        aside = d.sync.set_aside()
        assert {a.entity_id for a in aside} == {c["entity_id"] for c in unusable}
        assert d.sync.status().pending == 0
        assert participant_ids(d) == people


# ruff: noqa: F811  (pytest fixtures imported from the support module)
