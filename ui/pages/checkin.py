"""The check-in page: scan field that keeps focus, big result panel, search, zone, undo.

A USB scanner types the badge payload and Enter into whatever has focus. The field keeps
focus, and an application-wide event filter (``ScannerCatcher``) catches scanner bursts
that landed elsewhere in this window while the page is visible. The scan itself runs on
the GUI thread (the core answers in a few milliseconds); the search runs in the background.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.badges.payload import looks_like_payload
from desktop.domain.checkin import Decision
from desktop.errors import ForumDeskError
from ui.context import AppContext
from ui.dialogs.supervisor import OverrideDialog
from ui.sounds import SoundPlayer
from ui.timefmt import ForumClock
from ui.widgets.result_panel import ResultPanel

log = logging.getLogger(__name__)

#: Keystrokes closer together than this come from a scanner, not a person.
BURST_GAP_S = 0.05
BURST_MIN_CHARS = 4
SEARCH_DELAY_MS = 120


class ScanField(QLineEdit):
    """The scan/search field: notices scanner bursts, passes arrows to the result list."""

    moved = Signal(int)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stamps: list[float] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
            self.moved.emit(step)
            return
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        if event.text() and event.text().isprintable():
            self._stamps.append(time.monotonic())
            del self._stamps[:-256]
        super().keyPressEvent(event)

    def was_burst(self) -> bool:
        """Whether the current text arrived at scanner speed."""
        stamps = self._stamps[-max(1, len(self.text())) :]
        if len(stamps) < BURST_MIN_CHARS:
            return False
        return all(b - a < BURST_GAP_S for a, b in itertools.pairwise(stamps))

    def reset_burst(self) -> None:
        self._stamps.clear()

    def type_text(self, text: str) -> None:
        """Insert keys that were meant for this field but landed elsewhere."""
        self._stamps.append(time.monotonic())
        self.insert(text)


class ScannerCatcher(QObject):
    """Application event filter: scanner input typed while focus wandered goes to the field.

    Keys landing on a non-text widget of the page's window (a button, a list, the
    navigation) are moved to the scan field at once. Keys landing in another text field
    are collected; when they end in Enter at scanner speed, they are taken back out of
    that field and submitted as a scan.
    """

    def __init__(
        self,
        owner: QWidget,
        field: ScanField,
        submit: Callable[[str], None],
        enter: Callable[[], None],
    ) -> None:
        super().__init__(owner)
        self.owner, self.field, self.submit, self.enter = owner, field, submit, enter
        self.buffer = ""
        self._stamps: list[float] = []

    def _reset(self) -> None:
        self.buffer = ""
        self._stamps.clear()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not self.owner.isVisible() or QApplication.activeModalWidget() is not None:
            return False
        if not isinstance(obj, QWidget) or obj is self.field:
            return False
        focus = QApplication.focusWidget()
        if obj is not focus and not (focus is self.field and not obj.isAncestorOf(self.field)):
            return False  # the same key propagating to parents, or not ours to take
        if obj.window() is not self.owner.window():
            return False
        assert isinstance(event, QKeyEvent)
        key, text = event.key(), event.text()
        texty = isinstance(obj, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) or (
            isinstance(obj, QComboBox) and obj.isEditable()
        )
        if not texty:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.field.text():
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.enter()
                return True
            if (
                text
                and text.isprintable()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.field.type_text(text)
                return True
            return False
        now = time.monotonic()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = self.buffer
            fast = len(burst) >= BURST_MIN_CHARS and all(
                b - a < BURST_GAP_S for a, b in itertools.pairwise(self._stamps)
            )
            self._reset()
            if not fast:
                return False
            if isinstance(obj, QLineEdit) and obj.text().endswith(burst):
                obj.setText(obj.text()[: -len(burst)])
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.submit(burst)
            return True
        if text and text.isprintable():
            if self._stamps and now - self._stamps[-1] >= BURST_GAP_S:
                self._reset()
            self.buffer += text
            self._stamps.append(now)
        return False


class DirectionButton(QPushButton):
    """The In or Out toggle, wide enough for its label in the bold face it shows when checked.

    The page's style sheet makes the checked button bold; Qt sizes a button by its normal
    face, so "Entrada" or "Выход" lost its last letters the moment it was chosen.
    """

    #: A toggle hit many times an hour: never a narrow target, even for "In".
    LEAST = QSize(80, 0)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)

    def _bold_size(self) -> QSize:
        self.ensurePolished()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        text = metrics.size(Qt.TextFlag.TextShowMnemonic, self.text())
        option = QStyleOptionButton()
        self.initStyleOption(option)
        size = QSize()
        for checked in (True, False):
            if checked:
                option.state |= QStyle.StateFlag.State_On
            else:
                option.state &= ~QStyle.StateFlag.State_On
            size = size.expandedTo(
                self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
            )
        return size

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self._bold_size()).expandedTo(self.LEAST)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self._bold_size()).expandedTo(self.LEAST)


class CheckinPage(QWidget):
    """Check people in at this desk's zone."""

    decided = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.forum.checkin
        self.last_decision: Decision | None = None
        self.override_dialog: OverrideDialog | None = None
        self.sounds = SoundPlayer(ctx.settings.sounds, self)
        self._search_generation = 0

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

        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setStyleSheet("font-size: 17px;")
        self.results.hide()
        self.panel = ResultPanel()
        try:
            self.panel.timezone = ZoneInfo(ctx.forum.event().timezone)
        except (ForumDeskError, ValueError, KeyError):
            self.panel.timezone = None
        self.setStyleSheet(
            "QPushButton, QComboBox, QLabel#zoneLabel { font-size: 16px; padding: 6px 12px; }"
            " QPushButton:checked { background: #2F80ED; color: white; font-weight: bold;"
            " border: 1px solid #1C5FB8; border-radius: 4px; }"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.addLayout(top)
        layout.addLayout(field_row)
        layout.addWidget(self.results)
        layout.addWidget(self.panel, 1)
        layout.addLayout(actions)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(self._text_edited)
        self.field.moved.connect(self._move_selection)
        self.field.escaped.connect(self._escape)
        self.results.itemActivated.connect(lambda _item: self._check_in_selected())
        self.results.itemClicked.connect(lambda _item: self._check_in_selected())
        self.undo_button.clicked.connect(self.undo)
        self.override_button.clicked.connect(self.request_override)
        self.zone_box.currentIndexChanged.connect(self._zone_chosen)
        self.camera_button.clicked.connect(self._open_camera)
        ctx.signals.checkins_changed.connect(self.refresh_counters)

        self.catcher = ScannerCatcher(self, self.field, self.scan_text, self.submit)
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
        """Enter in the field: a scan, the selected search result, or a typed code."""
        text = self.field.text()
        burst = self.field.was_burst()
        self.field.reset_burst()
        if not text.strip():
            return
        if burst or looks_like_payload(text):
            self.scan_text(text)
        elif self.results.isVisible() and self.results.currentRow() >= 0:
            self._check_in_selected()
        else:
            self.scan_text(text, method="manual")

    def scan_text(self, text: str, method: str = "scan") -> Decision | None:
        self.search_timer.stop()
        self._search_generation += 1
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
            self.panel.show_message(self.tr("Cannot check in"), str(exc), "rejected")
            self.sounds.play("rejected")
            self._reset_field()
            return None
        self.show_decision(decision)
        return decision

    def _check_in_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self.scan_text(str(code), method="search")

    def show_decision(self, decision: Decision) -> None:
        photo = None
        if decision.participant is not None and decision.participant.has_photo:
            try:
                photo = self.service.photo(decision.participant.id)
            except ForumDeskError:
                photo = None
        self.last_decision = decision
        self.panel.show_decision(decision, photo)
        self.sounds.play(decision.result)
        self.override_button.setEnabled(decision.overridable)
        self._reset_field()
        self.refresh_counters()
        self.decided.emit(decision)
        self.ctx.signals.checkins_changed.emit()

    def _reset_field(self) -> None:
        self.field.clear()
        self.results.clear()
        self.results.hide()
        self.field.setFocus()

    # -- undo and override --------------------------------------------------------------
    def undo(self) -> None:
        try:
            record = self.service.undo_last(self.zone)
        except ForumDeskError as exc:
            self.panel.show_message(self.tr("Cannot undo"), str(exc), "rejected")
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
        if len(text.strip()) < 2 or looks_like_payload(text) or self.field.was_burst():
            self.search_timer.stop()
            self.results.hide()
            return
        self.search_timer.start()

    def _search(self) -> None:
        text = self.field.text()
        self._search_generation += 1
        generation = self._search_generation
        search = self.ctx.forum.search

        def work(_state: Any) -> list[Any]:
            return list(search.query(text, limit=10))

        def done(hits: list[Any]) -> None:
            if generation == self._search_generation and self.field.text() == text:
                self.show_results(hits)

        self.ctx.runner.run(work, done, lambda exc: log.warning("search failed: %s", exc))

    def show_results(self, hits: list[Any]) -> None:
        self.results.clear()
        for hit in hits:
            native = getattr(hit, "native_name", "") or ""
            latin = getattr(hit, "latin_name", "") or ""
            name = native if not latin or latin == native else f"{native} — {latin}"
            details = " · ".join(
                str(x)
                for x in (
                    getattr(hit, "delegation", ""),
                    getattr(hit, "country_name", "") or getattr(hit, "country", ""),
                    getattr(hit, "category_name", ""),
                    getattr(hit, "registration_code", ""),
                )
                if x
            )
            item = QListWidgetItem(f"{name or latin}   {details}")
            item.setData(Qt.ItemDataRole.UserRole, getattr(hit, "registration_code", ""))
            if getattr(hit, "status", "") == "cancelled":
                item.setForeground(Qt.GlobalColor.gray)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        if hits:
            rows = min(len(hits), 8)
            self.results.setFixedHeight(rows * max(24, self.results.sizeHintForRow(0)) + 8)
            self.results.setCurrentRow(0)

    def _move_selection(self, step: int) -> None:
        if not self.results.isVisible() or self.results.count() == 0:
            return
        row = min(max(0, self.results.currentRow() + step), self.results.count() - 1)
        self.results.setCurrentRow(row)

    def _escape(self) -> None:
        self.field.clear()
        self.results.hide()

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
        if app is not None:
            app.installEventFilter(self.catcher)
        QTimer.singleShot(0, self.field.setFocus)

    def hideEvent(self, event: Any) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.catcher)
        super().hideEvent(event)


def camera_available() -> bool:
    """A camera and QtMultimedia both exist (PySide6-Essentials has no QtMultimedia)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except Exception:
        return False


class CameraScanDialog(QDialog):
    """Reads badge QR codes from the laptop camera (only offered when QtMultimedia exists)."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.setWindowTitle(self.tr("Scan with the camera"))
        self.resize(640, 520)
        self.view = QVideoWidget()
        self.sink = QVideoSink(self)
        self.camera = QCamera(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.view)
        self.view.videoSink().videoFrameChanged.connect(self._frame)
        self._last = 0.0
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hold the badge's QR code in front of the camera.")))
        layout.addWidget(self.view, 1)
        self.camera.start()

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if now - self._last < 0.2:  # five decodes a second are plenty
            return
        self._last = now
        try:
            import numpy as np
            import zxingcpp

            image = frame.toImage().convertToFormat(frame.toImage().Format.Format_Grayscale8)
            width, height, stride = image.width(), image.height(), image.bytesPerLine()
            data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
            pixels = data.reshape(height, stride)[:, :width]
            results = zxingcpp.read_barcodes(pixels)
        except Exception:
            log.exception("camera frame could not be decoded")
            return
        for result in results:
            if result.text:
                self.camera.stop()
                self.scanned.emit(result.text)
                self.accept()
                return

    def done(self, code: int) -> None:
        self.camera.stop()
        super().done(code)
