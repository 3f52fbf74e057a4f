"""The check-in page's scan field and its In / Out toggles."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QStyle, QStyleOptionButton, QWidget

log = logging.getLogger(__name__)


class ScanField(QLineEdit):
    """The scan/search field: passes arrows and Escape to the page's suggestion list."""

    moved = Signal(int)
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
            self.moved.emit(step)
            return
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class DirectionButton(QPushButton):
    """The In or Out toggle, wide enough for its label in the bold face it shows when checked.

    The page's style sheet makes the checked button bold; Qt sizes a button by its normal
    face, so "Entrada" or "Выход" lost its last letters the moment it was chosen.
    """

    #: A toggle hit many times an hour: never a narrow target, even for "In".
    LEAST = QSize(80, 0)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)

    def _bold_size(self) -> QSize:
        self.ensurePolished()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        text = metrics.size(Qt.TextFlag.TextShowMnemonic, self.text())
        option = QStyleOptionButton()
        self.initStyleOption(option)
        size = QSize()
        for checked in (True, False):
            if checked:
                option.state |= QStyle.StateFlag.State_On
            else:
                option.state &= ~QStyle.StateFlag.State_On
            size = size.expandedTo(
                self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
            )
        return size

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._bold_size()).expandedTo(self.LEAST)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self._bold_size()).expandedTo(self.LEAST)
