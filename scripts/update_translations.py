"""Refresh ForumDesk's Qt Linguist translations: lupdate over ui/, then lrelease to .qm.

    .venv/bin/python scripts/update_translations.py          # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # also fail on unfinished entries

What it does:
  1. lupdate collects every tr()/translate() string of ui/**/*.py into
     resources/translations/forumdesk_<language>.ts for ru, pt_BR, es, zh_CN and ar (new
     strings arrive "unfinished", strings that left the code are dropped) and into
     forumdesk_en.ts, the source language, which holds only the plural forms
     ("%n badge(s)" -> "1 badge" / "2 badges").
  2. Translate the new entries in Qt Linguist (`.venv/bin/pyside6-linguist` or the
     `linguist` binary inside the PySide6 wheel) or in a text editor, then run this again.
  3. lrelease compiles each .ts to the .qm beside it; commit both (the app and a fresh
     checkout load the .qm without any build tools).

Qt's lupdate and lrelease binaries inside the PySide6 wheel are called directly: the
pyside6-lupdate/pyside6-lrelease wrapper scripts crash in PySide6 6.12 (see build.spec).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
# language code (the .ts/.qm file suffix, as QTranslator looks it up from a QLocale) ->
# lupdate options; "en" is the source language: plural forms only. The target language
# sets the number of plural forms lupdate asks for: ru 3, ar 6, zh_CN 1, pt_BR and es 2.
LANGUAGES = {
    "ru": ["-target-language", "ru_RU"],
    "en": ["-target-language", "en_GB", "-pluralonly"],
    "pt_BR": ["-target-language", "pt_BR"],
    "es": ["-target-language", "es_ES"],
    "zh_CN": ["-target-language", "zh_CN"],
    "ar": ["-target-language", "ar"],
}


def qt_tool(name: str) -> str:
    """Qt's ``name`` binary from the PySide6 wheel, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    for folder in spec.submodule_search_locations if spec else []:
        for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}", f"Qt/bin/{name}"):
            path = Path(folder) / candidate
            if path.is_file():
                return str(path)
    found = shutil.which(name) or shutil.which(f"{name}-qt6")
    if not found:
        raise SystemExit(f"update_translations: Qt's {name} not found (pip install PySide6)")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts
    )


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"forumdesk_{language}.ts"


def unfinished(ts: Path) -> list[str]:
    """Source texts of the entries in ``ts`` still waiting for a translation."""
    waiting = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        empty = (
            not (forms and all(forms))
            if forms
            else not (translation is not None and translation.text)
        )
        if kind == "unfinished" or empty:
            waiting.append(message.findtext("source") or "")
    return waiting


def update(languages: list[str]) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate, lrelease = qt_tool("lupdate"), qt_tool("lrelease")
    files = sources()
    for language in languages:
        ts = ts_path(language)
        subprocess.run(
            [
                lupdate,
                *files,
                "-ts",
                str(ts.relative_to(ROOT)),
                "-source-language",
                "en",
                "-locations",
                "relative",
                "-no-obsolete",
                *LANGUAGES[language],
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [
                lrelease,
                "-silent",
                str(ts.relative_to(ROOT)),
                "-qm",
                str(ts.with_suffix(".qm").relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES), help="default: all")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when an entry is still unfinished"
    )
    args = parser.parse_args(argv)
    unknown = set(args.languages) - set(LANGUAGES)
    if unknown:
        parser.error(f"unknown language(s): {', '.join(sorted(unknown))}")
    update(args.languages)
    status = 0
    for language in args.languages:
        ts = ts_path(language)
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        waiting = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {total} entries, {len(waiting)} unfinished")
        for text in waiting:
            print(f"  unfinished: {text!r}")
        if waiting and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
