"""Scan to durable check-in: 100,000 participants, 10,000 scans (5 % repeats, 1 % forged).

Figures, each beside a floor measured in the same run on the same database:
* p50 and p99 of ``CheckinService.scan`` (decode, verify the Ed25519 signature, look the
  badge up, judge zone/dates/versions/re-entry, write the check-in and its outbox entry,
  commit with WAL + synchronous=FULL). Target: p99 <= 5 ms and <= 3x the floor.
* Floor: a raw ``sqlite3`` connection with the same pragmas doing the same reads (the
  participant by badge id, the person's check-ins in the zone today) and the same two
  inserts in one ``BEGIN IMMEDIATE`` transaction, with nothing else (no decoding, no
  signature, no rules). Scans and floor transactions alternate, so both see the same
  table sizes, WAL checkpoints and disk.
* Correctness of the decisions: every genuine first scan admitted, every repeat amber,
  every forgery rejected.

    python -m benchmarks.bench_checkin [--quick]
"""

from __future__ import annotations

import json
import logging
import random
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from desktop.badges.payload import encode_badge
from desktop.db import setup
from desktop.db.models import Category, Delegation, Participant
from desktop.desk import Forum
from desktop.domain import keys
from desktop.services.checkin import CheckinService

log = logging.getLogger(__name__)

P99_TARGET_MS = 5.0
RATIO_TARGET = 3.0

FLOOR_SELECT_PERSON = """SELECT p.id, p.registration_code, p.badge_version, p.given_name,
    p.family_name, p.given_name_latin, p.family_name_latin, p.status, p.zones, p.category_id,
    d.name FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id
    WHERE p.badge_id = ?"""
FLOOR_SELECT_STATE = """SELECT id, result, direction, at, desk FROM checkin
    WHERE participant_id = ? AND zone = ? AND at >= ? AND result IN ('admitted', 'undone')
    ORDER BY at DESC LIMIT 64"""
FLOOR_INSERT_CHECKIN = """INSERT INTO checkin (id, participant_id, badge_id, badge_version,
    zone, direction, at, desk, operator, method, result, reason, flagged, refers_to, note,
    scanned_text) VALUES (?, ?, ?, ?, ?, 'in', ?, 'floor', '', 'scan', ?, '', 0, NULL, '', ?)"""
FLOOR_INSERT_CHANGE = """INSERT INTO change_log (id, entity, entity_id, op, data, hlc, origin,
    operator, at, sent) VALUES (?, 'checkin', ?, 'create', ?, ?, 'floor', '', ?, 0)"""

GIVEN = ["Ильсур", "Yanet", "Wei", "Priya", "Thabo", "Lucas", "Amina", "Nguyễn", "Farhad", "Ana"]
FAMILY = ["Метшин", "Hernández", "Zhang", "Sharma", "Mokoena", "Silva", "Haile", "Trần", "Rahimi"]


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def _row(
    name: str, figure: float, unit: str, floor: float | None, target: str, ok: bool | None
) -> dict[str, object]:
    return {
        "name": name,
        "figure": round(figure, 3),
        "unit": unit,
        "floor": None if floor is None else round(floor, 3),
        "target": target,
        "ok": ok,
    }


def _populate(forum: Forum, n: int, rng: random.Random) -> list[int]:
    """n participants in 300 delegations, bulk-inserted through SQLAlchemy Core."""
    with forum.session() as s:
        event = setup.current_event(s)
        assert event is not None
        categories = list(s.scalars(select(Category.id).where(Category.event_id == event.id)))
        delegations = [
            {
                "id": uuid.uuid4(),
                "event_id": event.id,
                "name": f"City {i:03d}",
                "country": rng.choice(["RU", "CN", "IN", "BR", "ZA", "IR", "EG", "ET", "AE"]),
                "languages": [],
                "updated_at": datetime.now(UTC),
            }
            for i in range(300)
        ]
        s.execute(insert(Delegation), delegations)
        now = datetime.now(UTC)
        badge_ids = [secrets.randbits(63) for _ in range(n)]
        batch: list[dict[str, Any]] = []
        for i, badge_id in enumerate(badge_ids):
            deleg = delegations[i % len(delegations)]
            batch.append(
                {
                    "id": uuid.uuid4(),
                    "event_id": event.id,
                    "registration_code": f"B{i:07d}",
                    "badge_id": badge_id,
                    "badge_version": 1,
                    "given_name": rng.choice(GIVEN),
                    "family_name": rng.choice(FAMILY),
                    "given_name_latin": "Given",
                    "family_name_latin": "Family",
                    "latin_generated": False,
                    "title": "",
                    "organisation": "",
                    "delegation_id": deleg["id"],
                    "country": deleg["country"],
                    "category_id": categories[i % len(categories)],
                    "email": "",
                    "phone": "",
                    "languages": [],
                    "zones": ["main", "plenary", "b2b"],
                    "notes": "",
                    "status": "registered",
                    "search_key": "",
                    "import_hash": "",
                    "field_clocks": {},
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if len(batch) == 10_000:
                s.execute(insert(Participant), batch)
                batch = []
        if batch:
            s.execute(insert(Participant), batch)
    return badge_ids


def run(quick: bool = False) -> list[dict[str, object]]:
    """Measure scan-to-durable latency beside the raw SQLite floor."""
    n_people, n_scans = (10_000, 1_000) if quick else (100_000, 10_000)
    rng = random.Random(11)
    workdir = Path(tempfile.mkdtemp(prefix="forumdesk-bench-checkin-"))
    try:
        return _run(workdir / "forum.db", n_people, n_scans, rng)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _run(path: Path, n_people: int, n_scans: int, rng: random.Random) -> list[dict[str, object]]:
    forum = Forum.open(path)
    forum.ensure_event("Benchmark forum")
    t0 = time.perf_counter()
    badge_ids = _populate(forum, n_people, rng)
    populate_s = time.perf_counter() - t0
    with forum.session() as s:
        desk = setup.self_desk(s)
        event = setup.current_event(s)
        assert desk is not None and desk.private_key is not None and event is not None
        key_id, private, tag = desk.key_id, desk.private_key, event.tag
        id_of = dict(s.execute(select(Participant.badge_id, Participant.id)).all())

    # The scan stream: first scans of distinct people, 5 % repeats, 1 % forgeries.
    forger, _ = keys.generate_keypair()
    people = rng.sample(badge_ids, n_scans)
    stream: list[tuple[str, int, str]] = []  # (kind, badge id, text)
    seen: list[int] = []
    for i in range(n_scans):
        roll = rng.random()
        if roll < 0.01:
            bid = secrets.randbits(63)
            text = encode_badge(
                event_tag=tag, badge_id=bid, badge_version=1, key_id=key_id, private_key=forger
            )
            stream.append(("forged", bid, text))
        elif roll < 0.06 and seen:
            bid = rng.choice(seen)
            stream.append(("repeat", bid, ""))
        else:
            bid = people[i]
            seen.append(bid)
            stream.append(("first", bid, ""))
    texts: dict[int, str] = {}
    for kind, bid, _ in stream:
        if kind != "forged" and bid not in texts:
            texts[bid] = encode_badge(
                event_tag=tag, badge_id=bid, badge_version=1, key_id=key_id, private_key=private
            )
    stream = [(k, b, t or texts[b]) for k, b, t in stream]

    service = CheckinService(forum)
    for bid in rng.sample(badge_ids, 50):  # warm caches, statements and pages
        service.scan(texts.get(bid) or "B0000000", "plenary")

    floor = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
        floor.execute(f"PRAGMA {pragma}")
    day_start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    since = day_start.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    floor_payload = json.dumps(
        {"id": "x" * 36, "participant_id": "y" * 36, "zone": "b2b"}
        | {k: "" for k in ("direction", "at", "desk", "operator", "method", "result", "reason")}
    )

    def floor_scan(bid: int) -> None:
        floor.execute("BEGIN IMMEDIATE")
        row = floor.execute(FLOOR_SELECT_PERSON, (bid,)).fetchone()
        pid = row[0] if row else None
        state = floor.execute(FLOOR_SELECT_STATE, (pid, "b2b", since)).fetchall()
        result = "already_in" if state else ("admitted" if row else "rejected")
        cid = uuid.uuid4().hex
        at = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        floor.execute(FLOOR_INSERT_CHECKIN, (cid, pid, bid, 1, "b2b", at, result, ""))
        floor.execute(FLOOR_INSERT_CHANGE, (uuid.uuid4().hex, cid, floor_payload, at, at))
        floor.commit()

    scan_ms: list[float] = []
    floor_ms: list[float] = []
    wrong = 0
    expected = {"first": "admitted", "repeat": "already_in", "forged": "rejected"}
    perf = time.perf_counter
    for kind, bid, text in stream:
        t = perf()
        decision = service.scan(text, "main")
        scan_ms.append((perf() - t) * 1000)
        wrong += decision.result != expected[kind]
        t = perf()
        floor_scan(bid)
        floor_ms.append((perf() - t) * 1000)
    floor.close()
    service.close()
    forum.close()
    del id_of

    p50, p99 = _percentile(scan_ms, 50), _percentile(scan_ms, 99)
    f50, f99 = _percentile(floor_ms, 50), _percentile(floor_ms, 99)
    ratio = p99 / f99 if f99 else float("inf")
    size = f"{n_people:,} participants, {n_scans:,} scans"
    return [
        _row(f"scan p50 ({size})", p50, "ms", f50, "", None),
        _row(
            f"scan p99 ({size})",
            p99,
            "ms",
            f99,
            f"<= {P99_TARGET_MS:g} ms, <= {RATIO_TARGET:g}x floor",
            p99 <= P99_TARGET_MS and p99 <= RATIO_TARGET * f99,
        ),
        _row(
            "scan p99 / floor p99", ratio, "x", 1.0, f"<= {RATIO_TARGET:g}x", ratio <= RATIO_TARGET
        ),
        _row("scan p50 / floor p50", p50 / f50 if f50 else 0.0, "x", 1.0, "", None),
        _row("decisions as expected", 100 * (1 - wrong / n_scans), "%", None, "100 %", wrong == 0),
        _row(f"bulk insert of {n_people:,} participants", populate_s, "s", None, "", None),
    ]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    rows = run(quick="--quick" in args)
    for r in rows:
        floor = "" if r["floor"] is None else f"  (floor {r['floor']} {r['unit']})"
        verdict = {True: "ok", False: "MISSED", None: ""}[r["ok"]]  # type: ignore[index]
        print(
            f"{r['name']:<58} {r['figure']:>10} {r['unit']:<3}{floor:<26} {r['target']:<28} {verdict}"
        )
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
