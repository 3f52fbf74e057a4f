"""Folding, cleaning and transliteration of names in every script the forum sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.desk import Forum
from desktop.text.normalise import clean_text, fold, fold_code, has_forbidden_controls
from desktop.text.translit import latin_variants, to_latin, word_variants


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ильсур  Метшин", "ильсур метшин"),
        ("Семёнов", "семенов"),
        ("İsmail", "ismail"),
        ("Işık", "isik"),
        ("ISIK", "isik"),
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("Đặng Văn Đức", "dang van duc"),
        ("Il'sur", "ilsur"),
        ("Jean-Pierre O’Neil", "jean pierre oneil"),
        ("Straße", "strasse"),
        ("ＡＢＣ", "abc"),
        ("مُحَمَّد", "محمد"),
        ("王芳", "王芳"),
        ("राजेश कुमार", "राजेश कुमार"),
        ("می\u200cخواهم", "میخواهم"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_code_drops_punctuation() -> None:
    assert fold_code(" br-00 12 ") == "br0012"


def test_clean_text_strips_bidi_and_invisibles() -> None:
    assert clean_text("\u202eIvan\u202c \u200bPetrov\ufeff") == "Ivan Petrov"
    assert clean_text("a\u2066b\u2069\u200e") == "ab"
    assert clean_text("  two   spaces\tand\ntabs ") == "two spaces and tabs"


def test_clean_text_keeps_joiners_inside_persian_and_indic_words() -> None:
    persian = "می\u200cخواهم"
    assert clean_text(persian) == persian
    hindi = "क्\u200dष"
    assert clean_text(hindi) == hindi
    assert clean_text("Ivan\u200c Petrov\u200d") == "Ivan Petrov"


def test_clean_text_normalises_to_nfc() -> None:
    assert clean_text("Se\u0301bastien") == "Sébastien"


def test_has_forbidden_controls() -> None:
    assert has_forbidden_controls("Ivan\u202e")
    assert has_forbidden_controls("a\x00b")
    assert has_forbidden_controls("Ivan\u200cPetrov")
    assert not has_forbidden_controls("می\u200cخواهم")
    assert not has_forbidden_controls("Ильсур Метшин")


@pytest.mark.parametrize(
    ("native", "latin"),
    [
        ("Ильсур Метшин", "Ilsur Metshin"),
        ("Семёнов", "Semenov"),
        ("Щукин", "Shchukin"),
        ("ЩУКИН", "SHCHUKIN"),
        ("Жуков", "Zhukov"),
        ("Хабибуллин", "Khabibullin"),
        ("Юлия Цой", "Yuliya Tsoy"),
        ("习近平", "Xi Jinping"),
        ("王芳", "Wang Fang"),
        ("欧阳娜娜", "Ouyang Nana"),
        ("单雄信", "Shan Xiongxin"),
        ("राजेश कुमार", "Rajesh Kumar"),
        ("प्रिया शर्मा", "Priya Sharma"),
        ("محمد", "Mohammed"),
        ("علی رضایی", "Ali Rezaei"),
        ("አበበ ቢቂላ", "Abebe Bikila"),
        ("Nguyễn Thị Hương", "Nguyen Thi Huong"),
        ("Işık", "Isik"),
        ("John Smith", "John Smith"),
        # Armenian by BGN/PCGN as on passports: ու -> u, initial ye/vo, no "rr"
        ("Տիգրան Ավինյան", "Tigran Avinyan"),
        ("Նիկոլ Փաշինյան", "Nikol Pashinyan"),
        ("Ռոբերտ Քոչարյան", "Robert Kocharyan"),
        ("Ծառուկյան", "Tsarukyan"),
        ("Երևան", "Yerevan"),
        ("Ոսկան", "Voskan"),
        ("Ուրիխ", "Urikh"),
        # Georgian by the national system (anyascii follows it)
        ("კახა კალაძე", "Kakha Kaladze"),
        ("ირაკლი კობახიძე", "Irakli Kobakhidze"),
        ("წყალტუბო", "Tsqaltubo"),
        # Korean: Revised Romanization, family name first with its passport spelling
        ("오세훈", "Oh Sehun"),
        ("김정은", "Kim Jeong-eun"),
        ("박근혜", "Park Geunhye"),
        ("남궁민", "Namgung Min"),
        ("세훈", "Sehun"),
        ("오", "Oh"),
        ("설리", "Seolli"),
        ("서울", "Seoul"),
    ],
)
def test_to_latin(native: str, latin: str) -> None:
    assert to_latin(native) == latin


def test_to_latin_thai_is_readable_latin() -> None:
    latin = to_latin("สมชาย ใจดี")
    assert latin and latin.isascii() and latin[0].isupper()


@pytest.mark.parametrize(
    ("native", "variant"),
    [
        ("Семёнов", "semenov"),
        ("Семёнов", "semyonov"),
        ("Семёнов", "semionov"),
        ("Семёнов", "semjonov"),
        ("Ильсур", "ilsur"),
        ("Ильин", "ilyin"),
        ("Андрей", "andrey"),
        ("Андрей", "andrei"),
        ("Андрей", "andrej"),
        ("Хабибуллин", "habibullin"),
        ("Жуков", "jukov"),
        ("Цветков", "cvetkov"),
        ("Яковлев", "iakovlev"),
        ("Яковлев", "jakovlev"),
        ("Юдин", "iudin"),
        ("Юдин", "judin"),
        ("Евгений", "yevgeniy"),
        ("Евгений", "evgenii"),
        ("Евгений", "jevgenij"),
        ("Щукин", "schukin"),
        ("Ильсур Метшин", "ilsur metshin"),
        ("王芳", "wang fang"),
        ("王芳", "wangfang"),
        ("王芳", "fang wang"),
        ("王芳", "wang2 fang1"),
        ("吕布", "lyu bu"),
        ("吕布", "lv bu"),
        ("Nguyễn Thị Hương", "nguyen thi huong"),
        ("محمد", "muhammad"),
        ("محمد", "mohamed"),
        ("राजेश", "rajesh"),
        ("Ավինյան", "avinyan"),
        ("Ավինյան", "avinian"),
        ("Ծառուկյան", "tsarukyan"),
        ("Ծառուկյան", "tsarrowkyan"),
        ("오세훈", "oh sehun"),
        ("오세훈", "oh se hoon"),
        ("오세훈", "o sehun"),
        ("오세훈", "sehoon oh"),
        ("이재명", "lee jae myung"),
        ("이재명", "yi jaemyeong"),
    ],
)
def test_latin_variants(native: str, variant: str) -> None:
    assert variant in latin_variants(native)


def test_latin_variants_are_folded_and_bounded() -> None:
    variants = latin_variants("Щербаков Юрий Евгеньевич")
    assert variants
    assert all(v == fold(v) for v in variants)
    assert len(variants) <= 200


def test_korean_variants_are_few_and_the_same_in_every_process() -> None:
    """The search index keeps every spelling only while a word has at most 64 of them."""
    for name in ("오세훈", "남궁민수", "이재명", "윤석열"):
        variants = word_variants(name)
        assert 0 < len(variants) <= 64
        assert all(v == fold(v) for v in variants)


@pytest.mark.parametrize(
    ("given", "family", "country", "latin"),
    [
        ("Տիգրան", "Ավինյան", "Armenia", "Tigran Avinyan"),
        ("კახა", "კალაძე", "GE", "Kakha Kaladze"),
        ("세훈", "오", "Republic of Korea", "Oh Sehun"),
        ("재명", "이", "KR", "Lee Jaemyeong"),
    ],
)
def test_import_without_latin_columns_gives_readable_latin_names(
    forum: Forum, tmp_path: Path, given: str, family: str, country: str, latin: str
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "registration_code,given_name,family_name,delegation,country,category\n"
        f"X-1,{given},{family},City,{country},Head of delegation\n",
        encoding="utf-8",
    )
    forum.importer.import_file(path)
    person = forum.participants.get("X-1")
    assert person.latin_name == latin
    assert person.latin_name.isascii()
    assert [p.registration_code for p in forum.search.query(latin.split()[-1], limit=5)] == ["X-1"]


def test_empty_input() -> None:
    assert to_latin("") == ""
    assert latin_variants("   ") == set()
