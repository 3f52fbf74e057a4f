"""Participants page: the whole forum in a fast table, filters, details, import."""

from __future__ import annotations

import logging
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ImportRejected, InvalidInput, NotFound
from desktop.services.participants import ParticipantDetail, ParticipantFilter, ParticipantRow
from ui.context import AppContext
from ui.dialogs.import_report import ImportReportDialog
from ui.dialogs.participant_edit import EditParticipantDialog, HistoryDialog
from ui.errors import describe
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.participant_detail import DetailPanel
from ui.widgets.participant_table import ParticipantTableModel
from ui.widgets.selection import select_row

log = logging.getLogger(__name__)

# The choices of the filters: delegations, countries (code, name), categories (code, name).
Filters = tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]


class ParticipantsPage(QWidget):
    """All participants with filters by text, delegation, country and category."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: ParticipantDetail | None = None
        self.model = ParticipantTableModel(self)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter by name in any script, code, delegation…"))
        self.text.setClearButtonEnabled(True)
        self.delegation = QComboBox()
        self.country = QComboBox()
        self.category = QComboBox()
        for combo in (self.delegation, self.country, self.category):
            combo.setMinimumWidth(160)
        self.import_button = QPushButton(self.tr("Import…"))
        # Elided: "Importing <a long path>…" must not widen the window.
        self.count_label = ElidedLabel(minimum_chars=20)
        filters.addWidget(self.text, 2)
        filters.addWidget(self.delegation, 1)
        filters.addWidget(self.country, 1)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.import_button)
        layout.addLayout(filters)
        splitter = QSplitter()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((100, 190, 190, 160, 120, 150, 90)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        # The count under the list and the actions under the detail share one row, so
        # the detail keeps the height a 720 px screen has to give.
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.count_label)
        self.detail = DetailPanel()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.cancel_button = QPushButton(self.tr("Cancel participant"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.history_button = QPushButton(self.tr("History…"))
        for button in (
            self.edit_button,
            self.cancel_button,
            self.merge_button,
            self.history_button,
        ):
            button.setEnabled(False)
            actions.addWidget(button)
        side_layout.addLayout(actions)
        splitter.addWidget(listing)
        splitter.addWidget(side)
        # The detail keeps its own width (its size hint) and a wider screen widens the
        # list: a 3:1 share left the Arabic panel at its minimum, wrapping Latin names.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.delegation, self.country, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.import_button.clicked.connect(self.choose_import_file)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.merge_button.clicked.connect(self.merge_selected)
        self.history_button.clicked.connect(self.show_history)
        ctx.signals.participants_changed.connect(self.refresh_all)
        self.refresh_all()

    # -- loading -------------------------------------------------------------------
    def refresh_all(self) -> None:
        """The filters' choices, then the list, read in the background."""
        forum = self.ctx.forum

        def work(_state: object) -> Filters:
            participants = forum.participants
            try:
                categories = [(code, name) for code, name, _c in forum.event().categories]
            except Exception:
                categories = []
            delegations = [name for name, _country in participants.delegations()]
            return delegations, list(participants.countries()), categories

        self.ctx.runner.run(work, self._fill_filters, self._failed, owner=self, key="filters")

    def _fill_filters(self, filters: Filters) -> None:
        delegations, countries, categories = filters
        keep = (
            self.delegation.currentData(),
            self.country.currentData(),
            self.category.currentData(),
        )
        for combo in (self.delegation, self.country, self.category):
            combo.blockSignals(True)
            combo.clear()
        self.delegation.addItem(self.tr("All delegations"), "")
        for name in delegations:
            self.delegation.addItem(name, name)
        self.country.addItem(self.tr("All countries"), "")
        for code, name in countries:
            self.country.addItem(name, code)
        self.category.addItem(self.tr("All categories"), "")
        for code, name in categories:
            self.category.addItem(name, code)
        for combo, value in zip((self.delegation, self.country, self.category), keep, strict=True):
            index = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.reload()

    def current_filter(self) -> ParticipantFilter:
        return ParticipantFilter(
            text=self.text.text(),
            delegation=self.delegation.currentData() or "",
            country=self.country.currentData() or "",
            category=self.category.currentData() or "",
        )

    def reload(self) -> None:
        """Query in the background; only the latest query's result is shown."""
        flt = self.current_filter()
        participants = self.ctx.forum.participants
        self.ctx.runner.run(
            lambda state: participants.summaries(flt),
            self._loaded,
            self._failed,
            owner=self,
            key="participants",
        )

    def _loaded(self, rows: list[ParticipantRow]) -> None:
        selected = self.selected_code()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n participant(s) shown", "", len(rows)))
        self._fit_code_column(rows)
        if not (selected and self.select_code(selected)):
            self._show(None)

    def _fit_code_column(self, rows: list[ParticipantRow]) -> None:
        """The Code column as wide as the longest code shown (a walk-in's "FD-7Q2M4K9X"
        was cut to "FD-…"); measured on the longest few, not on every row."""
        longest = sorted({r.registration_code for r in rows}, key=len)[-20:]
        if not longest:
            return
        metrics = self.table.fontMetrics()
        text = max(metrics.horizontalAdvance(code) for code in longest)
        header = self.table.horizontalHeader()
        margin = 2 * self.table.style().pixelMetric(
            self.table.style().PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        wanted = max(text + margin + 12, header.sectionSizeHint(0))
        if header.sectionSize(0) < wanted:
            header.resizeSection(0, wanted)

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Could not load participants: {0}").format(describe(exc)))

    # -- selection -----------------------------------------------------------------
    def selected_code(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return ""
        return self.model.rows[index.row()].registration_code

    def select_code(self, code: str) -> bool:
        for row, summary in enumerate(self.model.rows):
            if summary.registration_code == code:
                # Not QTableView.selectRow: right to left it selects nothing (see selection.py).
                select_row(self.table, row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.model.rows):
            self.ctx.runner.drop("detail", self)
            self._show(None)
            return
        participants = self.ctx.forum.participants
        participant_id = self.model.rows[current.row()].id

        def work(_state: object) -> tuple[ParticipantDetail, bytes | None]:
            detail = participants.get(participant_id)
            return detail, self._photo(detail)

        self.ctx.runner.run(
            work, lambda found: self._display(*found), self._failed, owner=self, key="detail"
        )

    def _photo(self, detail: ParticipantDetail | None) -> bytes | None:
        if detail is None or not detail.has_photo:
            return None
        return self.ctx.forum.participants.photo(detail.id)

    def _show(self, detail: ParticipantDetail | None) -> None:
        """Show ``detail`` as an action left it (its photo read now)."""
        self._display(detail, self._photo(detail))

    def _display(self, detail: ParticipantDetail | None, photo: bytes | None) -> None:
        self.current = detail
        self.detail.show_detail(detail, photo)
        for button in (
            self.edit_button,
            self.cancel_button,
            self.merge_button,
            self.history_button,
        ):
            button.setEnabled(detail is not None)
        cancelled = detail is not None and detail.status == "cancelled"
        self.cancel_button.setText(
            self.tr("Reinstate") if cancelled else self.tr("Cancel participant")
        )

    # -- editing -------------------------------------------------------------------
    def edit_selected(self) -> None:
        if self.current is None:
            return
        self.edit_dialog = EditParticipantDialog(self.ctx.forum.participants, self.current, self)
        if self.edit_dialog.exec() and self.edit_dialog.result_detail is not None:
            self._show(self.edit_dialog.result_detail)
            self.ctx.signals.participants_changed.emit()

    def toggle_cancelled(self) -> None:
        detail = self.current
        if detail is None:
            return
        if detail.status == "cancelled":
            updated = self.ctx.forum.participants.set_status(detail.id, "registered")
        else:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Cancel participant"),
                self.tr(
                    "Cancel the registration of {0}? Their badge will be refused at check-in.\nReason:"
                ).format(detail.latin_name or detail.native_name),
            )
            if not ok:
                return
            updated = self.ctx.forum.participants.set_status(detail.id, "cancelled", reason.strip())
        self._show(updated)
        self.ctx.signals.participants_changed.emit()

    def merge_selected(self) -> None:
        detail = self.current
        if detail is None:
            return
        code, ok = QInputDialog.getText(
            self,
            self.tr("Merge participants"),
            self.tr("Registration code of the duplicate to merge into {0}:").format(
                detail.registration_code
            ),
        )
        if not ok or not code.strip():
            return
        try:
            duplicate = self.ctx.forum.participants.get(code.strip())
            if duplicate.id == detail.id:
                raise InvalidInput("same")
        except (NotFound, InvalidInput):
            QMessageBox.warning(
                self,
                self.tr("Merge participants"),
                self.tr("No other participant has the code {0}.").format(code.strip()),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Merge participants"),
            self.tr(
                "Merge {0} ({1}) into {2} ({3})? The duplicate is cancelled; empty fields are filled from it."
            ).format(
                duplicate.latin_name,
                duplicate.registration_code,
                detail.latin_name,
                detail.registration_code,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._show(self.ctx.forum.participants.merge(detail.id, duplicate.id))
        self.ctx.signals.participants_changed.emit()

    def show_history(self) -> None:
        if self.current is None:
            return
        try:  # times as the rest of the desk shows them: in the event's time zone
            timezone: tzinfo | None = ZoneInfo(self.ctx.forum.event().timezone)
        except Exception:
            timezone = None
        self.history_dialog = HistoryDialog(
            self.ctx.forum.participants, self.current.id, self, timezone=timezone
        )
        self.history_dialog.open()

    # -- import --------------------------------------------------------------------
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants"),
            "",
            self.tr("Participant lists (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import in the background; a rejected file shows its row report."""
        self.import_button.setEnabled(False)
        self.count_label.setText(self.tr("Importing {0}…").format(path))
        importer = self.ctx.forum.importer
        self.ctx.runner.run(
            lambda state: importer.import_file(path),
            on_done=self._imported,
            on_error=self._import_failed,
            owner=self,
        )

    def _imported(self, report: Any) -> None:
        self.import_button.setEnabled(True)
        self.last_report = report
        self.ctx.signals.participants_changed.emit()
        self.report_dialog = ImportReportDialog(report, self)
        self.report_dialog.open()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, ImportRejected):
            self.last_report = exc.report
            self.report_dialog = ImportReportDialog(exc.report, self)
            self.report_dialog.open()
            self.count_label.setText(self.tr("Nothing was imported."))
            return
        log.error("import failed: %s", exc)
        QMessageBox.warning(
            self,
            self.tr("Import"),
            self.tr("The file could not be imported: {0}").format(describe(exc)),
        )
