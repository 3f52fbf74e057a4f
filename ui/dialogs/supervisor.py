"""The supervisor's dialogs: setting the desk's PIN, and admitting despite a rejection.

The PIN itself is the core's business (``desktop.services.supervisor``): these dialogs
ask for it and show the core's answer in words; they never compare PINs themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checkin import Decision
from desktop.errors import ForumDeskError, InvalidInput, PinNotSet, WrongPin
from desktop.services.supervisor import PIN_MAX, PIN_MIN, SupervisorPin
from ui.context import AppContext
from ui.errors import describe, no_pin_text

log = logging.getLogger(__name__)

_ERROR = "color: #B3261E; font-weight: bold;"


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(_ERROR)
    label.setWordWrap(True)
    return label


def _pin_lengths() -> tuple[str, str]:
    """The shortest and longest PIN in the desk's digits."""
    locale = QLocale()
    return locale.toString(PIN_MIN), locale.toString(PIN_MAX)


class SetPinDialog(QDialog):
    """Set the desk's supervisor PIN (at first start), or change it (needs the current one)."""

    def __init__(
        self, pins: SupervisorPin, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent)
        self.pins = pins
        self.changing = pins.is_set()
        self.setWindowTitle(
            self.tr("Change the supervisor PIN") if self.changing else self.tr("Supervisor PIN")
        )
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "A supervisor types this PIN to admit someone a rejection turned away and to "
                "leave the kiosk. There is no default PIN: choose one of {0} to {1} characters "
                "and keep it from the desk staff."
            ).format(*_pin_lengths())
        )
        intro.setWordWrap(True)
        self.current = _pin_field()
        self.new = _pin_field()
        self.again = _pin_field()
        form = QFormLayout()
        if self.changing:
            form.addRow(self.tr("Current PIN"), self.current)
        form.addRow(self.tr("New PIN"), self.new)
        form.addRow(self.tr("New PIN again"), self.again)
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if first_start:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        new = self.new.text()
        if new != self.again.text():
            self._refuse(self.tr("The two new PINs differ."), self.again)
            return
        try:
            self.pins.set(new, current=self.current.text() if self.changing else None)
        except WrongPin:
            self._refuse(self.tr("The current PIN is wrong; nothing was changed."), self.current)
            return
        except InvalidInput as exc:
            self._refuse(describe(exc), self.new)
            return
        super().accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        field.selectAll()
        field.setFocus()


class OverrideDialog(QDialog):
    """A supervisor admits someone a rejection turned away: name, PIN and reason.

    ``admit(supervisor, pin, reason)`` asks the core; a wrong or missing PIN keeps the
    dialog open with the core's refusal in words, and nothing is recorded.
    """

    def __init__(
        self,
        person: str,
        admit: Callable[[str, str, str], Decision],
        parent: QWidget | None = None,
        *,
        pin_set: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor override"))
        self._admit = admit
        self.decision: Decision | None = None
        self.supervisor = QLineEdit()
        self.pin = _pin_field()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why is this person admitted?"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Admit {0} despite the rejection.").format(person)))
        form.addRow(self.tr("Supervisor"), self.supervisor)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Admit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        if not pin_set:
            self.error.setText(no_pin_text())

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Please give a reason."))
            self.reason.setFocus()
            return
        try:
            self.decision = self._admit(
                self.supervisor.text().strip(), self.pin.text(), self.reason.text()
            )
        except WrongPin:
            self.error.setText(self.tr("Wrong PIN."))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        except PinNotSet:
            self.error.setText(no_pin_text())
            return
        except ForumDeskError as exc:
            log.warning("override refused: %s", exc)
            self.error.setText(self.tr("Override refused: {0}").format(describe(exc)))
            return
        super().accept()


def ensure_supervisor_pin(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Whether the desk has a supervisor PIN, asking for one first if it has none."""
    pins = ctx.forum.supervisor
    if pins.is_set():
        return True
    dialog = SetPinDialog(pins, parent, first_start=True)
    return bool(dialog.exec()) and pins.is_set()
