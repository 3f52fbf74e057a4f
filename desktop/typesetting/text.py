"""Mixed-script lines for every PDF: measure, draw, and fit into a box (shrink, then wrap).

A name may mix scripts and directions ("Ильсур Metshin", "محمد (Mohammad)"), so a line is split
into runs of one script, font and bidi level; each run is shaped with HarfBuzz (joined Arabic,
Devanagari conjuncts), the runs are put in visual order, and drawn with reportlab. The pieces
live beside this module (``scripts``, ``bidi``, ``shaping``); their names are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any, Literal

from desktop.typesetting.bidi import bidi_levels
from desktop.typesetting.fonts import Weight
from desktop.typesetting.scripts import clean, script_of
from desktop.typesetting.shaping import (
    ShapedLine,
    ShapedRun,
    TextRun,
    family_for,
    shape_line,
    shape_run,
    split_runs,
)

__all__ = [
    "Align",
    "FittedText",
    "ShapedLine",
    "ShapedRun",
    "TextRun",
    "bidi_levels",
    "clean",
    "draw_line",
    "family_for",
    "fit_lines",
    "fit_size",
    "script_of",
    "shape_line",
    "shape_run",
    "split_runs",
    "text_width",
]

Align = Literal["left", "centre", "right"]


@dataclass(frozen=True)
class FittedText:
    """A text fitted into a box: the font size and the lines to draw (top to bottom)."""

    size: float
    lines: tuple[str, ...]


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
