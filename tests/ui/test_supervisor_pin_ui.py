"""The supervisor PIN as desks meet it: no default, set at first start or in Settings
(never shown), checked by the core for an override and for leaving the kiosk."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from tests.ui.test_checkin_page import make_forum
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


@pytest.fixture()
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    forum = make_forum(tmp_path / "desk.db")  # no supervisor PIN set yet
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    context = AppContext(forum, settings, BackgroundRunner(), AppSignals())
    yield context
    context.runner.wait(5000)
    forum.checkin.close()
    forum.close()


def type_into(qtbot: Any, field: Any, text: str) -> None:
    """Type as the test does, then wait: keys faster than a person are held back up to
    50 ms in case they are a scanner's burst (ui.scanner.BurstCatcher)."""
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: field.text().endswith(text), timeout=2000)


def _checkin_page(qtbot: Any, ctx: AppContext) -> Any:
    from ui.pages.checkin import CheckinPage

    host = QWidget()
    page = CheckinPage(ctx)
    QVBoxLayout(host).addWidget(page)
    qtbot.addWidget(host)
    host.resize(1280, 820)
    host.show()
    qtbot.waitExposed(host)
    page.host = host
    return page


def _rejected_in_vip(qtbot: Any, page: Any, ctx: AppContext) -> None:
    page.zone_box.setCurrentIndex(page.zone_box.findData("vip"))
    qtbot.keyClicks(page.field, ctx.forum.checkin.qr_for("ZZ-002"))
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "rejected" and page.override_button.isEnabled()


def _count(ctx: AppContext) -> int:
    return len(ctx.forum.checkin.recent(100))


def test_no_default_pin_an_override_is_refused_with_how_to_set_one(
    qtbot: Any, ctx: AppContext
) -> None:
    page = _checkin_page(qtbot, ctx)
    _rejected_in_vip(qtbot, page, ctx)
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    dialog = page.override_dialog
    assert "No supervisor PIN is set" in dialog.error.text()
    assert "Settings" in dialog.error.text()
    before = _count(ctx)
    for guess in ("0000", "1234"):
        dialog.pin.setText(guess)
        dialog.reason.setText("Invited by the host mayor")
        dialog.accept()
        assert dialog.isVisible() and "No supervisor PIN is set" in dialog.error.text()
    assert _count(ctx) == before and page.panel.state == "rejected"
    dialog.reject()


def test_a_wrong_pin_is_the_cores_refusal_and_records_nothing(qtbot: Any, ctx: AppContext) -> None:
    ctx.forum.supervisor.set("4321")
    page = _checkin_page(qtbot, ctx)
    _rejected_in_vip(qtbot, page, ctx)
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    dialog = page.override_dialog
    assert dialog.error.text() == ""
    before = _count(ctx)
    type_into(qtbot, dialog.pin, "0000")
    type_into(qtbot, dialog.reason, "Invited by the host mayor")
    dialog.accept()
    assert dialog.isVisible() and "Wrong PIN" in dialog.error.text()
    assert _count(ctx) == before
    dialog.pin.clear()
    type_into(qtbot, dialog.pin, "4321")
    dialog.accept()
    assert page.panel.state == "admitted"
    assert _count(ctx) == before + 1


def test_settings_never_show_the_pin_and_set_it_in_its_own_dialog(
    qtbot: Any, ctx: AppContext
) -> None:
    from ui.dialogs.settings import SettingsDialog

    ctx.settings.set_value("desk/supervisor_pin", "0000")  # an older desk's plain value
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    shown = [e.text() for e in settings.findChildren(QLineEdit)]
    assert "0000" not in shown
    assert not [
        e for e in settings.findChildren(QLineEdit) if e.echoMode() != QLineEdit.EchoMode.Normal
    ]
    assert "not set" in settings.pin_state.text()

    def type_new_pin() -> None:
        dialog = settings.pin_dialog
        type_into(qtbot, dialog.new, "97531")
        type_into(qtbot, dialog.again, "97531")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, type_new_pin)
    qtbot.mouseClick(settings.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings.pin_dialog.isVisible())
    ctx.forum.supervisor.verify("97531")
    assert settings.pin_state.text() == "set"
    # Changing it asks for the current PIN first.
    qtbot.mouseClick(settings.pin_button, Qt.MouseButton.LeftButton)
    dialog = settings.pin_dialog
    type_into(qtbot, dialog.current, "1111")
    type_into(qtbot, dialog.new, "2468")
    type_into(qtbot, dialog.again, "2468")
    dialog.accept()
    assert dialog.isVisible() and "current PIN is wrong" in dialog.error.text()
    dialog.reject()
    ctx.forum.supervisor.verify("97531")


def test_an_old_plain_pin_moves_into_the_database_hashed(ctx: AppContext) -> None:
    from ui.app import migrate_supervisor_pin

    ctx.settings.set_value("desk/supervisor_pin", "4321")
    migrate_supervisor_pin(ctx)
    ctx.forum.supervisor.verify("4321")
    assert ctx.settings.value("desk/supervisor_pin", "gone") == "gone"


def test_the_old_default_is_not_taken_over(ctx: AppContext) -> None:
    from ui.app import migrate_supervisor_pin

    ctx.settings.set_value("desk/supervisor_pin", "0000")
    migrate_supervisor_pin(ctx)
    assert not ctx.forum.supervisor.is_set()
    assert ctx.settings.value("desk/supervisor_pin", "gone") == "gone"


# -- the kiosk --------------------------------------------------------------------------


def _kiosk(qtbot: Any, ctx: AppContext) -> Any:
    from ui.kiosk import KioskWindow

    ctx.kiosk = True
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk


def test_the_kiosk_has_no_default_exit_pin(qtbot: Any, ctx: AppContext) -> None:
    kiosk = _kiosk(qtbot, ctx)
    kiosk.close()
    dialog = kiosk.pin_dialog
    type_into(qtbot, dialog.pin, "0000")
    dialog.accept()
    assert kiosk.isVisible()
    assert "No supervisor PIN is set" in dialog.error.text()
    dialog.reject()
    ctx.forum.supervisor.set("2468")
    kiosk.close()
    dialog = kiosk.pin_dialog
    type_into(qtbot, dialog.pin, "2468")
    dialog.accept()
    assert not kiosk.isVisible()


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(widget: QWidget) -> float:
    """Contrast of the darkest and the lightest pixel painted over ``widget`` (its text
    on its background), as WCAG counts it."""
    image = widget.window().grab().toImage()
    top_left = widget.mapTo(widget.window(), widget.rect().topLeft())
    values = [
        _luminance(image.pixelColor(top_left.x() + x, top_left.y() + y))
        for x in range(widget.width())
        for y in range(widget.height())
    ]
    return (max(values) + 0.05) / (min(values) + 0.05)


def test_the_kiosk_exit_prompt_is_readable(qtbot: Any, ctx: AppContext) -> None:
    kiosk = _kiosk(qtbot, ctx)
    kiosk.request_exit()
    dialog = kiosk.pin_dialog
    qtbot.waitExposed(dialog)
    prompt = next(
        label
        for label in dialog.findChildren(QWidget)
        if getattr(label, "text", None) and "leave the kiosk" in str(label.text())
    )
    assert _contrast(prompt) >= 4.5
    type_into(qtbot, dialog.pin, "1")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()  # refused, in words
    assert _contrast(dialog.error) >= 4.5
    dialog.reject()


def test_someone_who_scanned_their_badge_is_not_sent_to_the_desk(
    qtbot: Any, ctx: AppContext, tmp_path: Path
) -> None:
    kiosk = _kiosk(qtbot, ctx)

    def broken_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no" / "such" / "folder" / "x.pdf"))
        return printer

    kiosk.make_printer = broken_printer
    qtbot.keyClicks(kiosk.field, ctx.forum.checkin.qr_for("ZZ-002"))
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)
    assert kiosk.state == "admitted"
    qtbot.waitUntil(lambda: kiosk.printing is None, timeout=20000)
    QApplication.processEvents()
    text = kiosk.detail_label.text()
    assert "registration desk" not in text and "collect" not in text, text
    assert "the badge you scanned" in text
    ctx.runner.wait()


def test_the_desk_asks_for_a_pin_before_opening_the_kiosk(qtbot: Any, ctx: AppContext) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def put_off() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and "PIN" in dialog.windowTitle()
        dialog.reject()

    QTimer.singleShot(0, put_off)
    window.actions_by_name["kiosk"].trigger()
    assert getattr(window, "kiosk_window", None) is None
