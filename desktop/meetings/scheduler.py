"""Automatic scheduling with OR-Tools CP-SAT: as many requested meetings as possible, by priority.

The model is kept small so that a large forum (1,500 requests, 32 slots, 40 tables) solves
to within a few percent of the proven bound in seconds:

* one boolean per (request, slot) where both delegations are free and not unavailable;
* tables are interchangeable, so a table is a *count* per slot (meetings ≤ free tables);
  concrete tables are given out afterwards (rooms first for signings and twinnings);
* requests needing an interpreter are grouped by the set of interpreters who can take them
  (their "language class"); per slot, each class's count flows to its free interpreters with
  one boolean per (class, slot, interpreter) and each interpreter takes at most one meeting;
  the flow *is* the matching that names the interpreter afterwards;
* a delegation is in at most one meeting per slot, and a pair of delegations meets once;
* meetings already booked (confirmed or not) are never moved: they only take capacity.

The objective is the sum of the placed requests' priorities. A greedy placement by priority
seeds the search as a hint and fills any gap left when the time limit cuts the search.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from desktop.meetings.board import Board, RequestInfo
from desktop.meetings.rules import need_for

log = logging.getLogger(__name__)

Progress = Callable[[float, str], object]

#: CP-SAT parameters on top of the time limit and workers. The grid's symmetries (identical
#: slots) make symmetry detection and deep probing cost seconds and buy nothing here.
SOLVER_PARAMETERS: dict[str, object] = {"symmetry_level": 0, "cp_model_probing_level": 0}
StopCheck = Callable[[], bool]


@dataclass(frozen=True)
class Placement:
    request_id: str
    delegation_ids: tuple[str, str]
    slot_id: str
    table_id: str
    interpreter_id: str | None
    purpose: str
    priority: int


@dataclass(frozen=True)
class Unplaced:
    request_id: str
    delegation_ids: tuple[str, str]
    code: str
    reason: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class ScheduleResult:
    placed: list[Placement]
    unplaced: list[Unplaced]
    #: Sum of the placed requests' priorities.
    weight: int
    #: The solver's proven upper bound on that weight (equal to ``weight`` when optimal).
    bound: float
    status: str
    seconds: float
    #: Weight of a greedy placement by priority on the same board (the floor).
    greedy_weight: int = 0
    cancelled: bool = False

    @property
    def gap(self) -> float:
        """Relative distance to the proven bound (0.0 = proven optimal)."""
        if self.bound <= 0:
            return 0.0
        return max(0.0, (self.bound - self.weight) / self.bound)

    @property
    def ratio(self) -> float:
        return 1.0 if self.bound <= 0 else min(1.0, self.weight / self.bound)


@dataclass
class _Prepared:
    """The board boiled down to what the model needs."""

    requests: list[RequestInfo]
    #: request index -> candidate slot ids
    candidates: dict[int, list[str]]
    #: request index -> interpreter class id (None: no interpreter needed)
    klass: dict[int, int | None]
    #: class id -> interpreter ids able to take it
    class_interpreters: list[tuple[str, ...]]
    #: request index -> language pair label (``fa–pt``) when an interpreter is needed
    labels: dict[int, str]
    free_tables: dict[str, list[str]]
    free_interpreters: dict[str, set[str]]
    busy: dict[str, set[str]]
    skipped: list[Unplaced]


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
    started = time.perf_counter()
    prep = _prepare(board)
    greedy = _greedy(board, prep, prep_order(prep))
    greedy_weight = sum(p.priority for p in greedy)
    bound_cap, relaxed_exact = _relaxation_bound(board, prep, min(2.0, time_limit / 4), workers)
    if progress:
        progress(0.1, f"greedy {greedy_weight}, bound {bound_cap:.0f}")
    if greedy_weight >= bound_cap and relaxed_exact:
        # The greedy already meets a proven bound: nothing left to search for.
        chosen = {i: p.slot_id for i, p in _by_index(prep, greedy).items()}
        bound, status, cancelled = float(greedy_weight), "OPTIMAL", False
        chosen_placements: list[Placement] | None = greedy
    else:
        chosen, bound, status, cancelled = _solve(
            board,
            prep,
            greedy,
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
    placed = chosen_placements if chosen_placements is not None else _assign(board, prep, chosen)
    if chosen_placements is None and sum(p.priority for p in placed) < greedy_weight:
        placed = greedy  # the search was cut before it matched its own hint
    placed_ids = {p.request_id for p in placed}
    rest = [i for i in prep_order(prep) if prep.requests[i].id not in placed_ids]
    if rest and not cancelled:
        placed += _greedy(board, prep, rest, placed)
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
            unplaced.append(_reason(board, prep, i, placed))
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


# -- preparation -----------------------------------------------------------------------
def _prepare(board: Board) -> _Prepared:
    active = board.active_meetings()
    booked_requests = {m.request_id for m in active if m.request_id}
    meeting_pairs = {frozenset(m.delegation_ids) for m in active}
    requests: list[RequestInfo] = []
    skipped: list[Unplaced] = []
    seen_pairs: set[frozenset[str]] = set()
    for r in sorted(board.requests, key=lambda r: (-r.priority, r.id)):
        if r.status != "requested" or r.id in booked_requests:
            continue
        names = (board.delegation_name(r.requester_id), board.delegation_name(r.partner_id))
        if (
            r.requester_id == r.partner_id
            or r.requester_id not in board.delegation_by_id
            or r.partner_id not in board.delegation_by_id
        ):
            skipped.append(
                Unplaced(
                    r.id,
                    r.delegation_ids,
                    "invalid_delegations",
                    "the request does not name two delegations",
                )
            )
            continue
        if r.pair in meeting_pairs:
            skipped.append(
                Unplaced(
                    r.id,
                    r.delegation_ids,
                    "already_meeting",
                    f"{names[0]} and {names[1]} already have a meeting",
                    {"a": names[0], "b": names[1]},
                )
            )
            continue
        if r.pair in seen_pairs:
            skipped.append(
                Unplaced(
                    r.id,
                    r.delegation_ids,
                    "duplicate_request",
                    f"{names[0]} and {names[1]} asked twice; one meeting is planned",
                    {"a": names[0], "b": names[1]},
                )
            )
            continue
        seen_pairs.add(r.pair)
        requests.append(r)

    busy: dict[str, set[str]] = defaultdict(set)  # slot -> delegations busy
    taken_tables: dict[str, set[str]] = defaultdict(set)
    taken_interp: dict[str, set[str]] = defaultdict(set)
    for s in board.slots:
        for m in board.meetings_near(s.id):
            busy[s.id].update(m.delegation_ids)
            taken_tables[s.id].add(m.table_id)
            if m.interpreter_id:
                taken_interp[s.id].add(m.interpreter_id)
    free_tables = {
        s.id: [t.id for t in board.tables if t.id not in taken_tables[s.id]] for s in board.slots
    }
    all_interp = {i.id for i in board.interpreters}
    free_interp = {s.id: all_interp - taken_interp[s.id] for s in board.slots}
    blocked: dict[str, set[str]] = defaultdict(set)  # delegation -> slots unavailable
    for u in board.unavailable:
        for s in board.slots:
            if s.overlaps(u.start, u.end):
                blocked[u.delegation_id].add(s.id)

    class_of: dict[tuple[str, ...], int] = {}
    class_interpreters: list[tuple[str, ...]] = []
    labels: dict[int, str] = {}
    klass: dict[int, int | None] = {}
    candidates: dict[int, list[str]] = {}
    pool = [(i.id, i.languages) for i in board.interpreters]
    for idx, r in enumerate(requests):
        need = need_for(board, r.delegation_ids, r.languages)
        k: int | None = None
        if need.needed:
            fit = tuple(sorted(iid for iid, langs in pool if need.fits(langs)))
            if fit not in class_of:
                class_of[fit] = len(class_interpreters)
                class_interpreters.append(fit)
            k = class_of[fit]
            labels[idx] = need.label
        klass[idx] = k
        slots = []
        for s in board.slots:
            if s.id in blocked[r.requester_id] or s.id in blocked[r.partner_id]:
                continue
            if r.requester_id in busy[s.id] or r.partner_id in busy[s.id]:
                continue
            if not free_tables[s.id]:
                continue
            if k is not None and not (free_interp[s.id] & set(class_interpreters[k])):
                continue
            slots.append(s.id)
        candidates[idx] = slots
    return _Prepared(
        requests=requests,
        candidates=candidates,
        klass=klass,
        class_interpreters=class_interpreters,
        labels=labels,
        free_tables=free_tables,
        free_interpreters=free_interp,
        busy=busy,
        skipped=skipped,
    )


def prep_order(prep: _Prepared) -> list[int]:
    """Greedy order: priority first, then the requests with the fewest candidate slots."""
    return sorted(
        range(len(prep.requests)),
        key=lambda i: (-prep.requests[i].priority, len(prep.candidates[i]), prep.requests[i].id),
    )


# -- greedy (hint, floor and gap filler) -------------------------------------------------------
def _greedy(
    board: Board, prep: _Prepared, order: list[int], already: list[Placement] | None = None
) -> list[Placement]:
    """Place requests one by one in the earliest slot that still has room."""
    busy = {sid: set(ds) for sid, ds in prep.busy.items()}
    tables = {sid: list(ts) for sid, ts in prep.free_tables.items()}
    interp = {sid: set(i) for sid, i in prep.free_interpreters.items()}
    for p in already or []:
        for near in board.overlapping_slots[p.slot_id]:
            busy.setdefault(near, set()).update(p.delegation_ids)
            if p.table_id in tables[near]:
                tables[near].remove(p.table_id)
            if p.interpreter_id:
                interp[near].discard(p.interpreter_id)
    out: list[Placement] = []
    for i in order:
        r = prep.requests[i]
        k = prep.klass[i]
        for sid in prep.candidates[i]:
            if r.requester_id in busy.get(sid, ()) or r.partner_id in busy.get(sid, ()):
                continue
            if not tables[sid]:
                continue
            iid: str | None = None
            if k is not None:
                free = [x for x in prep.class_interpreters[k] if x in interp[sid]]
                if not free:
                    continue
                iid = free[0]
            table = _pick_table(board, tables[sid], r.purpose)
            for near in board.overlapping_slots[sid]:
                busy.setdefault(near, set()).update(r.delegation_ids)
                if table in tables[near]:
                    tables[near].remove(table)
                if iid:
                    interp[near].discard(iid)
            out.append(Placement(r.id, r.delegation_ids, sid, table, iid, r.purpose, r.priority))
            break
    return out


def _pick_table(board: Board, free: list[str], purpose: str) -> str:
    """Rooms for signings and twinnings when one is free; plain tables for talks first."""
    want_room = purpose in ("agreement", "twinning")
    for tid in free:
        if board.table_by_id[tid].is_room == want_room:
            return tid
    return free[0]


# -- the CP-SAT model --------------------------------------------------------------------------
class _Watch(cp_model.CpSolverSolutionCallback):
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


def _solve(
    board: Board,
    prep: _Prepared,
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
    model = cp_model.CpModel()
    x: dict[tuple[int, str], cp_model.IntVar] = {}
    flow: dict[tuple[int, str, str], cp_model.IntVar] = {}
    by_slot: dict[str, list[int]] = defaultdict(list)
    by_deleg_slot: dict[tuple[str, str], list[cp_model.IntVar]] = defaultdict(list)
    for i, slots in prep.candidates.items():
        r = prep.requests[i]
        if not slots:
            continue
        row = []
        for sid in slots:
            v = model.new_bool_var(f"x{i}_{sid[:8]}")
            x[i, sid] = v
            row.append(v)
            by_slot[sid].append(i)
            by_deleg_slot[r.requester_id, sid].append(v)
            by_deleg_slot[r.partner_id, sid].append(v)
        if len(row) > 1:
            model.add_at_most_one(row)
    overlap = board.overlapping_slots
    simple = all(len(v) == 1 for v in overlap.values())
    for (d, sid), vs in by_deleg_slot.items():
        if simple:
            if len(vs) > 1:
                model.add_at_most_one(vs)
        else:
            near = [v for s2 in overlap[sid] for v in by_deleg_slot.get((d, s2), [])]
            if len(near) > 1:
                model.add_at_most_one(near)
    for sid, idxs in by_slot.items():
        cap = len(prep.free_tables[sid])
        terms = [x[i, sid] for i in idxs]
        if not simple:
            terms = [x[i, s2] for s2 in overlap[sid] for i in by_slot.get(s2, [])]
        if len(terms) > cap:
            model.add(sum(terms) <= cap)
        # Interpreters: each class's meetings in this slot flow to its free interpreters.
        per_class: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        for i in idxs:
            k = prep.klass[i]
            if k is not None:
                per_class[k].append(x[i, sid])
        load: dict[str, list[cp_model.IntVar]] = defaultdict(list)
        for k, vs in per_class.items():
            free = [iid for iid in prep.class_interpreters[k] if iid in prep.free_interpreters[sid]]
            if len(free) == 1:
                load[free[0]].extend(vs)
                continue
            zs = []
            for iid in free:
                z = model.new_bool_var(f"z{k}_{sid[:8]}_{iid[:8]}")
                zs.append(z)
                load[iid].append(z)
                flow[k, sid, iid] = z
            model.add(sum(vs) == sum(zs))
        for vs in load.values():
            if len(vs) > 1:
                model.add_at_most_one(vs)
    objective = sum(prep.requests[i].priority * v for (i, _s), v in x.items())
    # The relaxation's proven bound, handed to the search so it can prove optimality early.
    model.add(objective <= int(bound_cap))
    model.maximize(objective)
    # A complete hint (slots and interpreter flow) lets the search start from the greedy.
    hinted = {p.request_id: p.slot_id for p in greedy}
    for (i, sid), v in x.items():
        model.add_hint(v, 1 if hinted.get(prep.requests[i].id) == sid else 0)
    index = {r.id: i for i, r in enumerate(prep.requests)}
    used = {
        (prep.klass[index[p.request_id]], p.slot_id, p.interpreter_id)
        for p in greedy
        if p.interpreter_id
    }
    for key, z in flow.items():
        model.add_hint(z, 1 if key in used else 0)

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
        status = solver.solve(model, watch)
    finally:
        done.set()
    name = solver.status_name(status)
    chosen: dict[int, str] = {}
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for (i, sid), v in x.items():
            if solver.value(v):
                chosen[i] = sid
        bound = float(solver.best_objective_bound)
    else:
        bound = float(sum(r.priority for i, r in enumerate(prep.requests) if prep.candidates[i]))
    log.info(
        "CP-SAT %s: %d vars, objective %.0f, bound %.0f, %.2f s",
        name,
        len(x),
        solver.objective_value if chosen else 0,
        bound,
        solver.wall_time,
    )
    return chosen, bound, name, watch.stopped


def _by_index(prep: _Prepared, placed: list[Placement]) -> dict[int, Placement]:
    index = {r.id: i for i, r in enumerate(prep.requests)}
    return {index[p.request_id]: p for p in placed if p.request_id in index}


def _relaxation_bound(
    board: Board, prep: _Prepared, limit: float, workers: int
) -> tuple[float, bool]:
    """A proven upper bound from a slot-free relaxation (a degree-constrained selection).

    Choose requests so that no delegation has more meetings than slots it could meet in,
    no interpreter class more meetings than its free interpreter-slots, and the total fits
    the free table-slots. Every schedule satisfies this, so its optimum bounds the schedule;
    it is tiny (one boolean per request) and solves in a fraction of a second.
    """
    model = cp_model.CpModel()
    y = {i: model.new_bool_var(f"y{i}") for i, c in prep.candidates.items() if c}
    if not y:
        return 0.0, True
    by_delegation: dict[str, list[int]] = defaultdict(list)
    by_class: dict[int, list[int]] = defaultdict(list)
    for i in y:
        r = prep.requests[i]
        by_delegation[r.requester_id].append(i)
        by_delegation[r.partner_id].append(i)
        if (k := prep.klass[i]) is not None:
            by_class[k].append(i)
    for idxs in by_delegation.values():
        reach = set().union(*(prep.candidates[i] for i in idxs))
        if len(idxs) > len(reach):
            model.add(sum(y[i] for i in idxs) <= len(reach))
    tables = sum(len(prep.free_tables[s.id]) for s in board.slots)
    if len(y) > tables:
        model.add(sum(y.values()) <= tables)
    for k, idxs in by_class.items():
        people = set(prep.class_interpreters[k])
        cap = sum(len(people & prep.free_interpreters[s.id]) for s in board.slots)
        if len(idxs) > cap:
            model.add(sum(y[i] for i in idxs) <= cap)
    everyone = sum(len(prep.free_interpreters[s.id]) for s in board.slots)
    needing = [y[i] for idxs in by_class.values() for i in idxs]
    if len(needing) > everyone:
        model.add(sum(needing) <= everyone)
    model.maximize(sum(prep.requests[i].priority * v for i, v in y.items()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, limit)
    solver.parameters.num_workers = max(1, workers)
    status = solver.solve(model)
    trivial = float(sum(prep.requests[i].priority for i in y))
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return trivial, False
    return min(trivial, float(solver.best_objective_bound)), status == cp_model.OPTIMAL


def _assign(board: Board, prep: _Prepared, chosen: dict[int, str]) -> list[Placement]:
    """Concrete tables and interpreters for the solver's choice of slots."""
    by_slot: dict[str, list[int]] = defaultdict(list)
    for i, sid in chosen.items():
        by_slot[sid].append(i)
    out: list[Placement] = []
    for sid, idxs in by_slot.items():
        tables = list(prep.free_tables[sid])
        # Signings first, so they get the rooms.
        idxs.sort(key=lambda i: (prep.requests[i].purpose == "talks", -prep.requests[i].priority))
        interp = _match(
            [(i, prep.class_interpreters[k]) for i in idxs if (k := prep.klass[i]) is not None],
            prep.free_interpreters[sid],
        )
        for i in idxs:
            r = prep.requests[i]
            if not tables:
                log.warning("slot %s over capacity; request %s left for the filler", sid, r.id)
                continue
            if prep.klass[i] is not None and i not in interp:
                continue
            table = _pick_table(board, tables, r.purpose)
            tables.remove(table)
            out.append(
                Placement(r.id, r.delegation_ids, sid, table, interp.get(i), r.purpose, r.priority)
            )
    return out


def _match(wants: list[tuple[int, tuple[str, ...]]], free: set[str]) -> dict[int, str]:
    """Maximum bipartite matching of meetings to free interpreters (augmenting paths)."""
    owner: dict[str, int] = {}

    def augment(i: int, options: tuple[str, ...], seen: set[str]) -> bool:
        for iid in options:
            if iid not in free or iid in seen:
                continue
            seen.add(iid)
            if iid not in owner or augment(owner[iid], dict(wants)[owner[iid]], seen):
                owner[iid] = i
                return True
        return False

    for i, options in wants:
        augment(i, options, set())
    return {i: iid for iid, i in owner.items()}


# -- reasons -------------------------------------------------------------------------------
def _reason(board: Board, prep: _Prepared, idx: int, placed: list[Placement]) -> Unplaced:
    """Why a request stayed unplaced, in the most telling words we can find."""
    r = prep.requests[idx]
    a, b = board.delegation_name(r.requester_id), board.delegation_name(r.partner_id)
    k = prep.klass[idx]
    names = {"a": a, "b": b}
    if k is not None and not prep.class_interpreters[k]:
        label = prep.labels[idx]
        return Unplaced(
            r.id,
            r.delegation_ids,
            "no_interpreter",
            f"no interpreter for {label}",
            {**names, "languages": label},
        )
    free_of_unavail = [
        s
        for s in board.slots
        if board.unavailability_at(r.requester_id, s) is None
        and board.unavailability_at(r.partner_id, s) is None
    ]
    if not free_of_unavail:
        who = [
            n
            for d, n in ((r.requester_id, a), (r.partner_id, b))
            if all(board.unavailability_at(d, s) is not None for s in board.slots)
        ] or [a, b]
        return Unplaced(
            r.id,
            r.delegation_ids,
            "delegation_unavailable",
            f"delegation unavailable: {' and '.join(who)} at every meeting time"
            if len(who) < 2 or who != [a, b]
            else f"delegation unavailable: {a} and {b} are never free at the same time",
            {**names, "delegation": ", ".join(who)},
        )
    busy: dict[str, set[str]] = {sid: set(ds) for sid, ds in prep.busy.items()}
    used_tables: dict[str, int] = defaultdict(int)
    used_interp: dict[str, set[str]] = defaultdict(set)
    for p in placed:
        for near in board.overlapping_slots[p.slot_id]:
            busy.setdefault(near, set()).update(p.delegation_ids)
            used_tables[near] += 1
            if p.interpreter_id:
                used_interp[near].add(p.interpreter_id)
    common = [
        s.id
        for s in free_of_unavail
        if r.requester_id not in busy.get(s.id, ()) and r.partner_id not in busy.get(s.id, ())
    ]
    if not common:
        return Unplaced(
            r.id,
            r.delegation_ids,
            "no_common_free_slot",
            f"no common free slot for {a} and {b}",
            names,
        )
    with_table = [sid for sid in common if len(prep.free_tables[sid]) > used_tables[sid]]
    if not with_table:
        return Unplaced(
            r.id,
            r.delegation_ids,
            "tables_full",
            f"every table is taken whenever {a} and {b} are both free",
            names,
        )
    if k is not None:
        label = prep.labels[idx]
        return Unplaced(
            r.id,
            r.delegation_ids,
            "interpreters_busy",
            f"the interpreters for {label} are busy whenever {a} and {b} are both free",
            {**names, "languages": label},
        )
    return Unplaced(
        r.id,
        r.delegation_ids,
        "not_reached",
        f"not placed within the time limit ({a} and {b})",
        names,
    )
