"""Automatic scheduling: as many requested meetings as possible, by priority.

The scheduler builds a model of the board, solves it with OR-Tools CP-SAT and explains what
stayed unplaced; its parts live in ``desktop.meetings.scheduling``:

* ``prepare`` boils the board down to open requests, candidate slots and free capacity;
* ``placing`` places greedily by priority and gives out concrete tables and interpreters;
* ``model`` builds the CP-SAT models (the schedule and a slot-free relaxation bounding it);
* ``solve`` runs CP-SAT with the time limit, progress and cancel;
* ``unplaced`` says why a request stayed unplaced.

A greedy placement by priority seeds the search as a hint and fills any gap left when the
time limit cuts the search. OR-Tools (which loads pandas, half a second) is imported only
when a schedule is solved, not to show the meetings grid.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from desktop.meetings.board import Board
from desktop.meetings.scheduling.outcome import (
    Placement,
    Progress,
    ScheduleResult,
    StopCheck,
    Unplaced,
)
from desktop.meetings.scheduling.placing import assign, by_index, greedy
from desktop.meetings.scheduling.prepare import prep_order, prepare
from desktop.meetings.scheduling.unplaced import reason

log = logging.getLogger(__name__)

__all__ = [
    "Placement",
    "Progress",
    "ScheduleResult",
    "StopCheck",
    "Unplaced",
    "prep_order",
    "schedule",
]


def schedule(
    board: Board,
    *,
    time_limit: float = 8.0,
    workers: int = 2,
    progress: Progress | None = None,
    should_stop: StopCheck | None = None,
    seed: int = 0,
) -> ScheduleResult:
    """Place the board's open requests; existing active meetings stay where they are."""
    from desktop.meetings.scheduling.solve import relaxation_bound, solve

    started = time.perf_counter()
    prep = prepare(board)
    floor = greedy(board, prep, prep_order(prep))
    greedy_weight = sum(p.priority for p in floor)
    bound_cap, relaxed_exact = relaxation_bound(board, prep, min(2.0, time_limit / 4), workers)
    if progress:
        progress(0.1, f"greedy {greedy_weight}, bound {bound_cap:.0f}")
    if greedy_weight >= bound_cap and relaxed_exact:
        # The greedy already meets a proven bound: nothing left to search for.
        chosen = {i: p.slot_id for i, p in by_index(prep, floor).items()}
        bound, status, cancelled = float(greedy_weight), "OPTIMAL", False
        chosen_placements: list[Placement] | None = floor
    else:
        chosen, bound, status, cancelled = solve(
            board,
            prep,
            floor,
            started + time_limit,
            workers,
            progress,
            should_stop,
            seed,
            bound_cap,
        )
        bound = min(bound, bound_cap)
        chosen_placements = None
    # Give out concrete tables and interpreters; fill whatever the search left free.
    placed = chosen_placements if chosen_placements is not None else assign(board, prep, chosen)
    if chosen_placements is None and sum(p.priority for p in placed) < greedy_weight:
        placed = floor  # the search was cut before it matched its own hint
    placed_ids = {p.request_id for p in placed}
    rest = [i for i in prep_order(prep) if prep.requests[i].id not in placed_ids]
    if rest and not cancelled:
        placed += greedy(board, prep, rest, placed)
    weight = sum(p.priority for p in placed)
    if status not in ("OPTIMAL", "FEASIBLE"):
        status = "FEASIBLE" if placed else status  # the search was cut; the greedy stands
    if status == "OPTIMAL":
        bound = float(weight)
    bound = max(bound, float(weight))
    placed_ids = {p.request_id for p in placed}
    unplaced = list(prep.skipped)
    for i, r in enumerate(prep.requests):
        if r.id not in placed_ids:
            unplaced.append(reason(board, prep, i, placed))
    seconds = time.perf_counter() - started
    log.info(
        "scheduled %d of %d requests (weight %d, bound %.0f, %s) in %.2f s",
        len(placed),
        len(prep.requests) + len(prep.skipped),
        weight,
        bound,
        status,
        seconds,
    )
    if progress:
        progress(1.0, f"{len(placed)} placed")
    return ScheduleResult(
        placed=placed,
        unplaced=unplaced,
        weight=weight,
        bound=bound,
        status=status,
        seconds=seconds,
        greedy_weight=greedy_weight,
        cancelled=cancelled,
    )


def __getattr__(name: str) -> Any:
    """``SOLVER_PARAMETERS`` lives with the solver and is loaded (with OR-Tools) on first use."""
    if name == "SOLVER_PARAMETERS":
        from desktop.meetings.scheduling.solve import SOLVER_PARAMETERS

        return SOLVER_PARAMETERS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
