"""The Sync page shows recent rounds and the conflicts a desk must resolve."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.db.models import utcnow
from desktop.services import setup
from desktop.services.forum import Forum
from desktop.sync.client import CONFLICT_PREFIX, META_ROUNDS, SyncRound
from ui.app import create_context, make_application
from ui.settings import DeskSettings


def test_page_lists_rounds_and_conflicts_and_dismisses(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_application()
    forum = Forum.open(tmp_path / "desk.db")
    forum.ensure_event("Test")
    conflict = {
        "id": "c1",
        "entity": "meeting",
        "entity_id": "m1",
        "op": "book",
        "kind": "conflict",
        "code": "slot_taken",
        "message": "the table is already booked",
        "at": utcnow().isoformat(),
        "suggestion": {"start": "2026-06-03T09:30:00+00:00", "end": "2026-06-03T10:00:00+00:00"},
        "data": {},
    }
    with forum.session() as s:
        setup.set_meta(s, CONFLICT_PREFIX + "c1", json.dumps(conflict))
        setup.set_meta(
            s,
            META_ROUNDS,
            json.dumps([SyncRound(started=utcnow(), ok=True, pushed=3, pulled=7).to_json()]),
        )
    ctx = create_context(
        forum, DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
    from ui.pages.sync import SyncPage

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(
        lambda: page.conflicts.rowCount() == 1 and page.rounds.rowCount() == 1, timeout=5000
    )
    assert "already booked" in page.conflicts.item(0, 1).text()
    assert page.conflicts.item(0, 2).text().startswith("2026-06-03 09:30")
    assert page.rounds.item(0, 2).text() == "3"
    assert "not connected" in page.server_label.text()
    page.conflicts.selectRow(0)
    page.dismiss.click()
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=5000)
    assert forum.sync.conflicts() == []
    ctx.runner.wait()
    forum.close()
