"""The counts of one period (a day, or the whole event), kept up to date fact by fact.

A refresh of the dashboard used to walk every fact of the period and read every person they
name. A :class:`Tally` keeps, per person, their facts and what those add to the counts (a
:class:`Share`: arrived or not, first quarter hour, zones, inside or not, group); the full
:class:`Trail` (last seen, rejections...) is worked out only for the attendance list. A refresh
then touches only the people something happened to:

* new facts (read by :class:`~desktop.reports.store.FactLog` in ``rowid`` order): their
  people's shares are worked out again from that person's facts, whatever the order the
  facts arrived in (an offline desk's late fact sorts before others);
* new undos: the share of the person whose fact they take back;
* people edited, cancelled, merged or newly known (by sync): those people's shares, and the
  facts whose person changed (a badge-only fact whose person arrived, a merge).

Every count is the sum of the shares: a changed person's old share is taken off and the new
one added, so the counts stay exactly those of a recount (the tests compare both).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from desktop.domain.checkin import ADMITTED, REJECTED, UNDONE
from desktop.reports.people import REGISTERED, People, PeopleDelta, add_count
from desktop.reports.store import Fact, FactView, sort_key

#: Whom a fact names: its participant id, else its badge id, else nobody.
Raw = str | int | None
#: Whom a fact counts for: the surviving participant (hex id), or a badge id not known yet.
TrailKey = str | int

_NOWHERE: Any = object()


@dataclass(slots=True)
class Trail:
    """What the facts of the period say about one person (not changed once made).

    Times are kept in UTC and shown in the event's zone (``first_arrival``, ``last_seen``):
    converting only what is read keeps a first count of 30,000 facts quick.
    """

    tz: ZoneInfo
    first_at: datetime | None = None
    last_at: datetime | None = None
    last_zone: str = ""
    zones: list[str] = field(default_factory=list)
    zone_state: dict[str, str] = field(default_factory=dict)
    admissions: int = 0
    rejections: int = 0
    flagged: int = 0

    @property
    def first_arrival(self) -> datetime | None:
        return None if self.first_at is None else self.first_at.astimezone(self.tz)

    @property
    def last_seen(self) -> datetime | None:
        return None if self.last_at is None else self.last_at.astimezone(self.tz)

    @property
    def inside(self) -> bool:
        return any(d == "in" for d in self.zone_state.values())


#: The trail of someone the facts say nothing about.
NO_TRAIL = Trail(ZoneInfo("UTC"))


def trail_of(facts: list[Fact], tz: ZoneInfo, undone: set[str] | frozenset[str]) -> Trail | None:
    """One person's trail from their facts in (at, id) order; None when every fact is an
    undo record (such a person has no trail)."""
    trail: Trail | None = None
    last: Fact | None = None
    first: Fact | None = None
    for fact in facts:
        result = fact.result
        if result == UNDONE:
            continue
        if trail is None:
            trail = Trail(tz)
        last = fact
        if result == REJECTED:
            trail.rejections += 1
            continue
        if fact.flagged:
            trail.flagged += 1
        if result != ADMITTED or fact.id in undone:
            continue
        trail.zone_state[fact.zone] = fact.direction
        if fact.direction == "in":
            trail.admissions += 1
            if first is None:
                first = fact
            if fact.zone not in trail.zones:
                trail.zones.append(fact.zone)
    if trail is None or last is None:
        return None
    trail.last_at, trail.last_zone = last.at, last.zone
    if first is not None:
        trail.first_at = first.at
    return trail


def bucket_start(moment: datetime) -> datetime:
    """The start of the 15-minute bucket of a moment, in the moment's own zone."""
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


class Share(NamedTuple):
    """What one person's trail adds to the counts."""

    arrived: bool
    inside: bool
    pending: bool
    zones: tuple[str, ...]
    inside_zones: tuple[str, ...]
    bucket: datetime | None
    #: (category, country, delegation) of a known, unmerged person who arrived.
    group: tuple[str, str, str | None] | None
    registered: bool


def share_of(
    key: TrailKey, facts: list[Fact], tz: ZoneInfo, undone: set[str], people: People
) -> Share | None:
    """What one person's facts (in (at, id) order) add to the counts: the part of
    :func:`trail_of` that counting needs, without making the trail. None: no trail."""
    seen = False
    first: Fact | None = None
    zones: list[str] = []
    state: dict[str, str] = {}
    for fact in facts:
        result = fact.result
        if result == UNDONE:
            continue
        seen = True
        if result != ADMITTED or fact.id in undone:
            continue
        state[fact.zone] = fact.direction
        if fact.direction == "in":
            if first is None:
                first = fact
            if fact.zone not in zones:
                zones.append(fact.zone)
    if not seen:
        return None
    inside_zones = tuple(z for z, d in state.items() if d == "in")
    if first is None:
        return Share(False, bool(inside_zones), False, (), inside_zones, None, None, False)
    group: tuple[str, str, str | None] | None = None
    registered = False
    if isinstance(key, str):
        p = people.refs.get(key)
        if p is not None and p.merged_into is None:
            group = (p.category_id, p.country, p.delegation_id)
            registered = p.status == REGISTERED
    return Share(
        arrived=True,
        inside=bool(inside_zones),
        pending=isinstance(key, int),
        zones=tuple(zones),
        inside_zones=inside_zones,
        # local: the chart's bars are the event's quarter hours
        bucket=bucket_start(first.at.astimezone(tz)),
        group=group,
        registered=registered,
    )


def _resolve(people: People, raw: Raw) -> TrailKey | None:
    if isinstance(raw, str):
        return people.resolve(raw, None)
    return people.resolve(None, raw)


def raw_of(fact: Fact) -> Raw:
    return fact.participant_id if fact.participant_id is not None else fact.badge_id


class Tally:
    """The counts of the facts with ``start <= at < end`` (all facts without bounds).

    Not thread-safe: the report service updates and reads it under its lock.
    """

    def __init__(self, tz: ZoneInfo, start: datetime | None, end: datetime | None) -> None:
        self.tz, self.start, self.end = tz, start, end
        self._clear()

    def _clear(self) -> None:
        #: Changes whenever a count may have changed (what is shown from it can be kept).
        self.version = getattr(self, "version", 0) + 1
        self.generation = -1
        self.seen = 0
        self.people_version = -1
        # the facts, and whom they count for
        self.facts_by_raw: dict[Raw, list[Fact]] = {}
        self.fact_by_id: dict[str, Fact] = {}
        self.key_of: dict[Raw, TrailKey | None] = {}
        #: Raw names that count for another key (badge-only facts, merged people).
        self.extra: dict[TrailKey, set[Raw]] = {}
        self.undone: set[str] = set()
        #: Everyone with a trail, and what it adds to the counts.
        self.shares: dict[TrailKey, Share] = {}
        # the sums of the shares
        self.arrived = 0
        self.arrived_registered = 0
        self.inside = 0
        self.pending = 0
        self.by_category: Counter[str] = Counter()
        self.by_country: Counter[str] = Counter()
        self.by_delegation: Counter[str | None] = Counter()
        self.zone_people: Counter[str] = Counter()
        self.zone_inside: Counter[str] = Counter()
        self.buckets: Counter[datetime] = Counter()
        # per fact
        self.zone_admissions: Counter[str] = Counter()
        self.zone_rejections: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.reason_first: dict[str, tuple[datetime, str]] = {}
        self.flagged = 0
        self.undone_facts = 0

    @property
    def fresh(self) -> bool:
        return self.generation < 0

    def rejections_by_reason(self) -> dict[str, int]:
        """Rejections per reason, most first; ties in the order the reasons first occurred."""
        first = self.reason_first
        return dict(sorted(self.reasons.items(), key=lambda kv: (-kv[1], first[kv[0]])))

    def arrived_keys(self) -> list[TrailKey]:
        return [k for k, s in self.shares.items() if s.arrived]

    # -- updating --------------------------------------------------------------------------
    def update(self, view: FactView, people: People, delta: PeopleDelta | None) -> None:
        """Take in the facts read since the last update and the people changed since."""
        if view.generation != self.generation or (delta is None and not self.fresh):
            self._clear()
        fresh = self.fresh
        self.generation = view.generation
        dirty: set[TrailKey | None] = set()
        if not fresh and people.version != self.people_version:
            assert delta is not None
            raws = self.key_of if delta.moved is None else delta.moved & self.key_of.keys()
            for raw in list(raws):
                key = _resolve(people, raw)
                if key != self.key_of[raw]:
                    dirty.add(self.key_of[raw])
                    dirty.add(key)
                    self._move(raw, key)
            dirty.update(k for k in delta.ids if k in self.shares)
        self.people_version = people.version

        new = view.since(self.seen)
        for f in new:  # undos first: a fact and its undo may come in the same batch
            target_id = f.refers_to
            if f.result != UNDONE or target_id is None or target_id in self.undone:
                continue
            self.undone.add(target_id)
            target = self.fact_by_id.get(target_id)
            if target is not None:
                if target.result == ADMITTED and target.direction == "in":
                    add_count(self.zone_admissions, target.zone, -1)
                dirty.add(self.key_of[raw_of(target)])
        start, end = self.start, self.end
        if start is not None and end is not None:
            new = [f for f in new if start <= f.at < end]
        dirty.update(self._take(new, people))
        self.seen = view.size

        for key in dirty:
            if key is not None:
                self._recount(key, people)
        if new or dirty or fresh:
            self.version += 1

    def _take(self, facts: Sequence[Fact], people: People) -> set[TrailKey | None]:
        """Add facts of the period; the keys they count for."""
        by_raw = self.facts_by_raw
        by_id = self.fact_by_id
        undone = self.undone
        touched: set[Raw] = set()
        for f in facts:
            by_id[f.id] = f
            raw = f.participant_id if f.participant_id is not None else f.badge_id
            mine = by_raw.get(raw)
            if mine is None:
                by_raw[raw] = [f]
                self.key_of[raw] = raw  # then placed by _move
                self._move(raw, _resolve(people, raw))
            else:
                mine.append(f)
                touched.add(raw)
            result = f.result
            if f.flagged:
                self.flagged += 1
            if result == UNDONE:
                self.undone_facts += 1
            elif result == REJECTED:
                reason = f.reason or "unknown"
                self.reasons[reason] += 1
                first = self.reason_first.get(reason)
                if first is None or sort_key(f) < first:
                    self.reason_first[reason] = sort_key(f)
                self.zone_rejections[f.zone] += 1
            elif result == ADMITTED and f.direction == "in" and f.id not in undone:
                self.zone_admissions[f.zone] += 1
        for raw in touched:  # nearly always in order already (a late fact is not)
            by_raw[raw].sort(key=sort_key)
        key_of = self.key_of
        return {
            key_of[f.participant_id if f.participant_id is not None else f.badge_id] for f in facts
        }

    def _move(self, raw: Raw, key: TrailKey | None) -> None:
        """Let the facts named ``raw`` count for ``key``."""
        old = self.key_of[raw]
        if old != raw and old is not None:
            others = self.extra.get(old)
            if others is not None:
                others.discard(raw)
                if not others:
                    del self.extra[old]
        self.key_of[raw] = key
        if key != raw and key is not None:
            self.extra.setdefault(key, set()).add(raw)

    def _facts_of(self, key: TrailKey) -> list[Fact]:
        own = self.facts_by_raw.get(key) if self.key_of.get(key, _NOWHERE) == key else None
        others = self.extra.get(key)
        if not others:
            return own or []
        lists = [self.facts_by_raw[r] for r in others]
        if own:
            lists.append(own)
        return sorted(chain.from_iterable(lists), key=sort_key)

    def _recount(self, key: TrailKey, people: People) -> None:
        old = self.shares.pop(key, None)
        if old is not None:
            self._count(old, -1)
        share = share_of(key, self._facts_of(key), self.tz, self.undone, people)
        if share is not None:
            self.shares[key] = share
            self._count(share, +1)

    def trails(self) -> dict[TrailKey, Trail]:
        """Everyone's trail (for the attendance list): worked out when asked for."""
        tz, undone = self.tz, self.undone
        out: dict[TrailKey, Trail] = {}
        for key in self.shares:
            trail = trail_of(self._facts_of(key), tz, undone)
            if trail is not None:
                out[key] = trail
        return out

    def _count(self, share: Share, sign: int) -> None:
        """Add a share to the sums (``sign`` 1) or take it off (-1, dropping zero counts)."""
        if sign < 0:
            self._uncount(share)
            return
        if share.arrived:
            self.arrived += 1
            if share.bucket is not None:
                self.buckets[share.bucket] += 1
            if share.pending:
                self.pending += 1
            if share.group is not None:
                cat, country, delegation = share.group
                self.by_category[cat] += 1
                self.by_country[country] += 1
                self.by_delegation[delegation] += 1
                if share.registered:
                    self.arrived_registered += 1
        if share.inside:
            self.inside += 1
            for z in share.inside_zones:
                self.zone_inside[z] += 1
        for z in share.zones:
            self.zone_people[z] += 1

    def _uncount(self, share: Share) -> None:
        if share.arrived:
            self.arrived -= 1
            add_count(self.buckets, share.bucket, -1)
            if share.pending:
                self.pending -= 1
            if share.group is not None:
                cat, country, delegation = share.group
                add_count(self.by_category, cat, -1)
                add_count(self.by_country, country, -1)
                add_count(self.by_delegation, delegation, -1)
                if share.registered:
                    self.arrived_registered -= 1
        if share.inside:
            self.inside -= 1
            for z in share.inside_zones:
                add_count(self.zone_inside, z, -1)
        for z in share.zones:
            add_count(self.zone_people, z, -1)
