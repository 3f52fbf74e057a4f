"""The Sync page shows recent rounds and the conflicts a desk must resolve."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings

from desktop.db import setup
from desktop.db.models import utcnow
from desktop.desk import Forum
from desktop.sync.client import CONFLICT_PREFIX, META_ROUNDS, SyncRound
from ui.app import create_context, make_application
from ui.settings import DeskSettings

ENGLISH = QLocale("en_GB")


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    """Month names as an English desk shows them, whatever ran before."""
    before = QLocale()
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(before)


def test_page_lists_rounds_and_conflicts_and_dismisses(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_application()
    forum = Forum.open(tmp_path / "desk.db")
    forum.ensure_event("Test", timezone="Europe/Moscow")
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
    round_started = utcnow()
    with forum.session() as s:
        setup.set_meta(s, CONFLICT_PREFIX + "c1", json.dumps(conflict))
        setup.set_meta(
            s,
            META_ROUNDS,
            json.dumps([SyncRound(started=round_started, ok=True, pushed=3, pulled=7).to_json()]),
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
    # The suggested slot (09:30 UTC) in the event's time, Moscow's, as the Meetings grid has it.
    assert page.conflicts.item(0, 2).text() == "3 Jun 12:30"
    # The round too, on the forum's clock (not this laptop's), its zone in the header.
    started = round_started.astimezone(ZoneInfo("Europe/Moscow"))
    day = ENGLISH.toString(QDate(started.year, started.month, started.day), "d MMM")
    assert page.rounds.item(0, 0).text() == f"{day} {started:%H:%M:%S}"
    assert page.rounds.horizontalHeaderItem(0).text() == "Started (MSK)"
    assert page.conflicts.horizontalHeaderItem(2).text() == "Suggested slot (MSK)"
    assert page.rounds.item(0, 2).text() == "3"
    assert "not connected" in page.server_label.text()
    page.conflicts.selectRow(0)
    page.dismiss.click()
    qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0, timeout=5000)
    assert forum.sync.conflicts() == []
    ctx.runner.wait()
    forum.close()


def test_page_shows_received_changes_set_aside(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.sync import aside
    from desktop.sync.protocol import SetAside

    make_application()
    forum = Forum.open(tmp_path / "desk.db")
    forum.ensure_event("Test")
    ctx = create_context(
        forum, DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
    from ui.pages.sync import SyncPage

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    ctx.runner.wait()
    qtbot.waitUntil(lambda: page.rounds.rowCount() == 0, timeout=5000)
    assert page.set_aside_box.isHidden()  # nothing set aside: nothing shown
    with forum.session() as s:
        aside.keep(
            s,
            [
                SetAside.of(
                    {
                        "seq": 41,
                        "id": "c-1",
                        "entity": "checkin",
                        "entity_id": "e-1",
                        "op": "create",
                    },
                    "data.badge_id: Input should be less than or equal to 9223372036854775807",
                ),
                SetAside.of(
                    {"seq": 42, "id": "c-2", "entity": "meeting", "entity_id": "m-1", "op": "book"},
                    "data.start: Input should be a valid datetime",
                ),
            ],
        )
    page.refresh()
    qtbot.waitUntil(lambda: page.set_aside.rowCount() == 2, timeout=5000)
    assert page.set_aside_box.isVisible()
    # Newest first: what, why (naming the field), when.
    assert page.set_aside.item(0, 0).text() == "meeting book"
    assert page.set_aside.item(0, 1).text().startswith("data.start: ")
    assert page.set_aside.item(1, 0).text() == "checkin create"
    assert "data.badge_id" in page.set_aside.item(1, 1).text()
    assert page.set_aside.item(1, 2).text()
    assert "41" in page.set_aside.item(1, 0).toolTip()
    page.grab().save(str(tmp_path / "sync-page.png"))
    ctx.runner.wait()
    forum.close()
