"""The status bar's sync indicator, and the background loop that runs sync rounds.

``BackgroundSync`` runs one round at a time on the context's background runner, every
few seconds while the server answers and with growing pauses (backoff) while it does
not; the GUI thread only schedules and receives results, so it never waits on the
network. It lives as a child of ``ctx.signals`` so the page and the status bar share it.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.errors import ForumDeskError
from desktop.sync.client import SyncRound, SyncStatus
from ui.context import AppContext
from ui.errors import describe
from ui.tasks import TaskState
from ui.timefmt import ForumClock
from ui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)

ONLINE_INTERVAL_MS = 15_000
BACKOFF_START_MS = 5_000
BACKOFF_MAX_MS = 300_000
STATUS_POLL_MS = 3_000


@dataclass(frozen=True)
class SyncView:
    """What the indicator shows: the state word plus the desk's sync status."""

    state: str  # "online", "offline", "syncing", "not_enrolled"
    status: SyncStatus | None
    error: str = ""


class BackgroundSync(QObject):
    """Runs sync rounds in the background with backoff; one per application context."""

    view_changed = Signal(object)
    round_finished = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else ctx.signals)
        self.setObjectName("forumdesk-background-sync")
        self.ctx = ctx
        self.online_interval_ms = ONLINE_INTERVAL_MS
        self.backoff_start_ms = BACKOFF_START_MS
        self.backoff_max_ms = BACKOFF_MAX_MS
        self._backoff = 0
        self._task: TaskState | None = None
        self._again = False
        self._status_busy = False
        self.view = SyncView("offline" if self._enrolled() else "not_enrolled", None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._poll = QTimer(self)
        self._poll.setInterval(STATUS_POLL_MS)
        self._poll.timeout.connect(self.refresh_status)

    def _enrolled(self) -> bool:
        """Whether the desk holds an enrollment (one small read of the meta table)."""
        try:
            return self.ctx.forum.sync.is_enrolled()
        except Exception:
            log.exception("could not read the desk's enrollment")
            return True

    @classmethod
    def of(cls, ctx: AppContext) -> BackgroundSync:
        """The context's background sync, created (not started) on first use."""
        found = ctx.signals.findChild(BackgroundSync, "forumdesk-background-sync")
        return found if isinstance(found, BackgroundSync) else cls(ctx)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, delay_ms: int = 500) -> None:
        self._poll.start()
        self.refresh_status()
        self._timer.start(delay_ms)

    def stop(self) -> None:
        self._timer.stop()
        self._poll.stop()
        if self._task is not None:
            self._task.cancel()

    def sync_now(self) -> None:
        """Run a round at once (or right after the one running)."""
        if self._task is not None:
            self._again = True
            return
        self._timer.stop()
        # A desk with no enrollment keeps saying so while the round finds out again.
        if self.view.state != "not_enrolled" or self._enrolled():
            self._set_view(SyncView("syncing", self.view.status))
        sync = self.ctx.forum.sync

        def work(state):  # type: ignore[no-untyped-def]
            try:
                rnd = sync.sync_once(progress=state.progress, should_stop=lambda: state.cancelled)
                return rnd, sync.status(), None
            except Exception as exc:  # the round is recorded; the GUI shows the status
                return None, sync.status(), exc

        self._task = self.ctx.runner.run(work, self._round_done, self._round_crashed)

    def _round_done(self, result: tuple[SyncRound | None, SyncStatus, Exception | None]) -> None:
        self._task = None
        rnd, status, error = result
        if rnd is not None:
            self._backoff = 0
            self._set_view(SyncView("online", status))
            self._announce(rnd)
            self.round_finished.emit(rnd)
            delay = self.online_interval_ms
        else:
            code = getattr(error, "code", "")
            state = "not_enrolled" if code == "not_enrolled" else "offline"
            message = describe(error) if isinstance(error, ForumDeskError) else str(error)
            self._set_view(SyncView(state, status, message))
            self._backoff = min(self.backoff_max_ms, max(self.backoff_start_ms, self._backoff * 2))
            delay = int(self._backoff * random.uniform(0.8, 1.2))
            if state == "not_enrolled":
                delay = self.backoff_max_ms
        if self._again:
            self._again = False
            delay = 0
        self._timer.start(delay)

    def _round_crashed(self, exc: BaseException) -> None:
        self._round_done(
            (None, self.view.status or SyncStatus(False, 0, None, str(exc)), Exception(str(exc)))
        )

    def _announce(self, rnd: SyncRound) -> None:
        entities = set(rnd.entities)
        signals = self.ctx.signals
        if entities & {"participant", "delegation"}:
            signals.participants_changed.emit()
        if "checkin" in entities:
            signals.checkins_changed.emit()
        if "badge" in entities or "desk" in entities:
            signals.badges_changed.emit()
        if "meeting" in entities or rnd.conflicts or rnd.accepted:
            signals.meetings_changed.emit()

    def refresh_status(self) -> None:
        """Re-read the waiting count and last sync in the background."""
        if self._status_busy:
            return
        self._status_busy = True
        sync = self.ctx.forum.sync

        def done(status: SyncStatus) -> None:
            self._status_busy = False
            state = self.view.state
            if state != "syncing" and not status.enrolled:
                state = "not_enrolled"
            self._set_view(SyncView(state, status, self.view.error))

        def failed(_exc: BaseException) -> None:
            self._status_busy = False

        self.ctx.runner.run(lambda _state: sync.status(), done, failed)

    def _set_view(self, view: SyncView) -> None:
        self.view = view
        self.view_changed.emit(view)
        self.ctx.signals.sync_state_changed.emit(view)


def _when(moment: datetime | None, clock: ForumClock) -> str:
    """The last good sync on the forum's clock, its zone named (the status bar sits next
    to the laptop's own clock)."""
    if moment is None:
        return "—"
    return clock.when(moment, zone=True)


class SyncStatusWidget(QWidget):
    """Online / offline / syncing, changes waiting, and the last good sync."""

    COLOURS = {
        "online": "#2E7D32",
        "offline": "#C62828",
        "syncing": "#1565C0",
        "not_enrolled": "#757575",
    }

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, start: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dot = QLabel("●")
        # "Offline · 1,204 changes waiting · last sync 18:48" in Russian or Portuguese is
        # long: it shortens with "…" (whole in the tooltip) instead of being cut off.
        self.label = ElidedLabel(minimum_chars=18)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self.background = BackgroundSync.of(ctx)
        self.background.view_changed.connect(self.show_view)
        self.show_view(self.background.view)
        if start and not self.background._poll.isActive():
            self.background.start()

    def state_text(self, state: str) -> str:
        return {
            "online": self.tr("Online"),
            "offline": self.tr("Offline"),
            "syncing": self.tr("Syncing…"),
            "not_enrolled": self.tr("Not connected to a server"),
        }.get(state, state)

    def show_view(self, view: SyncView) -> None:
        self.dot.setStyleSheet(
            f"color: {self.COLOURS.get(view.state, '#757575')}; font-size: 14px;"
        )
        parts = [self.state_text(view.state)]
        status = view.status
        if status is not None:
            parts.append(self.tr("%n change(s) waiting", "", status.pending))
            clock = ForumClock.of(self.ctx.forum)
            parts.append(self.tr("last sync {0}").format(_when(status.last_success, clock)))
            if status.conflicts:
                parts.append(self.tr("%n conflict(s)", "", status.conflicts))
        self.label.setText(" · ".join(parts))
        tip = view.error or (status.last_error if status and status.last_error else "")
        self.setToolTip(tip)

    def text(self) -> str:
        return self.label.text()
