"""The check-in page: scan field that keeps focus, big result panel, search, zone, undo.

A USB scanner types the badge payload and Enter into whatever has focus. An application
event filter (``ui.scanner.BurstCatcher``) takes every scanner burst typed anywhere in this
window, on any page, before a widget sees a key of it, and checks it in here; whatever was
typed in the field is replaced. Typed text is a search unless it is a registration code:
Enter admits a match only when it is the single one or the operator picked it. The scan
runs on the GUI thread (the core answers in a few milliseconds); the search runs in the
background.
"""

from __future__ import annotations

import logging
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.badges.payload import looks_like_payload
from desktop.domain.checkin import Decision
from desktop.errors import ForumDeskError
from ui.arrival_printing import ArrivalPrinting
from ui.context import AppContext
from ui.dialogs.camera_scan import CameraScanDialog, camera_available
from ui.dialogs.supervisor import OverrideDialog
from ui.errors import describe
from ui.pages.checkin_search import TypedSearch
from ui.scanner import BurstCatcher
from ui.sounds import SoundPlayer
from ui.timefmt import ForumClock
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.result_panel import ResultPanel
from ui.widgets.scan_field import DirectionButton, ScanField
from ui.widgets.suggestions import SuggestionList

log = logging.getLogger(__name__)


def _px_font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    return font


class CheckinPage(QWidget):
    """Check people in at this desk's zone."""

    decided = Signal(object)
    # A badge was scanned while another page was showing: show this page.
    show_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.forum.checkin
        self.last_decision: Decision | None = None
        self.override_dialog: OverrideDialog | None = None
        self.sounds = SoundPlayer(ctx.settings.sounds, self)
        # A badge scanned while a dialog was open, waiting for the operator's word.
        self.held_scan: str | None = None

        self.zone_box = QComboBox()
        self.zone_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.zone_box.setMinimumWidth(220)
        self.in_button = DirectionButton(self.tr("In"))
        self.out_button = DirectionButton(self.tr("Out"))
        self.direction_group = QButtonGroup(self)
        for button in (self.in_button, self.out_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.direction_group.addButton(button)
        self.in_button.setChecked(True)
        self.undo_button = QPushButton(self.tr("Undo last"))
        self.override_button = QPushButton(self.tr("Override…"))
        for button in (self.undo_button, self.override_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.override_button.setEnabled(False)
        self.counters = QLabel()
        self.counters.setStyleSheet("font-size: 17px; font-weight: bold;")

        # Zone, direction and the counters on top; Undo and Override under the result they
        # act on. One row held all of them and made the window 1,340 px wide.
        top = QHBoxLayout()
        zone_label = QLabel(self.tr("Zone"))
        zone_label.setObjectName("zoneLabel")
        top.addWidget(zone_label)
        top.addWidget(self.zone_box)
        top.addSpacing(8)
        top.addWidget(self.in_button)
        top.addWidget(self.out_button)
        top.addSpacing(16)
        top.addStretch(1)
        top.addWidget(self.counters)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.override_button)

        self.field = ScanField()
        self.field.setPlaceholderText(self.tr("Scan a badge, or type a name or registration code"))
        self.field.setStyleSheet("font-size: 24px; padding: 8px;")
        self.field.setClearButtonEnabled(True)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.camera_button.setVisible(camera_available())
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.camera_button)
        # What Enter would do with the typed text: whom it admits, or why it admits nobody.
        self.hint = ElidedLabel(minimum_chars=20)
        self.hint.setObjectName("searchHint")
        self.hint.setStyleSheet("QLabel#searchHint { font-size: 15px; color: #37474F; }")
        self.hint.setMinimumHeight(QFontMetrics(_px_font(15)).height() + 2)
        # A badge scanned while a dialog was open, offered here when it closed.
        self.held_bar = QWidget()
        held_row = QHBoxLayout(self.held_bar)
        held_row.setContentsMargins(0, 0, 0, 0)
        self.held_label = ElidedLabel(
            self.tr("A badge was scanned while a dialog was open."), minimum_chars=20
        )
        self.held_label.setStyleSheet("font-size: 15px; font-weight: bold; color: #8A5A00;")
        self.held_accept = QPushButton(self.tr("Check it in"))
        self.held_discard = QPushButton(self.tr("Discard"))
        held_row.addWidget(self.held_label, 1)
        for button in (self.held_accept, self.held_discard):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            held_row.addWidget(button)
        self.held_bar.hide()

        # The suggestions float over the result panel: opening them never grows the window.
        self.results = SuggestionList(self)
        self.panel = ResultPanel()
        try:
            self.panel.timezone = ZoneInfo(ctx.forum.event().timezone)
        except (ForumDeskError, ValueError, KeyError):
            self.panel.timezone = None
        # Print on arrival (a desk setting): the badge of a first admission, in the
        # background; its line on the panel, and F8 to send a failed one again.
        self.arrival = ArrivalPrinting(ctx, self.panel, self)
        self.setStyleSheet(
            "QPushButton, QComboBox, QLabel#zoneLabel { font-size: 16px; padding: 6px 12px; }"
            " QPushButton:checked { background: #2F80ED; color: white; font-weight: bold;"
            " border: 1px solid #1C5FB8; border-radius: 4px; }"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(top)
        layout.addLayout(field_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.held_bar)
        layout.addWidget(self.panel, 1)
        layout.addLayout(actions)

        self.typed = TypedSearch(ctx, self, self.field, self.results, self.hint, self.camera_button)
        self.search_timer = self.typed.timer
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(self._text_edited)
        self.results.activated_code.connect(lambda code: self.scan_text(code, method="search"))
        self.held_accept.clicked.connect(self.take_held)
        self.held_discard.clicked.connect(self.drop_held)
        self.undo_button.clicked.connect(self.undo)
        self.override_button.clicked.connect(self.request_override)
        self.zone_box.currentIndexChanged.connect(self._zone_chosen)
        self.camera_button.clicked.connect(self._open_camera)
        ctx.signals.checkins_changed.connect(self.refresh_counters)

        # Scanner bursts anywhere in this window are scans here, never keys for a widget.
        self.catcher = BurstCatcher(self, redirect=self._redirect)
        self.catcher.burst.connect(self.take_burst)
        self.catcher.held.connect(self.offer_held)
        self._catching = False
        self._load_zones()
        self.refresh_counters()

    # -- zone and direction -----------------------------------------------------------
    def _load_zones(self) -> None:
        wanted = self.ctx.settings.zone
        self.zone_box.blockSignals(True)
        self.zone_box.clear()
        try:
            zones = self.service.zones()
        except ForumDeskError as exc:
            log.warning("no zones: %s", exc)
            zones = []
        for zone in zones:
            self.zone_box.addItem(zone.name, zone.code)
        index = max(0, self.zone_box.findData(wanted))
        self.zone_box.setCurrentIndex(index)
        self.zone_box.blockSignals(False)

    def _zone_chosen(self, _index: int) -> None:
        code = self.zone
        if code:
            self.ctx.settings.zone = code
            self.ctx.signals.zone_changed.emit(code)
        self.refresh_counters()
        self.field.setFocus()

    @property
    def zone(self) -> str:
        return str(self.zone_box.currentData() or self.ctx.settings.zone or "main")

    @property
    def direction(self) -> str:
        return "out" if self.out_button.isChecked() else "in"

    # -- scanning ---------------------------------------------------------------------
    def submit(self) -> None:
        """Enter in the field: a pasted payload, a registration code, or a search.

        Scanner bursts never get here (``BurstCatcher`` takes them). Typed text is checked
        in only when it is a badge payload or an existing registration code, or when a
        person is chosen among the matches; anything else is a search, never a rejection.
        """
        text = self.field.text()
        if not text.strip():
            if self.held_scan is not None:
                self.take_held()
            return
        if looks_like_payload(text):
            self.scan_text(text)
            return
        code = self.results.chosen_code() if self.results.for_text == text else None
        if code:
            self.scan_text(code, method="search")
            return
        if self._is_code(text):
            self.scan_text(text, method="manual")
            return
        if self.results.for_text == text:
            self.typed.show_hint()  # several matches, none chosen yet: say so, admit nobody
            return
        self.typed.run()

    def _is_code(self, text: str) -> bool:
        try:
            return self.service.is_code(text)
        except ForumDeskError as exc:
            log.warning("code lookup failed: %s", exc)
            return False

    def take_burst(self, text: str) -> None:
        """A scanner burst anywhere in the window: it replaces whatever was typed."""
        if not self.isVisible():
            self.show_requested.emit()
        self.scan_text(text)

    def offer_held(self, text: str) -> None:
        """A badge scanned while a dialog was open: offer it now that the dialog is gone."""
        if not self.isVisible():
            self.show_requested.emit()
        self.held_scan = text
        self.held_bar.show()
        self.field.setFocus()

    def take_held(self) -> None:
        text, self.held_scan = self.held_scan, None
        self.held_bar.hide()
        if text:
            self.scan_text(text)

    def drop_held(self) -> None:
        self.held_scan = None
        self.held_bar.hide()
        self.field.setFocus()

    def scan_text(self, text: str, method: str = "scan") -> Decision | None:
        """Check ``text`` in: where an admission (or a refusal) is decided and shown."""
        self.typed.stop()
        try:
            decision = self.service.scan(
                text,
                self.zone,
                direction=self.direction,
                method=method,
                operator=self.ctx.settings.operator or None,
            )
        except ForumDeskError as exc:
            log.warning("scan failed: %s", exc)
            self.panel.show_message(self.tr("Cannot check in"), describe(exc), "rejected")
            self.sounds.play("rejected")
            self._reset_field()
            return None
        self.show_decision(decision)
        return decision

    def show_decision(self, decision: Decision) -> None:
        photo = None
        if decision.participant is not None and decision.participant.has_photo:
            try:
                photo = self.service.photo(decision.participant.id)
            except ForumDeskError:
                photo = None
        self.last_decision = decision
        self.panel.show_decision(decision, photo)
        self.arrival.admitted(decision)
        self.sounds.play(decision.result)
        self.override_button.setEnabled(decision.overridable)
        self._reset_field()
        self.refresh_counters()
        self.decided.emit(decision)
        self.ctx.signals.checkins_changed.emit()

    def _reset_field(self) -> None:
        self.field.clear()
        self.typed.forget()
        self.field.setFocus()

    # -- undo and override --------------------------------------------------------------
    def undo(self) -> None:
        """Undo the admission on the result panel: only the person the operator sees."""
        shown = self.last_decision
        if shown is None or shown.result != "admitted" or not shown.checkin_id:
            self.panel.show_message(
                self.tr("Nothing to undo"),
                self.tr("Undo takes back the admission shown here; the last result was not one."),
                "idle",
            )
            self.field.setFocus()
            return
        try:
            record = self.service.undo_last(self.zone, checkin_id=shown.checkin_id)
        except ForumDeskError as exc:
            self.panel.show_message(self.tr("Cannot undo"), describe(exc), "rejected")
            return
        if record is None:
            self.panel.show_message(self.tr("Nothing to undo"), "", "idle")
        else:
            name = record.name or record.name_latin or self.tr("Unknown person")
            self.panel.show_message(
                self.tr("↶ Check-in undone"),
                self.tr("{0}: the check-in at {1} no longer counts.").format(
                    name, ForumClock(self.panel.timezone).time(record.at, zone=True)
                ),
            )
        self.override_button.setEnabled(False)
        self.last_decision = None
        self.refresh_counters()
        self.ctx.signals.checkins_changed.emit()
        self.field.setFocus()

    def request_override(self) -> None:
        decision = self.last_decision
        if decision is None or not decision.overridable:
            return
        person = (
            decision.participant.display_name if decision.participant else self.tr("this person")
        )

        def admit(supervisor: str, pin: str, reason: str) -> Decision:
            # The core checks the PIN (no PIN set, or a wrong one, records nothing).
            return self.service.override(
                decision.checkin_id,
                reason,
                supervisor or self.tr("supervisor"),
                pin=pin,
                operator=self.ctx.settings.operator or None,
            )

        pin_set = self.ctx.forum.supervisor.is_set()
        dialog = OverrideDialog(person, admit, self, pin_set=pin_set)
        self.override_dialog = dialog
        dialog.accepted.connect(lambda: self._apply_override(dialog))
        dialog.finished.connect(lambda _code: self.field.setFocus())
        dialog.open()

    def _apply_override(self, dialog: OverrideDialog) -> None:
        self.override_dialog = None
        if dialog.decision is not None:
            self.show_decision(dialog.decision)

    # -- counters -----------------------------------------------------------------------
    def refresh_counters(self) -> None:
        try:
            c = self.service.counts(self.zone)
        except ForumDeskError:
            self.counters.setText("")
            return
        self.counters.setText(
            self.tr("This desk today: {0}   Zone today: {1}   Inside now: {2}").format(
                c.desk_today, c.zone_today, c.inside_now
            )
        )

    # -- search as you type ---------------------------------------------------------------
    def _text_edited(self, text: str) -> None:
        if text.strip() and self.panel.state != "idle":
            # A new search starts: the last result (a red one above all) no longer stands.
            self.panel.show_idle()
            self.override_button.setEnabled(False)
        self.typed.edited(text)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.typed.place()

    def _redirect(self, target: QWidget) -> QWidget | None:
        """A person's keys on a button or list of this page go to the field."""
        if not self.isVisible() or target is self.field or target.window() is not self.window():
            return None
        texty = isinstance(target, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) or (
            isinstance(target, QComboBox) and target.isEditable()
        )
        if texty:
            return None
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.field

    # -- camera -------------------------------------------------------------------------
    def _open_camera(self) -> None:
        try:
            dialog = CameraScanDialog(self)
        except Exception:  # no camera after all: say so instead of failing
            log.exception("camera unavailable")
            self.panel.show_message(self.tr("No camera available"), "", "idle")
            return
        dialog.scanned.connect(lambda text: self.scan_text(text, method="camera"))
        dialog.open()

    # -- visibility -----------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None and not self._catching:
            # Installed once and kept while other pages show: a scan there is ours too.
            app.installEventFilter(self.catcher)
            self._catching = True
        QTimer.singleShot(0, self.field.setFocus)
