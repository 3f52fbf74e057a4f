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
from server.db import ServerBase

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


COLUMNS = [
    c
    for metadata in (Base.metadata, ServerBase.metadata)  # the server's feed is written raw too
    for t in metadata.sorted_tables
    for c in t.columns
]


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


def test_hex_sql_reads_any_stored_form_of_an_id_as_stored_id_writes_it(dialect: Any) -> None:
    import sqlite3

    u = uuid.uuid4()
    conn = sqlite3.connect(":memory:")
    for written in (u.hex, str(u), str(u).upper(), u.hex.upper()):
        (read,) = conn.execute(f"SELECT {codec.hex_sql('?')}", (written,)).fetchone()
        assert read == codec.stored_id(written) == u.hex
    conn.close()


def test_as_uuid_takes_any_form_and_answers_none_for_what_is_no_id() -> None:
    u = uuid.uuid4()
    for form in (u, str(u), u.hex, str(u).upper()):
        assert codec.as_uuid(form) == u
    for nothing in (None, "", "not-a-uuid", "1234"):
        assert codec.as_uuid(nothing) is None


@pytest.mark.parametrize(
    "wire",
    [
        "2026-06-03T08:00:00.123456+00:00",
        "2026-06-03T08:00:00+00:00",
        "2026-12-31T23:59:59.000001+00:00",
    ],
)
def test_utc_text_from_the_wire_is_stored_as_the_orm_stores_its_time(wire: str) -> None:
    stored = codec.stored_utc_text(wire)
    assert stored == codec.stored_time(datetime.fromisoformat(wire))
    assert stored is not None and codec.read_time(stored) == datetime.fromisoformat(wire)


@pytest.mark.parametrize(
    "other", ["2026-06-03T11:00:00+03:00", "2026-06-03T08:00:00Z", "2026-06-03 08:00:00", ""]
)
def test_other_time_text_is_left_to_be_parsed(other: str) -> None:
    assert codec.stored_utc_text(other) is None


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_stored_time_goes_on_the_wire_as_iso_text_with_its_offset(moment: datetime) -> None:
    stored = codec.stored_time(moment)
    assert stored is not None
    wire = codec.iso_time(stored)
    assert wire.endswith("+00:00") and "T" in wire
    assert datetime.fromisoformat(wire) == moment
    assert (
        codec.iso_time(moment.astimezone(UTC).replace(tzinfo=None))
        == moment.astimezone(UTC).isoformat()
    )
