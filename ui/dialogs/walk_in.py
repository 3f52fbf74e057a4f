"""Walk-in registration: the person's names (native and Latin), delegation and category."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.participants import WalkIn

log = logging.getLogger(__name__)


class WalkInDialog(QDialog):
    """Asks for a walk-in's details; ``walk_in()`` gives them once accepted."""

    def __init__(
        self,
        delegations: list[tuple[str, str]],
        categories: list[tuple[str, str, str]],
        parent: QWidget | None = None,
        *,
        default_category: str = "guest",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in registration"))
        self._countries = dict(delegations)
        # The country this dialog filled in from a delegation (replaced when the
        # delegation changes); a country the operator typed is never touched.
        self._filled_country = ""
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.given_latin = QLineEdit()
        self.family_latin = QLineEdit()
        for field in (self.given_latin, self.family_latin):
            field.setPlaceholderText(self.tr("transliterated when left empty"))
        self.delegation = QComboBox()
        self.delegation.setEditable(True)
        self.delegation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.delegation.addItems([name for name, _ in delegations])
        self.delegation.setCurrentIndex(-1)
        # Suggestions in a list under the field, never completed inline: inline
        # completion turned "K" into "Khujand" and took its country for a new "Kazan".
        completer = self.delegation.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.delegation.currentTextChanged.connect(self._delegation_changed)
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("ISO code or English name, e.g. RU, Brazil"))
        self.category = QComboBox()
        for code, name, _colour in categories:
            self.category.addItem(name, code)
        # The desk's walk-in category (Guest unless set), never the list's first entry:
        # that was Head of delegation, which gave a walk-in VIP zones and the watch list.
        self.category.setCurrentIndex(self.category.findData(default_category))
        self.title_edit = QLineEdit()
        self.organisation = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Given name (own script)"), self.given)
        form.addRow(self.tr("Family name (own script)"), self.family)
        form.addRow(self.tr("Given name (Latin)"), self.given_latin)
        form.addRow(self.tr("Family name (Latin)"), self.family_latin)
        form.addRow(self.tr("Delegation"), self.delegation)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Title or position"), self.title_edit)
        form.addRow(self.tr("Organisation"), self.organisation)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register and print badge"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _delegation_changed(self, name: str) -> None:
        """Fill the country from a delegation whose name is exactly what was typed."""
        country = self._countries.get(name.strip(), "")
        typed = self.country.text().strip()
        if typed and typed != self._filled_country:
            return  # the operator's own entry
        self.country.setText(country)
        self._filled_country = country

    def _accept(self) -> None:
        if not any(
            f.text().strip() for f in (self.given, self.family, self.given_latin, self.family_latin)
        ):
            self.error.setText(self.tr("Type the person's name."))
            return
        if not self.delegation.currentText().strip():
            self.error.setText(self.tr("Choose or type a delegation."))
            return
        if not self.country.text().strip():
            self.error.setText(self.tr("Type the country."))
            return
        if self.category.currentIndex() < 0:
            self.error.setText(self.tr("Choose a category."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def walk_in(self) -> WalkIn:
        return WalkIn(
            given_name=self.given.text(),
            family_name=self.family.text(),
            given_name_latin=self.given_latin.text(),
            family_name_latin=self.family_latin.text(),
            delegation=self.delegation.currentText().strip(),
            country=self.country.text().strip(),
            category=str(self.category.currentData() or ""),
            title=self.title_edit.text(),
            organisation=self.organisation.text(),
        )
