"""F1…F6 take the operator to each page from the keyboard, also from the scan field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


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
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    ctx.runner.wait()


def test_function_keys_go_to_each_page(qtbot: Any, window: Any) -> None:
    keys = [key for key, _title in window.page_titles()]
    for n, key in enumerate(keys):
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, getattr(Qt.Key, f"Key_F{n + 1}"))
        qtbot.waitUntil(lambda k=key: window._keys[window.stack.currentIndex()] == k, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window._keys[window.stack.currentIndex()] == "checkin", timeout=3000)
