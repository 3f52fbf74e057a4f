"""A read-only list table whose rows each carry a key (an id), and the key of the chosen row."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

log = logging.getLogger(__name__)


def keyed_table(headers: list[str]) -> QTableWidget:
    """A table of whole rows, one chosen at a time, not editable in place."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def chosen_key(t: QTableWidget) -> Any:
    """The key of the chosen row (None: no row chosen)."""
    rows = t.selectionModel().selectedRows()
    if not rows:
        return None
    item = t.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def fill_keyed(t: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Show ``rows``: each a key and the texts of its cells."""
    t.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, key)
            t.setItem(r, c, item)
