"""The meeting requests beside the grid: filtered by delegation and by status, one chosen."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.meetings.views import RequestView
from ui.meeting_words import MeetingWords
from ui.widgets.selection import select_row

log = logging.getLogger(__name__)


class RequestList(QWidget):
    """The requests with a text filter and "open / all"; ``chosen`` when the choice changes."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = MeetingWords(self)
        self.requests: list[RequestView] = []
        self.filter = QLineEdit(placeholderText=self.tr("Filter requests by delegation…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self.fill())
        self.status = QComboBox()
        self.status.addItem(self.tr("Open requests"), "requested")
        self.status.addItem(self.tr("All requests"), "")
        self.status.currentIndexChanged.connect(lambda _i: self.fill())
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Requested by"), self.tr("With"), self.tr("Priority"), self.tr("Purpose")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(lambda: self.chosen.emit())
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def show_requests(self, requests: list[RequestView]) -> None:
        self.requests = requests
        self.fill()

    def fill(self) -> None:
        """The requests the filters let through, keeping the chosen one chosen."""
        wanted = self.status.currentData()
        text = self.filter.text().strip().casefold()
        rows = [
            r
            for r in self.requests
            if (not wanted or r.status == wanted)
            and (not text or text in r.requester.casefold() or text in r.partner.casefold())
        ]
        keep = self.current()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [r.requester, r.partner, str(r.priority), self.words.purpose(r.purpose)]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if r.needs_interpreter:
                    item.setToolTip(
                        self.tr("Needs an interpreter for {0}").format(r.language_label)
                    )
                self.table.setItem(i, j, item)
            if keep == r.id:
                select_row(self.table, i)
        self.table.blockSignals(False)

    def current(self) -> str | None:
        """The chosen request's id."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, request_id: str) -> bool:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == request_id:
                select_row(self.table, r)
                return True
        return False
