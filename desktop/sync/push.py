"""Pushing the outbox: batches of unsent changes, each marked sent when the server answers it.

Every answer is kept: accepted and duplicate changes leave the outbox (a booking the server
took is no longer provisional), a booking that lost its slot is marked a conflict with the
server's suggestion, and a change the server refused is kept as a conflict to show. A server
that refuses the size of a batch gets half as many next time.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import orjson
from pydantic import ValidationError
from sqlalchemy import update

from desktop.db.codec import as_uuid
from desktop.db.models import Meeting
from desktop.sync import conflicts
from desktop.sync import protocol as p
from desktop.sync.outbox import mark_sent, outbox_batch
from desktop.sync.state import SyncError, SyncForbidden, SyncOffline, SyncRound
from desktop.sync.transport import call

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

Progress = Callable[[float, str], object]
StopCheck = Callable[[], bool]


def push_outbox(
    db: ForumDb,
    http: httpx.Client,
    rnd: SyncRound,
    total: int,
    batch_size: int,
    progress: Progress | None,
    should_stop: StopCheck | None,
) -> int:
    """Send the outbox in batches (``total`` changes waited when the round began); the
    batch size the server takes (smaller than ``batch_size`` if it refused one)."""
    done = 0
    while True:
        if should_stop and should_stop():
            return batch_size
        with db.session() as s:
            batch = outbox_batch(s, batch_size)
        if not batch:
            return batch_size
        try:
            body = call(
                http,
                "POST",
                f"{p.API_PREFIX}/changes",
                raw=True,
                content=orjson.dumps({"changes": batch}),
                headers={"Content-Type": "application/json"},
            )
        except SyncForbidden as exc:
            refused = [str(x) for x in exc.params.get("details", {}).get("change_ids", [])]
            if not refused:
                raise
            record_refused(db, batch, refused, exc.message)
            rnd.rejected += len(refused)
            continue
        except SyncError as exc:
            # Too many changes, or too many bytes, for this server: smaller batches.
            if exc.params.get("status") != 413 or len(batch) <= 1:
                raise
            batch_size = max(1, len(batch) // 2)
            log.info("the server takes fewer changes per push; now %d", batch_size)
            continue
        try:
            acks = p.PushResponse.model_validate_json(body).results
        except ValidationError as exc:
            raise SyncOffline("the server's answer was cut or garbled") from exc
        take_acks(db, batch, acks, rnd)
        rnd.pushed += len(batch)
        done += len(batch)
        if progress:
            progress(0.5 * done / max(total, 1), f"sent {done} of {total}")


def take_acks(db: ForumDb, batch: list[dict[str, Any]], acks: list[p.Ack], rnd: SyncRound) -> None:
    """Keep the server's answers to a pushed batch; the answered changes leave the outbox."""
    by_id = {c["id"]: c for c in batch}
    sent: list[uuid.UUID] = []
    with db.session() as s:
        for ack in acks:
            change = by_id.get(str(ack.id))
            if change is None:
                continue
            sent.append(ack.id)
            if ack.status in ("accepted", "duplicate"):
                rnd.accepted += ack.status == "accepted"
                rnd.duplicates += ack.status == "duplicate"
                if change["entity"] == "meeting" and change["op"] != "cancel":
                    mid = as_uuid(change["entity_id"])
                    if mid is not None:
                        s.execute(
                            update(Meeting)
                            .where(Meeting.id == mid, Meeting.status != "conflict")
                            .values(provisional=False)
                        )
                continue
            if ack.status == "conflict":
                rnd.conflicts += 1
                mid = as_uuid(change["entity_id"])
                if change["entity"] == "meeting" and mid is not None:
                    s.execute(
                        update(Meeting)
                        .where(Meeting.id == mid)
                        .values(status="conflict", provisional=True)
                    )
            else:
                rnd.rejected += 1
            conflicts.store(
                s,
                change,
                ack.status,
                ack.code,
                ack.message,
                ack.suggestion.model_dump(mode="json") if ack.suggestion else None,
            )
        mark_sent(s, sent)


def record_refused(
    db: ForumDb, batch: list[dict[str, Any]], refused: list[str], message: str
) -> None:
    """Keep the changes the server refused this desk's role (they leave the outbox)."""
    with db.session() as s:
        for change in batch:
            if change["id"] in refused:
                conflicts.store(s, change, "rejected", "forbidden", message, None)
        mark_sent(s, [uuid.UUID(x) for x in refused])
    log.warning("the server refused %d change(s) this desk's role may not make", len(refused))
