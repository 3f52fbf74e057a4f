"""Running a sync round beside the desk's own work: on a thread of its own, at low CPU
priority, with the garbage collector kept off the round's big batches.

A pulled page (or a pushed batch) is tens of thousands of objects that live until it is
applied (or answered). Each collection the round's allocations set off would walk them all
again: a fifth of a first pull's time. The collector is never switched off for the process
(the GUI's garbage is collected as ever); instead the round hands over what it holds once
a page is read and before it is applied (:meth:`Collector.hold`): ``gc.freeze()`` moves the
objects alive then out of the collector's walks, and the round's end
(``gc.unfreeze()``) hands them all back. Objects made after each hold are collected as usual.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

log = logging.getLogger(__name__)

#: How much a sync round yields to the desk's own work (Linux ``nice``, 0-19).
BACKGROUND_NICENESS = 10

_T = TypeVar("_T")


def in_background(work: Callable[..., _T], *args: Any) -> _T:
    """``work(*args)`` on a thread of its own at low CPU priority: its result, or its
    exception raised here. The caller waits; the priority ends with the thread.

    On Linux a thread's nice value is its own, so the desk's GUI thread keeps its
    priority; elsewhere the work simply runs at normal priority.
    """
    outcome: list[Any] = []

    def run() -> None:
        _lower_priority()
        try:
            outcome.append((True, work(*args)))
        except BaseException as exc:  # handed to the caller, who raises it
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="sync-round", daemon=True)
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    result: _T = value
    return result


def _lower_priority() -> None:
    if sys.platform != "linux":
        return
    thread = threading.get_native_id()
    try:
        if os.getpriority(os.PRIO_PROCESS, thread) < BACKGROUND_NICENESS:
            os.setpriority(os.PRIO_PROCESS, thread, BACKGROUND_NICENESS)
    except OSError:  # not allowed here (a container's policy): normal priority, then
        log.debug("could not lower the sync thread's priority")


class Collector:
    """The garbage collector's view of one sync round (see the module note)."""

    def __init__(self) -> None:
        self._holding = False

    @contextmanager
    def round(self) -> Iterator[Collector]:
        """The round's span: what it held is handed back to the collector at its end.

        If something else froze objects already, the round holds nothing (unfreezing at
        its end would hand back theirs too) and the collector simply runs as usual.
        """
        self._holding = gc.get_freeze_count() == 0
        try:
            yield self
        finally:
            if self._holding:
                gc.unfreeze()
            self._holding = False

    def hold(self) -> None:
        """The round keeps the objects alive now for a while: out of the collector's walks."""
        if self._holding:
            gc.freeze()


#: For work outside a round (tests, tools): holds nothing.
NO_HOLD = Collector()
