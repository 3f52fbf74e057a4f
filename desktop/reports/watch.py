"""The watch list: heads of delegation and VIPs not admitted yet, kept between refreshes.

Who belongs on the list (a watched category, or the head of a delegation) changes only with
the people or the small tables; whether they arrived changes with every check-in. So the
list's people and their order are kept, and after people edits only the edited people are
looked at again (everyone when categories or delegations changed); the arrived are taken
off by the period's counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.countries import country_name
from desktop.reports.model import WatchEntry
from desktop.reports.people import REGISTERED, PeopleCache, Ref
from desktop.reports.snapshot import Period, Person, uuid_text
from desktop.reports.tally import Tally

log = logging.getLogger(__name__)

#: People with names by id (from the names the service keeps between calls).
Names = Callable[[Iterable[str]], Mapping[str, Person]]
Place = tuple[Any, ...]


@dataclass(frozen=True)
class WatchRows:
    """The watch list's people, arrived or not: by id, and in the list's order."""

    source: tuple[Any, ...]
    version: int
    rows: dict[str, tuple[Place, WatchEntry]]
    entries: list[tuple[str, WatchEntry]]


def by_place(item: tuple[str, tuple[Place, WatchEntry]]) -> Place:
    return item[1][0]


class WatchList:
    """The watch list of one report service; call with the service's lock held."""

    def __init__(self) -> None:
        self._rows: WatchRows | None = None
        self._waiting: tuple[list[Any], Tally, int, list[WatchEntry]] | None = None

    def forget(self) -> None:
        """Start over (another event's people)."""
        self._rows = None

    def waiting(self, snap: Period, cache: PeopleCache, names: Names) -> list[WatchEntry]:
        """Who is on the list and not admitted in the period."""
        entries, tally = self._entries(snap, cache, names), snap.tally
        kept = self._waiting
        if (
            kept is not None
            and kept[0] is entries
            and kept[1] is tally
            and kept[2] == tally.version
        ):
            return list(kept[3])
        shares = tally.shares
        waiting = [
            entry
            for pid, entry in entries
            if (share := shares.get(pid)) is None or not share.arrived
        ]
        self._waiting = (entries, tally, tally.version, waiting)
        return list(waiting)

    def _entries(
        self, snap: Period, cache: PeopleCache, names: Names
    ) -> list[tuple[str, WatchEntry]]:
        """Everyone who belongs on the watch list, in its order, arrived or not."""
        read = snap.read
        people = read.people
        kept = self._rows
        delta = None
        if kept is not None and kept.source == read.watch_source:
            if kept.version == people.version:
                return kept.entries
            delta = cache.changes_since(kept.version)
        if kept is None or delta is None or kept.source != read.watch_source:
            watched = {k for k, c in read.categories.items() if c.watch}
            heads = read.heads
            ids: Iterable[str] = [
                r.id
                for r in people.refs.values()
                if (r.category_id in watched or r.id in heads)
                and r.merged_into is None
                and r.status == REGISTERED
            ]
            rows: dict[str, tuple[Place, WatchEntry]] = {}
        else:
            ids, rows = delta.ids, dict(kept.rows)
            for pid in ids:
                rows.pop(pid, None)
        refs = people.refs
        wanted = [pid for pid in ids if pid in refs]
        named = names(wanted)
        for pid in wanted:
            row = _row(snap, refs[pid], named.get(pid))
            if row is not None:
                rows[pid] = row
        entries = [(pid, entry) for pid, (_, entry) in sorted(rows.items(), key=by_place)]
        self._rows = WatchRows(read.watch_source, people.version, rows, entries)
        return entries


def _row(snap: Period, ref: Ref, p: Person | None) -> tuple[Place, WatchEntry] | None:
    """A person's watch-list entry and place (None: not on the list)."""
    read = snap.read
    cat = read.categories.get(ref.category_id)
    if p is None or cat is None or not ref.counted or not (cat.watch or p.id in read.heads):
        return None
    delegation, _ = snap.delegation(p.delegation_id)
    entry = WatchEntry(
        participant_id=uuid_text(p.id),
        registration_code=p.code,
        native_name=p.native,
        latin_name=p.latin,
        title=p.title,
        delegation=delegation,
        country=p.country,
        country_name=country_name(p.country),
        category_code=cat.code,
        category_name=cat.name,
        category_colour=cat.colour,
    )
    place = (
        cat.sort,
        entry.country_name.casefold(),
        delegation.casefold(),
        (p.latin or p.native).casefold(),
        ref.rowid,  # people who tie keep the table's order
    )
    return place, entry
