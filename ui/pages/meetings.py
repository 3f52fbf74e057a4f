"""Meetings page: the day's grid (slots × tables), the requests, booking, scheduling, agendas."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ForumDeskError
from desktop.services.meetings import AUTO_INTERPRETER, OWN_INTERPRETER, ScheduleRun
from ui.context import AppContext
from ui.tasks import TaskCancelled, TaskState
from ui.timefmt import day_label, time_label
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.meeting_grid import PROVISIONAL_MARK, ROLE_PROVISIONAL, MeetingGrid
from ui.widgets.selection import select_row

log = logging.getLogger(__name__)

PURPOSE_COLOURS = {"talks": "#E3EEF9", "agreement": "#FBE3A6", "twinning": "#DCEFD8"}
_ROLE_MEETING = Qt.ItemDataRole.UserRole
_ROLE_CELL = Qt.ItemDataRole.UserRole + 1


class MeetingsPage(QWidget):
    """Book, move and cancel meetings on the grid; schedule automatically; print agendas."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._grid: Any = None
        self._requests: list[Any] = []
        self._task: TaskState | None = None
        self._progress: QProgressDialog | None = None
        self.last_run: ScheduleRun | None = None
        self._build()
        ctx.signals.meetings_changed.connect(self.refresh)
        self.reload()

    # -- words ------------------------------------------------------------------------
    def describe(self, exc: BaseException) -> str:
        """A refusal or error in the operator's words."""
        if not isinstance(exc, ForumDeskError):
            return self.tr("Something went wrong; the details are in the log file.")
        p = exc.params
        texts = {
            "delegation_busy": self.tr(
                "{delegation} already has a meeting with {partners} at this time."
            ),
            "table_busy": self.tr("{table} is already taken at this time by {delegations}."),
            "interpreter_busy": self.tr(
                "{interpreter} is already interpreting for {delegations} at this time."
            ),
            "delegation_unavailable": self.tr(
                "{delegation} is not available at this time ({reason})."
            ),
            "interpreter_needed": self.tr(
                "{delegations} share no language: choose an interpreter for {languages}."
            ),
            "interpreter_languages": self.tr("{interpreter} does not speak {languages}."),
            "no_free_interpreter": self.tr(
                "No interpreter for {languages} is free at this time: choose another slot, "
                "or book with their own interpreter."
            ),
            "invalid_delegations": self.tr("A meeting needs two different delegations."),
            "meeting_closed": self.tr("This meeting is {status}; book the request again instead."),
            "request_closed": self.tr("This request is already {status}."),
            "invalid_status": self.tr("That status is not possible here."),
            "unknown_slot": self.tr("That slot no longer exists."),
            "unknown_table": self.tr("That table no longer exists."),
            "not_found": self.tr("Not found: it may have been removed meanwhile."),
        }
        template = texts.get(exc.code)
        if template is None:
            return exc.message
        values = {k: (", ".join(v) if isinstance(v, list) else str(v)) for k, v in p.items()}
        if exc.code == "interpreter_needed" and isinstance(p.get("delegations"), list):
            values["delegations"] = self.tr(" and ").join(p["delegations"])
        if exc.code == "delegation_unavailable" and not p.get("reason"):
            values["reason"] = self.tr("unavailable")
        if "status" in values:
            values["status"] = self._status(values["status"]).lower()
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return exc.message

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.day = QComboBox()
        self.day.currentIndexChanged.connect(lambda _i: self.refresh())
        self.interpreter = QComboBox()
        self.interpreter.setToolTip(self.tr("Interpreter for the booking"))
        self.interpreter.setMinimumContentsLength(14)
        interpreter_label = QLabel(self.tr("Interpreter:"))
        interpreter_label.setBuddy(self.interpreter)
        self.setup_button = QPushButton(self.tr("Setup…"))
        self.setup_button.setToolTip(
            self.tr("Meeting days, tables and rooms, interpreters, unavailable times")
        )
        self.setup_button.clicked.connect(self.open_setup)
        self.new_request_button = QPushButton(self.tr("New request…"))
        self.new_request_button.clicked.connect(self.new_request)
        self.move_button = QPushButton(self.tr("Move to…"))
        self.move_button.setCheckable(True)
        self.move_button.setToolTip(
            self.tr("Choose a meeting, press Move to…, then click a free cell (or drag it there)")
        )
        self.move_button.toggled.connect(self._move_toggled)
        self.swap_button = QPushButton(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Select two meetings (Ctrl+click) and swap them"))
        self.swap_button.clicked.connect(self.swap_selected)
        self._moving: str | None = None
        self.book_button = QPushButton(self.tr("Book here"))
        self.book_button.clicked.connect(self.book_selected)
        self.cancel_button = QPushButton(self.tr("Cancel meeting"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.clicked.connect(lambda: self.set_status_selected("confirmed"))
        self.schedule_button = QPushButton(self.tr("Schedule automatically"))
        self.schedule_button.clicked.connect(self.schedule)
        self.delegation = QComboBox()
        self.agenda_button = QPushButton(self.tr("Agenda PDF…"))
        self.agenda_button.clicked.connect(self.save_agenda)

        day_label = QLabel(self.tr("Day:"))
        day_label.setBuddy(self.day)
        bar = QHBoxLayout()
        bar.addWidget(day_label)
        bar.addWidget(self.day)
        bar.addSpacing(12)
        bar.addWidget(interpreter_label)
        bar.addWidget(self.interpreter, 1)
        bar.addWidget(self.book_button)
        bar.addWidget(self.move_button)
        bar.addWidget(self.swap_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.confirm_button)
        bar.addStretch(1)
        agenda_label = QLabel(self.tr("Agenda of:"))
        agenda_label.setBuddy(self.delegation)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.new_request_button)
        bar2.addWidget(self.schedule_button)
        # Setup sits with the planning buttons, so the booking row fits a 1280 px screen.
        bar2.addWidget(self.setup_button)
        bar2.addStretch(1)
        bar2.addWidget(agenda_label)
        bar2.addWidget(self.delegation, 1)
        bar2.addWidget(self.agenda_button)

        self.grid = MeetingGrid()
        self.grid.meeting_dropped.connect(self.move_meeting)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setDefaultSectionSize(130)
        self.grid.verticalHeader().setDefaultSectionSize(40)
        self.grid.setWordWrap(True)
        self.grid.itemSelectionChanged.connect(self._cell_changed)
        self.grid.itemClicked.connect(self._cell_clicked)

        self.filter = QLineEdit(placeholderText=self.tr("Filter requests by delegation…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._fill_requests())
        self.request_status = QComboBox()
        self.request_status.addItem(self.tr("Open requests"), "requested")
        self.request_status.addItem(self.tr("All requests"), "")
        self.request_status.currentIndexChanged.connect(lambda _i: self._fill_requests())
        self.requests = QTableWidget(0, 4)
        self.requests.setHorizontalHeaderLabels(
            [self.tr("Requested by"), self.tr("With"), self.tr("Priority"), self.tr("Purpose")]
        )
        self.requests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests.verticalHeader().setVisible(False)
        self.requests.horizontalHeader().setStretchLastSection(True)
        self.requests.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.requests.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.requests.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.requests.itemSelectionChanged.connect(self._cell_changed)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.grid, 1)
        lv.addLayout(self._legend())
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.request_status, 1)
        rv.addLayout(filters)
        rv.addWidget(self.requests, 3)
        rv.addWidget(self.summary, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([880, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(bar2)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

    def _legend(self) -> FlowLayout:
        """What the cell colours and marks mean; wraps onto a second line when narrow."""
        row = FlowLayout(spacing=6)
        row.addWidget(QLabel(self.tr("Legend:")))
        for purpose, colour in PURPOSE_COLOURS.items():
            chip = QLabel(self._purpose(purpose))
            chip.setStyleSheet(
                f"background: {colour}; border: 1px solid #B0B0B0; padding: 2px 8px;"
            )
            row.addWidget(chip)
        provisional = QLabel(
            self.tr("{0} dashed, italic: provisional, not yet confirmed by the server").format(
                PROVISIONAL_MARK
            )
        )
        provisional.setStyleSheet(
            "font-style: italic; border: 2px dashed #8A6D00; padding: 1px 8px;"
        )
        row.addWidget(provisional)
        confirmed = QLabel(self.tr("bold: confirmed"))
        confirmed.setStyleSheet("font-weight: bold; padding: 2px 8px;")
        row.addWidget(confirmed)
        return row

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Days and delegations (setup), then the grid and the requests."""
        try:
            days = self.ctx.forum.meetings.days()
            delegations = self.ctx.forum.meetings.delegations()
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return
        current = self.day.currentData()
        self.day.blockSignals(True)
        self.day.clear()
        for d in days:
            self.day.addItem(day_label(d), d)
        if current in days:
            self.day.setCurrentIndex(days.index(current))
        self.day.blockSignals(False)
        self.delegation.clear()
        for d in delegations:
            self.delegation.addItem(d.name, d.id)
        self.refresh()

    def refresh(self) -> None:
        day = self.day.currentData()
        if not isinstance(day, date):
            return
        try:
            self._grid = self.ctx.forum.meetings.grid(day)
            self._requests = self.ctx.forum.meetings.requests()
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return
        self._fill_grid()
        self._fill_requests()

    def _fill_grid(self) -> None:
        g = self._grid
        selected = self.current_cell()
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setRowCount(len(g.slots))
        self.grid.setColumnCount(len(g.tables))
        self.grid.setHorizontalHeaderLabels([t.name for t in g.tables])
        zone = self.ctx.forum.meetings.board().zone
        self.grid.setVerticalHeaderLabels([time_label(s.start.astimezone(zone)) for s in g.slots])
        for r, slot in enumerate(g.slots):
            for c, table in enumerate(g.tables):
                item = QTableWidgetItem()
                item.setData(_ROLE_CELL, (slot.id, table.id))
                v = g.at(slot.id, table.id)
                if v is not None:
                    # A meeting the coordinators confirmed is drawn as confirmed, also
                    # before this desk's change reached the server (the tip says so).
                    provisional = v.provisional and v.status != "confirmed"
                    mark = f"{PROVISIONAL_MARK} " if provisional else ""
                    item.setText(mark + "\n".join(v.delegations))
                    item.setData(_ROLE_MEETING, v.id)
                    item.setData(ROLE_PROVISIONAL, provisional)
                    item.setBackground(QBrush(QColor(PURPOSE_COLOURS.get(v.purpose, "#EEEEEE"))))
                    tip = [" – ".join(v.delegations), self._purpose(v.purpose)]
                    if v.interpreter:
                        tip.append(self.tr("Interpreter: {0}").format(v.interpreter))
                    tip.append(self._status(v.status))
                    if provisional:
                        tip.append(self.tr("Provisional: not yet confirmed by the server"))
                        font = item.font()
                        font.setItalic(True)
                        item.setFont(font)
                    elif v.provisional:
                        tip.append(self.tr("Not yet sent to the server"))
                    if v.status == "confirmed":
                        font = item.font()
                        font.setWeight(QFont.Weight.Bold)
                        item.setFont(font)
                    item.setToolTip("\n".join(tip))
                self.grid.setItem(r, c, item)
        self.grid.blockSignals(False)
        if selected is not None:
            self.select_cell(*selected)

    def _fill_requests(self) -> None:
        wanted = self.request_status.currentData()
        text = self.filter.text().strip().casefold()
        rows = [
            r
            for r in self._requests
            if (not wanted or r.status == wanted)
            and (not text or text in r.requester.casefold() or text in r.partner.casefold())
        ]
        keep = self.current_request()
        self.requests.blockSignals(True)
        self.requests.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [r.requester, r.partner, str(r.priority), self._purpose(r.purpose)]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if r.needs_interpreter:
                    item.setToolTip(
                        self.tr("Needs an interpreter for {0}").format(r.language_label)
                    )
                self.requests.setItem(i, j, item)
            if keep == r.id:
                select_row(self.requests, i)
        self.requests.blockSignals(False)

    def _purpose(self, purpose: str) -> str:
        return {
            "talks": self.tr("Talks"),
            "agreement": self.tr("Agreement signing"),
            "twinning": self.tr("Twinning"),
        }.get(purpose, purpose)

    def _status(self, status: str) -> str:
        return {
            "booked": self.tr("Booked"),
            "confirmed": self.tr("Confirmed"),
            "held": self.tr("Held"),
            "no-show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"),
            "requested": self.tr("Requested"),
        }.get(status, status)

    # -- selection ---------------------------------------------------------------------------
    def _current_item(self) -> QTableWidgetItem | None:
        items = self.grid.selectedItems()
        current = self.grid.currentItem()
        if current is not None and current in items:
            return current
        return items[0] if items else None

    def current_cell(self) -> tuple[str, str] | None:
        item = self._current_item()
        cell = item.data(_ROLE_CELL) if item is not None else None
        return tuple(cell) if cell else None  # type: ignore[return-value]

    def current_meeting(self) -> str | None:
        item = self._current_item()
        return item.data(_ROLE_MEETING) if item is not None else None

    def selected_meetings(self) -> list[str]:
        out: list[str] = []
        for item in self.grid.selectedItems():
            mid = item.data(_ROLE_MEETING)
            if mid and mid not in out:
                out.append(mid)
        return out

    def current_request(self) -> str | None:
        rows = (
            self.requests.selectionModel().selectedRows() if self.requests.selectionModel() else []
        )
        if not rows:
            return None
        item = self.requests.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_cell(self, slot_id: str, table_id: str) -> bool:
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                if item is not None and tuple(item.data(_ROLE_CELL)) == (slot_id, table_id):
                    self.grid.setCurrentCell(r, c)
                    return True
        return False

    def select_request(self, request_id: str) -> bool:
        for r in range(self.requests.rowCount()):
            item = self.requests.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == request_id:
                select_row(self.requests, r)
                return True
        return False

    def _cell_changed(self) -> None:
        cell = self.current_cell()
        meeting = self.current_meeting()
        self.cancel_button.setEnabled(meeting is not None)
        self.confirm_button.setEnabled(meeting is not None)
        self.move_button.setEnabled(meeting is not None or self._moving is not None)
        self.swap_button.setEnabled(len(self.selected_meetings()) == 2)
        self.book_button.setEnabled(
            cell is not None and meeting is None and self.current_request() is not None
        )
        self._fill_interpreters()

    def _fill_interpreters(self) -> None:
        self.interpreter.clear()
        # "automatic": one who speaks the meeting's languages and is free then, chosen by
        # the core with the same rule it checks; "their own": none of ours is needed.
        self.interpreter.addItem(self.tr("automatic"), AUTO_INTERPRETER)
        self.interpreter.addItem(self.tr("none: they bring their own"), OWN_INTERPRETER)
        cell, rid = self.current_cell(), self.current_request()
        req = next((r for r in self._requests if r.id == rid), None)
        if cell is None or req is None or not req.needs_interpreter:
            return
        for i in self.ctx.forum.meetings.fitting_interpreters(
            [req.requester_id, req.partner_id], cell[0], req.languages
        ):
            self.interpreter.addItem(i.name, i.id)

    # -- actions ------------------------------------------------------------------------------
    def book_selected(self) -> bool:
        """Book the selected request into the selected cell; a refusal is said in words."""
        cell, rid = self.current_cell(), self.current_request()
        if cell is None or rid is None:
            self._say(self.tr("Choose a request and a free cell first."), error=True)
            return False
        interpreter = self.interpreter.currentData() or AUTO_INTERPRETER
        try:
            self.ctx.forum.meetings.book(rid, cell[0], cell[1], interpreter)
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return False
        self._say(self.tr("Booked (provisional until the server confirms)."))
        self.ctx.signals.meetings_changed.emit()
        return True

    def cancel_selected(self) -> None:
        mid = self.current_meeting()
        if mid is None:
            return
        try:
            self.ctx.forum.meetings.cancel(mid)
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return
        self._say(self.tr("Meeting cancelled; its request is open again."))
        self.ctx.signals.meetings_changed.emit()

    def set_status_selected(self, status: str) -> None:
        mid = self.current_meeting()
        if mid is None:
            return
        try:
            self.ctx.forum.meetings.set_status(mid, status)
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return
        self.ctx.signals.meetings_changed.emit()

    def move_selected_to(self, slot_id: str, table_id: str) -> bool:
        mid = self.current_meeting()
        if mid is None:
            return False
        return self.move_meeting(mid, slot_id, table_id)

    def move_meeting(self, meeting_id: str, slot_id: str, table_id: str) -> bool:
        """Move a meeting to a cell (drop, or Move to… then click); a refusal in words."""
        try:
            self.ctx.forum.meetings.move(meeting_id, slot_id, table_id)
        except ForumDeskError as exc:
            self._say(self.tr("Not moved: ") + self.describe(exc), error=True)
            return False
        self.ctx.signals.meetings_changed.emit()
        self.select_cell(slot_id, table_id)
        self._say(self.tr("Moved (provisional until the server confirms)."))
        return True

    def _move_toggled(self, on: bool) -> None:
        if not on:
            self._moving = None
            return
        self._moving = self.current_meeting()
        if self._moving is None:
            self.move_button.setChecked(False)
            self._say(self.tr("Choose the meeting to move first."), error=True)
            return
        self._say(
            self.tr(
                "Now click the free cell to move the meeting to (press Move to… again to stop)."
            )
        )

    def _cell_clicked(self, item: QTableWidgetItem) -> None:
        if self._moving is None:
            return
        mid, cell = self._moving, item.data(_ROLE_CELL)
        if item.data(_ROLE_MEETING) == mid or not cell:
            return
        self.move_button.setChecked(False)
        self.move_meeting(mid, *cell)

    def swap_selected(self) -> bool:
        """Swap the two selected meetings' slots and tables; a refusal in words."""
        chosen = self.selected_meetings()
        if len(chosen) != 2:
            self._say(self.tr("Select exactly two meetings to swap (Ctrl+click)."), error=True)
            return False
        try:
            self.ctx.forum.meetings.swap(*chosen)
        except ForumDeskError as exc:
            self._say(self.tr("Not swapped: ") + self.describe(exc), error=True)
            return False
        self.ctx.signals.meetings_changed.emit()
        self._say(self.tr("Swapped (provisional until the server confirms)."))
        return True

    def open_setup(self) -> None:
        from ui.dialogs.meeting_setup import MeetingSetupDialog

        dialog = MeetingSetupDialog(self.ctx, self.describe, self)
        dialog.changed.connect(self.reload)
        self.setup_dialog = dialog
        dialog.open()

    def new_request(self) -> None:
        from ui.dialogs.meeting_request import MeetingRequestDialog

        dialog = MeetingRequestDialog(self.ctx, self.describe, self)

        def filed() -> None:
            self.ctx.signals.meetings_changed.emit()
            if dialog.request_id:
                self.request_status.setCurrentIndex(0)
                self.select_request(dialog.request_id)
                self._say(self.tr("Request filed."))

        dialog.accepted.connect(filed)
        self.request_dialog = dialog
        dialog.open()

    def schedule(self) -> None:
        """Run the scheduler in the background with progress and cancel."""
        if self._task is not None:
            return
        meetings = self.ctx.forum.meetings
        self.schedule_button.setEnabled(False)
        self._progress = QProgressDialog(
            self.tr("Scheduling meetings…"), self.tr("Cancel"), 0, 100, self
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)

        def work(state: TaskState) -> ScheduleRun:
            run = meetings.schedule(
                progress=lambda f, m: state.progress(f, m), should_stop=lambda: state.cancelled
            )
            if run.result.cancelled:
                raise TaskCancelled()
            return run

        self._task = self.ctx.runner.run(
            work, self._scheduled, self._schedule_failed, self._schedule_progress
        )
        self._progress.canceled.connect(self._task.cancel)

    def _schedule_progress(self, fraction: float, message: str) -> None:
        # A modal QProgressDialog.setValue() processes events, and the finished callback
        # (which drops the dialog) may run inside it: keep a reference and set the text first.
        dialog = self._progress
        if dialog is not None:
            dialog.setLabelText(self.tr("Scheduling meetings…") + "\n" + message)
            dialog.setValue(int(fraction * 100))

    def _schedule_done(self) -> None:
        self._task = None
        self.schedule_button.setEnabled(True)
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _scheduled(self, run: ScheduleRun) -> None:
        self._schedule_done()
        self.last_run = run
        r = run.result
        lines = [
            self.tr("Placed %n meeting(s).", "", len(r.placed))
            + " "
            + self.tr("%n request(s) could not be placed.", "", len(r.unplaced)),
            self.tr("Priority weight {0} of at most {1} ({2:.1f} %).").format(
                r.weight, int(r.bound), 100 * r.ratio
            ),
        ]
        names = {d.id: d.name for d in self.ctx.forum.meetings.delegations()}
        for u in r.unplaced[:12]:
            pair = " – ".join(names.get(d, d) for d in u.delegation_ids)
            lines.append(f"• {pair}: {self._reason(u)}")
        if len(r.unplaced) > 12:
            lines.append(self.tr("… and {0} more.").format(len(r.unplaced) - 12))
        self.summary.setText("\n".join(lines))
        # Requests left unplaced are news to act on, not a success.
        self._say(lines[0], warning=bool(r.unplaced))
        self.ctx.signals.meetings_changed.emit()

    def _reason(self, u: Any) -> str:
        p = u.params
        texts = {
            "no_interpreter": self.tr("no interpreter for {languages}"),
            "delegation_unavailable": self.tr("delegation unavailable ({delegation})"),
            "no_common_free_slot": self.tr("no common free slot for {a} and {b}"),
            "tables_full": self.tr("every table is taken when both are free"),
            "interpreters_busy": self.tr(
                "the interpreters for {languages} are busy when both are free"
            ),
            "already_meeting": self.tr("{a} and {b} already have a meeting"),
            "duplicate_request": self.tr("asked twice; one meeting is planned"),
        }
        template = texts.get(u.code)
        try:
            return template.format(**p) if template else u.reason
        except KeyError:
            return str(u.reason)

    def _schedule_failed(self, exc: BaseException) -> None:
        self._schedule_done()
        if isinstance(exc, TaskCancelled):
            self._say(self.tr("Scheduling cancelled; nothing was booked."))
        else:
            self._say(self.describe(exc), error=True)

    def save_agenda(self) -> None:
        did = self.delegation.currentData()
        if not did:
            return
        name = self.delegation.currentText()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save agenda"), f"{name} agenda.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            n = self.ctx.forum.meetings.agenda_pdf(did, Path(path))
        except (ForumDeskError, OSError) as exc:
            self._say(
                self.describe(exc) if isinstance(exc, ForumDeskError) else str(exc), error=True
            )
            return
        self._say(self.tr("Agenda of {0} with {1} meetings saved.").format(name, n))

    def _say(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        self.message.setText(text)
        if error:
            style = "color: #B3261E; font-weight: bold;"
        elif warning:
            style = "color: #8A4B00; font-weight: bold;"
        else:
            style = "color: #1B5E20;"
        self.message.setStyleSheet(style)
