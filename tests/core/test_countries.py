"""Country columns as organisers type them: ISO codes, short, long and old English names."""

from __future__ import annotations

import pytest

from desktop.domain.countries import country_name, resolve_country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("RU", "RU"),
        ("ru", "RU"),
        ("RUS", "RU"),
        ("643", "RU"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        (" russia ", "RU"),
        ("China", "CN"),
        ("People's Republic of China", "CN"),
        ("Brazil", "BR"),
        ("South Africa", "ZA"),
        ("Iran", "IR"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Iran, Islamic Republic of", "IR"),
        ("United Arab Emirates", "AE"),
        ("UAE", "AE"),
        ("UK", "GB"),
        ("U.S.A.", "US"),
        ("Democratic Republic of the Congo", "CD"),
        ("Republic of Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Viet Nam", "VN"),
        ("Lao PDR", "LA"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d Ivoire", "CI"),
        ("Bosnia & Herzegovina", "BA"),
        ("St. Kitts and Nevis", "KN"),
        ("The Gambia", "GM"),
        ("Cape Verde", "CV"),
        ("Burma", "MM"),
        ("Kosovo", "XK"),
    ],
)
def test_resolves(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["", "Narnia", "ZZ", "XX", "999", "Россия"])
def test_unknown(text: str) -> None:
    assert resolve_country(text) is None


def test_names_for_badges() -> None:
    assert country_name("RU") == "Russia"
    assert country_name("GB") == "United Kingdom"
    assert country_name("XK") == "Kosovo"
