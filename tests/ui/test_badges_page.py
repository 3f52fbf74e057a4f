"""Badges page as a badge printer uses it: filter, select, preview, save, reprint."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.desk import Forum
from ui import printing
from ui.context import AppContext, AppSignals
from ui.pages.badges import BadgesPage
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

pytestmark = pytest.mark.skipif(not printing.rasteriser_name(), reason="no PDF rasteriser")


@pytest.fixture
def page(demo_forum: Forum, qtbot: Any, tmp_path: Path) -> Iterator[BadgesPage]:
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(demo_forum, settings, BackgroundRunner(), AppSignals())
    widget = BadgesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    ctx.runner.settle()  # the list is read in the background
    yield widget
    ctx.runner.wait()


def _select_row(page: BadgesPage, row: int) -> str:
    page.table.selectRow(row)
    return page.current_code()


def test_filter_by_text_delegation_and_printed(page: BadgesPage, qtbot: Any) -> None:
    everyone = page.table.rowCount()
    assert everyone > 100
    page.delegation.setCurrentIndex(1)
    page.ctx.runner.settle()
    delegation = page.delegation.currentText()
    assert 0 < page.table.rowCount() < everyone
    assert {page.table.item(r, 3).text() for r in range(page.table.rowCount())} == {delegation}
    page.delegation.setCurrentIndex(0)
    page.ctx.runner.settle()
    code = page.table.item(5, 0).text()
    qtbot.keyClicks(page.search, code)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 0).text() == code
    page.search.clear()
    page.printed.setCurrentIndex(2)  # printed: none yet
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)


def test_selecting_shows_the_preview_and_layout_is_remembered(page: BadgesPage, qtbot: Any) -> None:
    _select_row(page, 0)
    qtbot.waitUntil(
        lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(),
        timeout=10000,
    )
    portrait = page._preview_image
    assert portrait is not None and portrait.height() > portrait.width()
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("cr80"))
    assert page.ctx.settings.badge_layout == "cr80"
    qtbot.waitUntil(
        lambda: (
            page._preview_image is not None
            and page._preview_image.width() > page._preview_image.height()
        ),
        timeout=10000,
    )
    assert "not printed" in page.status_label.text()


def test_save_as_pdf_writes_the_file_and_logs_the_print(
    page: BadgesPage, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.table.selectRow(0)
    page.table.selectRow(1)
    code = page.current_code()
    page.save_pdf.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: page.ctx.forum.badges.was_printed(code), timeout=5000)
    qtbot.waitUntil(lambda: "printed" in page.table.item(0, 5).text())


def test_print_sends_the_vector_badge_at_the_layouts_size(
    page: BadgesPage, qtbot: Any, cups_queues: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.cups_support import pdf_pages, qr_texts
    from ui.dialogs.printer_choice import PrinterDialog

    queue = cups_queues.pdf()
    page.ctx.settings.remember_printer("cr80", queue)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("cr80"))
    chosen: list[tuple[str, str]] = []

    def exec_dialog(dialog: PrinterDialog) -> int:
        chosen.append(dialog.choice())  # the printer remembered for this layout
        dialog.accept()
        return PrinterDialog.DialogCode.Accepted

    monkeypatch.setattr(PrinterDialog, "exec", exec_dialog)
    code = _select_row(page, 2)
    page.print_one.click()
    qtbot.waitUntil(lambda: page.ctx.forum.badges.was_printed(code), timeout=30000)
    assert chosen == [(queue, "")]
    qtbot.waitUntil(lambda: "sent to" in page.status_label.text(), timeout=30000)
    run = page.printer_flow.last_run
    assert run is not None and run.ok and run.layout == "cr80"
    out = cups_queues.output(run.outcomes[0].job_id)
    [(w, h)] = pdf_pages(out)
    assert abs(w - 85.6 * 72 / 25.4) <= 1 and abs(h - 54 * 72 / 25.4) <= 1
    assert qr_texts(out) == [page.ctx.forum.checkin.qr_for(code)]
    assert page.ctx.settings.printer_for("a6") == ("", ""), "each layout has its own printer"


def test_a_failed_job_is_listed_and_one_key_retries_it(
    page: BadgesPage, qtbot: Any, cups_queues: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A queue that refuses, then a printer that fails after taking the job: both show
    in the failed jobs with the printer's words, nothing is logged as printed, and F8
    prints them once the printer is back."""
    queue = cups_queues.pdf()
    cups_queues.reject(queue)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    code = _select_row(page, 1)
    assert not page.failed_panel.isVisible()
    page.print_codes([code], printer=(queue, ""))
    qtbot.waitUntil(lambda: page.failed_panel.isVisible(), timeout=20000)
    assert warnings and "not accepting jobs" in warnings[0]
    assert page.failed_panel.table.rowCount() == 1
    assert code in page.failed_panel.table.item(0, 1).text()
    assert "not accepting jobs" in page.failed_panel.table.item(0, 3).text()
    assert not page.ctx.forum.badges.was_printed(code)
    assert page.table.item(1, 5).text() == "not printed"

    cups_queues.server.run("cupsaccept", queue)
    page.failed_panel.table.setFocus()
    qtbot.keyClick(page.failed_panel.table, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: page.ctx.forum.badges.was_printed(code), timeout=30000)
    qtbot.waitUntil(lambda: not page.failed_panel.isVisible(), timeout=30000)

    # A printer that takes the job and then fails: logged as failed, listed, retried.
    dead = cups_queues.dead()
    other = _select_row(page, 4)
    page.ctx.forum.printing.held_grace = 0.5
    page.print_codes([other], printer=(dead, ""))
    qtbot.waitUntil(lambda: page.failed_panel.isVisible(), timeout=60000)
    assert "failed" in page.failed_panel.table.item(0, 3).text() or "not responding" in (
        page.failed_panel.table.item(0, 3).text()
    )
    assert not page.ctx.forum.badges.was_printed(other)
    cups_queues.server.run("lpadmin", "-p", dead, "-v", cups_queues.server.pdf_uri)
    cups_queues.server.run("cupsenable", dead)
    page.failed_panel.table.setFocus()
    qtbot.keyClick(page.failed_panel.table, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: page.ctx.forum.badges.was_printed(other), timeout=30000)
    qtbot.waitUntil(lambda: not page.failed_panel.isVisible(), timeout=30000)


def test_reprint_asks_a_reason_and_makes_a_new_version_once_printed(
    page: BadgesPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch, cups_queues: Any
) -> None:
    from tests.cups_support import qr_texts
    from ui.dialogs.printer_choice import PrinterDialog

    code = _select_row(page, 3)
    forum = page.ctx.forum
    zone = forum.checkin.zones()[0].code
    old_qr = forum.checkin.qr_for(code)
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        return "badge lost at the hotel", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    queue = cups_queues.pdf()
    page.ctx.settings.remember_printer(page.layout_name, queue)

    def exec_dialog(dialog: PrinterDialog) -> int:
        dialog.accept()
        return PrinterDialog.DialogCode.Accepted

    monkeypatch.setattr(PrinterDialog, "exec", exec_dialog)
    page.reprint_button.click()
    assert asked and "Reason" in asked[0]
    qtbot.waitUntil(lambda: forum.participants.get(code).badge_version == 2, timeout=30000)
    qtbot.waitUntil(lambda: page.printer_flow.last_run is not None, timeout=30000)
    run = page.printer_flow.last_run
    assert run is not None and run.ok
    # The badge that printed carries the new version's QR, and only it admits now.
    out = cups_queues.output(run.outcomes[0].job_id)
    new_qr = forum.checkin.qr_for(code)
    assert qr_texts(out) == [new_qr] and new_qr != old_qr
    assert forum.badges.print_status([code])[code].current_printed
    assert forum.checkin.scan(old_qr, zone).reason == "superseded"
    qtbot.waitUntil(lambda: "sent to" in page.status_label.text(), timeout=30000)
    # an empty reason changes nothing
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page.table.clearSelection()
    page.table.selectRow(
        next(page._rows.index(r) for r in page._rows if r.registration_code == code)
    )
    page.reprint_button.click()
    assert forum.participants.get(code).badge_version == 2


def test_reprint_cancelled_at_the_print_dialog_leaves_the_old_badge_valid(
    page: BadgesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.printer_choice import PrinterDialog

    code = _select_row(page, 4)
    forum = page.ctx.forum
    zone = forum.checkin.zones()[0].code
    old_qr = forum.checkin.qr_for(code)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("lost it", True))
    # The operator gives the reason, then presses Cancel in the printer choice.
    monkeypatch.setattr(PrinterDialog, "exec", lambda self: PrinterDialog.DialogCode.Rejected)
    page.reprint_button.click()
    assert forum.participants.get(code).badge_version == 1
    assert "old badge still admits" in page.status_label.text()
    decision = forum.checkin.scan(old_qr, zone)
    assert decision.result == "admitted", decision.reason
    assert not forum.badges.was_printed(code)


def test_page_renders_to_png(page: BadgesPage, qtbot: Any, tmp_path: Path) -> None:
    _select_row(page, 0)
    qtbot.waitUntil(lambda: page._preview_image is not None, timeout=10000)
    qtbot.wait(50)
    out = Path(os.environ.get("BADGES_PAGE_PNG", str(tmp_path / "badges_page.png")))
    assert page.grab().save(str(out))
    assert out.stat().st_size > 5000
