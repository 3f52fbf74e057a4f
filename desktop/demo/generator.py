"""A realistic demo forum: delegations of cities from 30+ countries, names in their own scripts.

Deterministic for a seed (only the event's dates follow today's date, so the demo badges
are valid today). Rows are bulk-inserted, so 100,000 participants take seconds.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update

from desktop.db import setup
from desktop.db.handle import ForumDb
from desktop.db.models import (
    Category,
    Delegation,
    Interpreter,
    MeetingRequest,
    MeetingSlot,
    MeetingTable,
    Participant,
    Unavailability,
    utcnow,
)
from desktop.demo.names import INTERPRETERS, MEDIA_OUTLETS, POOLS, TITLES, CountryPool, Pair
from desktop.text.keys import make_search_key
from desktop.text.names import full_name, latin_full_name, latin_part
from desktop.text.translit import needs_transliteration

log = logging.getLogger(__name__)

EVENT_NAME = "International Municipal BRICS Forum"
VENUE = "Kazan Expo, Kazan"
TIMEZONE = "Europe/Moscow"
SLOTS_PER_DAY = 16
SLOT_MINUTES = 30
TABLES = 20
ROOMS = 4

# How a delegation is made up, by share of its members (the head is added separately).
_MIX = (
    ("delegate", 70),
    ("speaker", 5),
    ("media", 8),
    ("interpreter", 4),
    ("vip", 3),
    ("guest", 10),
)


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    delegations: int
    countries: int
    meeting_requests: int
    seed: int

    def text(self) -> str:
        return (
            f"Demo forum written: {self.participants:,} participants in {self.delegations} "
            f"delegations from {self.countries} countries, {self.meeting_requests} meeting "
            f"requests (seed {self.seed})."
        )


class _Latin:
    """Latin forms of pool names, transliterated once each."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, bool]] = {}

    def __call__(self, pair: Pair) -> tuple[str, bool]:
        native, latin = pair
        if latin:
            return latin, False
        found = self._cache.get(native)
        if found is None:
            found = (latin_part(native), True) if needs_transliteration(native) else (native, False)
            self._cache[native] = found
        return found


def generate_demo(
    forum: ForumDb,
    participants: int = 2000,
    seed: int = 2026,
    *,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
) -> DemoSummary:
    """Write a demo forum into an empty database."""
    if participants < 1:
        raise ValueError("the demo needs at least one participant")
    rng = random.Random(seed)
    start = today or datetime.now(UTC).date()
    latin = _Latin()
    with forum.session() as s:
        if setup.current_event(s) is not None:
            raise ValueError("this database already holds an event; use a new file for the demo")
        event = setup.create_event(
            s,
            f"{EVENT_NAME} {start.year}",
            venue=VENUE,
            timezone=TIMEZONE,
            start_date=start,
            end_date=start + timedelta(days=1),
        )
        # UUIDs from the seeded generator keep the demo reproducible.
        event_id = event.id
        categories = {
            c.code: c.id for c in s.scalars(select(Category).where(Category.event_id == event_id))
        }

        cities = [(pool, city) for pool in POOLS for city in pool.cities]
        rng.shuffle(cities)
        # Delegations of about 25 people, never fewer than 10 or more than the cities we have.
        wanted = max(1, min(len(cities), participants // 25 or 1))
        if participants >= 250:
            wanted = max(wanted, min(len(cities), 30))
        chosen = sorted(cities[:wanted], key=lambda pc: (pc[0].country, pc[1][1] or pc[1][0]))
        delegations: list[tuple[uuid.UUID, str, CountryPool]] = []
        rows_delegations = []
        for pool, city in chosen:
            name = latin(city)[0]
            did = uuid.UUID(int=rng.getrandbits(128), version=4)
            delegations.append((did, name, pool))
            rows_delegations.append(
                {
                    "id": did,
                    "event_id": event_id,
                    "name": name,
                    "country": pool.country,
                    "languages": _delegation_languages(rng, pool),
                    "updated_at": utcnow(),
                }
            )
        committee_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        rows_delegations.append(
            {
                "id": committee_id,
                "event_id": event_id,
                "name": "Forum Organising Committee",
                "country": "RU",
                "languages": ["ru", "en"],
                "updated_at": utcnow(),
            }
        )
        s.execute(insert(Delegation), rows_delegations)
        host = next(p for p in POOLS if p.country == "RU")

        rows: list[dict[str, Any]] = []
        heads: dict[uuid.UUID, uuid.UUID] = {}
        organisers = max(1, participants // 200)
        now = utcnow()
        for index in range(participants):
            if index < organisers * 3 and participants > 20:
                category = ("organiser", "staff", "security")[index % 3]
                did, dname, pool = committee_id, "Forum Organising Committee", host
                organisation = dname
            else:
                slot = index % len(delegations)
                did, dname, pool = delegations[slot]
                category = "head" if did not in heads else _pick(rng, _MIX)
                organisation = _organisation(rng, category, dname)
            given = rng.choice(pool.given)
            family = _gendered(pool, *rng.choice(pool.family), given)
            given_l, gen1 = latin(given)
            family_l, gen2 = latin(family)
            pid = uuid.UUID(int=rng.getrandbits(128), version=4)
            if category == "head":
                heads[did] = pid
            native_full = full_name(given[0], family[0], pool.country)
            latin_full = latin_full_name(given_l, family_l, pool.country)
            code = f"{pool.country}{index + 1:06d}"
            rows.append(
                {
                    "id": pid,
                    "event_id": event_id,
                    "registration_code": code,
                    "badge_id": rng.getrandbits(63) or 1,
                    "badge_version": 1,
                    "given_name": given[0],
                    "family_name": family[0],
                    "given_name_latin": given_l,
                    "family_name_latin": family_l,
                    "latin_generated": gen1 or gen2,
                    "title": rng.choice(TITLES[category]),
                    "organisation": organisation,
                    "delegation_id": did,
                    "country": pool.country,
                    "category_id": categories[category],
                    "email": f"{code.lower()}@example.org",
                    "phone": "",
                    "languages": [pool.language] + (["en"] if rng.random() < 0.6 else []),
                    "zones": None,
                    "notes": "",
                    "status": "cancelled" if rng.random() < 0.01 else "registered",
                    "search_key": make_search_key(
                        [native_full, latin_full, code, dname, organisation]
                    ),
                    "import_hash": "",
                    "field_clocks": {},
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if len(rows) >= 5000:
                s.execute(insert(Participant), rows)
                rows.clear()
                if progress:
                    progress(0.9 * (index + 1) / participants)
        if rows:
            s.execute(insert(Participant), rows)
        for did, pid in heads.items():
            s.execute(
                update(Delegation).where(Delegation.id == did).values(head_participant_id=pid)
            )
        requests = _meetings(s, rng, event_id, start, delegations)
    if progress:
        progress(1.0)
    summary = DemoSummary(
        participants=participants,
        delegations=len(delegations),
        countries=len({pool.country for _, _, pool in delegations}),
        meeting_requests=requests,
        seed=seed,
    )
    log.info(summary.text())
    return summary


_FEMININE_RU = frozenset(
    ["Ольга", "Наталья", "Екатерина", "Мария", "Гульнара", "Юлия", "Лилия", "Ксения"]
)


def _gendered(pool: CountryPool, family: str, family_latin: str, given: Pair) -> Pair:
    """Russian and Tatar family names take the feminine form for women (Метшина)."""
    if (
        pool.country == "RU"
        and given[0] in _FEMININE_RU
        and family.endswith(("ов", "ев", "ёв", "ин"))
    ):
        return family + "а", (family_latin + "a") if family_latin else ""
    return family, family_latin


_RUSSIAN_SPEAKING = frozenset({"RU", "BY", "KZ", "UZ", "TJ", "MN", "RS"})


def _delegation_languages(rng: random.Random, pool: CountryPool) -> list[str]:
    """The languages a delegation can hold talks in: its own, often English or Russian."""
    languages = [pool.language]
    if pool.country in _RUSSIAN_SPEAKING and pool.language != "ru":
        languages.append("ru")
    if pool.language != "en" and rng.random() < 0.75:
        languages.append("en")
    return languages


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c for c, _ in weighted], weights=[w for _, w in weighted])[0]


def _organisation(rng: random.Random, category: str, city: str) -> str:
    if category == "media":
        return rng.choice(MEDIA_OUTLETS)
    if category in ("vip", "speaker") and rng.random() < 0.5:
        return rng.choice(
            ("Ministry of Foreign Affairs", "Union of Cities", "BRICS Business Council")
        )
    town = city.removesuffix(" City")
    return rng.choice(
        (f"{town} City Administration", f"Municipality of {city}", f"{town} City Council")
    )


def _meetings(
    s: Any,
    rng: random.Random,
    event_id: uuid.UUID,
    start: date,
    delegations: list[tuple[uuid.UUID, str, CountryPool]],
) -> int:
    """Meeting tables, rooms, slots, interpreters, unavailabilities and requests."""
    zone = ZoneInfo(TIMEZONE)
    tables = [
        {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "event_id": event_id,
            "name": f"Table {n + 1}",
            "kind": "table",
            "capacity": 8,
            "sort": n,
        }
        for n in range(TABLES)
    ] + [
        {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "event_id": event_id,
            "name": f"Room {chr(65 + n)}",
            "kind": "room",
            "capacity": 20,
            "sort": TABLES + n,
        }
        for n in range(ROOMS)
    ]
    s.execute(insert(MeetingTable), tables)
    slots: list[dict[str, Any]] = []
    for day in range(2):
        first = datetime.combine(start + timedelta(days=day), time(9, 0), zone)
        for n in range(SLOTS_PER_DAY):
            begin = first + timedelta(minutes=SLOT_MINUTES * n + (60 if n >= 8 else 0))
            slots.append(
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "event_id": event_id,
                    "start": begin.astimezone(UTC),
                    "end": (begin + timedelta(minutes=SLOT_MINUTES)).astimezone(UTC),
                }
            )
    s.execute(insert(MeetingSlot), slots)
    s.execute(
        insert(Interpreter),
        [
            {
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "event_id": event_id,
                "name": name,
                "languages": list(langs),
            }
            for name, langs in INTERPRETERS
        ],
    )
    unavailable = []
    for did, _name, _pool in delegations:
        if rng.random() < 0.15:
            slot = rng.choice(slots)
            unavailable.append(
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "delegation_id": did,
                    "start": slot["start"],
                    "end": slot["start"] + timedelta(hours=2),
                    "reason": "Plenary session speech",
                }
            )
    if unavailable:
        s.execute(insert(Unavailability), unavailable)
    requests = []
    pairs: set[frozenset[uuid.UUID]] = set()
    for did, _name, pool in delegations:
        for _ in range(rng.randint(1, 4)):
            other = rng.choice(delegations)
            pair = frozenset((did, other[0]))
            if other[0] == did or pair in pairs:
                continue
            pairs.add(pair)
            langs = sorted({pool.language, other[2].language})
            requests.append(
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "event_id": event_id,
                    "requester_id": did,
                    "partner_id": other[0],
                    "priority": rng.choice((1, 1, 2, 3)),
                    "purpose": _pick(rng, (("talks", 70), ("agreement", 20), ("twinning", 10))),
                    "languages": langs if len(langs) > 1 else [],
                    "status": "requested",
                    "created_at": utcnow(),
                }
            )
    if requests:
        s.execute(insert(MeetingRequest), requests)
    return len(requests)
