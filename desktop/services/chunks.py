"""Long id lists cut into pieces a SQL ``IN (...)`` or one bulk insert takes.

A local stand-in until the storage layer's shared batching helper replaces it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

#: Bound parameters per ``IN (...)``: well under SQLite's oldest limit of 999.
IN_CHUNK = 500


def chunked(items: Sequence[T], size: int = IN_CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of ``items`` of at most ``size``, in order (none for none)."""
    if size < 1:
        raise ValueError("a chunk holds at least one item")
    for start in range(0, len(items), size):
        yield items[start : start + size]
