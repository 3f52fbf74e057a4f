"""A one-line label that shortens its text with "…" when narrow and shows it all as a tooltip.

A plain QLabel asks for its whole text as its minimum width, so one long event, desk or
delegation name makes the whole window wider than a venue laptop's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line; ``text()`` is always the whole text, the screen may elide it."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, minimum_chars: int = 12
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._minimum_chars = minimum_chars
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def text(self) -> str:  # type: ignore[override]
        return self._full

    def clear(self) -> None:  # type: ignore[override]
        """Empty: QLabel.clear() alone left the whole text to come back at the next resize."""
        self.setText("")

    def shown_text(self) -> str:
        """What is on screen, elided or not."""
        return super().text()

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self.updateGeometry()
        self._elide()

    def _chrome(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full) + self._chrome() + 1
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        short = self.fontMetrics().averageCharWidth() * self._minimum_chars + self._chrome()
        return QSize(min(short, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
