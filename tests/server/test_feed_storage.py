"""The feed's bulk writers store what the ORM would: through the storage codec, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy.dialects.postgresql import psycopg

from desktop.db.engine import json_dumps
from desktop.db.models import UTCDateTime
from server.bulk import _COPY_COLUMNS, _copy_encoders


def test_copy_rows_hold_json_text_and_naive_utc_times() -> None:
    dialect = psycopg.dialect()
    encode = dict(zip(_COPY_COLUMNS, _copy_encoders(dialect), strict=True))
    moment = datetime(2026, 6, 3, 11, 0, 5, 123, tzinfo=timezone(timedelta(hours=3)))
    assert encode["at"](moment) == UTCDateTime().process_bind_param(moment, dialect)
    assert encode["received_at"](moment) == datetime(2026, 6, 3, 8, 0, 5, 123)
    assert encode["at"](None) is None
    assert encode["data"]({"name": "Иван", "n": 2**70}) == json_dumps({"name": "Иван", "n": 2**70})
    assert encode["data"](None) == "null"  # a change always has data: JSON null at worst
    assert encode["answer"](None) is None  # no answer yet: SQL NULL
    assert encode["answer"]({"status": "accepted"}) == '{"status":"accepted"}'
    assert encode["entity"]("checkin") == "checkin"
    assert encode["at"](datetime(2026, 6, 3, 8, 0, tzinfo=UTC)) == datetime(2026, 6, 3, 8, 0)
