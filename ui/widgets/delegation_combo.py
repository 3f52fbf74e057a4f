"""Choosing a delegation by typing any part of its name: an editable combo and its choice."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.meetings.board import DelegationInfo

log = logging.getLogger(__name__)


def delegation_combo(delegations: list[DelegationInfo], parent: QWidget | None = None) -> QComboBox:
    """An editable combo of delegations that finds a name by any part of it as one types."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for d in delegations:
        combo.addItem(f"{d.name}" + (f" ({d.country})" if d.country else ""), d.id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    combo.setMinimumContentsLength(24)
    return combo


def chosen_delegation(combo: QComboBox) -> str | None:
    """The id of the delegation whose name is typed or chosen in ``combo`` (None if none)."""
    text = combo.currentText().strip()
    if not text:
        return None
    i = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if i < 0:
        folded = text.casefold()
        i = next(
            (
                k
                for k in range(combo.count())
                if combo.itemText(k).casefold().split(" (")[0] == folded
            ),
            -1,
        )
    return combo.itemData(i) if i >= 0 else None
