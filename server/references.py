"""The references a pushed change makes must exist before the server stores it.

A check-in names its participant (and, for an undo or an override, the check-in it
refers to); a participant edit names its participant, category and delegation; a badge
names its participant; a meeting names its delegations. Each must be held by the
server: in its own tables (the event it imported), in the feed (accepted from any
desk), or earlier in the same push. A desk pushes its outbox in order, so what it
created comes before what refers to it.

References never disappear once they exist, so this is read before the feed lock is
taken, keeping the lock's hold as short as before.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Category, Delegation, Participant
from desktop.sync.schema import Change
from server.db import FeedEntry

#: The kinds of thing a change may refer to, and the table (if any) that holds them.
_TABLES: dict[str, Any] = {
    "participant": Participant.id,
    "delegation": Delegation.id,
    "category": Category.id,
    "checkin": None,
}
#: Kinds whose new ones arrive through the feed (creates pushed by desks).
_IN_FEED = frozenset({"participant", "delegation", "checkin"})
_CHUNK = 900

Ref = tuple[str, str, str]  # (kind, field, id)


def references(change: Change) -> list[Ref]:
    """What a (schema-valid) change refers to: (kind, field, id)."""
    data: dict[str, Any] = change.data
    refs: list[Ref] = []

    def add(kind: str, where: str, value: Any) -> None:
        if isinstance(value, str):
            refs.append((kind, where, value))

    entity, op = change.entity, change.op
    if entity == "checkin":
        add("participant", "data.participant_id", data.get("participant_id"))
        add("checkin", "data.refers_to", data.get("refers_to"))
    elif entity == "participant":
        if op != "create":
            add("participant", "entity_id", change.entity_id)
        add("category", "data.category_id", data.get("category_id"))
        add("delegation", "data.delegation_id", data.get("delegation_id"))
        add("participant", "data.merged", data.get("merged"))
        add("participant", "data.merged_into", data.get("merged_into"))
    elif entity == "delegation":
        if op != "create":
            add("delegation", "entity_id", change.entity_id)
        add("participant", "data.head_participant_id", data.get("head_participant_id"))
    elif entity == "badge":
        add("participant", "entity_id", change.entity_id)
    elif entity == "meeting":
        for value in data.get("delegation_ids") or ():
            add("delegation", "data.delegation_ids", value)
    return refs


def created(change: Change) -> tuple[str, str] | None:
    """What a change brings into being, that later changes may refer to."""
    if change.op == "create" and change.entity in _IN_FEED:
        return change.entity, change.entity_id
    return None


def unresolved(s: Session, changes: Sequence[Change]) -> dict[uuid.UUID, tuple[str, str]]:
    """The changes whose references the server does not hold: change id -> (code, message)."""
    refs = {c.id: references(c) for c in changes}
    wanted: dict[str, set[str]] = defaultdict(set)
    for found in refs.values():
        for kind, _where, value in found:
            wanted[kind].add(value)
    if not wanted:
        return {}
    there = {kind: _existing(s, kind, ids) for kind, ids in wanted.items()}
    out: dict[uuid.UUID, tuple[str, str]] = {}
    for change in changes:
        for kind, where, value in refs[change.id]:
            if value not in there[kind]:
                out[change.id] = (
                    "unknown_reference",
                    f"{where}: the server holds no {kind} {value}",
                )
                break
        else:
            made = created(change)
            if made is not None:
                there.setdefault(made[0], set()).add(made[1])
    return out


def _existing(s: Session, kind: str, ids: set[str]) -> set[str]:
    """Which of these ids (canonical UUID text) the server holds, as a table row or an
    accepted create in the feed."""
    found: set[str] = set()
    column = _TABLES[kind]
    if column is not None:
        for chunk in _chunks([uuid.UUID(i) for i in ids]):
            found.update(str(v) for v in s.scalars(select(column).where(column.in_(chunk))))
    rest = ids - found
    if rest and kind in _IN_FEED:
        for chunk in _chunks(sorted(rest)):
            found.update(
                s.scalars(
                    select(FeedEntry.entity_id).where(
                        FeedEntry.entity == kind,
                        FeedEntry.entity_id.in_(chunk),
                        FeedEntry.status == "accepted",
                    )
                )
            )
    return found


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == _CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
