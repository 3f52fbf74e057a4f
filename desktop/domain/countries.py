"""Countries by ISO 3166-1 alpha-2 code or English name, through pycountry."""

from __future__ import annotations

import functools

import pycountry

# Common short names that pycountry's fuzzy search gets wrong or does not know.
_EXTRA = {
    "russia": "RU",
    "iran": "IR",
    "vietnam": "VN",
    "viet nam": "VN",
    "turkey": "TR",
    "turkiye": "TR",
    "türkiye": "TR",
    "bolivia": "BO",
    "venezuela": "VE",
    "laos": "LA",
    "uae": "AE",
    "united arab emirates": "AE",
    "south korea": "KR",
    "north korea": "KP",
    "tanzania": "TZ",
    "syria": "SY",
    "moldova": "MD",
    "palestine": "PS",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "congo": "CG",
    "dr congo": "CD",
    "usa": "US",
    "uk": "GB",
}


@functools.lru_cache(maxsize=4096)
def resolve_country(text: str) -> str | None:
    """The alpha-2 code for a code (alpha-2 or alpha-3) or English name; None if unknown."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.isalpha():
        found = pycountry.countries.get(alpha_2=value.upper())
        return found.alpha_2 if found else None
    if len(value) == 3 and value.isalpha():
        found = pycountry.countries.get(alpha_3=value.upper())
        if found:
            return str(found.alpha_2)
    key = value.casefold()
    if key in _EXTRA:
        return _EXTRA[key]
    for country in pycountry.countries:
        names = {
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        }
        if key in {n.casefold() for n in names if n}:
            return str(country.alpha_2)
    return None


# Names as a forum badge prints them, where the ISO short name is long or formal.
_SHORT = {
    "RU": "Russia",
    "IR": "Iran",
    "VN": "Vietnam",
    "TR": "Türkiye",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "LA": "Laos",
    "SY": "Syria",
    "TZ": "Tanzania",
    "KR": "South Korea",
    "KP": "North Korea",
    "MD": "Moldova",
    "PS": "Palestine",
    "CD": "DR Congo",
}


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The English short name of a country code, or the code itself."""
    if code.upper() in _SHORT:
        return _SHORT[code.upper()]
    found = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if not found:
        return code
    return str(getattr(found, "common_name", None) or found.name)
