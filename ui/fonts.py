"""Registers the shipped Noto fonts with Qt so every script shows without boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from desktop.typesetting.fonts import FAMILIES, fonts_dir

log = logging.getLogger(__name__)


_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every shipped font to Qt (once); returns the family names in fallback order."""
    if _registered:
        return list(_registered)
    families: list[str] = []
    for family in FAMILIES.values():
        for file_name in (family.regular, family.bold):
            if not file_name:
                continue
            path = fonts_dir() / file_name
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("Qt could not load font %s", path)
                continue
            for name in QFontDatabase.applicationFontFamilies(font_id):
                if name not in families:
                    families.append(name)
    _registered.extend(families)
    return families


def app_font(families: list[str], point_size: int = 10) -> QFont:
    """The application font: Noto Sans first, then each script's Noto as fallback."""
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSize(point_size)
    return font
