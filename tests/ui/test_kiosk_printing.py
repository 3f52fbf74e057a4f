"""Kiosk mode prints a delegate's badge at their first self check-in, once, on a real
CUPS queue; a queue that refuses or a printer that is not there sends the delegate to
the desk and logs nothing as printed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from tests.cups_support import pdf_pages
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


def _kiosk(qtbot, forum, tmp_path: Path, printer: str):  # type: ignore[no-untyped-def]
    from ui.kiosk import KioskWindow

    settings = DeskSettings(QSettings(str(tmp_path / "kiosk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    settings.printer = printer  # as a desk remembers its printer (also before per-layout)
    ctx = AppContext(forum, settings, BackgroundRunner(), AppSignals(), kiosk=True)
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.show()
    return kiosk, ctx


def _scan(qtbot, kiosk, text: str) -> None:  # type: ignore[no-untyped-def]
    kiosk.field.setText(text)
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)


def _person(forum) -> str:  # type: ignore[no-untyped-def]
    return next(
        p.registration_code for p in forum.participants.summaries() if p.status == "registered"
    )


def _jobs(cups_queues: Any, queue: str) -> str:
    return cups_queues.server.run("lpstat", "-W", "all", "-o", queue, check=False).stdout


def test_first_check_in_prints_the_badge_as_a6_and_logs_it(
    qtbot, demo_forum, tmp_path: Path, cups_queues: Any
) -> None:  # type: ignore[no-untyped-def]
    queue = cups_queues.pdf()
    kiosk, ctx = _kiosk(qtbot, demo_forum, tmp_path, queue)
    code = _person(demo_forum)
    _scan(qtbot, kiosk, demo_forum.checkin.qr_for(code))
    assert kiosk.state == "admitted"
    qtbot.waitUntil(lambda: "take your badge" in kiosk.detail_label.text(), timeout=30000)
    assert demo_forum.badges.was_printed(code)
    job = _jobs(cups_queues, queue).split()[0]
    [(w, h)] = pdf_pages(cups_queues.output(job))
    # A6, never blown up to A4 (no paper was ever chosen in a dialog on this desk).
    assert abs(w - 297.6) <= 1 and abs(h - 419.5) <= 1
    kiosk.show_welcome()
    _scan(qtbot, kiosk, code)
    assert kiosk.state == "already_in"
    qtbot.wait(300)
    assert kiosk.printing is None
    assert len(_jobs(cups_queues, queue).splitlines()) == 1, "printed once; reprints at the desk"
    ctx.runner.wait()


def test_a_rejecting_queue_sends_the_delegate_to_the_desk(
    qtbot, demo_forum, tmp_path: Path, cups_queues: Any
) -> None:  # type: ignore[no-untyped-def]
    queue = cups_queues.pdf()
    cups_queues.reject(queue)
    kiosk, ctx = _kiosk(qtbot, demo_forum, tmp_path, queue)
    code = _person(demo_forum)
    _scan(qtbot, kiosk, code)
    qtbot.waitUntil(lambda: "registration desk" in kiosk.detail_label.text(), timeout=30000)
    assert "take your badge" not in kiosk.detail_label.text()
    assert not demo_forum.badges.was_printed(code)
    # The desk sees it among the failed jobs, for a retry.
    assert [j.codes for j in demo_forum.printing.failed_jobs()] == [(code,)]
    ctx.runner.wait()


def test_a_printer_that_is_gone_never_falls_back_to_the_default(
    qtbot, demo_forum, tmp_path: Path, cups_queues: Any
) -> None:  # type: ignore[no-untyped-def]
    default = cups_queues.pdf()
    cups_queues.server.run("lpadmin", "-d", default)
    kiosk, ctx = _kiosk(qtbot, demo_forum, tmp_path, "Zebra_GX420d")
    code = _person(demo_forum)
    _scan(qtbot, kiosk, code)
    qtbot.waitUntil(lambda: "registration desk" in kiosk.detail_label.text(), timeout=30000)
    assert not demo_forum.badges.was_printed(code)
    assert _jobs(cups_queues, default).strip() == "", "nothing went to the default printer"
    ctx.runner.wait()
