"""A desk that fails soft: errors in slots are logged and shown, crashes are told next time."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.failsafe import FailSafe, tell_unclean_exit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def failsafe(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    guard = FailSafe(tmp_path)
    guard.install()
    yield guard
    guard.uninstall()


def test_an_exception_in_a_slot_is_logged_shown_and_the_desk_goes_on(
    qtbot, failsafe: FailSafe, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    failsafe.parent_widget = lambda: window
    later: list[str] = []

    def broken_slot() -> None:
        raise RuntimeError("the badge printer driver said no")

    with caplog.at_level(logging.ERROR, logger="ui.failsafe"):
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(20, lambda: later.append("still running"))
        qtbot.waitUntil(lambda: failsafe.message_box() is not None, timeout=3000)
        qtbot.waitUntil(lambda: later == ["still running"], timeout=3000)

    box = failsafe.message_box()
    assert box is not None and box.isVisible()
    assert "keeps running" in box.text()
    assert "the badge printer driver said no" in box.informativeText()
    assert str(failsafe.log_path) in box.informativeText()
    assert "RuntimeError: the badge printer driver said no" in caplog.text
    assert "Traceback" in caplog.text
    # A second error right after does not stack a second box on the operator.
    QTimer.singleShot(0, broken_slot)
    qtbot.wait(50)
    assert failsafe.errors_seen == 2
    assert (
        len(
            [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ]
        )
        == 1
    )
    box.close()


def test_a_desk_that_ended_without_closing_is_told_at_the_next_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = FailSafe(tmp_path)
    assert first.install() is None
    # The process dies here (no uninstall); a dead pid stands in the marker.
    first.marker_path.write_text("999999999 2026-06-04T07:15:00+00:00\n", encoding="utf-8")
    first.uninstall(clean=False)

    second = FailSafe(tmp_path)
    previous = second.install()
    try:
        assert previous is not None
        assert previous.started is not None and previous.started.hour == 7
        window = QWidget()
        qtbot.addWidget(window)
        box = tell_unclean_exit(window, previous)
        qtbot.waitUntil(box.isVisible, timeout=2000)
        assert "did not close properly" in box.text()
        assert str(tmp_path / "forumdesk.log") in box.informativeText()
        box.close()
    finally:
        second.uninstall(clean=True)
    assert not second.marker_path.exists()
    third = FailSafe(tmp_path)
    assert third.install() is None  # a clean exit leaves nothing to tell
    third.uninstall()


def test_a_fatal_error_writes_every_threads_stack_to_the_log(tmp_path: Path) -> None:
    code = (
        "import faulthandler, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.failsafe import FailSafe\n"
        "app = QApplication([])\n"
        f"FailSafe(__import__('pathlib').Path({str(tmp_path)!r})).install()\n"
        "faulthandler._sigsegv()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert proc.returncode != 0
    text = (tmp_path / "forumdesk.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "most recent call first" in text
    assert (tmp_path / "forumdesk.running").exists()  # so the next start will say so


@pytest.mark.slow
def test_the_application_says_so_after_being_killed(tmp_path: Path) -> None:
    """The real entry point: killed with SIGKILL, then started again."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FORUMDESK_DATA_DIR": str(tmp_path / "data"),
        "FORUMDESK_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    db = tmp_path / "desk.db"
    cmd = [sys.executable, "-m", "ui.main", "--db", str(db)]
    first = subprocess.Popen(cmd, env=env, cwd=ROOT)
    log = tmp_path / "logs" / "forumdesk.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and "window shown" not in (
        log.read_text(encoding="utf-8") if log.exists() else ""
    ):
        time.sleep(0.1)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    second = subprocess.run(
        cmd, env={**env, "FORUMDESK_EXIT_AFTER_START": "500"}, cwd=ROOT, timeout=120
    )
    assert second.returncode == 0
    text = log.read_text(encoding="utf-8")
    assert "did not close" in text
    assert not (tmp_path / "logs" / "forumdesk.running").exists()
