"""Meeting setup, new requests, moving and swapping on the grid, as a coordinator does them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QMimeData, QPointF, QSettings, Qt, QTime
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTableWidget, QTimeEdit

from desktop.desk import Forum
from tests.ui.keyboard import type_text
from ui.context import AppContext, AppSignals
from ui.dialogs.meeting_request import MeetingRequestDialog
from ui.dialogs.meeting_setup import MeetingSetupDialog
from ui.pages.meetings import MeetingsPage
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

SHOTS = Path(os.environ.get("FORUMDESK_SHOTS", "")) if os.environ.get("FORUMDESK_SHOTS") else None
ENGLISH = QLocale("en_GB")


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    """Day and month names as an English desk shows them, whatever ran before."""
    before = QLocale()
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(before)


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


def _shot(widget: Any, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def _type(widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    """Select what is there and type over it, as a person would."""
    if isinstance(widget, QTimeEdit):
        # Offscreen, QTimeEdit ignores typed digits (arrow keys work); pick the time instead.
        widget.setTime(QTime.fromString(text, "HH:mm"))
        return
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def _click_cell(grid: QTableWidget, row: int, column: int, ctrl: bool = False) -> None:
    grid.scrollToItem(grid.item(row, column))
    rect = grid.visualItemRect(grid.item(row, column))
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _open_setup(page: MeetingsPage, qtbot: Any) -> MeetingSetupDialog:
    qtbot.mouseClick(page.setup_button, Qt.MouseButton.LeftButton)
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _book(page: MeetingsPage, row: int, column: int, avoid: set[str] = frozenset()) -> Any:  # type: ignore[assignment]
    """Book an open request needing no interpreter into a cell, through the page."""
    req = next(
        r
        for r in page._requests
        if r.status == "requested"
        and not r.needs_interpreter
        and avoid.isdisjoint({r.requester_id, r.partner_id})
    )
    assert page.select_request(req.id)
    page.grid.setCurrentCell(row, column)
    assert page.book_selected(), page.message.text()
    page.ctx.runner.settle()
    return req


def test_add_a_day_and_see_its_slots(page: MeetingsPage, qtbot: Any) -> None:
    dialog = _open_setup(page, qtbot)
    assert dialog.days.rowCount() == 2
    # The demo's meeting days follow today's date; the dialog offers the day after the last.
    last_day = page.day.itemData(page.day.count() - 1)
    added = dialog.day_date.date().toPython()
    assert added == last_day + timedelta(days=1)
    _type(dialog.first_slot, "09:30")
    _type(dialog.slot_minutes, "45")
    _type(dialog.slot_count, "6")
    _type(dialog.breaks, "12:30-13:30")
    _shot(dialog, "setup_days")
    qtbot.mouseClick(dialog.add_day_button, Qt.MouseButton.LeftButton)
    # The day as an English desk reads it: short weekday, day, short month ("Tue 24 Nov").
    label = ENGLISH.toString(QDate(added.year, added.month, added.day), "ddd d MMM")
    weekday = ENGLISH.dayName(added.isoweekday(), QLocale.FormatType.ShortFormat)
    month = ENGLISH.monthName(added.month, QLocale.FormatType.ShortFormat)
    assert label == f"{weekday} {added.day} {month}"
    assert dialog.message.text() == f"6 slots added on {label}.", dialog.message.text()
    assert dialog.days.rowCount() == 3
    assert dialog.days.item(2, 0).text() == f"{label} {added.year}"

    page.ctx.runner.settle()
    page.day.setCurrentIndex(2)
    page.ctx.runner.settle()
    assert page.day.currentData() == added
    assert page.day.currentText() == label
    hours = [page.grid.verticalHeaderItem(r).text() for r in range(page.grid.rowCount())]
    assert hours == ["09:30", "10:15", "11:00", "11:45", "13:30", "14:15"]

    # The same day again would double the grid: refused, in words.
    dialog.day_date.setDate(dialog.day_date.date().addDays(-1))
    qtbot.mouseClick(dialog.add_day_button, Qt.MouseButton.LeftButton)
    assert "already has a slot from 09:30 to 10:15" in dialog.message.text()


def test_add_a_table_and_refuse_removing_a_used_one(page: MeetingsPage, qtbot: Any) -> None:
    _book(page, 0, 0)
    dialog = _open_setup(page, qtbot)
    dialog.tabs.setCurrentIndex(1)
    _type(dialog.table_name, "Зал Казань")
    dialog.table_kind.setCurrentIndex(1)
    _type(dialog.table_capacity, "20")
    qtbot.mouseClick(dialog.add_table_button, Qt.MouseButton.LeftButton)
    page.ctx.runner.settle()
    assert page.grid.columnCount() == 25
    assert page.grid.horizontalHeaderItem(24).text() == "Зал Казань"
    _shot(dialog, "setup_tables")

    dialog.tables.selectRow(0)
    assert dialog.table_name.text() == "Table 1"
    qtbot.mouseClick(dialog.remove_table_button, Qt.MouseButton.LeftButton)
    assert "Table 1 has 1 meeting(s); move or cancel them" in dialog.message.text()
    assert page.grid.columnCount() == 25

    dialog.tables.selectRow(24)
    qtbot.mouseClick(dialog.remove_table_button, Qt.MouseButton.LeftButton)
    page.ctx.runner.settle()
    assert page.grid.columnCount() == 24


def test_add_and_edit_an_interpreter(page: MeetingsPage, qtbot: Any) -> None:
    dialog = _open_setup(page, qtbot)
    dialog.tabs.setCurrentIndex(2)
    before = dialog.interpreters.rowCount()
    _type(dialog.interpreter_name, "Айгуль Сафина")
    _type(dialog.interpreter_languages, "tt; ru; en")
    qtbot.mouseClick(dialog.add_interpreter_button, Qt.MouseButton.LeftButton)
    assert dialog.interpreters.rowCount() == before + 1
    names = {i.name: i.languages for i in page.ctx.forum.meetings.board().interpreters}
    assert names["Айгуль Сафина"] == ("tt", "ru", "en")
    _shot(dialog, "setup_interpreters")

    row = next(
        r
        for r in range(dialog.interpreters.rowCount())
        if dialog.interpreters.item(r, 0).text() == "Айгуль Сафина"
    )
    dialog.interpreters.selectRow(row)
    _type(dialog.interpreter_languages, "tt; ru; en; tr")
    qtbot.mouseClick(dialog.save_interpreter_button, Qt.MouseButton.LeftButton)
    names = {i.name: i.languages for i in page.ctx.forum.meetings.board().interpreters}
    assert names["Айгуль Сафина"] == ("tt", "ru", "en", "tr")


def test_unavailable_time_refuses_booking_with_the_reason(page: MeetingsPage, qtbot: Any) -> None:
    req = next(r for r in page._requests if r.status == "requested" and not r.needs_interpreter)
    dialog = _open_setup(page, qtbot)
    dialog.tabs.setCurrentIndex(3)
    before = dialog.unavailable.rowCount()
    dialog.unavailable_delegation.lineEdit().setFocus()
    type_text(dialog.unavailable_delegation.lineEdit(), req.requester)
    dialog.unavailable_day.setCurrentIndex(0)
    _type(dialog.unavailable_from, "09:00")
    _type(dialog.unavailable_to, "10:00")
    type_text(dialog.unavailable_reason, "Пленарное заседание")
    _shot(dialog, "setup_unavailable")
    qtbot.mouseClick(dialog.add_unavailable_button, Qt.MouseButton.LeftButton)
    assert "is unavailable from 09:00 to 10:00" in dialog.message.text(), dialog.message.text()
    assert dialog.unavailable.rowCount() == before + 1
    dialog.close()

    assert page.select_request(req.id)
    page.grid.setCurrentCell(1, 3)  # 09:30, a free table
    assert page.book_selected() is False
    assert (
        f"{req.requester} is not available at this time (Пленарное заседание)"
        in page.message.text()
    )


def test_create_a_request(page: MeetingsPage, qtbot: Any) -> None:
    qtbot.mouseClick(page.new_request_button, Qt.MouseButton.LeftButton)
    dialog = page.request_dialog
    assert isinstance(dialog, MeetingRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.requester.lineEdit().setFocus()
    type_text(dialog.requester.lineEdit(), "Kazan")
    dialog.partner.lineEdit().setFocus()
    type_text(dialog.partner.lineEdit(), "León")
    assert "They share en" in dialog.languages_hint.text()
    _type(dialog.priority, "3")
    dialog.purpose.setCurrentIndex(2)
    _shot(dialog, "request")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.request_id is not None
    page.ctx.runner.settle()
    assert page.current_request() == dialog.request_id
    row = page.requests.currentRow()
    cells = [page.requests.item(row, c).text() for c in range(4)]
    assert cells == ["Kazan", "León", "3", "Twinning"]


def test_a_request_to_meet_oneself_is_refused(page: MeetingsPage, qtbot: Any) -> None:
    page.new_request()
    dialog = page.request_dialog
    type_text(dialog.requester.lineEdit(), "Kazan")
    type_text(dialog.partner.lineEdit(), "kazan")
    dialog.accept()
    assert dialog.request_id is None
    assert "cannot ask to meet itself" in dialog.message.text()


def test_move_a_meeting_by_move_to_then_click(page: MeetingsPage, qtbot: Any) -> None:
    req = _book(page, 0, 0)
    _click_cell(page.grid, 0, 0)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert page.move_button.isChecked()
    _click_cell(page.grid, 2, 3)
    assert not page.move_button.isChecked()
    page.ctx.runner.settle()
    assert page.grid.item(0, 0).text() == ""
    assert req.requester in page.grid.item(2, 3).text()
    assert "Moved" in page.message.text()


def test_move_a_meeting_by_drag_and_drop(page: MeetingsPage) -> None:
    req = _book(page, 0, 0)
    grid = page.grid
    grid.setCurrentCell(0, 0)
    mime = grid.model().mimeData([grid.model().index(0, 0)]) or QMimeData()
    target = QPointF(grid.visualItemRect(grid.item(4, 2)).center())
    drop = QDropEvent(
        target,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.dropEvent(drop)
    page.ctx.runner.settle()
    assert grid.item(0, 0).text() == ""
    assert req.requester in grid.item(4, 2).text()


def test_refused_move_shows_the_reason(page: MeetingsPage, qtbot: Any) -> None:
    first = _book(page, 0, 0)
    second = _book(page, 0, 1, {first.requester_id, first.partner_id})
    _click_cell(page.grid, 0, 0)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    _click_cell(page.grid, 0, 1)
    assert "Not moved: Table 2 is already taken at this time by" in page.message.text()
    assert second.requester in page.message.text()
    assert first.requester in page.grid.item(0, 0).text()

    # Next to another meeting of the same delegation: it cannot be in two places at once.
    third = next(
        r
        for r in page._requests
        if r.status == "requested"
        and first.requester_id in (r.requester_id, r.partner_id)
        and first.partner_id not in (r.requester_id, r.partner_id)
    )
    meetings = page.ctx.forum.meetings
    grid = meetings.grid(page.day.currentData())
    options = meetings.fitting_interpreters(
        [third.requester_id, third.partner_id], grid.slots[1].id
    )
    meetings.book(third.id, grid.slots[1].id, grid.tables[4].id, options[0].id if options else None)
    page.refresh()
    page.ctx.runner.settle()
    page.grid.setCurrentCell(0, 0)
    assert page.move_selected_to(grid.slots[1].id, grid.tables[6].id) is False
    assert f"Not moved: {first.requester} already has a meeting with" in page.message.text()
    _shot(page, "meetings_page_refused")


def test_swap_two_meetings(page: MeetingsPage, qtbot: Any) -> None:
    first = _book(page, 0, 0)
    second = _book(page, 3, 2, {first.requester_id, first.partner_id})
    _click_cell(page.grid, 0, 0)
    _click_cell(page.grid, 3, 2, ctrl=True)
    assert page.swap_button.isEnabled()
    qtbot.mouseClick(page.swap_button, Qt.MouseButton.LeftButton)
    page.ctx.runner.settle()
    assert "Swapped" in page.message.text(), page.message.text()
    assert second.requester in page.grid.item(0, 0).text()
    assert first.requester in page.grid.item(3, 2).text()
    _shot(page, "meetings_page_swapped")
