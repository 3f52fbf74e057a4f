"""A desk that fails soft: fatal errors reach the log, a slot's exception never ends the desk.

- ``faulthandler`` writes a fatal error (a crash inside Qt or a C extension) with every
  thread's Python stack to the log file, so the next person to read the log sees where.
- An exception that escapes a slot, a timer or a thread is logged with its traceback and
  shown to the operator as one short message; the event loop goes on.
- A marker file lives in the log folder while the desk runs. Found at the next start (and
  its process gone), it means the desk ended without closing: the window says so, and
  where the log is.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

MARKER = "forumdesk.running"
LOG_FILE = "forumdesk.log"
#: One message box at a time, and no more than one every this many seconds: an error
#: raised at every dashboard refresh must not bury the desk in dialogs.
MESSAGE_INTERVAL_S = 30.0


@dataclass(frozen=True)
class UncleanExit:
    """The previous run of this desk ended without closing (crash, power cut, kill)."""

    started: datetime | None
    log_path: Path


class _Relay(QObject):
    """Carries an error message from any thread to the GUI thread."""

    error = Signal(str)


class FailSafe:
    """Installs the hooks; keep the object alive for the life of the application."""

    def __init__(self, log_folder: Path) -> None:
        self.log_folder = log_folder
        self.log_path = log_folder / LOG_FILE
        self.marker_path = log_folder / MARKER
        self._fatal_file: IO[str] | None = None
        self._previous_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        self._relay: _Relay | None = None
        self._box: QMessageBox | None = None
        self._last_shown = 0.0
        self.errors_seen = 0
        self.parent_widget: Callable[[], QWidget | None] = lambda: None

    # -- installing --------------------------------------------------------------------
    def install(self) -> UncleanExit | None:
        """Hook fatal errors and exceptions; returns what the last run left behind."""
        previous = self._read_marker()
        self._enable_faulthandler()
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self._thread_excepthook
        app = QApplication.instance()
        if app is not None:
            self._relay = _Relay(app)
            self._relay.error.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._write_marker()
        return previous

    def uninstall(self, *, clean: bool = True) -> None:
        """Restore the hooks; a clean exit removes the marker."""
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        if clean:
            try:
                self.marker_path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s", self.marker_path)
        if faulthandler.is_enabled() and self._fatal_file is not None:
            faulthandler.disable()
        if self._fatal_file is not None:
            self._fatal_file.close()
            self._fatal_file = None

    def _enable_faulthandler(self) -> None:
        try:
            # Its own descriptor on the log file, opened for appending: faulthandler writes
            # with the raw descriptor when Python itself can no longer run.
            self._fatal_file = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115
        except OSError:
            log.warning("cannot open %s for fatal errors; they go to stderr", self.log_path)
            faulthandler.enable()
            return
        faulthandler.enable(file=self._fatal_file, all_threads=True)

    # -- the marker --------------------------------------------------------------------
    def _write_marker(self) -> None:
        try:
            self.marker_path.write_text(
                f"{os.getpid()} {datetime.now(UTC).isoformat()}\n", encoding="utf-8"
            )
        except OSError:
            log.warning("could not write %s", self.marker_path)

    def _read_marker(self) -> UncleanExit | None:
        try:
            text = self.marker_path.read_text(encoding="utf-8").split()
        except (OSError, UnicodeDecodeError):
            return None
        pid = int(text[0]) if text and text[0].isdigit() else 0
        if pid and pid != os.getpid() and _alive(pid):
            return None  # another desk process on this machine is running now
        started = None
        if len(text) > 1:
            try:
                started = datetime.fromisoformat(text[1])
            except ValueError:
                started = None
        log.warning("the previous run (pid %s, started %s) did not close", pid, started)
        return UncleanExit(started, self.log_path)

    # -- exceptions --------------------------------------------------------------------
    def _excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        self._report(kind, value, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self._report(args.exc_type, args.exc_value, args.exc_traceback)

    def _report(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.errors_seen += 1
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled exception (the desk keeps running):\n%s", text)
        message = str(value) or kind.__name__
        if self._relay is not None:
            # Queued: the box opens on the GUI thread, after the failing slot returned.
            self._relay.error.emit(message)

    @Slot(str)
    def _show(self, message: str) -> None:
        now = time.monotonic()
        if self._box is not None and self._box.isVisible():
            return
        if now - self._last_shown < MESSAGE_INTERVAL_S and self._last_shown:
            return
        self._last_shown = now
        box = QMessageBox(self.parent_widget())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("failsafe", "ForumDesk"))
        box.setText(
            QCoreApplication.translate(
                "failsafe",
                "Something went wrong, but the desk keeps running and nothing recorded is lost.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate("failsafe", "{0}\n\nDetails are in the log: {1}").format(
                message[:300], self.log_path
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._box_gone)
        self._box = box
        box.show()

    def _box_gone(self, *_args: object) -> None:
        self._box = None

    def message_box(self) -> QMessageBox | None:
        """The error message on screen, if any (for tests)."""
        return self._box


def tell_unclean_exit(parent: QWidget, previous: UncleanExit) -> QMessageBox:
    """Say, without blocking the desk, that the last run ended without closing."""
    when = previous.started.astimezone().strftime("%Y-%m-%d %H:%M") if previous.started else "?"
    box = QMessageBox(parent)
    box.setObjectName("unclean-exit")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("failsafe", "ForumDesk"))
    box.setText(
        QCoreApplication.translate(
            "failsafe", "ForumDesk did not close properly last time (started {0})."
        ).format(when)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "failsafe",
            "Check-ins recorded before are safe. If this happens again, give the log to "
            "your IT contact: {0}",
        ).format(previous.log_path)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QTimer.singleShot(0, box.show)
    return box


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
