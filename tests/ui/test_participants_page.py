"""The Participants page as a desk operator uses it: filter, select, read, import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.keyboard import type_text
from ui.app import create_context, make_application
from ui.main_window import MainWindow


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The desk in ``request.param`` (default English) as ui/app.py starts it; English after."""
    from PySide6.QtCore import QCoreApplication, QLocale, Qt

    from ui.app import install_translations

    app = make_application()
    name = getattr(request, "param", "en")
    before = QLocale()
    installed = install_translations(app, name) if name != "en" else []
    yield name
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, demo_forum, language):  # type: ignore[no-untyped-def]
    ctx = create_context(demo_forum)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_page(1)
    page = win.page("participants")
    qtbot.waitUntil(lambda: len(page.model.rows) == 600, timeout=10000)
    yield win
    ctx.runner.wait()


def test_filter_by_text_in_any_script_and_show_detail(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("participants")
    target = next(r for r in page.model.rows if r.country == "CN" and r.category_code == "delegate")
    page.text.clear()
    type_text(page.text, target.native_name)
    qtbot.waitUntil(lambda: 0 < len(page.model.rows) < 600, timeout=5000)
    assert all(target.native_name in r.native_name for r in page.model.rows)
    page.select_code(target.registration_code)
    qtbot.waitUntil(
        lambda: page.detail.native.text().lstrip("\u200e\u200f") == target.native_name, timeout=3000
    )
    assert page.detail.latin.text() == target.latin_name
    assert page.detail.fields["code"].text() == target.registration_code
    assert page.detail.fields["delegation"].text() == target.delegation

    page.text.clear()
    qtbot.keyClicks(page.text, target.latin_name.lower())
    qtbot.waitUntil(
        lambda: target.registration_code in {r.registration_code for r in page.model.rows},
        timeout=5000,
    )


def test_filter_by_delegation_country_and_category(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("participants")
    page.category.setCurrentIndex(page.category.findData("head"))
    qtbot.waitUntil(lambda: 0 < len(page.model.rows) < 100, timeout=5000)
    assert {r.category_code for r in page.model.rows} == {"head"}
    country = sorted(r.country for r in page.model.rows)[0]
    page.country.setCurrentIndex(page.country.findData(country))
    qtbot.waitUntil(lambda: all(r.country == country for r in page.model.rows), timeout=5000)
    assert page.model.rows
    delegation = page.model.rows[0].delegation
    page.delegation.setCurrentIndex(page.delegation.findData(delegation))
    qtbot.waitUntil(lambda: {r.delegation for r in page.model.rows} == {delegation}, timeout=5000)
    shown = len(page.model.rows)
    assert page.count_label.text().startswith(f"{shown} participant"), page.count_label.text()


def test_bad_import_file_shows_row_report_and_imports_nothing(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = window.page("participants")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "given_name,delegation,country,category\nAnna,Kazan,Narnia,Delegate\n", encoding="utf-8"
    )
    page.import_file(str(bad))
    qtbot.waitUntil(
        lambda: getattr(page, "report_dialog", None) is not None and page.report_dialog.isVisible(),
        timeout=10000,
    )
    dialog = page.report_dialog
    assert "Nothing was imported" in dialog.summary.text()
    assert dialog.table.item(0, 1).text() == "2"
    assert dialog.table.item(0, 2).text() == "country"
    assert "Narnia" in dialog.table.item(0, 3).text()
    dialog.close()
    assert window.ctx.forum.participants.count() == 600


def test_hostile_workbooks_show_the_same_report_as_the_command_line(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: the GUI calls the same import service, so a zip bomb and a DTD end in
    the row report, nothing imported, and the window keeps working."""
    from tests.core.test_import_hostile import dtd_in_sheet, strings_bomb

    page = window.page("participants")
    for build, words in ((strings_bomb, "at most 512 MB"), (dtd_in_sheet, "declares a DTD")):
        page.report_dialog = None
        page.import_file(str(build(tmp_path / f"{build.__name__}.xlsx")))
        qtbot.waitUntil(
            lambda: page.report_dialog is not None and page.report_dialog.isVisible(),
            timeout=20000,
        )
        dialog = page.report_dialog
        assert "Nothing was imported" in dialog.summary.text()
        assert words in dialog.table.item(0, 3).text()
        assert words in dialog.table.item(0, 3).toolTip()
        assert dialog.table.item(0, 1).text() == ""  # the whole file, not one line
        assert page.count_label.text() == "Nothing was imported."
        dialog.close()
    assert page.import_button.isEnabled()
    assert window.ctx.forum.participants.count() == 600


def test_good_import_refreshes_the_table(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.page("participants")
    good = tmp_path / "good.csv"
    good.write_text(
        "registration_code,given_name,family_name,delegation,country,category\nNEW-1,Ильсур,Метшин,Kazan,RU,Head of delegation\n",
        encoding="utf-8",
    )
    page.import_file(str(good))
    qtbot.waitUntil(lambda: len(page.model.rows) == 601, timeout=10000)
    assert "1 new" in page.report_dialog.summary.text()
    page.report_dialog.close()


def test_status_bar_shows_event_and_desk(window) -> None:  # type: ignore[no-untyped-def]
    assert "International Municipal BRICS Forum" in window.event_label.text()
    assert window.ctx.forum.actor.desk in window.desk_label.text()


def _select_first(qtbot, page, **match):  # type: ignore[no-untyped-def]
    target = next(r for r in page.model.rows if all(getattr(r, k) == v for k, v in match.items()))
    page.select_code(target.registration_code)
    qtbot.waitUntil(
        lambda: (
            page.current is not None and page.current.registration_code == target.registration_code
        ),
        timeout=3000,
    )
    return target


def test_edit_a_participant_and_see_it_in_history(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs import participant_edit

    page = window.page("participants")
    target = _select_first(qtbot, page, country="RU")

    def fake_exec(dialog):  # type: ignore[no-untyped-def]
        dialog.edits["title"].clear()
        qtbot.keyClicks(dialog.edits["title"], "Chief Protocol Officer")
        dialog.edits["family_name"].clear()
        type_text(dialog.edits["family_name"], "Хуснуллин")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(participant_edit.EditParticipantDialog, "exec", fake_exec)
    page.edit_button.click()
    assert page.detail.fields["title"].text() == "Chief Protocol Officer"
    assert "Хуснуллин" in page.detail.native.text()
    page.show_history()
    table = page.history_dialog.table
    ops = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert ops[-1] == "edited"
    assert "Chief Protocol Officer" in table.item(table.rowCount() - 1, 4).text()
    page.history_dialog.close()
    stored = window.ctx.forum.participants.get(target.registration_code)
    assert stored.title == "Chief Protocol Officer"


def test_edit_refuses_an_unknown_country_and_keeps_the_record(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.participant_edit import EditParticipantDialog

    page = window.page("participants")
    target = _select_first(qtbot, page, country="CN")
    dialog = EditParticipantDialog(window.ctx.forum.participants, page.current, page)
    qtbot.addWidget(dialog)
    dialog.edits["country"].clear()
    qtbot.keyClicks(dialog.edits["country"], "Atlantis")
    dialog.save()
    assert "unknown country" in dialog.error.text()
    assert window.ctx.forum.participants.get(target.registration_code).country == "CN"


def test_cancel_and_reinstate(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    page = window.page("participants")
    target = _select_first(qtbot, page, status="registered")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Did not travel", True))
    )
    page.cancel_button.click()
    assert page.detail.fields["status"].text() == "cancelled"
    assert page.cancel_button.text() == "Reinstate"
    decision = window.ctx.forum.checkin.scan(target.registration_code, "main")
    assert (decision.result, decision.reason) == ("rejected", "cancelled")
    page.cancel_button.click()
    assert page.detail.fields["status"].text() == "registered"


def test_merge_a_duplicate(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    page = window.page("participants")
    rows = [r for r in page.model.rows if r.status == "registered"]
    keep, drop = rows[0], rows[1]
    page.select_code(keep.registration_code)
    qtbot.waitUntil(
        lambda: (
            page.current is not None and page.current.registration_code == keep.registration_code
        )
    )
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (drop.registration_code, True))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    page.merge_button.click()
    assert window.ctx.forum.participants.get(drop.registration_code).status == "cancelled"
    assert page.current.registration_code == keep.registration_code


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_select_from_code_fills_the_detail_and_survives_a_refresh(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Right to left, QTableView.selectRow selects nothing: the page uses the selection model."""
    page = window.page("participants")
    assert page.isRightToLeft()
    target = next(r for r in page.model.rows if r.country == "EG")
    type_text(page.text, target.latin_name)
    qtbot.waitUntil(lambda: 0 < len(page.model.rows) < 600, timeout=5000)
    assert target.registration_code in {r.registration_code for r in page.model.rows}

    assert page.select_code(target.registration_code)
    qtbot.waitUntil(
        lambda: page.detail.fields["code"].text() == target.registration_code, timeout=3000
    )
    assert page.detail.native.text().lstrip("\u200e\u200f") == target.native_name
    assert page.detail.latin.text() == target.latin_name
    assert page.detail.fields["delegation"].text() == target.delegation
    assert page.edit_button.isEnabled() and page.history_button.isEnabled()
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.rows[i.row()].registration_code for i in selected] == [
        target.registration_code
    ]

    # After an import or an edit the list reloads and keeps the chosen participant.
    window.ctx.signals.participants_changed.emit()
    assert window.ctx.runner.busy("filters", page)
    window.ctx.runner.settle()
    qtbot.waitUntil(lambda: page.current is not None, timeout=3000)
    assert page.current.registration_code == target.registration_code
    assert page.detail.fields["code"].text() == target.registration_code


#: Russian month names as a date's day-month form writes them (genitive, abbreviated).
RUSSIAN_MONTHS = (
    "янв.",
    "февр.",
    "мар.",
    "апр.",
    "мая",
    "июн.",
    "июл.",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
)


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_history_in_russian_has_russian_months_and_a_24_hour_clock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import re
    from zoneinfo import ZoneInfo

    page = window.page("participants")
    target = _select_first(qtbot, page, country="RU")
    participants = window.ctx.forum.participants
    participants.update(target.id, {"title": "Глава протокола", "languages": ["ru", "tt"]})
    participants.set_status(target.id, "cancelled", "Не приехал")
    page.history_button.click()
    dialog = page.history_dialog
    table = dialog.table
    assert table.horizontalHeaderItem(0).text() == "Когда (GMT+3)"  # the forum's zone, named
    entries = participants.history(target.id)
    zone = ZoneInfo(window.ctx.forum.event().timezone)
    for row, entry in enumerate(entries):
        when = table.item(row, 0).text()
        local = entry.at.astimezone(zone)
        # "23 нояб. 2026 03:49:41": the event's wall clock, Russian month, no AM/PM.
        assert when == (
            f"{local.day} {RUSSIAN_MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S}"
        ), when
        assert re.fullmatch(r"\d{1,2} [а-я.]+ \d{4} \d{2}:\d{2}:\d{2}", when), when
    details = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert details[-2] == "Должность: Глава протокола; Языки: ru, tt"
    assert details[-1] == "Статус: отменён; Причина: Не приехал"
    dialog.close()
