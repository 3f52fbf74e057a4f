"""Armenian names in Latin letters, after BGN/PCGN 1981 as Armenian passports write them.

Letter-by-letter transliteration (anyascii) reads ու as "ow" and ռ as "rr", and misses the
initial "ye" and "vo" ("Ծառուկյան" -> "Tsarrowkyan", "Երևան" -> "Erevan"). Here ու is u,
ե is ye at the start of a word and after a vowel, ո is vo at the start (but ու stays u),
և is ev (yev at the start), and the apostrophes of aspirated letters are dropped:
"Տիգրան Ավինյան" -> "Tigran Avinyan", "Ռոբերտ Քոչարյան" -> "Robert Kocharyan",
"Եղիշե" -> "Yeghishe", "Ոսկան" -> "Voskan".

Each unit carries the spellings people actually write for it (ու: u or ou, ռ: r or rr,
ե: ye or e): the first is the passport one, the rest feed the search index.
"""

from __future__ import annotations

_LETTERS: dict[str, tuple[str, ...]] = {
    "ա": ("a",), "բ": ("b",), "գ": ("g",), "դ": ("d",), "ե": ("e", "ye"), "զ": ("z",),
    "է": ("e",), "ը": ("y", "e", "u"), "թ": ("t", "th"), "ժ": ("zh", "j"), "ի": ("i",),
    "լ": ("l",), "խ": ("kh", "x", "h"), "ծ": ("ts", "c"), "կ": ("k",), "հ": ("h",),
    "ձ": ("dz",), "ղ": ("gh",), "ճ": ("ch",), "մ": ("m",), "յ": ("y", "j", "i"), "ն": ("n",),
    "շ": ("sh",), "ո": ("o", "vo"), "չ": ("ch",), "պ": ("p",), "ջ": ("j", "dj"),
    "ռ": ("r", "rr"), "ս": ("s",), "վ": ("v",), "տ": ("t",), "ր": ("r",), "ց": ("ts", "c"),
    "ւ": ("v", "w"), "փ": ("p", "ph"), "ք": ("k", "q"), "և": ("ev", "yev"), "օ": ("o",),
    "ֆ": ("f",),
}  # fmt: skip
_VOWELS = frozenset({"ա", "ե", "է", "ը", "ի", "ո", "օ", "ու"})
# Word-initial forms: ե -> ye, ո -> vo, և -> yev (the passport form first).
_INITIAL: dict[str, tuple[str, ...]] = {"ե": ("ye", "e"), "ո": ("vo", "o"), "և": ("yev", "ev")}


def is_armenian(ch: str) -> bool:
    """True for Armenian letters and marks (U+0530–U+058F, and the ligatures at U+FB13)."""
    cp = ord(ch)
    return 0x0530 <= cp <= 0x058F or 0xFB13 <= cp <= 0xFB17


def armenian_units(word: str) -> list[tuple[str, ...]]:
    """Spelling options of each sound in a word, the passport form first."""
    text = word.lower().replace("\ufb13", "մն").replace("\ufb14", "մե")
    text = text.replace("\ufb15", "մի").replace("\ufb16", "վն").replace("\ufb17", "մխ")
    units: list[tuple[str, ...]] = []
    previous = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith("ու", i):
            units.append(("u", "ou"))
            previous, i = "ու", i + 2
            continue
        options = _LETTERS.get(ch)
        if options is None:  # apostrophe-like marks (՚ ՛ ՜ ՞), full stops: not part of a name
            i += 1
            continue
        if ch in _INITIAL and not previous:
            options = _INITIAL[ch]
        elif ch == "ե" and previous in _VOWELS:
            options = ("ye", "e")
        units.append(options)
        previous = ch
        i += 1
    return units


def armenian_to_latin(word: str) -> str:
    """The passport spelling of one Armenian word, capitalised (all capitals stay capitals)."""
    latin = "".join(options[0] for options in armenian_units(word))
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return latin.upper()
    return latin.capitalize()
