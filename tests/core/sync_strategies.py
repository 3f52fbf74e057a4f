"""Hypothesis strategies for sync changes, shared by the schema, apply and server tests."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
from hypothesis import strategies as st

from desktop.sync.schema import INT32_MAX, INT64_MAX, UUID_PATTERN

UUID_RE = re.compile(UUID_PATTERN)


def text(most: int, least: int = 0) -> st.SearchStrategy[str]:
    """Valid text: any character but surrogates and NUL (which the schema refuses)."""
    return st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
        min_size=least,
        max_size=most,
    )


uuids = st.uuids().map(str)
offsets = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
times = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(2999, 12, 30), timezones=offsets
).map(datetime.isoformat)
stamps = st.builds(
    lambda ms, n, node: f"{ms:013d}.{n:05d}.{node}",
    st.integers(0, 10**13 - 1),
    st.integers(0, 99999),
    text(60, 1).filter(lambda t: not re.search(r"[\x00-\x1f]", t)),
)

checkin_data = st.fixed_dictionaries(
    {
        "zone": text(64, 1),
        "result": st.sampled_from(["admitted", "already_in", "rejected", "undone"]),
    },
    optional={
        "participant_id": st.none() | uuids,
        "badge_id": st.none() | st.integers(0, INT64_MAX),
        "badge_version": st.none() | st.integers(0, INT32_MAX),
        "direction": st.sampled_from(["in", "out"]),
        "at": times,
        "desk": text(200),
        "operator": text(200),
        "method": st.sampled_from(["scan", "search", "manual", "camera", "kiosk"]),
        "reason": text(64),
        "flagged": st.booleans(),
        "refers_to": st.none() | uuids,
        "note": text(300),
        "scanned_text": text(512),
    },
)


@st.composite
def checkin_changes(draw: st.DrawFn, with_id: bool = True) -> dict[str, Any]:
    data = draw(checkin_data)
    entity_id = draw(uuids)
    if with_id and draw(st.booleans()):
        data["id"] = entity_id
    return {
        "id": draw(uuids),
        "entity": "checkin",
        "entity_id": entity_id,
        "op": "create",
        "data": data,
        "hlc": draw(st.just("") | stamps),
        "origin": draw(text(200)),
        "operator": draw(text(200)),
        "at": draw(times),
    }


def not_a_uuid(value: Any) -> bool:
    return not (isinstance(value, str) and UUID_RE.match(value))


anything = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text(20)
#: Field -> values that field must never take (each on an otherwise good check-in).
SPOILERS: dict[str, st.SearchStrategy[Any]] = {
    "data.badge_id": st.integers(min_value=INT64_MAX + 1)
    | st.integers(max_value=-1)
    | text(10)
    | st.floats(allow_nan=False)
    | st.booleans(),
    "data.badge_version": st.integers(min_value=INT32_MAX + 1) | st.integers(max_value=-1),
    "data.zone": text(200, 65) | st.just("") | st.just("main\x00") | st.integers() | st.none(),
    "data.result": text(20).filter(
        lambda t: t not in {"admitted", "already_in", "rejected", "undone"}
    ),
    "data.direction": text(5).filter(lambda t: t not in {"in", "out"}) | st.none(),
    "data.method": text(12).filter(
        lambda t: t not in {"scan", "search", "manual", "camera", "kiosk"}
    ),
    "data.at": text(30).filter(lambda t: not t[:1].isdigit())
    | st.datetimes(max_value=datetime(2999, 1, 1)).map(datetime.isoformat)  # no zone
    | st.integers()
    | st.datetimes(max_value=datetime(1969, 12, 1), timezones=st.just(UTC)).map(datetime.isoformat),
    "data.participant_id": anything.filter(lambda v: v is not None and not_a_uuid(v)),
    "data.refers_to": anything.filter(lambda v: v is not None and not_a_uuid(v)),
    "data.flagged": st.integers() | text(5) | st.none(),
    "data.reason": text(100, 65),
    "data.scanned_text": text(600, 513),
    "data.desk": text(260, 201),
    "entity_id": anything.filter(not_a_uuid),
    "op": text(10).filter(lambda t: t != "create"),
    "at": text(20).filter(lambda t: not t[:1].isdigit()) | st.integers() | st.none(),
    "hlc": text(30, 1).filter(lambda t: not re.match(r"^\d{13}\.\d{5}\.", t)) | st.integers(),
    "origin": text(260, 201),
}


def spoil(change: dict[str, Any], path: str, value: Any) -> None:
    target = change
    *parents, last = path.split(".")
    for key in parents:
        target = target[key]
    target[last] = value


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text(12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text(8), inner, max_size=5),
    max_leaves=20,
)
change_like = st.fixed_dictionaries(
    {},
    optional={
        "id": uuids | json_values,
        "entity": st.sampled_from(["checkin", "participant", "meeting", "desk", "x"]) | json_values,
        "entity_id": uuids | json_values,
        "op": st.sampled_from(["create", "update", "book", "delete"]) | json_values,
        "data": st.dictionaries(text(12), json_values, max_size=6) | json_values,
        "at": times | json_values,
        "hlc": stamps | json_values,
    },
)


def dumps(value: Any) -> bytes:
    """JSON of anything decoded JSON holds (integers beyond 64 bits included)."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        import json

        return json.dumps(value).encode()
