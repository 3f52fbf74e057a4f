"""The participants list as the desk reads it: counts in the language's plural forms,
and every registration code whole (a walk-in's too)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop.services.participants import WalkIn
from tests.ui.keyboard import type_text
from ui.app import create_context, install_translations, make_application
from ui.main_window import MainWindow


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The desk in ``request.param`` as ui/app.py starts it (English with its plurals)."""
    app = make_application()
    name = getattr(request, "param", "en")
    before = QLocale()
    installed = install_translations(app, name)
    yield name
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.fixture
def page(qtbot: Any, demo_forum: Any, language: str) -> Iterator[Any]:
    ctx = create_context(demo_forum)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page(1)
    p = window.page("participants")
    qtbot.waitUntil(lambda: len(p.model.rows) == 600, timeout=10000)
    p.window_ref = window
    yield p
    ctx.runner.wait()


def _filter(qtbot: Any, page: Any, text: str, rows: int) -> None:
    page.text.clear()
    type_text(page.text, text)
    qtbot.waitUntil(lambda: len(page.model.rows) == rows, timeout=5000)


@pytest.mark.parametrize(
    ("language", "one", "two", "five"),
    [
        ("en", "1 participant shown", "2 participants shown", "5 participants shown"),
        ("ru", "1 участник", "2 участника", "5 участников"),
    ],
    indirect=["language"],
)
def test_the_count_speaks_the_languages_plural(
    qtbot: Any, page: Any, language: str, one: str, two: str, five: str
) -> None:
    people = page.model.rows
    code = people[0].registration_code
    _filter(qtbot, page, code, 1)
    assert page.count_label.text().startswith(one), page.count_label.text()
    delegation = people[0].delegation
    for n, words in ((2, two), (5, five)):
        wanted = page.ctx.forum.participants.summaries()[:n]
        codes = {w.registration_code for w in wanted}
        page.model.set_rows(wanted)
        page._loaded(wanted)
        assert {r.registration_code for r in page.model.rows} == codes
        assert page.count_label.text().startswith(words), page.count_label.text()
    assert delegation


def _shown_text(page: Any, row: int, column: int) -> str:
    """The cell's text as the view paints it (elided when the column is too narrow)."""
    view = page.table
    index = page.model.index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = option.rect.width() - 2 * margin
    return option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight, width)


def test_a_walk_ins_code_is_shown_whole(qtbot: Any, page: Any) -> None:
    person = page.ctx.forum.participants.register_walk_in(
        WalkIn("Айгуль", "Сафина", delegation="Kazan", country="RU", category="guest")
    )
    page.ctx.signals.participants_changed.emit()
    qtbot.waitUntil(lambda: len(page.model.rows) == 601, timeout=10000)
    row = next(
        i for i, r in enumerate(page.model.rows) if r.registration_code == person.registration_code
    )
    page.table.scrollTo(page.model.index(row, 0))
    assert _shown_text(page, row, 0) == person.registration_code
