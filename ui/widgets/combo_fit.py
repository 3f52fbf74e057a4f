"""Combo boxes never narrower than their choices, whatever width a layout would give them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

log = logging.getLogger(__name__)


def fit_to_contents(combo: QComboBox) -> None:
    """Never narrower than its longest choice (a layout may squeeze a combo below that)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.sizeHint().width())


def fit_text(combo: QComboBox, text: str) -> None:
    """Never narrower than ``text`` (its "All …" choice) in the combo's own frame."""
    combo.ensurePolished()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox,
        option,
        QSize(metrics.horizontalAdvance(text) + 4, metrics.height()),
        combo,
    )
    combo.setMinimumWidth(size.width())
