"""Badges page: find people, preview their badge, print one or a batch, reprint, walk-ins."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ForumDeskError
from desktop.printing import FailedJob, PrintingError
from desktop.services.badges import BadgeRenderCancelled, BadgeSelection, PrintStatus, Reissue
from desktop.services.participants import ParticipantFilter, ParticipantRow
from ui import printing
from ui.badge_printing import BadgePrintFlow
from ui.context import AppContext
from ui.dialogs.walk_in import WalkInDialog
from ui.tasks import TaskCancelled, TaskState
from ui.timefmt import ForumClock
from ui.widgets.print_jobs import FailedJobsPanel
from ui.widgets.selection import select_row

log = logging.getLogger(__name__)

_LAYOUTS = ("a6", "cr80", "label4x3", "a4-sheet")
_COLUMNS = 6


def _fit_to_contents(combo: QComboBox) -> None:
    """Never narrower than its longest choice (a layout may squeeze a combo below that)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.sizeHint().width())


def _fit_text(combo: QComboBox, text: str) -> None:
    """Never narrower than ``text`` (its "All …" choice) in the combo's own frame."""
    combo.ensurePolished()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox,
        option,
        QSize(metrics.horizontalAdvance(text) + 4, metrics.height()),
        combo,
    )
    combo.setMinimumWidth(size.width())


class BadgesPage(QWidget):
    """Search and filter participants, preview and print badges, reprint, register walk-ins."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[ParticipantRow] = []
        self._status: dict[str, PrintStatus] = {}
        self._preview_image: QImage | None = None
        self._preview_code = ""
        self._tmp = Path(tempfile.mkdtemp(prefix="forumdesk-badges-"))
        self.printer_flow = BadgePrintFlow(ctx, self)
        self._build()
        self.printer_flow.message.connect(self.status_label.setText)
        self.printer_flow.failed_changed.connect(self.refresh_failed)
        self.failed_panel.retry_requested.connect(self.retry_failed)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.delegation, self.category, self.printed):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Printed badges change the list and the failed jobs; while another page shows,
        # the reload waits until this one is shown again: a badge printed on arrival must
        # not hold up the check-in page for a reload of every participant.
        self._stale = False
        ctx.signals.badges_changed.connect(self._badges_changed)
        ctx.signals.participants_changed.connect(self.reload_filters)
        self.reload_filters()
        self.refresh_failed()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Search name, code, delegation…"))
        self.search.setClearButtonEnabled(True)
        self.delegation = QComboBox()
        self.category = QComboBox()
        self.printed = QComboBox()
        self.printed.addItem(self.tr("Printed or not"), "")
        self.printed.addItem(self.tr("Not printed"), "no")
        self.printed.addItem(self.tr("Printed"), "yes")
        self.layout_combo = QComboBox()
        names = {
            "a6": self.tr("A6 portrait"),
            "cr80": self.tr("CR80 card"),
            "label4x3": self.tr("4×3 inch label"),
            "a4-sheet": self.tr("A4 sheet of four"),
        }
        for key in _LAYOUTS:
            self.layout_combo.addItem(names[key], key)
        saved = self.ctx.settings.badge_layout
        self.layout_combo.setCurrentIndex(max(0, _LAYOUTS.index(saved) if saved in _LAYOUTS else 0))

        # The search and delegation boxes share the spare width; the category and printed
        # filters are as wide as their longest choice, so "All categories" is never cut.
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.delegation, 2)
        filters.addWidget(self.category)
        filters.addWidget(self.printed)
        _fit_to_contents(self.printed)

        self.table = QTableWidget(0, _COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Latin name"),
                self.tr("Delegation"),
                self.tr("Category"),
                self.tr("Badge"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()

        self.preview = QLabel(self.tr("Choose a participant to see the badge"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 340)
        self.preview.setStyleSheet("background: #E8EAED; border: 1px solid #C4C7CC;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.print_one = QPushButton(self.tr("Print…"))
        self.print_batch = QPushButton(self.tr("Print batch"))
        self.batch_menu = QMenu(self)
        self.batch_menu.aboutToShow.connect(self._fill_batch_menu)
        self.print_batch.setMenu(self.batch_menu)
        self.save_pdf = QPushButton(self.tr("Save as PDF…"))
        self.reprint_button = QPushButton(self.tr("Reprint…"))
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.print_one.clicked.connect(self.print_selected)
        self.save_pdf.clicked.connect(self.save_selected_pdf)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.walk_in_button.clicked.connect(self.register_walk_in)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count_label)
        self.failed_panel = FailedJobsPanel()
        lv.addWidget(self.failed_panel)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Layout")))
        row.addWidget(self.layout_combo, 1)
        rv.addLayout(row)
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.status_label)
        buttons = QHBoxLayout()
        for b in (self.print_one, self.print_batch, self.save_pdf):
            buttons.addWidget(b)
        rv.addLayout(buttons)
        buttons2 = QHBoxLayout()
        buttons2.addWidget(self.reprint_button)
        buttons2.addWidget(self.walk_in_button)
        rv.addLayout(buttons2)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        self._update_buttons()

    # -- data --------------------------------------------------------------------------
    @property
    def layout_name(self) -> str:
        return str(self.layout_combo.currentData() or "a6")

    def reload_filters(self) -> None:
        """Delegations and categories from the forum, keeping the current choice."""
        forum = self.ctx.forum
        for combo, items, everyone in (
            (
                self.delegation,
                [(n, n) for n, _ in forum.participants.delegations()],
                self.tr("All delegations"),
            ),
            (
                self.category,
                [(name, code) for code, name, _ in forum.event().categories],
                self.tr("All categories"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        _fit_to_contents(self.category)
        _fit_text(self.delegation, self.delegation.itemText(0))
        self.refresh()

    def refresh(self) -> None:
        """List the participants matching the filters, with their print status."""
        flt = ParticipantFilter(
            text=self.search.text(),
            delegation=str(self.delegation.currentData() or ""),
            category=str(self.category.currentData() or ""),
            status="registered",
        )
        rows = self.ctx.forum.participants.summaries(flt)
        self._status = self.ctx.forum.badges.print_status(r.registration_code for r in rows)
        wanted = self.printed.currentData()
        if wanted:
            rows = [
                r
                for r in rows
                if (
                    self._status.get(r.registration_code) is not None
                    and self._status[r.registration_code].printed
                )
                == (wanted == "yes")
            ]
        selected = set(self.selected_codes())
        self._rows = rows
        self.table.setUpdatesEnabled(False)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            st = self._status.get(r.registration_code)
            cells = [
                r.registration_code,
                r.native_name,
                r.latin_name,
                r.delegation,
                r.category_name,
                self._status_text(st),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setForeground(QColor(r.category_colour))
                self.table.setItem(i, col, item)
            if r.registration_code in selected:
                select_row(self.table, i, keep=True)
        self.table.blockSignals(False)
        self.table.setUpdatesEnabled(True)
        self.table.resizeColumnsToContents()
        printed = sum(1 for r in rows if (s := self._status.get(r.registration_code)) and s.printed)
        self.count_label.setText(
            self.tr("%n participant(s)", "", len(rows)) + " · " + self.tr("%n printed", "", printed)
        )
        self._selection_changed()

    def _status_text(self, st: PrintStatus | None) -> str:
        if st is None or not st.printed:
            return self.tr("not printed")
        if not st.current_printed:
            return self.tr("v%1 not printed").replace("%1", str(st.current_version))
        return self.tr("printed ×%1").replace("%1", str(st.prints))

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._rows[r].registration_code for r in rows if r < len(self._rows)]

    def current_code(self) -> str:
        codes = self.selected_codes()
        return codes[0] if codes else ""

    def _update_buttons(self) -> None:
        n = len(self.selected_codes()) if hasattr(self, "_rows") else 0
        self.print_one.setEnabled(n >= 1)
        self.save_pdf.setEnabled(n >= 1)
        self.reprint_button.setEnabled(n == 1)

    def _selection_changed(self) -> None:
        self._update_buttons()
        code = self.current_code()
        if not code:
            self._preview_code = ""
            self.status_label.clear()
            return
        st = self._status.get(code)
        if st is None or not st.printed:
            self.status_label.setText(
                self.tr("Badge version %1, not printed yet.").replace(
                    "%1", str(st.current_version if st else 1)
                )
            )
        else:
            when = (
                ForumClock.of(self.ctx.forum).moment(st.last_printed_at, zone=True)
                if st.last_printed_at
                else ""
            )
            self.status_label.setText(
                self.tr("Badge version %1; printed %2 time(s), last %3 at %4 (version %5).")
                .replace("%1", str(st.current_version))
                .replace("%2", str(st.prints))
                .replace("%3", when)
                .replace("%4", st.last_desk)
                .replace("%5", str(st.last_version))
            )
        self.show_preview(code)

    def _layout_changed(self) -> None:
        self.ctx.settings.badge_layout = self.layout_name
        if self.current_code():
            self.show_preview(self.current_code())

    # -- preview -----------------------------------------------------------------------
    def show_preview(self, code: str) -> None:
        """Render the badge in the background and show it, rasterised as it will print."""
        self._preview_code = code
        layout = self.layout_name
        forum = self.ctx.forum
        target = self._tmp / f"preview-{code}-{layout}.pdf"
        dpi = 110.0 * self.devicePixelRatioF()

        def work(state: TaskState) -> tuple[str, QImage]:
            forum.badges.preview(code, target, layout)
            return code, printing.rasterise(target, 0, dpi)

        def done(result: tuple[str, QImage]) -> None:
            got, image = result
            if got == self._preview_code:
                self._preview_image = image
                self._paint_preview()

        def failed(exc: BaseException) -> None:
            self.preview.setText(self.tr("No preview: %1").replace("%1", str(exc)))

        self.ctx.runner.run(work, done, failed)

    def _paint_preview(self) -> None:
        if self._preview_image is None:
            return
        pix = QPixmap.fromImage(self._preview_image)
        pix.setDevicePixelRatio(self.devicePixelRatioF())
        area = self.preview.size() * self.devicePixelRatioF()
        self.preview.setPixmap(
            pix.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self._paint_preview()

    # -- printing ----------------------------------------------------------------------
    def print_selected(self) -> None:
        codes = self.selected_codes()
        if not codes:
            return
        already = [c for c in codes if (s := self._status.get(c)) and s.current_printed]
        if already:
            answer = QMessageBox.question(
                self,
                self.tr("Already printed"),
                self.tr(
                    "%1 of these badges were already printed. Print the same badge again? "
                    "For a lost badge use Reprint…, so the old one stops admitting."
                ).replace("%1", str(len(already))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.print_codes(codes, source="desk")

    def _fill_batch_menu(self) -> None:
        self.batch_menu.clear()
        sel = self.selected_codes()
        if sel:
            self.batch_menu.addAction(
                self.tr("Selected participants (%1)").replace("%1", str(len(sel))),
                lambda: self.print_codes(sel),
            )
        listed = [r.registration_code for r in self._rows]
        if listed:
            self.batch_menu.addAction(
                self.tr("Everyone listed (%1)").replace("%1", str(len(listed))),
                lambda: self.print_codes(listed),
            )
        code = self.current_code()
        row = next((r for r in self._rows if r.registration_code == code), None)
        if row is not None and row.delegation:
            self.batch_menu.addAction(
                self.tr("Delegation: %1").replace("%1", row.delegation),
                lambda: self.print_selection(BadgeSelection(delegation=row.delegation)),
            )
            self.batch_menu.addAction(
                self.tr("Category: %1").replace("%1", row.category_name),
                lambda: self.print_selection(BadgeSelection(category=row.category_code)),
            )

    def print_selection(self, selection: BadgeSelection) -> None:
        try:
            codes = self.ctx.forum.badges.select(selection)
        except ForumDeskError as exc:
            QMessageBox.warning(self, self.tr("Nothing to print"), exc.message)
            return
        self.print_codes(codes)

    def print_codes(
        self,
        codes: list[str],
        source: str = "batch",
        printer: tuple[str, str] | None = None,
        *,
        reissue: Reissue | None = None,
    ) -> TaskState | None:
        """Send the badges to the printer chosen for this layout, in the background with
        progress and Cancel; each badge is logged once the print queue accepted it (and a
        reprint's new version, ``reissue``, becomes current then, not before)."""
        return self.printer_flow.print_codes(
            codes, self.layout_name, source, printer, reissue=reissue
        )

    def _badges_changed(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self.refresh()
        self.refresh_failed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
            self.refresh_failed()

    def refresh_failed(self) -> None:
        """The print jobs that did not print, with their retry."""
        try:
            jobs = self.ctx.forum.printing.failed_jobs()
        except (ForumDeskError, PrintingError) as exc:
            log.warning("cannot list failed print jobs: %s", exc)
            return
        self.failed_panel.show_jobs(jobs)

    def retry_failed(self, job: FailedJob) -> None:
        self.printer_flow.retry(job)

    def save_selected_pdf(self) -> None:
        codes = self.selected_codes()
        if not codes:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save badges as PDF"),
            os.path.expanduser("~/badges.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        layout = self.layout_name
        forum = self.ctx.forum
        total = len(codes)

        def work(state: TaskState) -> int:
            return forum.badges.render(
                codes, path, layout, lambda done, n: state.progress(done / n)
            )

        self._run_with_progress(
            work,
            self.tr("Writing %n badge(s)…", "", total),
            self.tr("%n badge(s) saved to %1", "", total).replace("%1", path),
        )

    def _run_with_progress(self, work: Any, label: str, done_text: str) -> None:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(fraction: float, _msg: str) -> None:
            dialog.setValue(int(fraction * 1000))

        def finished(_result: Any) -> None:
            dialog.close()
            self.status_label.setText(done_text)
            self.ctx.signals.badges_changed.emit()

        def failed(exc: BaseException) -> None:
            dialog.close()
            if isinstance(exc, (TaskCancelled, BadgeRenderCancelled)):
                self.status_label.setText(self.tr("Cancelled; nothing was logged as printed."))
                return
            text = exc.message if isinstance(exc, ForumDeskError) else str(exc)
            QMessageBox.warning(self, self.tr("Badges not printed"), text)

        state = self.ctx.runner.run(work, finished, failed, progress)
        dialog.canceled.connect(state.cancel)
        self._task = state

    # -- reprint and walk-ins ----------------------------------------------------------
    def reprint_selected(self) -> None:
        code = self.current_code()
        if not code:
            return
        st = self._status.get(code)
        if st is not None and st.printed:
            question = self.tr(
                "This badge was already printed %1 time(s). The new badge gets a new QR code "
                "and the old one will no longer admit. Reason for the reprint:"
            ).replace("%1", str(st.prints))
        else:
            question = self.tr(
                "This badge has not been printed yet; a reprint still makes a new version. "
                "Reason for the reprint:"
            )
        reason, ok = QInputDialog.getText(self, self.tr("Reprint badge"), question)
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Reprint badge"), self.tr("A reason is required."))
            return
        try:
            reissue = self.ctx.forum.badges.prepare_reprint(code, reason)
        except ForumDeskError as exc:
            QMessageBox.warning(self, self.tr("Reprint badge"), exc.message)
            return
        # The new version becomes current when the queue accepts its badge: cancelling
        # the printer choice (or a refused print) leaves the old badge admitting.
        task = self.print_codes([code], source="reprint", reissue=reissue)
        if task is None:
            self.status_label.setText(
                self.tr("Reprint cancelled: nothing was printed and the old badge still admits.")
            )

    def register_walk_in(self) -> None:
        forum = self.ctx.forum
        dialog = WalkInDialog(
            forum.participants.delegations(),
            forum.event().categories,
            self,
            default_category=self.ctx.settings.walk_in_category,
        )
        self.walk_in_dialog = dialog
        while dialog.exec():
            try:
                person = forum.participants.register_walk_in(dialog.walk_in())
            except ForumDeskError as exc:
                dialog.show_error(exc.message)
                continue
            self.ctx.signals.participants_changed.emit()
            self.search.setText(person.registration_code)
            self.refresh()
            self.print_codes([person.registration_code], source="walk_in")
            return
