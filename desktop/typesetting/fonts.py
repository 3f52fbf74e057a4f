"""Font registry for badges: which shipped font draws which script, registered once with reportlab.

The fonts live in ``resources/fonts`` (Noto and a Hangul subset of NanumGothic under the OFL,
Droid Sans Fallback under Apache-2.0) so a fresh laptop prints every script; see
``resources/fonts/README.md`` for their sources.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from fontTools.ttLib import TTFont as FtFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

Weight = Literal["regular", "bold"]


@dataclass(frozen=True)
class FontFamily:
    """One shipped family: its key, and the regular and (optional) bold files in resources/fonts."""

    key: str
    regular: str
    bold: str | None


FAMILIES: dict[str, FontFamily] = {
    f.key: f
    for f in (
        # Latin (incl. Vietnamese, Turkish), Cyrillic (Tatar, Kazakh, Belarusian), Greek.
        FontFamily("latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        # Arabic, Persian, Urdu letters.
        FontFamily("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        FontFamily("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        FontFamily("devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
        FontFamily("bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
        FontFamily("tamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
        FontFamily("thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
        FontFamily("ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
        FontFamily("armenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
        FontFamily("georgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
        # Simplified Chinese (also kana and most Traditional forms); TrueType outlines.
        FontFamily("cjk", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"),
        # Korean: Hangul syllables and Jamo (a NanumGothic subset, renamed as the OFL requires);
        # after Noto Sans SC, so Qt's fallback keeps Chinese punctuation in the Chinese font.
        FontFamily("hangul", "FDHangulGothic-Regular.ttf", "FDHangulGothic-Bold.ttf"),
        # Last resort: CJK extension characters Noto Sans SC lacks.
        FontFamily("fallback", "DroidSansFallbackFull.ttf", None),
    )
}

# Families tried, in order, for a character of each script; then FALLBACK_ORDER.
SCRIPT_FAMILIES: dict[str, tuple[str, ...]] = {
    "Latin": ("latin",),
    "Cyrillic": ("latin",),
    "Greek": ("latin",),
    "Arabic": ("arabic",),
    "Hebrew": ("hebrew",),
    "Devanagari": ("devanagari",),
    "Bengali": ("bengali",),
    "Tamil": ("tamil",),
    "Thai": ("thai",),
    "Ethiopic": ("ethiopic",),
    "Armenian": ("armenian",),
    "Georgian": ("georgian",),
    "Han": ("cjk", "fallback"),
    "Hangul": ("hangul", "cjk", "fallback"),
    "Common": ("latin",),
}

FALLBACK_ORDER: tuple[str, ...] = (
    "latin",
    "cjk",
    "arabic",
    "devanagari",
    "bengali",
    "tamil",
    "thai",
    "ethiopic",
    "hebrew",
    "armenian",
    "georgian",
    "hangul",
    "fallback",
)

_lock = threading.Lock()


def resources_dir() -> Path:
    """The application's resources/ folder, in a source checkout or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidate = Path(frozen_root) / "resources"
        if candidate.is_dir():
            return candidate
    # desktop/badges/fonts.py -> repository root
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    """Folder holding the shipped font files."""
    return resources_dir() / "fonts"


def font_file(family: str, weight: Weight = "regular") -> Path:
    """Path of a family's file for a weight; a family without bold gives its regular file."""
    fam = FAMILIES[family]
    name = fam.bold if weight == "bold" and fam.bold else fam.regular
    return fonts_dir() / name


def font_name(family: str, weight: Weight = "regular") -> str:
    """The reportlab name of a family and weight, registering the font on first use."""
    path = font_file(family, weight)
    name = f"FD-{path.stem}"
    if name in _registered:
        return name
    with _lock:
        if name not in _registered:
            log.debug("registering font %s from %s", name, path)
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
            _registered.add(name)
    return name


_registered: set[str] = set()


def rl_font(family: str, weight: Weight = "regular") -> Any:
    """The registered reportlab TTFont object (for shaping and glyph lookups)."""
    return pdfmetrics.getFont(font_name(family, weight))


@cache
def char_map(family: str, weight: Weight = "regular") -> frozenset[int]:
    """Code points the font maps to a glyph (fontTools cmap), for coverage checks."""
    path = font_file(family, weight)
    ft = FtFont(str(path), lazy=True)
    try:
        cmap = ft.getBestCmap() or {}
        return frozenset(cmap)
    finally:
        ft.close()


@cache
def _rl_coverage(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def covers(family: str, weight: Weight, codepoint: int) -> bool:
    """Whether the family (at that weight) has a glyph for the code point."""
    return codepoint in _rl_coverage(font_name(family, weight))


def register_all() -> list[str]:
    """Register every shipped font with reportlab (e.g. at start-up); returns their names."""
    names: list[str] = []
    for key, fam in FAMILIES.items():
        names.append(font_name(key, "regular"))
        if fam.bold:
            names.append(font_name(key, "bold"))
    return names
