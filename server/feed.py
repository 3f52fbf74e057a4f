"""Writing the change feed: desks' pushes (each change answered and stored at most once,
meetings arbitrated) and the server's own changes (an event import, desk keys)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.db.batches import chunks
from desktop.db.models import ChangeLog, Participant, utcnow
from desktop.domain.hlc import HybridClock
from desktop.sync import protocol as p
from desktop.sync.checkins import checkin_row_json
from server import arbitration
from server.bulk import allocate_seqs, append_feed, known_changes
from server.db import FeedEntry
from server.errors import ApiError, forbidden
from server.identity import DeskIdentity
from server.references import KnownReferences, unresolved
from server.sessions import ServerSessions
from server.wire import wire_body

log = logging.getLogger(__name__)

#: Who the server's own changes come from (its desk's name, and the clock's node).
SERVER_DESK_NAME = "server"


class Feed:
    """Appends to the feed, in feed order (under the feed writer's lock)."""

    def __init__(self, sessions: ServerSessions, clock: HybridClock) -> None:
        self.sessions = sessions
        self.clock = clock
        self._known = KnownReferences()

    def publish_local_changes(self) -> int:
        """Move the server's own change log (e.g. an event import) into the feed."""
        count = 0
        with self.sessions.feed_writer() as s:
            while True:
                rows = s.scalars(
                    select(ChangeLog)
                    .where(ChangeLog.sent.is_(False))
                    .order_by(ChangeLog.seq)
                    .limit(5000)
                ).all()
                if not rows:
                    break
                keys_by_pid = self._search_keys(
                    s, [r.entity_id for r in rows if r.entity == "participant" and r.op == "create"]
                )
                entries = []
                for r in rows:
                    data = dict(r.data or {})
                    if r.entity_id in keys_by_pid and "search_key" not in data:
                        data["search_key"] = keys_by_pid[r.entity_id]
                    entry = {
                        "change_id": r.id,
                        "entity": r.entity,
                        "entity_id": r.entity_id,
                        "op": r.op,
                        "data": data,
                        "hlc": r.hlc,
                        "origin": r.origin,
                        "operator": r.operator,
                        "at": r.at,
                        "desk_id": None,
                        "received_at": utcnow(),
                        "status": "accepted",
                        "answer": None,
                    }
                    entry["body"] = wire_body(entry)
                    entries.append(entry)
                known = set(
                    s.scalars(
                        select(FeedEntry.change_id).where(
                            FeedEntry.change_id.in_([e["change_id"] for e in entries])
                        )
                    )
                )
                fresh = [e for e in entries if e["change_id"] not in known]
                if fresh:
                    s.execute(insert(FeedEntry), fresh)
                s.execute(
                    update(ChangeLog)
                    .where(ChangeLog.seq.in_([r.seq for r in rows]))
                    .values(sent=True)
                )
                count += len(fresh)
        if count:
            log.info("published %d server changes to the feed", count)
        return count

    @staticmethod
    def _search_keys(s: Session, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        uuids = []
        for text_id in ids:
            try:
                uuids.append(uuid.UUID(text_id))
            except ValueError:
                continue
        for chunk in chunks(uuids):
            for pid, key in s.execute(
                select(Participant.id, Participant.search_key).where(Participant.id.in_(chunk))
            ):
                out[str(pid)] = key
        return out

    def append_server_change(
        self, s: Session, entity: str, entity_id: str, op: str, data: dict[str, Any]
    ) -> None:
        """A change the server itself makes (a desk's key), straight into the feed."""
        entry: dict[str, Any] = {
            "change_id": uuid.uuid4(),
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "data": data,
            "hlc": str(self.clock.now()),
            "origin": SERVER_DESK_NAME,
            "operator": "",
            "at": utcnow(),
            "desk_id": None,
            "received_at": utcnow(),
            "status": "accepted",
        }
        s.add(FeedEntry(**entry, body=wire_body(entry)))
        s.flush()

    def push(self, desk: DeskIdentity, changes: Sequence[p.Change | p.Refused]) -> list[p.Ack]:
        """Take a batch of changes: each is answered on its own, and stored at most once.

        A change that failed the schema (``p.Refused``) or names something the server
        does not hold is answered ``rejected`` and never stored; the rest of the batch
        goes on as usual.
        """
        if len(changes) > p.MAX_PUSH_BATCH:
            raise ApiError(413, "batch_too_large", f"at most {p.MAX_PUSH_BATCH} changes per push")
        changes = [p.checked(c) for c in changes]  # read_push's are checked already
        allowed = p.ROLE_ENTITIES.get(desk.role, frozenset())
        refused = [str(c.id) for c in changes if c.entity and c.entity not in allowed]
        if refused:
            entities = sorted({c.entity for c in changes if c.entity and c.entity not in allowed})
            raise forbidden(
                f"a {desk.role} may not push {', '.join(entities)} changes",
                {"change_ids": refused, "entities": entities},
            )
        valid = [c for c in changes if isinstance(c, p.Change)]
        with self.sessions.session() as s:
            missing = unresolved(s, valid, self._known)
        acks: dict[uuid.UUID, p.Ack] = {}
        with self.sessions.feed_writer() as s:
            for cid, seq, status, answer in known_changes(s, [c.id for c in changes]):
                acks[cid] = _replay(cid, seq, status, answer)
            rows: list[dict[str, Any]] = []
            taken: set[uuid.UUID] = set(acks)
            now = utcnow()
            for change in changes:
                if change.id in taken:
                    continue
                taken.add(change.id)
                if isinstance(change, p.Refused) or change.id in missing:
                    code, message = (
                        (change.code, change.message)
                        if isinstance(change, p.Refused)
                        else missing[change.id]
                    )
                    acks[change.id] = p.Ack(
                        id=change.id, status="rejected", code=code, message=message
                    )
                    continue
                status, answer = "accepted", None
                if change.entity == "meeting":
                    verdict = arbitration.arbitrate(s, change)
                    if verdict is not None:
                        status, answer = "conflict", verdict
                row = {
                    "change_id": change.id,
                    "entity": change.entity,
                    "entity_id": change.entity_id,
                    "op": change.op,
                    "data": change.data,
                    "hlc": change.hlc,
                    "origin": change.origin,
                    "operator": change.operator,
                    "at": change.at,
                    "desk_id": desk.id,
                    "received_at": now,
                    "status": status,
                    "answer": answer,
                }
                row["row"] = (
                    checkin_row_json(change)
                    if change.entity == "checkin" and status == "accepted"
                    else None
                )
                # A check-in kept in row form (nearly every change of a forum) is handed
                # out in that form; its wire form is rebuilt from its columns for a desk
                # that asks for full changes (``pull_json``), instead of stored twice.
                row["body"] = None if row["row"] is not None else wire_body(row)
                rows.append(row)
            if rows:
                # Positions are handed out first (under the feed lock), so the rows go in
                # as one bulk append with no reading back.
                for fresh, position in zip(rows, allocate_seqs(s, len(rows)), strict=True):
                    fresh["seq"] = position
                append_feed(s, rows)
                for fresh in rows:
                    acks[fresh["change_id"]] = _replay(
                        fresh["change_id"],
                        fresh["seq"],
                        fresh["status"],
                        fresh["answer"],
                        fresh=True,
                    )
        return [acks[c.id] for c in changes]


def _replay(
    cid: uuid.UUID, seq: int, status: str, answer: dict[str, Any] | None, fresh: bool = False
) -> p.Ack:
    """The answer to a change: the stored verdict, or ``duplicate`` for an accepted repeat."""
    if status == "accepted":
        return p.Ack(id=cid, status="accepted" if fresh else "duplicate", seq=seq)
    answer = answer or {}
    return p.Ack(
        id=cid,
        status="conflict" if status == "conflict" else "rejected",
        seq=seq,
        code=str(answer.get("code", status)),
        message=str(answer.get("message", "")),
        suggestion=p.Suggestion.model_validate(answer["suggestion"])
        if answer.get("suggestion")
        else None,
    )
