"""Sync: 10 desks x 5,000 offline check-ins pushed at once; first pull of 100,000 participants.

Figures, each beside a floor measured in the same run:
* converged: a local server process (``python -m server.cli``), 10 desk processes each
  holding 5,000 offline check-ins (each naming a participant the server holds) start
  syncing at the same moment; the time until every desk holds every one of the 50,000
  check-ins, the median of three fresh runs (each is printed). Target <= 10 s. Floor:
  the same 50,000
  changes inserted straight into the server's feed table in one transaction, plus the
  same 50,000 check-ins inserted straight into one desk database.
* first pull: a freshly enrolled desk's first round against a server holding 100,000
  participants. Target <= 10 s. Floor: the same participant rows and history rows bulk
  inserted straight into an empty desk database.
* converged with N server processes (``--servers N``, PostgreSQL): the same, the desks
  spread over N server processes sharing one database.
On SQLite, and on PostgreSQL too when FORUMDESK_TEST_POSTGRES is set (fresh schema).

    python -m benchmarks.bench_sync [--quick] [--servers 3]
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text

from desktop.db.engine import open_database
from desktop.db.models import Category, ChangeLog, CheckIn, Delegation, Participant, utcnow
from desktop.db.rawsql import RawInserter, bulk_mode
from desktop.desk import Forum
from desktop.sync.apply import RAW_CHANGES, RAW_PARTICIPANTS
from desktop.sync.checkins import CHECKINS
from server.db import FeedEntry, open_server_database
from server.hub import Hub, wire_body

log = logging.getLogger(__name__)

GIVEN = [
    "Ильсур",
    "Yanet",
    "Wei",
    "Amara",
    "Priya",
    "Nguyễn",
    "Fatemeh",
    "Abebe",
    "Somchai",
    "Ayşe",
]
FAMILY = [
    "Метшин",
    "Hernández",
    "王",
    "Okafor",
    "Sharma",
    "Thị",
    "Rahimi",
    "Bekele",
    "Srisuk",
    "Yılmaz",
]


def _server_url(backend: str, tmp: Path, tag: str) -> tuple[str, str | None]:
    if backend == "sqlite":
        return f"sqlite:///{tmp / f'server-{tag}.db'}", None
    base = os.environ["FORUMDESK_TEST_POSTGRES"]
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", schema


def _drop_schema(schema: str | None) -> None:
    if schema:
        engine = create_engine(os.environ["FORUMDESK_TEST_POSTGRES"])
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def _participant_rows(
    event_id: uuid.UUID, category_ids: list[uuid.UUID], delegation_ids: list[uuid.UUID], n: int
) -> list[dict[str, Any]]:
    now = utcnow()
    rows = []
    for i in range(n):
        g, f = GIVEN[i % 10], FAMILY[(i // 10) % 10]
        rows.append(
            {
                "id": uuid.uuid4(),
                "event_id": event_id,
                "registration_code": f"P{i:06d}",
                "badge_id": (i + 1) * 7919,
                "badge_version": 1,
                "given_name": g,
                "family_name": f,
                "given_name_latin": f"G{i}",
                "family_name_latin": f"F{i}",
                "latin_generated": False,
                "title": "Deputy mayor",
                "organisation": "City hall",
                "delegation_id": delegation_ids[i % len(delegation_ids)],
                "country": "RU",
                "category_id": category_ids[i % len(category_ids)],
                "email": "",
                "phone": "",
                "languages": ["ru", "en"],
                "zones": None,
                "notes": "",
                "status": "registered",
                "search_key": f"{g} {f} g{i} f{i} p{i:06d}".casefold(),
                "import_hash": "",
                "field_clocks": {},
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    skip = {"event_id", "import_hash", "field_clocks", "created_at", "updated_at"}
    return {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in row.items() if k not in skip}


def _seed_server(url: str, n_people: int) -> None:
    """A server event with delegations and participants, published to the feed."""
    hub = Hub(open_server_database(url))
    with hub.session() as s:
        event_id = uuid.UUID(hub.forum.event().id)
        cats = list(s.scalars(select(Category.id)))
        dels = []
        for i in range(50):
            d = Delegation(event_id=event_id, name=f"City {i}", country="RU")
            s.add(d)
            s.flush()
            dels.append(d.id)
            hub.forum.recorder.record(
                s,
                "delegation",
                d.id,
                "create",
                {"id": str(d.id), "name": d.name, "country": "RU", "languages": []},
            )
        rows = _participant_rows(event_id, cats, dels, n_people)
        for start in range(0, len(rows), 5000):
            chunk = rows[start : start + 5000]
            s.execute(insert(Participant), chunk)
            s.execute(
                insert(ChangeLog),
                [
                    {
                        "id": uuid.uuid4(),
                        "entity": "participant",
                        "entity_id": str(r["id"]),
                        "op": "create",
                        "data": _jsonable(r),
                        "hlc": str(hub.forum.clock.now()),
                        "origin": "server",
                        "operator": "",
                        "at": r["created_at"],
                        "sent": False,
                    }
                    for r in chunk
                ],
            )
    hub.publish_local_changes()
    hub.db.close()


def _server_people(url: str, n: int) -> list[uuid.UUID]:
    """``n`` more participants the server holds (in its tables, not its feed), for the
    offline check-ins to name: the server refuses a check-in of a person it does not know.
    Each check-in names its own person, so no second admission is flagged."""
    db = open_server_database(url)
    with db.sessions() as s, s.begin():
        event_id = s.scalar(select(Participant.event_id).limit(1))
        category = s.scalar(select(Category.id).limit(1))
        delegation = s.scalar(select(Delegation.id).limit(1))
        assert event_id and category and delegation
        rows = _participant_rows(event_id, [category], [delegation], n)
        for i, row in enumerate(rows):
            row["registration_code"] = f"X{i:06d}"
            row["badge_id"] = (1 << 40) + i
        for start in range(0, n, 5000):
            s.execute(insert(Participant), rows[start : start + 5000])
    db.close()
    return [r["id"] for r in rows]


def _write_offline_checkins(path: Path, n: int, desk_no: int, people: list[uuid.UUID]) -> None:
    forum = Forum.open(path)
    name = forum.desk().name
    t0 = datetime(2026, 6, 3, 8, 0, tzinfo=UTC)
    checkins, changes = [], []
    for i in range(n):
        cid = uuid.uuid4()
        at = t0 + timedelta(seconds=i, milliseconds=desk_no)
        row = {
            "id": cid,
            "participant_id": people[desk_no * n + i],
            "badge_id": i,
            "badge_version": 1,
            "zone": "main",
            "direction": "in",
            "at": at,
            "desk": name,
            "operator": "op",
            "method": "scan",
            "result": "admitted" if i % 50 else "rejected",
            "reason": "" if i % 50 else "forged",
        }
        checkins.append(row)
        data = {
            k: (
                str(v)
                if isinstance(v, uuid.UUID)
                else v.isoformat()
                if isinstance(v, datetime)
                else v
            )
            for k, v in row.items()
        }
        changes.append(
            {
                "id": uuid.uuid4(),
                "entity": "checkin",
                "entity_id": str(cid),
                "op": "create",
                "data": data,
                "hlc": str(forum.clock.now()),
                "origin": name,
                "operator": "op",
                "at": at,
                "sent": False,
            }
        )
    with forum.session() as s:
        s.execute(insert(CheckIn), checkins)
        s.execute(insert(ChangeLog), changes)
    forum.close()


def _desk_worker(path: str, total: int, go: Any, out: Any) -> None:
    logging.disable(logging.WARNING)
    forum = Forum.open(path)
    # A desk's app has its sync client loaded long before a round: module imports are
    # start-up time, not sync time.
    forum.sync.status()
    out.put(("ready", path))
    go.wait()
    ready = os.times()
    rounds = 0
    while True:
        rounds += 1
        try:
            forum.sync.sync_once()
        except Exception as exc:  # the server is busy: try again, as the GUI would
            log.debug("round failed: %s", exc)
        with forum.session() as s:
            have = s.scalar(select(func.count()).select_from(CheckIn)) or 0
        if have >= total:
            break
        time.sleep(0.05)
    cpu = os.times()
    out.put((path, time.time(), rounds, cpu.user + cpu.system - ready.user - ready.system))
    forum.close()


def _spawn_server(url: str) -> tuple[Any, str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.e2e.test_sync_support import ServerProcess

    server = ServerProcess(url)
    server.start()
    return server, server.url


def _converge(
    backend: str, tmp: Path, desks: int, per_desk: int, runs: int = 1, servers: int = 1
) -> list[dict[str, Any]]:
    """The convergence figure: the median of ``runs`` fresh runs (each printed), since
    eleven processes sharing a small machine make one run's time vary by a second or two.

    With ``servers`` > 1 (PostgreSQL only), that many server processes share the
    database and the desks are spread over them, as behind a load balancer.
    """
    times, floor = [], 0.0
    where = backend if servers == 1 else f"{backend}, {servers} server processes"
    for run in range(runs):
        figure, floor = _converge_once(
            backend, tmp / f"run{run}-{servers}", desks, per_desk, servers
        )
        times.append(figure)
        print(f"# converge run {run + 1}/{runs} ({where}): {figure:.2f} s", file=sys.stderr)
    converged = sorted(times)[len(times) // 2]
    how = f", median of {runs}: {', '.join(f'{t:.1f}' for t in times)} s" if runs > 1 else ""
    return [
        {
            "name": f"sync converged: {desks} desks x {per_desk} check-ins ({where}{how})",
            "figure": round(converged, 2),
            "unit": "s",
            "floor": round(floor, 2),
            "target": "<= 10 s",
            "ok": converged <= 10.0,
        }
    ]


def _converge_once(
    backend: str, tmp: Path, desks: int, per_desk: int, servers: int = 1
) -> tuple[float, float]:
    """One run: (seconds until every desk holds every check-in, floor)."""
    tmp.mkdir(parents=True, exist_ok=True)
    url, schema = _server_url(backend, tmp, "converge")
    _seed_server(url, 1000)
    people = _server_people(url, desks * per_desk)
    procs_up: list[Any] = []
    paths = []
    server_before = 0.0
    try:
        for _ in range(servers):
            procs_up.append(_spawn_server(url)[0])
        for i in range(desks):
            server = procs_up[i % servers]
            path = tmp / f"{backend}-desk{i}.db"
            forum = Forum.open(path)
            forum.sync.enroll(server.url, server.code("desk"), f"Desk {i}")
            forum.sync.sync_once()
            forum.close()
            _write_offline_checkins(path, per_desk, i, people)
            paths.append(path)
        total = desks * per_desk
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        go = ctx.Event()
        procs = [ctx.Process(target=_desk_worker, args=(str(p), total, go, queue)) for p in paths]
        for proc in procs:
            proc.start()
        # The clock starts when every desk process is up (imports done, database open),
        # so slow process start-up on a busy machine is not counted as sync time.
        for _ in procs:
            queue.get(timeout=300)
        start_at = time.time()
        server_before = sum(server.cpu_seconds() for server in procs_up)
        go.set()
        results = [queue.get(timeout=300) for _ in procs]
        for proc in procs:
            proc.join(30)
        converged = max(r[1] for r in results) - start_at
        desk_cpu = sum(r[3] for r in results)
        rounds = sum(r[2] for r in results)
    finally:
        server_cpu = sum(server.cpu_seconds() for server in procs_up) - server_before
        for server in procs_up:
            server.stop()
    print(
        f"# converge: desks {desk_cpu:.1f} s CPU in {rounds} rounds, server {server_cpu:.1f} s CPU",
        file=sys.stderr,
    )
    floor = _floor_feed(url, total) + _floor_desk(tmp / f"{backend}-floor.db", total)
    _drop_schema(schema)
    return converged, floor


def _floor_feed(url: str, n: int) -> float:
    db = open_server_database(url)
    now = utcnow()
    rows = [
        {
            "change_id": uuid.uuid4(),
            "entity": "checkin",
            "entity_id": str(uuid.uuid4()),
            "op": "create",
            "data": {
                "id": str(uuid.uuid4()),
                "zone": "main",
                "result": "admitted",
                "at": now.isoformat(),
            },
            "hlc": "",
            "origin": "floor",
            "operator": "",
            "at": now,
            "desk_id": None,
            "received_at": now,
            "status": "accepted",
            "answer": None,
        }
        for _ in range(n)
    ]
    t = time.perf_counter()
    for row in rows:  # the server encodes each change's wire form once, as it stores it
        row["body"] = wire_body(row)
    with db.sessions() as s, s.begin():
        for start in range(0, n, 5000):
            s.execute(insert(FeedEntry), rows[start : start + 5000])
    elapsed = time.perf_counter() - t
    db.close()
    return elapsed


def _floor_desk(path: Path, n: int) -> float:
    """The check-ins straight into one desk database (raw SQLite, one transaction).

    A pulled check-in is stored once, in the ``checkin`` table, which is its history.
    """
    db = open_database(path)
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "participant_id": uuid.uuid4(),
            "zone": "main",
            "direction": "in",
            "at": now,
            "desk": "x",
            "operator": "",
            "method": "scan",
            "result": "admitted",
            "reason": "",
        }
        for _ in range(n)
    ]
    raw_checkins = RawInserter(CHECKINS)
    t = time.perf_counter()
    with db.sessions() as s, s.begin():
        bulk_mode(s)  # as the desk applies pulled pages
        raw_checkins.insert(s, rows)
    elapsed = time.perf_counter() - t
    db.close()
    return elapsed


def _first_pull(backend: str, tmp: Path, n_people: int) -> list[dict[str, Any]]:
    url, schema = _server_url(backend, tmp, "pull")
    _seed_server(url, n_people)
    server, base = _spawn_server(url)
    try:
        forum = Forum.open(tmp / f"{backend}-pull.db")
        forum.sync.enroll(base, server.code("desk"), "Fresh desk")
        t = time.perf_counter()
        forum.sync.sync_once()
        elapsed = time.perf_counter() - t
        count = forum.participants.count() if hasattr(forum, "participants") else 0
        forum.close()
    finally:
        server.stop()
    # Floor: the same rows straight into an empty desk database, history included.
    floor_forum = Forum.open(tmp / f"{backend}-pull-floor.db")
    floor_forum.ensure_event("Floor")
    with floor_forum.session() as s:
        event_id = uuid.UUID(floor_forum.event().id)
        cats = list(s.scalars(select(Category.id)))
        d = Delegation(event_id=event_id, name="City", country="RU")
        s.add(d)
        s.flush()
        rows = _participant_rows(event_id, cats, [d.id], n_people)
        history = [
            {
                "id": uuid.uuid4(),
                "entity": "participant",
                "entity_id": str(r["id"]),
                "op": "create",
                "data": _jsonable(r),
                "hlc": "",
                "origin": "x",
                "operator": "",
                "at": r["created_at"],
                "sent": True,
            }
            for r in rows
        ]
    t = time.perf_counter()
    with floor_forum.session() as s:
        bulk_mode(s)  # as the desk applies pulled pages
        for start in range(0, n_people, 5000):
            RAW_PARTICIPANTS.insert(s, rows[start : start + 5000])
            RAW_CHANGES.insert(s, history[start : start + 5000])
    floor = time.perf_counter() - t
    floor_forum.close()
    _drop_schema(schema)
    ok = elapsed <= 10.0 and (count in (0, n_people))
    return [
        {
            "name": f"sync first pull of {n_people:,} participants ({backend})",
            "figure": round(elapsed, 2),
            "unit": "s",
            "floor": round(floor, 2),
            "target": "<= 10 s",
            "ok": ok,
        }
    ]


#: Server processes sharing one PostgreSQL database for a second convergence figure
#: beside the one-process one (``--servers N``, or this variable for ``python -m benchmarks``).
SERVERS_VARIABLE = "FORUMDESK_BENCH_SYNC_SERVERS"


def run(quick: bool = False, servers: int | None = None) -> list[dict[str, Any]]:
    desks, per_desk, people = (3, 500, 5_000) if quick else (10, 5_000, 100_000)
    if servers is None:
        servers = int(os.environ.get(SERVERS_VARIABLE) or 1)
    backends = ["sqlite"] + (["postgresql"] if os.environ.get("FORUMDESK_TEST_POSTGRES") else [])
    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp(prefix="forumdesk-bench-sync-"))
    logging.disable(logging.WARNING)
    try:
        for backend in backends:
            parts = [_converge(backend, tmp, desks, per_desk, runs=1 if quick else 3)]
            if servers > 1 and backend == "postgresql":
                parts.append(
                    _converge(
                        backend, tmp, desks, per_desk, runs=1 if quick else 3, servers=servers
                    )
                )
            parts.append(_first_pull(backend, tmp, people))
            for part in parts:
                rows += part
                for r in part:
                    log.info("%s: %s %s (floor %s)", r["name"], r["figure"], r["unit"], r["floor"])
                    print(
                        f"# {r['name']}: {r['figure']} {r['unit']} (floor {r['floor']})",
                        file=sys.stderr,
                        flush=True,
                    )
    finally:
        logging.disable(logging.NOTSET)
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_sync")
    parser.add_argument("--quick", action="store_true", help="small workloads")
    parser.add_argument(
        "--servers",
        type=int,
        default=None,
        help="also converge with N server processes on one PostgreSQL database "
        f"(FORUMDESK_TEST_POSTGRES); default ${SERVERS_VARIABLE} or 1",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    for r in run(quick=args.quick, servers=args.servers):
        verdict = {True: "ok", False: "MISSED", None: ""}[r["ok"]]
        print(
            f"{r['name']:<58} {r['figure']:>8} {r['unit']}  (floor {r['floor']} {r['unit']})  {r['target']:<10} {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
