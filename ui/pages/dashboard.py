"""Dashboard page: arrivals live for forum management, the watch list, exports and the report.

Numbers are computed in the background (``ctx.runner``) whenever a check-in is made on this
desk (``checkins_changed``) and every 10 seconds while the page is visible (other desks'
check-ins arrive by sync); a refresh asked for while one runs is done right after it.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.model import Arrivals, CountRow, WatchEntry
from ui.context import AppContext
from ui.errors import describe
from ui.pages.dashboard_time import counted_at, time_points
from ui.widgets.charts import Bar, BarChart, TimeChart
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.tiles import BigNumber, NumberItem, count_table

log = logging.getLogger(__name__)

REFRESH_MS = 10_000


_MUTED = "color: palette(mid);"
_WARNING = "color: #B3261E; font-weight: bold;"


@dataclass(frozen=True)
class DashboardData:
    day: date | None
    today: date
    arrivals: Arrivals
    watch: list[WatchEntry]


class DashboardPage(QWidget):
    """Arrivals by category, country, delegation and over time; who has not arrived."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self._running = False
        self._again = False
        self._build()
        ctx.signals.checkins_changed.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        QTimer.singleShot(0, self.refresh)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        # The event's name, of any length: shortened with "…" rather than widen the window
        # past a laptop's screen (a long one with Russian buttons made it 1,338 px).
        self.title = ElidedLabel(self.tr("Arrivals"), minimum_chars=12)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        bar.addWidget(self.title, 1)
        self.day = QComboBox()
        self.day.addItem(self.tr("Today"), "today")
        self.day.addItem(self.tr("Whole event"), "all")
        self.day.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.day)
        bar.addStretch(1)
        self.updated = QLabel("")
        self.updated.setStyleSheet(_MUTED)
        bar.addWidget(self.updated)
        self.export_checkins = QPushButton(self.tr("Export check-ins…"))
        self.export_checkins.clicked.connect(lambda: self.export("checkins"))
        self.export_attendance = QPushButton(self.tr("Export attendance…"))
        self.export_attendance.clicked.connect(lambda: self.export("attendance"))
        self.report_button = QPushButton(self.tr("End-of-day report…"))
        # clicked(bool) would hand its "checked" flag over as the file name
        self.report_button.clicked.connect(lambda: self.end_of_day_report())
        for button in (self.export_checkins, self.export_attendance, self.report_button):
            bar.addWidget(button)
        root.addLayout(bar)

        tiles = QHBoxLayout()
        self.registered = BigNumber(self.tr("Registered"))
        self.arrived = BigNumber(self.tr("Arrived"), "#2E7D32")
        self.inside = BigNumber(self.tr("Inside now"), "#1F4E79")
        self.rejections = BigNumber(self.tr("Rejections today"), "#B3261E")
        for tile in (self.registered, self.arrived, self.inside, self.rejections):
            tiles.addWidget(tile)
        root.addLayout(tiles)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        cat_box = QGroupBox(self.tr("Arrivals by category (arrived / registered)"))
        cat_layout = QVBoxLayout(cat_box)
        self.category_chart = BarChart()
        cat_layout.addWidget(self.category_chart)
        left_layout.addWidget(cat_box)
        time_box = QGroupBox(self.tr("Arrivals over time (per 15 minutes)"))
        time_layout = QVBoxLayout(time_box)
        self.time_chart = TimeChart()
        time_layout.addWidget(self.time_chart)
        left_layout.addWidget(time_box, 1)
        self.tabs = QTabWidget()
        self.country_table = count_table(
            [self.tr("Country"), self.tr("Arrived"), self.tr("Registered"), self.tr("%")]
        )
        self.delegation_table = count_table(
            [
                self.tr("Delegation"),
                self.tr("Country"),
                self.tr("Arrived"),
                self.tr("Registered"),
                self.tr("%"),
            ]
        )
        self.tabs.addTab(self.country_table, self.tr("By country"))
        self.tabs.addTab(self.delegation_table, self.tr("By delegation"))
        left_layout.addWidget(self.tabs, 1)
        split.addWidget(left)

        watch_box = QGroupBox()
        watch_layout = QVBoxLayout(watch_box)
        self.watch_title = QLabel(self.tr("Heads of delegation and VIPs not arrived"))
        wfont = QFont(self.watch_title.font())
        wfont.setPointSize(wfont.pointSize() + 3)
        wfont.setBold(True)
        self.watch_title.setFont(wfont)
        self.watch_title.setStyleSheet("color: #8B1E3F;")
        self.watch_title.setWordWrap(True)
        watch_layout.addWidget(self.watch_title)
        self.watch_table = count_table(
            [self.tr("Name"), self.tr("Category"), self.tr("Delegation")]
        )
        header = self.watch_table.horizontalHeader()
        # sized by _fit_watch_columns: names fill what the other two leave
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.watch_table.setWordWrap(False)
        # a cut name must show it is cut ("Аляксандр Кава" reads as a real name)
        self.watch_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        name_font = QFont(self.watch_table.font())
        name_font.setPointSize(name_font.pointSize() + 1)
        self._name_font = name_font
        # two lines of any script (Arabic and Devanagari lines are tall): one fixed height
        rows = self.watch_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(QFontMetrics(name_font).lineSpacing() * 3.8))
        watch_layout.addWidget(self.watch_table)
        # Refit the columns whenever the table's width changes, also when the splitter
        # is dragged (the page itself keeps its size then).
        self.watch_table.viewport().installEventFilter(self)
        split.addWidget(watch_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 3)
        split.setSizes([760, 560])
        root.addWidget(split, 1)

    # -- refresh ---------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()

    def selected_day(self) -> date | None:
        """The day shown: today in the event's time zone, or None for the whole event."""
        return None if self.day.currentData() == "all" else self.ctx.forum.reports.today()

    def refresh(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        reports = self.ctx.forum.reports
        whole = self.day.currentData() == "all"

        def work(_state) -> DashboardData:  # type: ignore[no-untyped-def]
            board = reports.dashboard(whole_event=whole)  # one read: numbers and watch list
            return DashboardData(board.day, board.today, board.arrivals, board.watch)

        self.ctx.runner.run(work, self._show, self._failed, owner=self)

    def _finished(self) -> None:
        self._running = False
        if self._again:
            QTimer.singleShot(0, self.refresh)

    def _failed(self, exc: BaseException) -> None:
        log.warning("dashboard refresh failed: %s", exc)
        # the numbers left on screen are old: say so where it is seen, and since when
        self.updated.setStyleSheet(_WARNING)
        if self.data is None:
            text = self.tr("Could not compute the numbers: %1").replace("%1", describe(exc))
        else:
            text = (
                self.tr("Numbers as of %1; the last refresh failed: %2")
                .replace("%1", counted_at(self.data.arrivals))
                .replace("%2", describe(exc))
            )
        self.updated.setText(text)
        self._finished()

    def _show(self, data: DashboardData) -> None:
        self.data = data
        a = data.arrivals
        t = a.totals
        self.title.setText(a.event)
        self.registered.set_value(t.registered)
        self.arrived.set_value(
            t.arrived, self.tr("%1 not arrived").replace("%1", str(t.not_arrived))
        )
        self.inside.set_value(t.inside_now)
        self.rejections.caption.setText(
            self.tr("Rejections today") if data.day is not None else self.tr("Rejections")
        )
        self.rejections.set_value(
            t.rejections,
            "\n".join(f"{self.reason_name(k)}: {v}" for k, v in t.rejections_by_reason.items()),
        )
        self.category_chart.set_bars(
            [Bar(r.label, r.arrived, r.registered, r.colour or "#1F4E79") for r in a.by_category]
        )
        self.time_chart.set_points(time_points(a))
        self._fill_groups(self.country_table, a.by_country, with_country=False)
        self._fill_groups(self.delegation_table, a.by_delegation, with_country=True)
        self._fill_watch(data.watch)
        self.updated.setStyleSheet(_MUTED)
        self.updated.setText(self.tr("Updated %1").replace("%1", counted_at(a)))
        self._finished()

    def reason_name(self, code: str) -> str:
        """Short words for a rejection reason code from the core."""
        names = {
            "unknown": self.tr("Unknown code"),
            "unreadable": self.tr("Unreadable scan"),
            "truncated": self.tr("Truncated QR"),
            "oversized": self.tr("Oversized scan"),
            "not_ours": self.tr("Not a ForumDesk badge"),
            "forged": self.tr("Forged badge"),
            "altered": self.tr("Altered badge"),
            "unknown_key": self.tr("Unknown desk key"),
            "revoked_key": self.tr("Revoked desk key"),
            "foreign_event": self.tr("Another event's badge"),
            "superseded": self.tr("Old badge version"),
            "cancelled": self.tr("Registration cancelled"),
            "zone_not_allowed": self.tr("Zone not allowed"),
            "not_valid_today": self.tr("Not valid today"),
            "no_reentry": self.tr("No re-entry"),
        }
        return names.get(code, code)

    def _fill_groups(self, table: QTableWidget, rows: list[CountRow], with_country: bool) -> None:
        first_time = not table.isSortingEnabled()
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            pct = round(100 * r.arrived / r.registered) if r.registered else 0
            cells: list[QTableWidgetItem] = [QTableWidgetItem(r.label or self.tr("(none)"))]
            if with_country:
                cells.append(QTableWidgetItem(r.country))
            cells += [
                NumberItem(r.arrived),
                NumberItem(r.registered),
                NumberItem(pct, f"{pct} %"),
            ]
            for j, cell in enumerate(cells):
                table.setItem(i, j, cell)
        if first_time:  # most arrivals first, until the user sorts otherwise
            table.horizontalHeader().setSortIndicator(
                2 if with_country else 1, Qt.SortOrder.DescendingOrder
            )
        table.setSortingEnabled(True)

    def _fill_watch(self, watch: list[WatchEntry]) -> None:
        self.watch_title.setText(
            self.tr("Heads of delegation and VIPs not arrived: %1").replace("%1", str(len(watch)))
            if watch
            else self.tr("Every head of delegation and VIP has arrived")
        )
        self.watch_table.setRowCount(len(watch))
        for i, w in enumerate(watch):
            # both scripts in one cell: the native name first, the Latin form under it
            lines = [w.native_name]
            if w.latin_name and w.latin_name != w.native_name:
                lines.append(w.latin_name)
            name = QTableWidgetItem("\n".join(lines))
            name.setFont(self._name_font)
            name.setData(Qt.ItemDataRole.UserRole, w.registration_code)
            name.setToolTip(" — ".join(x for x in (w.title, w.registration_code) if x))
            category = QTableWidgetItem(w.category_name)
            category.setData(Qt.ItemDataRole.DecorationRole, QColor(w.category_colour))
            delegation = QTableWidgetItem(f"{w.delegation}\n{w.country_name}")
            for j, cell in enumerate((name, category, delegation)):
                self.watch_table.setItem(i, j, cell)
        self._fit_watch_columns()

    def _fit_watch_columns(self) -> None:
        """Category and delegation as wide as their text, but the names first: on a narrow
        screen they get at least half the table (the list is who is missing, by name).
        A column is never narrower than its own header ("Delegation" was cut to "Deleg");
        when even that does not fit, the table scrolls sideways instead of cutting."""
        table = self.watch_table
        if not table.rowCount():
            return
        header = table.horizontalHeader()
        space = table.viewport().width()
        names = min(table.sizeHintForColumn(0), space // 2)
        least = [header.sectionSizeHint(1), header.sectionSizeHint(2)]
        wanted = [
            max(table.sizeHintForColumn(1), least[0]),
            max(table.sizeHintForColumn(2), least[1]),
        ]
        room = max(0, space - names)
        if sum(wanted) > room:
            spare = max(0, room - sum(least))
            extra = [w - m for w, m in zip(wanted, least, strict=True)]
            wanted = [
                m + (e * spare // sum(extra) if sum(extra) else 0)
                for m, e in zip(least, extra, strict=True)
            ]
        header.resizeSection(1, wanted[0])
        header.resizeSection(2, wanted[1])
        header.resizeSection(0, max(names, space - sum(wanted)))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_watch_columns()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self.watch_table.viewport():
            QTimer.singleShot(0, self._fit_watch_columns)
        return super().eventFilter(obj, event)

    def watch_codes(self) -> list[str]:
        return [
            self.watch_table.item(i, 0).data(Qt.ItemDataRole.UserRole)
            for i in range(self.watch_table.rowCount())
        ]

    # -- files -----------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> None:
        """Export check-ins or attendance of the selected day (or the whole event)."""
        day = self.selected_day()
        if path is None:
            stem = f"{kind}-{day.isoformat() if day else 'all'}"
            path, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Export check-ins") if kind == "checkins" else self.tr("Export attendance"),
                os.path.join(os.path.expanduser("~"), f"{stem}.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
            )
            if not path:
                return
            if not path.lower().endswith((".csv", ".xlsx")):
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        reports = self.ctx.forum.reports
        target = path
        self.updated.setText(self.tr("Exporting…"))
        self.ctx.runner.run(
            lambda _s: reports.export(kind, target, day),
            lambda n: self._written(
                self.tr("%n row(s) written to %1", "", n).replace("%1", target)
            ),
            self._file_failed,
            owner=self,
        )

    def end_of_day_report(self, path: str | None = None) -> None:
        day = self.selected_day() or self.ctx.forum.reports.today()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("End-of-day report"),
                os.path.join(os.path.expanduser("~"), f"report-{day.isoformat()}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        reports = self.ctx.forum.reports
        target = path
        self.updated.setText(self.tr("Writing the report…"))
        self.ctx.runner.run(
            lambda _s: reports.day_report(day, target),
            lambda _t: self._written(self.tr("Report written to %1").replace("%1", target)),
            self._file_failed,
            owner=self,
        )

    def _written(self, message: str) -> None:
        self.updated.setText(message)
        self.last_message = message

    def _file_failed(self, exc: BaseException) -> None:
        log.warning("export failed: %s", exc)
        self.updated.setText("")
        QMessageBox.warning(self, self.tr("Not written"), describe(exc))
