"""How a person's name is written in full, in the order their own language puts it."""

from __future__ import annotations

import re

#: Countries whose names are written family name first in Latin script too.
_FAMILY_FIRST_COUNTRIES = frozenset({"VN", "HU", "KH"})


_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\U00020000-\U0002ffff]")


def full_name(given: str, family: str, country: str = "") -> str:
    """The native full name: CJK family+given with no space, Vietnamese family first."""
    given, family = given.strip(), family.strip()
    if not given or not family:
        return given or family
    if not (given + family).isascii() and _CJK.search(given + family):
        return family + given
    if country.upper() in _FAMILY_FIRST_COUNTRIES:
        return f"{family} {given}"
    return f"{given} {family}"


def latin_full_name(given: str, family: str, country: str = "") -> str:
    """The Latin full name; Chinese pinyin keeps the family name first ("Xi Jinping")."""
    given, family = given.strip(), family.strip()
    if not given or not family:
        return given or family
    if country.upper() in _FAMILY_FIRST_COUNTRIES | {"CN", "TW", "HK", "MO", "KR", "KP"}:
        return f"{family} {given}"
    return f"{given} {family}"


def latin_part(part: str) -> str:
    """The Latin form of one name part (a given or a family name) for display.

    A Chinese given name is one word in pinyin ("建华" -> "Jianhua", "欧阳" -> "Ouyang"),
    where transliterating it as a full name would split it in two.
    """
    from desktop.text.translit import to_latin

    part = part.strip()
    if part and not part.isascii() and all(_CJK.match(ch) for ch in part if not ch.isspace()):
        joined = to_latin(part).replace(" ", "").replace("-", "")
        return joined[:1].upper() + joined[1:].lower()
    return to_latin(part)
