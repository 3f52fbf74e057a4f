"""Desk settings as the desk lead changes them in the morning."""

from __future__ import annotations

from ui.app import create_context, make_application
from ui.dialogs.settings import SettingsDialog
from ui.main_window import MainWindow


def test_settings_rename_desk_change_zone_and_operator(qtbot, demo_forum) -> None:  # type: ignore[no-untyped-def]
    make_application()
    ctx = create_context(demo_forum)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.desk_name.clear()
    qtbot.keyClicks(dialog.desk_name, "Entrance A")
    dialog.operator.clear()
    qtbot.keyClicks(dialog.operator, "Anna")
    dialog.zone.setCurrentIndex(dialog.zone.findData("plenary"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("cr80"))
    dialog.save()
    window.refresh_status()
    assert ctx.forum.desk().name == "Entrance A"
    assert ctx.settings.zone == "plenary"
    assert ctx.settings.badge_layout == "cr80"
    assert "Entrance A" in window.desk_label.text()
    assert "Plenary hall" in window.desk_label.text()
    assert "Anna" in window.desk_label.text()
    decision = ctx.forum.checkin.scan(
        ctx.forum.participants.summaries()[3].registration_code, "plenary"
    )
    assert decision.result in ("admitted", "rejected")
    row = ctx.forum.checkin.recent(1)[0]
    assert (row.desk, row.operator) == ("Entrance A", "Anna")
