"""The main window fits a 1280×720 venue laptop in every shipped language, nothing cut.

Each language's window is built with every page opened (the widest page sets the window's
minimum width) and the sync indicator in the status bar, then laid out at 1280 px.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox

LANGUAGES = ["en", "ru", "pt_BR", "es", "zh_CN", "ar"]
#: Room for the window frame and a docked panel on a 1280 px screen.
MAX_WIDTH = 1240


@pytest.fixture
def language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """ForumDesk in ``request.param`` as ui/app.py starts it; English again afterwards."""
    from ui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, request.param)
    assert installed, f"no {request.param} translation loaded"
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def _fits(label: QLabel) -> bool:
    return label.width() >= label.fontMetrics().horizontalAdvance(label.text())


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_window_fits_a_1280_screen_with_nothing_cut(
    qtbot: Any, demo_forum: Any, language: str
) -> None:
    from ui.app import create_context
    from ui.main_window import PAGES, MainWindow

    window = MainWindow(create_context(demo_forum))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    for index in range(len(PAGES)):
        window.show_page(index)
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=5000)
    assert set(window.pages) == {key for key, _m, _c in PAGES}

    widths = {key: page.minimumSizeHint().width() for key, page in window.pages.items()}
    assert window.minimumSizeHint().width() <= MAX_WIDTH, (language, widths)
    # Qt lets a status bar squeeze its labels rather than widen the window; it must fit too.
    assert window.statusBar().minimumSizeHint().width() <= MAX_WIDTH, language
    assert window.width() == 1280

    # Check-in: the counters whole; "In"/"Out" (pt/es "Entrada"/"Saída") whole in the
    # bold face the checked one shows, with the style sheet's 12 px padding each side.
    window.show_page(0)
    checkin = window.page("checkin")
    qtbot.waitUntil(lambda: checkin.counters.isVisible())
    assert _fits(checkin.counters), checkin.counters.text()
    for button in (checkin.in_button, checkin.out_button, checkin.in_button):
        button.setChecked(True)
        QCoreApplication.processEvents()
        bold = QFont(button.font())
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(button.text()) + 2 * 12
        assert button.width() >= needed, (button.text(), button.width(), needed)
    for button in (checkin.undo_button, checkin.override_button):
        assert button.width() >= button.sizeHint().width(), button.text()

    # Badges: every category filter choice ("All categories", "Head of delegation") whole.
    window.show_page(2)
    badges = window.page("badges")
    qtbot.waitUntil(lambda: badges.category.isVisible())
    for combo in (badges.category, badges.printed):
        room = _text_room(combo)
        metrics = combo.fontMetrics()
        for i in range(combo.count()):
            assert metrics.horizontalAdvance(combo.itemText(i)) <= room, combo.itemText(i)
    assert badges.delegation.fontMetrics().horizontalAdvance(
        badges.delegation.itemText(0)
    ) <= _text_room(badges.delegation)

    # The sync indicator in the status bar is never cut, once the status bar has laid out
    # the indicator's latest text (the first background sync round sets it at any moment).
    label = window.sync_status.label
    qtbot.waitUntil(lambda: _fits(label), timeout=3000)
    window.ctx.runner.wait()


#: A 1280×720 laptop less a 40 px taskbar: what is left for the window with its frame.
MAX_HEIGHT = 680
#: The same, less the window's title bar: the height the window itself gets.
LAPTOP_HEIGHT = 650


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_window_fits_a_720_screen_and_shows_a_participant_whole(
    qtbot: Any, demo_forum: Any, language: str
) -> None:
    """At 1280×650 the Participants page shows a participant's every fact without scrolling,
    and with every page open the window's minimum height fits a 720 px screen (Arabic lines
    are half again as tall as Latin ones: the detail panel once made the window 784 px)."""
    from ui.app import create_context, make_application
    from ui.main_window import PAGES, MainWindow

    make_application()  # the shipped fonts, as the desk has them
    window = MainWindow(create_context(demo_forum))
    qtbot.addWidget(window)
    window.resize(1280, LAPTOP_HEIGHT)
    window.show()
    qtbot.waitExposed(window)

    window.show_page(1)
    page = window.page("participants")
    qtbot.waitUntil(lambda: len(page.model.rows) == 600, timeout=10000)
    assert window.height() == LAPTOP_HEIGHT, (language, page.minimumSizeHint().height())
    target = next(r for r in page.model.rows if r.country == "RU")
    assert page.select_code(target.registration_code)
    qtbot.waitUntil(lambda: page.current is not None, timeout=3000)
    QCoreApplication.processEvents()
    assert page.detail.fields["contact"].text(), target.registration_code
    assert page.detail.facts.verticalScrollBar().maximum() == 0, (language, page.detail.height())

    for index in range(len(PAGES)):
        window.show_page(index)
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=5000)
    heights = {key: p.minimumSizeHint().height() for key, p in window.pages.items()}
    assert window.minimumSizeHint().height() <= MAX_HEIGHT, (language, heights)
    window.ctx.runner.wait()


#: Venue laptops: the screen less a 40 px taskbar, less a 30 px title bar, is the window.
LAPTOPS = {"1366x768": (1366, 768 - 40 - 30), "1280x720": (1280, 720 - 40 - 30)}
_CONTROLS = (
    "QAbstractButton",
    "QLineEdit",
    "QComboBox",
    "QAbstractSpinBox",
    "QAbstractItemView",
    "QTextEdit",
    "QPlainTextEdit",
    "QTabBar",
    "QSlider",
)


def _settle(qtbot: Any, window: Any) -> None:
    """Wait until the window's layout stops moving (pages lay out over a few event loops)."""
    from PySide6.QtWidgets import QWidget

    def shape() -> list[Any]:
        return [(w.geometry(), w.isVisible()) for w in window.findChildren(QWidget)]

    last: list[Any] = []
    for _ in range(50):
        QCoreApplication.processEvents()
        qtbot.wait(20)
        now = shape()
        if now == last:
            return
        last = now


def _out_of_reach(window: Any, root: Any) -> list[str]:
    """Visible controls under ``root`` that are not wholly inside everything around them.

    A control inside a scroll area only has to be inside the scroll area's content (it
    scrolls into view); everything else must be inside each of its parents, up to the
    window itself.
    """
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    wrong = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not any(widget.inherits(c) for c in _CONTROLS):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            wrong.append(f"{type(widget).__name__} {widget.objectName()!r}: no size")
            continue
        child, rect = widget, widget.rect()
        while child is not window and child.parentWidget() is not None:
            parent = child.parentWidget()
            rect = rect.translated(child.pos())
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
                parent is parent.parentWidget().viewport()
            ):
                break  # scrolled into view when needed
            # One pixel of slack: right to left, QSplitter lays its last child out one
            # pixel past its own edge.
            if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
                label = getattr(widget, "text", lambda: "")()
                wrong.append(
                    f"{type(widget).__name__} {widget.objectName() or label!r} "
                    f"{rect} outside {type(parent).__name__} {parent.rect()}"
                )
                break
            child = parent
    return wrong


@pytest.mark.parametrize("screen", list(LAPTOPS))
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_fits_a_laptop_with_every_control_in_reach(
    qtbot: Any, demo_forum: Any, language: str, screen: str
) -> None:
    """On a 1366×768 or 1280×720 laptop (less taskbar and title bar) each page shows every
    control inside the window, and opening the check-in suggestions never grows it."""
    from tests.ui.keyboard import type_text
    from ui.app import create_context, make_application
    from ui.main_window import PAGES, MainWindow

    make_application()
    width, height = LAPTOPS[screen]
    window = MainWindow(create_context(demo_forum))
    window.ctx.settings.sounds = False
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=5000)
    for index, (key, _m, _c) in enumerate(PAGES):
        window.show_page(index)
        page = window.page(key)
        _settle(qtbot, window)
        assert (window.width(), window.height()) == (width, height), (language, key)
        assert not _out_of_reach(window, page), (language, key, _out_of_reach(window, page))
    assert not _out_of_reach(window, window.statusBar()), language

    # Check-in with the suggestions open: the window keeps its size, the buttons in reach.
    window.show_page(0)
    checkin = window.page("checkin")
    _settle(qtbot, window)
    checkin.field.setFocus()
    for ch in "ahmed":
        type_text(checkin.field, ch)
        qtbot.wait(80)  # a person typing
    qtbot.waitUntil(
        lambda: checkin.results.isVisible() and checkin.results.count() > 5, timeout=10000
    )
    _settle(qtbot, window)
    assert (window.width(), window.height()) == (width, height), language
    assert not _out_of_reach(window, checkin), (language, _out_of_reach(window, checkin))
    window.ctx.runner.wait()
