"""Search suggestions under the check-in field: who matches, and whom Enter would admit.

The list floats over the result panel instead of taking room in the page's layout, so
opening it never makes the window taller than a laptop's screen. Enter admits a row only
when it was chosen: the single match of a search (its name on screen before the Enter),
or a row the operator picked with the arrows or the mouse. With several matches and none
picked, nothing is chosen, and the page says so.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

log = logging.getLogger(__name__)

#: The most rows shown without scrolling.
MAX_ROWS = 8


def hit_name(hit: Any) -> str:
    """A search hit's name as the desk shows it: native, then Latin when it differs."""
    native = getattr(hit, "native_name", "") or ""
    latin = getattr(hit, "latin_name", "") or ""
    if not native:
        return latin
    return native if not latin or latin == native else f"{native} — {latin}"


def hit_details(hit: Any) -> str:
    return " · ".join(
        str(x)
        for x in (
            getattr(hit, "delegation", ""),
            getattr(hit, "country_name", "") or getattr(hit, "country", ""),
            getattr(hit, "category_name", ""),
            getattr(hit, "registration_code", ""),
        )
        if x
    )


class SuggestionList(QListWidget):
    """The matches of the text in the check-in field; never takes the keyboard focus."""

    #: The chosen row changed (by the arrows, a click, or a single match).
    choice_changed = Signal()
    #: A row was double-clicked: check this registration code in.
    activated_code = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setStyleSheet(
            "QListWidget { font-size: 17px; background: palette(base);"
            " border: 1px solid palette(mid); }"
        )
        self.for_text: str | None = None
        self.names: list[str] = []
        self._chosen = False
        self.hide()
        self.itemClicked.connect(self._clicked)
        self.itemDoubleClicked.connect(self._double_clicked)

    def fill(self, text: str, hits: Sequence[Any]) -> None:
        """Show the hits of ``text``; the single match is chosen, several are not."""
        self.clear()
        self.for_text = text
        self.names = []
        for hit in hits:
            name = hit_name(hit)
            self.names.append(name)
            item = QListWidgetItem(f"{name}   {hit_details(hit)}")
            item.setData(Qt.ItemDataRole.UserRole, getattr(hit, "registration_code", ""))
            if getattr(hit, "status", "") == "cancelled":
                item.setForeground(Qt.GlobalColor.gray)
            self.addItem(item)
        self._chosen = len(hits) == 1
        if self._chosen:
            self.setCurrentRow(0)
        else:
            self.setCurrentRow(-1)
            self.clearSelection()
        self.setVisible(bool(hits))
        self.choice_changed.emit()

    def forget(self) -> None:
        self.clear()
        self.for_text = None
        self.names = []
        self._chosen = False
        self.hide()

    def move(self, step: int) -> None:
        """The arrows: the first step picks the first (or last) row, then moves."""
        if not self.isVisible() or self.count() == 0:
            return
        row = self.currentRow()
        if row < 0 or not self._chosen:
            row = 0 if step > 0 else self.count() - 1
        else:
            row = min(max(0, row + step), self.count() - 1)
        self._chosen = True
        self.setCurrentRow(row)
        self.choice_changed.emit()

    def chosen_code(self) -> str | None:
        """The registration code Enter would check in, if a row is chosen."""
        item = self.currentItem()
        if not self._chosen or item is None or not self.isVisible():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole) or "") or None

    def chosen_name(self) -> str:
        row = self.currentRow()
        return self.names[row] if self._chosen and 0 <= row < len(self.names) else ""

    def place(self, below: QRect, bottom: int) -> None:
        """Float under ``below`` (page coordinates), at most down to ``bottom``."""
        rows = max(1, min(self.count(), MAX_ROWS))
        row_height = max(24, self.sizeHintForRow(0))
        height = rows * row_height + 2 * self.frameWidth() + 2
        height = max(row_height + 2 * self.frameWidth(), min(height, bottom - below.bottom() - 2))
        self.setGeometry(below.left(), below.bottom() + 2, below.width(), height)
        self.raise_()

    def _clicked(self, item: QListWidgetItem) -> None:
        self._chosen = True
        self.setCurrentItem(item)
        self.choice_changed.emit()

    def _double_clicked(self, item: QListWidgetItem) -> None:
        code = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if code:
            self.activated_code.emit(code)
