"""Countries by ISO 3166-1 alpha-2 code or English name, through pycountry."""

from __future__ import annotations

import functools
import re
import unicodedata

import pycountry

# Common short names that pycountry's fuzzy search gets wrong or does not know, keyed by
# their normalised form (see ``_key``).
_EXTRA = {
    "russia": "RU",
    "russia federation": "RU",
    "iran": "IR",
    "islamic republic of iran": "IR",
    "vietnam": "VN",
    "viet nam": "VN",
    "turkey": "TR",
    "turkiye": "TR",
    "bolivia": "BO",
    "venezuela": "VE",
    "laos": "LA",
    "lao pdr": "LA",
    "uae": "AE",
    "united arab emirates": "AE",
    "emirates": "AE",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "korea republic": "KR",
    "korea south": "KR",
    "north korea": "KP",
    "dprk": "KP",
    "korea north": "KP",
    "tanzania": "TZ",
    "syria": "SY",
    "moldova": "MD",
    "palestine": "PS",
    "state of palestine": "PS",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "cote divoire": "CI",
    "cote d ivoire": "CI",
    "congo": "CG",
    "republic of congo": "CG",
    "congo brazzaville": "CG",
    "dr congo": "CD",
    "drc": "CD",
    "democratic republic of congo": "CD",
    "congo kinshasa": "CD",
    "usa": "US",
    "us": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "prc": "CN",
    "china prc": "CN",
    "mainland china": "CN",
    "brunei": "BN",
    "burma": "MM",
    "cape verde": "CV",
    "swaziland": "SZ",
    "east timor": "TL",
    "macedonia": "MK",
    "fyrom": "MK",
    "vatican": "VA",
    "vatican city": "VA",
    "holy see": "VA",
    "micronesia": "FM",
    "saint kitts and nevis": "KN",
    "saint lucia": "LC",
    "saint vincent and grenadines": "VC",
    "sao tome": "ST",
    "kosovo": "XK",
    "taiwan": "TW",
    "hong kong": "HK",
    "hong kong sar": "HK",
    "macao sar": "MO",
    "macau": "MO",
    "macao": "MO",
    "ksa": "SA",
    "kingdom of saudi arabia": "SA",
    "russian federation": "RU",
    "kyrgyz republic": "KG",
    "slovak republic": "SK",
    "the netherlands": "NL",
    "holland": "NL",
    "belorussia": "BY",
    "byelorussia": "BY",
    "persia": "IR",
}
#: Codes that ISO 3166-1 leaves to users but forums meet (Kosovo), with a name.
_USER_ASSIGNED = {"XK": "Kosovo"}


def _key(text: str) -> str:
    """A name folded for comparison: case, accents, punctuation, "the", "St." and "&" forgiven."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("&", " and ").replace("'", "").replace("\u2019", "")
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    words = ["saint" if w in ("st", "ste") else w for w in words]
    if len(words) > 1 and all(len(w) == 1 for w in words):  # U.S.A., U.K.
        words = ["".join(words)]
    # "Iran (Islamic Republic of)", "Korea, Republic of": the "of" clause comes first.
    if "of" in words and words[-1] == "of":
        cut = words.index("of")
        words = words[cut + 1 : -1] + words[:cut] if cut < len(words) - 1 else words[:-1]
    words = [w for w in words if w not in ("the", "of")]
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every English name pycountry knows (short, common, official) by its ``_key``."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, "")
            if value:
                names.setdefault(_key(value), str(country.alpha_2))
    for name, code in _EXTRA.items():
        names[_key(name)] = code
    return names


@functools.lru_cache(maxsize=4096)
def resolve_country(text: str) -> str | None:
    """The alpha-2 code for a code (alpha-2, alpha-3 or numeric) or English name; None if unknown."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.isalpha() and value.isascii():
        upper = value.upper()
        found = pycountry.countries.get(alpha_2=upper)
        if found:
            return str(found.alpha_2)
        if upper in _USER_ASSIGNED:
            return upper
    if len(value) == 3 and value.isalpha() and value.isascii():
        found = pycountry.countries.get(alpha_3=value.upper())
        if found:
            return str(found.alpha_2)
    if value.isdigit() and len(value) <= 3:
        found = pycountry.countries.get(numeric=value.zfill(3))
        return str(found.alpha_2) if found else None
    return _names().get(_key(value))


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
    "GB": "United Kingdom",
    "BN": "Brunei",
    "VA": "Vatican",
    "FM": "Micronesia",
    "US": "United States",
}


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The English short name of a country code, or the code itself."""
    if code.upper() in _SHORT:
        return _SHORT[code.upper()]
    if code.upper() in _USER_ASSIGNED:
        return _USER_ASSIGNED[code.upper()]
    found = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if not found:
        return code
    return str(getattr(found, "common_name", None) or found.name)
