"""Meeting setup: meeting days and their slots, tables and rooms, interpreters, unavailable times.

Each change goes straight to ``MeetingService`` (one transaction each) and ``changed`` is
emitted, so the Meetings page behind the dialog follows; a refusal is said in words below.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

import ui.errors
from desktop.errors import ForumDeskError
from ui.context import AppContext
from ui.timefmt import day_label, day_pattern, time_label
from ui.widgets.delegation_combo import chosen_delegation, delegation_combo
from ui.widgets.keyed_table import chosen_key, fill_keyed, keyed_table

log = logging.getLogger(__name__)

_BREAK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_breaks(text: str) -> list[tuple[time, time]] | None:
    """``12:30-13:30; 16:00-16:15`` as pairs of times; None when a part cannot be read."""
    out = []
    for part in re.split(r"[;,]", text):
        if not part.strip():
            continue
        m = _BREAK.match(part)
        if m is None:
            return None
        h1, m1, h2, m2 = (int(x) for x in m.groups())
        if max(h1, h2) > 23 or max(m1, m2) > 59:
            return None
        out.append((time(h1, m1), time(h2, m2)))
    return out


class MeetingSetupDialog(QDialog):
    """Days, tables and rooms, interpreters and unavailable times, one tab each."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        describe: Callable[[BaseException], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Words for a refusal: the desk's (``ui.errors``) unless the caller gives its own.
        self.describe = describe or ui.errors.describe
        self.setWindowTitle(self.tr("Meeting setup"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._days_tab(), self.tr("Meeting days"))
        self.tabs.addTab(self._tables_tab(), self.tr("Tables and rooms"))
        self.tabs.addTab(self._interpreters_tab(), self.tr("Interpreters"))
        self.tabs.addTab(self._unavailable_tab(), self.tr("Unavailable times"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.reload()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: #B3261E; font-weight: bold;" if error else "color: #1B5E20;"
        )

    def _do(self, fn: Callable[[], Any], done: str) -> bool:
        try:
            fn()
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return False
        self._say(done)
        self.reload()
        self.changed.emit()
        return True

    # -- tabs -------------------------------------------------------------------------
    def _days_tab(self) -> QWidget:
        self.days = keyed_table([self.tr("Day"), self.tr("Slots"), self.tr("From"), self.tr("To")])
        self.day_date = QDateEdit(calendarPopup=True)
        self.day_date.setDisplayFormat(day_pattern(self.day_date.locale(), year=True))
        self.first_slot = QTimeEdit(QTime(9, 0))
        self.first_slot.setDisplayFormat("HH:mm")
        self.slot_minutes = QSpinBox(minimum=5, maximum=240, singleStep=5, value=30)
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.slot_count = QSpinBox(minimum=1, maximum=60, value=16)
        self.breaks = QLineEdit("13:00-14:00")
        self.breaks.setPlaceholderText(self.tr("e.g. 13:00-14:00; 16:00-16:15"))
        self.add_day_button = QPushButton(self.tr("Add day"))
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button = QPushButton(self.tr("Remove day"))
        self.remove_day_button.clicked.connect(self.remove_day)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day_date)
        form.addRow(self.tr("First slot at"), self.first_slot)
        form.addRow(self.tr("Slot length"), self.slot_minutes)
        form.addRow(self.tr("Number of slots"), self.slot_count)
        form.addRow(self.tr("Breaks"), self.breaks)
        return self._tab(self.days, form, [self.add_day_button, self.remove_day_button])

    def _tables_tab(self) -> QWidget:
        self.tables = keyed_table([self.tr("Name"), self.tr("Kind"), self.tr("Capacity")])
        self.tables.itemSelectionChanged.connect(self._table_chosen)
        self.table_name = QLineEdit(placeholderText=self.tr("e.g. Table 25 or Room B"))
        self.table_kind = QComboBox()
        self.table_kind.addItem(self.tr("Table"), "table")
        self.table_kind.addItem(self.tr("Room"), "room")
        self.table_capacity = QSpinBox(minimum=2, maximum=200, value=8)
        self.add_table_button = QPushButton(self.tr("Add"))
        self.add_table_button.clicked.connect(self.add_table)
        self.save_table_button = QPushButton(self.tr("Save changes"))
        self.save_table_button.clicked.connect(self.save_table)
        self.remove_table_button = QPushButton(self.tr("Remove"))
        self.remove_table_button.clicked.connect(self.remove_table)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.table_name)
        form.addRow(self.tr("Kind"), self.table_kind)
        form.addRow(self.tr("Seats"), self.table_capacity)
        return self._tab(
            self.tables,
            form,
            [self.add_table_button, self.save_table_button, self.remove_table_button],
        )

    def _interpreters_tab(self) -> QWidget:
        self.interpreters = keyed_table([self.tr("Name"), self.tr("Languages")])
        self.interpreters.itemSelectionChanged.connect(self._interpreter_chosen)
        self.interpreter_name = QLineEdit()
        self.interpreter_languages = QLineEdit(placeholderText=self.tr("codes, e.g. ru; zh; en"))
        self.add_interpreter_button = QPushButton(self.tr("Add"))
        self.add_interpreter_button.clicked.connect(self.add_interpreter)
        self.save_interpreter_button = QPushButton(self.tr("Save changes"))
        self.save_interpreter_button.clicked.connect(self.save_interpreter)
        self.remove_interpreter_button = QPushButton(self.tr("Remove"))
        self.remove_interpreter_button.clicked.connect(self.remove_interpreter)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.interpreter_name)
        form.addRow(self.tr("Languages"), self.interpreter_languages)
        return self._tab(
            self.interpreters,
            form,
            [
                self.add_interpreter_button,
                self.save_interpreter_button,
                self.remove_interpreter_button,
            ],
        )

    def _unavailable_tab(self) -> QWidget:
        self.unavailable = keyed_table(
            [
                self.tr("Delegation"),
                self.tr("Day"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Reason"),
            ]
        )
        self.unavailable_delegation = delegation_combo(self.ctx.forum.meetings.delegations())
        self.unavailable_delegation.lineEdit().setPlaceholderText(self.tr("Type part of the name…"))
        self.unavailable_day = QComboBox()
        self.unavailable_from = QTimeEdit(QTime(9, 0))
        self.unavailable_from.setDisplayFormat("HH:mm")
        self.unavailable_to = QTimeEdit(QTime(11, 0))
        self.unavailable_to.setDisplayFormat("HH:mm")
        self.unavailable_reason = QLineEdit(placeholderText=self.tr("e.g. plenary speech"))
        self.add_unavailable_button = QPushButton(self.tr("Add"))
        self.add_unavailable_button.clicked.connect(self.add_unavailability)
        self.remove_unavailable_button = QPushButton(self.tr("Remove"))
        self.remove_unavailable_button.clicked.connect(self.remove_unavailability)
        times = QHBoxLayout()
        times.addWidget(self.unavailable_from)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.unavailable_to)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Delegation"), self.unavailable_delegation)
        form.addRow(self.tr("Day"), self.unavailable_day)
        form.addRow(self.tr("From"), times)
        form.addRow(self.tr("Reason"), self.unavailable_reason)
        return self._tab(
            self.unavailable, form, [self.add_unavailable_button, self.remove_unavailable_button]
        )

    @staticmethod
    def _tab(table: QTableWidget, form: QFormLayout, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        v = QVBoxLayout(page)
        v.addWidget(table, 1)
        v.addLayout(form)
        v.addLayout(row)
        return page

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            board = self.ctx.forum.meetings.board()
        except ForumDeskError as exc:
            self._say(self.describe(exc), error=True)
            return
        self._zone = board.zone
        days = board.days()
        rows: list[tuple[Any, list[str]]] = []
        for d in days:
            slots = board.slots_of_day(d)
            rows.append(
                (
                    d,
                    [
                        day_label(d, year=True),
                        str(len(slots)),
                        time_label(board.local(slots[0].start)),
                        time_label(board.local(slots[-1].end)),
                    ],
                )
            )
        fill_keyed(self.days, rows)
        following = days[-1] + timedelta(days=1) if days else date.today()
        self.day_date.setDate(QDate(following.year, following.month, following.day))
        kinds = {"table": self.tr("Table"), "room": self.tr("Room")}
        fill_keyed(
            self.tables,
            [(t.id, [t.name, kinds.get(t.kind, t.kind), str(t.capacity)]) for t in board.tables],
        )
        fill_keyed(
            self.interpreters,
            [(i.id, [i.name, "; ".join(i.languages)]) for i in board.interpreters],
        )
        ordered = sorted(
            board.unavailable, key=lambda u: (u.start, board.delegation_name(u.delegation_id))
        )
        fill_keyed(
            self.unavailable,
            [
                (
                    u.id,
                    [
                        board.delegation_name(u.delegation_id),
                        day_label(board.local(u.start)),
                        time_label(board.local(u.start)),
                        time_label(board.local(u.end)),
                        u.reason,
                    ],
                )
                for u in ordered
            ],
        )
        keep = self.unavailable_day.currentData()
        self.unavailable_day.clear()
        for d in days:
            self.unavailable_day.addItem(day_label(d), d)
        if keep in days:
            self.unavailable_day.setCurrentIndex(days.index(keep))

    # -- days -------------------------------------------------------------------------
    def add_day(self) -> bool:
        breaks = parse_breaks(self.breaks.text())
        if breaks is None:
            self._say(
                self.tr("Write breaks as from-to times, e.g. 13:00-14:00; 16:00-16:15."),
                error=True,
            )
            return False
        day = self.day_date.date().toPython()
        first = self.first_slot.time().toPython()
        n = self.slot_count.value()
        return self._do(
            lambda: self.ctx.forum.meetings.add_day(
                day, first, None, self.slot_minutes.value(), breaks, count=n
            ),
            self.tr("{0} slots added on {1}.").format(n, day_label(day)),
        )

    def remove_day(self) -> bool:
        day = chosen_key(self.days)
        if day is None:
            self._say(self.tr("Choose a day in the list first."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.remove_day(day),
            self.tr("{0} removed.").format(day_label(day)),
        )

    # -- tables -----------------------------------------------------------------------
    def _table_chosen(self) -> None:
        rows = self.tables.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        self.table_name.setText(self.tables.item(r, 0).text())
        self.table_kind.setCurrentText(self.tables.item(r, 1).text())
        self.table_capacity.setValue(int(self.tables.item(r, 2).text() or 8))

    def add_table(self) -> bool:
        name = self.table_name.text().strip()
        if not name:
            self._say(self.tr("Give the table or room a name."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.add_table(
                name, self.table_kind.currentData(), self.table_capacity.value()
            ),
            self.tr("{0} added.").format(name),
        )

    def save_table(self) -> bool:
        tid = chosen_key(self.tables)
        if tid is None:
            self._say(self.tr("Choose a table in the list first."), error=True)
            return False
        name = self.table_name.text().strip()
        return self._do(
            lambda: self.ctx.forum.meetings.edit_table(
                tid,
                name=name,
                kind=self.table_kind.currentData(),
                capacity=self.table_capacity.value(),
            ),
            self.tr("{0} saved.").format(name),
        )

    def remove_table(self) -> bool:
        tid = chosen_key(self.tables)
        if tid is None:
            self._say(self.tr("Choose a table in the list first."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.remove_table(tid), self.tr("Table removed.")
        )

    # -- interpreters -----------------------------------------------------------------
    def _interpreter_chosen(self) -> None:
        rows = self.interpreters.selectionModel().selectedRows()
        if rows:
            r = rows[0].row()
            self.interpreter_name.setText(self.interpreters.item(r, 0).text())
            self.interpreter_languages.setText(self.interpreters.item(r, 1).text())

    def _languages(self) -> list[str]:
        return [x.strip() for x in re.split(r"[;,\s]+", self.interpreter_languages.text()) if x]

    def add_interpreter(self) -> bool:
        name, langs = self.interpreter_name.text().strip(), self._languages()
        if not name or not langs:
            self._say(self.tr("An interpreter needs a name and language codes."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.add_interpreter(name, langs),
            self.tr("{0} added.").format(name),
        )

    def save_interpreter(self) -> bool:
        iid = chosen_key(self.interpreters)
        if iid is None:
            self._say(self.tr("Choose an interpreter in the list first."), error=True)
            return False
        name, langs = self.interpreter_name.text().strip(), self._languages()
        if not langs:
            self._say(self.tr("An interpreter needs a name and language codes."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.edit_interpreter(iid, name=name, languages=langs),
            self.tr("{0} saved.").format(name),
        )

    def remove_interpreter(self) -> bool:
        iid = chosen_key(self.interpreters)
        if iid is None:
            self._say(self.tr("Choose an interpreter in the list first."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.remove_interpreter(iid),
            self.tr("Interpreter removed."),
        )

    # -- unavailable times --------------------------------------------------------------
    def add_unavailability(self) -> bool:
        did = chosen_delegation(self.unavailable_delegation)
        day = self.unavailable_day.currentData()
        if did is None:
            self._say(self.tr("Choose a delegation from the list."), error=True)
            return False
        if not isinstance(day, date):
            self._say(self.tr("Add a meeting day first."), error=True)
            return False
        a = datetime.combine(day, self.unavailable_from.time().toPython(), self._zone)
        b = datetime.combine(day, self.unavailable_to.time().toPython(), self._zone)
        if b <= a:
            self._say(self.tr("The unavailable time must end after it starts."), error=True)
            return False
        reason = self.unavailable_reason.text().strip()
        return self._do(
            lambda: self.ctx.forum.meetings.add_unavailability(did, a, b, reason),
            self.tr("{0} is unavailable from {1} to {2}.").format(
                self.unavailable_delegation.currentText(), time_label(a), time_label(b)
            ),
        )

    def remove_unavailability(self) -> bool:
        uid = chosen_key(self.unavailable)
        if uid is None:
            self._say(self.tr("Choose an unavailable time in the list first."), error=True)
            return False
        return self._do(
            lambda: self.ctx.forum.meetings.remove_unavailability(uid),
            self.tr("Unavailable time removed."),
        )
