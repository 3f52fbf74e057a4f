"""The enroll dialog says why enrolling failed in full, in every language."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt

from desktop.desk import Forum
from desktop.sync.state import OtherEventHere
from ui.app import create_context, install_translations, make_application
from ui.settings import DeskSettings


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = make_application()
    name = getattr(request, "param", "en")
    before = QLocale()
    installed = install_translations(app, name)
    yield name
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en", "ru", "ar"], indirect=True)
def test_a_refusal_is_shown_whole(
    qtbot: Any, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages.sync import EnrollDialog

    forum = Forum.open(tmp_path / "desk.db")
    forum.ensure_event("Test")
    ctx = create_context(
        forum, DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )

    def refuse(*_a: Any, **_k: Any) -> None:
        raise OtherEventHere("this database holds another event")

    monkeypatch.setattr(forum.sync, "enroll", refuse)
    dialog = EnrollDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.server.setText("https://forum.example.org")
    qtbot.keyClicks(dialog.code, "ABCD-EFGH-JKLM-NPQR")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    message = dialog.message
    qtbot.waitUntil(lambda: len(message.text()) > 40, timeout=5000)
    qtbot.wait(20)
    assert message.height() >= message.heightForWidth(message.width()), message.text()
    assert dialog.rect().contains(message.geometry())
    ctx.runner.wait()
    forum.close()
