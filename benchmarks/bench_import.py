"""Import of participants from CSV, in participants per second, beside a raw executemany floor."""

from __future__ import annotations

import csv
import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from desktop.demo.names import POOLS
from desktop.desk import Forum

CATEGORIES = ("Delegate", "Head of delegation", "Media", "Speaker", "Guest")


def _write_csv(path: Path, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "registration_code",
                "given_name",
                "family_name",
                "given_name_latin",
                "family_name_latin",
                "title",
                "organisation",
                "delegation",
                "country",
                "category",
            ]
        )
        for i in range(count):
            pool = rng.choice(POOLS)
            given, family = rng.choice(pool.given), rng.choice(pool.family)
            city = rng.choice(pool.cities)
            w.writerow(
                [
                    f"IMP{i:07d}",
                    given[0],
                    family[0],
                    given[1],
                    family[1],
                    "Adviser",
                    "City Administration",
                    city[1] or city[0],
                    pool.country,
                    rng.choice(CATEGORIES),
                ]
            )


def _floor(path: Path, rows: list[list[str]]) -> float:
    """Plain sqlite3 inserting the same rows (same pragmas, one transaction)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE p (id TEXT PRIMARY KEY, code TEXT UNIQUE, g TEXT, f TEXT, gl TEXT, "
        "fl TEXT, title TEXT, org TEXT, delegation TEXT, country TEXT, category TEXT)"
    )
    started = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO p VALUES (?,?,?,?,?,?,?,?,?,?,?)", ([uuid.uuid4().hex, *r] for r in rows)
        )
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def run(quick: bool = False) -> list[dict[str, Any]]:
    count = 5_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        csv_path = base / "people.csv"
        _write_csv(csv_path, count)
        with csv_path.open(encoding="utf-8") as f:
            rows = list(csv.reader(f))[1:]
        floor_s = _floor(base / "floor.db", rows)
        forum = Forum.open(base / "forum.db")
        forum.ensure_event("Benchmark forum")
        started = time.perf_counter()
        report = forum.importer.import_file(csv_path)
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        again = forum.importer.import_file(csv_path)
        reimport = time.perf_counter() - started
        forum.close()
    assert report.created == count and again.unchanged == count
    return [
        {
            "name": f"import {count:,} participants (CSV)",
            "figure": count / elapsed,
            "unit": "participants/s",
            "floor": count / floor_s,
            "target": "(floor: raw executemany)",
            "ok": True,
        },
        {
            "name": f"re-import unchanged {count:,}",
            "figure": count / reimport,
            "unit": "participants/s",
            "floor": count / floor_s,
            "target": "no changes written",
            "ok": True,
        },
    ]


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["--only", "import"]))
