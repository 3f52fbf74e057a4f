"""The Sync page: the server this desk syncs with, recent rounds, conflicts to resolve,
and received changes this desk set aside because it cannot apply them."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.client import SetAsideRecord, SyncConflict, SyncRound
from ui.context import AppContext
from ui.errors import describe, words
from ui.timefmt import ForumClock
from ui.widgets.sync_status import BackgroundSync, SyncView

log = logging.getLogger(__name__)


def _moment(iso: str, clock: ForumClock, *, seconds: bool = False) -> str:
    """An ISO time from the server as day, month and time on the forum's clock."""
    try:
        moment = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)[:16].replace("T", " ")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return clock.moment(moment, seconds=seconds)


class EnrollDialog(QDialog):
    """Server address, one-time code and desk name; enrolls in the background."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Connect this desk to a server"))
        self.server = QLineEdit(ctx.settings.server_url or "https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.name = QLineEdit(ctx.forum.actor.desk)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("One-time code"), self.code)
        form.addRow(self.tr("Desk name"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enroll"))
        self.buttons.accepted.connect(self.enroll)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def enroll(self) -> None:
        server, code, name = (
            self.server.text().strip(),
            self.code.text().strip(),
            self.name.text().strip(),
        )
        if not server.startswith(("http://", "https://")) or not code:
            self.say(
                self.tr("Enter the server address (https://…) and the code from the administrator.")
            )
            return
        self.buttons.setEnabled(False)
        self.say(self.tr("Enrolling…"))
        sync = self.ctx.forum.sync
        self.ctx.runner.run(
            lambda _s: sync.enroll(server, code, name), self._done, self._failed, owner=self
        )

    def _done(self, _result: object) -> None:
        self.ctx.settings.server_url = self.server.text().strip()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if getattr(exc, "code", "") in ("sync_failed", "error"):
            # No words of its own: the server's or the answer's problem, as the core says it.
            self.say(self.tr("Enrollment failed: {0}").format(getattr(exc, "message", str(exc))))
        else:
            self.say(describe(exc))

    def say(self, text: str) -> None:
        """Show a message whole: the dialog grows to the lines it wraps onto."""
        self.message.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.heightForWidth(self.width()) if self.hasHeightForWidth() else -1
        self.resize(self.width(), max(self.height(), needed, self.sizeHint().height()))


class SyncPage(QWidget):
    """Log of recent rounds, conflicts to resolve, Sync now and enrollment."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = BackgroundSync.of(ctx)
        self.server_label = QLabel()
        self.state_label = QLabel()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.enroll_button = QPushButton(self.tr("Enroll…"))
        self.sync_button.clicked.connect(self.background.sync_now)
        self.enroll_button.clicked.connect(self.open_enroll)

        top = QHBoxLayout()
        top.addWidget(self.server_label, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.sync_button)
        top.addWidget(self.enroll_button)

        self.rounds = self._table(
            [
                self.tr("Started"),
                self.tr("Result"),
                self.tr("Sent"),
                self.tr("Received"),
                self.tr("Conflicts"),
                self.tr("Problem"),
            ]
        )
        self.conflicts = self._table(
            [self.tr("What"), self.tr("Answer"), self.tr("Suggested slot"), self.tr("When")]
        )
        self.use_suggestion = QPushButton(self.tr("Move to suggested slot"))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.use_suggestion.clicked.connect(self.accept_selected)
        self.dismiss.clicked.connect(self.dismiss_selected)
        self._conflict_items: list[SyncConflict] = []
        self.set_aside = self._table([self.tr("What"), self.tr("Reason"), self.tr("When")])
        self.set_aside.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.set_aside.horizontalHeader().setStretchLastSection(False)
        self.set_aside_note = QLabel(
            self.tr(
                "Changes from the server this desk cannot apply. Sync goes on without them; "
                "tell the administrator."
            )
        )
        self.set_aside_note.setWordWrap(True)

        rounds_box = QGroupBox(self.tr("Recent sync rounds"))
        QVBoxLayout(rounds_box).addWidget(self.rounds)
        conflicts_box = QGroupBox(self.tr("Conflicts to resolve"))
        box = QVBoxLayout(conflicts_box)
        box.addWidget(self.conflicts)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.use_suggestion)
        actions.addWidget(self.dismiss)
        box.addLayout(actions)

        self.set_aside_box = QGroupBox(self.tr("Received changes set aside"))
        aside_layout = QVBoxLayout(self.set_aside_box)
        aside_layout.addWidget(self.set_aside_note)
        aside_layout.addWidget(self.set_aside)
        self.set_aside_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(conflicts_box, 1)
        layout.addWidget(self.set_aside_box, 1)
        layout.addWidget(rounds_box, 2)

        self.background.view_changed.connect(self.show_view)
        self.background.round_finished.connect(lambda _r: self.refresh())
        self.show_view(self.background.view)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def show_view(self, view: SyncView) -> None:
        status = view.status
        if status is not None and status.enrolled:
            self.server_label.setText(
                self.tr("Server: {0} (role: {1})").format(status.server_url, status.role)
            )
        else:
            self.server_label.setText(self.tr("This desk is not connected to a server yet."))
        self.state_label.setText(
            {
                "online": self.tr("Online"),
                "offline": self.tr("Offline"),
                "syncing": self.tr("Syncing…"),
            }.get(view.state, "")
        )
        self.sync_button.setEnabled(view.state != "syncing" and bool(status and status.enrolled))

    def refresh(self) -> None:
        sync = self.ctx.forum.sync
        self.ctx.runner.run(
            lambda _s: (sync.rounds(), sync.conflicts(), sync.set_aside()),
            self._show,
            lambda exc: log.warning("sync page not refreshed: %s", exc),
            owner=self,
            key="rounds",
        )

    def round_problem(self, r: SyncRound) -> str:
        """A failed round's reason in the operator's words (the core gives a code)."""
        return words(r.error_code, {}, r.error) if r.error_code else r.error

    def _show(
        self, result: tuple[list[SyncRound], list[SyncConflict], list[SetAsideRecord]]
    ) -> None:
        rounds, conflicts, set_aside = result
        # Every time here is the forum's, as on the Meetings grid; the headers name its zone.
        clock = ForumClock.of(self.ctx.forum)
        zone = clock.zone_name()
        self.rounds.horizontalHeaderItem(0).setText(self.tr("Started ({0})").format(zone))
        self.conflicts.horizontalHeaderItem(2).setText(self.tr("Suggested slot ({0})").format(zone))
        self.conflicts.horizontalHeaderItem(3).setText(self.tr("When ({0})").format(zone))
        self._show_set_aside(set_aside, clock)
        self.rounds.setRowCount(len(rounds))
        for row, r in enumerate(rounds):
            outcome = self.tr("ok") if r.ok else self.tr("failed")
            values = [
                clock.moment(r.started, seconds=True),
                outcome,
                str(r.pushed),
                str(r.pulled),
                str(r.conflicts + r.rejected),
                self.round_problem(r),
            ]
            for col, value in enumerate(values):
                self.rounds.setItem(row, col, QTableWidgetItem(value))
        self._conflict_items = conflicts
        self.conflicts.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            what = self.tr("{0} {1}").format(c.entity, c.op)
            slot = _moment(c.suggestion.get("start", ""), clock) if c.suggestion else ""
            for col, value in enumerate([what, c.message or c.code, slot, _moment(c.at, clock)]):
                self.conflicts.setItem(row, col, QTableWidgetItem(value))
        self.use_suggestion.setEnabled(any(c.suggestion for c in conflicts))
        self.dismiss.setEnabled(bool(conflicts))

    def _show_set_aside(self, items: list[SetAsideRecord], clock: ForumClock) -> None:
        """What the desk could not apply: the entity, why (the core names the field), when."""
        self.set_aside_box.setVisible(bool(items))
        self.set_aside.setRowCount(len(items))
        for row, item in enumerate(items):
            what = self.tr("{0} {1}").format(item.entity or "?", item.op or "?").strip()
            cells = [
                QTableWidgetItem(what),
                QTableWidgetItem(item.reason),
                QTableWidgetItem(clock.moment(item.at, seconds=True)),
            ]
            detail = self.tr("Change {0}, feed position {1}, about {2}").format(
                item.change_id or "?", item.seq if item.seq is not None else "?", item.entity_id
            )
            for col, cell in enumerate(cells):
                cell.setToolTip(detail if col != 1 else item.reason)
                self.set_aside.setItem(row, col, cell)

    def _selected(self) -> SyncConflict | None:
        row = self.conflicts.currentRow()
        return self._conflict_items[row] if 0 <= row < len(self._conflict_items) else None

    def accept_selected(self) -> None:
        conflict = self._selected()
        if conflict is None or not conflict.suggestion:
            return
        sync = self.ctx.forum.sync
        self.ctx.runner.run(
            lambda _s: sync.accept_suggestion(conflict.id), self._resolved, self._failed, owner=self
        )

    def dismiss_selected(self) -> None:
        conflict = self._selected()
        if conflict is None:
            return
        sync = self.ctx.forum.sync
        self.ctx.runner.run(
            lambda _s: sync.dismiss_conflict(conflict.id), self._resolved, self._failed, owner=self
        )

    def _resolved(self, _r: object) -> None:
        self.ctx.signals.meetings_changed.emit()
        self.refresh()
        self.background.sync_now()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Sync"), describe(exc))

    def open_enroll(self) -> None:
        dialog = EnrollDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            signals = self.ctx.signals
            for signal in (
                signals.participants_changed,
                signals.checkins_changed,
                signals.meetings_changed,
            ):
                signal.emit()
            self.background.start(0)
            self.refresh()
