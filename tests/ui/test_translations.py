"""Every shipped translation: complete, placeholders intact, compiled, and shown in the window.

Russian, Portuguese (Brazil), Spanish, Simplified Chinese and Arabic are translated in full;
English holds only its plural forms. Arabic turns the whole window right to left.
"""

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
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHOTS = Path(os.environ["FORUMDESK_SHOTS"]) if os.environ.get("FORUMDESK_SHOTS") else None

sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

# The languages translated in full, with the number of plural forms each language has
# (Qt's rules: Arabic 0 / 1 / 2 / 3-10 / 11-99 / 100+, Chinese one form for every number).
TRANSLATED = {"ru": 3, "pt_BR": 2, "es": 2, "zh_CN": 1, "ar": 6}
# How each language names the main window's pages, in navigation order.
PAGE_NAMES = {
    "ru": ["Регистрация", "Участники", "Бейджи", "Встречи", "Сводка", "Синхронизация"],
    "pt_BR": ["Check-in", "Participantes", "Crachás", "Reuniões", "Painel", "Sincronização"],
    "es": ["Check-in", "Participantes", "Credenciales", "Reuniones", "Panel", "Sincronización"],
    "zh_CN": ["签到", "参会人员", "证件", "会见", "概览", "同步"],
    "ar": ["تسجيل الحضور", "المشاركون", "البطاقات", "الاجتماعات", "لوحة المتابعة", "المزامنة"],
}
# Strings that stay as they are in every language, and the words Portuguese and Spanish
# desks use as they are in English; any other entry equal to its English source was left
# untranslated.
SAME_EVERYWHERE = {"%", "ForumDesk", "PDF (*.pdf)", "{0} {1}"}
LOANWORDS = {
    "ru": set(),
    "pt_BR": {"Check-in", "Layout", "E-mail", "PIN", "Supervisor", "supervisor", " min", "ok"},
    "es": {"Check-in", "PIN", "Supervisor", "supervisor", " min", "Error"},
    "zh_CN": set(),
    "ar": set(),
}
# Letters of the language's own script: a Chinese or Arabic entry without any is English.
OWN_SCRIPT = {"zh_CN": "[\u4e00-\u9fff]", "ar": "[\u0600-\u06ff]"}

# {0}, {name}, {2:.1f}; %1…%9 and %n; HTML tags; a line break.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|</?\w+[^>]*>|\n")


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"forumdesk_{language}.ts"


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


def test_every_translated_language_is_shipped_and_offered() -> None:
    from ui.dialogs.settings import LANGUAGES

    offered = {code for code, _name in LANGUAGES if code}
    assert set(update_translations.LANGUAGES) == set(TRANSLATED) | {"en"}
    assert offered == set(TRANSLATED) | {"en"}
    for language in offered:
        assert ts_file(language).is_file(), language
        assert ts_file(language).with_suffix(".qm").is_file(), language
    # Each language is listed under its own name, so anyone can find their way back.
    names = dict(LANGUAGES)
    assert names["pt_BR"] == "Português" and names["es"] == "Español"
    assert names["zh_CN"] == "中文" and names["ar"] == "العربية"


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_ts_is_complete_with_placeholders_and_accelerators_intact(language: str) -> None:
    entries = messages(ts_file(language))
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
            elif "&" in form and not re.search(r"&\w", form):
                problems.append(f"{context}: {source!r} -> {form!r}: & marks no letter")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_ts_is_not_left_in_english(language: str) -> None:
    allowed = SAME_EVERYWHERE | LOANWORDS[language]
    untranslated = sorted(
        {source for _c, source, forms, _k in messages(ts_file(language)) if source in forms}
        - allowed
    )
    assert not untranslated, f"{language}: still English: {untranslated}"
    own = OWN_SCRIPT.get(language)
    if own:
        foreign = sorted(
            {
                source
                for _c, source, forms, _k in messages(ts_file(language))
                if re.search("[A-Za-z]", source)
                and source not in SAME_EVERYWHERE
                and not all(re.search(own, form) for form in forms)
            }
        )
        assert not foreign, f"{language}: no {language} letter in: {foreign}"


@pytest.mark.parametrize(("language", "count"), sorted(TRANSLATED.items()))
def test_plurals_have_the_languages_number_of_forms(language: str, count: int) -> None:
    plurals = [e for e in messages(ts_file(language)) if "%n" in e[1]]
    assert len(plurals) >= 9
    for context, source, forms, _kind in plurals:
        assert len(forms) == count, (language, context, source, forms)
        assert all("%n" in f for f in forms), (language, context, source)
    assert f'language="{update_translations.LANGUAGES[language][1]}"' in ts_file(
        language
    ).read_text(encoding="utf-8")


def test_english_plurals_have_two_forms() -> None:
    plurals = messages(ts_file("en"))
    assert plurals and all(len(forms) == 2 for _c, _s, forms, _k in plurals)


@pytest.mark.parametrize("language", sorted(TRANSLATED))
def test_every_ui_string_is_in_the_ts(tmp_path: Path, language: str) -> None:
    """lupdate over ui/ finds nothing new: every string of the code is translated."""
    try:
        lupdate = update_translations.qt_tool("lupdate")
    except SystemExit:
        pytest.skip("Qt's lupdate is not installed")
    ts = tmp_path / ts_file(language).name
    shutil.copy(ts_file(language), ts)
    subprocess.run(
        [lupdate, *update_translations.sources(), "-ts", str(ts), "-no-obsolete", "-silent"],
        cwd=ROOT,
        check=True,
    )
    waiting = update_translations.unfinished(ts)
    assert not waiting, (
        f"untranslated ui strings in {language}; run scripts/update_translations.py and "
        "translate: " + ", ".join(repr(w) for w in waiting)
    )


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    try:
        lrelease = update_translations.qt_tool("lrelease")
    except SystemExit:
        pytest.skip("Qt's lrelease is not installed")
    shipped = sorted(TRANSLATIONS.glob("*.ts"))
    assert {ts.stem.removeprefix("forumdesk_") for ts in shipped} >= set(TRANSLATED)
    for ts in shipped:
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name} changed since its .qm was compiled: run scripts/update_translations.py"
        )


def test_every_letter_of_the_translations_has_a_shipped_font(qapp) -> None:  # type: ignore[no-untyped-def]
    """No box in place of a letter: each character a translation adds is in a shipped font."""
    from PySide6.QtGui import QRawFont

    from desktop.typesetting.fonts import FAMILIES, fonts_dir

    fonts = [QRawFont(str(fonts_dir() / family.regular), 12) for family in FAMILIES.values()]
    assert fonts and all(font.isValid() for font in fonts)
    missing: dict[str, set[str]] = {}
    for language in TRANSLATED:
        for _c, source, forms, _k in messages(ts_file(language)):
            for char in set("".join(forms)) - set(source):
                if not char.isspace() and not any(f.supportsCharacter(ord(char)) for f in fonts):
                    missing.setdefault(language, set()).add(char)
    assert not missing, missing


@pytest.mark.parametrize(
    ("language", "participants", "file_menu", "three"),
    [
        ("ru", "Участники", "&Файл", "%n участника"),
        ("pt_BR", "Participantes", "&Arquivo", "%n participantes"),
        ("es", "Participantes", "&Archivo", "%n participantes"),
        ("zh_CN", "参会人员", "文件(&F)", "%n 名参会人员"),
        ("ar", "المشاركون", "&ملف", "%n مشاركين"),
    ],
)
def test_qm_loads_and_translates(qapp, language, participants, file_menu, three) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(ts_file(language).with_suffix(".qm")))
    assert translator.translate("MainWindow", "Participants") == participants
    assert translator.translate("MainWindow", "&File") == file_menu
    assert translator.translate("BadgesPage", "%n participant(s)", "", 3) == three


def test_arabic_plural_forms_follow_the_number(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(ts_file("ar").with_suffix(".qm")))
    forms = {
        n: translator.translate("BadgesPage", "%n participant(s)", "", n)
        for n in (0, 1, 2, 5, 11, 100)
    }
    assert forms[2] == "%n مشاركان"  # the dual
    assert forms[5] == "%n مشاركين"  # 3 to 10: plural
    assert forms[11] == "%n مشاركًا"  # 11 to 99: singular, accusative
    assert forms[100] == forms[1] == "%n مشارك"


@pytest.fixture
def language(qapp, request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Installs ForumDesk's and Qt's translations for ``request.param``; back to English after."""
    from ui.app import install_translations

    installed = install_translations(qapp, request.param)
    assert installed, f"no {request.param} translation loaded"
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def open_main_window(qtbot, demo_forum):  # type: ignore[no-untyped-def]
    from ui.app import create_context
    from ui.main_window import MainWindow

    window = MainWindow(create_context(demo_forum))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def save_shots(qtbot, window, language: str) -> None:  # type: ignore[no-untyped-def]
    if not SHOTS:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(300)
    window.grab().save(str(SHOTS / f"{language}-checkin.png"))
    window.show_page(1)
    qtbot.wait(300)
    window.grab().save(str(SHOTS / f"{language}-participants.png"))


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_main_window_in_russian(qtbot, demo_forum, language) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_forum)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == PAGE_NAMES["ru"]
    assert [m.title() for m in (a.menu() for a in window.menuBar().actions())][:2] == [
        "&Файл",
        "С&тойка",
    ]
    checkin = window.page("checkin")
    assert checkin.field.placeholderText() == (
        "Отсканируйте бейдж или введите имя либо регистрационный код"
    )
    assert not window.isRightToLeft()
    save_shots(qtbot, window, "ru")


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_main_window_in_arabic_is_right_to_left(qtbot, demo_forum, language) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_forum)
    assert QCoreApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == PAGE_NAMES["ar"]
    assert window.menuBar().actions()[0].menu().title() == "&ملف"
    checkin = window.page("checkin")
    assert checkin.isRightToLeft()
    assert checkin.field.placeholderText() == "امسح البطاقة ضوئيًا، أو اكتب اسمًا أو رمز تسجيل"
    # Mirrored as a person sees it: the page list on the right, the page to its left,
    # the zone box right of the In/Out buttons.
    origin = QPoint(0, 0)
    assert window.nav.mapTo(window, origin).x() > window.stack.mapTo(window, origin).x()
    assert checkin.zone_box.mapTo(window, origin).x() > checkin.in_button.mapTo(window, origin).x()
    # A Latin name under an Arabic one starts on the right as well, not at the far left.
    assert checkin.panel.latin_label.alignment() & Qt.AlignmentFlag.AlignRight
    # Qt's own strings come in Arabic too (qtbase_ar.qm from the PySide6 wheel).
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    window.show_page(1)
    participants = window.page("participants")
    assert participants.isRightToLeft()
    assert participants.model.headerData(0, Qt.Orientation.Horizontal) == "الرمز"
    assert participants.detail.fields["code"].alignment() & Qt.AlignmentFlag.AlignRight
    save_shots(qtbot, window, "ar")


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_main_window_in_chinese(qtbot, demo_forum, language) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_forum)
    assert not window.isRightToLeft()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == PAGE_NAMES["zh_CN"]
    assert window.menuBar().actions()[0].menu().title() == "文件(&F)"
    checkin = window.page("checkin")
    assert checkin.field.placeholderText() == "扫描证件，或输入姓名或注册编号"
    origin = QPoint(0, 0)
    assert window.nav.mapTo(window, origin).x() < window.stack.mapTo(window, origin).x()
    assert checkin.panel.latin_label.alignment() & Qt.AlignmentFlag.AlignLeft
    save_shots(qtbot, window, "zh_CN")


@pytest.mark.parametrize("language", ["pt_BR", "es"], indirect=True)
def test_main_window_in_portuguese_and_spanish(qtbot, demo_forum, language) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_forum)
    assert not window.isRightToLeft()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == PAGE_NAMES[language]


def test_arabic_chosen_in_settings_mirrors_the_layout(qtbot, demo_forum, qapp) -> None:  # type: ignore[no-untyped-def]
    """The language chosen in the settings applies at the next start, mirrored for Arabic."""
    from ui.app import create_context, install_translations
    from ui.dialogs.settings import SettingsDialog

    ctx = create_context(demo_forum)
    installed: list[QTranslator] = []
    try:
        for code, direction in (
            ("ar", Qt.LayoutDirection.RightToLeft),
            ("zh_CN", Qt.LayoutDirection.LeftToRight),
            ("ar", Qt.LayoutDirection.RightToLeft),
            ("en", Qt.LayoutDirection.LeftToRight),
        ):
            dialog = SettingsDialog(ctx)
            qtbot.addWidget(dialog)
            dialog.language.setCurrentIndex(dialog.language.findData(code))
            dialog.save()
            assert ctx.settings.language == code
            for translator in installed:
                QCoreApplication.removeTranslator(translator)
            installed = install_translations(qapp, ctx.settings.language)
            assert qapp.layoutDirection() == direction, code
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_right_to_left_system_language_without_a_translation_stays_left_to_right(qapp) -> None:  # type: ignore[no-untyped-def]
    """Hebrew has no ForumDesk translation: the English window is not mirrored."""
    from ui.app import install_translations

    installed = install_translations(qapp, "he")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(
    ("system", "participants"),
    [("pt_PT", "Participantes"), ("es_MX", "Participantes"), ("zh_TW", "参会人员")],
)
def test_a_regional_variant_gets_the_shipped_translation(qapp, system, participants) -> None:  # type: ignore[no-untyped-def]
    """A desk in Portugal, Mexico or Taiwan reads the pt_BR, es or zh_CN words, not English."""
    from ui.app import install_translations

    installed = install_translations(qapp, system)
    try:
        assert QCoreApplication.translate("MainWindow", "Participants") == participants
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_english_stays_english_after_the_others(qtbot, demo_forum) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_context
    from ui.main_window import MainWindow

    window = MainWindow(create_context(demo_forum))
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Check-in"
    assert not window.isRightToLeft()
