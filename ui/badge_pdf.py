"""Badges saved as one PDF file: the file chosen, written in the background with progress
and Cancel, each badge logged as printed once the file is written."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.services.badges import BadgeRenderCancelled
from ui.context import AppContext
from ui.errors import describe
from ui.tasks import TaskCancelled, TaskState

log = logging.getLogger(__name__)


class BadgePdf(QObject):
    """Writes the chosen badges to a PDF file the operator names."""

    # A line for the operator (saved, cancelled).
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.task: TaskState | None = None

    def save(self, codes: list[str], layout: str) -> TaskState | None:
        """Ask for the file, then write ``codes``' badges in ``layout`` to it."""
        path, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save badges as PDF"),
            os.path.expanduser("~/badges.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        forum = self.ctx.forum
        total = len(codes)

        def work(state: TaskState) -> int:
            return forum.badges.render(
                codes, path, layout, lambda done, n: state.progress(done / n)
            )

        dialog = QProgressDialog(
            self.tr("Writing %n badge(s)…", "", total), self.tr("Cancel"), 0, 1000, self.widget
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        done_text = self.tr("%n badge(s) saved to %1", "", total).replace("%1", path)

        def progress(fraction: float, _msg: str) -> None:
            dialog.setValue(int(fraction * 1000))

        def finished(_result: object) -> None:
            dialog.close()
            self.message.emit(done_text)
            self.ctx.signals.badges_changed.emit()

        def failed(exc: BaseException) -> None:
            dialog.close()
            if isinstance(exc, TaskCancelled | BadgeRenderCancelled):
                self.message.emit(self.tr("Cancelled; nothing was logged as printed."))
                return
            QMessageBox.warning(self.widget, self.tr("Badges not printed"), describe(exc))

        state = self.ctx.runner.run(work, finished, failed, progress)
        dialog.canceled.connect(state.cancel)
        self.task = state
        return state
