"""The main window: assembles the pages, the menus and the status bar, nothing more."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.actions import build_menus
from ui.context import AppContext
from ui.pages.placeholder import PlaceholderPage
from ui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)

# (key, module, class) of each page, in navigation order.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("checkin", "ui.pages.checkin", "CheckinPage"),
    ("participants", "ui.pages.participants", "ParticipantsPage"),
    ("badges", "ui.pages.badges", "BadgesPage"),
    ("meetings", "ui.pages.meetings", "MeetingsPage"),
    ("dashboard", "ui.pages.dashboard", "DashboardPage"),
    ("sync", "ui.pages.sync", "SyncPage"),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ForumDesk"))
        self.resize(self._first_size())
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 15px; background: #1f2a36; color: #e8eef4;"
            " border: none; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 12px 16px; }"
            "QListWidget#navigation::item:selected { background: #2f80ed; color: white; }"
        )
        self.stack = QStackedWidget()
        # Pages are built when first shown, so the check-in page is usable at once even
        # when the forum has 100,000 participants for the other pages to load.
        self.pages: dict[str, QWidget] = {}
        self._keys = [key for key, _title in self.page_titles()]
        for _key, title in self.page_titles():
            self.stack.addWidget(QWidget())
            QListWidgetItem(title, self.nav)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.actions_by_name = build_menus(self)
        self._build_status_bar()
        self.nav.setCurrentRow(0)

    def _first_size(self) -> QSize:
        """1280×800, or less on a smaller screen: a 1366×768 laptop has ~728 px for windows."""
        wanted = QSize(1280, 800)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size()
        # The window manager's title bar and frame come on top of the size set here.
        frame = QSize(16, 40)
        return wanted.boundedTo(room - frame).expandedTo(QSize(640, 480))

    def page_titles(self) -> list[tuple[str, str]]:
        titles = {
            "checkin": self.tr("Check-in"),
            "participants": self.tr("Participants"),
            "badges": self.tr("Badges"),
            "meetings": self.tr("Meetings"),
            "dashboard": self.tr("Dashboard"),
            "sync": self.tr("Sync"),
        }
        return [(key, titles[key]) for key, _m, _c in PAGES]

    def _make_page(self, key: str) -> QWidget:
        module_name, class_name = next((m, c) for k, m, c in PAGES if k == key)
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            return PlaceholderPage(
                self.ctx,
                dict(self.page_titles())[key],
                self.tr("This page arrives with a coming version of ForumDesk."),
            )
        factory: Callable[..., QWidget] = getattr(module, class_name)
        return factory(self.ctx)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.page(self._keys[row])
            self.stack.setCurrentIndex(row)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def page(self, key: str) -> QWidget:
        """The page for a key, built on first use."""
        page = self.pages.get(key)
        if page is None:
            index = self._keys.index(key)
            page = self._make_page(key)
            self.pages[key] = page
            requested = getattr(page, "show_requested", None)
            if requested is not None:  # a badge scanned on another page shows its result
                requested.connect(lambda k=key: self.show_page(self._keys.index(k)))
            stub = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stub)
            stub.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # Event and desk names are the organiser's, of any length: they shorten with "…"
        # (whole in the tooltip) rather than widen the window past a laptop's screen.
        self.event_label = ElidedLabel()
        self.desk_label = ElidedLabel(minimum_chars=16)
        for label in (self.event_label, self.desk_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.event_label, 1)
        bar.addPermanentWidget(self.desk_label)
        self.sync_status: QWidget | None = None
        # The sync indicator (and its HTTP client) loads just after the window shows.
        QTimer.singleShot(250, self._add_sync_status)
        self.ctx.signals.zone_changed.connect(lambda _zone: self.refresh_status())
        self.refresh_status()

    def _add_sync_status(self) -> None:
        try:
            from ui.widgets.sync_status import SyncStatusWidget
        except ModuleNotFoundError:
            return
        self.sync_status = SyncStatusWidget(self.ctx)
        self.statusBar().addPermanentWidget(self.sync_status)

    def refresh_status(self) -> None:
        try:
            event = self.ctx.forum.event()
            self.event_label.setText(self.tr("Event: {0}").format(event.name))
            zones = dict(event.zones)
        except Exception:
            self.event_label.setText(self.tr("No event yet: import participants"))
            zones = {}
        zone = zones.get(self.ctx.settings.zone, self.ctx.settings.zone)
        operator = self.ctx.forum.actor.operator or self.tr("no operator")
        self.desk_label.setText(
            self.tr("Desk: {0} · {1} · {2}").format(self.ctx.forum.actor.desk, zone, operator)
        )

    def import_participants(self) -> None:
        self.show_page(self._keys.index("participants"))
        page = self.page("participants")
        if hasattr(page, "choose_import_file"):
            page.choose_import_file()
