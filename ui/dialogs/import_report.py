"""The report of an import: every problem of a rejected file by line, column and reason."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class ImportReportDialog(QDialog):
    """Shows every problem of a rejected file: line, column, reason."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        if report.errors:
            summary = self.tr(
                "{0}: {1} problem(s) found. Nothing was imported; correct the file and import it again."
            ).format(report.file, len(report.errors))
        else:
            summary = self.tr("{0}: {1} new, {2} updated, {3} unchanged.").format(
                report.file, report.created, report.updated, report.unchanged
            )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        issues = [(self.tr("Error"), i) for i in report.errors] + [
            (self.tr("Warning"), i) for i in report.warnings
        ]
        self.table = QTableWidget(len(issues), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Line"), self.tr("Column"), self.tr("Problem")]
        )
        for r, (kind, issue) in enumerate(issues):
            line = str(issue.line) if issue.line else ""  # 0: the whole file
            for c, value in enumerate((kind, line, issue.column, issue.message)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if kind == self.tr("Error"):
                    item.setForeground(QColor("#b71c1c"))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # a file's problem says its limits in a sentence
        self.table.resizeRowsToContents()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
