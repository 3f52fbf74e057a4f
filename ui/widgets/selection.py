"""Selecting a table row from code, in either layout direction.

``QTableView.selectRow`` selects nothing in a right-to-left window (Qt 6.12: it looks for
the row's first column at the viewport's far edge and finds none), so an Arabic desk lost
the chosen participant or request whenever a list refreshed. The selection model works
in both directions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int, *, keep: bool = False) -> None:
    """Make ``row`` current and selected; ``keep`` adds it to the rows already selected."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.Rows | (
        QItemSelectionModel.SelectionFlag.Select
        if keep
        else QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    selection.setCurrentIndex(model.index(row, 0), flags)
