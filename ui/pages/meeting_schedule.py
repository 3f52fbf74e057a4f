"""Automatic scheduling from the Meetings page: in the background, with progress and Cancel,
and what it did in words (placed, left unplaced and why)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.meetings import ScheduleRun
from ui.context import AppContext
from ui.errors import describe
from ui.meeting_words import MeetingWords
from ui.tasks import TaskCancelled, TaskState

log = logging.getLogger(__name__)

# Unplaced requests named in the summary; more are counted.
SHOWN_UNPLACED = 12


class ScheduleFlow(QObject):
    """Runs the scheduler once at a time; ``scheduled`` with the run, or ``said`` a failure."""

    # The run ended: the run, its summary lines (the first is the headline).
    scheduled = Signal(object, list)
    # A line for the operator and whether it is an error.
    said = Signal(str, bool)
    # Running or not (the page enables its button by it).
    busy = Signal(bool)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget
        self.words = MeetingWords(self)
        self._task: TaskState | None = None
        self._progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is not None:
            return
        meetings = self.ctx.forum.meetings
        self.busy.emit(True)
        self._progress = QProgressDialog(
            self.tr("Scheduling meetings…"), self.tr("Cancel"), 0, 100, self.widget
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)

        def work(state: TaskState) -> tuple[ScheduleRun, dict[str, str]]:
            run = meetings.schedule(
                progress=lambda f, m: state.progress(f, m), should_stop=lambda: state.cancelled
            )
            if run.result.cancelled:
                raise TaskCancelled()
            return run, {d.id: d.name for d in meetings.delegations()}

        self._task = self.ctx.runner.run(
            work, self._scheduled, self._failed, self._progressed, owner=self.widget
        )
        self._progress.canceled.connect(self._task.cancel)

    def _progressed(self, fraction: float, message: str) -> None:
        # A modal QProgressDialog.setValue() processes events, and the finished callback
        # (which drops the dialog) may run inside it: keep a reference and set the text first.
        dialog = self._progress
        if dialog is not None:
            dialog.setLabelText(self.tr("Scheduling meetings…") + "\n" + message)
            dialog.setValue(int(fraction * 100))

    def _done(self) -> None:
        self._task = None
        self.busy.emit(False)
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _scheduled(self, outcome: tuple[ScheduleRun, dict[str, str]]) -> None:
        self._done()
        run, names = outcome
        r = run.result
        lines = [
            self.tr("Placed %n meeting(s).", "", len(r.placed))
            + " "
            + self.tr("%n request(s) could not be placed.", "", len(r.unplaced)),
            self.tr("Priority weight {0} of at most {1} ({2:.1f} %).").format(
                r.weight, int(r.bound), 100 * r.ratio
            ),
        ]
        for u in r.unplaced[:SHOWN_UNPLACED]:
            pair = " – ".join(names.get(d, d) for d in u.delegation_ids)
            lines.append(f"• {pair}: {self.words.unplaced(u)}")
        if len(r.unplaced) > SHOWN_UNPLACED:
            lines.append(self.tr("… and {0} more.").format(len(r.unplaced) - SHOWN_UNPLACED))
        self.scheduled.emit(run, lines)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, TaskCancelled):
            self.said.emit(self.tr("Scheduling cancelled; nothing was booked."), False)
        else:
            self.said.emit(describe(exc), True)
