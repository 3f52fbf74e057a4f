"""Kiosk mode: full-screen self check-in for delegates, by scanning their badge.

Big friendly screens: a welcome that asks for the badge, then the person's name in
green, an amber "already checked in", or a red "please see the registration desk"
(a kiosk never explains a rejection to the public; the fact and its reason are recorded
for staff). Each result returns to the welcome after a few seconds. Only a supervisor
with the PIN can leave (Escape or Ctrl+Q asks for it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.badges.payload import looks_like_payload
from desktop.domain.checkin import Decision
from desktop.errors import ForumDeskError, PinNotSet, WrongPin
from desktop.printing import PrintRun
from desktop.services.supervisor import SupervisorPin
from ui.context import AppContext
from ui.errors import no_pin_text
from ui.sounds import SoundPlayer
from ui.widgets.result_panel import COLOURS

log = logging.getLogger(__name__)

RESULT_SECONDS = 5
# How long the kiosk follows a badge's print job before it says "take your badge".
PRINT_WAIT_SECONDS = 15


class BadgeNotPrinted(Exception):
    """The badge's print job was refused or failed (the outcome says why)."""


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class PinDialog(QDialog):
    """Asks for the supervisor PIN before the kiosk closes; the core checks it."""

    def __init__(self, pins: SupervisorPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPin")
        self.setWindowTitle(self.tr("Supervisor"))
        # The kiosk paints its labels white on its own dark screen; this dialog is a
        # child of it and took that white onto its light grey. Its own sheet wins.
        self.setStyleSheet(
            "QDialog#kioskPin { background: palette(window); }"
            " QDialog#kioskPin QLabel { color: palette(window-text); background: transparent; }"
            " QDialog#kioskPin QLabel#error { color: #B3261E; font-weight: bold; }"
        )
        self.pins = pins
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.prompt = QLabel(self.tr("Supervisor PIN to leave the kiosk:"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def accept(self) -> None:
        try:
            self.pins.verify(self.pin.text())
        except WrongPin:
            self.error.setText(self.tr("Wrong PIN."))
            self.pin.clear()
            return
        except PinNotSet:
            self.error.setText(no_pin_text())
            return
        super().accept()


class KioskField(QLineEdit):
    """The hidden-in-plain-sight scan field; Escape asks to leave."""

    leave_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)


class KioskWindow(QWidget):
    """Full-screen self check-in."""

    decided = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ForumDesk self check-in"))
        self.setObjectName("kiosk")
        self.state = "welcome"
        self.pin_dialog: PinDialog | None = None
        self._may_close = False
        self.printing: str | None = None
        self.scanned_badge = False
        self.sounds = SoundPlayer(ctx.settings.sounds, self)
        try:
            event_name = ctx.forum.event().name
        except ForumDeskError:
            event_name = ""

        self.event_label = QLabel(event_name)
        self.headline = QLabel()
        self.name_label = QLabel()
        self.latin_label = QLabel()
        self.detail_label = QLabel()
        #: Font sizes (pixels at 1280x800, bold); scaled to the screen in resizeEvent.
        self._sizes = {
            self.event_label: (34, True),
            self.headline: (80, True),
            self.name_label: (64, True),
            self.latin_label: (40, False),
            self.detail_label: (34, False),
        }
        self._scale_fonts(1.0)
        for label in (
            self.event_label,
            self.headline,
            self.name_label,
            self.latin_label,
            self.detail_label,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.field = KioskField()
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setFont(_font(18))
        self.field.setStyleSheet("background: transparent; border: none; color: transparent;")
        self.field.returnPressed.connect(self._submit)
        self.field.leave_requested.connect(self.request_exit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.event_label)
        layout.addStretch(2)
        layout.addWidget(self.headline)
        layout.addSpacing(20)
        layout.addWidget(self.name_label)
        layout.addWidget(self.latin_label)
        layout.addSpacing(20)
        layout.addWidget(self.detail_label)
        layout.addStretch(3)
        layout.addWidget(self.field)

        self.back_timer = QTimer(self)
        self.back_timer.setSingleShot(True)
        self.back_timer.setInterval(RESULT_SECONDS * 1000)
        self.back_timer.timeout.connect(self.show_welcome)
        self.focus_timer = QTimer(self)
        self.focus_timer.setInterval(1000)
        self.focus_timer.timeout.connect(self._keep_focus)
        self.focus_timer.start()
        for sequence in ("Ctrl+Q", "Ctrl+W", "Alt+F4"):
            QShortcut(QKeySequence(sequence), self, self.request_exit)
        self.show_welcome()

    # -- screens ---------------------------------------------------------------------
    def _scale_fonts(self, factor: float) -> None:
        for label, (pixels, bold) in self._sizes.items():
            label.setFont(_font(max(12, round(pixels * factor)), bold))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        self._scale_fonts(min(size.width() / 1280, size.height() / 800, 2.0))

    def _paint(self, state: str, background: str, ink: str) -> None:
        self.state = state
        self.setStyleSheet(
            f"QWidget#kiosk {{ background: {background}; }}"
            f" QWidget#kiosk QLabel {{ color: {ink}; background: transparent; }}"
        )

    def show_welcome(self) -> None:
        self._paint("welcome", "#1F3A5F", "#FFFFFF")
        self.headline.setText(self.tr("Welcome!"))
        self.name_label.setText(self.tr("Please scan your badge"))
        self.latin_label.setText(self.tr("Hold the QR code under the scanner"))
        self.detail_label.setText("")
        self.field.clear()
        self.field.setFocus()

    def show_decision(self, d: Decision) -> None:
        p = d.participant
        native = p.native_name if p else ""
        latin = p.latin_name if p else ""
        if d.result == "admitted":
            background, ink = COLOURS["admitted"]
            self._paint("admitted", background, ink)
            self.headline.setText(self.tr("Welcome, you are checked in"))
            self.name_label.setText(native or latin)
            self.latin_label.setText(latin if latin != native else "")
            self.detail_label.setText(
                " · ".join(x for x in ((p.delegation, p.category_name) if p else ()) if x)
                or (self.tr("Enjoy the forum!") if d.pending_details else "")
            )
        elif d.result == "already_in":
            background, ink = COLOURS["already_in"]
            self._paint("already_in", background, ink)
            self.headline.setText(self.tr("You are already checked in"))
            self.name_label.setText(native or latin)
            self.latin_label.setText(latin if latin != native else "")
            self.detail_label.setText(self.tr("Please go ahead."))
        else:
            background, ink = COLOURS["rejected"]
            self._paint("rejected", background, ink)
            self.headline.setText(self.tr("Please see the registration desk"))
            self.name_label.setText(self.tr("We could not check you in here."))
            self.latin_label.setText("")
            self.detail_label.setText(self.tr("Our staff will help you."))
        self.sounds.play(d.result)
        self.back_timer.start()
        if d.result in ("admitted", "already_in") and p is not None and self.print_badges:
            self.print_badge(p.registration_code)

    # -- badge printing --------------------------------------------------------------
    @property
    def print_badges(self) -> bool:
        """Kiosks print a delegate's badge at their first check-in (a desk setting)."""
        return self.ctx.settings.value("kiosk/print_badges", "true") == "true"

    def printer_choice(self) -> tuple[str, str]:
        """The printer (and tray) this desk prints its badge layout on; empty: the default."""
        return self.ctx.settings.printer_for(self.ctx.settings.badge_layout)

    def print_badge(self, code: str) -> None:
        """Print the badge once: a badge already printed is reprinted only at the desk."""
        badges = self.ctx.forum.badges
        try:
            if badges.was_printed(code):
                return
        except ForumDeskError:
            return
        layout = self.ctx.settings.badge_layout
        printer, paper = self.printer_choice()
        service = self.ctx.forum.printing
        self.printing = code
        self.detail_label.setText(self.tr("Your badge is printing…"))
        self.back_timer.start((RESULT_SECONDS + PRINT_WAIT_SECONDS) * 1000)

        def work(_state: object) -> str:
            run: PrintRun = service.print_badges(
                [code],
                layout=layout,
                printer=printer or None,
                paper_source=paper,
                source="kiosk",
                once=True,
                wait=PRINT_WAIT_SECONDS,
            )
            if not run.ok:
                first = run.failed[0]
                raise BadgeNotPrinted(f"{first.status} on {first.printer}: {first.message}")
            return code

        self.ctx.runner.run(work, on_done=self._printed, on_error=self._print_failed)

    def _printed(self, code: str) -> None:
        self.printing = None
        self.ctx.signals.badges_changed.emit()
        if self.state in ("admitted", "already_in"):
            self.detail_label.setText(self.tr("Please take your badge from the printer."))
            self.back_timer.start()

    def _print_failed(self, exc: BaseException) -> None:
        log.error("kiosk badge printing failed: %s", exc)
        self.printing = None
        self.ctx.signals.badges_changed.emit()  # the desk's failed jobs list shows it
        if self.state in ("admitted", "already_in"):
            if self.scanned_badge:
                # They hold a badge (paper or phone): it admits them; no errand to the desk.
                text = self.tr(
                    "No badge could be printed here, but the badge you scanned works "
                    "at every entrance."
                )
            else:
                text = self.tr("Please collect your badge at the registration desk.")
            self.detail_label.setText(text)
            self.back_timer.start()

    # -- scanning --------------------------------------------------------------------
    def _submit(self) -> None:
        text = self.field.text()
        self.field.clear()
        if not text.strip():
            return
        # A badge's QR was scanned (not a registration code from an invitation).
        self.scanned_badge = looks_like_payload(text)
        try:
            decision = self.ctx.forum.checkin.scan(text, self.ctx.settings.zone, method="kiosk")
        except ForumDeskError as exc:
            log.warning("kiosk scan failed: %s", exc)
            self._paint("rejected", *COLOURS["rejected"])
            self.headline.setText(self.tr("Please see the registration desk"))
            self.name_label.setText("")
            self.latin_label.setText("")
            self.detail_label.setText("")
            self.back_timer.start()
            return
        self.show_decision(decision)
        self.decided.emit(decision)
        self.ctx.signals.checkins_changed.emit()

    def _keep_focus(self) -> None:
        if self.pin_dialog is None and self.isVisible() and not self.field.hasFocus():
            self.field.setFocus()

    # -- leaving ---------------------------------------------------------------------
    def request_exit(self) -> None:
        if self.pin_dialog is not None:
            return
        dialog = PinDialog(self.ctx.forum.supervisor, self)
        self.pin_dialog = dialog
        dialog.accepted.connect(self._leave)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _code: int) -> None:
        self.pin_dialog = None
        self.field.setFocus()

    def _leave(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self.focus_timer.stop()
            event.accept()
            return
        event.ignore()
        self.request_exit()


def open_kiosk(ctx: AppContext) -> KioskWindow:
    """Show the kiosk full screen; the caller keeps the returned window alive."""
    window = KioskWindow(ctx)
    window.showFullScreen()
    window.field.setFocus()
    return window
