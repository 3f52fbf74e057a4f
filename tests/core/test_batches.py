"""One chunking helper: chunks of values, and IN lists over many ids within SQLite's limit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from desktop.db.batches import IN_LIMIT, chunks, execute_in, marks, select_in


def test_chunks_cover_every_value_once_in_order() -> None:
    values = list(range(2001))
    parts = list(chunks(values, 900))
    assert [len(p) for p in parts] == [900, 900, 201]
    assert [v for p in parts for v in p] == values
    assert list(chunks([], 900)) == []


def test_chunks_take_any_iterable() -> None:
    def numbers() -> Iterator[int]:
        yield from range(5)

    assert list(chunks(numbers(), 2)) == [[0, 1], [2, 3], [4]]
    assert list(chunks({"a": 1, "b": 2}, 1)) == [["a"], ["b"]]
    with pytest.raises(ValueError):
        list(chunks([1], 0))


def test_marks() -> None:
    assert marks(3) == "?,?,?"


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT, seen INTEGER DEFAULT 0)")
    db.executemany(
        "INSERT INTO t (id, kind) VALUES (?, ?)", [(f"{i:05}", "p") for i in range(5000)]
    )
    yield db
    db.close()


def test_select_in_finds_thousands_of_ids_past_the_parameter_limit(
    conn: sqlite3.Connection,
) -> None:
    wanted = [f"{i:05}" for i in range(0, 10000, 2)]  # half are there
    found = {r[0] for r in select_in(conn, "SELECT id FROM t WHERE id IN ({marks})", wanted)}
    assert found == {f"{i:05}" for i in range(0, 5000, 2)}
    assert len(wanted) > IN_LIMIT


def test_select_in_binds_fixed_parameters_around_each_chunk(conn: sqlite3.Connection) -> None:
    sql = "SELECT count(*) FROM t WHERE kind = ? AND id IN ({marks}) AND seen = ?"
    ids = [f"{i:05}" for i in range(3000)]
    counts = [r[0] for r in select_in(conn, sql, ids, before=["p"], after=[0])]
    assert sum(counts) == 3000 and len(counts) == 4  # 899 ids a statement with two fixed


def test_execute_in_updates_every_chunk(conn: sqlite3.Connection) -> None:
    ids = [f"{i:05}" for i in range(2500)]
    assert execute_in(conn, "UPDATE t SET seen = 1 WHERE id IN ({marks})", ids) == 3
    assert conn.execute("SELECT count(*) FROM t WHERE seen = 1").fetchone()[0] == 2500
