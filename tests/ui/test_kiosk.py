"""Kiosk mode: a delegate scans their badge; only a supervisor with the PIN leaves."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.ui.test_checkin_page import make_forum, shoot
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


@pytest.fixture()
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    forum = make_forum(tmp_path / "kiosk.db")
    settings = DeskSettings(QSettings(str(tmp_path / "kiosk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    forum.supervisor.set("2468")
    settings.zone = "main"
    context = AppContext(forum, settings, BackgroundRunner(), AppSignals(), kiosk=True)
    yield context
    forum.checkin.close()
    forum.close()


def test_kiosk_self_check_in_and_pin_protected_exit(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.kiosk import open_kiosk

    kiosk = open_kiosk(ctx)
    qtbot.addWidget(kiosk)
    qtbot.waitExposed(kiosk)
    assert kiosk.isFullScreen()
    assert kiosk.state == "welcome" and "scan your badge" in kiosk.name_label.text()
    kiosk.showNormal()  # a laptop-sized screen for the pictures
    kiosk.resize(1280, 800)
    shoot(kiosk, "kiosk-welcome")

    qtbot.keyClicks(kiosk.field, ctx.forum.checkin.qr_for("KZN-001"))
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)
    assert kiosk.state == "admitted"
    assert kiosk.name_label.text() == "Ильсур Метшин"
    assert kiosk.latin_label.text() == "Ilsur Metshin"
    assert ctx.forum.checkin.recent(1)[0].method == "kiosk"
    shoot(kiosk, "kiosk-admitted")

    qtbot.keyClicks(kiosk.field, ctx.forum.checkin.qr_for("KZN-001"))
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)
    assert kiosk.state == "already_in" and "already checked in" in kiosk.headline.text()

    qtbot.keyClicks(kiosk.field, "NOT-A-BADGE")
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)
    assert kiosk.state == "rejected"
    assert "registration desk" in kiosk.headline.text()
    shoot(kiosk, "kiosk-rejected")
    kiosk.back_timer.timeout.emit()
    assert kiosk.state == "welcome"

    # Closing without the PIN is refused; a wrong PIN keeps the kiosk open.
    kiosk.close()
    assert kiosk.isVisible()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    dialog.pin.setText("0000")
    dialog.accept()
    assert kiosk.isVisible() and "Wrong PIN" in dialog.error.text()
    dialog.pin.setText("2468")
    dialog.accept()
    assert not kiosk.isVisible()


def test_escape_asks_for_the_pin(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.kiosk import KioskWindow

    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Escape)
    assert kiosk.pin_dialog is not None and kiosk.pin_dialog.isVisible()
    kiosk.pin_dialog.reject()
    assert kiosk.pin_dialog is None and kiosk.isVisible()
