"""Scanner bursts, told from a person's typing anywhere in the desk's main window.

A USB (keyboard-wedge) scanner types a badge payload a few milliseconds per key and ends
with Enter, into whatever has focus: the Participants filter, a table (whose type-ahead
then jumps to a stranger), a dialog's field. ``BurstCatcher`` is an application event
filter that sees every key meant for one window before any widget does:

* A printable key is held back for ``gap_s``. When the next one comes sooner, it is held
  too; once ``min_chars`` keys came that fast, the run is a burst: every further key is
  swallowed, and the Enter (or Tab) that ends it emits :attr:`BurstCatcher.burst` with
  the text. Nothing of a burst ever reaches a widget.
* Keys that were not a burst (a pause, another key, a burst that never ended in Enter)
  are given back to the widget they were meant for, in order, the moment that is known.
  A person's keystroke arrives at most ``gap_s`` late.
* A burst while a modal dialog of the window is open is held; when the dialog closes it
  is offered by :attr:`BurstCatcher.held`.

Key times are the window system's (``QKeyEvent.timestamp``) when it gives them, so keys
queued while the desk was busy are not taken for a scanner; otherwise the arrival time.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

#: Keystrokes closer together than this come from a scanner, not a person.
BURST_GAP_S = 0.05
#: Once a burst is under way, a late key (a busy laptop, a USB hub) still belongs to it
#: up to this long: a scan split in two was refused as "not a badge of this forum".
BURST_CONTINUE_S = 0.2
#: That many keys in a row at scanner speed make a burst.
BURST_MIN_CHARS = 4
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
#: Keys that only change the next one (a scanner presses Shift for each capital letter).
_MODIFIER_KEYS = frozenset(
    (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    )
)
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass
class _Key:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float
    stamp: int


def _secret(widget: QWidget) -> bool:
    """A password field (the supervisor PIN): what is typed there is never a scan."""
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _within(widget: QWidget, ancestor: QWidget) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


class BurstCatcher(QObject):
    """Takes scanner bursts typed anywhere in ``scope``'s window; install on the application."""

    #: A burst ended with Enter in the window: the scanned text.
    burst = Signal(str)
    #: A burst typed into a modal dialog, given when that dialog has closed.
    held = Signal(str)

    def __init__(
        self,
        scope: QWidget,
        *,
        gap_s: float = BURST_GAP_S,
        min_chars: int = BURST_MIN_CHARS,
        redirect: Callable[[QWidget], QWidget | None] | None = None,
        continue_s: float = BURST_CONTINUE_S,
    ) -> None:
        super().__init__(scope)
        self.scope = scope
        self.gap_s = gap_s
        self.min_chars = min_chars
        self.continue_s = continue_s
        #: Where a person's held keys go instead of their widget (None: their widget).
        self.redirect = redirect
        self._keys: list[_Key] = []
        self._bursting = False
        self._replaying = False
        self._modal: QWidget | None = None
        self._waiting: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    # -- the filter ---------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if self._replaying or not isinstance(obj, QWidget):
                return False
            assert isinstance(event, QKeyEvent)
            return self._press(obj, event)
        if kind == QEvent.Type.KeyRelease:
            # The releases of held or swallowed keys mean nothing to a widget.
            if self._replaying or not (self._keys or self._bursting):
                return False
            assert isinstance(event, QKeyEvent)
            return bool(event.text()) and not event.modifiers() & _COMMAND
        if kind == QEvent.Type.Hide and obj is self._modal and self._waiting:
            QTimer.singleShot(0, self._offer)
        return False

    def _mine(self, widget: QWidget) -> bool:
        if not isValid(self.scope):
            return False
        window = self.scope.window()
        if not window.isVisible():
            return False
        return widget.window() is window or self._modal_of(widget) is not None

    def _modal_of(self, widget: QWidget) -> QWidget | None:
        """The open modal dialog of the window that ``widget`` is in, if any."""
        modal = QApplication.activeModalWidget()
        if modal is None or widget.window() is not modal:
            return None
        parent = modal.parentWidget()
        return modal if parent is not None and _within(parent, self.scope.window()) else None

    def _press(self, obj: QWidget, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        printable = (
            bool(text)
            and text.isprintable()
            and not event.modifiers() & _COMMAND
            and not event.isAutoRepeat()
        )
        if printable:
            if not self._mine(obj) or _secret(obj):
                # A PIN typed quickly is still a PIN: it is never held, never a scan.
                self.flush()
                return False
            now = time.monotonic()
            stamp = event.timestamp()
            if self._keys and (obj is not self._keys[-1].target or self._gap(now, stamp)):
                self.flush()
            self._keys.append(_Key(obj, key, event.modifiers(), text, now, stamp))
            if len(self._keys) >= self.min_chars:
                self._bursting = True
            wait = self.continue_s if self._bursting else self.gap_s
            self._timer.start(max(1, round(wait * 1000)))
            return True
        if not self._keys or key in _MODIFIER_KEYS:
            return False
        if self._bursting and key in _ENDS and not self._gap(time.monotonic(), event.timestamp()):
            target = self._keys[-1].target
            scanned = "".join(k.text for k in self._keys)
            self._reset()
            self._deliver(target, scanned)
            return True
        self.flush()  # a person's keys, then this one as usual
        return False

    def _gap(self, now: float, stamp: int) -> bool:
        """Whether a key at this time came too late to continue the held run."""
        last = self._keys[-1]
        gap = self.continue_s if self._bursting else self.gap_s
        if stamp and last.stamp:
            return (stamp - last.stamp) / 1000 >= gap
        return now - last.at >= gap

    # -- giving keys back, or taking the burst ------------------------------------------------
    def flush(self) -> None:
        """Give held keys back to the widgets they were meant for, in order."""
        keys = self._keys
        self._reset()
        if not keys:
            return
        self._replaying = True
        try:
            for k in keys:
                target = k.target
                if not isValid(target):
                    continue
                if self.redirect is not None:
                    target = self.redirect(target) or target
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False

    def _reset(self) -> None:
        self._timer.stop()
        self._keys = []
        self._bursting = False

    def _deliver(self, target: QWidget, scanned: str) -> None:
        modal = self._modal_of(target) if isValid(target) else None
        if modal is not None:
            log.info("scanner burst held while a dialog is open (%d chars)", len(scanned))
            self._modal = modal
            self._waiting.append(scanned)
            return
        self.burst.emit(scanned)

    def _offer(self) -> None:
        if self._modal is not None and isValid(self._modal) and self._modal.isVisible():
            return
        waiting, self._waiting, self._modal = self._waiting, [], None
        for scanned in waiting:
            self.held.emit(scanned)

    @property
    def holding(self) -> bool:
        """Keys are held back right now (a run not yet known to be a person or a scanner)."""
        return bool(self._keys)
