"""Endurance: the event-day rehearsal for 30 minutes at real intervals.

``python -m benchmarks --only soak`` (``--quick``: two minutes of the compressed day).
The rehearsal (benchmarks/rehearsal.py) runs in its own process on a forum of 5,000
participants with a real server stopped and started twice. Reported at the start (after
the warm-up), the middle and the end: resident memory, threads, open files, the reference
counts of None/True/False and scan p99, with the growth per hour. The floors are the
start's own figures: the targets say memory grows ≤ 20 MB an hour and the end's scan p99
stays within 20 % of the start's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _rehearse(quick: bool, work: Path) -> dict[str, Any]:
    report = work / "soak.json"
    args = ["--profile", "compressed", "--minutes", "2"] if quick else ["--profile", "real"]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "FORUMDESK_DATA_DIR": str(work / "data"),
        "FORUMDESK_LOG_DIR": str(work / "logs"),
    }
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.rehearsal",
            *args,
            "--workdir",
            str(work),
            "--report",
            str(report),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3 * 3600,
    )
    if proc.returncode != 0 or not report.exists():
        raise RuntimeError(f"the rehearsal ended with {proc.returncode}:\n{proc.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return data


def run(quick: bool = False) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        data = _rehearse(quick, Path(tmp))
    s = data["summary"]
    start, middle, end = s["start"], s["middle"], s["end"]
    minutes = (end["t"] - start["t"]) / 60
    rows: list[dict[str, Any]] = []
    for phase, sample in (("middle", middle), ("end", end)):
        rows.append(
            {
                "name": f"resident memory at the {phase} ({sample['t'] / 60:.0f} min)",
                "figure": sample["rss_mb"],
                "floor": start["rss_mb"],
                "unit": "MB",
                "target": "",
                "ok": None,
            }
        )
    rows.append(
        {
            "name": f"memory growth per hour (whole {minutes:.0f} min, warm-up included)",
            "figure": s["growth_per_hour"].get("rss_mb"),
            "floor": 0.0,
            "unit": "MB/h",
            "target": "",
            "ok": None,
        }
    )
    rows.append(
        {
            "name": "memory growth per hour, second half",
            "figure": s["growth_per_hour_second_half"].get("rss_mb"),
            "floor": 0.0,
            "unit": "MB/h",
            "target": "≤ 20",
            "ok": None if quick else s["growth_per_hour_second_half"].get("rss_mb", 0) <= 20,
        }
    )
    for key, unit in (("threads", "threads"), ("open_files", "handles")):
        rows.append(
            {
                "name": f"{key.replace('_', ' ')} at the end",
                "figure": end.get(key),
                "floor": start.get(key),
                "unit": unit,
                "target": "flat",
                "ok": (end.get(key) or 0) <= (start.get(key) or 0) + 4,
            }
        )
    for name in ("None", "True", "False"):
        rows.append(
            {
                "name": f"refcount of {name}: lowest after the start",
                "figure": s["lowest_after_start"][name],
                "floor": start[name],
                "unit": "refs",
                "target": "no fall",
                "ok": s["lowest_after_start"][name] >= 0.8 * start[name],
            }
        )
    for phase, sample in (("start", start), ("middle", middle), ("end", end)):
        rows.append(
            {
                "name": f"scan p99 at the {phase}",
                "figure": sample["scan_p99_ms"],
                "floor": start["scan_p99_ms"],
                "unit": "ms",
                "target": "end ≤ 1.2 × start" if phase == "end" else "",
                "ok": (
                    None
                    if phase != "end" or quick
                    else (sample["scan_p99_ms"] or 0) <= 1.2 * (start["scan_p99_ms"] or 0) + 1
                ),
            }
        )
    rows.append(
        {
            "name": "check-ins on the server exactly once",
            "figure": data["server_checkins"],
            "floor": data["desk_checkins"],
            "unit": "check-ins",
            "target": "all, once",
            "ok": not data["missing_on_server"] and not data["duplicated_on_server"],
        }
    )
    return rows
