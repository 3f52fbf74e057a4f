"""The Russian translation: complete, placeholders intact, compiled, and shown in the window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
RU_TS = TRANSLATIONS / "forumdesk_ru.ts"
RU_QM = TRANSLATIONS / "forumdesk_ru.qm"
SHOTS = Path(os.environ["FORUMDESK_SHOTS"]) if os.environ.get("FORUMDESK_SHOTS") else None

sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

# {0}, {name}, {2:.1f}; %1…%9 and %n; HTML tags; a line break.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|</?\w+[^>]*>|\n")


def messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every live entry of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            out.append((name, message.findtext("source") or "", forms, kind))
    return out


def test_russian_ts_is_complete_with_placeholders_intact() -> None:
    entries = messages(RU_TS)
    assert len(entries) > 400
    problems = []
    for context, source, forms, kind in entries:
        if kind == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            if source.count("&") != form.count("&"):
                problems.append(f"{context}: {source!r} -> {form!r}: accelerator lost")
    assert not problems, "\n".join(problems)


def test_russian_plurals_have_three_forms() -> None:
    plurals = [e for e in messages(RU_TS) if "%n" in e[1]]
    assert plurals
    for context, source, forms, _kind in plurals:
        assert len(forms) == 3, (context, source)
        assert all("%n" in f for f in forms), (context, source)


def test_every_ui_string_is_in_the_russian_ts(tmp_path: Path) -> None:
    """lupdate over ui/ finds nothing new: every string of the code is translated."""
    try:
        lupdate = update_translations.qt_tool("lupdate")
    except SystemExit:
        pytest.skip("Qt's lupdate is not installed")
    ts = tmp_path / RU_TS.name
    shutil.copy(RU_TS, ts)
    subprocess.run(
        [lupdate, *update_translations.sources(), "-ts", str(ts), "-no-obsolete", "-silent"],
        cwd=ROOT,
        check=True,
    )
    waiting = update_translations.unfinished(ts)
    assert not waiting, (
        "untranslated ui strings; run scripts/update_translations.py and translate: "
        + ", ".join(repr(w) for w in waiting)
    )


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    try:
        lrelease = update_translations.qt_tool("lrelease")
    except SystemExit:
        pytest.skip("Qt's lrelease is not installed")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name} changed since its .qm was compiled: run scripts/update_translations.py"
        )


def test_qm_loads_and_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(RU_QM))
    assert translator.translate("MainWindow", "Participants") == "Участники"
    assert translator.translate("MainWindow", "&File") == "&Файл"
    assert translator.translate("BadgesPage", "%n participant(s)", "", 3) == "%n участника"


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.app import install_translations

    installed = install_translations(qapp, "ru")
    assert installed, "no Russian translation loaded"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_main_window_in_russian(qtbot, demo_forum, russian) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_context
    from ui.main_window import MainWindow

    window = MainWindow(create_context(demo_forum))
    qtbot.addWidget(window)
    window.show()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == [
        "Регистрация",
        "Участники",
        "Бейджи",
        "Встречи",
        "Сводка",
        "Синхронизация",
    ]
    assert [m.title() for m in (a.menu() for a in window.menuBar().actions())][:2] == [
        "&Файл",
        "С&тойка",
    ]
    checkin = window.page("checkin")
    assert checkin.field.placeholderText() == (
        "Отсканируйте бейдж или введите имя либо регистрационный код"
    )
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.waitExposed(window)
        qtbot.wait(300)
        window.grab().save(str(SHOTS / "ru-checkin.png"))
        window.show_page(1)
        qtbot.wait(300)
        window.grab().save(str(SHOTS / "ru-participants.png"))


def test_english_stays_english_after_russian(qtbot, demo_forum) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_context
    from ui.main_window import MainWindow

    window = MainWindow(create_context(demo_forum))
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Check-in"
