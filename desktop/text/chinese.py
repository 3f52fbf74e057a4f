"""Chinese names in pinyin: "Xi Jinping"-style for display (surname, then the given name's
syllables joined), and the joined, spaced, tone-numbered and given-name-first spellings people
type for the search index. Compound surnames and surname readings are handled apart.
"""

from __future__ import annotations

import itertools

from desktop.text.normalise import fold

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


def is_han(ch: str) -> bool:
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


def chinese_display(word: str) -> str:
    """ "习近平" -> "Xi Jinping": surname capitalised, given syllables joined and capitalised."""
    surname, given = _split_chinese_name(word)
    fam = "".join(_u_forms(s)[0] for s in _pinyin(surname, "normal", True))
    giv = "".join(_u_forms(s)[0] for s in _pinyin(given, "normal", False))
    return " ".join(p.capitalize() for p in (fam, giv) if p)


def chinese_variants(word: str) -> set[str]:
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
