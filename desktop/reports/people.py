"""The people reports count, read once and then only what changed.

:class:`PeopleCache` keeps the columns counting needs (a :class:`Ref`, no names) for every
participant of the event. After the first read a refresh reads only what changed: rows past
the highest ``rowid`` (new people) and the people named by ``change_log`` rows past the
highest ``seq`` seen. Every change a desk makes or receives is written to ``change_log`` in
the same transaction (the sync outbox and audit history), and SQLite has one writer at a
time, so the log's tail names every edited, cancelled or merged person; ``updated_at`` would
not do (a merge does not touch it). Both checks are index lookups: no scan of the 100,000
people. Ids stay as stored (32-digit hex); only ``change_log`` names people in the dashed
form, which :func:`~desktop.db.codec.stored_id` reads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection

from desktop.db.batches import chunks, marks
from desktop.db.codec import stored_id
from desktop.reports.store import fetch_rows

#: How deep a chain of merges (A merged into B merged into C ...) is followed.
MERGE_DEPTH = 8
#: The registration status that counts as registered.
REGISTERED = "registered"
#: How many people deltas a cache remembers for the tallies that follow it.
_DELTAS_KEPT = 64


class Ref(NamedTuple):
    """The columns of a person that counting needs (no names)."""

    rowid: int
    id: str
    merged_into: str | None
    badge_id: int | None
    category_id: str
    country: str
    delegation_id: str | None
    status: str

    @property
    def counted(self) -> bool:
        """Whether the person counts as registered (not cancelled, not merged away)."""
        return self.merged_into is None and self.status == REGISTERED


_REF_COLUMNS = """p.rowid, p.id, p.merged_into, p.badge_id, p.category_id, p.country,
    p.delegation_id, p.status"""

GroupKey = str | None


@dataclass(frozen=True)
class People:
    """Every participant of the event as counting needs them, at one version (immutable:
    a refresh that finds changes makes a new one, so readers never see a half update)."""

    version: int
    refs: Mapping[str, Ref]
    by_badge: Mapping[int, str]
    #: Registered, unmerged people: in all and per category, country and delegation.
    registered: int
    by_category: Mapping[str, int]
    by_country: Mapping[str, int]
    by_delegation: Mapping[GroupKey, int]

    def resolve(self, participant_id: str | None, badge_id: int | None) -> str | int | None:
        """Whom a fact counts for: the surviving participant (following badge identity and
        merges), else the badge of a person not known here yet, else nobody."""
        pid = participant_id
        if pid is None:
            if badge_id is None:
                return None
            pid = self.by_badge.get(badge_id)
            if pid is None:
                return badge_id
        refs = self.refs
        for _ in range(MERGE_DEPTH):
            person = refs.get(pid)
            if person is None or person.merged_into is None:
                break
            pid = person.merged_into
        return pid


@dataclass(frozen=True)
class PeopleDelta:
    """What changed between two versions: ids whose data changed, and the raw fact keys
    (participant ids, badge ids) whose resolution may have changed (``None``: any of them)."""

    ids: frozenset[str]
    moved: frozenset[str | int] | None


_NO_REF = Ref(0, "", None, None, "", "", None, "")
_EMPTY = People(0, {}, {}, 0, {}, {}, {})


@dataclass
class PeopleCache:
    """The people of one event, read once and then only what changed (see the module)."""

    event_id: str
    people: People = _EMPTY
    _top: int = -1
    _seq: int = 0
    _deltas: list[tuple[int, PeopleDelta]] = field(default_factory=list)

    def refresh(self, conn: Connection, *, restart: bool = False) -> People:
        (top,) = fetch_rows(conn, "SELECT coalesce(max(rowid), 0) FROM participant")[0]
        (seq,) = fetch_rows(conn, "SELECT coalesce(max(seq), 0) FROM change_log")[0]
        if restart or self._top < 0 or top < self._top or seq < self._seq:
            self._load_all(conn, top, seq)
            return self.people
        if top == self._top and seq == self._seq:
            return self.people
        named = self._named(conn, seq) if seq > self._seq else set()
        rows = self._load(conn, "p.rowid > ?", [self._top]) if top > self._top else []
        found = {r.id for r in rows}
        rows += self._load_ids(conn, sorted(named - found))
        self._top, self._seq = top, seq
        gone = {pid for pid in named if pid in self.people.refs} - {r.id for r in rows}
        if rows or gone:
            self._apply(rows, gone)
        return self.people

    def changes_since(self, version: int) -> PeopleDelta | None:
        """What changed after ``version`` (None: too long ago, count everything again)."""
        current = self.people.version
        if version == current:
            return PeopleDelta(frozenset(), frozenset())
        if version > current or not self._deltas or self._deltas[0][0] > version + 1:
            return None
        ids: set[str] = set()
        moved: set[str | int] | None = set()
        for v, delta in self._deltas:
            if v <= version:
                continue
            ids |= delta.ids
            if delta.moved is None or moved is None:
                moved = None
            else:
                moved |= delta.moved
        return PeopleDelta(frozenset(ids), None if moved is None else frozenset(moved))

    # -- reading -------------------------------------------------------------------------------
    def _named(self, conn: Connection, seq: int) -> set[str]:
        """Participant ids named by change-log rows ``(self._seq, seq]`` (edits, cancellations,
        merges, badges; a change may name its participant in its data rather than its id)."""
        sql = """SELECT entity_id, CASE WHEN json_valid(data) THEN
                json_extract(data, '$.participant_id') END,
                CASE WHEN json_valid(data) THEN json_extract(data, '$.id') END
            FROM change_log WHERE seq > ? AND seq <= ? AND entity IN ('participant', 'badge')"""
        ids: set[str] = set()
        for row in fetch_rows(conn, sql, (self._seq, seq)):
            for value in row:
                if isinstance(value, str) and value:
                    try:
                        h = stored_id(value)
                    except ValueError:  # not an id: names nobody
                        continue
                    if h is not None:
                        ids.add(h)
        return ids

    def _load(self, conn: Connection, where: str, params: Sequence[Any]) -> list[Ref]:
        sql = f"SELECT {_REF_COLUMNS} FROM participant p WHERE +p.event_id = ? AND {where}"
        same: dict[Any, Any] = {}  # a few categories, countries, delegations: one string each
        one = same.setdefault
        rows = fetch_rows(conn, sql, (self.event_id, *params))
        return [
            Ref(
                row[0],
                row[1],
                row[2],
                row[3],
                one(row[4] or "", row[4] or ""),
                one(row[5] or "", row[5] or ""),
                one(row[6], row[6]),
                one(row[7] or "", row[7] or ""),
            )
            for row in rows
        ]

    def _load_ids(self, conn: Connection, ids: Sequence[str]) -> list[Ref]:
        out: list[Ref] = []
        for part in chunks(ids):
            out += self._load(conn, f"p.id IN ({marks(len(part))})", part)
        return out

    def _load_all(self, conn: Connection, top: int, seq: int) -> None:
        refs = {r.id: r for r in self._load(conn, "1", [])}
        by_badge = {r.badge_id: r.id for r in refs.values() if r.badge_id is not None}
        cat: Counter[str] = Counter()
        ctry: Counter[str] = Counter()
        dlg: Counter[GroupKey] = Counter()
        for r in refs.values():
            if r.counted:
                cat[r.category_id] += 1
                ctry[r.country] += 1
                dlg[r.delegation_id] += 1
        version = self.people.version + 1
        self.people = People(version, refs, by_badge, cat.total(), cat, ctry, dlg)
        self._top, self._seq = top, seq
        self._deltas = [(version, PeopleDelta(frozenset(refs), None))]

    # -- applying a delta ------------------------------------------------------------------------
    def _apply(self, rows: list[Ref], gone: set[str]) -> None:
        old = self.people
        refs = dict(old.refs)
        by_badge = dict(old.by_badge)
        cat, ctry = Counter(old.by_category), Counter(old.by_country)
        dlg: Counter[GroupKey] = Counter(old.by_delegation)
        registered = old.registered
        moved: set[str | int] | None = set()
        ids: set[str] = set()

        def count(r: Ref, sign: int) -> None:
            nonlocal registered
            if r.counted:
                registered += sign
                add_count(cat, r.category_id, sign)
                add_count(ctry, r.country, sign)
                add_count(dlg, r.delegation_id, sign)

        changes = [(refs.get(r.id), r) for r in rows] + [(refs.get(pid), None) for pid in gone]
        for before, after in changes:
            pid = (after or before or _NO_REF).id
            ids.add(pid)  # even when counting is unchanged: a name may have changed
            if before == after:
                continue
            if before is not None:
                count(before, -1)
                del refs[pid]
                if before.badge_id is not None and by_badge.get(before.badge_id) == pid:
                    del by_badge[before.badge_id]
            if after is not None:
                count(after, +1)
                refs[pid] = after
                if after.badge_id is not None:
                    by_badge[after.badge_id] = pid
            if (before.merged_into if before else None) != (after.merged_into if after else None):
                moved = None  # a merge changed whom facts count for: look at every fact again
            elif moved is not None:  # (a participant id names the same person as before)
                moved.update(r.badge_id for r in (before, after) if r and r.badge_id is not None)
        if not ids:
            return
        version = old.version + 1
        self.people = People(version, refs, by_badge, registered, cat, ctry, dlg)
        delta = PeopleDelta(frozenset(ids), None if moved is None else frozenset(moved))
        self._deltas = [*self._deltas[-(_DELTAS_KEPT - 1) :], (version, delta)]


def add_count(counter: Counter[Any], key: Any, n: int) -> None:
    """Add ``n`` to a count, dropping it at zero (a group without people is no group)."""
    value = counter[key] + n
    if value:
        counter[key] = value
    else:
        del counter[key]


def group_rowids(
    people: People, keys: Iterable[str | int], pick: str, wanted: set[Any]
) -> dict[Any, int]:
    """The first rowid per group (``pick``: category_id, country or delegation_id) among the
    registered people and the arrived ``keys``: the order a full read of the table gives
    groups. Only asked for groups whose counts tie (rare), so a scan is fine."""
    first: dict[Any, int] = {}
    arrived = {k for k in keys if isinstance(k, str)}
    for r in people.refs.values():
        if r.merged_into is not None or not (r.status == REGISTERED or r.id in arrived):
            continue
        g = getattr(r, pick)
        if g in wanted and (g not in first or r.rowid < first[g]):
            first[g] = r.rowid
    return first
