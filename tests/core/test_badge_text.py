"""Every script a forum sees gets a covering font, clean shaping, joined RTL Arabic, conjuncts."""

from __future__ import annotations

import pytest

from desktop.typesetting import fonts
from desktop.typesetting.text import bidi_levels, fit_lines, shape_line, split_runs

SAMPLES = {
    "russian": "Ильсур Метшин",
    "tatar": "Рөстәм Миңнеханов җәйге һөнәр",
    "kazakh": "Қасым-Жомарт Тоқаев ғұлама",
    "belarusian": "Аляксандр Лукашэнка ўласны",
    "chinese": "习近平 王毅",
    "arabic": "محمد بن راشد آل مكتوم",
    "persian": "علی‌رضا زاکانی پژوهش گچ",
    "hindi": "नरेन्द्र क्षत्रिय",
    "amharic": "አበበ ቢቂላ",
    "thai": "สมชาย ใจดี",
    "vietnamese": "Nguyễn Thị Minh Khai Đặng Ưng",
    "turkish": "Şükrü Gündoğdu İğdır",
    "portuguese": "João Conceição",
    "bengali": "রবীন্দ্রনাথ ঠাকুর",
    "tamil": "முத்துவேல் கருணாநிதி",
    "hebrew": "דוד בן גוריון",
    "armenian": "Տիգրան Ավինյան",
    "georgian": "კახა კალაძე",
    "korean": "오세훈",
    "korean-mixed": "남궁민 (Namgung Min) 윤석열",
}

# The shipped family that must draw each of these names (a box otherwise: no other font has them).
SCRIPT_FONTS = {"armenian": "armenian", "georgian": "georgian", "korean": "hangul"}


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_character_has_a_glyph_and_shapes_without_notdef(name: str, weight: str) -> None:
    text = SAMPLES[name]
    for run in split_runs(text, weight):  # type: ignore[arg-type]
        cmap = fonts.char_map(run.family, weight)  # type: ignore[arg-type]
        missing = [f"U+{ord(c):04X}" for c in run.text if c != "\u200c" and ord(c) not in cmap]
        assert not missing, (run.family, missing)
    for shaped in shape_line(text, weight).runs:  # type: ignore[arg-type]
        assert 0 not in shaped.glyph_ids, (name, shaped.run.text)


@pytest.mark.parametrize("name", ["arabic", "persian"])
def test_arabic_is_joined_and_right_to_left(name: str) -> None:
    word = SAMPLES[name].split()[0]
    line = shape_line(word)
    (run,) = line.runs
    assert run.run.rtl
    isolated = [shape_line(ch).runs[0].glyph_ids[0] for ch in word if ch != "\u200c"]
    assert list(run.glyph_ids) != isolated  # contextual (joined) forms were chosen
    assert list(run.clusters) == sorted(run.clusters, reverse=True)  # visual order is RTL


def test_devanagari_ksha_forms_a_conjunct() -> None:
    (run,) = shape_line("क्ष").runs
    assert len(run.glyph_ids) < len("क्ष")


def test_mixed_direction_orders_runs_visually() -> None:
    line = shape_line("Ali (علی) Reza")
    texts = [r.run.text.strip() for r in line.runs]
    assert texts[0].startswith("Ali") and texts[-1] == "Reza"
    assert bidi_levels("محمد 2024")[0] == 1


def test_long_name_shrinks_then_wraps_without_cutting_words() -> None:
    name = "João Conceição de Albuquerque Vasconcelos"
    fitted = fit_lines(name, 200, 26, 15, 2, "bold")
    assert len(fitted.lines) == 2
    assert " ".join(fitted.lines) == name
    assert all(shape_line(ln, "bold").width(fitted.size) <= 200.01 for ln in fitted.lines)
    short = fit_lines("Li Wei", 200, 26, 15, 2, "bold")
    assert short.lines == ("Li Wei",) and short.size == 26


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize("name", sorted(SCRIPT_FONTS))
def test_armenian_georgian_korean_letters_are_in_the_font_the_layout_picks(
    name: str, weight: str
) -> None:
    text = SAMPLES[name]
    runs = split_runs(text, weight)  # type: ignore[arg-type]
    assert [r.family for r in runs] == [SCRIPT_FONTS[name]]
    cmap = fonts.char_map(SCRIPT_FONTS[name], weight)  # type: ignore[arg-type]
    assert all(ord(c) in cmap for c in text)
    (shaped,) = shape_line(text, weight).runs  # type: ignore[arg-type]
    assert 0 not in shaped.glyph_ids
    assert len(shaped.glyph_ids) == len(text)  # one glyph per letter: nothing dropped or boxed


def test_the_korean_font_draws_every_hangul_syllable_and_jamo() -> None:
    for weight in ("regular", "bold"):
        cmap = fonts.char_map("hangul", weight)  # type: ignore[arg-type]
        assert all(cp in cmap for cp in range(0xAC00, 0xD7A4))  # all 11,172 syllables
        assert all(cp in cmap for cp in range(0x3131, 0x3164))  # compatibility jamo
        assert all(cp in cmap for cp in range(0x41, 0x5B))
