"""A desk process killed with SIGKILL mid-stream loses no acknowledged check-in."""

from __future__ import annotations

import os
import random
import secrets
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from desktop.db import setup
from desktop.db.models import Category, Participant
from desktop.desk import Forum

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = """
import sys
from desktop.desk import Forum
forum = Forum.open(sys.argv[1], operator="sigkill")
codes = [f"K{i:04d}" for i in range(int(sys.argv[2]))]
i = 0
print("ready", flush=True)
while True:
    code = codes[i % len(codes)]
    direction = "in" if (i // len(codes)) % 2 == 0 else "out"
    d = forum.checkin.scan(code, "main", direction=direction)
    # Acknowledged: scan() returned, so the fact is committed.
    sys.stdout.write(d.checkin_id + "\\n")
    sys.stdout.flush()
    i += 1
"""


def _make_forum(path: Path, n: int) -> None:
    forum = Forum.open(path)
    forum.ensure_event("Kill test")
    with forum.session() as s:
        event = setup.current_event(s)
        assert event is not None
        cat = s.query(Category).filter_by(event_id=event.id, code="delegate").one()
        for i in range(n):
            s.add(
                Participant(
                    event_id=event.id,
                    registration_code=f"K{i:04d}",
                    badge_id=secrets.randbits(63),
                    given_name=f"Person {i}",
                    country="RU",
                    category_id=cat.id,
                )
            )
    forum.close()


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(3))
def test_sigkill_loses_no_acknowledged_checkin(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "desk.db"
    _make_forum(db, 40)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), "40"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    acknowledged: list[str] = []
    partial: list[bytes] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.endswith(b"\n"):
                acknowledged.append(line.decode().strip())
            else:
                partial.append(line)  # cut mid-line by the kill: not acknowledged

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while not acknowledged and time.monotonic() < deadline:
        time.sleep(0.01)
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
    time.sleep(random.uniform(0.3, 1.5))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    reader.join(timeout=10)
    ids = [a for a in acknowledged if a != "ready"]
    assert len(ids) > 20, "the child acknowledged too few check-ins to prove anything"

    con = sqlite3.connect(db)
    try:
        facts = {row[0] for row in con.execute("SELECT id FROM checkin")}
        outbox = {
            row[0] for row in con.execute("SELECT entity_id FROM change_log WHERE entity='checkin'")
        }
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    missing = [i for i in ids if uuid.UUID(i).hex not in facts]
    assert not missing, f"{len(missing)} acknowledged check-ins lost"
    assert not [i for i in ids if i not in outbox], "acknowledged check-ins without outbox entry"
    # Every stored fact has its outbox entry (nothing half-written), acknowledged or not.
    assert {str(uuid.UUID(f)) for f in facts} == outbox
    # And the database opens and works again.
    forum = Forum.open(db)
    assert forum.checkin.scan("K0001", "plenary").result == "admitted"
    forum.checkin.close()
    forum.close()
