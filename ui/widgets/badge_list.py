"""The Badges page's list: participants with their badge's print status, several chosen."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.badges import PrintStatus
from desktop.services.participants import ParticipantRow
from ui.widgets.selection import select_row

log = logging.getLogger(__name__)

_COLUMNS = 6
_CATEGORY = 4


class BadgeList(QTableWidget):
    """Code, names, delegation, category and the badge's print status of each participant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, _COLUMNS, parent)
        self.rows: list[ParticipantRow] = []
        self.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Latin name"),
                self.tr("Delegation"),
                self.tr("Category"),
                self.tr("Badge"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, rows: list[ParticipantRow], status: dict[str, PrintStatus]) -> None:
        """List ``rows`` with their print ``status``; the chosen ones stay chosen."""
        selected = set(self.selected_codes())
        self.rows = rows
        self.setUpdatesEnabled(False)
        self.blockSignals(True)
        self.clearSelection()
        self.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                r.registration_code,
                r.native_name,
                r.latin_name,
                r.delegation,
                r.category_name,
                self.status_text(status.get(r.registration_code)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == _CATEGORY:
                    item.setForeground(QColor(r.category_colour))
                self.setItem(i, col, item)
            if r.registration_code in selected:
                select_row(self, i, keep=True)
        self.blockSignals(False)
        self.setUpdatesEnabled(True)
        self.resizeColumnsToContents()

    def status_text(self, st: PrintStatus | None) -> str:
        if st is None or not st.printed:
            return self.tr("not printed")
        if not st.current_printed:
            return self.tr("v%1 not printed").replace("%1", str(st.current_version))
        return self.tr("printed ×%1").replace("%1", str(st.prints))

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectedIndexes()})
        return [self.rows[r].registration_code for r in rows if r < len(self.rows)]
