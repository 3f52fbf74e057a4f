"""The storage codec writes and reads exactly what the ORM does, for every column of every table."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, LargeBinary, String, Text, Uuid

from desktop.db import codec
from desktop.db.engine import open_database
from desktop.db.models import Base, UTCDateTime

MOMENTS = [
    datetime(2026, 12, 4, 9, 30, tzinfo=UTC),
    datetime(2026, 12, 4, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=3))),
    datetime(1999, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
]


def _samples(kind: Any) -> list[Any]:
    if isinstance(kind, Uuid):
        return [uuid.uuid4() for _ in range(3)] + [uuid.UUID(int=0)]
    if isinstance(kind, UTCDateTime):
        return list(MOMENTS)
    if isinstance(kind, JSON):
        return [{"a": [1, 2]}, ["ru", "en"], "текст", None, {"n": 2**40}]
    if isinstance(kind, Boolean):
        return [True, False]
    if isinstance(kind, Date):
        return [date(2026, 12, 4)]
    if isinstance(kind, BigInteger | Integer):
        return [0, 7, 2**40]
    if isinstance(kind, LargeBinary):
        return [b"\x00\x01key"]
    if isinstance(kind, String | Text):
        return ["", "Иван", "王伟"]
    raise AssertionError(f"a column type the codec test does not know: {kind!r}")


COLUMNS = [c for t in Base.metadata.sorted_tables for c in t.columns]


@pytest.fixture(scope="module")
def dialect(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = open_database(Path(tmp_path_factory.mktemp("codec")) / "forum.db")
    yield db.engine.dialect
    db.close()


@pytest.mark.parametrize("column", COLUMNS, ids=[f"{c.table.name}.{c.name}" for c in COLUMNS])
def test_every_column_is_written_and_read_as_the_orm_does(column: Any, dialect: Any) -> None:
    ours, theirs = codec.encoder(column, dialect), codec.sqlalchemy_encoder(column, dialect)
    back, orm_back = codec.decoder(column, dialect), codec.sqlalchemy_decoder(column, dialect)
    for value in _samples(column.type):
        stored = ours(value)
        assert stored == theirs(value), (column, value)
        loaded = orm_back(stored)
        expected = str(loaded) if isinstance(loaded, uuid.UUID) else loaded
        assert back(stored) == expected, (column, value)


def test_ids_are_taken_in_any_form_and_handed_out_dashed() -> None:
    u = uuid.uuid4()
    assert codec.stored_id(u) == codec.stored_id(str(u)) == codec.stored_id(u.hex) == u.hex
    assert codec.stored_id(str(u).upper()) == u.hex
    assert codec.stored_id("") is None and codec.stored_id(None) is None
    assert codec.id_text(u.hex) == codec.id_text(str(u)) == str(u)
    with pytest.raises(ValueError):
        codec.stored_id("not-a-uuid")


def test_a_naive_time_is_refused_as_the_orm_refuses_it() -> None:
    with pytest.raises(ValueError, match="naive"):
        codec.stored_time(datetime(2026, 12, 4, 9, 30))
