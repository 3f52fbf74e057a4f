"""Placing without the solver: the greedy placement by priority, and concrete tables and
interpreters for a choice of slots."""

from __future__ import annotations

import logging
from collections import defaultdict

from desktop.meetings.board import Board
from desktop.meetings.scheduling.outcome import Placement
from desktop.meetings.scheduling.prepare import Prepared

log = logging.getLogger(__name__)


def greedy(
    board: Board, prep: Prepared, order: list[int], already: list[Placement] | None = None
) -> list[Placement]:
    """Place requests one by one in the earliest slot that still has room.

    The solver's hint, the floor its result is held to, and the filler of any gap the time
    limit leaves (``already`` then holds what is placed).
    """
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
            table = pick_table(board, tables[sid], r.purpose)
            for near in board.overlapping_slots[sid]:
                busy.setdefault(near, set()).update(r.delegation_ids)
                if table in tables[near]:
                    tables[near].remove(table)
                if iid:
                    interp[near].discard(iid)
            out.append(Placement(r.id, r.delegation_ids, sid, table, iid, r.purpose, r.priority))
            break
    return out


def pick_table(board: Board, free: list[str], purpose: str) -> str:
    """Rooms for signings and twinnings when one is free; plain tables for talks first."""
    want_room = purpose in ("agreement", "twinning")
    for tid in free:
        if board.table_by_id[tid].is_room == want_room:
            return tid
    return free[0]


def by_index(prep: Prepared, placed: list[Placement]) -> dict[int, Placement]:
    """Placements keyed by their request's index in ``prep.requests``."""
    index = {r.id: i for i, r in enumerate(prep.requests)}
    return {index[p.request_id]: p for p in placed if p.request_id in index}


def assign(board: Board, prep: Prepared, chosen: dict[int, str]) -> list[Placement]:
    """Concrete tables and interpreters for the solver's choice of slots."""
    by_slot: dict[str, list[int]] = defaultdict(list)
    for i, sid in chosen.items():
        by_slot[sid].append(i)
    out: list[Placement] = []
    for sid, idxs in by_slot.items():
        tables = list(prep.free_tables[sid])
        # Signings first, so they get the rooms.
        idxs.sort(key=lambda i: (prep.requests[i].purpose == "talks", -prep.requests[i].priority))
        interp = match(
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
            table = pick_table(board, tables, r.purpose)
            tables.remove(table)
            out.append(
                Placement(r.id, r.delegation_ids, sid, table, interp.get(i), r.purpose, r.priority)
            )
    return out


def match(wants: list[tuple[int, tuple[str, ...]]], free: set[str]) -> dict[int, str]:
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
