"""Automatic scheduling: 300 delegations, 1,500 requests, 2 days × 16 slots × 40 tables, interpreters.

Figures, each beside a floor measured in the same run:
* placed weight (sum of priorities) as % of the solver's proven upper bound (target ≥ 98 %).
  Floor: a greedy placement by priority (earliest free slot first) on the same board, as %
  of the same bound.
* solve time, model building included (target ≤ 10 s). Floor: the greedy's time.
* placed requests, beside the greedy's count.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from desktop.meetings.board import (
    Board,
    DelegationInfo,
    InterpreterInfo,
    RequestInfo,
    Slot,
    Table,
    UnavailableTime,
)
from desktop.meetings.scheduler import schedule
from desktop.meetings.scheduling.placing import greedy as _greedy
from desktop.meetings.scheduling.prepare import prep_order
from desktop.meetings.scheduling.prepare import prepare as _prepare

logger = logging.getLogger(__name__)

RATIO_TARGET_PCT = 98.0
TIME_TARGET_S = 10.0

#: (language, weight) of the delegations' first language.
_LANGUAGES = (
    ("ru", 18),
    ("zh", 12),
    ("pt", 10),
    ("es", 10),
    ("ar", 10),
    ("en", 8),
    ("hi", 6),
    ("fa", 5),
    ("tr", 4),
    ("vi", 4),
    ("kk", 3),
    ("am", 3),
    ("th", 3),
    ("id", 4),
)
_INTERPRETER_SETS = (
    ("ru", "en", "zh"),
    ("zh", "en", "ru"),
    ("ar", "en", "ru"),
    ("pt", "es", "en"),
    ("hi", "en"),
    ("fa", "en", "ru"),
    ("es", "en", "ru"),
    ("vi", "en", "ru"),
    ("kk", "ru", "en"),
    ("tr", "en"),
    ("am", "en"),
    ("th", "en"),
    ("pt", "ru"),
    ("ar", "fr", "en"),
    ("id", "en"),
    ("zh", "pt", "es"),
    ("ar", "es"),
    ("ru", "es", "pt"),
)


def make_board(
    delegations: int = 300,
    requests: int = 1500,
    days: int = 2,
    slots_per_day: int = 16,
    tables: int = 40,
    interpreters: int = 36,
    seed: int = 2026,
) -> Board:
    """A forum board of the benchmark's size, deterministic for a seed."""
    rng = random.Random(seed)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    zone = ZoneInfo("Europe/Moscow")
    first = datetime(2026, 6, 2, 9, 0, tzinfo=zone)
    slots = []
    for d in range(days):
        for n in range(slots_per_day):
            begin = first + timedelta(
                days=d, minutes=30 * n + (60 if n >= slots_per_day // 2 else 0)
            )
            slots.append(
                Slot(uid(), begin.astimezone(UTC), (begin + timedelta(minutes=30)).astimezone(UTC))
            )
    table_list = [
        Table(
            uid(),
            f"Table {n + 1}" if n < tables - 4 else f"Room {chr(65 + n - tables + 4)}",
            "table" if n < tables - 4 else "room",
            8,
            n,
        )
        for n in range(tables)
    ]
    langs, weights = zip(*_LANGUAGES, strict=True)
    dels = []
    for n in range(delegations):
        first_lang = rng.choices(langs, weights=weights)[0]
        spoken = [first_lang] + (["en"] if first_lang != "en" and rng.random() < 0.35 else [])
        dels.append(DelegationInfo(uid(), f"City {n + 1:03d}", "XX", tuple(spoken)))
    interp = [
        InterpreterInfo(
            uid(), f"Interpreter {n + 1}", _INTERPRETER_SETS[n % len(_INTERPRETER_SETS)]
        )
        for n in range(interpreters)
    ]
    unavailable = []
    for d in dels:
        if rng.random() < 0.15:
            s = rng.choice(slots)
            unavailable.append(
                UnavailableTime(uid(), d.id, s.start, s.start + timedelta(hours=2), "Plenary")
            )
    pairs: set[frozenset[str]] = set()
    reqs = []
    # Popular cities get more requests, as at a real forum.
    popularity = [rng.paretovariate(1.6) for _ in dels]
    while len(reqs) < requests:
        a = rng.choice(dels)
        b = rng.choices(dels, weights=popularity)[0]
        pair = frozenset((a.id, b.id))
        if a.id == b.id or pair in pairs:
            continue
        pairs.add(pair)
        reqs.append(
            RequestInfo(
                uid(),
                a.id,
                b.id,
                rng.choice((1, 1, 2, 3)),
                rng.choices(("talks", "agreement", "twinning"), weights=(70, 20, 10))[0],
            )
        )
    return Board(
        zone=zone,
        slots=slots,
        tables=table_list,
        interpreters=interp,
        delegations=dels,
        unavailable=unavailable,
        requests=reqs,
        event_name="Benchmark Forum",
    )


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Schedule the generated forum; rows as the benchmark harness wants."""
    if quick:
        board = make_board(delegations=80, requests=300, tables=12, interpreters=12)
        limit = 3.0
    else:
        board = make_board()
        limit = 8.0
    t0 = time.perf_counter()
    prep = _prepare(board)
    greedy = _greedy(board, prep, prep_order(prep))
    greedy_s = time.perf_counter() - t0
    greedy_weight = sum(p.priority for p in greedy)

    result = schedule(board, time_limit=limit, workers=2)
    bound = max(result.bound, 1.0)
    ratio = 100.0 * result.weight / bound
    floor_ratio = 100.0 * greedy_weight / bound
    size = f"{len(board.delegations)} delegations, {len(board.requests)} requests"
    return [
        {
            "name": f"scheduling: placed weight / proven bound ({size}, {result.status})",
            "figure": round(ratio, 2),
            "unit": "%",
            "floor": round(floor_ratio, 2),
            "target": f">= {RATIO_TARGET_PCT:g} %",
            "ok": ratio >= RATIO_TARGET_PCT,
        },
        {
            "name": "scheduling: solve time incl. model",
            "figure": round(result.seconds, 2),
            "unit": "s",
            "floor": round(greedy_s, 3),
            "target": f"<= {TIME_TARGET_S:g} s",
            "ok": result.seconds <= TIME_TARGET_S,
        },
        {
            "name": f"scheduling: requests placed (weight {result.weight}, bound {result.bound:.0f})",
            "figure": len(result.placed),
            "unit": "requests",
            "floor": len(greedy),
            "target": "",
            "ok": None,
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
