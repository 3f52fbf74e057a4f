"""The day's meeting grid: slots by tables, a meeting in its cell; drag a meeting onto a
cell to move it; provisional cells dashed."""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.meetings.views import GridDay, MeetingView
from ui.meeting_words import PURPOSE_COLOURS, MeetingWords
from ui.timefmt import time_label

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
        self.words = MeetingWords(self)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setItemDelegate(ProvisionalDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(130)
        self.verticalHeader().setDefaultSectionSize(40)
        self.setWordWrap(True)

    # -- the day --------------------------------------------------------------------------
    def show_day(self, g: GridDay | None, zone: tzinfo) -> None:
        """Draw the day ``g`` (times in ``zone``), keeping the chosen cell chosen."""
        selected = self.current_cell()
        self.blockSignals(True)
        self.clear()
        slots, tables = (g.slots, g.tables) if g is not None else ([], [])
        self.setRowCount(len(slots))
        self.setColumnCount(len(tables))
        self.setHorizontalHeaderLabels([t.name for t in tables])
        self.setVerticalHeaderLabels([time_label(s.start.astimezone(zone)) for s in slots])
        for r, slot in enumerate(slots):
            for c, table in enumerate(tables):
                item = QTableWidgetItem()
                item.setData(ROLE_CELL, (slot.id, table.id))
                v = g.at(slot.id, table.id) if g is not None else None
                if v is not None:
                    self._draw_meeting(item, v)
                self.setItem(r, c, item)
        self.blockSignals(False)
        if selected is not None:
            self.select_cell(*selected)

    def _draw_meeting(self, item: QTableWidgetItem, v: MeetingView) -> None:
        # A meeting the coordinators confirmed is drawn as confirmed, also before this
        # desk's change reached the server (the tip says so).
        provisional = v.provisional and v.status != "confirmed"
        mark = f"{PROVISIONAL_MARK} " if provisional else ""
        item.setText(mark + "\n".join(v.delegations))
        item.setData(ROLE_MEETING, v.id)
        item.setData(ROLE_PROVISIONAL, provisional)
        item.setBackground(QBrush(QColor(PURPOSE_COLOURS.get(v.purpose, "#EEEEEE"))))
        tip = [" – ".join(v.delegations), self.words.purpose(v.purpose)]
        if v.interpreter:
            tip.append(self.tr("Interpreter: {0}").format(v.interpreter))
        tip.append(self.words.status(v.status))
        if provisional:
            tip.append(self.tr("Provisional: not yet confirmed by the server"))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        elif v.provisional:
            tip.append(self.tr("Not yet sent to the server"))
        if v.status == "confirmed":
            font = item.font()
            font.setWeight(QFont.Weight.Bold)
            item.setFont(font)
        item.setToolTip("\n".join(tip))

    # -- selection --------------------------------------------------------------------------
    def _current_item(self) -> QTableWidgetItem | None:
        items = self.selectedItems()
        current = self.currentItem()
        if current is not None and current in items:
            return current
        return items[0] if items else None

    def current_cell(self) -> tuple[str, str] | None:
        """The chosen cell: (slot id, table id)."""
        item = self._current_item()
        cell = item.data(ROLE_CELL) if item is not None else None
        return (str(cell[0]), str(cell[1])) if cell else None

    def current_meeting(self) -> str | None:
        item = self._current_item()
        return item.data(ROLE_MEETING) if item is not None else None

    def selected_meetings(self) -> list[str]:
        out: list[str] = []
        for item in self.selectedItems():
            mid = item.data(ROLE_MEETING)
            if mid and mid not in out:
                out.append(mid)
        return out

    def select_cell(self, slot_id: str, table_id: str) -> bool:
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and tuple(item.data(ROLE_CELL)) == (slot_id, table_id):
                    self.setCurrentCell(r, c)
                    return True
        return False

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
