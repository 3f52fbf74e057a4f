"""Arabic-script names (Arabic, Persian, Urdu) in Latin letters.

Common names come from a table (محمد -> Mohammed, with Muhammad, Mohamed, ... for matching);
other names get a guess at the short vowels Arabic does not write (حمدان -> Hamdan,
العتيبي -> Al-Atibi) with the usual alternative spellings.
"""

from __future__ import annotations

import itertools
import unicodedata

from anyascii import anyascii

from desktop.text.normalise import fold

ARABIC_NAMES: dict[str, tuple[str, ...]] = {
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


def is_arabic(ch: str) -> bool:
    """True for the Arabic blocks (Arabic, Persian, Urdu letters)."""
    cp = ord(ch)
    return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF


def arabic_key(word: str) -> str:
    """Spelling-neutral key: vowel marks dropped, ي/ی/ى, ك/ک, ة/ه and hamza seats unified."""
    return fold(word).translate(_ARABIC_UNIFY)


# Consonants of the Arabic script (Persian and Urdu letters too), by sound.
_ARABIC_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v",
}  # fmt: skip
ARABIC_PARTICLES: dict[str, tuple[str, ...]] = {
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
    letters = [ch for ch in word if is_arabic(ch) and not unicodedata.combining(ch)]
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


def arabic_guess_variants(word: str, cap: int) -> set[str]:
    """Folded spellings of a guessed name (Al-Otaibi, Alotaibi, Otaibi, El Utaybi, ...),
    fewer than ``cap`` (the dispatcher's limit of spellings per word)."""
    article, units = _arabic_units(word)
    if not units:
        return set()
    size = 1
    for opts in units:
        size *= len(opts)
    if size > cap // 2:
        units = [opts[:2] for opts in units]
    # In order of likelihood and capped, so every process indexes the same spellings.
    bodies = ["".join(p) for p in itertools.islice(itertools.product(*units), 32)]
    prefixes = ("al ", "", "al", "el ") if article else ("",)
    spellings = dict.fromkeys(fold(prefix + body) for body in bodies for prefix in prefixes)
    return set(itertools.islice((s for s in spellings if s), cap - 8))


def arabic_options(word: str) -> tuple[str, ...]:
    """Known romanisations of a common name, else a guess with the usual alternatives."""
    key = arabic_key(word)
    known = ARABIC_NAMES.get(key) or ARABIC_PARTICLES.get(key)
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
