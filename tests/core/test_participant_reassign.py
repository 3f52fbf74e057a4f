"""A walk-in registered under the wrong category or delegation is put right later: the
edit goes through the participant service, is audited and reaches other desks by sync."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from desktop.db.models import ChangeLog
from desktop.desk import Forum
from desktop.errors import InvalidInput
from desktop.services.participants import WalkIn
from desktop.sync import protocol as p
from desktop.sync.apply import PageApplier


@pytest.fixture
def other_desk(demo_db: Path, tmp_path: Path) -> Iterator[Forum]:
    target = tmp_path / "other.db"
    shutil.copy(demo_db, target)
    f = Forum.open(target)
    yield f
    f.close()


def _changes_since(forum: Forum, seq: int) -> list[dict[str, Any]]:
    with forum.session() as s:
        rows = s.scalars(select(ChangeLog).where(ChangeLog.seq > seq).order_by(ChangeLog.seq))
        return [
            {
                "seq": r.seq,
                "id": str(r.id),
                "entity": r.entity,
                "entity_id": r.entity_id,
                "op": r.op,
                "data": r.data,
                "hlc": r.hlc,
                "origin": r.origin,
                "operator": r.operator,
                "at": r.at.isoformat(),
                "desk_id": None,
            }
            for r in rows
        ]


def _last_seq(forum: Forum) -> int:
    with forum.session() as s:
        return int(s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1)) or 0)


def test_category_and_delegation_change_is_audited_and_synced(
    demo_forum: Forum, other_desk: Forum
) -> None:
    desk = demo_forum
    person = desk.participants.register_walk_in(
        WalkIn("Айгуль", "Сафина", delegation="Kazan", country="RU", category="head")
    )
    # The other desk has the walk-in too (as after a sync).
    with other_desk.session() as s:
        page = p.parse_page(
            orjson.dumps({"changes": _changes_since(desk, 0), "next": 1, "more": False})
        )
        PageApplier(s, "").apply_page(page.changes)
    before = _last_seq(desk)

    fixed = desk.participants.update(
        person.registration_code, {"category": "Guest", "delegation": "Kazan City Council"}
    )
    assert (fixed.category_code, fixed.delegation) == ("guest", "Kazan City Council")
    assert "vip" not in fixed.zones  # the zones follow the new category
    assert person.registration_code not in [
        w.registration_code for w in desk.reports.dashboard().watch
    ]

    history = desk.participants.history(person.registration_code)
    last = history[-1]
    assert last.op == "update"
    assert (last.data["category"], last.data["delegation"]) == ("guest", "Kazan City Council")

    changes = _changes_since(desk, before)
    assert [c["entity"] for c in changes] == ["delegation", "participant"]
    with other_desk.session() as s:
        page = p.parse_page(orjson.dumps({"changes": changes, "next": 99, "more": False}))
        PageApplier(s, "").apply_page(page.changes)
    there = other_desk.participants.get(person.registration_code)
    assert (there.category_code, there.delegation) == ("guest", "Kazan City Council")
    assert there.country == "RU"


def test_unknown_category_or_empty_delegation_changes_nothing(demo_forum: Forum) -> None:
    code = demo_forum.participants.summaries()[0].registration_code
    before = demo_forum.participants.get(code)
    with pytest.raises(InvalidInput):
        demo_forum.participants.update(code, {"category": "Astronaut", "title": "x"})
    with pytest.raises(InvalidInput):
        demo_forum.participants.update(code, {"delegation": "  "})
    assert demo_forum.participants.get(code) == before
