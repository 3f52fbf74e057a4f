"""The status bar's sync indicator against a real local server: offline, then online."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.desk import Forum
from tests.e2e.test_sync_support import PEOPLE_CSV, ServerProcess, record_checkin
from ui.app import create_context, make_application
from ui.settings import DeskSettings
from ui.widgets.sync_status import BackgroundSync, SyncStatusWidget, SyncView

SHOTS = Path(os.environ.get("FORUMDESK_SHOTS", "")) if os.environ.get("FORUMDESK_SHOTS") else None


def _shot(widget: SyncStatusWidget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.adjustSize()
        widget.grab().save(str(SHOTS / f"sync_status_{name}.png"))


def _participants(database: str) -> list[str]:
    """The ids of the participants a server holds (the server checks what a check-in names)."""
    from sqlalchemy import select

    from desktop.db.models import Participant
    from server.db import open_server_database

    db = open_server_database(database)
    try:
        with db.sessions() as s:
            return sorted(str(pid) for pid in s.scalars(select(Participant.id)))
    finally:
        db.close()


@pytest.mark.slow
def test_status_goes_offline_then_online(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_application()
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}")
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE_CSV, encoding="utf-8")
    server.admin("event", "import", str(people))
    first, second = _participants(server.database)[:2]
    server.start()
    forum = Forum.open(tmp_path / "desk.db")
    try:
        forum.sync.enroll(server.url, server.code("desk"), "Desk GUI")
        server.stop()
        from PySide6.QtCore import QSettings

        settings = DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        ctx = create_context(forum, settings)
        background = BackgroundSync.of(ctx)
        background.backoff_start_ms = background.backoff_max_ms = 200
        background.online_interval_ms = 200
        widget = SyncStatusWidget(ctx)
        qtbot.addWidget(widget)
        widget.show()
        changed: list[str] = []
        ctx.signals.checkins_changed.connect(lambda: changed.append("checkins"))

        qtbot.waitUntil(lambda: widget.text().startswith("Offline"), timeout=15000)
        record_checkin(forum, first)
        qtbot.waitUntil(lambda: "1 change(s) waiting" in widget.text(), timeout=10000)
        _shot(widget, "offline")

        widget.show_view(SyncView("syncing", background.view.status))
        assert widget.text().startswith("Syncing")
        _shot(widget, "syncing")

        server.start()
        qtbot.waitUntil(lambda: widget.text().startswith("Online"), timeout=20000)
        qtbot.waitUntil(lambda: "0 change(s) waiting" in widget.text(), timeout=10000)
        assert "last sync —" not in widget.text()
        _shot(widget, "online")

        # Another desk's check-in arrives: the check-in views are told to refresh.
        other = Forum.open(tmp_path / "other.db")
        other.sync.enroll(server.url, server.code("desk"), "Desk 2")
        record_checkin(other, second)
        other.sync.sync_once()
        qtbot.waitUntil(lambda: "checkins" in changed, timeout=10000)
        background.stop()
        ctx.runner.wait()
        other.close()
    finally:
        server.stop()
        forum.close()


def test_a_desk_without_enrollment_says_so_from_the_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_application()
    forum = Forum.open(tmp_path / "desk.db")
    try:
        from PySide6.QtCore import QSettings

        settings = DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        ctx = create_context(forum, settings)
        widget = SyncStatusWidget(ctx)
        qtbot.addWidget(widget)
        widget.show()
        seen = [widget.text()]
        widget.background.view_changed.connect(lambda _v: seen.append(widget.text()))
        assert widget.text().startswith("Not connected to a server")
        qtbot.wait(1500)  # the first round has run and failed by now
        assert all(text.startswith("Not connected to a server") for text in seen), seen
        widget.background.stop()
        ctx.runner.wait()
    finally:
        forum.close()


def test_long_status_shortens_with_an_ellipsis_instead_of_being_cut(qtbot, forum) -> None:  # type: ignore[no-untyped-def]
    """A narrow status bar shows "…" and keeps the whole text in the tooltip."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QMainWindow

    from desktop.sync.client import SyncStatus

    make_application()
    ctx = create_context(forum)
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = SyncStatusWidget(ctx, start=False)
    window.statusBar().addPermanentWidget(widget)
    window.resize(420, 200)
    window.show()
    status = SyncStatus(True, 12_345, datetime.now(UTC), "server refused the connection")
    widget.show_view(SyncView("offline", status, "the server at https://forum.example.org refused"))
    qtbot.waitUntil(lambda: widget.label.shown_text().endswith("…"), timeout=3000)
    assert widget.text().startswith("Offline · ")
    assert "waiting" in widget.text()
    assert widget.label.toolTip() == widget.text()
    # The whole indicator stays inside the window: nothing is cut at the right edge.
    right = widget.mapTo(window, widget.rect().topRight()).x()
    assert right <= window.width()
