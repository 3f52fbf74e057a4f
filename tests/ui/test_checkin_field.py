"""The check-in field as an operator and a scanner use it: names are searches, never
rejections; Enter admits only the person on screen; a scan wins over leftover text and is
taken on any page; a scan in a dialog waits for the dialog to close."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import setup
from desktop.db.models import Category, Delegation, Participant
from tests.ui.test_checkin_page import make_forum
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

#: A person's typing: well apart, as the operator types at the desk.
HUMAN_MS = 70


def scanner(widget: QWidget, text: str, gap_ms: int = 4) -> None:
    """A keyboard-wedge scanner: one key every ``gap_ms`` by the window system's clock,
    then Enter, into ``widget`` (the focus widget, as the keyboard's keys go)."""
    stamp = 1_000_000 + secrets.randbelow(1_000_000)
    shift, none = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, key: Qt.Key, ch: str, modifiers: Qt.KeyboardModifier) -> None:
        event = QKeyEvent(kind, key, modifiers, ch)
        event.setTimestamp(stamp)
        QApplication.sendEvent(widget, event)

    for ch in [*text, "\r"]:
        stamp += gap_ms
        key = Qt.Key.Key_Return if ch == "\r" else Qt.Key.Key_unknown
        if ch.isupper():  # a capital: Shift down, the key, Shift up, as a scanner types it
            send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, "", none)
            send(QEvent.Type.KeyPress, key, ch, shift)
            send(QEvent.Type.KeyRelease, key, ch, shift)
            send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, "", shift)
        else:
            send(QEvent.Type.KeyPress, key, ch, none)
            send(QEvent.Type.KeyRelease, key, ch, none)
    QApplication.processEvents()


def typed(qtbot: Any, widget: QWidget, text: str, *, shown: bool = True) -> None:
    """A person types ``text``; with ``shown``, until the last key is on screen (a person's
    keys show a moment late: the window first makes sure they are not a scanner's)."""
    before = widget.text() if isinstance(widget, QLineEdit) else ""
    qtbot.keyClicks(widget, text, delay=HUMAN_MS)
    if shown and isinstance(widget, QLineEdit):
        qtbot.waitUntil(lambda: widget.text() == before + text)


def add_farid(forum: Any) -> None:
    """A second Metshin, so that "metshin" matches two people."""
    with forum.session() as s:
        event = setup.current_event(s)
        kazan = s.query(Delegation).filter_by(event_id=event.id, name="Kazan").one()
        delegate = s.query(Category).filter_by(event_id=event.id, code="delegate").one()
        s.add(
            Participant(
                event_id=event.id,
                registration_code="KZN-004",
                badge_id=secrets.randbits(63),
                given_name="Фарид",
                family_name="Метшин",
                given_name_latin="Farid",
                family_name_latin="Metshin",
                delegation_id=kazan.id,
                country="RU",
                category_id=delegate.id,
                title="Adviser",
                organisation="City administration",
            )
        )
    forum.search.note_changed()


@pytest.fixture()
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    forum = make_forum(tmp_path / "desk.db")
    add_farid(forum)
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    context = AppContext(forum, settings, BackgroundRunner(), AppSignals())
    yield context
    context.runner.wait(5000)
    forum.checkin.close()
    forum.close()


@pytest.fixture()
def page(qtbot: Any, ctx: AppContext) -> Any:
    from ui.pages.checkin import CheckinPage

    host = QWidget()
    layout = QVBoxLayout(host)
    page = CheckinPage(ctx)
    layout.addWidget(page)
    qtbot.addWidget(host)
    host.resize(1280, 820)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(page.field.hasFocus)
    page.host = host  # the window lives as long as the test holds the page
    return page


def settled(qtbot: Any, page: Any, ctx: AppContext, text: str) -> None:
    """The field holds ``text`` and its search has run and shown its matches."""
    qtbot.waitUntil(lambda: page.field.text() == text and not page.search_timer.isActive())
    ctx.runner.wait(10000)
    QApplication.processEvents()


def name_shown(page: Any) -> str:
    return page.panel.latin_label.text()


def recorded(ctx: AppContext) -> list[Any]:
    return ctx.forum.checkin.recent(20)


# -- 1. a typed name is a search ----------------------------------------------------------
def test_a_name_and_enter_before_the_suggestions_is_a_search_not_a_rejection(
    qtbot: Any, page: Any, ctx: AppContext
) -> None:
    typed(qtbot, page.field, "ilsur", shown=False)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # before the suggestions appear
    assert page.panel.state != "rejected", page.panel.reason_label.text()
    assert "Unknown code" not in page.panel.reason_label.text()
    assert recorded(ctx) == []
    # Enter ran the search at once: the one match is shown, and admitted by the next Enter.
    qtbot.waitUntil(lambda: page.results.isVisible() and page.results.count() == 1, timeout=10000)
    assert "Ilsur Metshin" in page.results.item(0).text()
    assert "Enter checks in" in page.hint.text() and "Ilsur Metshin" in page.hint.text()
    assert recorded(ctx) == []
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "admitted" and name_shown(page) == "Ilsur Metshin"
    assert [r.result for r in recorded(ctx)] == ["admitted"]


def test_a_name_nobody_has_says_so_and_records_nothing(
    qtbot: Any, page: Any, ctx: AppContext
) -> None:
    typed(qtbot, page.field, "zzyzx")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "idle" and recorded(ctx) == []
    qtbot.waitUntil(lambda: "Nobody found for “zzyzx”" in page.hint.text(), timeout=10000)
    assert page.panel.state == "idle"
    assert recorded(ctx) == []


def test_a_typed_registration_code_is_checked_in(qtbot: Any, page: Any, ctx: AppContext) -> None:
    typed(qtbot, page.field, "kzn-001")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "admitted" and name_shown(page) == "Ilsur Metshin"
    assert recorded(ctx)[0].method == "manual"


# -- 2. nobody admitted by accident -------------------------------------------------------
def test_several_matches_admit_nobody_until_the_operator_picks_one(
    qtbot: Any, page: Any, ctx: AppContext
) -> None:
    typed(qtbot, page.field, "metshin")
    settled(qtbot, page, ctx, "metshin")
    assert page.results.isVisible() and page.results.count() == 2
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert recorded(ctx) == [] and page.panel.state == "idle"
    assert "2 people match" in page.hint.text() and "choose one" in page.hint.text()
    assert page.field.text() == "metshin"
    # The arrows pick a row; its name is on screen before the Enter that admits it.
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    while "Ilsur" not in page.hint.text():
        qtbot.keyClick(page.field, Qt.Key.Key_Down)
    assert "Enter checks in" in page.hint.text()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "admitted" and name_shown(page) == "Ilsur Metshin"
    assert [r.method for r in recorded(ctx)] == ["search"]


def test_a_row_picked_with_the_mouse_is_the_one_admitted(
    qtbot: Any, page: Any, ctx: AppContext
) -> None:
    typed(qtbot, page.field, "metshin")
    settled(qtbot, page, ctx, "metshin")
    assert page.results.isVisible() and page.results.count() == 2
    row = next(i for i in range(2) if "Farid" in page.results.item(i).text())
    rect = page.results.visualItemRect(page.results.item(row))
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert recorded(ctx) == []  # a click picks, it does not admit
    assert "Farid Metshin" in page.hint.text()
    assert page.field.hasFocus()
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "admitted" and name_shown(page) == "Farid Metshin"


# -- 3. leftover text never spoils a scan ---------------------------------------------------
@pytest.mark.parametrize("leftover", ["mansur", "x"])
def test_a_scan_replaces_leftover_text(
    qtbot: Any, page: Any, ctx: AppContext, leftover: str
) -> None:
    typed(qtbot, page.field, leftover)
    qtbot.waitUntil(lambda: page.field.text() == leftover)
    scanner(page.field, ctx.forum.checkin.qr_for("KZN-001"))
    assert page.panel.state == "admitted", page.panel.reason_label.text()
    assert name_shown(page) == "Ilsur Metshin"
    assert page.field.text() == ""
    assert [r.method for r in recorded(ctx)] == ["scan"]


def test_a_slow_typist_is_never_taken_for_a_scanner(qtbot: Any, page: Any) -> None:
    typed(qtbot, page.field, "ilsu")
    qtbot.waitUntil(lambda: page.field.text() == "ilsu")
    assert page.panel.state == "idle"


# -- 5. the old result goes when the next search starts; searches are no rejections -----------
def test_the_red_result_clears_when_the_next_search_starts(
    qtbot: Any, page: Any, ctx: AppContext
) -> None:
    scanner(page.field, "NOPE-404")
    assert page.panel.state == "rejected" and "Unknown code" in page.panel.reason_label.text()
    qtbot.keyClicks(page.field, "w")
    qtbot.waitUntil(lambda: page.field.text() == "w")
    assert page.panel.state == "idle"
    assert not page.override_button.isEnabled()
    typed(qtbot, page.field, "ei")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=10000)
    # One refused code today; the searches did not count.
    assert [r.result for r in recorded(ctx)] == ["rejected"]
    assert ctx.forum.reports.dashboard().arrivals.totals.rejections == 1


# -- 4. a scan on any page is taken -----------------------------------------------------------
@pytest.fixture()
def window(qtbot: Any, demo_forum: Any) -> Iterator[Any]:
    from ui.app import create_context
    from ui.main_window import MainWindow

    ctx = create_context(demo_forum)
    ctx.settings.sounds = False
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 698)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.runner.wait()


def test_a_scan_on_the_participants_page_is_checked_in_not_typed(qtbot: Any, window: Any) -> None:
    forum = window.ctx.forum
    people = forum.participants.summaries()
    first, second = people[3], people[4]
    window.show_page(1)
    page = window.page("participants")
    qtbot.waitUntil(lambda: len(page.model.rows) == 600, timeout=10000)
    page.text.setFocus()
    qtbot.waitUntil(page.text.hasFocus)
    scanner(page.text, forum.checkin.qr_for(first.registration_code))
    checkin = window.page("checkin")
    assert page.text.text() == ""  # nothing typed into the filter
    assert window.stack.currentWidget() is checkin
    assert checkin.panel.state == "admitted"
    assert checkin.panel.latin_label.text() == first.latin_name

    # With the table focused, the selection stays where the operator left it.
    window.show_page(1)
    qtbot.waitUntil(lambda: len(page.model.rows) == 600, timeout=10000)
    assert page.select_code(people[10].registration_code)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    scanner(page.table, forum.checkin.qr_for(second.registration_code))
    assert page.table.currentIndex().row() == 10
    assert window.stack.currentWidget() is checkin
    assert checkin.panel.state == "admitted"
    assert checkin.panel.latin_label.text() == second.latin_name


def test_a_scan_in_a_dialog_is_held_and_offered_when_it_closes(qtbot: Any, window: Any) -> None:
    forum = window.ctx.forum
    person = forum.participants.summaries()[7]
    checkin = window.page("checkin")
    dialog = QDialog(window)
    box = QLineEdit(dialog)
    ok = QPushButton("OK", dialog)
    ok.clicked.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(box)
    dialog.layout().addWidget(ok)
    dialog.open()
    qtbot.waitExposed(dialog)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    scanner(box, forum.checkin.qr_for(person.registration_code))
    assert box.text() == ""
    assert dialog.isVisible()  # the scanner's Enter did not press OK
    assert forum.checkin.recent(5) == []
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: checkin.held_bar.isVisible())
    assert "scanned while a dialog was open" in checkin.held_label.text()
    assert forum.checkin.recent(5) == []
    qtbot.mouseClick(checkin.held_accept, Qt.MouseButton.LeftButton)
    assert checkin.panel.state == "admitted"
    assert checkin.panel.latin_label.text() == person.latin_name
    assert not checkin.held_bar.isVisible()


def test_the_hint_goes_with_the_check_in_and_stays_gone(qtbot: Any, page: Any) -> None:
    typed(qtbot, page.field, "ilsur")
    qtbot.waitUntil(lambda: "Enter checks in" in page.hint.text(), timeout=10000)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.panel.state == "admitted"
    page.window().resize(1200, 800)  # a re-layout must not bring the old words back
    qtbot.waitUntil(lambda: page.width() < 1200)
    assert page.hint.text() == "" and page.hint.shown_text() == ""


# -- found on the event-day run ---------------------------------------------------------------
def test_a_pin_typed_quickly_is_a_pin_never_a_held_scan(qtbot: Any, window: Any) -> None:
    """A supervisor typing a PIN at scanner speed in a dialog: it stays in the PIN field
    and is never offered for check-in (where it was stored in clear and synced)."""
    forum = window.ctx.forum
    checkin = window.page("checkin")
    dialog = QDialog(window)
    pin = QLineEdit(dialog)
    pin.setEchoMode(QLineEdit.EchoMode.Password)
    ok = QPushButton("OK", dialog)
    ok.clicked.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(pin)
    dialog.layout().addWidget(ok)
    dialog.open()
    qtbot.waitExposed(dialog)
    pin.setFocus()
    qtbot.waitUntil(pin.hasFocus)
    scanner(pin, "2468")
    assert pin.text() == "2468"
    assert not dialog.isVisible()  # Enter pressed OK, as in any dialog
    qtbot.wait(100)
    assert not checkin.held_bar.isVisible()
    assert forum.checkin.recent(5) == []


def test_a_scan_with_one_late_key_is_still_one_scan(qtbot: Any, page: Any, ctx: AppContext) -> None:
    """A busy laptop delivers one key of the burst 120 ms late: still one badge, admitted."""
    person = ctx.forum.participants.summaries()[0]
    code = ctx.forum.checkin.qr_for(person.registration_code)
    stamp = 5_000_000
    cut = len(code) // 2

    def key(ch: str, at: int) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            enter = ch == "\r"
            event = QKeyEvent(
                kind,
                Qt.Key.Key_Return if enter else Qt.Key.Key_unknown,
                Qt.KeyboardModifier.NoModifier,
                ch,
            )
            event.setTimestamp(at)
            QApplication.sendEvent(page.field, event)

    for i, ch in enumerate([*code, "\r"]):
        stamp += 120 if i == cut else 4
        key(ch, stamp)
    QApplication.processEvents()
    assert page.panel.state == "admitted"
    assert page.panel.latin_label.text() == person.latin_name
