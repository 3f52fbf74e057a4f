"""Search as the operator types in the check-in field: matches listed under it, in the
background, and a line saying what Enter would do with the typed text."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.badges.payload import looks_like_payload
from ui.context import AppContext
from ui.widgets.scan_field import ScanField
from ui.widgets.suggestions import SuggestionList

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120
# Matches listed under the field; more than that asks for more of the name.
SHOWN_MATCHES = 10


class TypedSearch(QObject):
    """The field's search: a pause in typing starts it, the latest text's matches show."""

    def __init__(
        self,
        ctx: AppContext,
        page: QWidget,
        field: ScanField,
        results: SuggestionList,
        hint: QLabel,
        beside: QWidget,
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page, self.field, self.results, self.hint = page, field, results, hint
        # The button right of the field: the matches list spans it too when it shows.
        self.beside = beside
        self.more = False  # the search found more people than the list shows
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        field.moved.connect(results.move)
        field.escaped.connect(self.escape)
        results.choice_changed.connect(self.show_hint)

    def edited(self, text: str) -> None:
        """The operator typed: search after a pause, or drop the matches of other text."""
        if len(text.strip()) < 2 or looks_like_payload(text):
            self.stop()
            self.forget()
            return
        if self.results.for_text != text:
            self.results.for_text = None  # the list shown is for other text: Enter waits
            self.hint.clear()
        self.timer.start()

    def stop(self) -> None:
        """No search for what is typed now: none waits to start, none running is shown."""
        self.timer.stop()
        self.ctx.runner.drop("search", self)

    def forget(self) -> None:
        self.results.forget()
        self.hint.clear()

    def escape(self) -> None:
        self.field.clear()
        self.forget()
        self.stop()

    def run(self) -> None:
        self.timer.stop()
        text = self.field.text()
        search = self.ctx.forum.search

        def work(_state: Any) -> list[Any]:
            return list(search.query(text, limit=SHOWN_MATCHES + 1))  # one more: "more than"

        def done(hits: list[Any]) -> None:
            if self.field.text() == text:
                self.show_results(hits)

        self.ctx.runner.run(
            work,
            done,
            lambda exc: log.warning("search failed: %s", exc),
            owner=self,
            key="search",
        )

    def show_results(self, hits: list[Any]) -> None:
        """The matches of the field's text; Enter admits only a chosen one."""
        self.more = len(hits) > SHOWN_MATCHES
        self.results.fill(self.field.text(), hits[:SHOWN_MATCHES])
        self.place()

    def show_hint(self) -> None:
        text = self.field.text()
        if self.results.for_text != text or not text.strip():
            self.hint.clear()  # no word on matches of other text than the field's
            return
        text = text.strip()
        count = self.results.count()
        name = self.results.chosen_name()
        if count == 0:
            self.hint.setText(self.tr("Nobody found for “{0}”.").format(text))
        elif name:
            self.hint.setText(self.tr("Enter checks in {0}.").format(name))
        elif self.more:
            self.hint.setText(
                self.tr(
                    "More than {0} people match: type more of the name, or choose one with"
                    " ↑ ↓ or the mouse."
                ).format(SHOWN_MATCHES)
            )
        else:
            self.hint.setText(
                self.tr(
                    "%n people match: choose one with ↑ ↓ or the mouse, then press Enter.",
                    "",
                    count,
                )
            )

    def place(self) -> None:
        """The matches float under the field (and the hint), over the result panel."""
        if not self.results.isVisible():
            return
        field, page = self.field, self.page
        below = field.geometry().united(self.beside.geometry())
        if not self.beside.isVisible():
            below = field.geometry()
        below.moveTopLeft(field.mapTo(page, below.topLeft() - field.pos()))
        below.setBottom(below.bottom() + self.hint.height() + 4)
        self.results.place(below, page.height() - 8)
