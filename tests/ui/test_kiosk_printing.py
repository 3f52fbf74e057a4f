"""Kiosk mode prints a delegate's badge at their first self check-in, once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


def _kiosk(qtbot, forum, tmp_path: Path, printer_file: Path | None):  # type: ignore[no-untyped-def]
    from ui.kiosk import KioskWindow

    settings = DeskSettings(QSettings(str(tmp_path / "kiosk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    ctx = AppContext(forum, settings, BackgroundRunner(), AppSignals(), kiosk=True)
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    if printer_file is not None:

        def pdf_printer() -> QPrinter:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printer_file))
            return printer

        kiosk.make_printer = pdf_printer  # type: ignore[method-assign]
    kiosk.show()
    return kiosk, ctx


def _scan(qtbot, kiosk, text: str) -> None:  # type: ignore[no-untyped-def]
    kiosk.field.setText(text)
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)


def test_first_check_in_prints_the_badge_and_logs_it(qtbot, demo_forum, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"
    kiosk, ctx = _kiosk(qtbot, demo_forum, tmp_path, out)
    person = next(p for p in demo_forum.participants.summaries() if p.status == "registered")
    _scan(qtbot, kiosk, demo_forum.checkin.qr_for(person.registration_code))
    assert kiosk.state == "admitted"
    qtbot.waitUntil(lambda: "take your badge" in kiosk.detail_label.text(), timeout=20000)
    assert out.exists() and out.stat().st_size > 1000
    assert demo_forum.badges.was_printed(person.registration_code)
    out.unlink()
    kiosk.show_welcome()
    _scan(qtbot, kiosk, person.registration_code)
    assert kiosk.state == "already_in"
    qtbot.wait(300)
    assert kiosk.printing is None
    assert not out.exists(), "a badge is printed once; reprints happen at the desk"
    ctx.runner.wait()


def test_printer_failure_sends_the_delegate_to_the_desk(qtbot, demo_forum, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kiosk, ctx = _kiosk(qtbot, demo_forum, tmp_path, None)

    person = next(p for p in demo_forum.participants.summaries() if p.status == "registered")
    kiosk.make_printer = lambda: _failing_printer(tmp_path)  # type: ignore[method-assign]
    _scan(qtbot, kiosk, person.registration_code)
    qtbot.waitUntil(lambda: "registration desk" in kiosk.detail_label.text(), timeout=20000)
    assert not demo_forum.badges.was_printed(person.registration_code)
    ctx.runner.wait()


def _failing_printer(tmp_path: Path) -> QPrinter:
    """A printer whose output cannot be opened (its folder does not exist)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "folder" / "x.pdf"))
    return printer
