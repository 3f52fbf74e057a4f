"""The board boiled down to what placing needs: open requests, their candidate slots, free capacity."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from desktop.meetings.board import Board, RequestInfo
from desktop.meetings.rules import need_for
from desktop.meetings.scheduling.outcome import Unplaced


@dataclass
class Prepared:
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


def prepare(board: Board) -> Prepared:
    """Open requests by priority (invalid, already met and repeated pairs set aside) and, for
    each, the slots where both delegations, a table and a fitting interpreter are free."""
    requests, skipped = _open_requests(board)
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
    return Prepared(
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


def _open_requests(board: Board) -> tuple[list[RequestInfo], list[Unplaced]]:
    """The requests to place, highest priority first, and those set aside with the reason."""
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
    return requests, skipped


def prep_order(prep: Prepared) -> list[int]:
    """Greedy order: priority first, then the requests with the fewest candidate slots."""
    return sorted(
        range(len(prep.requests)),
        key=lambda i: (-prep.requests[i].priority, len(prep.candidates[i]), prep.requests[i].id),
    )
