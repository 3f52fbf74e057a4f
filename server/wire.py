"""A feed row's change in the form pulls hand it out (its wire form), as JSON text."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

import orjson

log = logging.getLogger(__name__)


def wire_body(entry: dict[str, Any]) -> str:
    """A feed row's change as pulls hand it out (``seq`` is added when paged), as JSON text."""
    at: datetime = entry["at"]
    desk_id = entry.get("desk_id")
    change = {
        "id": str(entry["change_id"]),
        "entity": entry["entity"],
        "entity_id": entry["entity_id"],
        "op": entry["op"],
        "data": entry["data"],
        "hlc": entry["hlc"],
        "origin": entry["origin"],
        "operator": entry["operator"],
        "at": (at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)).isoformat(),
        "desk_id": str(desk_id) if desk_id else None,
    }
    try:
        return orjson.dumps(change).decode()
    except orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits: the slower, wider encoder
        return json.dumps(change, ensure_ascii=False)
