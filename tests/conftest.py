"""Test set-up shared by every suite: offscreen Qt, a private data folder, small forums."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def _only_bundled_fonts_and_a_fixed_locale() -> None:
    """No test depends on the machine: fontconfig sees only resources/fonts, the locale is C.

    Set before Qt loads. The application registers the same fonts with Qt at start-up
    (ui.fonts.register_fonts, through make_application, which every GUI test goes
    through); here the machine's own fonts are taken out of Qt's fallback list too, so a
    width measured on a fresh Debian clone is the width measured anywhere.
    """
    import tempfile

    fonts = Path(__file__).resolve().parents[1] / "resources" / "fonts"
    folder = Path(tempfile.mkdtemp(prefix="forumdesk-fontconfig-"))
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{fonts}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n"
        "  <alias><family>sans-serif</family><prefer><family>Noto Sans</family></prefer></alias>\n"
        "  <alias><family>serif</family><prefer><family>Noto Sans</family></prefer></alias>\n"
        "  <alias><family>monospace</family><prefer><family>Noto Sans</family></prefer></alias>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(folder / "fonts.conf")
    os.environ["LC_ALL"] = "C.UTF-8"
    os.environ["LANGUAGE"] = ""
    os.environ["LANG"] = "C.UTF-8"


if not os.environ.get("FORUMDESK_TEST_SYSTEM_FONTS"):
    _only_bundled_fonts_and_a_fixed_locale()

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("FORUMDESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("FORUMDESK_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))


@pytest.fixture
def forum(tmp_path: Path) -> Iterator[object]:
    """An empty forum database with the default event."""
    from desktop.desk import Forum

    f = Forum.open(tmp_path / "forum.db")
    f.ensure_event("Test Forum")
    yield f
    f.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo forum of 600 participants, written once per test session (copy before writing)."""
    from desktop.demo.generator import generate_demo
    from desktop.desk import Forum

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    f = Forum.open(path)
    generate_demo(f, participants=600, seed=7)
    f.close()
    return path


@pytest.fixture
def demo_forum(demo_db: Path, tmp_path: Path) -> Iterator[object]:
    """A private copy of the demo forum that a test may change."""
    import shutil

    from desktop.desk import Forum

    target = tmp_path / "demo.db"
    shutil.copy(demo_db, target)
    f = Forum.open(target)
    yield f
    f.close()


# A real CUPS scheduler and per-test queues for the printing tests (tests/cups_support.py).
from tests.cups_support import cups_queues, cups_server  # noqa: E402, F401
