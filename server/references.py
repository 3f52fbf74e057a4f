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

import threading
import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop.db.batches import select_in
from desktop.db.codec import as_uuid, stored_id
from desktop.db.models import Category, Delegation, Participant
from desktop.db.rawsql import is_sqlite, raw_connection
from desktop.sync.schema import Change
from server.db import FeedEntry

FEED = FeedEntry.__tablename__

#: The kinds of thing a change may refer to, and the table (if any) that holds them.
_TABLES: dict[str, Any] = {
    "participant": Participant.id,
    "delegation": Delegation.id,
    "category": Category.id,
    "checkin": None,
}
#: Kinds whose new ones arrive through the feed (creates pushed by desks).
_IN_FEED = frozenset({"participant", "delegation", "checkin"})

Ref = tuple[str, str, str]  # (kind, field, id)
#: Most ids a server process remembers as existing before it starts over.
KNOWN_LIMIT = 1_000_000


class KnownReferences:
    """Ids this server process has seen exist (one per hub, so per database). What
    exists never stops existing, so a check-in of someone scanned before needs no
    look-up; what does not exist yet is always asked again."""

    def __init__(self, limit: int = KNOWN_LIMIT) -> None:
        self.limit = limit
        self._known: dict[str, set[str]] = defaultdict(set)
        self._size = 0
        self._lock = threading.Lock()

    def split(self, kind: str, ids: set[str]) -> tuple[set[str], set[str]]:
        """(known to exist, to look up)."""
        with self._lock:
            known = ids & self._known[kind]
        return known, ids - known

    def add(self, kind: str, ids: set[str]) -> None:
        with self._lock:
            if self._size + len(ids) > self.limit:
                self._known.clear()
                self._size = 0
            self._known[kind] |= ids
            self._size += len(ids)


def references(change: Change) -> tuple[Ref, ...]:
    """What a (schema-valid) change refers to: (kind, field, id)."""
    data: dict[str, Any] = change.data
    entity, op = change.entity, change.op
    if entity == "checkin":  # nearly every change: as little work as it takes
        person, back = data.get("participant_id"), data.get("refers_to")
        if back is None:
            return () if person is None else (("participant", "data.participant_id", person),)
        undo: Ref = ("checkin", "data.refers_to", back)
        return (undo,) if person is None else (("participant", "data.participant_id", person), undo)
    refs: list[Ref] = []

    def add(kind: str, where: str, value: Any) -> None:
        if isinstance(value, str):
            refs.append((kind, where, value))

    if entity == "participant":
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
    return tuple(refs)


def unresolved(
    s: Session, changes: Sequence[Change], known: KnownReferences | None = None
) -> dict[uuid.UUID, tuple[str, str]]:
    """The changes whose references the server does not hold: change id -> (code, message).

    A reference to something created earlier in the same push holds; one to something
    created later (or by a change refused here) does not.
    """
    refs = [references(c) for c in changes]
    wanted: dict[str, set[str]] = defaultdict(set)
    for found in refs:
        for kind, _where, value in found:
            wanted[kind].add(value)
    if not wanted:
        return {}
    known = known or KnownReferences()
    there: dict[str, set[str]] = {}
    for kind, ids in wanted.items():
        remembered, ask = known.split(kind, ids)
        held = _existing(s, kind, ask) if ask else set()
        known.add(kind, held)
        there[kind] = remembered | held
    out: dict[uuid.UUID, tuple[str, str]] = {}
    for change, found in zip(changes, refs, strict=True):
        for kind, where, value in found:
            if value not in there[kind]:
                out[change.id] = (
                    "unknown_reference",
                    f"{where}: the server holds no {kind} {value}",
                )
                break
        else:
            if change.op == "create" and change.entity in _IN_FEED:
                there.setdefault(change.entity, set()).add(change.entity_id)
    return out


def _existing(s: Session, kind: str, ids: set[str]) -> set[str]:
    """Which of these ids (canonical UUID text) the server holds, as a table row or an
    accepted create in the feed. Plain SQL on the driver's connection: a push of 5,000
    check-ins looks up 5,000 participants, and the ORM's per-value work was most of it."""
    found: set[str] = set()
    table = _TABLES[kind]
    if table is not None:
        found = _in_table(s, table.table.name, ids)
    rest = ids - found
    if rest and kind in _IN_FEED:
        found |= _in_feed(s, kind, rest)
    return found


def _in_table(s: Session, table: str, ids: set[str]) -> set[str]:
    if is_sqlite(s):
        stored = {h: i for i in ids if (h := _stored(i)) is not None}
        cursor = raw_connection(s).cursor()
        try:
            sql = f"SELECT id FROM {table} WHERE id IN ({{marks}})"
            return {stored[row[0]] for row in select_in(cursor, sql, list(stored))}
        finally:
            cursor.close()
    result = s.connection().exec_driver_sql(
        f"SELECT id FROM {table} WHERE id = ANY(%s)",
        ([u for i in ids if (u := as_uuid(i)) is not None],),
    )
    return {str(row[0]) for row in result}


def _stored(value: str) -> str | None:
    """An id as SQLite stores it; None for text that is no UUID (no table holds it)."""
    try:
        return stored_id(value)
    except ValueError:
        return None


def _in_feed(s: Session, kind: str, ids: set[str]) -> set[str]:
    sql = f"SELECT entity_id FROM {FEED} WHERE entity = {{kind}} AND status = 'accepted' AND "
    if is_sqlite(s):
        cursor = raw_connection(s).cursor()
        try:
            wanted = sql.format(kind="?") + "entity_id IN ({marks})"
            return {row[0] for row in select_in(cursor, wanted, sorted(ids), before=[kind])}
        finally:
            cursor.close()
    result = s.connection().exec_driver_sql(
        sql.format(kind="%s") + "entity_id = ANY(%s)", (kind, sorted(ids))
    )
    return {row[0] for row in result}
