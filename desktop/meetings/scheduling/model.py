"""The CP-SAT models: the schedule itself, and the slot-free relaxation that bounds it.

The schedule is kept small so that a large forum (1,500 requests, 32 slots, 40 tables)
solves to within a few percent of the proven bound in seconds:

* one boolean per (request, slot) where both delegations are free and not unavailable;
* tables are interchangeable, so a table is a *count* per slot (meetings ≤ free tables);
  concrete tables are given out afterwards (rooms first for signings and twinnings);
* requests needing an interpreter are grouped by the set of interpreters who can take them
  (their "language class"); per slot, each class's count flows to its free interpreters with
  one boolean per (class, slot, interpreter) and each interpreter takes at most one meeting;
  the flow *is* the matching that names the interpreter afterwards;
* a delegation is in at most one meeting per slot, and a pair of delegations meets once;
* meetings already booked (confirmed or not) are never moved: they only take capacity.

The objective is the sum of the placed requests' priorities; the greedy placement is the
search's starting hint. Only the scheduler's solving step imports this module (and OR-Tools).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from desktop.meetings.board import Board
from desktop.meetings.scheduling.outcome import Placement
from desktop.meetings.scheduling.prepare import Prepared


@dataclass
class ScheduleModel:
    """The schedule's model and the variables its solution is read from."""

    model: cp_model.CpModel
    #: (request index, slot id) -> the request is placed in that slot
    x: dict[tuple[int, str], cp_model.IntVar]
    #: (interpreter class, slot id, interpreter id) -> that interpreter takes one of the
    #: class's meetings in the slot
    flow: dict[tuple[int, str, str], cp_model.IntVar]


def schedule_model(
    board: Board, prep: Prepared, greedy: list[Placement], bound_cap: float
) -> ScheduleModel:
    """The schedule as a CP-SAT model, capped by a proven bound and hinted with the greedy."""
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
    _hint(model, prep, greedy, x, flow)
    return ScheduleModel(model, x, flow)


def _hint(
    model: cp_model.CpModel,
    prep: Prepared,
    greedy: list[Placement],
    x: dict[tuple[int, str], cp_model.IntVar],
    flow: dict[tuple[int, str, str], cp_model.IntVar],
) -> None:
    """A complete hint (slots and interpreter flow) lets the search start from the greedy."""
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


def relaxation_model(
    board: Board, prep: Prepared
) -> tuple[cp_model.CpModel, dict[int, cp_model.IntVar]]:
    """A slot-free relaxation of the schedule (a degree-constrained selection).

    Choose requests so that no delegation has more meetings than slots it could meet in,
    no interpreter class more meetings than its free interpreter-slots, and the total fits
    the free table-slots. Every schedule satisfies this, so its optimum bounds the schedule;
    it is tiny (one boolean per request, ``y``) and solves in a fraction of a second.
    """
    model = cp_model.CpModel()
    y = {i: model.new_bool_var(f"y{i}") for i, c in prep.candidates.items() if c}
    if not y:
        return model, y
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
    return model, y
