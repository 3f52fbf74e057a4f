"""Which printer (and tray) prints this layout's badges; remembered per layout.

The paper is not a choice here: it always comes from the layout (A6, CR80 card, 4×3
label, A4 sheet), full page at 100 %. A remembered printer that is no longer there is
said so; the dialog never picks another one silently.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.printing import PrinterQueue, PrintingError, media_for
from ui.context import AppContext

log = logging.getLogger(__name__)


class PrinterDialog(QDialog):
    """Choose the printer and paper source for one layout; ``choice()`` once accepted."""

    def __init__(self, ctx: AppContext, layout: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_name = layout
        self.setWindowTitle(self.tr("Print badges"))
        self.printer = QComboBox()
        self.source = QComboBox()
        media = media_for(layout)
        self.paper = QLabel(
            self.tr("%1 × %2 mm, full page, 100 %")
            .replace("%1", f"{media.width_mm:g}")
            .replace("%2", f"{media.height_mm:g}")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #B3261E;")
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Paper source"), self.source)
        form.addRow(self.tr("Paper"), self.paper)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.note)
        box.addWidget(self.buttons)
        self._queues: list[PrinterQueue] = []
        self.printer.currentIndexChanged.connect(self._printer_changed)
        self._load()

    def _state_text(self, q: PrinterQueue) -> str:
        if not q.accepting:
            return self.tr("not accepting jobs")
        if q.status == "stopped":
            return self.tr("paused")
        if q.status == "printing":
            return self.tr("printing")
        return self.tr("ready")

    def _load(self) -> None:
        remembered, source = self.ctx.settings.printer_for(self.layout_name)
        try:
            self._queues = self.ctx.forum.printing.printers()
        except PrintingError as exc:
            log.warning("no printers: %s", exc)
            self._queues = []
        for q in self._queues:
            self.printer.addItem(f"{q.name} — {self._state_text(q)}", q.name)
        index = self.printer.findData(remembered) if remembered else -1
        if index < 0 and remembered:
            self.note.setText(
                self.tr("The printer “%1” chosen before is not on this computer.").replace(
                    "%1", remembered
                )
            )
        if index < 0:
            index = next((i for i, q in enumerate(self._queues) if q.is_default), 0)
        if not self._queues:
            self.note.setText(self.tr("No printers are installed on this computer."))
        self.printer.setCurrentIndex(index)
        self._printer_changed()
        found = self.source.findData(source)
        if found >= 0:
            self.source.setCurrentIndex(found)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self._queues))

    def _printer_changed(self) -> None:
        self.source.clear()
        self.source.addItem(self.tr("Printer's default"), "")
        name = self.printer.currentData()
        if not name:
            return
        try:
            for s in self.ctx.forum.printing.paper_sources(str(name)):
                self.source.addItem(s.label, s.value)
        except PrintingError as exc:
            log.info("no paper sources for %s: %s", name, exc)

    def choice(self) -> tuple[str, str]:
        return str(self.printer.currentData() or ""), str(self.source.currentData() or "")

    def accept(self) -> None:
        name, source = self.choice()
        if not name:
            return
        self.ctx.settings.remember_printer(self.layout_name, name, source)
        super().accept()
