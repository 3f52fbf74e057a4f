"""Thai names in Latin letters (RTGS syllable rules) and the spellings search accepts."""

from __future__ import annotations

import pytest

from desktop.text.thai import thai_to_latin
from desktop.text.translit import latin_variants, to_latin, word_variants


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("สมชาย", "Somchai"),  # inherent o in a closed syllable
        ("ใจดี", "Chaidi"),  # leading vowel
        ("ทักษิณ", "Thaksin"),
        ("ประยุทธ์", "Prayut"),  # cluster, silent letter under the thanthakhat
        ("จันทร์โอชา", "Chanocha"),  # ทร์ after a final: both silent
        ("กรุงเทพ", "Krungthep"),
        ("อนุทิน", "Anuthin"),  # inherent a in an open syllable
        ("ยิ่งลักษณ์", "Yinglak"),
        ("ไทย", "Thai"),
        ("ขนม", "Khanom"),
        ("เชียงใหม่", "Chiangmai"),
        ("ภูเก็ต", "Phuket"),
        ("สุรินทร์", "Surin"),
        ("ประวิตร", "Prawit"),  # silent final ร
        ("วงษ์สุวรรณ", "Wongsuwan"),  # รร
        ("เลย", "Loei"),
    ],
)
def test_rtgs_spelling(thai: str, latin: str) -> None:
    assert thai_to_latin(thai) == latin


def test_full_name_and_the_spellings_people_type() -> None:
    assert to_latin("สมชาย ใจดี") == "Somchai Chaidi"
    assert {"somchai", "somchay"} <= word_variants("สมชาย")
    assert {"jaidee", "chaidi"} <= word_variants("ใจดี")
    assert "somchai chaidi" in latin_variants("สมชาย ใจดี")


def test_arabic_names_outside_the_table_get_vowels_and_the_article() -> None:
    assert to_latin("حمدان") == "Hamdan"
    assert to_latin("العتيبي") == "Al-Atibi"
    assert to_latin("عبدالعزيز") == "Abdulaziz"
    assert to_latin("بن سلمان") == "bin Salman"
    assert {"atibi", "al otaibi", "alotaibi", "otaibi"} <= word_variants("العتيبي")
    assert {"hamdan"} <= word_variants("حمدان") and "gamal" in word_variants("جمال")
