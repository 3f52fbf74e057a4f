"""Badges page: find people, preview their badge, print one or a batch, reprint, walk-ins."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ForumDeskError
from desktop.printing import FailedJob
from desktop.services.badges import BadgeSelection, PrintStatus, Reissue
from desktop.services.participants import ParticipantFilter, ParticipantRow
from ui.badge_pdf import BadgePdf
from ui.badge_printing import BadgePrintFlow
from ui.context import AppContext
from ui.dialogs.walk_in import WalkInDialog
from ui.errors import describe
from ui.tasks import TaskState
from ui.timefmt import ForumClock
from ui.widgets.badge_list import BadgeList
from ui.widgets.badge_preview import BadgePreview
from ui.widgets.combo_fit import fit_text, fit_to_contents
from ui.widgets.print_jobs import FailedJobsPanel

log = logging.getLogger(__name__)

_LAYOUTS = ("a6", "cr80", "label4x3", "a4-sheet")
# What the list shows: its participants and their print status by registration code.
Listing = tuple[list[ParticipantRow], dict[str, PrintStatus]]


class BadgesPage(QWidget):
    """Search and filter participants, preview and print badges, reprint, register walk-ins."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[ParticipantRow] = []
        self._status: dict[str, PrintStatus] = {}
        self.printer_flow = BadgePrintFlow(ctx, self)
        self.pdf = BadgePdf(ctx, self)
        self._build()
        self.printer_flow.message.connect(self.status_label.setText)
        self.pdf.message.connect(self.status_label.setText)
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
        fit_to_contents(self.printed)

        self.table = BadgeList()
        self.count_label = QLabel()

        self.preview = BadgePreview(self.ctx)
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

    @property
    def _preview_image(self) -> QImage | None:
        return self.preview.image

    def reload_filters(self) -> None:
        """Delegations and categories from the forum (in the background), then the list."""
        forum = self.ctx.forum

        def work(_state: TaskState) -> tuple[list[str], list[tuple[str, str]]]:
            delegations = [n for n, _ in forum.participants.delegations()]
            return delegations, [(code, name) for code, name, _ in forum.event().categories]

        self.ctx.runner.run(work, self._fill_filters, self._load_failed, owner=self, key="filters")

    def _fill_filters(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        delegations, categories = choices
        for combo, items, everyone in (
            (self.delegation, [(n, n) for n in delegations], self.tr("All delegations")),
            (self.category, [(name, code) for code, name in categories], self.tr("All categories")),
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
        fit_to_contents(self.category)
        fit_text(self.delegation, self.delegation.itemText(0))
        if self.isVisible():
            self.refresh()
        else:  # listed when the page shows (see _badges_changed)
            self._stale = True

    def refresh(self) -> None:
        """List the participants matching the filters, with their print status; read in
        the background, the latest filter's list is shown."""
        flt = ParticipantFilter(
            text=self.search.text(),
            delegation=str(self.delegation.currentData() or ""),
            category=str(self.category.currentData() or ""),
            status="registered",
        )
        wanted = self.printed.currentData()
        forum = self.ctx.forum

        def work(_state: TaskState) -> Listing:
            rows = forum.participants.summaries(flt)
            status = forum.badges.print_status(r.registration_code for r in rows)
            if wanted:
                rows = [
                    r
                    for r in rows
                    if ((st := status.get(r.registration_code)) is not None and st.printed)
                    == (wanted == "yes")
                ]
            return rows, status

        self.ctx.runner.run(work, self._show_rows, self._load_failed, owner=self, key="list")

    def _show_rows(self, listing: Listing) -> None:
        rows, self._status = listing
        self._rows = rows
        self.table.show_rows(rows, self._status)
        printed = sum(1 for r in rows if (s := self._status.get(r.registration_code)) and s.printed)
        self.count_label.setText(
            self.tr("%n participant(s)", "", len(rows)) + " · " + self.tr("%n printed", "", printed)
        )
        self._selection_changed()

    def _load_failed(self, exc: BaseException) -> None:
        self.count_label.setText(describe(exc))

    def selected_codes(self) -> list[str]:
        return self.table.selected_codes()

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
            self.preview.forget()
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
        self.preview.show_badge(code, self.layout_name)

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self.preview.fit()

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
            QMessageBox.warning(self, self.tr("Nothing to print"), describe(exc))
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
        """The print jobs that did not print, with their retry (read in the background)."""
        printing = self.ctx.forum.printing
        self.ctx.runner.run(
            lambda _state: printing.failed_jobs(),
            self.failed_panel.show_jobs,
            lambda exc: log.warning("cannot list failed print jobs: %s", exc),
            owner=self,
            key="failed",
        )

    def retry_failed(self, job: FailedJob) -> None:
        self.printer_flow.retry(job)

    def save_selected_pdf(self) -> None:
        codes = self.selected_codes()
        if codes:
            self.pdf.save(codes, self.layout_name)

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
            QMessageBox.warning(self, self.tr("Reprint badge"), describe(exc))
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
                dialog.show_error(describe(exc))
                continue
            self.ctx.signals.participants_changed.emit()
            self.search.setText(person.registration_code)
            self.refresh()
            self.print_codes([person.registration_code], source="walk_in")
            return
