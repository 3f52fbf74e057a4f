"""Meetings page as a coordinator uses it: book into a cell, get refused in words, schedule."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop.desk import Forum
from ui.context import AppContext, AppSignals
from ui.pages.meetings import MeetingsPage
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


@pytest.fixture
def page(demo_forum: Forum, qtbot: Any, tmp_path: Path) -> Iterator[MeetingsPage]:
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(demo_forum, settings, BackgroundRunner(), AppSignals())
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    ctx.runner.settle()  # the board is read in the background
    yield widget
    ctx.runner.wait()


def _shared_language_request(page: MeetingsPage) -> Any:
    return next(r for r in page._requests if r.status == "requested" and not r.needs_interpreter)


def test_book_then_double_book_is_refused_in_words(
    page: MeetingsPage, qtbot: Any, tmp_path: Path
) -> None:
    assert page.grid.rowCount() == 16 and page.grid.columnCount() == 24
    req = _shared_language_request(page)
    assert page.select_request(req.id)
    page.grid.setCurrentCell(0, 0)
    assert page.book_button.isEnabled()
    qtbot.mouseClick(
        page.book_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )
    page.ctx.runner.settle()
    cell = page.grid.item(0, 0)
    assert req.requester in cell.text() and req.partner in cell.text()
    assert "◌" in cell.text()  # provisional marker
    assert "Booked" in page.message.text()

    # Another open request into the same, now taken, cell: the table is busy.
    other = next(
        r
        for r in page._requests
        if r.status == "requested"
        and not r.needs_interpreter
        and {r.requester_id, r.partner_id}.isdisjoint({req.requester_id, req.partner_id})
    )
    assert page.select_request(other.id)
    page.grid.setCurrentCell(0, 0)
    assert page.book_selected() is False
    assert "Table 1 is already taken" in page.message.text()

    # A request of one of the same delegations in a free cell of that slot: delegation busy.
    same = next(
        (
            r
            for r in page._requests
            if r.status == "requested"
            and r.id != req.id
            and req.requester_id in (r.requester_id, r.partner_id)
        ),
        None,
    )
    if same is not None:
        assert page.select_request(same.id)
        page.grid.setCurrentCell(0, 1)
        assert page.book_selected() is False
        assert f"{req.requester} already has a meeting with" in page.message.text()

    page.grab().save(str(tmp_path / "meetings_page.png"))


def test_schedule_automatically_shows_the_summary(page: MeetingsPage, qtbot: Any) -> None:
    before = sum(1 for r in page._requests if r.status == "requested")
    page.schedule_button.click()
    qtbot.waitUntil(lambda: page.last_run is not None, timeout=60000)
    page.ctx.runner.settle()
    run = page.last_run
    assert run is not None and run.result.placed
    assert "Placed" in page.summary.text() and "could not be placed" in page.summary.text()
    booked = sum(1 for r in page._requests if r.status == "booked")
    assert booked == len(run.meeting_ids) and booked <= before
    filled = sum(
        1
        for r in range(page.grid.rowCount())
        for c in range(page.grid.columnCount())
        if page.grid.item(r, c).text()
    )
    assert filled > 0
    # Cancel one from the grid: its request is open again.
    for r in range(page.grid.rowCount()):
        if page.grid.item(r, 0).text():
            page.grid.setCurrentCell(r, 0)
            break
    page.cancel_selected()
    assert "cancelled" in page.message.text()


def test_agenda_pdf_from_the_page(
    page: MeetingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.delegation.setCurrentIndex(1)
    page.save_agenda()
    assert out.exists() and out.stat().st_size > 1000
    assert "saved" in page.message.text()


@pytest.fixture
def desk_language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """The app started in ``request.param`` (as ui/app.py does it); English afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale, Qt

    from ui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, request.param)
    assert installed
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.mark.parametrize("desk_language", ["ru"], indirect=True)
def test_the_grid_shows_russian_day_names_in_russian(
    desk_language: str, demo_forum: Forum, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate, QLocale

    from ui.dialogs.meeting_setup import MeetingSetupDialog

    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(demo_forum, settings, BackgroundRunner(), AppSignals())
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.settle()
    days = demo_forum.meetings.days()
    assert days and page.day.count() == len(days)
    russian = QLocale("ru")
    weekdays = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    for i, day in enumerate(days):
        text = page.day.itemText(i)
        assert text == russian.toString(QDate(day.year, day.month, day.day), "ddd d MMM")
        weekday, number, month = text.split(" ")
        assert weekday == weekdays[day.weekday()] and number == str(day.day)
        assert re.fullmatch(r"[а-я]+\.?", month), text  # "нояб.", "мая": no English left
    # Times stay on the 24-hour clock.
    hours = [page.grid.verticalHeaderItem(r).text() for r in range(page.grid.rowCount())]
    assert hours[0] == "09:00" and "14:00" in hours

    dialog = MeetingSetupDialog(ctx, page.describe, page)
    qtbot.addWidget(dialog)
    first = days[0]
    assert dialog.days.item(0, 0).text() == russian.toString(
        QDate(first.year, first.month, first.day), "ddd d MMM yyyy"
    )
    assert dialog.unavailable_day.itemText(0) == page.day.itemText(0)
    ctx.runner.wait()


@pytest.mark.parametrize("desk_language", ["ar"], indirect=True)
def test_booking_from_a_chosen_request_works_right_to_left(
    desk_language: str, demo_forum: Forum, qtbot: Any, tmp_path: Path
) -> None:
    """Qt's selectRow selects nothing right to left; the page must still pick the request."""
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(demo_forum, settings, BackgroundRunner(), AppSignals())
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.settle()
    assert page.isRightToLeft()
    req = _shared_language_request(page)
    assert page.select_request(req.id)
    assert page.current_request() == req.id
    page.grid.setCurrentCell(0, 0)
    assert page.book_button.isEnabled()
    assert page.book_selected(), page.message.text()
    ctx.runner.settle()
    assert req.requester in page.grid.item(0, 0).text()
    ctx.runner.wait()
