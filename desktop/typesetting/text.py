"""Mixed-script text for badges: script runs, font choice, bidi order, HarfBuzz shaping, fitting.

A name may mix scripts and directions ("Ильсур Metshin", "محمد (Mohammad)"), so a line is split
into runs of one script, font and bidi level; each run is shaped with HarfBuzz (joined Arabic,
Devanagari conjuncts), the runs are put in visual order, and drawn with reportlab. Shaping is
size-independent, so a line is shaped once and cached; widths scale with the font size.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any, Literal

import uharfbuzz as hb
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from desktop.typesetting import fonts
from desktop.typesetting.fonts import Weight

log = logging.getLogger(__name__)

Align = Literal["left", "centre", "right"]

# (first code point, script) — a compact table of the blocks names are written in; a range runs
# to the next entry. "Common" (punctuation, digits, spaces) and "Inherited" (combining marks,
# ZWJ/ZWNJ) join the neighbouring run.
_RANGES: tuple[tuple[int, str], ...] = (
    (0x0000, "Common"),
    (0x0041, "Latin"),
    (0x005B, "Common"),
    (0x0061, "Latin"),
    (0x007B, "Common"),
    (0x00C0, "Latin"),
    (0x02B0, "Common"),
    (0x0300, "Inherited"),
    (0x0370, "Greek"),
    (0x0400, "Cyrillic"),
    (0x0530, "Armenian"),
    (0x0590, "Hebrew"),
    (0x0600, "Arabic"),
    (0x0700, "Syriac"),
    (0x0750, "Arabic"),
    (0x0780, "Thaana"),
    (0x07C0, "Other"),
    (0x08A0, "Arabic"),
    (0x0900, "Devanagari"),
    (0x0980, "Bengali"),
    (0x0A00, "Other"),
    (0x0B80, "Tamil"),
    (0x0C00, "Other"),
    (0x0E00, "Thai"),
    (0x0E80, "Other"),
    (0x10A0, "Georgian"),
    (0x1100, "Hangul"),
    (0x1200, "Ethiopic"),
    (0x13A0, "Other"),
    (0x1AB0, "Inherited"),
    (0x1B00, "Other"),
    (0x1C80, "Cyrillic"),
    (0x1C90, "Other"),
    (0x1D00, "Latin"),
    (0x1DC0, "Inherited"),
    (0x1E00, "Latin"),
    (0x1F00, "Greek"),
    (0x2000, "Common"),
    (0x200C, "Inherited"),
    (0x200E, "Common"),
    (0x20D0, "Inherited"),
    (0x2100, "Common"),
    (0x2C60, "Latin"),
    (0x2C80, "Other"),
    (0x2D80, "Ethiopic"),
    (0x2DE0, "Cyrillic"),
    (0x2E00, "Common"),
    (0x2E80, "Han"),
    (0x3130, "Hangul"),
    (0x3190, "Han"),
    (0xA000, "Other"),
    (0xA640, "Cyrillic"),
    (0xA6A0, "Other"),
    (0xA720, "Latin"),
    (0xA800, "Other"),
    (0xA8E0, "Devanagari"),
    (0xA900, "Other"),
    (0xAB00, "Ethiopic"),
    (0xAB30, "Latin"),
    (0xAB70, "Other"),
    (0xAC00, "Hangul"),
    (0xD7B0, "Other"),
    (0xF900, "Han"),
    (0xFB00, "Latin"),
    (0xFB13, "Other"),
    (0xFB1D, "Hebrew"),
    (0xFB50, "Arabic"),
    (0xFE00, "Inherited"),
    (0xFE10, "Common"),
    (0xFE20, "Inherited"),
    (0xFE30, "Han"),
    (0xFE50, "Common"),
    (0xFE70, "Arabic"),
    (0xFF00, "Han"),
    (0xFFF0, "Common"),
    (0x1E7E0, "Ethiopic"),
    (0x1E800, "Other"),
    (0x1F000, "Common"),
    (0x20000, "Han"),
    (0x323B0, "Other"),
)
_STARTS = [start for start, _ in _RANGES]
_NEUTRAL = frozenset({"Common", "Inherited"})

# Bidi embedding/override/isolate controls and marks: dropped (the import flags them), since a
# name never needs them and a font may draw them as boxes. ZWJ/ZWNJ are kept (Persian needs ZWNJ).
_DROP = re.compile("[\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\x00-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def script_of(char: str) -> str:
    """The script of a character from the compact range table ("Common", "Inherited", "Latin"…)."""
    return _RANGES[bisect.bisect_right(_STARTS, ord(char)) - 1][1]


def clean(text: str) -> str:
    """NFC, no bidi controls, single spaces: the form every other function here works on."""
    text = _DROP.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


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


@dataclass(frozen=True)
class FittedText:
    """A text fitted into a box: the font size and the lines to draw (top to bottom)."""

    size: float
    lines: tuple[str, ...]


def bidi_levels(text: str) -> list[int]:
    """Resolved bidi embedding level of each character (UAX #9 via python-bidi)."""
    if not any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text):
        return [0] * len(text)
    storage: dict[str, Any] = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage, False, False)
    for index, ch in enumerate(storage["chars"]):
        ch["index"] = index
    bidi_algorithm.explicit_embed_and_overrides(storage, False)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for ch in storage["chars"]:
        levels[ch["index"]] = ch["level"]
    # characters removed by rule X9 (ZWJ, ZWNJ…) take their neighbour's level
    out: list[int] = []
    previous = base
    for level in levels:
        previous = previous if level is None else level
        out.append(previous)
    _bracket_pairs(text, out, base)
    return out


def _strong(char: str) -> int | None:
    """0 for a strong left-to-right character, 1 for right-to-left (numbers count as RTL)."""
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return 0
    if kind in ("R", "AL", "EN", "AN"):
        return 1
    return None


def _pair_level(text: str, start: int, end: int, base: int) -> int:
    """Level of a bracket pair: the paragraph's, unless only the other direction is inside and
    before it (rule N0)."""
    inside = {d for d in map(_strong, text[start + 1 : end]) if d is not None}
    if base % 2 in inside or not inside:
        return base
    before = next((d for d in map(_strong, reversed(text[:start])) if d is not None), base % 2)
    return base + 1 if before != base % 2 else base


_OPENING = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}


def _bracket_pairs(text: str, levels: list[int], base: int) -> None:
    """Give both brackets of a pair one level (UAX #9 rule N0, which python-bidi lacks)."""
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char in _OPENING:
            stack.append((_OPENING[char], i))
        elif stack and char == stack[-1][0]:
            _, start = stack.pop()
            if i == start + 1:
                continue
            level = _pair_level(text, start, i, base)
            levels[start] = levels[i] = level
            # spaces just outside the pair follow it, so they do not jump across on reordering
            j = i + 1
            while j < len(text) and text[j] == " ":
                levels[j] = level
                j += 1


def _resolve_scripts(text: str) -> list[str]:
    """Script of each character, with Common/Inherited characters joining a neighbouring run."""
    raw = [script_of(c) for c in text]
    resolved: list[str] = []
    last: str | None = None
    for script in raw:
        if script not in _NEUTRAL:
            last = script
        resolved.append(script if script not in _NEUTRAL else (last or ""))
    following = next((s for s in raw if s not in _NEUTRAL), "Common")
    return [s or following for s in resolved]


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
    scripts = _resolve_scripts(text)
    levels = bidi_levels(text)
    runs: list[TextRun] = []
    start = 0
    current: tuple[str, str, int] | None = None
    for i, char in enumerate(text):
        script = scripts[i]
        neutral = script_of(char) in _NEUTRAL
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


def _visual_order(runs: list[ShapedRun]) -> list[ShapedRun]:
    """Reorder runs for display (UAX #9 rule L2 at run granularity)."""
    if not runs:
        return runs
    levels = [r.run.level for r in runs]
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    order = list(range(len(runs)))
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [runs[i] for i in order]


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
    ordered = _visual_order(shaped)
    return ShapedLine(text, tuple(ordered), sum(r.advance for r in ordered))


def text_width(text: str, size: float, weight: Weight = "regular") -> float:
    """Width in points of a shaped line at a font size."""
    return shape_line(text, weight).width(size)


def draw_line(
    canvas: Any,
    text: str,
    x: float,
    y: float,
    size: float,
    weight: Weight = "regular",
    align: Align = "left",
) -> float:
    """Draw one line of mixed-script text with its baseline at y; returns its width in points.

    ``x`` is the left edge, the centre or the right edge, according to ``align``. The colour is
    the canvas's current fill colour.
    """
    line = shape_line(text, weight)
    width = line.width(size)
    if not line.runs:
        return 0.0
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    obj = canvas.beginText()
    for run in line.runs:
        obj.setTextOrigin(x, y)
        obj.setFont(run.font_name, size)
        obj._textOut(run.glyphs)  # the glyphs are already shaped; skip reportlab's re-measuring
        x += run.advance * size / 1000.0
    canvas.drawText(obj)
    return width


def fit_size(
    text: str, max_width: float, max_size: float, min_size: float, weight: Weight = "regular"
) -> float:
    """Largest size (≤ max_size, in 0.25 pt steps) at which the line fits; never below min_size."""
    advance = shape_line(text, weight).advance
    if advance <= 0:
        return max_size
    size = min(max_size, max_width * 1000.0 / advance)
    size = int(size * 4) / 4.0
    return max(min_size, size)


def _break_points(text: str) -> list[tuple[int, int]]:
    """(end of this line, start of next) where a line may break: spaces, hyphens, between Han."""
    points: list[tuple[int, int]] = []
    for i in range(1, len(text)):
        if text[i] == " ":
            points.append((i, i + 1))
        elif (text[i - 1] in "-‐/" and text[i] != " ") or (
            script_of(text[i - 1]) == "Han" and script_of(text[i]) == "Han"
        ):
            points.append((i, i))
    return points


def _split(text: str, lines: int) -> list[tuple[str, ...]]:
    """Every way to break the text into exactly ``lines`` lines at allowed break points."""
    points = _break_points(text)
    if len(points) < lines - 1:
        return []
    if len(points) > 40:  # a very long text: sample evenly spaced candidates
        step = len(points) / 40
        points = [points[int(i * step)] for i in range(40)]
    out: list[tuple[str, ...]] = []
    for chosen in combinations(points, lines - 1):
        parts: list[str] = []
        start = 0
        for end, nxt in chosen:
            parts.append(text[start:end])
            start = nxt
        parts.append(text[start:])
        if all(p.strip() for p in parts):
            out.append(tuple(p.strip() for p in parts))
    return out


@lru_cache(maxsize=20000)
def fit_lines(
    text: str,
    max_width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
    weight: Weight = "regular",
) -> FittedText:
    """Fit text in a box: shrink first, then wrap into at most ``max_lines`` lines.

    One line is kept while it fits at ``min_size`` or more; otherwise the break that allows the
    biggest size wins. Text never overflows: if even the best wrap does not fit at ``min_size``,
    the size goes below it rather than cutting the text.
    """
    text = clean(text)
    if not text:
        return FittedText(max_size, ())

    def size_for(parts: tuple[str, ...]) -> float:
        widest = max(shape_line(p, weight).advance for p in parts)
        return max_size if widest <= 0 else min(max_size, max_width * 1000.0 / widest)

    best_parts: tuple[str, ...] = (text,)
    best = size_for(best_parts)
    if best < min_size:
        for count in range(2, max_lines + 1):
            for parts in _split(text, count):
                size = size_for(parts)
                if size > best + 0.01:
                    best, best_parts = size, parts
            if best >= min_size:
                break
    return FittedText(int(best * 4) / 4.0, best_parts)
