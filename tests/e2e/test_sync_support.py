"""Real server processes, desks and a connection-cutting proxy for the sync end-to-end tests."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from desktop.db.models import CheckIn, Meeting, MeetingSlot, MeetingTable
from desktop.desk import Forum

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """``python -m server.cli --database URL --port P`` on 127.0.0.1."""

    def __init__(self, database: str, port: int | None = None) -> None:
        self.database = database
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> ServerProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "server.cli",
                "--database",
                self.database,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not start")

    def cpu_seconds(self) -> float:
        """CPU time the server process has used so far (Linux /proc; 0 elsewhere)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (AttributeError, OSError):
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def admin(self, *args: str) -> str:
        """Run an admin sub-command on the server's database; returns its output."""
        out = subprocess.run(
            [PYTHON, "-m", "server.cli", *args, "--database", self.database],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout

    def code(self, role: str = "desk") -> str:
        return self.admin("enroll-code", "--role", role).strip().splitlines()[-1]


class CuttingProxy:
    """A TCP proxy that can drop a connection after a number of bytes from the server."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.cut_after: int | None = None
        self.cuts = 0
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", self.port))
        self._sock.listen(50)
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(client,), daemon=True).start()

    def _pipe(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        sent_back = 0
        try:
            while True:
                ready, _, _ = select.select([client, upstream], [], [], 30)
                if not ready:
                    return
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is upstream:
                        if self.cut_after is not None and sent_back + len(data) > self.cut_after:
                            client.sendall(data[: max(0, self.cut_after - sent_back)])
                            self.cuts += 1
                            client.shutdown(socket.SHUT_RDWR)
                            return
                        sent_back += len(data)
                        client.sendall(data)
                    else:
                        upstream.sendall(data)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()

    def close(self) -> None:
        self._stop = True
        self._sock.close()


def desk(tmp: Path, name: str) -> Forum:
    return Forum.open(tmp / f"{name}.db", operator=f"op-{name}")


def record_checkin(
    forum: Forum,
    participant_id: str,
    zone: str = "main",
    at: datetime | None = None,
    result: str = "admitted",
) -> str:
    """A check-in written as the check-in service does: the fact and its outbox entry."""
    cid = uuid.uuid4()
    moment = at or datetime.now(UTC)
    name = forum.desk().name
    row = {
        "id": str(cid),
        "participant_id": participant_id,
        "badge_id": None,
        "badge_version": None,
        "zone": zone,
        "direction": "in",
        "at": moment.isoformat(),
        "desk": name,
        "operator": forum.actor.operator,
        "method": "scan",
        "result": result,
        "reason": "" if result == "admitted" else "cancelled",
    }
    with forum.session() as s:
        s.add(
            CheckIn(
                id=cid,
                participant_id=uuid.UUID(participant_id),
                zone=zone,
                direction="in",
                at=moment,
                desk=name,
                operator=forum.actor.operator,
                method="scan",
                result=result,
                reason=row["reason"],
            )
        )
        forum.recorder.record(s, "checkin", cid, "create", row, at=moment)
    return str(cid)


def book_meeting(forum: Forum, table_id: str, delegations: list[str], start: datetime) -> str:
    """A provisional booking made offline, recorded as the meetings service does."""
    mid = uuid.uuid4()
    end = start + timedelta(minutes=30)
    with forum.session() as s:
        table = s.get(MeetingTable, uuid.UUID(table_id))
        assert table is not None
        slot = MeetingSlot(event_id=table.event_id, start=start, end=end)
        s.add(slot)
        s.flush()
        s.add(
            Meeting(
                id=mid,
                event_id=table.event_id,
                slot_id=slot.id,
                table_id=table.id,
                delegation_ids=delegations,
            )
        )
        data: dict[str, Any] = {
            "id": str(mid),
            "slot_id": str(slot.id),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "table_id": table_id,
            "table": table.name,
            "interpreter_id": None,
            "delegation_ids": delegations,
            "purpose": "talks",
            "status": "booked",
        }
        forum.recorder.record(s, "meeting", mid, "book", data)
    return str(mid)


PEOPLE_CSV = """registration_code,given_name,family_name,given_name_latin,family_name_latin,delegation,country,category
K-001,Ильсур,Метшин,Ilsur,Metshin,Kazan,RU,head
H-001,Yanet,Hernández,,,Havana,CU,head
Z-001,伟,王,Wei,Wang,Zhengzhou,CN,delegate
"""


# -- fixtures (imported by the test modules) -----------------------------------------
import pytest  # noqa: E402

from tests.server.conftest import BACKENDS, fresh_postgres_url  # noqa: E402,F401


@pytest.fixture(params=BACKENDS)
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url


@pytest.fixture
def server(server_db: str, tmp_path: Path) -> Any:
    """A server process whose event has three participants, delegations and a table."""
    from desktop.db.models import MeetingTable
    from server.db import open_server_database
    from server.hub import Hub

    people = tmp_path / "people.csv"
    people.write_text(PEOPLE_CSV, encoding="utf-8")
    proc = ServerProcess(server_db)
    proc.admin("event", "import", str(people))
    db = open_server_database(server_db)
    hub = Hub(db)
    with hub.session() as s:
        event_id = hub.forum.event().id
        s.add(MeetingTable(id=TABLE_ID, event_id=uuid.UUID(event_id), name="Table 1"))
    db.close()
    proc.start()
    yield proc
    proc.stop()


TABLE_ID = uuid.UUID("00000000-0000-4000-8000-0000000000a1")


def poison_feed(database: str, changes: list[dict[str, Any]]) -> None:
    """Changes written straight into a server's feed, as a server before the change
    schema stored them: each as pushed, a check-in also in the row form it made."""
    from desktop.sync.checkins import checkin_row_json
    from desktop.sync.schema import Change
    from server.bulk import allocate_seqs, append_feed
    from server.db import open_server_database
    from server.hub import Hub, wire_body

    hub = Hub(open_server_database(database))
    try:
        with hub.feed_writer() as s:
            rows = []
            for c, seq in zip(changes, allocate_seqs(s, len(changes)), strict=True):
                row: dict[str, Any] = {
                    "seq": seq,
                    "change_id": uuid.UUID(c["id"]),
                    "entity": c["entity"],
                    "entity_id": c["entity_id"],
                    "op": c["op"],
                    "data": c["data"],
                    "hlc": c.get("hlc", ""),
                    "origin": c.get("origin", "old"),
                    "operator": c.get("operator", ""),
                    "at": datetime.fromisoformat(c["at"]),
                    "desk_id": None,
                    "received_at": datetime.now(UTC),
                    "status": "accepted",
                    "answer": None,
                }
                row["row"] = (
                    checkin_row_json(Change.model_validate(c)) if c["entity"] == "checkin" else None
                )
                row["body"] = None if row["row"] is not None else wire_body(row)
                rows.append(row)
            append_feed(s, rows)
    finally:
        hub.db.close()
