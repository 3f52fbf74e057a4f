"""Desk settings: desk name, operator, zone, badge layout, printer, language, sounds, the
walk-in category, the supervisor PIN (set or changed in its own dialog, never shown) and
print on arrival (the layout and printer it uses)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.printing import PrinterQueue, PrintingError
from ui.context import AppContext
from ui.dialogs.supervisor import SetPinDialog

log = logging.getLogger(__name__)

# Each language under its own name, so a desk set to a language its operator cannot read
# is set back. The code is the suffix of resources/translations/forumdesk_<code>.qm.
LANGUAGES = (
    ("", "System"),
    ("en", "English"),
    ("ru", "Русский"),
    ("pt_BR", "Português"),
    ("es", "Español"),
    ("zh_CN", "中文"),
    ("ar", "العربية"),
)
LAYOUTS = (("a6", "A6"), ("cr80", "CR80"), ("label4x3", '4×3"'), ("a4-sheet", "A4 ×4"))


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Desk settings"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.desk_name = QLineEdit(ctx.forum.actor.desk)
        self.operator = QLineEdit(ctx.settings.operator)
        self.zone = QComboBox()
        try:
            zones = ctx.forum.event().zones
        except Exception:
            zones = []
        for code, name in zones:
            self.zone.addItem(name, code)
        self.zone.setCurrentIndex(max(0, self.zone.findData(ctx.settings.zone)))
        self.layout_box = QComboBox()
        for code, name in LAYOUTS:
            self.layout_box.addItem(name, code)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(ctx.settings.badge_layout)))
        self.printer = QLabel(
            ctx.settings.printer_for(ctx.settings.badge_layout)[0]
            or self.tr("chosen when printing")
        )
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr("System language") if not code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.language)))
        self.sounds = QCheckBox(self.tr("Play a sound for each scan result"))
        self.sounds.setChecked(ctx.settings.sounds)
        self.walk_in_category = QComboBox()
        try:
            categories = ctx.forum.event().categories
        except Exception:
            categories = []
        for code, name, _colour in categories:
            self.walk_in_category.addItem(name, code)
        # None chosen when the desk's category is not in this event: never the first one
        # (Head of delegation) by accident.
        self.walk_in_category.setCurrentIndex(
            self.walk_in_category.findData(ctx.settings.walk_in_category)
        )
        # The PIN is never shown: only whether one is set, and a button to set or change it.
        self.pin_state = QLabel()
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(self.set_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.pin_button)
        self._show_pin_state()
        self.server = QLabel(ctx.settings.server_url or self.tr("not enrolled (see the Sync page)"))
        form.addRow(self.tr("Desk name"), self.desk_name)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("Zone"), self.zone)
        form.addRow(self.tr("Badge layout"), self.layout_box)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.sounds)
        form.addRow(self.tr("Walk-in category"), self.walk_in_category)
        form.addRow(self.tr("Supervisor PIN"), pin_row)
        form.addRow(self.tr("Server"), self.server)
        self.arrival = self._arrival_box()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.arrival)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def save(self) -> None:
        ctx = self.ctx
        if self.desk_name.text().strip() and self.desk_name.text().strip() != ctx.forum.actor.desk:
            ctx.forum.rename_desk(self.desk_name.text().strip())
        operator = self.operator.text().strip()
        if operator != ctx.settings.operator:
            ctx.settings.operator = operator
            ctx.forum.set_operator(operator)
        zone = self.zone.currentData()
        if zone and zone != ctx.settings.zone:
            ctx.settings.zone = zone
            ctx.signals.zone_changed.emit(zone)
        ctx.settings.badge_layout = self.layout_box.currentData()
        ctx.settings.print_on_arrival = self.arrival.isChecked()
        ctx.settings.arrival_layout = str(self.arrival_layout.currentData() or "")
        ctx.settings.arrival_printer = str(self.arrival_printer.currentData() or "")
        ctx.settings.sounds = self.sounds.isChecked()
        if self.walk_in_category.currentData():
            ctx.settings.walk_in_category = self.walk_in_category.currentData()
        language = self.language.currentData()
        self.language_changed = language != ctx.settings.language
        ctx.settings.language = language
        self.accept()

    def _show_pin_state(self) -> None:
        is_set = self.ctx.forum.supervisor.is_set()
        self.pin_state.setText(
            self.tr("set") if is_set else self.tr("not set: overrides are refused")
        )
        self.pin_state.setStyleSheet("" if is_set else "color: #B3261E; font-weight: bold;")
        self.pin_button.setText(self.tr("Change…") if is_set else self.tr("Set…"))

    def set_pin(self) -> None:
        """Set or change the PIN in its own dialog (a change needs the current PIN)."""
        self.pin_dialog = SetPinDialog(self.ctx.forum.supervisor, self)
        self.pin_dialog.finished.connect(lambda _code: self._show_pin_state())
        self.pin_dialog.open()

    # -- print on arrival ---------------------------------------------------------------
    def _arrival_box(self) -> QGroupBox:
        """Print badge on arrival, with its layout and printer. The first entry of each
        list follows the desk: its badge layout, and the printer the Badges page
        remembers for that layout (else the system's default printer)."""
        settings = self.ctx.settings
        box = QGroupBox(self.tr("Print badge on arrival"))
        box.setCheckable(True)
        box.setChecked(settings.print_on_arrival)
        self.arrival_layout = QComboBox()
        self.arrival_layout.addItem("", "")
        for code, name in LAYOUTS:
            self.arrival_layout.addItem(name, code)
        self.arrival_layout.setCurrentIndex(
            max(0, self.arrival_layout.findData(settings.arrival_layout))
        )
        self.arrival_printer = QComboBox()
        self.arrival_printer.addItem("", "")
        try:
            queues: list[PrinterQueue] = self.ctx.forum.printing.printers()
        except PrintingError as exc:
            log.warning("no printers: %s", exc)
            queues = []
        for q in queues:
            self.arrival_printer.addItem(q.name, q.name)
        self._system_default = next((q.name for q in queues if q.is_default), "")
        chosen = settings.arrival_printer
        if chosen and self.arrival_printer.findData(chosen) < 0:
            self.arrival_printer.addItem(
                self.tr("%1 (not on this computer)").replace("%1", chosen), chosen
            )
        self.arrival_printer.setCurrentIndex(max(0, self.arrival_printer.findData(chosen)))
        explain = QLabel(
            self.tr(
                "At a participant's first admission, if no badge of theirs was printed yet,"
                " the badge prints at once."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(explain)
        form.addRow(self.tr("Layout"), self.arrival_layout)
        form.addRow(self.tr("Printer"), self.arrival_printer)
        self.layout_box.currentIndexChanged.connect(self._name_desk_defaults)
        self.arrival_layout.currentIndexChanged.connect(self._name_desk_defaults)
        self._name_desk_defaults()
        return box

    def _name_desk_defaults(self) -> None:
        """The first entries name what they stand for now."""
        badge_layout = str(self.layout_box.currentData() or "a6")
        self.arrival_layout.setItemText(
            0,
            self.tr("Desk's badge layout (%1)").replace(
                "%1", self.layout_box.currentText() or badge_layout
            ),
        )
        layout = str(self.arrival_layout.currentData() or badge_layout)
        remembered = self.ctx.settings.printer_for(layout)[0]
        self.arrival_printer.setItemText(
            0,
            self.tr("Chosen for this layout (%1)").replace("%1", remembered)
            if remembered
            else self.tr("System default printer (%1)").replace("%1", self._system_default)
            if self._system_default
            else self.tr("System default printer"),
        )
