"""Pages load through the background runner: off the GUI thread, the latest load wins, and a
page closed while its load runs is left alone."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from desktop.desk import Forum
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


@pytest.fixture
def ctx(demo_forum: Forum, tmp_path: Path) -> AppContext:
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    return AppContext(demo_forum, settings, BackgroundRunner(), AppSignals())


class Gated:
    """A stand-in for a service method: records the thread of each call and holds it
    until its gate opens (at most ``hold`` seconds)."""

    def __init__(self, real: Callable[..., Any], hold: float = 5.0) -> None:
        self.real, self.hold = real, hold
        self.gate = threading.Event()
        self.calls: list[bool] = []  # on the GUI thread?

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(threading.current_thread() is threading.main_thread())
        self.gate.wait(self.hold)
        return self.real(*args, **kwargs)


def test_a_filter_change_on_the_badges_page_does_not_wait_for_the_list(
    ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.badges import BadgesPage

    page = BadgesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.settle()
    everyone = page.table.rowCount()
    assert everyone > 100
    slow = Gated(ctx.forum.participants.summaries)
    monkeypatch.setattr(ctx.forum.participants, "summaries", slow)

    started = time.perf_counter()
    page.delegation.setCurrentIndex(1)  # the operator picks a delegation
    took = time.perf_counter() - started
    qtbot.waitUntil(lambda: bool(slow.calls), timeout=5000)
    assert took < 1.0, f"the filter change held the desk {took:.1f} s"
    assert slow.calls == [False], "the list is read on a worker thread"
    assert page.table.rowCount() == everyone  # the old list until the new one is read

    slow.gate.set()
    delegation = page.delegation.currentText()
    qtbot.waitUntil(lambda: 0 < page.table.rowCount() < everyone, timeout=10000)
    assert {page.table.item(r, 3).text() for r in range(page.table.rowCount())} == {delegation}
    ctx.runner.settle()


@pytest.mark.parametrize("older_finishes_first", [True, False])
def test_the_participants_page_shows_only_the_latest_of_two_loads(
    ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch, older_finishes_first: bool
) -> None:
    from ui.pages.participants import ParticipantsPage

    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.settle()
    everyone = list(page.model.rows)
    assert len(everyone) == 600
    gates = {"older": threading.Event(), "newer": threading.Event()}
    answers = {"older": everyone[:3], "newer": everyone[:5]}

    def summaries(flt: Any) -> list[Any]:
        assert gates[flt.text].wait(10)
        return answers[flt.text]

    monkeypatch.setattr(ctx.forum.participants, "summaries", summaries)
    for text in ("older", "newer"):  # the second filter while the first still loads
        page.text.setText(text)
        page.reload()
    order = ["older", "newer"] if older_finishes_first else ["newer", "older"]
    for text in order:
        gates[text].set()
        qtbot.wait(100)  # its answer arrives (or is dropped) before the other's
        if text == "older":
            assert page.model.rows != answers["older"], "the older load's rows were shown"
    ctx.runner.settle()
    assert page.model.rows == answers["newer"]
    assert page.count_label.text().startswith("5 participant")


def test_the_meetings_page_reads_the_board_once_per_refresh_off_the_gui_thread(
    ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.meetings import MeetingsPage

    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.settle()
    reads = Gated(ctx.forum.meetings.board, hold=0)
    monkeypatch.setattr(ctx.forum.meetings, "board", reads)
    ctx.signals.meetings_changed.emit()  # after a booking, a sync round…
    ctx.runner.settle()
    assert reads.calls == [False]
    assert page.grid.rowCount() == 16 and page.grid.columnCount() == 24


def test_a_page_closed_while_it_loads_is_left_alone(
    ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.participants import ParticipantsPage

    page = ParticipantsPage(ctx)
    page.show()
    ctx.runner.settle()
    slow = Gated(ctx.forum.participants.summaries)
    monkeypatch.setattr(ctx.forum.participants, "summaries", slow)
    page.reload()
    qtbot.waitUntil(lambda: bool(slow.calls), timeout=5000)
    shiboken6.delete(page)  # the window closed
    slow.gate.set()
    assert ctx.runner.settle()  # the answer goes nowhere, and nothing fails
