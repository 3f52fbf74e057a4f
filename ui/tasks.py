"""Background work: run a function on the thread pool, get its result on the GUI thread.

Workers never touch widgets. A task receives a ``TaskState`` to report progress and to
notice a cooperative cancel (as Orange's TaskState); results, errors and progress come
back through queued signals, so callbacks run on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task when it notices it was cancelled."""


class TaskState:
    """What a running task sees: progress reporting and the cancel flag."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._emit_progress: Callable[[float, str], None] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise TaskCancelled if a cancel was asked for."""
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, fraction: float, message: str = "") -> bool:
        """Report progress; returns False once cancelled, so loops can stop."""
        if self._emit_progress is not None:
            self._emit_progress(fraction, message)
        return not self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.state, self.signals = fn, state, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.state)
        except BaseException as exc:
            if not isinstance(exc, TaskCancelled):
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundRunner(QObject):
    """Runs tasks on a thread pool and delivers their outcome to GUI-thread callbacks."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        # Threads are kept, not ended after 30 s idle and made again: a desk runs
        # background work all day, and each new thread that runs Python leaves a dummy
        # ``threading`` entry behind for good (CPython 3.11 cannot see alien threads end).
        self.pool.setExpiryTimeout(-1)
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[TaskState], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
    ) -> TaskState:
        state = TaskState()
        signals = _Signals()
        self._live.add(signals)
        if on_progress is not None:
            signals.progressed.connect(on_progress)
            state._emit_progress = signals.progressed.emit

        @Slot(object)
        def finished(result: Any) -> None:
            self._live.discard(signals)
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            if on_error is not None:
                on_error(exc)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self.pool.start(_Job(fn, state, signals))
        return state

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
