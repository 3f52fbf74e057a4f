"""Characters of a line: the script of each (a compact range table), and the cleaned form
(NFC, no bidi controls, single spaces) every line is set in."""

from __future__ import annotations

import bisect
import re
import unicodedata

# (first code point, script) — a compact table of the blocks names are written in; a range runs
# to the next entry. "Common" (punctuation, digits, spaces) and "Inherited" (combining marks,
# ZWJ/ZWNJ) join the neighbouring run.
_RANGES: tuple[tuple[int, str], ...] = (
    (0x0000, "Common"),
    (0x0041, "Latin"),
    (0x005B, "Common"),
    (0x0061, "Latin"),
    (0x007B, "Common"),
    (0x00C0, "Latin"),
    (0x02B0, "Common"),
    (0x0300, "Inherited"),
    (0x0370, "Greek"),
    (0x0400, "Cyrillic"),
    (0x0530, "Armenian"),
    (0x0590, "Hebrew"),
    (0x0600, "Arabic"),
    (0x0700, "Syriac"),
    (0x0750, "Arabic"),
    (0x0780, "Thaana"),
    (0x07C0, "Other"),
    (0x08A0, "Arabic"),
    (0x0900, "Devanagari"),
    (0x0980, "Bengali"),
    (0x0A00, "Other"),
    (0x0B80, "Tamil"),
    (0x0C00, "Other"),
    (0x0E00, "Thai"),
    (0x0E80, "Other"),
    (0x10A0, "Georgian"),
    (0x1100, "Hangul"),
    (0x1200, "Ethiopic"),
    (0x13A0, "Other"),
    (0x1AB0, "Inherited"),
    (0x1B00, "Other"),
    (0x1C80, "Cyrillic"),
    (0x1C90, "Other"),
    (0x1D00, "Latin"),
    (0x1DC0, "Inherited"),
    (0x1E00, "Latin"),
    (0x1F00, "Greek"),
    (0x2000, "Common"),
    (0x200C, "Inherited"),
    (0x200E, "Common"),
    (0x20D0, "Inherited"),
    (0x2100, "Common"),
    (0x2C60, "Latin"),
    (0x2C80, "Other"),
    (0x2D80, "Ethiopic"),
    (0x2DE0, "Cyrillic"),
    (0x2E00, "Common"),
    (0x2E80, "Han"),
    (0x3130, "Hangul"),
    (0x3190, "Han"),
    (0xA000, "Other"),
    (0xA640, "Cyrillic"),
    (0xA6A0, "Other"),
    (0xA720, "Latin"),
    (0xA800, "Other"),
    (0xA8E0, "Devanagari"),
    (0xA900, "Other"),
    (0xAB00, "Ethiopic"),
    (0xAB30, "Latin"),
    (0xAB70, "Other"),
    (0xAC00, "Hangul"),
    (0xD7B0, "Other"),
    (0xF900, "Han"),
    (0xFB00, "Latin"),
    (0xFB13, "Other"),
    (0xFB1D, "Hebrew"),
    (0xFB50, "Arabic"),
    (0xFE00, "Inherited"),
    (0xFE10, "Common"),
    (0xFE20, "Inherited"),
    (0xFE30, "Han"),
    (0xFE50, "Common"),
    (0xFE70, "Arabic"),
    (0xFF00, "Han"),
    (0xFFF0, "Common"),
    (0x1E7E0, "Ethiopic"),
    (0x1E800, "Other"),
    (0x1F000, "Common"),
    (0x20000, "Han"),
    (0x323B0, "Other"),
)
_STARTS = [start for start, _ in _RANGES]
NEUTRAL = frozenset({"Common", "Inherited"})

# Bidi embedding/override/isolate controls and marks: dropped (the import flags them), since a
# name never needs them and a font may draw them as boxes. ZWJ/ZWNJ are kept (Persian needs ZWNJ).
_DROP = re.compile("[\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\x00-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def script_of(char: str) -> str:
    """The script of a character from the compact range table ("Common", "Inherited", "Latin"…)."""
    return _RANGES[bisect.bisect_right(_STARTS, ord(char)) - 1][1]


def clean(text: str) -> str:
    """NFC, no bidi controls, single spaces: the form every line is shaped, measured and drawn in."""
    text = _DROP.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


def resolve_scripts(text: str) -> list[str]:
    """Script of each character, with Common/Inherited characters joining a neighbouring run."""
    raw = [script_of(c) for c in text]
    resolved: list[str] = []
    last: str | None = None
    for script in raw:
        if script not in NEUTRAL:
            last = script
        resolved.append(script if script not in NEUTRAL else (last or ""))
    following = next((s for s in raw if s not in NEUTRAL), "Common")
    return [s or following for s in resolved]
