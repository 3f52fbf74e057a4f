"""Devanagari (Hindi) names in Latin letters by a small scheme with final-schwa deletion
(राजेश -> Rajesh): spelling options per sign, the first one the display form.
"""

from __future__ import annotations

from anyascii import anyascii

from desktop.text.normalise import fold

_DEVA_CONSONANTS = {
    "क": ("k",), "ख": ("kh",), "ग": ("g",), "घ": ("gh",), "ङ": ("n",),
    "च": ("ch", "c"), "छ": ("chh", "ch"), "ज": ("j",), "झ": ("jh",), "ञ": ("n",),
    "ट": ("t",), "ठ": ("th",), "ड": ("d",), "ढ": ("dh",), "ण": ("n",),
    "त": ("t",), "थ": ("th",), "द": ("d",), "ध": ("dh",), "न": ("n",),
    "प": ("p",), "फ": ("ph", "f"), "ब": ("b",), "भ": ("bh",), "म": ("m",),
    "य": ("y",), "र": ("r",), "ल": ("l",), "व": ("v", "w"), "श": ("sh", "s"),
    "ष": ("sh", "s"), "स": ("s",), "ह": ("h",), "ळ": ("l",),
    "क़": ("q", "k"), "ख़": ("kh",), "ग़": ("gh", "g"), "ज़": ("z", "j"),
    "ड़": ("r", "d"), "ढ़": ("rh",), "फ़": ("f",), "य़": ("y",),
}  # fmt: skip
_DEVA_VOWELS = {
    "अ": ("a",), "आ": ("a", "aa"), "इ": ("i",), "ई": ("i", "ee"), "उ": ("u",),
    "ऊ": ("u", "oo"), "ऋ": ("ri",), "ए": ("e",), "ऐ": ("ai",), "ओ": ("o",), "औ": ("au",),
    "ऑ": ("o",), "ऍ": ("e",),
}  # fmt: skip
_DEVA_MATRAS = {
    "ा": ("a", "aa"), "ि": ("i",), "ी": ("i", "ee"), "ु": ("u",), "ू": ("u", "oo"),
    "ृ": ("ri",), "े": ("e",), "ै": ("ai",), "ो": ("o",), "ौ": ("au",), "ॉ": ("o",),
    "ॅ": ("e",),
}  # fmt: skip
_DEVA_VIRAMA = "\u094d"
_DEVA_NUKTA = "\u093c"


def is_devanagari(ch: str) -> bool:
    """True for the Devanagari block."""
    return "\u0900" <= ch <= "\u097f"


def devanagari_units(word: str) -> list[tuple[str, ...]]:
    """Spelling options per sign, with the inherent vowel dropped at the end of the word."""
    units: list[tuple[str, ...]] = []
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if i + 1 < n and word[i + 1] == _DEVA_NUKTA:
            ch = word[i : i + 2]
            i += 1
        i += 1
        if ch in _DEVA_CONSONANTS:
            units.append(_DEVA_CONSONANTS[ch])
            nxt = word[i] if i < n else ""
            if nxt == _DEVA_VIRAMA:
                i += 1
            elif nxt in _DEVA_MATRAS:
                units.append(_DEVA_MATRAS[nxt])
                i += 1
            elif i < n:
                units.append(("a",))  # inherent vowel, kept inside the word
            # at the very end of the word the inherent vowel is silent (Kumar, Ram)
        elif ch in _DEVA_VOWELS:
            units.append(_DEVA_VOWELS[ch])
        elif ch in ("ं", "ँ"):
            nxt = word[i] if i < n else ""
            units.append(("m", "n") if nxt in ("प", "फ", "ब", "भ", "म") else ("n", "m"))
        elif ch == "ः":
            units.append(("h", ""))
        elif ch in (_DEVA_VIRAMA, _DEVA_NUKTA):
            continue
        else:
            units.append((fold(anyascii(ch)),))
    return units


def devanagari_to_latin(word: str) -> str:
    """Display form of a Devanagari word (कुमार -> Kumar)."""
    return "".join(u[0] for u in devanagari_units(word)).capitalize()
