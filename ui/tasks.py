"""Background work: run a function on the thread pool, get its result on the GUI thread.

Workers never touch widgets. A task receives a ``TaskState`` to report progress and to
notice a cooperative cancel (as Orange's TaskState); results, errors and progress come
back through queued signals, so callbacks run on the GUI thread.

Two guarantees a page asks for when it loads data in the background:

* **owner**: a task started with ``owner=widget`` delivers nothing once that widget is
  deleted (its callbacks would run on a dead widget);
* **latest wins**: a task started with ``key=...`` delivers its outcome only if no newer
  task with the same key (for the same owner) was started meanwhile, nor the key
  dropped (``drop``); the older one is asked to stop and its outcome is discarded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task when it notices it was cancelled."""


class TaskState:
    """What a running task sees: progress reporting and the cancel flag."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._emit_progress: Callable[[float, str], None] | None = None
        #: Set on the GUI thread when a newer task took this one's key, or its owner went.
        self.superseded = False

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


def alive(obj: QObject | None) -> bool:
    """Whether ``obj`` is None (no owner) or a Qt object not yet deleted."""
    return obj is None or shiboken6.isValid(obj)


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
        #: The latest task of each key ("latest wins"), the key scoped by its owner.
        self._latest: dict[Hashable, TaskState] = {}

    def run(
        self,
        fn: Callable[[TaskState], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        *,
        owner: QObject | None = None,
        key: Hashable | None = None,
    ) -> TaskState:
        """Run ``fn(state)`` on the pool; ``on_done(result)`` or ``on_error(exc)`` and
        ``on_progress(fraction, message)`` run on the GUI thread, unless ``owner`` was
        deleted or a newer task took ``key`` by then (see the module's docstring)."""
        state = TaskState()
        signals = _Signals()
        self._live.add(signals)
        scoped = self._scoped(key, owner) if key is not None else None
        if scoped is not None:
            older = self._latest.get(scoped)
            if older is not None:
                older.superseded = True
                older.cancel()
            self._latest[scoped] = state

        def wanted() -> bool:
            return not state.superseded and alive(owner)

        def settle() -> None:
            self._live.discard(signals)
            if scoped is not None and self._latest.get(scoped) is state:
                del self._latest[scoped]

        if on_progress is not None:

            def progressed(fraction: float, message: str) -> None:
                if wanted():
                    on_progress(fraction, message)

            signals.progressed.connect(progressed)
            state._emit_progress = signals.progressed.emit

        @Slot(object)
        def finished(result: Any) -> None:
            settle()
            if on_done is not None and wanted():
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            settle()
            if on_error is not None and wanted():
                on_error(exc)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self.pool.start(_Job(fn, state, signals))
        return state

    def drop(self, key: Hashable, owner: QObject | None = None) -> None:
        """Whatever the running task of ``key`` finds is no longer wanted (latest wins
        with nothing newer: the text it searched for was cleared, say)."""
        state = self._latest.pop(self._scoped(key, owner), None)
        if state is not None:
            state.superseded = True
            state.cancel()

    def busy(self, key: Hashable, owner: QObject | None = None) -> bool:
        """Whether a task of ``key`` (for ``owner``) has yet to deliver."""
        return self._scoped(key, owner) in self._latest

    @staticmethod
    def _scoped(key: Hashable, owner: QObject | None) -> Hashable:
        return (id(owner), key) if owner is not None else (None, key)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def settle(self, msecs: int = 30000) -> bool:
        """Wait for every task and deliver its outcome (for tests and shutdown): True when
        nothing is left to deliver."""
        done = self.pool.waitForDone(msecs)
        for _ in range(1000):
            if not self._live:
                break
            QCoreApplication.processEvents()
            self.pool.waitForDone(10)
        return done and not self._live
