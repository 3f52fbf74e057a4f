"""Walk-ins as the desk registers them, and putting a registration right afterwards.

A walk-in starts in the desk's walk-in category (Guest), never Head of delegation; the
country comes only from a delegation whose name was typed exactly; category and
delegation can be changed later in the Edit dialog, audited and recorded for sync.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.desk import Forum
from tests.ui.keyboard import type_text
from ui.context import AppContext, AppSignals
from ui.dialogs.walk_in import WalkInDialog
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner


@pytest.fixture
def ctx(demo_forum: Forum, tmp_path: Path) -> Iterator[AppContext]:
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    context = AppContext(demo_forum, settings, BackgroundRunner(), AppSignals())
    yield context
    context.runner.wait()


def _ok(dialog: Any) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok) or buttons.button(
        QDialogButtonBox.StandardButton.Save
    )
    ok.click()


def _later(action: Any) -> None:
    """Run ``action`` once the modal dialog the next click opens is up; a dialog it
    leaves open is closed, so a failing test fails instead of waiting for ever."""

    def run() -> None:
        try:
            action()
        finally:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, run)


def test_a_walk_in_is_a_guest_unless_the_operator_chooses(qtbot: Any, ctx: AppContext) -> None:
    from ui.pages.badges import BadgesPage

    page = BadgesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    printed: list[list[str]] = []
    page.print_codes = lambda codes, printer=None, **_k: printed.append(codes)  # type: ignore[method-assign]
    seen: dict[str, str] = {}

    def fill() -> None:
        dialog = page.walk_in_dialog
        seen["category"] = dialog.category.currentText()
        type_text(dialog.given_latin, "Aigul")
        type_text(dialog.family_latin, "Safina")
        type_text(dialog.delegation.lineEdit(), "Kazan Federal University")
        type_text(dialog.country, "RU")
        _ok(dialog)

    _later(fill)
    qtbot.mouseClick(page.walk_in_button, Qt.MouseButton.LeftButton)
    assert seen["category"] == "Guest"
    assert printed, "the walk-in's badge goes to the printer"
    person = ctx.forum.participants.get(printed[0][0])
    assert (person.category_code, person.delegation) == ("guest", "Kazan Federal University")
    assert "vip" not in person.zones
    watch = [w.registration_code for w in ctx.forum.reports.dashboard().watch]
    assert person.registration_code not in watch


def test_the_walk_in_category_is_a_desk_setting(qtbot: Any, ctx: AppContext) -> None:
    from ui.dialogs.settings import SettingsDialog

    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    assert settings.walk_in_category.currentText() == "Guest"
    settings.walk_in_category.setFocus()
    qtbot.keyClicks(settings.walk_in_category, "Media")
    settings.save()
    assert ctx.settings.walk_in_category == "media"
    dialog = WalkInDialog(
        [], ctx.forum.event().categories, default_category=ctx.settings.walk_in_category
    )
    qtbot.addWidget(dialog)
    assert dialog.category.currentText() == "Media"


def test_the_country_comes_only_from_an_exact_delegation(qtbot: Any) -> None:
    dialog = WalkInDialog(
        [("Khujand", "TJ"), ("Kazan", "RU"), ("Kazanlak", "BG")],
        [("head", "Head of delegation", "#8B1E3F"), ("guest", "Guest", "#6D4C41")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.delegation.lineEdit()
    field.setFocus()
    qtbot.keyClicks(field, "Kha")  # no delegation is called that
    assert dialog.country.text() == ""
    field.clear()
    qtbot.keyClicks(field, "Kazan")
    assert dialog.country.text() == "RU"
    qtbot.keyClicks(field, " Expo")  # a new delegation: the guess is taken back
    assert dialog.country.text() == ""
    # A country the operator typed is theirs.
    dialog.country.setText("TR")
    field.clear()
    qtbot.keyClicks(field, "Khujand")
    assert dialog.country.text() == "TR"


def test_category_and_delegation_are_changed_in_the_edit_dialog(
    qtbot: Any, ctx: AppContext
) -> None:
    from ui.pages.participants import ParticipantsPage

    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.rows) == 600, timeout=10000)
    target = next(r for r in page.model.rows if r.category_code == "head")
    assert page.select_code(target.registration_code)
    qtbot.waitUntil(lambda: page.current is not None)

    def edit() -> None:
        dialog = page.edit_dialog
        dialog.category.setFocus()
        qtbot.keyClicks(dialog.category, "Guest")
        delegation = dialog.delegation.lineEdit()
        delegation.selectAll()
        type_text(delegation, "Kazan City Council")
        _ok(dialog)

    _later(edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    after = ctx.forum.participants.get(target.registration_code)
    assert (after.category_code, after.delegation) == ("guest", "Kazan City Council")
    assert after.country == target.country
    assert page.detail.fields["delegation"].text() == "Kazan City Council"
    last = ctx.forum.participants.history(target.registration_code)[-1]
    assert last.op == "update" and last.data["category"] == "guest"

    page.show_history()
    history = page.history_dialog
    details = history.table.item(history.table.rowCount() - 1, 4).text()
    assert "Category: Guest" in details and "Delegation: Kazan City Council" in details
    history.close()
