"""Editing a participant, and reading their history: every edit is audited by the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
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


class EditParticipantDialog(QDialog):
    """Edit names (both scripts), title, organisation, country, contact, languages, zones, notes."""

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
            self.error.setText(
                self.tr("Not saved: {0}").format(
                    self.tr("unknown country") if field == "country" else exc.message
                )
            )
            return
        self.accept()


class HistoryDialog(QDialog):
    """The audit trail of one participant: when, which desk, who, what changed."""

    def __init__(
        self, service: ParticipantService, key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(820, 380)
        entries = service.history(key)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When (UTC)"),
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
            details = ", ".join(
                f"{k}: {v}"
                for k, v in e.data.items()
                if k not in ("field_clocks", "id") and v not in (None, "", [])
            )
            values = (
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.desk,
                e.operator,
                ops.get(e.op, e.op),
                details[:300],
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
