"""Every core error code has words in the desk's language (``ui.errors``), and a page that
meets a core error says it in those words, not in the core's English message."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

import desktop
from desktop.errors import ForumDeskError, NotFound
from ui.errors import describe, known_codes, words


def _core_errors() -> dict[str, list[str]]:
    """Every error class the core defines, by its code (all of desktop/ imported)."""
    for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if ".migrations" in module.name or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    found: dict[str, list[str]] = {}
    todo = [ForumDeskError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("desktop."):
            found.setdefault(cls.code, []).append(f"{cls.__module__}.{cls.__qualname__}")
    return found


def test_every_error_code_of_the_core_has_words() -> None:
    codes = _core_errors()
    assert len(codes) > 40  # every part of the core, not only desktop/errors.py
    missing = {code: where for code, where in codes.items() if code not in known_codes()}
    assert not missing, f"error codes without words in ui/errors.py: {missing}"


def test_words_use_the_details_the_error_carries(qapp: Any) -> None:
    assert describe(NotFound("no participant with code 'K-9'", code="K-9", what="code")) == (
        "No participant has the code K-9."
    )
    assert words("table_busy", {"table": "Table 3", "delegations": ["Kazan", "Cairo"]}) == (
        "Table 3 is already taken at this time by Kazan, Cairo."
    )
    assert words("table_in_use", {"table": "Table 3", "count": 2}).startswith(
        "Table 3 has 2 meeting(s)"
    )


def test_an_unknown_code_or_missing_details_fall_back_to_the_core_message(qapp: Any) -> None:
    assert words("a_code_from_a_newer_server", {}, "the server said no") == "the server said no"
    assert words("table_busy", {}, "table 3 is busy") == "table 3 is busy"  # no details
    assert describe(RuntimeError("disk full")).startswith("Something went wrong: disk full.")


def test_a_database_error_is_said_as_one(qapp: Any) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    for exc in (wrapped, sqlite3.DatabaseError("file is not a database")):
        assert describe(exc).startswith("The forum database cannot be read or written")


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    """The desk in Russian, as ui/app.py starts it; English afterwards."""
    from ui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, "ru")
    assert installed
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


def _context(forum: Any, tmp_path: Path) -> Any:
    from ui.context import AppContext, AppSignals
    from ui.settings import DeskSettings
    from ui.tasks import BackgroundRunner

    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    return AppContext(forum, settings, BackgroundRunner(), AppSignals())


def test_a_scan_on_a_desk_without_an_event_is_refused_in_russian(
    russian: None, qtbot: Any, tmp_path: Path
) -> None:
    """A new desk, nothing imported yet: a scanned badge is refused in the desk's words."""
    from desktop.desk import Forum
    from tests.ui.test_checkin_field import scanner
    from ui.pages.checkin import CheckinPage

    forum = Forum.open(tmp_path / "empty.db")
    ctx = _context(forum, tmp_path)
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    scanner(page.field, "KZN-001")
    qtbot.waitUntil(lambda: page.panel.state == "rejected", timeout=5000)
    assert page.panel.reason_label.text() == (
        "В этой базе данных ещё нет мероприятия: импортируйте участников "
        "или подключите стойку к серверу."
    )
    assert "event" not in page.panel.reason_label.text()
    ctx.runner.settle()
    forum.close()


def test_an_export_to_a_wrong_file_type_is_refused_in_russian(
    russian: None, qtbot: Any, demo_forum: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.dashboard import DashboardPage

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    ctx = _context(demo_forum, tmp_path)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.export("checkins", str(tmp_path / "arrivals.txt"))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert warnings == ["Имя файла должно оканчиваться на .csv или .xlsx."]
    ctx.runner.settle()
