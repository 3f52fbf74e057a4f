"""The background runner: "owner" drops what a deleted widget would have received, and
"latest wins" delivers only the newest of overlapping tasks with the same key."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from ui.tasks import BackgroundRunner, TaskState


@pytest.fixture
def runner(qapp: Any) -> Iterator[BackgroundRunner]:
    r = BackgroundRunner()
    yield r
    r.settle()


def _gate(result: Any) -> tuple[threading.Event, Callable[[TaskState], Any]]:
    """A task that returns ``result`` once its gate is opened."""
    gate = threading.Event()

    def work(_state: TaskState) -> Any:
        assert gate.wait(10)
        return result

    return gate, work


def test_a_deleted_owner_gets_nothing(runner: BackgroundRunner, qtbot: Any) -> None:
    label = QLabel("waiting")
    gate, work = _gate("loaded")
    delivered: list[Any] = []
    runner.run(work, lambda text: (delivered.append(text), label.setText(text)), owner=label)
    shiboken6.delete(label)  # the page was closed while its load ran
    gate.set()
    assert runner.settle()
    assert delivered == []  # and no "Internal C++ object already deleted"


def test_a_deleted_owner_gets_no_error_either(runner: BackgroundRunner) -> None:
    label = QLabel()
    gate = threading.Event()
    errors: list[BaseException] = []

    def work(_state: TaskState) -> None:
        gate.wait(10)
        raise RuntimeError("the database went away")

    runner.run(work, on_error=errors.append, owner=label)
    shiboken6.delete(label)
    gate.set()
    assert runner.settle()
    assert errors == []


def test_a_live_owner_gets_its_result(runner: BackgroundRunner, qtbot: Any) -> None:
    label = QLabel("waiting")
    qtbot.addWidget(label)
    gate, work = _gate("loaded")
    runner.run(work, label.setText, owner=label)
    gate.set()
    qtbot.waitUntil(lambda: label.text() == "loaded")


@pytest.mark.parametrize("older_finishes_first", [True, False])
def test_latest_wins(runner: BackgroundRunner, qtbot: Any, older_finishes_first: bool) -> None:
    """Two overlapping loads of one key: only the newer one's result is shown, whichever
    finishes first."""
    label = QLabel()
    qtbot.addWidget(label)
    older_gate, older = _gate("older")
    newer_gate, newer = _gate("newer")
    first = runner.run(older, label.setText, owner=label, key="load")
    assert runner.busy("load", label)
    runner.run(newer, label.setText, owner=label, key="load")
    assert first.cancelled, "the older task is asked to stop"
    gates = [older_gate, newer_gate] if older_finishes_first else [newer_gate, older_gate]
    for gate in gates:
        gate.set()
        qtbot.wait(50)  # its outcome arrives (or is dropped) before the other's
    assert runner.settle()
    assert label.text() == "newer"
    assert not runner.busy("load", label)


def test_keys_are_per_owner_and_per_key(runner: BackgroundRunner, qtbot: Any) -> None:
    one, two = QLabel(), QLabel()
    for label in (one, two):
        qtbot.addWidget(label)
    runner.run(lambda _s: "one", one.setText, owner=one, key="load")
    runner.run(lambda _s: "two", two.setText, owner=two, key="load")
    runner.run(lambda _s: "other key", lambda t: one.setToolTip(t), owner=one, key="tip")
    assert runner.settle()
    assert (one.text(), two.text(), one.toolTip()) == ("one", "two", "other key")


def test_a_dropped_key_delivers_nothing(runner: BackgroundRunner, qtbot: Any) -> None:
    label = QLabel("before")
    qtbot.addWidget(label)
    gate, work = _gate("stale")
    runner.run(work, label.setText, owner=label, key="search")
    runner.drop("search", label)  # the text searched for was cleared meanwhile
    gate.set()
    assert runner.settle()
    assert label.text() == "before"


def test_progress_of_a_superseded_task_is_dropped(runner: BackgroundRunner, qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    gate = threading.Event()
    seen: list[str] = []

    def work(state: TaskState) -> None:
        gate.wait(10)
        state.progress(0.5, "old")

    runner.run(work, on_progress=lambda _f, m: seen.append(m), owner=label, key="k")
    runner.run(
        lambda state: state.progress(1.0, "new"),
        on_progress=lambda _f, m: seen.append(m),
        owner=label,
        key="k",
    )
    gate.set()
    assert runner.settle()
    assert seen == ["new"]
