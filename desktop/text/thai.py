"""Thai names in Latin letters, after the Royal Thai General System (RTGS).

Thai writes no vowel for many syllables and puts some vowels before the consonant they
follow in speech, so letter-by-letter transliteration (anyascii) gives unreadable forms
("สมชาย" -> "Smchay"). This reads a word syllable by syllable: leading vowels, initial
consonant clusters, vowel signs, the inherent vowel (o in a closed syllable, a in an open
one), final consonants with their final sounds, and silent letters (the thanthakhat ์).
Good for names, not a dictionary: "สมชาย ใจดี" -> "Somchai Chaidi", "ทักษิณ" -> "Thaksin",
"ประยุทธ์ จันทร์โอชา" -> "Prayut Chanocha", "กรุงเทพ" -> "Krungthep".

Each unit carries the spellings people actually write for it (จ: ch or j, ี: i or ee, final
ร: n or r, ...): the first is the RTGS one, the rest feed the search index.
"""

from __future__ import annotations

# Initial sound options (RTGS first) and the final sound (RTGS first).
_CONSONANTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ก": (("k",), ("k",)),
    "ข": (("kh", "k"), ("k",)),
    "ฃ": (("kh", "k"), ("k",)),
    "ค": (("kh", "k"), ("k",)),
    "ฅ": (("kh", "k"), ("k",)),
    "ฆ": (("kh", "k"), ("k",)),
    "ง": (("ng",), ("ng",)),
    "จ": (("ch", "j"), ("t",)),
    "ฉ": (("ch",), ("t",)),
    "ช": (("ch", "sh"), ("t",)),
    "ซ": (("s",), ("t",)),
    "ฌ": (("ch",), ("t",)),
    "ญ": (("y",), ("n",)),
    "ฎ": (("d",), ("t",)),
    "ฏ": (("t",), ("t",)),
    "ฐ": (("th", "t"), ("t", "th")),
    "ฑ": (("th", "t"), ("t", "th")),
    "ฒ": (("th", "t"), ("t", "th")),
    "ณ": (("n",), ("n",)),
    "ด": (("d",), ("t", "d")),
    "ต": (("t",), ("t",)),
    "ถ": (("th", "t"), ("t", "th")),
    "ท": (("th", "t"), ("t", "th")),
    "ธ": (("th", "t"), ("t", "th")),
    "น": (("n",), ("n",)),
    "บ": (("b",), ("p", "b")),
    "ป": (("p",), ("p",)),
    "ผ": (("ph", "p"), ("p",)),
    "ฝ": (("f",), ("p",)),
    "พ": (("ph", "p"), ("p", "ph")),
    "ฟ": (("f",), ("p",)),
    "ภ": (("ph", "p"), ("p", "ph")),
    "ม": (("m",), ("m",)),
    "ย": (("y",), ("i", "y")),
    "ร": (("r",), ("n", "r")),
    "ล": (("l",), ("n", "l")),
    "ว": (("w", "v"), ("o", "w")),
    "ศ": (("s",), ("t",)),
    "ษ": (("s",), ("t",)),
    "ส": (("s",), ("t",)),
    "ห": (("h",), ("",)),
    "ฬ": (("l",), ("n",)),
    "อ": (("",), ("",)),
    "ฮ": (("h",), ("",)),
}
_LEADING = frozenset("เแโใไ")
# Vowel signs written after, above or below the consonant.
_FOLLOWING = frozenset("ะัาำิีึืุู็")
_TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_THANTHAKHAT = "\u0e4c"
# Two-consonant initials; ทร, ศร and สร sound s.
_CLUSTERS = {
    "กร": ("kr",), "กล": ("kl",), "กว": ("kw",), "ขร": ("khr", "kr"), "ขล": ("khl", "kl"),
    "ขว": ("khw", "kw"), "คร": ("khr", "kr"), "คล": ("khl", "kl"), "คว": ("khw", "kw"),
    "ปร": ("pr",), "ปล": ("pl",), "พร": ("phr", "pr"), "พล": ("phl", "pl"),
    "ผล": ("phl", "pl"), "ตร": ("tr",), "บร": ("br",), "บล": ("bl",), "ดร": ("dr",),
    "ฟร": ("fr",), "ฟล": ("fl",), "ทร": ("s", "tr"), "ศร": ("s", "sr"), "สร": ("s", "sr"),
}  # fmt: skip
# ห and อ before a sonorant only set the tone: หม -> m, อย -> y.
_SILENT_LEAD = {"ห": frozenset("งญนมยรลว"), "อ": frozenset("ย")}

Unit = tuple[str, ...]


def is_thai(ch: str) -> bool:
    """True for the Thai block."""
    return "\u0e00" <= ch <= "\u0e7f"


def _strip(word: str) -> str:
    """Tone marks dropped; a letter (with its i or u vowel) under a thanthakhat is silent."""
    out: list[str] = []
    for ch in word:
        if ch == _THANTHAKHAT:
            while out and out[-1] in "ิุ":
                out.pop()
            if out and out[-1] in _CONSONANTS:
                silenced = out.pop()
                # ทร์, ตร์ after a final: both letters are silent (จันทร์ chan, ศาสตร์ sat).
                if (
                    silenced == "ร"
                    and len(out) >= 2
                    and out[-1] in "ทตด"
                    and out[-2] in _CONSONANTS
                ):
                    out.pop()
            continue
        if ch in _TONE_MARKS:
            continue
        out.append(ch)
    return "".join(out)


def thai_units(word: str) -> list[Unit]:
    """Spelling options per sound of one Thai word, RTGS first."""
    w = _strip(word)
    n = len(w)
    units: list[Unit] = []

    def consonant(j: int) -> bool:
        return j < n and w[j] in _CONSONANTS

    def starts_syllable(j: int) -> bool:
        """A consonant at j that a vowel sign (or รร) follows, so it begins a syllable."""
        return consonant(j) and (
            (j + 1 < n and (w[j + 1] in _FOLLOWING or w[j + 1] == "อ")) or w[j + 1 : j + 3] == "รร"
        )

    def opens_last(j: int, sign: str) -> bool:
        """Whether the consonant at j begins a last syllable with the word's last letter
        as its final (นิพน: ni-phon, อุดม: u-dom), rather than closing this one.

        Not after ั, which always takes a final, nor before a silent final ร (ประวิตร).
        """
        if sign == "ั" or j + 2 != n or not consonant(j + 1):
            return False
        return not (w[j + 1] == "ร" and w[j] in "กจดตท")

    i = 0
    closed = False  # the previous syllable ended in a consonant
    while i < n:
        lead = w[i] if w[i] in _LEADING else ""
        if lead:
            i += 1
        if not consonant(i):
            if i < n and w[i] not in _LEADING:
                units.append((w[i],) if w[i].isascii() else ())
                i += 1
            continue
        start = i
        first = w[i]
        i += 1
        initial: Unit = _CONSONANTS[first][0]
        pair = first + w[i] if i < n else ""
        if (
            pair in _CLUSTERS
            and (lead or (i + 1 < n and (w[i + 1] in _FOLLOWING or w[i + 1] in "อ")))
            and not (lead and i + 1 < n and w[i + 1] in _FOLLOWING and pair[1] == "ว")
        ):
            initial = _CLUSTERS[pair]
            i += 1
        elif (
            first in _SILENT_LEAD
            and i < n
            and w[i] in _SILENT_LEAD[first]
            and (lead or (i + 1 < n and (w[i + 1] in _FOLLOWING or w[i + 1] == "อ")))
        ):
            initial = _CONSONANTS[w[i]][0]
            i += 1
        vowel: Unit | None = None
        can_close = True
        nxt = w[i] if i < n else ""
        sign = nxt
        after = w[i + 1] if i + 1 < n else ""
        if lead == "เ":
            if nxt == "า" and after == "ะ":
                vowel, i = ("o", "aw"), i + 2
                can_close = False
            elif nxt == "า":
                vowel, i = ("ao", "ow", "au"), i + 1
                can_close = False
            elif nxt == "ี" and after == "ย":
                vowel, i = ("ia", "ie", "iya"), i + 2
                if i < n and w[i] == "ะ":
                    i += 1
            elif nxt == "ื" and after == "อ":
                vowel, i = ("uea", "ua"), i + 2
            elif nxt == "ิ" or (nxt == "อ" and not starts_syllable(i)):
                vowel, i = ("oe", "er"), i + 1
            elif nxt in "ะ็":
                vowel, i = ("e",), i + 1
                can_close = nxt == "็"
            elif nxt == "ย" and not starts_syllable(i):  # เลย: loei
                vowel = ("oe", "e")
            else:
                vowel = ("e", "ay")
        elif lead == "แ":
            if nxt in "ะ็":
                i += 1
            vowel = ("ae", "e")
        elif lead == "โ":
            if nxt == "ะ":
                i += 1
                can_close = False
            vowel = ("o", "oh")
        elif lead in ("ใ", "ไ"):
            vowel = ("ai", "ay")
            if nxt == "ย" and not starts_syllable(i):  # ไทย: the ย is silent
                i += 1
            can_close = False
        elif nxt == "ะ":
            vowel, i, can_close = ("a",), i + 1, False
        elif nxt == "ั":
            if after == "ว":
                vowel, i = ("ua",), i + 2
            elif after == "ย" and not starts_syllable(i + 1):
                vowel, i, can_close = ("ai", "ay"), i + 2, False
            else:
                vowel, i = ("a",), i + 1
        elif nxt == "า":
            vowel, i = ("a",), i + 1
        elif nxt == "ำ":
            vowel, i, can_close = ("am", "um"), i + 1, False
        elif nxt in "ิ":
            vowel, i = ("i",), i + 1
        elif nxt == "ี":
            vowel, i = ("i", "ee"), i + 1
        elif nxt in "ึ":
            vowel, i = ("ue", "eu", "u"), i + 1
        elif nxt == "ื":
            vowel, i = ("ue", "eu", "u"), i + 2 if after == "อ" else i + 1
        elif nxt == "ุ":
            vowel, i = ("u",), i + 1
        elif nxt == "ู":
            vowel, i = ("u", "oo"), i + 1
        elif nxt == "็":
            vowel, i = ("o", "a"), i + 1
            if i < n and w[i] == "อ":
                i += 1
        elif nxt == "อ" and not starts_syllable(i):
            vowel, i = ("o", "or"), i + 1
        elif nxt == "ว" and consonant(i + 1) and not starts_syllable(i + 1):
            vowel, i = ("ua",), i + 1
        elif nxt == "ร" and after == "ร":  # รร: a with the next final, or an
            if consonant(i + 2) and not starts_syllable(i + 2):
                vowel, i = ("a",), i + 2
            else:
                vowel, i, can_close = ("an",), i + 2, False
        if vowel is None:
            # No written vowel: a lone letter right after a closed syllable is silent
            # (the ท of จันทร์ once the ร is dropped); otherwise the inherent vowel.
            if closed and start == i - 1 and not consonant(i):
                closed = True
                continue
            if consonant(i) and not starts_syllable(i):
                if i + 2 == n and consonant(i + 1):  # ขนม: kha-nom, not khon-m
                    vowel, can_close = ("a",), False
                else:
                    vowel = ("o",)
            else:
                vowel, can_close = ("a",), False
        units.append(initial)
        units.append(vowel)
        closed = False
        if (
            can_close
            and consonant(i)
            and not starts_syllable(i)
            and w[i] != "อ"
            and not opens_last(i, sign)
        ):
            units.append(_CONSONANTS[w[i]][1])
            i += 1
            closed = True
            # A second final letter (ศักดิ์ before its mark, ชินวัตร) is silent.
            while consonant(i) and not starts_syllable(i) and (i + 1 >= n or w[i + 1] in _LEADING):
                i += 1
    return [u for u in units if u]


def thai_to_latin(word: str) -> str:
    """The RTGS-style spelling of one Thai word, capitalised."""
    return "".join(u[0] for u in thai_units(word)).capitalize()
