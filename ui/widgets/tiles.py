"""The dashboard's building blocks: a big number over its caption, and count tables that
sort by number."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class NumberItem(QTableWidgetItem):
    """A table cell that sorts by its number."""

    def __init__(self, value: int, text: str | None = None) -> None:
        super().__init__(text if text is not None else str(value))
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return super().__lt__(other)


class BigNumber(QFrame):
    """A tile: a large number over its caption."""

    def __init__(self, caption: str, colour: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bigNumber")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#bigNumber { background: palette(base); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.value = QLabel("–")
        font = QFont(self.font())
        font.setPointSize(26)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if colour:
            self.value.setStyleSheet(f"color: {colour};")
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int, detail: str = "") -> None:
        self.value.setText(f"{value:,}".replace(",", "\u202f"))
        self.setToolTip(detail)


def count_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table
