"""A small meetings forum for the meetings tests: six cities, one day of four slots."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from desktop.db import setup
from desktop.db.models import Delegation, Participant
from desktop.desk import Forum

DAY = date(2026, 6, 2)

CITIES = (
    ("Kazan", "RU", ["ru", "tt"]),
    ("Moscow", "RU", ["ru"]),
    ("Havana", "CU", ["es"]),
    ("Zhengzhou", "CN", ["zh"]),
    ("Tehran", "IR", ["fa"]),
    ("Rio de Janeiro", "BR", ["pt"]),
    ("الإسكندرية", "EG", ["ar"]),
)


def add_delegations(forum: Forum) -> dict[str, str]:
    ids: dict[str, str] = {}
    with forum.session() as s:
        event = setup.current_event(s)
        assert event is not None
        for name, country, langs in CITIES:
            d = Delegation(event_id=event.id, name=name, country=country, languages=langs)
            s.add(d)
            s.flush()
            ids[name] = str(d.id)
        # A head of delegation with a native-script name, for the agenda.
        cat = event.id
        from desktop.db.models import Category

        head_cat = s.query(Category).filter_by(event_id=cat, code="head").one()
        p = Participant(
            event_id=event.id,
            registration_code="CN-1",
            badge_id=12345,
            given_name="伟",
            family_name="王",
            given_name_latin="Wei",
            family_name_latin="Wang",
            country="CN",
            category_id=head_cat.id,
            delegation_id=uuid.UUID(ids["Zhengzhou"]),
        )
        s.add(p)
        s.flush()
        s.get(Delegation, uuid.UUID(ids["Zhengzhou"])).head_participant_id = p.id  # type: ignore[union-attr]
    return ids


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[Forum, dict[str, str]]]:
    """A forum in Moscow time: 7 delegations, 4 slots, 2 tables, 2 interpreters."""
    f = Forum.open(tmp_path / "meetings.db")
    f.ensure_event("Municipal Forum", timezone="Europe/Moscow")
    ids = add_delegations(f)
    m = f.meetings
    ids["slots"] = ",".join(
        m.add_day(DAY, time(9, 0), time(11, 30), 30, [(time(10, 0), time(10, 30))])
    )
    ids["t1"] = m.add_table("Table 1")
    ids["t2"] = m.add_table("Room A", kind="room")
    ids["li"] = m.add_interpreter("Li Na", ["zh", "ru", "en"])
    ids["carla"] = m.add_interpreter("Carla Mendes", ["pt", "es", "en"])
    yield f, ids
    f.close()


def slots(ids: dict[str, str]) -> list[str]:
    return ids["slots"].split(",")
