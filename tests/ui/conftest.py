"""GUI tests start each from a desk with default settings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_desk_settings(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    settings = QSettings("ForumDesk", "ForumDesk")
    settings.clear()
    settings.sync()
    yield
    settings.clear()
    settings.sync()
