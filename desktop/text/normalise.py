"""Text cleaning and search-key folding for names in every script.

`clean_text` is for storing what a person typed or an import delivered: it removes bidi
controls and invisible characters that make two equal-looking names differ (or spoof a
name), keeps ZWJ/ZWNJ only inside Arabic-script and Indic words where they change the
spelling, and normalises to NFC.

`fold` makes the search key stored beside each name (STYLE.md: SQLite's LIKE folds ASCII
only): NFKC, case folding, diacritics stripped in Latin, Greek and Cyrillic (so Семёнов
and Семенов, Nguyễn and Nguyen, İsmail and ismail meet), Arabic vowel marks and tatweel
dropped, punctuation removed, whitespace collapsed. Letters of other scripts are kept as
they are (a folded native form); transliteration lives in `desktop.text.translit`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

logger = logging.getLogger(__name__)

BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
"""Embedding, override, isolate and mark characters: invisible, and a spoofing tool."""

ZWNJ = "\u200c"
ZWJ = "\u200d"

INVISIBLES = frozenset(
    [
        "\u200b",  # zero width space
        "\u2060",  # word joiner
        "\ufeff",  # byte order mark / zero width no-break space
        "\u00ad",  # soft hyphen
        "\u180e",  # Mongolian vowel separator
        "\u2061",
        "\u2062",
        "\u2063",
        "\u2064",  # invisible math operators
        "\u034f",  # combining grapheme joiner
        "\u115f",
        "\u1160",
        "\u3164",
        "\uffa0",  # Hangul fillers
    ]
)
"""Zero-width and filler characters that never belong in a name."""

_JOINER_SCRIPT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0600, 0x06FF),  # Arabic, Persian, Urdu
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x0900, 0x0DFF),  # Devanagari ... Sinhala (Indic)
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
)

# Latin letters that NFD does not decompose into base + mark.
_LATIN_SPECIALS = {
    "ı": "i",
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ł": "l",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ħ": "h",
    "ŧ": "t",
    "ŋ": "n",
    "ƒ": "f",
    "ɨ": "i",
    "ʉ": "u",
}
_APOSTROPHES = frozenset("'’‘ʼʹʻ`´′ʽ")
_ARABIC_MARKS = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])


# Anything clean_text may change besides whitespace and NFC; most names hold none of it.
_SUSPECT = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2069\u3164\ud800-\uf8ff\ufeff\uffa0]"
)
_ASCII_NON_WORD = re.compile("[^a-z0-9]+")
_ASCII_APOSTROPHES = re.compile("['`]")


def _in_joiner_script(ch: str) -> bool:
    """True for characters of scripts where ZWJ/ZWNJ change how a word is spelled."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _JOINER_SCRIPT_RANGES)


def clean_text(text: str) -> str:
    """Strip bidi controls, invisibles and stray joiners; NFC; whitespace to single spaces."""
    if not text:
        return ""
    if _SUSPECT.search(text) is None:
        return unicodedata.normalize("NFC", " ".join(text.split()))
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in BIDI_CONTROLS or ch in INVISIBLES:
            continue
        if ch in (ZWJ, ZWNJ):
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if prev and nxt and _in_joiner_script(prev) and _in_joiner_script(nxt):
                out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or cat == "Zl" or cat == "Zp":
            out.append(" ")
            continue
        if cat in ("Cs", "Co", "Cn"):
            continue
        out.append(ch)
    joined = " ".join("".join(out).split())
    return unicodedata.normalize("NFC", joined)


def has_forbidden_controls(text: str) -> bool:
    """True if the text holds bidi controls, control characters or misplaced invisibles."""
    n = len(text)
    for i, ch in enumerate(text):
        if ch in BIDI_CONTROLS or ch in INVISIBLES:
            return True
        if ch in (ZWJ, ZWNJ):
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < n else ""
            if not (prev and nxt and _in_joiner_script(prev) and _in_joiner_script(nxt)):
                return True
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Zl", "Zp"):
            return True
    return False


def _strip_marks_of(base: str) -> bool:
    """Marks on Latin, Greek and Cyrillic letters are accents; elsewhere they are vowels."""
    cp = ord(base)
    return cp < 0x0530 or 0x1D00 <= cp <= 0x1FFF or 0x2C60 <= cp <= 0x2C7F or 0xA640 <= cp <= 0xA7FF


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Search key: NFKC, casefold, accents stripped, punctuation removed, spaces collapsed."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(_ASCII_NON_WORD.sub(" ", _ASCII_APOSTROPHES.sub("", text.lower())).split())
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    base = " "
    for ch in decomposed:
        cat = unicodedata.category(ch)
        if cat[0] == "M":
            if _strip_marks_of(base):
                continue
            if ch in _ARABIC_MARKS:
                continue
            if ch == "\u093c":  # Devanagari nukta: ज़ and ज are one name to a searcher
                continue
            out.append(ch)
            continue
        if ch in _ARABIC_MARKS:
            continue
        if ch in _APOSTROPHES or cat == "Cf":
            continue  # Il'sur is Ilsur; ZWNJ inside a Persian word does not split it
        if cat[0] in ("L", "N"):
            base = ch
            out.append(_LATIN_SPECIALS.get(ch, ch))
            continue
        # punctuation, symbols, separators, controls and invisibles all split words
        base = " "
        out.append(" ")
    folded = unicodedata.normalize("NFC", "".join(out))
    return " ".join(folded.split())


def fold_code(code: str) -> str:
    """Registration-code key: folded, with spaces and punctuation removed ("BR-0012" -> "br0012")."""
    return fold(code).replace(" ", "")
