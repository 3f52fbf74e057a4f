"""Editing a participant, and reading their history: every edit is audited by the core."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ForumDeskError
from desktop.services.participants import ParticipantDetail, ParticipantService
from ui.errors import describe
from ui.timefmt import ForumClock


class EditParticipantDialog(QDialog):
    """Edit names (both scripts), title, organisation, delegation, country, category,
    contact, languages, zones and notes; the core audits and syncs each change."""

    def __init__(
        self, service: ParticipantService, detail: ParticipantDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.detail = detail
        self.result_detail: ParticipantDetail | None = None
        self.setWindowTitle(self.tr("Edit {0}").format(detail.latin_name or detail.native_name))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "given_name": self.tr("Given name (own script)"),
            "family_name": self.tr("Family name (own script)"),
            "given_name_latin": self.tr("Given name (Latin)"),
            "family_name_latin": self.tr("Family name (Latin)"),
            "title": self.tr("Title or position"),
            "organisation": self.tr("Organisation"),
            "country": self.tr("Country (code or English name)"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "languages": self.tr("Languages (separated by ;)"),
            "zones": self.tr("Zones (separated by ;, empty = category default)"),
        }
        for name, label in labels.items():
            edit = QLineEdit(self._initial(name))
            edit.setObjectName(name)
            self.edits[name] = edit
            form.addRow(label, edit)
            if name == "organisation":
                form.addRow(self.tr("Delegation"), self._delegation_box())
            elif name == "country":
                form.addRow(self.tr("Category"), self._category_box())
        self.notes = QPlainTextEdit(detail.notes)
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _delegation_box(self) -> QComboBox:
        """The person's delegation, or another one (typing a new name makes it)."""
        self.delegation = QComboBox()
        self.delegation.setObjectName("delegation")
        self.delegation.setEditable(True)
        self.delegation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.delegation.addItems([name for name, _country in self.service.delegations()])
        completer = self.delegation.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.delegation.setCurrentText(self.detail.delegation)
        return self.delegation

    def _category_box(self) -> QComboBox:
        self.category = QComboBox()
        self.category.setObjectName("category")
        try:
            categories = self.service.db.event().categories
        except ForumDeskError:
            categories = []
        for code, name, _colour in categories:
            self.category.addItem(name, code)
        self.category.setCurrentIndex(self.category.findData(self.detail.category_code))
        return self.category

    def _initial(self, name: str) -> str:
        d = self.detail
        if name == "languages":
            return "; ".join(d.languages)
        if name == "zones":
            return "" if d.zones_from_category else "; ".join(d.zones)
        return str(getattr(d, name))

    def changes(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, edit in self.edits.items():
            text = edit.text().strip()
            if text == self._initial(name):
                continue
            if name in ("languages", "zones"):
                items = [x.strip() for x in text.replace(",", ";").split(";") if x.strip()]
                out[name] = items if (items or name == "languages") else None
            else:
                out[name] = text
        if self.notes.toPlainText() != self.detail.notes:
            out["notes"] = self.notes.toPlainText()
        delegation = self.delegation.currentText().strip()
        if delegation != self.detail.delegation:
            out["delegation"] = delegation
        category = self.category.currentData()
        if category and category != self.detail.category_code:
            out["category"] = category
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        names = ("given_name", "family_name", "given_name_latin", "family_name_latin")
        if all(not (changes.get(n, getattr(self.detail, n)) or "").strip() for n in names):
            self.error.setText(self.tr("A name is required."))
            return
        try:
            self.result_detail = self.service.update(self.detail.id, changes)
        except ForumDeskError as exc:
            field = exc.params.get("field", "")
            reasons = {
                "country": self.tr("unknown country"),
                "delegation": self.tr("a delegation is required"),
                "category": self.tr("unknown category"),
            }
            self.error.setText(
                self.tr("Not saved: {0}").format(reasons.get(field) or describe(exc))
            )
            return
        self.accept()


#: Change-log keys that are the software's bookkeeping, or shown in their own column.
_INTERNAL_KEYS = {
    "field_clocks",
    "id",
    "event_id",
    "search_key",
    "import_hash",
    "latin_generated",
    "photo",
    "created_at",
    "updated_at",
    "desk",
    "operator",
    "printed_at",
    "issued_at",
    "registration_code",
}


def _field_label(key: str) -> str:
    """A change's field in the desk's words, from the labels the edit dialog and the detail
    panel already show (so their translations serve here too)."""
    translate = QCoreApplication.translate
    labels = {
        "given_name": translate("EditParticipantDialog", "Given name (own script)"),
        "family_name": translate("EditParticipantDialog", "Family name (own script)"),
        "given_name_latin": translate("EditParticipantDialog", "Given name (Latin)"),
        "family_name_latin": translate("EditParticipantDialog", "Family name (Latin)"),
        "title": translate("DetailPanel", "Title"),
        "organisation": translate("DetailPanel", "Organisation"),
        "delegation": translate("DetailPanel", "Delegation"),
        "category": translate("EditParticipantDialog", "Category"),
        "country": translate("DetailPanel", "Country"),
        "languages": translate("DetailPanel", "Languages"),
        "zones": translate("DetailPanel", "Zones"),
        "status": translate("DetailPanel", "Status"),
        "email": translate("EditParticipantDialog", "E-mail"),
        "phone": translate("EditParticipantDialog", "Phone"),
        "notes": translate("DetailPanel", "Notes"),
        "badge_version": translate("DetailPanel", "Badge version"),
        "version": translate("DetailPanel", "Badge version"),
        "reason": translate("HistoryDialog", "Reason"),
        "layout": translate("HistoryDialog", "Layout"),
        "revoked_versions": translate("HistoryDialog", "Revoked versions"),
        "filled": translate("HistoryDialog", "Filled in"),
        "merged": translate("HistoryDialog", "Merged from"),
        "merged_into": translate("HistoryDialog", "Merged into"),
    }
    return labels.get(key, key)


class HistoryDialog(QDialog):
    """The audit trail of one participant: when, which desk, who, what changed.

    Times are shown in ``timezone`` (the event's, as the check-in result shows them;
    UTC when none is given), named in the When header, through the desk's one formatter.
    """

    def __init__(
        self,
        service: ParticipantService,
        key: str,
        parent: QWidget | None = None,
        *,
        timezone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.timezone = timezone
        self.clock = ForumClock(timezone if timezone is not None else "UTC")
        self.setWindowTitle(self.tr("History"))
        self.resize(820, 380)
        entries = service.history(key)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When ({0})").format(self.clock.zone_name()),
                self.tr("Desk"),
                self.tr("Operator"),
                self.tr("Change"),
                self.tr("Details"),
            ]
        )
        ops = {
            "create": self.tr("registered"),
            "update": self.tr("edited"),
            "cancel": self.tr("cancelled"),
            "merge": self.tr("merged"),
            "issue": self.tr("new badge version"),
            "print": self.tr("badge printed"),
        }
        for row, e in enumerate(entries):
            details = self._details(e.data)
            values = (
                self._when(e.at),
                e.desk,
                e.operator,
                ops.get(e.op, e.op),
                details[:600],
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 4 and details:
                    item.setToolTip(details)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # An edit's details wrap onto more lines instead of ending in "…".
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _when(self, moment: datetime) -> str:
        return self.clock.moment(moment, year=True, seconds=True)

    def _value(self, key: str, value: Any) -> str:
        if isinstance(value, dict):
            return f"({self._details(value)})"
        if key in ("merged", "merged_into"):
            # The other participant by the code a desk knows them by, not their id.
            try:
                return self.service.get(str(value)).registration_code
            except ForumDeskError:
                return str(value)
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        if key == "category":  # the category's name, as the desk lists it
            try:
                names = {code: name for code, name, _ in self.service.db.event().categories}
            except ForumDeskError:
                names = {}
            return names.get(str(value), str(value))
        if key == "status" and value in ("registered", "cancelled"):
            return self.tr("registered") if value == "registered" else self.tr("cancelled")
        if isinstance(value, str) and key.endswith("_at"):
            try:
                return self._when(datetime.fromisoformat(value))
            except ValueError:
                return value
        return " ".join(str(value).split())

    def _details(self, data: dict[str, Any]) -> str:
        """``Title: Chief Protocol Officer; Languages: ru, en`` in the desk's language."""
        parts = []
        for key, value in data.items():
            if key in _INTERNAL_KEYS or key.endswith("_id") or value in (None, "", [], {}):
                continue
            parts.append(f"{_field_label(key)}: {self._value(key, value)}")
        return "; ".join(parts)
