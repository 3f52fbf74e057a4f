"""The day's meeting grid: drag a meeting onto a cell to move it; provisional cells dashed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

log = logging.getLogger(__name__)

ROLE_MEETING = Qt.ItemDataRole.UserRole
ROLE_CELL = Qt.ItemDataRole.UserRole + 1
ROLE_PROVISIONAL = Qt.ItemDataRole.UserRole + 2
PROVISIONAL_MARK = "◌"


class MeetingGrid(QTableWidget):
    """The day's grid; dropping a dragged meeting on a cell asks for a move, nothing more.

    Qt's own drop would move the item's text; here the service decides and the grid is
    redrawn from the database, so a refused move leaves the grid as it was.
    """

    meeting_dropped = Signal(str, str, str)  # meeting id, slot id, table id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setItemDelegate(ProvisionalDelegate(self))

    def dropEvent(self, event: QDropEvent) -> None:
        target = self.itemAt(event.position().toPoint())
        source = self.currentItem()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is None or source is None or target is source:
            return
        mid, cell = source.data(ROLE_MEETING), target.data(ROLE_CELL)
        if mid and cell:
            self.meeting_dropped.emit(mid, *cell)


class ProvisionalDelegate(QStyledItemDelegate):
    """Draws a dashed frame round provisional meetings, so they stand out from confirmed ones."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if index.data(ROLE_PROVISIONAL):
            painter.save()
            pen = QPen(Qt.GlobalColor.darkYellow, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))  # type: ignore[attr-defined]
            painter.restore()
