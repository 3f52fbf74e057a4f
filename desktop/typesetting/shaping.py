"""Shaping a line: runs of one script, font and bidi level, each shaped with HarfBuzz into
reportlab glyphs and put in visual order. Shaping is size-independent, so a line is shaped
once and cached; widths scale with the font size."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from desktop.typesetting import fonts
from desktop.typesetting.bidi import bidi_levels, visual_order
from desktop.typesetting.fonts import Weight
from desktop.typesetting.scripts import NEUTRAL, clean, resolve_scripts, script_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TextRun:
    """A stretch of logical text drawn with one font at one bidi level."""

    text: str
    script: str
    family: str
    level: int

    @property
    def rtl(self) -> bool:
        """Odd bidi levels run right to left."""
        return self.level % 2 == 1


@dataclass(frozen=True)
class ShapedRun:
    """A run shaped by HarfBuzz: reportlab glyph string (visual order) and advance in 1/1000 em."""

    run: TextRun
    font_name: str
    glyphs: Any  # reportlab ShapedStr
    glyph_ids: tuple[int, ...]
    clusters: tuple[int, ...]
    advance: float


@dataclass(frozen=True)
class ShapedLine:
    """A whole line: shaped runs in visual (left-to-right) order and the total advance per em."""

    text: str
    runs: tuple[ShapedRun, ...]
    advance: float

    def width(self, size: float) -> float:
        """Width in points at a font size."""
        return self.advance * size / 1000.0


_family_cache: dict[tuple[int, str, str], str] = {}


def family_for(
    char: str, script: str, weight: Weight = "regular", prefer: str | None = None
) -> str:
    """The first font family that covers the character: preferred, script's, then fallbacks."""
    cp = ord(char)
    key = (cp, script if prefer is None else f"{script}/{prefer}", weight)
    found = _family_cache.get(key)
    if found is not None:
        return found
    chain = ((prefer,) if prefer else ()) + fonts.SCRIPT_FAMILIES.get(script, ())
    chain += fonts.FALLBACK_ORDER
    found = next((f for f in chain if fonts.covers(f, weight, cp)), None)
    if found is None:
        if unicodedata.category(char)[0] not in "CZ":
            log.warning("no shipped font covers U+%04X", cp)
        found = chain[0]
    _family_cache[key] = found
    return found


def split_runs(text: str, weight: Weight = "regular") -> list[TextRun]:
    """Split cleaned logical text into runs of one script, font family and bidi level."""
    if not text:
        return []
    scripts = resolve_scripts(text)
    levels = bidi_levels(text)
    runs: list[TextRun] = []
    start = 0
    current: tuple[str, str, int] | None = None
    for i, char in enumerate(text):
        script = scripts[i]
        neutral = script_of(char) in NEUTRAL
        # a space, digit or mark stays in its neighbour's font when that font has it
        prefer = current[1] if neutral and current and current[0] == script else None
        key = (script, family_for(char, script, weight, prefer), levels[i])
        if current is not None and key != current:
            runs.append(TextRun(text[start:i], current[0], current[1], current[2]))
            start = i
        current = key
    assert current is not None
    runs.append(TextRun(text[start:], current[0], current[1], current[2]))
    return runs


_hb_fonts: dict[str, Any] = {}


@lru_cache(maxsize=20000)
def shape_run(run: TextRun, weight: Weight = "regular") -> ShapedRun:
    """Shape one run with HarfBuzz into a reportlab ShapedStr (glyphs in visual order)."""
    name = fonts.font_name(run.family, weight)
    ttf = fonts.rl_font(run.family, weight)
    hb_font = _hb_fonts.get(name)
    if hb_font is None:
        hb_font = _hb_fonts[name] = ttf.hbFont(1000)  # also enables ttf.hbAddPrivate
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(run.text)
    buf.direction = "rtl" if run.rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(hb_font, buf, {"kern": True, "liga": True})
    glyph_to_char = ttf.face.glyphToChar
    char_widths = ttf.face.charWidths
    chars: list[str] = []
    data: list[Any] = []
    gids: list[int] = []
    clusters: list[int] = []
    advance = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            uchar = glyph_to_char[gid][0]
        except (KeyError, IndexError):
            uchar = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        advance += x_advance
        chars.append(chr(uchar))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                char_widths[uchar],
            )
        )
        gids.append(gid)
        clusters.append(info.cluster)
    glyphs = ShapedStr("".join(chars), shapeData=data)
    return ShapedRun(run, name, glyphs, tuple(gids), tuple(clusters), advance)


@lru_cache(maxsize=20000)
def shape_line(text: str, weight: Weight = "regular") -> ShapedLine:
    """Clean, split, shape and order a line of text; cached because badges repeat strings."""
    text = clean(text)
    shaped = [shape_run(r, weight) for r in split_runs(text, weight)]
    ordered = [shaped[i] for i in visual_order([r.run.level for r in shaped])]
    return ShapedLine(text, tuple(ordered), sum(r.advance for r in ordered))
