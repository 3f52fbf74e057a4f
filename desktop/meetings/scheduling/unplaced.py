"""Why a request stayed unplaced, in the most telling words we can find."""

from __future__ import annotations

from collections import defaultdict

from desktop.meetings.board import Board
from desktop.meetings.scheduling.outcome import Placement, Unplaced
from desktop.meetings.scheduling.prepare import Prepared


def reason(board: Board, prep: Prepared, idx: int, placed: list[Placement]) -> Unplaced:
    """The first reason that holds, from the plainest (nobody speaks the languages) to the
    last resort (the time limit ran out before the request was reached)."""
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
    for p in placed:
        for near in board.overlapping_slots[p.slot_id]:
            busy.setdefault(near, set()).update(p.delegation_ids)
            used_tables[near] += 1
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
