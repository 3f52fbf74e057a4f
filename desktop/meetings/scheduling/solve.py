"""Running CP-SAT on the scheduler's models: time limit, workers, progress and cancel.

Imported only when a schedule is solved: OR-Tools (which loads pandas) costs half a second
that showing the meetings grid should not pay.
"""

from __future__ import annotations

import logging
import threading
import time

from ortools.sat.python import cp_model

from desktop.meetings.board import Board
from desktop.meetings.scheduling.model import relaxation_model, schedule_model
from desktop.meetings.scheduling.outcome import Placement, Progress, StopCheck
from desktop.meetings.scheduling.prepare import Prepared

log = logging.getLogger(__name__)

#: CP-SAT parameters on top of the time limit and workers. The grid's symmetries (identical
#: slots) make symmetry detection and deep probing cost seconds and buy nothing here.
SOLVER_PARAMETERS: dict[str, object] = {"symmetry_level": 0, "cp_model_probing_level": 0}


class _Watch(cp_model.CpSolverSolutionCallback):
    """Reports each better solution as progress and stops the search when asked to."""

    def __init__(
        self, progress: Progress | None, should_stop: StopCheck | None, limit: float
    ) -> None:
        super().__init__()
        self.progress, self.should_stop, self.limit = progress, should_stop, limit
        self.started = time.perf_counter()
        self.stopped = False

    def on_solution_callback(self) -> None:
        if self.should_stop and self.should_stop():
            self.stopped = True
            self.stop_search()
            return
        if self.progress:
            elapsed = time.perf_counter() - self.started
            self.progress(
                0.1 + 0.8 * min(1.0, elapsed / max(self.limit, 0.1)),
                f"weight {self.objective_value:.0f}, bound {self.best_objective_bound:.0f}",
            )


def solve(
    board: Board,
    prep: Prepared,
    greedy: list[Placement],
    deadline: float,
    workers: int,
    progress: Progress | None,
    should_stop: StopCheck | None,
    seed: int,
    bound_cap: float,
) -> tuple[dict[int, str], float, str, bool]:
    """Chosen slot per request index, the proven bound, the status name, cancelled or not."""
    if not prep.requests:
        return {}, 0.0, "OPTIMAL", False
    built = schedule_model(board, prep, greedy, bound_cap)
    solver = cp_model.CpSolver()
    # The limit covers the whole run: what model building took is taken off the search.
    time_limit = deadline - time.perf_counter()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit)
    solver.parameters.num_workers = max(1, workers)
    solver.parameters.random_seed = seed
    for name, value in SOLVER_PARAMETERS.items():
        setattr(solver.parameters, name, value)
    watch = _Watch(progress, should_stop, time_limit)
    done = threading.Event()
    if should_stop is not None:
        # Stop promptly on cancel even when no new solution arrives to notice it.
        def poll() -> None:
            while not done.wait(0.1):
                if should_stop():
                    watch.stopped = True
                    solver.stop_search()
                    return

        threading.Thread(target=poll, daemon=True).start()
    try:
        status = solver.solve(built.model, watch)
    finally:
        done.set()
    name = solver.status_name(status)
    chosen: dict[int, str] = {}
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for (i, sid), v in built.x.items():
            if solver.value(v):
                chosen[i] = sid
        bound = float(solver.best_objective_bound)
    else:
        bound = float(sum(r.priority for i, r in enumerate(prep.requests) if prep.candidates[i]))
    log.info(
        "CP-SAT %s: %d vars, objective %.0f, bound %.0f, %.2f s",
        name,
        len(built.x),
        solver.objective_value if chosen else 0,
        bound,
        solver.wall_time,
    )
    return chosen, bound, name, watch.stopped


def relaxation_bound(
    board: Board, prep: Prepared, limit: float, workers: int
) -> tuple[float, bool]:
    """A proven upper bound on the schedule's weight, and whether it is the relaxation's optimum
    (see :func:`desktop.meetings.scheduling.model.relaxation_model`)."""
    model, y = relaxation_model(board, prep)
    if not y:
        return 0.0, True
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, limit)
    solver.parameters.num_workers = max(1, workers)
    status = solver.solve(model)
    trivial = float(sum(prep.requests[i].priority for i in y))
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return trivial, False
    return min(trivial, float(solver.best_objective_bound)), status == cp_model.OPTIMAL
