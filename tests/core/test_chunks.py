"""The services' chunking helper: every item once, in order, in pieces no longer than asked."""

from __future__ import annotations

import pytest

from desktop.services.chunks import IN_CHUNK, chunked


def test_pieces_keep_every_item_in_order() -> None:
    items = list(range(1203))
    pieces = list(chunked(items, 500))
    assert [len(p) for p in pieces] == [500, 500, 203]
    assert [x for p in pieces for x in p] == items


def test_default_fits_an_sqlite_in_list_and_nothing_gives_no_piece() -> None:
    assert IN_CHUNK <= 999
    assert list(chunked([])) == []
    assert list(chunked(("a",))) == [("a",)]


def test_a_piece_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError):
        list(chunked([1, 2], 0))
