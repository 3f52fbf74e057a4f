"""Korean names in Latin letters: Revised Romanization, with the surnames Koreans write.

anyascii reads Hangul a syllable at a time with capitals inside ("오세훈" -> "OSeHun", "박" ->
"Bag"). Here each syllable is split into its initial, vowel and final jamo and romanised by the
Revised Romanization of Korean (2000), as it applies to personal names: no sound changes across
syllables (except ㄹㄹ -> ll), a hyphen only where two syllables could be misread ("정은" ->
"Jeong-eun", "석열" -> "Seok-yeol", "세운" -> "Se-un", but "재명" -> "Jaemyeong"). A word of three or four syllables is read as family name +
given name, and the family name takes the spelling Korean passports use ("오세훈" -> "Oh Sehun",
"김정은" -> "Kim Jeong-eun", "남궁민" -> "Namgung Min").

For search, each syllable also carries its common pre-2000 spelling (eo -> u, yeo -> yu,
u -> oo, ui -> ee, initial g -> k: "Se-hoon", "Jae-myung", "Suk-yeol"), and each surname its
other spellings (Lee/I/Yi/Rhee, Park/Bak/Pak).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from anyascii import anyascii

_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")  # fmt: skip
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
_POPULAR_VOWELS = {"eo": "u", "yeo": "yu", "u": "oo", "ui": "ee"}
_RIEUL = 5  # initial ㄹ
_IEUNG = 11  # initial ㅇ (no sound)
_FINAL_RIEUL = 8

# Family names as Korean passports and the press write them (first), then the other spellings.
_SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("Kim", "Gim"), "이": ("Lee", "I", "Yi", "Rhee"), "박": ("Park", "Bak", "Pak"),
    "최": ("Choi", "Choe"), "정": ("Jung", "Jeong", "Chung"), "강": ("Kang", "Gang"),
    "조": ("Cho", "Jo"), "윤": ("Yoon", "Yun"), "장": ("Jang", "Chang"), "임": ("Lim", "Im", "Yim"),
    "한": ("Han",), "오": ("Oh", "O"), "서": ("Seo", "Suh"), "신": ("Shin", "Sin"),
    "권": ("Kwon", "Gwon"), "황": ("Hwang",), "안": ("Ahn", "An"), "송": ("Song",),
    "전": ("Jeon", "Jun", "Chun"), "홍": ("Hong",), "유": ("Yoo", "Yu"), "류": ("Ryu", "Yoo", "Yu"),
    "고": ("Ko", "Go"), "문": ("Moon", "Mun"), "양": ("Yang",), "손": ("Son", "Sohn"),
    "배": ("Bae",), "백": ("Baek", "Paik"), "허": ("Heo", "Hur"), "남": ("Nam",),
    "심": ("Shim", "Sim"), "노": ("Noh", "No", "Roh"), "하": ("Ha",), "곽": ("Kwak", "Gwak"),
    "성": ("Sung", "Seong"), "차": ("Cha",), "주": ("Joo", "Ju"), "우": ("Woo", "U"),
    "구": ("Koo", "Gu"), "민": ("Min",), "진": ("Jin",), "나": ("Na", "Ra"), "지": ("Ji",),
    "엄": ("Um", "Eom"), "채": ("Chae",), "원": ("Won",), "천": ("Cheon", "Chun"),
    "방": ("Bang",), "공": ("Kong", "Gong"), "현": ("Hyun", "Hyeon"), "함": ("Ham",),
    "변": ("Byun", "Byeon"), "염": ("Yeom", "Yum"), "여": ("Yeo",), "추": ("Choo", "Chu"),
    "도": ("Do",), "석": ("Seok", "Suk"), "선": ("Sun", "Seon"), "설": ("Seol", "Sul"),
    "마": ("Ma",), "길": ("Gil", "Kil"), "연": ("Yeon", "Yun"), "표": ("Pyo",),
    "명": ("Myung", "Myeong"), "기": ("Ki", "Gi"), "반": ("Ban", "Pan"), "왕": ("Wang",),
    "금": ("Keum", "Geum"), "옥": ("Ok",), "육": ("Yook", "Yuk"), "인": ("In",),
    "맹": ("Maeng",), "제": ("Je",), "모": ("Mo",), "탁": ("Tak",), "국": ("Kook", "Guk"),
    "은": ("Eun",), "편": ("Pyun", "Pyeon"), "용": ("Yong",), "예": ("Ye",),
    "경": ("Kyung", "Gyeong"), "봉": ("Bong",), "사": ("Sa",), "태": ("Tae",), "위": ("Wi",),
    "남궁": ("Namgung", "Namkoong"), "황보": ("Hwangbo",), "제갈": ("Jegal",),
    "선우": ("Sunwoo", "Seonu"), "독고": ("Dokgo",), "사공": ("Sagong",),
    "서문": ("Seomun",), "동방": ("Dongbang",),
}  # fmt: skip


def is_hangul(ch: str) -> bool:
    """True for Hangul syllables and jamo (conjoining, compatibility, extended)."""
    cp = ord(ch)
    return (
        0xAC00 <= cp <= 0xD7A3
        or 0x1100 <= cp <= 0x11FF
        or 0x3130 <= cp <= 0x318F
        or 0xA960 <= cp <= 0xA97F
        or 0xD7B0 <= cp <= 0xD7FF
    )


def _parts(ch: str) -> tuple[int, int, int] | None:
    """(initial, vowel, final) jamo indices of a precomposed syllable; None for anything else."""
    index = ord(ch) - 0xAC00
    if not 0 <= index < 11172:
        return None
    return index // 588, (index % 588) // 28, index % 28


def _syllable_options(ch: str, previous: str) -> tuple[str, ...]:
    """Revised Romanization of a syllable, then its common older spelling if it differs."""
    parts = _parts(ch)
    if parts is None:
        loose = anyascii(ch).lower()
        return (loose,) if loose else ("",)
    initial, vowel, final = parts
    before = _parts(previous) if previous else None
    onset = _INITIALS[initial]
    if initial == _RIEUL and before is not None and before[2] == _FINAL_RIEUL:
        onset = "l"
    nucleus = _VOWELS[vowel]
    rr = onset + nucleus + _FINALS[final]
    popular_onset = "k" if onset == "g" else onset
    popular_nucleus = _POPULAR_VOWELS.get(nucleus, nucleus)
    if initial == _IEUNG and nucleus in ("u", "yeo"):
        popular_nucleus = {"u": "woo", "yeo": "you"}[nucleus]
    popular = popular_onset + popular_nucleus + _FINALS[final]
    return (rr,) if popular == rr else (rr, popular)


_VOWEL_LETTERS = frozenset("aeiouwy")
# Vowel letters that, run together, would read as another vowel ("세운": Se-un, not Seun).
_DIGRAPHS = frozenset({"ae", "eo", "eu", "oe", "ui"})


def _needs_hyphen(ch: str, latin_before: str, latin: str) -> bool:
    """A hyphen where the joined form could be misread (the Revised Romanization's rule)."""
    parts = _parts(ch)
    if parts is None or not latin_before or not latin:
        return False
    if parts[0] == _IEUNG:  # the syllable starts with its vowel
        last = latin_before[-1]
        return last not in _VOWEL_LETTERS or last + latin[0] in _DIGRAPHS
    return latin_before.endswith("n") and latin.startswith("g")  # Han-gang, not Hang-ang


def _given_units(given: str) -> list[tuple[str, ...]]:
    return [_syllable_options(ch, given[i - 1] if i else "") for i, ch in enumerate(given)]


def _given_display(given: str) -> str:
    out = ""
    for i, (ch, options) in enumerate(zip(given, _given_units(given), strict=True)):
        if i and _needs_hyphen(ch, out, options[0]):
            out += "-"
        out += options[0]
    return out.capitalize()


def split_name(word: str) -> tuple[str, str]:
    """(family name, given name) of a Korean word: three or four syllables are a full name.

    One syllable that is a family name, or a two-syllable family name alone, is a family
    name; other words (a given name, a place) are returned whole as the second part.
    """
    if word in _SURNAMES:
        return word, ""
    if 3 <= len(word) <= 4:
        if word[:2] in _SURNAMES:
            return word[:2], word[2:]
        if word[:1] in _SURNAMES:
            return word[:1], word[1:]
    return "", word


def _surname_options(surname: str) -> tuple[str, ...]:
    rr = "".join(options[0] for options in _given_units(surname)).capitalize()
    return tuple(dict.fromkeys((*_SURNAMES.get(surname, ()), rr)))


@lru_cache(maxsize=50_000)
def korean_to_latin(word: str) -> str:
    """Readable Latin form of one Hangul word: "오세훈" -> "Oh Sehun", "세훈" -> "Sehun"."""
    surname, given = split_name(word)
    parts = [_surname_options(surname)[0] if surname else "", _given_display(given)]
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=50_000)
def korean_variants(word: str) -> frozenset[str]:
    """Lower-case spellings of one Hangul word: surname forms, given name joined or spaced."""
    surname, given = split_name(word)
    units = _given_units(given)
    # a handful of forms (at most about 40), so the search index keeps them all in every process
    joined = sorted({"".join(p) for p in itertools.islice(itertools.product(*units), 4)})
    givens = [*joined, _given_display(given).lower().replace("-", " ")]
    if len(units) > 1:
        givens += [" ".join(u[0] for u in units), " ".join(u[-1] for u in units)]
    givens = [g for g in dict.fromkeys(givens) if g]
    if not surname:
        return frozenset(givens)
    out: set[str] = set()
    for family in (s.lower() for s in _surname_options(surname)[:3]):
        out.add(family)
        for form in givens:
            out.add(f"{family} {form}")
            if " " not in form:
                out.update((family + form, f"{form} {family}"))
    return frozenset(out)
