"""A new meeting request: delegation A asks to meet B, with priority, purpose and languages."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ForumDeskError
from ui.context import AppContext
from ui.errors import describe as describe_error
from ui.widgets.delegation_combo import chosen_delegation, delegation_combo

log = logging.getLogger(__name__)


class MeetingRequestDialog(QDialog):
    """Asks for the request and files it with ``MeetingService.request`` on OK."""

    def __init__(
        self,
        ctx: AppContext,
        describe: Callable[[BaseException], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Words for a refusal: the desk's (``ui.errors``) unless the caller gives its own.
        self._describe = describe or describe_error
        self.request_id: str | None = None
        self.setWindowTitle(self.tr("New meeting request"))
        self._delegations = {d.id: d for d in ctx.forum.meetings.delegations()}
        listed = list(self._delegations.values())
        self.requester = delegation_combo(listed)
        self.partner = delegation_combo(listed)
        for combo in (self.requester, self.partner):
            combo.lineEdit().setPlaceholderText(self.tr("Type part of the name…"))
            combo.currentTextChanged.connect(lambda _t: self._explain())
        self.priority = QSpinBox(minimum=1, maximum=3, value=1)
        self.priority_hint = QLabel(self.tr("1 normal · 2 high · 3 essential"))
        self.priority_hint.setStyleSheet("color: #5F6368;")
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Talks"), "talks")
        self.purpose.addItem(self.tr("Agreement signing"), "agreement")
        self.purpose.addItem(self.tr("Twinning"), "twinning")
        self.languages = QLineEdit(
            placeholderText=self.tr("language codes to interpret, e.g. ru; zh (optional)")
        )
        self.languages_hint = QLabel()
        self.languages_hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B3261E; font-weight: bold;")

        form = QFormLayout()
        form.addRow(self.tr("Requested by"), self.requester)
        form.addRow(self.tr("Wants to meet"), self.partner)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow("", self.priority_hint)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Language needs"), self.languages)
        form.addRow("", self.languages_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("File request"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _explain(self) -> None:
        """Which languages each side speaks, so the coordinator sees when an interpreter is due."""
        a = self._delegations.get(chosen_delegation(self.requester) or "")
        b = self._delegations.get(chosen_delegation(self.partner) or "")
        if a is None or b is None:
            self.languages_hint.clear()
            return
        shared = set(a.languages) & set(b.languages)
        text = self.tr("{0} speaks {1}; {2} speaks {3}.").format(
            a.name, ", ".join(a.languages) or "?", b.name, ", ".join(b.languages) or "?"
        )
        if shared:
            text += " " + self.tr("They share {0}.").format(", ".join(sorted(shared)))
        else:
            text += " " + self.tr("They need an interpreter.")
        self.languages_hint.setText(text)

    def accept(self) -> None:
        a, b = chosen_delegation(self.requester), chosen_delegation(self.partner)
        if a is None or b is None:
            self.message.setText(self.tr("Choose both delegations from the list."))
            return
        langs = [x for x in re.split(r"[;,\s]+", self.languages.text()) if x]
        try:
            self.request_id = self.ctx.forum.meetings.request(
                a,
                b,
                priority=self.priority.value(),
                purpose=self.purpose.currentData(),
                languages=langs,
            )
        except ForumDeskError as exc:
            if exc.code == "invalid_delegations":  # the words for a request, not a meeting
                self.message.setText(self.tr("A delegation cannot ask to meet itself."))
            else:
                self.message.setText(self._describe(exc))
            return
        super().accept()
