"""A layout that places its items in a row and wraps onto the next line when the row is full.

Qt has none built in (this follows Qt's Flow Layout example). A legend or a row of chips
in it never makes the window wider than the screen: in Russian or Spanish it takes two
lines instead of 1,100 pixels. Right to left, the lines start on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right (right to left in a mirrored window), wrapping as needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list ------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        visible = [i for i in self._items if not i.isEmpty()]
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(
            0, len(visible) - 1
        )
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower wraps."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- placing ------------------------------------------------------------------------
    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Break the items into lines that fit ``rect``; place them, each line's centred."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            size = QSize(
                min(hint.width(), max(area.width(), item.minimumSize().width())), hint.height()
            )
            if lines[-1] and x + size.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, size))
            x += size.width() + self._spacing
        y = area.y()
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else None
        for line in lines:
            height = max((size.height() for _item, size in line), default=0)
            x = area.x()
            for item, size in line:
                if apply:
                    placed = QRect(QPoint(x, y + (height - size.height()) // 2), size)
                    if direction is not None:
                        placed = QStyle.visualRect(direction, area, placed)
                    item.setGeometry(placed)
                x += size.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + m.bottom()
