"""Latin transliteration of names, for display and for matching.

`to_latin` gives one readable form for a badge or a list when the Latin name is missing:
Cyrillic by the Russian passport scheme of 1997–2010 (Семёнов -> Semenov, Щ -> Shch,
Й -> Y, Я -> Ya, soft and hard signs dropped) with Tatar, Bashkir, Ukrainian and Kazakh
letters; Chinese by pypinyin, "Xi Jinping"-style (surname, then the given name's syllables
joined); Devanagari by a small Hindi scheme with final-schwa deletion (राजेश -> Rajesh);
common Arabic and Persian names from a table (محمد -> Mohammed), other Arabic-script
names by a guess at the unwritten short vowels (حمدان -> Hamdan, العتيبي -> Al-Atibi);
Thai by RTGS syllable rules (`desktop.text.thai`: สมชาย -> Somchai); Armenian by BGN/PCGN as
on Armenian passports (`desktop.text.armenian`: Տիգրան Ավինյան -> Tigran Avinyan); Korean by the
Revised Romanization with passport surnames (`desktop.text.korean`: 오세훈 -> Oh Sehun);
everything else (Georgian, whose national romanisation anyascii follows: კახა კალაძე ->
Kakha Kaladze; Ethiopic, ...) through anyascii, capitalised.

`latin_variants` gives the folded spellings people actually type for the same name
(Semenov/Semyonov/Semionov/Semjonov, Ilsur/Ilysur, Kh/H, Zh/J, Ts/C, Ya/Ia/Ja,
pinyin with tone numbers, joined, or given name first): the search index stores them
beside the native form so a query in any of them is an exact hit.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from anyascii import anyascii

from desktop.text.armenian import armenian_to_latin, armenian_units, is_armenian
from desktop.text.korean import is_hangul, korean_to_latin, korean_variants
from desktop.text.normalise import clean_text, fold
from desktop.text.thai import is_thai, thai_to_latin, thai_units

logger = logging.getLogger(__name__)

MAX_WORD_VARIANTS = 64
"""Cap on spellings per word: enough for every common scheme, small enough to index 100k names."""

MAX_PHRASE_VARIANTS = 128

# ---------------------------------------------------------------- Cyrillic

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


def _is_cyrillic(ch: str) -> bool:
    """True for Cyrillic letters and supplement letters."""
    return "\u0400" <= ch <= "\u052f"


def _cyrillic_units(word: str) -> list[tuple[str, ...]]:
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


def _cyrillic_display(word: str) -> str:
    """Passport-style spelling keeping the source's case (Щукин -> Shchukin, ЩУКИН -> SHCHUKIN)."""
    lower = word.lower()
    units = _cyrillic_units(lower)
    out: list[str] = []
    for i, (ch, opts) in enumerate(zip(word, units, strict=True)):
        latin = opts[0]
        if ch != lower[i]:
            nxt = word[i + 1] if i + 1 < len(word) else ""
            whole_upper = nxt.isupper() or (i > 0 and word[i - 1].isupper() and not nxt)
            latin = latin.upper() if whole_upper else latin.capitalize()
        out.append(latin)
    return "".join(out)


# ---------------------------------------------------------------- Chinese

_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "司徒",
        "东方",
        "皇甫",
        "慕容",
        "令狐",
        "夏侯",
        "尉迟",
        "公孙",
        "长孙",
        "宇文",
        "轩辕",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "呼延",
        "澹台",
        "公冶",
        "宗政",
        "濮阳",
        "淳于",
        "单于",
        "太叔",
        "申屠",
        "仲孙",
        "钟离",
        "闻人",
        "万俟",
    ]
)
# Surname readings pypinyin gets wrong outside a surname context.
_SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "尉迟": "yuchi",
    "单于": "chanyu",
    "万俟": "moqi",
    "长孙": "zhangsun",
    "秘": "bi",
    "缪": "miao",
    "翟": "zhai",
    "召": "shao",
    "种": "chong",
    "任": "ren",
}


def _is_han(ch: str) -> bool:
    """True for CJK unified ideographs (basic, extensions, compatibility)."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
    )


def _split_chinese_name(word: str) -> tuple[str, str]:
    """Surname and given name of a Chinese name written without a space."""
    if len(word) >= 3 and word[:2] in _COMPOUND_SURNAMES:
        return word[:2], word[2:]
    if len(word) >= 2:
        return word[:1], word[1:]
    return word, ""


def _pinyin(text: str, style: str, surname: bool) -> list[str]:
    """Syllables of a Han run; v for ü as pypinyin writes it in the plain style.

    ``style`` is "normal" or "tone3"; pypinyin loads on first use (its dictionaries take
    half a second, which the app's start-up should not pay).
    """
    from pypinyin import Style, lazy_pinyin

    st = Style.NORMAL if style == "normal" else Style.TONE3
    if surname and text in _SURNAME_READINGS:
        reading = _SURNAME_READINGS[text]
        return [reading] if style == "normal" else lazy_pinyin(text, style=st)
    if surname and text[:1] in _SURNAME_READINGS and style == "normal":
        return [_SURNAME_READINGS[text[:1]], *lazy_pinyin(text[1:], style=st)]
    return [s for s in lazy_pinyin(text, style=st) if s.strip()]


def _u_forms(syllable: str) -> tuple[str, ...]:
    """ü spellings: lv (pypinyin), lyu (PRC passports), lu and lü folded."""
    if "v" not in syllable:
        return (syllable,)
    return (syllable.replace("v", "yu"), syllable.replace("v", "u"), syllable)


def _chinese_display(word: str) -> str:
    """ "习近平" -> "Xi Jinping": surname capitalised, given syllables joined and capitalised."""
    surname, given = _split_chinese_name(word)
    fam = "".join(_u_forms(s)[0] for s in _pinyin(surname, "normal", True))
    giv = "".join(_u_forms(s)[0] for s in _pinyin(given, "normal", False))
    return " ".join(p.capitalize() for p in (fam, giv) if p)


def _chinese_variants(word: str) -> set[str]:
    """Joined, spaced, tone-numbered and given-name-first pinyin spellings of one Han word."""
    surname, given = _split_chinese_name(word)
    fam_syl = _pinyin(surname, "normal", True)
    giv_syl = _pinyin(given, "normal", False)
    out: set[str] = set()
    for fam_opts in itertools.islice(itertools.product(*(_u_forms(s) for s in fam_syl)), 4):
        for giv_opts in itertools.islice(itertools.product(*(_u_forms(s) for s in giv_syl)), 4):
            fam, giv = "".join(fam_opts), "".join(giv_opts)
            parts = [p for p in (fam, giv) if p]
            out.add(" ".join(parts))
            out.add("".join(parts))
            out.add(" ".join(reversed(parts)))
            out.add(" ".join([*fam_opts, *giv_opts]))
    tone = _pinyin(surname, "tone3", True) + _pinyin(given, "tone3", False)
    out.add(" ".join(tone))
    out.add("".join(tone))
    return {fold(v) for v in out if v}


# ---------------------------------------------------------------- Devanagari

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


def _is_devanagari(ch: str) -> bool:
    """True for the Devanagari block."""
    return "\u0900" <= ch <= "\u097f"


def _devanagari_units(word: str) -> list[tuple[str, ...]]:
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


# ---------------------------------------------------------------- Arabic script

# Common Arabic and Persian names: the display form first, then the usual alternatives.
_ARABIC_NAMES: dict[str, tuple[str, ...]] = {
    "محمد": ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad"),
    "احمد": ("Ahmed", "Ahmad"),
    "محمود": ("Mahmoud", "Mahmud"),
    "علي": ("Ali",),
    "حسن": ("Hassan", "Hasan"),
    "حسين": ("Hussein", "Hossein", "Husain", "Hussain", "Husayn"),
    "عمر": ("Omar", "Umar"),
    "خالد": ("Khalid", "Khaled"),
    "يوسف": ("Youssef", "Yusuf", "Yousef", "Yousif"),
    "ابراهيم": ("Ibrahim", "Ebrahim"),
    "عبدالله": ("Abdullah", "Abdallah", "Abdulla"),
    "عبد الله": ("Abdullah", "Abdallah"),
    "عبدالرحمن": ("Abdulrahman", "Abdelrahman", "Abdurrahman"),
    "مصطفي": ("Mustafa", "Mostafa"),
    "فاطمه": ("Fatima", "Fatemeh", "Fatma"),
    "عايشه": ("Aisha", "Aysha", "Aishah"),
    "مريم": ("Maryam", "Mariam"),
    "زينب": ("Zainab", "Zeynab", "Zaynab"),
    "نور": ("Nour", "Noor", "Nur"),
    "ساره": ("Sara", "Sarah"),
    "سارا": ("Sara",),
    "ليلي": ("Layla", "Leila", "Laila"),
    "ليلا": ("Leila", "Layla"),
    "رضا": ("Reza", "Rida", "Ridha"),
    "رضايي": ("Rezaei", "Rezaee", "Rezai"),
    "حسيني": ("Hosseini", "Husseini"),
    "محمدي": ("Mohammadi", "Mohamadi"),
    "احمدي": ("Ahmadi",),
    "كريمي": ("Karimi",),
    "موسوي": ("Mousavi", "Musavi"),
    "جعفري": ("Jafari", "Jaafari"),
    "صالح": ("Saleh", "Salih"),
    "سعيد": ("Saeed", "Said", "Saied"),
    "منصور": ("Mansour", "Mansur"),
    "ناصر": ("Nasser", "Nasir", "Naser"),
    "كريم": ("Karim", "Kareem"),
    "طارق": ("Tariq", "Tarek"),
    "جمال": ("Jamal", "Gamal"),
    "سلمان": ("Salman",),
    "فيصل": ("Faisal", "Faysal"),
    "سلطان": ("Sultan",),
    "امير": ("Amir",),
    "مهدي": ("Mehdi", "Mahdi"),
    "زهرا": ("Zahra",),
    "زهراء": ("Zahraa", "Zahra"),
    "پريسا": ("Parisa",),
    "الهاشمي": ("Al-Hashimi", "Al Hashemi", "Hashimi"),
    "المنصوري": ("Al-Mansouri", "Al Mansoori", "Mansouri"),
    "الشمري": ("Al-Shammari", "Al Shammari", "Shammari"),
    "العلي": ("Al-Ali", "Al Ali"),
    "ال سعود": ("Al Saud",),
    "حداد": ("Haddad",),
    "نجار": ("Najjar", "Najar"),
    "خوري": ("Khoury", "Khouri"),
    "عباس": ("Abbas",),
    "قاسم": ("Qasim", "Kassem", "Ghasem"),
    "رحيمي": ("Rahimi",),
    "تهراني": ("Tehrani",),
    "نوري": ("Nouri", "Noori"),
}
_ARABIC_UNIFY = str.maketrans({"ي": "ي", "ی": "ي", "ى": "ي", "ك": "ك", "ک": "ك", "ة": "ه",
                               "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ۀ": "ه", "ئ": "ي",
                               "ؤ": "و"})  # fmt: skip


def _is_arabic(ch: str) -> bool:
    """True for the Arabic blocks (Arabic, Persian, Urdu letters)."""
    cp = ord(ch)
    return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF


def _arabic_key(word: str) -> str:
    """Spelling-neutral key: vowel marks dropped, ي/ی/ى, ك/ک, ة/ه and hamza seats unified."""
    return fold(word).translate(_ARABIC_UNIFY)


# Consonants of the Arabic script (Persian and Urdu letters too), by sound.
_ARABIC_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v",
}  # fmt: skip
_ARABIC_PARTICLES: dict[str, tuple[str, ...]] = {
    "بن": ("bin", "ben", "ibn"),
    "ابن": ("Ibn", "Ben"),
    "بنت": ("bint",),
    "ابو": ("Abu", "Abou"),
    "عبد": ("Abd", "Abdul", "Abdel"),
    "ال": ("Al", "El"),
}


# Other ways names write the same Arabic sound (Qasim/Kassem/Gasem, Jamal/Gamal, ...).
_ARABIC_SOUND_OPTIONS: dict[str, tuple[str, ...]] = {
    "q": ("q", "k", "g"),
    "j": ("j", "g", "dj"),
    "th": ("th", "s", "t"),
    "dh": ("dh", "z", "d"),
    "kh": ("kh", "h"),
    "gh": ("gh", "g"),
    "w": ("w", "v"),
    "a": ("a", "aa", "e"),
    "u": ("u", "ou", "o", "oo"),
    "i": ("i", "ai", "ee", "ei", "ay"),
}


def _arabic_sounds(word: str) -> list[tuple[str, str]]:
    """(kind, Latin) per letter: C consonant, V long vowel, A a word-initial ayn (a, o, u
    or e in names); short vowels are not written."""
    out: list[tuple[str, str]] = []
    letters = [ch for ch in word if _is_arabic(ch) and not unicodedata.combining(ch)]
    for i, ch in enumerate(letters):
        prev = out[-1][0] if out else ""
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if ch in "اأآٱ":
            out.append(("V", "a"))
        elif ch == "إ":
            out.append(("V", "i"))
        elif ch == "ع":
            out.append(("A", "a") if not out else ("C", ""))
        elif ch in "ءئؤ":
            out.append(("V", "i") if ch == "ئ" and prev == "C" else ("C", ""))
        elif ch in "ةى":
            out.append(("V", "a"))
        elif ch == "و":
            vowel = prev == "C" and (not nxt or nxt not in "اويى")
            out.append(("V", "u") if vowel else ("C", "w"))
        elif ch in "يی":
            vowel = prev == "C" and (not nxt or nxt not in "اويى")
            out.append(("V", "i") if vowel else ("C", "y"))
        elif ch in _ARABIC_CONSONANTS:
            out.append(("C", _ARABIC_CONSONANTS[ch]))
    return [s for s in out if s[1]]


def _arabic_units(word: str) -> tuple[bool, list[tuple[str, ...]]]:
    """Whether the word starts with the article al-, and spelling options per sound of
    the rest, the likeliest first: the short vowels Arabic does not write are put where
    names usually have them (Hamdan, Rashid, Karim, Hasan)."""
    article = word.startswith("ال") and len(word) > 3
    sounds = _arabic_sounds(word[2:] if article else word)
    long_vowels = sum(1 for kind, _ in sounds[1:] if kind == "V")
    units: list[tuple[str, ...]] = []
    for i, (kind, latin) in enumerate(sounds):
        if kind == "A":
            units.append(("a", "o", "u", "e"))
        else:
            units.append(_ARABIC_SOUND_OPTIONS.get(latin, (latin,)))
        if kind != "C" or i + 1 >= len(sounds) or sounds[i + 1][0] != "C":
            continue
        if i == 0:
            units.append(("a", "e", "o", "u"))
        elif i + 2 == len(sounds):  # a final pair of consonants: Rashid, Hasan
            units.append(("i", "e") if long_vowels else ("a", "e"))
    return article, units


def _arabic_guess(word: str) -> str:
    """A readable guess for a name the table does not know (العتيبي -> Al-Atibi).

    Not a dictionary: good enough to read aloud and to search with, and the importer
    keeps any Latin name the file gives.
    """
    article, units = _arabic_units(word)
    rest = "".join(u[0] for u in units).capitalize()
    if article:
        return f"Al-{rest}" if rest else "Al"
    return rest


def _arabic_guess_variants(word: str) -> set[str]:
    """Folded spellings of a guessed name (Al-Otaibi, Alotaibi, Otaibi, El Utaybi, ...)."""
    article, units = _arabic_units(word)
    if not units:
        return set()
    size = 1
    for opts in units:
        size *= len(opts)
    if size > MAX_WORD_VARIANTS // 2:
        units = [opts[:2] for opts in units]
    # In order of likelihood and capped, so every process indexes the same spellings.
    bodies = ["".join(p) for p in itertools.islice(itertools.product(*units), 32)]
    prefixes = ("al ", "", "al", "el ") if article else ("",)
    spellings = dict.fromkeys(fold(prefix + body) for body in bodies for prefix in prefixes)
    return set(itertools.islice((s for s in spellings if s), MAX_WORD_VARIANTS - 8))


def _arabic_options(word: str) -> tuple[str, ...]:
    """Known romanisations of a common name, else a guess with the usual alternatives."""
    key = _arabic_key(word)
    known = _ARABIC_NAMES.get(key) or _ARABIC_PARTICLES.get(key)
    if known:
        return known
    if key.startswith("عبد") and len(key) > 4:  # عبدالعزيز -> Abdulaziz
        rest = _arabic_guess(key[5:] if key[3:5] == "ال" else key[3:]).lower()
        if rest:
            return (f"Abdul{rest}", f"Abdel{rest}", f"Abd al-{rest}", f"Abdal{rest}")
    guess = _arabic_guess(word)
    if not guess:
        raw = anyascii(word).replace("`", "").replace("'", "")  # ayn and hamza marks
        return (raw.capitalize(),) if raw else ()
    options = [guess]
    if guess.startswith("Al-"):
        options += [guess[3:], "El-" + guess[3:], "Al" + guess[3:].lower()]
    options.append(anyascii(word).replace("`", "").replace("'", "").capitalize())
    return tuple(dict.fromkeys(o for o in options if o))


# ---------------------------------------------------------------- general


def _runs(word: str) -> list[tuple[str, str]]:
    """Split a word into (script, text) runs: cyr, han, deva, arab, thai, armn, kor, other."""
    runs: list[tuple[str, str]] = []
    for ch in word:
        if _is_cyrillic(ch):
            kind = "cyr"
        elif _is_han(ch):
            kind = "han"
        elif _is_devanagari(ch):
            kind = "deva"
        elif _is_arabic(ch):
            kind = "arab"
        elif is_thai(ch):
            kind = "thai"
        elif is_armenian(ch):
            kind = "armn"
        elif is_hangul(ch):
            kind = "kor"
        else:
            kind = "other"
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + ch)
        else:
            runs.append((kind, ch))
    return runs


def _tidy(latin: str) -> str:
    """anyascii output as a name: glottal apostrophes dropped, each word capitalised."""
    words = latin.replace("`", "").replace("'", "").split()
    return " ".join(w.capitalize() if w.islower() else w for w in words)


@lru_cache(maxsize=100_000)
def _word_to_latin(word: str) -> str:
    """Display transliteration of one space-free word."""
    out: list[str] = []
    for kind, run in _runs(word):
        if kind == "cyr":
            out.append(_cyrillic_display(run))
        elif kind == "han":
            out.append(_chinese_display(run))
        elif kind == "deva":
            out.append("".join(u[0] for u in _devanagari_units(run)).capitalize())
        elif kind == "arab":
            opts = _arabic_options(run)
            out.append(opts[0] if opts else "")
        elif kind == "thai":
            out.append(thai_to_latin(run))
        elif kind == "armn":
            out.append(armenian_to_latin(run))
        elif kind == "kor":
            out.append(korean_to_latin(run))
        else:
            out.append(_tidy(anyascii(run)) if not run.isascii() else run)
    return "".join(out)


def to_latin(text: str) -> str:
    """Readable Latin form of a name in any script, for display when no Latin name is known."""
    cleaned = clean_text(text)
    key = _arabic_key(cleaned)
    if " " in key and key in _ARABIC_NAMES:
        return _ARABIC_NAMES[key][0]
    return " ".join(w for w in (_word_to_latin(word) for word in cleaned.split()) if w)


def _expand(units: Sequence[tuple[str, ...]], cap: int) -> set[str]:
    """All spellings from per-sign options; beyond cap only the two commonest options per sign."""
    size = 1
    for opts in units:
        size *= len(opts)
        if size > cap:
            break
    if size > cap:
        units = [opts[:2] for opts in units]
    return {"".join(p) for p in itertools.islice(itertools.product(*units), cap)}


@lru_cache(maxsize=200_000)
def word_variants(word: str) -> frozenset[str]:
    """Folded Latin spellings of one word (a Han word may give spaced forms like "wang fang")."""
    out: set[str] = set()
    pieces: list[set[str]] = []
    for kind, run in _runs(clean_text(word)):
        low = run.lower()
        if kind == "cyr":
            pieces.append(_expand(_cyrillic_units(low), MAX_WORD_VARIANTS))
        elif kind == "han":
            pieces.append(_chinese_variants(run))
        elif kind == "deva":
            pieces.append(_expand(_devanagari_units(run), MAX_WORD_VARIANTS))
        elif kind == "arab":
            options = {fold(o) for o in _arabic_options(run)}
            key = _arabic_key(run)
            if key not in _ARABIC_NAMES and key not in _ARABIC_PARTICLES:
                options |= _arabic_guess_variants(run)
            pieces.append(options)
        elif kind == "thai":
            pieces.append(_expand(thai_units(run), MAX_WORD_VARIANTS))
        elif kind == "armn":
            pieces.append(_expand(armenian_units(run), MAX_WORD_VARIANTS))
        elif kind == "kor":
            pieces.append(set(korean_variants(run)))
        else:
            pieces.append({fold(anyascii(run))})
    for combo in itertools.islice(itertools.product(*pieces), MAX_WORD_VARIANTS):
        out.add(fold("".join(combo)) if len(pieces) > 1 else combo[0])
    out.add(fold(anyascii(word)))
    out.discard("")
    return frozenset(out)


def latin_variants(text: str) -> set[str]:
    """Folded alternative Latin spellings of a whole name, used for matching."""
    cleaned = clean_text(text)
    key = _arabic_key(cleaned)
    per_word: list[Iterable[str]] = []
    if " " in key and key in _ARABIC_NAMES:
        per_word.append({fold(o) for o in _ARABIC_NAMES[key]})
    else:
        per_word = [sorted(word_variants(w)) for w in cleaned.split()]
    if not per_word:
        return set()
    phrases = {
        " ".join(p) for p in itertools.islice(itertools.product(*per_word), MAX_PHRASE_VARIANTS)
    }
    phrases.add(fold(to_latin(cleaned)))
    phrases.add(fold(anyascii(cleaned)))
    phrases.discard("")
    return phrases


_NON_LATIN_LETTER = re.compile("[^\\W\\d_\u0000-\u024f\u1e00-\u1eff]")


def needs_transliteration(text: str) -> bool:
    """True when the text holds letters outside Latin, so variants are worth computing."""
    return not text.isascii() and _NON_LATIN_LETTER.search(text) is not None
