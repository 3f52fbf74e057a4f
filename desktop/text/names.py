"""How a person's name is written in full, in the order their own language puts it."""

from __future__ import annotations

#: Countries whose names are written family name first in Latin script too.
_FAMILY_FIRST_COUNTRIES = frozenset({"VN", "HU", "KH"})


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0x3040 <= code <= 0x30FF
        or 0xAC00 <= code <= 0xD7AF
    )


def full_name(given: str, family: str, country: str = "") -> str:
    """The native full name: CJK family+given with no space, Vietnamese family first."""
    given, family = given.strip(), family.strip()
    if not given or not family:
        return given or family
    if any(_is_cjk(c) for c in given + family):
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
