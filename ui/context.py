"""The one object passed down to every page: services, settings, background runner, signals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.desk import Forum
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


class AppSignals(QObject):
    """Notifications between pages (no global signal bus: it lives in the context)."""

    participants_changed = Signal()
    checkins_changed = Signal()
    badges_changed = Signal()
    meetings_changed = Signal()
    sync_state_changed = Signal(object)
    zone_changed = Signal(str)


@dataclass
class AppContext:
    forum: Forum
    settings: DeskSettings
    runner: BackgroundRunner
    signals: AppSignals
    kiosk: bool = False
