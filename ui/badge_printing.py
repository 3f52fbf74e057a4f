"""Printing badges from the desk: choose the layout's printer, send in the background.

The Badges page, walk-ins and reprints come through here; the printing service does
the work (the page size from the layout, only accepted jobs logged, jobs followed), and
what did not print lands in the failed-jobs list with a retry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.printing import FailedJob, PrintingError, PrintRun
from desktop.services.badges import Reissue
from ui.context import AppContext
from ui.dialogs.printer_choice import PrinterDialog
from ui.errors import describe, describe_problem
from ui.tasks import TaskCancelled, TaskState

log = logging.getLogger(__name__)


class BadgePrintFlow(QObject):
    """Sends badges to the printer in the background and says how it went."""

    # A line for the operator (sent, not printed, cancelled).
    message = Signal(str)
    # The failed jobs changed (a run ended or a print could not start).
    failed_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.task: TaskState | None = None
        self.last_run: PrintRun | None = None
        self._retrying: set[FailedJob] = set()

    def choose_printer(self, layout: str) -> tuple[str, str] | None:
        """The print dialog on the printer remembered for this layout; None if cancelled."""
        dialog = PrinterDialog(self.ctx, layout, self.widget)
        if dialog.exec() != PrinterDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def print_codes(
        self,
        codes: list[str],
        layout: str,
        source: str,
        printer: tuple[str, str] | None = None,
        reissue: Reissue | None = None,
    ) -> TaskState | None:
        """Print these badges; asks for the printer unless one is given (None when the
        operator cancels: nothing printed, and a reprint's old badge still admits)."""
        if not codes:
            return None
        choice = printer or self.choose_printer(layout)
        if choice is None:
            return None
        name, paper = choice
        service = self.ctx.forum.printing

        def work(state: TaskState) -> PrintRun:
            return service.print_badges(
                codes,
                layout=layout,
                printer=name,
                paper_source=paper,
                source=source,
                progress=lambda done, total: state.progress(done / total, "sent"),
                reissue=reissue,
            )

        return self._run(work, len(codes))

    def retry(self, job: FailedJob) -> TaskState | None:
        """Print a failed job again on its printer (one key on the Badges page); a second
        key press while that retry runs does nothing, so nothing prints twice."""
        if job in self._retrying:
            return None
        self._retrying.add(job)
        service = self.ctx.forum.printing

        def work(state: TaskState) -> PrintRun:
            return service.retry(
                job, progress=lambda done, total: state.progress(done / total, "sent")
            )

        return self._run(work, len(job.codes), lambda: self._retrying.discard(job))

    # -- running -----------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[TaskState], PrintRun],
        total: int,
        ended: Callable[[], None] | None = None,
    ) -> TaskState:
        dialog = QProgressDialog(
            self.tr("Sending %n badge(s) to the printer…", "", total),
            self.tr("Cancel"),
            0,
            1000,
            self.widget,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(fraction: float, _msg: str) -> None:
            dialog.setValue(int(fraction * 1000))
            if fraction >= 1.0:  # all sent: the follow goes on without holding the desk
                dialog.close()
                self.message.emit(self.tr("Sent; waiting for the printer…"))

        def finished(run: PrintRun) -> None:
            dialog.close()
            if ended is not None:
                ended()
            self.last_run = run
            self.failed_changed.emit()
            self.ctx.signals.badges_changed.emit()  # refreshes the page; the summary last
            self.message.emit(self.summary(run))

        def failed(exc: BaseException) -> None:
            dialog.close()
            if ended is not None:
                ended()
            if isinstance(exc, TaskCancelled):
                self.message.emit(self.tr("Cancelled; nothing was logged as printed."))
                return
            text = describe(exc)
            if isinstance(exc, PrintingError):  # the service keeps it for a retry
                self.failed_changed.emit()
            self.message.emit(text)
            QMessageBox.warning(self.widget, self.tr("Badges not printed"), text)

        state = self.ctx.runner.run(work, finished, failed, progress)
        dialog.canceled.connect(state.cancel)
        self.task = state
        return state

    def summary(self, run: PrintRun) -> str:
        printed = len(run.printed_codes)
        text = self.tr("%n badge(s) sent to %1.", "", printed).replace("%1", run.printer)
        problems = [o for o in run.failed if o.problem != "cancelled"]
        if problems:
            first = problems[0]
            missing = sum(len(o.codes) for o in problems)
            text += " " + self.tr("%n badge(s) not printed:", "", missing)
            text += " " + describe_problem(first.problem, first.printer, first.message)
        if run.cancelled:
            text += " " + self.tr("The rest was cancelled.")
        return text
