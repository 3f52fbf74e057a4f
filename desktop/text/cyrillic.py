"""Cyrillic names in Latin letters: the Russian passport scheme of 1997–2010 for display
(Семёнов -> Semenov, Щ -> Shch, Й -> Y, Я -> Ya, soft and hard signs dropped), with Tatar,
Bashkir, Ukrainian and Kazakh letters, and the other spellings people type for each letter
(Semyonov, Semionov, Semjonov; Kh/H, Zh/J, Ts/C, Ya/Ia/Ja) for the search index.
"""

from __future__ import annotations

from anyascii import anyascii

from desktop.text.normalise import fold

_CYR_VOWELS = frozenset("аеёиоуыэюяіїєәөүұ")
_CYR_SIGNS = frozenset("ъь")

# Each letter: options, the first is the passport form used for display.
_CYR: dict[str, tuple[str, ...]] = {
    "а": ("a",),
    "б": ("b",),
    "в": ("v", "w"),
    "г": ("g",),
    "д": ("d",),
    "е": ("e",),
    "ё": ("e", "yo", "io", "jo", "o"),
    "ж": ("zh", "j", "z"),
    "з": ("z",),
    "и": ("i",),
    "й": ("y", "i", "j", ""),
    "к": ("k",),
    "л": ("l",),
    "м": ("m",),
    "н": ("n",),
    "о": ("o",),
    "п": ("p",),
    "р": ("r",),
    "с": ("s",),
    "т": ("t",),
    "у": ("u",),
    "ф": ("f",),
    "х": ("kh", "h", "x"),
    "ц": ("ts", "c", "tz"),
    "ч": ("ch",),
    "ш": ("sh",),
    "щ": ("shch", "sch", "shh"),
    "ъ": ("", "ie"),
    "ы": ("y", "i"),
    "ь": ("",),
    "э": ("e",),
    "ю": ("yu", "iu", "ju", "u"),
    "я": ("ya", "ia", "ja", "a"),
    # Tatar, Bashkir, Kazakh, Ukrainian, Belarusian
    "ә": ("a", "ae", "e"),
    "ө": ("o", "oe"),
    "ү": ("u", "ue", "y"),
    "ұ": ("u",),
    "җ": ("zh", "j"),
    "ң": ("ng", "n"),
    "һ": ("h", "kh"),
    "қ": ("k", "q"),
    "ғ": ("g", "gh"),
    "ҡ": ("k", "q"),
    "ҙ": ("z", "dh"),
    "ҫ": ("s", "th"),
    "і": ("i",),
    "ї": ("yi", "i", "ji"),
    "є": ("ye", "ie", "je", "e"),
    "ґ": ("g",),
    "ў": ("u", "w"),
}
# At the start of a word or after a vowel or sign, е sounds "ye" (Yevgeny, Sergeyev).
_CYR_E_IOTATED = ("e", "ye", "je")
# Before a vowel, ь is often written y or i (Ilyin, Natalia, Nataliya).
_CYR_SOFT_BEFORE_VOWEL = ("", "y", "i")


def is_cyrillic(ch: str) -> bool:
    """True for Cyrillic letters and supplement letters."""
    return "\u0400" <= ch <= "\u052f"


def cyrillic_units(word: str) -> list[tuple[str, ...]]:
    """Per-letter spelling options for a lower-case Cyrillic word."""
    units: list[tuple[str, ...]] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i > 0 else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch == "е" and (not prev or prev in _CYR_VOWELS or prev in _CYR_SIGNS):
            units.append(_CYR_E_IOTATED)
        elif ch == "ь" and nxt in _CYR_VOWELS:
            units.append(_CYR_SOFT_BEFORE_VOWEL)
        elif ch == "ё" and prev in ("ж", "ш", "ч", "щ"):
            units.append(("e", "o"))
        else:
            units.append(_CYR.get(ch, (fold(anyascii(ch)),)))
    return units


def cyrillic_display(word: str) -> str:
    """Passport-style spelling keeping the source's case (Щукин -> Shchukin, ЩУКИН -> SHCHUKIN)."""
    lower = word.lower()
    units = cyrillic_units(lower)
    out: list[str] = []
    for i, (ch, opts) in enumerate(zip(word, units, strict=True)):
        latin = opts[0]
        if ch != lower[i]:
            nxt = word[i + 1] if i + 1 < len(word) else ""
            whole_upper = nxt.isupper() or (i > 0 and word[i - 1].isupper() and not nxt)
            latin = latin.upper() if whole_upper else latin.capitalize()
        out.append(latin)
    return "".join(out)
