"""Runs every benchmark and prints each figure beside the floor measured in the same run.

python -m benchmarks            # all but the 30-minute soak, full size
python -m benchmarks --only soak  # the event-day rehearsal for 30 minutes
python -m benchmarks --quick    # small sizes, for a smoke run
python -m benchmarks --only import,search --json
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from typing import Any

MODULES = {
    "import": "benchmarks.bench_import",
    "checkin": "benchmarks.bench_checkin",
    "search": "benchmarks.bench_search",
    "badges": "benchmarks.bench_badges",
    "sync": "benchmarks.bench_sync",
    "meetings": "benchmarks.bench_meetings",
    "gui": "benchmarks.bench_gui",
    "reports": "benchmarks.bench_reports",
    "printing": "benchmarks.bench_printing",
    "soak": "benchmarks.bench_soak",
}
#: Half an hour of the event-day rehearsal: run only when asked (``--only soak``).
ON_REQUEST = {"soak"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small workloads")
    parser.add_argument("--json", action="store_true", help="print JSON rows")
    parser.add_argument("--only", default="", help="comma-separated: " + ",".join(MODULES))
    args = parser.parse_args(argv)
    wanted = [w.strip() for w in args.only.split(",") if w.strip()] or [
        m for m in MODULES if m not in ON_REQUEST
    ]
    rows: list[dict[str, Any]] = []
    for name in wanted:
        module_name = MODULES.get(name)
        if module_name is None:
            parser.error(f"unknown benchmark {name!r}")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            rows.append(
                {
                    "bench": name,
                    "name": "(not built yet)",
                    "figure": None,
                    "unit": "",
                    "floor": None,
                    "target": "",
                    "ok": None,
                }
            )
            continue
        started = time.perf_counter()
        print(f"running {name}…", file=sys.stderr, flush=True)
        for row in module.run(quick=args.quick):
            rows.append({"bench": name, **row})
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    if args.json:
        json.dump(rows, sys.stdout, indent=2, default=str)
        print()
    else:
        print(_table(rows))
    return 0 if all(r.get("ok") is not False for r in rows) else 1


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def _table(rows: list[dict[str, Any]]) -> str:
    head = ("bench", "what", "figure", "floor", "unit", "target", "verdict")
    body = [
        (
            r["bench"],
            r["name"],
            _fmt(r.get("figure")),
            _fmt(r.get("floor")),
            r.get("unit", ""),
            r.get("target", ""),
            {True: "ok", False: "MISSED", None: "—"}[r.get("ok")],
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=False)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True))
        for line in (head, *body)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
