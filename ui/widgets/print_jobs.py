"""Print jobs that did not print, in the operator's words, with a one-key retry (F8)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.printing import FailedJob
from ui.errors import describe_problem
from ui.widgets.local_dates import moment_label

log = logging.getLogger(__name__)

RETRY_KEY = "F8"


class FailedJobsPanel(QWidget):
    """The print jobs to retry; hidden while there are none."""

    retry_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[FailedJob] = []
        self.title = QLabel()
        self.title.setStyleSheet("color: #B3261E; font-weight: bold;")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Badges"),
                self.tr("Printer"),
                self.tr("Problem"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMaximumHeight(140)
        self.retry_button = QPushButton(self.tr("Retry") + f" ({RETRY_KEY})")
        self.retry_button.setShortcut(QKeySequence(RETRY_KEY))
        self.retry_button.clicked.connect(self._retry)
        self.table.doubleClicked.connect(lambda _i: self._retry())
        # F8 or Enter on the list retries the job even when the window lost activation
        # (after a modal progress dialog), where a window shortcut would not fire.
        self.table.installEventFilter(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.retry_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.table)
        self.setVisible(False)

    def show_jobs(self, jobs: list[FailedJob]) -> None:
        self.jobs = list(jobs)
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            badges = ", ".join(job.codes[:3]) + (" …" if len(job.codes) > 3 else "")
            cells = [
                moment_label(job.at),
                f"{len(job.codes)}: {badges}",
                job.printer,
                describe_problem(job.problem, job.printer, job.message),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.jobs:
            self.table.selectRow(0)
        self.title.setText(self.tr("%n print job(s) failed", "", len(self.jobs)))
        self.setVisible(bool(self.jobs))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_F8, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._retry()
            return True
        return super().eventFilter(watched, event)

    def current(self) -> FailedJob | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def _retry(self) -> None:
        job = self.current()
        if job is not None:
            self.retry_requested.emit(job)
