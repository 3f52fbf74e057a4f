"""Right-to-left text in a line: bidi levels (UAX #9 through python-bidi, with the bracket
pairs rule it lacks) and the visual order of runs."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from bidi import algorithm as bidi_algorithm


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


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of runs at these bidi levels in display order (UAX #9 rule L2 per run)."""
    if not levels:
        return []
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    order = list(range(len(levels)))
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
    return order
