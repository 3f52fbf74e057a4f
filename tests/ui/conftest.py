"""GUI tests start each from a desk with default settings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_desk_settings(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from ui.app import make_application

    # The application's own set-up (its bundled fonts, its names) for every GUI test,
    # whichever test happens to run first.
    make_application()

    settings = QSettings("ForumDesk", "ForumDesk")
    settings.clear()
    settings.sync()
    yield
    settings.clear()
    settings.sync()
