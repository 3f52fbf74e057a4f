"""Badges page as a badge printer uses it: filter, select, preview, save, reprint."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services.forum import Forum
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
    yield widget
    ctx.runner.wait()


def _select_row(page: BadgesPage, row: int) -> str:
    page.table.selectRow(row)
    return page.current_code()


def test_filter_by_text_delegation_and_printed(page: BadgesPage, qtbot: Any) -> None:
    everyone = page.table.rowCount()
    assert everyone > 100
    page.delegation.setCurrentIndex(1)
    delegation = page.delegation.currentText()
    assert 0 < page.table.rowCount() < everyone
    assert {page.table.item(r, 3).text() for r in range(page.table.rowCount())} == {delegation}
    page.delegation.setCurrentIndex(0)
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


def test_print_to_a_pdf_printer_uses_the_rasterised_pages(
    page: BadgesPage, qtbot: Any, tmp_path: Path
) -> None:
    out = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    code = _select_row(page, 2)
    page.print_codes([code], printer)
    qtbot.waitUntil(lambda: page.ctx.forum.badges.was_printed(code), timeout=15000)
    assert out.exists() and out.stat().st_size > 10_000


def _pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    return printer


def test_reprint_asks_a_reason_and_makes_a_new_version_once_printed(
    page: BadgesPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code = _select_row(page, 3)
    forum = page.ctx.forum
    zone = forum.checkin.zones()[0].code
    old_qr = forum.checkin.qr_for(code)
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        return "badge lost at the hotel", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    out = tmp_path / "reprint.pdf"
    monkeypatch.setattr(page, "choose_printer", lambda: _pdf_printer(out))
    page.reprint_button.click()
    assert asked and "Reason" in asked[0]
    qtbot.waitUntil(lambda: forum.participants.get(code).badge_version == 2, timeout=20000)
    assert out.exists() and out.stat().st_size > 10_000
    assert forum.badges.print_status([code])[code].current_printed
    assert forum.checkin.scan(old_qr, zone).reason == "superseded"
    qtbot.waitUntil(lambda: "Badge version 2; printed 1" in page.status_label.text())
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
    from PySide6.QtPrintSupport import QPrintDialog

    code = _select_row(page, 4)
    forum = page.ctx.forum
    zone = forum.checkin.zones()[0].code
    old_qr = forum.checkin.qr_for(code)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("lost it", True))
    # The operator gives the reason, then presses Cancel in the print dialog.
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
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
