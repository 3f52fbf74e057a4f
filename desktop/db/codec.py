"""The one storage codec: how a column's values are written and read on raw-SQL paths.

Raw SQL (bulk pulls, the scan path, the report counters, the meetings board) skips the
ORM for speed but must store exactly what the ORM stores. Every encoder and decoder here
is derived from the column's SQLAlchemy type on the dialect in use (``bind_processor`` /
``result_processor``); where that path is too slow for a hot loop a faster function
stands in, and ``tests/core/test_codec.py`` checks it against SQLAlchemy's own for every
column of every table, so the two cannot drift apart.

On SQLite, SQLAlchemy's ``Uuid`` keeps 32 lower-case hex digits, ``UTCDateTime`` naive-UTC
text (``2026-12-04 09:30:00.000000``), ``JSON`` text, ``Boolean`` 0/1 and ``Date`` ISO text.
Services hand ids out as dashed text (``str(uuid)``); :func:`id_text` and :func:`stored_id`
convert between the two forms.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, overload

from sqlalchemy import JSON, Boolean, Date, Uuid
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ColumnElement

from desktop.db.engine import json_dumps
from desktop.db.models import UTCDateTime

Codec = Callable[[Any], Any]

#: The desk's dialect; the server's PostgreSQL passes its own.
SQLITE: Dialect = sqlite.dialect()

_DASHED = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UTC_MICROS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")
_UTC_SECONDS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


# -- the hot-path forms (checked against SQLAlchemy's processors by the tests) ------------
@overload
def stored_id(value: uuid.UUID) -> str: ...
@overload
def stored_id(value: Any) -> str | None: ...
def stored_id(value: Any) -> str | None:
    """Any form of a UUID (object, dashed or hex text) as a SQLite ``Uuid`` column keeps it;
    ``None`` for none, ValueError for what is not a UUID."""
    if isinstance(value, uuid.UUID):  # first: it nearly always is one (and UUID == "" is slow)
        return value.hex
    if value is None or value == "":
        return None
    text = str(value)
    if len(text) == 36 and _DASHED.fullmatch(text):
        return text.replace("-", "")
    if len(text) == 32 and text.islower() and text.isalnum():
        return text
    return uuid.UUID(text).hex


def as_uuid(value: Any) -> uuid.UUID | None:
    """Any form of an id as the ``uuid.UUID`` the ORM takes; ``None`` for none and for
    what is not a UUID (ids read from pulled JSON, where anything may come)."""
    if isinstance(value, uuid.UUID):
        return value
    if value is None or value == "":
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def hex_sql(column: str) -> str:
    """SQL that reads a stored id as :func:`stored_id` writes it (32 lower-case hex digits),
    whatever form the value was written in (dashed, upper case)."""
    return f"lower(replace({column}, '-', ''))"


def id_text(stored: str | None) -> str | None:
    """A stored UUID (32 hex digits, or already dashed) as the dashed text services return."""
    if not stored:
        return None
    h = stored
    if len(h) != 32:
        return str(uuid.UUID(h))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@functools.lru_cache(maxsize=4096)
def stored_time(value: datetime | None) -> str | None:
    """An aware datetime as a SQLite ``UTCDateTime`` column keeps it (naive UTC text)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValueError(f"not a datetime: {value!r}")
    if value.tzinfo is None:
        raise ValueError("naive datetime given where UTC is required")
    moment = value if value.tzinfo is UTC else value.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def read_time(stored: str | datetime | None) -> datetime | None:
    """A stored ``UTCDateTime`` (text on SQLite, naive on other drivers) as aware UTC."""
    if stored is None:
        return None
    if isinstance(stored, datetime):
        return stored if stored.tzinfo else stored.replace(tzinfo=UTC)
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def stored_utc_text(text: str) -> str | None:
    """ISO 8601 text in UTC as the sync wire and JSON carry times (``...T08:00:00.123456+00:00``
    or ``...T08:00:00+00:00``) as a ``UTCDateTime`` column keeps it, by slicing; ``None``
    for text of any other shape (parse it, then :func:`stored_time`)."""
    if len(text) == 32 and _UTC_MICROS.fullmatch(text):
        return f"{text[:10]} {text[11:26]}"
    if len(text) == 25 and _UTC_SECONDS.fullmatch(text):
        return f"{text[:10]} {text[11:19]}.000000"
    return None


def iso_time(stored: str | datetime) -> str:
    """A stored ``UTCDateTime`` as ISO 8601 text with its offset (as the sync wire carries
    times); the stored text's microseconds are kept as written."""
    if isinstance(stored, str) and len(stored) == 26 and stored[10] == " ":
        return f"{stored[:10]}T{stored[11:]}+00:00"
    moment = read_time(stored)
    assert moment is not None
    return moment.isoformat()


def stored_bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def stored_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def json_text(value: Any) -> str:
    """JSON text as the ``JSON`` type stores it (``None`` is JSON ``null``, as it stores it)."""
    return json_dumps(value)


def _same(value: Any) -> Any:
    return value


# -- per column -----------------------------------------------------------------------------
def sqlalchemy_encoder(column: ColumnElement[Any], dialect: Dialect = SQLITE) -> Codec:
    """SQLAlchemy's own bind processing of the column's type on this dialect."""
    kind = column.type.dialect_impl(dialect)
    process = kind.bind_processor(dialect)
    return process if process is not None else _same


def sqlalchemy_decoder(column: ColumnElement[Any], dialect: Dialect = SQLITE) -> Codec:
    """SQLAlchemy's own result processing of the column's type on this dialect."""
    kind = column.type.dialect_impl(dialect)
    process = kind.result_processor(dialect, None)
    return process if process is not None else _same


def encoder(column: ColumnElement[Any], dialect: Dialect = SQLITE) -> Codec:
    """Python value to stored value for this column, as the ORM would store it.

    On SQLite the fast forms above stand in for the common types (and also take ids as
    text); on other databases the driver takes Python values, through SQLAlchemy's
    processors."""
    if dialect.name != "sqlite":
        if isinstance(column.type, Uuid):
            inner = sqlalchemy_encoder(column, dialect)
            return lambda v: inner(None if v is None or v == "" else _strict_uuid(v))
        return sqlalchemy_encoder(column, dialect)
    kind = column.type
    if isinstance(kind, Uuid):
        return stored_id
    if isinstance(kind, UTCDateTime):
        return stored_time
    if isinstance(kind, JSON):
        return json_text
    if isinstance(kind, Boolean):
        return stored_bool
    if isinstance(kind, Date):
        return stored_date
    return sqlalchemy_encoder(column, dialect)


def decoder(column: ColumnElement[Any], dialect: Dialect = SQLITE) -> Codec:
    """Stored value to the Python value the ORM would load (ids as dashed text)."""
    kind = column.type
    if isinstance(kind, Uuid):
        if dialect.name == "sqlite":
            return id_text
        return lambda v: None if v is None else str(v)
    if isinstance(kind, UTCDateTime):
        return read_time
    return sqlalchemy_decoder(column, dialect)


def _strict_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
