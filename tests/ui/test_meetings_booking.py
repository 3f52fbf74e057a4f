"""Booking as a coordinator does it: the interpreter on "automatic" is one who speaks
what the request asks, "their own interpreter" books without one, a confirmed meeting
looks confirmed, and requests left unplaced are not announced as a success."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.desk import Forum
from desktop.meetings.rules import InterpreterNeeded
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


def _request_through_esperanto(page: MeetingsPage) -> tuple[str, str]:
    """Two delegations without a shared language; the request asks for their meeting in
    Esperanto and the second delegation's language. Returns (request id, the one
    interpreter who speaks those).

    Another interpreter speaks both delegations' own languages (but no Esperanto): she
    fits the two delegations, not the request, and "automatic" must not pick her.
    """
    meetings = page.ctx.forum.meetings
    ds = [d for d in meetings.board().delegations if d.languages]
    a, b = next(
        (x, y) for x in ds for y in ds if x.id != y.id and not set(x.languages) & set(y.languages)
    )
    meetings.add_interpreter("Aarti Banerjee", [a.languages[0], b.languages[0]])
    meetings.add_interpreter("Zamenhof Ludoviko", ["eo", b.languages[0]])
    rid = meetings.request(a.name, b.name, languages=["eo", b.languages[0]])
    page.reload()
    page.ctx.runner.settle()
    assert page.select_request(rid)
    return rid, "Zamenhof Ludoviko"


def _choose(page: MeetingsPage, qtbot: Any, text: str) -> None:
    box = page.interpreter
    index = box.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, [box.itemText(i) for i in range(box.count())]
    box.setCurrentIndex(index)


def test_automatic_interpreter_speaks_what_the_request_asks(page: MeetingsPage, qtbot: Any) -> None:
    rid, fitting = _request_through_esperanto(page)
    page.grid.setCurrentCell(0, 0)
    page.ctx.runner.settle()  # the interpreters who fit are read in the background
    assert page.interpreter.currentText() == "automatic"
    listed = [page.interpreter.itemText(i) for i in range(page.interpreter.count())]
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert "Booked" in page.message.text(), page.message.text()
    assert "Aarti Banerjee" not in listed  # she speaks no Esperanto: never offered
    meeting = next(m for m in page.ctx.forum.meetings.grid(page.day.currentData()).cells.values())
    assert meeting.request_id == rid
    assert meeting.interpreter == fitting


def test_their_own_interpreter_books_without_one_of_ours(page: MeetingsPage, qtbot: Any) -> None:
    rid, _fitting = _request_through_esperanto(page)
    page.grid.setCurrentCell(1, 2)
    _choose(page, qtbot, "their own")
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert "Booked" in page.message.text(), page.message.text()
    meeting = next(
        m
        for m in page.ctx.forum.meetings.grid(page.day.currentData()).cells.values()
        if m.request_id == rid
    )
    assert meeting.interpreter == ""
    # Moved later, it still needs none of ours.
    target = page.grid.item(3, 2).data(Qt.ItemDataRole.UserRole + 1)
    assert page.move_meeting(meeting.id, *target)
    # Without the choice, the rule still holds in the core.
    first = page.ctx.forum.meetings.board().request_by_id[rid]
    other = page.ctx.forum.meetings.request(
        first.requester_id, first.partner_id, languages=["eo", "xx"]
    )
    slot, table = page.grid.item(5, 2).data(Qt.ItemDataRole.UserRole + 1)
    with pytest.raises(InterpreterNeeded):
        page.ctx.forum.meetings.book(other, slot, table, None)


def test_a_confirmed_meeting_is_drawn_as_confirmed(page: MeetingsPage, qtbot: Any) -> None:
    req = next(r for r in page._requests if r.status == "requested" and not r.needs_interpreter)
    assert page.select_request(req.id)
    page.grid.setCurrentCell(0, 0)
    qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    page.ctx.runner.settle()
    cell = page.grid.item(0, 0)
    assert "◌" in cell.text()  # booked here, provisional
    page.grid.setCurrentCell(0, 0)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    page.ctx.runner.settle()
    cell = page.grid.item(0, 0)
    assert req.requester in cell.text()
    assert "◌" not in cell.text()
    assert cell.font().bold() and not cell.font().italic()
    assert not cell.data(Qt.ItemDataRole.UserRole + 2)  # no dashed frame


def _ink(widget: QWidget) -> QColor:
    """The colour of the text as painted: the pixel farthest from the background."""
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0)

    def distance(c: QColor) -> int:
        return (
            abs(c.red() - background.red())
            + abs(c.green() - background.green())
            + abs(c.blue() - background.blue())
        )

    return max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=distance,
    )


def test_requests_left_unplaced_are_not_shown_in_green(page: MeetingsPage, qtbot: Any) -> None:
    page.schedule_button.click()
    qtbot.waitUntil(lambda: page.last_run is not None, timeout=60000)
    run = page.last_run
    assert run is not None and run.result.unplaced
    assert "could not be placed" in page.message.text()
    ink = _ink(page.message)
    assert not (ink.green() > ink.red() and ink.green() > ink.blue()), ink.name()
