"""Meetings page: the day's grid (slots × tables), the requests, booking, scheduling, agendas."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ForumDeskError
from desktop.meetings.views import GridDay, RequestView
from desktop.services.meetings import AUTO_INTERPRETER, OWN_INTERPRETER, ScheduleRun
from ui.context import AppContext
from ui.errors import describe
from ui.meeting_board import BoardView, read_board
from ui.meeting_words import PURPOSE_COLOURS, MeetingWords
from ui.pages.meeting_schedule import ScheduleFlow
from ui.timefmt import day_label
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.meeting_grid import PROVISIONAL_MARK, ROLE_CELL, ROLE_MEETING, MeetingGrid
from ui.widgets.meeting_requests import RequestList

log = logging.getLogger(__name__)


class MeetingsPage(QWidget):
    """Book, move and cancel meetings on the grid; schedule automatically; print agendas."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.words = MeetingWords(self)
        self._grid: GridDay | None = None
        self._requests: list[RequestView] = []
        self.last_run: ScheduleRun | None = None
        # A request filed here, chosen in the list once the list shows it.
        self._filed: str | None = None
        self.scheduling = ScheduleFlow(ctx, self)
        self._build()
        self.scheduling.busy.connect(lambda busy: self.schedule_button.setEnabled(not busy))
        self.scheduling.scheduled.connect(self._scheduled)
        self.scheduling.said.connect(lambda text, error: self._say(text, error=error))
        ctx.signals.meetings_changed.connect(self.refresh)
        self.reload()

    def describe(self, exc: BaseException) -> str:
        """A refusal or error in the operator's words (``ui.errors``)."""
        return describe(exc)

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
        self.grid.itemSelectionChanged.connect(self._cell_changed)
        self.grid.itemClicked.connect(self._cell_clicked)
        self.request_list = RequestList()
        self.request_list.chosen.connect(self._cell_changed)
        self.requests = self.request_list.table
        self.request_status = self.request_list.status
        self.filter = self.request_list.filter

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
        rv.addWidget(self.request_list, 3)
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
            chip = QLabel(self.words.purpose(purpose))
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
        """Days, delegations, the day's grid and the requests: one read, in the background."""
        day = self.day.currentData()
        meetings = self.ctx.forum.meetings
        self.ctx.runner.run(
            lambda _state: read_board(meetings, day if isinstance(day, date) else None),
            self._loaded,
            lambda exc: self._say(describe(exc), error=True),
            owner=self,
            key="board",
        )

    def refresh(self) -> None:
        """After a change: the same read as ``reload`` (the latest one is shown)."""
        self.reload()

    def _loaded(self, view: BoardView) -> None:
        self.day.blockSignals(True)
        self.day.clear()
        for d in view.days:
            self.day.addItem(day_label(d), d)
        if view.day is not None:
            self.day.setCurrentIndex(view.days.index(view.day))
        self.day.blockSignals(False)
        agenda_of = self.delegation.currentData()
        self.delegation.clear()
        for delegation in view.delegations:
            self.delegation.addItem(delegation.name, delegation.id)
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(agenda_of)))
        self._grid, self._requests = view.grid, view.requests
        self.grid.show_day(view.grid, view.zone)
        self.request_list.show_requests(view.requests)
        if self._filed is not None and self.select_request(self._filed):
            self._filed = None

    # -- selection ---------------------------------------------------------------------------
    def current_cell(self) -> tuple[str, str] | None:
        return self.grid.current_cell()

    def current_meeting(self) -> str | None:
        return self.grid.current_meeting()

    def selected_meetings(self) -> list[str]:
        return self.grid.selected_meetings()

    def current_request(self) -> str | None:
        return self.request_list.current()

    def select_cell(self, slot_id: str, table_id: str) -> bool:
        return self.grid.select_cell(slot_id, table_id)

    def select_request(self, request_id: str) -> bool:
        return self.request_list.select(request_id)

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
            self.ctx.runner.drop("interpreters", self)
            return
        meetings = self.ctx.forum.meetings
        slot, delegations, languages = cell[0], [req.requester_id, req.partner_id], req.languages

        def add(found: list[Any]) -> None:
            for i in found:
                self.interpreter.addItem(i.name, i.id)

        self.ctx.runner.run(
            lambda _s: meetings.fitting_interpreters(delegations, slot, languages),
            add,
            lambda exc: log.warning("no interpreters listed: %s", exc),
            owner=self,
            key="interpreters",
        )

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
            self._say(describe(exc), error=True)
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
            self._say(describe(exc), error=True)
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
            self._say(describe(exc), error=True)
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
            self._say(self.tr("Not moved: ") + describe(exc), error=True)
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
        mid, cell = self._moving, item.data(ROLE_CELL)
        if item.data(ROLE_MEETING) == mid or not cell:
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
            self._say(self.tr("Not swapped: ") + describe(exc), error=True)
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
            if dialog.request_id:
                self._filed = dialog.request_id  # chosen when the list shows it
                self.request_status.setCurrentIndex(0)
                self._say(self.tr("Request filed."))
            self.ctx.signals.meetings_changed.emit()

        dialog.accepted.connect(filed)
        self.request_dialog = dialog
        dialog.open()

    def schedule(self) -> None:
        """Run the scheduler in the background with progress and cancel."""
        self.scheduling.start()

    def _scheduled(self, run: ScheduleRun, lines: list[str]) -> None:
        self.last_run = run
        self.summary.setText("\n".join(lines))
        # Requests left unplaced are news to act on, not a success.
        self._say(lines[0], warning=bool(run.result.unplaced))
        self.ctx.signals.meetings_changed.emit()

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
            self._say(describe(exc), error=True)
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
