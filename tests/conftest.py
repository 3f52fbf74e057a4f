"""Test set-up shared by every suite: offscreen Qt, a private data folder, small forums."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest


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
    from desktop.services.forum import Forum

    f = Forum.open(tmp_path / "forum.db")
    f.ensure_event("Test Forum")
    yield f
    f.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo forum of 600 participants, written once per test session (copy before writing)."""
    from desktop.demo.generator import generate_demo
    from desktop.services.forum import Forum

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    f = Forum.open(path)
    generate_demo(f, participants=600, seed=7)
    f.close()
    return path


@pytest.fixture
def demo_forum(demo_db: Path, tmp_path: Path) -> Iterator[object]:
    """A private copy of the demo forum that a test may change."""
    import shutil

    from desktop.services.forum import Forum

    target = tmp_path / "demo.db"
    shutil.copy(demo_db, target)
    f = Forum.open(target)
    yield f
    f.close()


# A real CUPS scheduler and per-test queues for the printing tests (tests/cups_support.py).
from tests.cups_support import cups_queues, cups_server  # noqa: E402, F401
