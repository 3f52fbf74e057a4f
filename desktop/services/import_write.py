"""Writing a planned import in one transaction: new delegations, new and changed
participants with their change records; unchanged rows change nothing."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert, select, update

from desktop.db import setup
from desktop.db.batches import chunks
from desktop.db.models import Delegation, Participant, utcnow
from desktop.services.import_check import PlannedRow
from desktop.services.import_report import ImportReport
from desktop.services.participant_records import new_badge_id
from desktop.text.keys import make_search_key
from desktop.text.names import full_name, latin_full_name
from desktop.text.normalise import fold

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

#: Participants per bulk insert.
INSERT_BATCH = 5000


def write(db: ForumDb, rows: list[PlannedRow], report: ImportReport) -> None:
    """Write checked rows in one transaction, counting them into the report."""
    now = utcnow()
    with db.session() as s:
        event = setup.current_event(s)
        assert event is not None
        # One delegation per name however a spreadsheet spells its case and spaces
        # ("Kazan", "KAZAN", "kazan "): the name already known (or first seen) is kept.
        delegations: dict[str, Delegation] = {}
        for d in s.scalars(
            select(Delegation).where(Delegation.event_id == event.id).order_by(Delegation.name)
        ):
            delegations.setdefault(_delegation_key(d.name), d)
        existing: dict[str, tuple[uuid.UUID, str]] = {
            code: (pid, digest)
            for pid, code, digest in s.execute(
                select(
                    Participant.id, Participant.registration_code, Participant.import_hash
                ).where(Participant.event_id == event.id)
            )
        }
        new_rows: list[dict[str, Any]] = []
        changes: list[tuple[str, str | uuid.UUID, str, dict[str, Any]]] = []
        for row in rows:
            v = row.values
            delegation = delegations.get(_delegation_key(v["delegation"]))
            if delegation is None:
                delegation = Delegation(
                    id=uuid.uuid4(),
                    event_id=event.id,
                    name=v["delegation"],
                    country=row.country,
                )
                s.add(delegation)
                delegations[_delegation_key(delegation.name)] = delegation
                changes.append(
                    (
                        "delegation",
                        delegation.id,
                        "create",
                        {
                            "id": str(delegation.id),
                            "name": delegation.name,
                            "country": row.country,
                            "languages": [],
                        },
                    )
                )
            fields = {
                "given_name": v["given_name"],
                "family_name": v["family_name"],
                "given_name_latin": v["given_name_latin"],
                "family_name_latin": v["family_name_latin"],
                "latin_generated": row.latin_generated,
                "title": v.get("title", ""),
                "organisation": v.get("organisation", ""),
                "delegation_id": delegation.id,
                "country": row.country,
                "category_id": row.category_id,
                "email": v.get("email", ""),
                "phone": v.get("phone", ""),
                "languages": row.languages,
                "zones": row.zones,
                "notes": v.get("notes", ""),
            }
            digest = _row_hash(fields, row.photo)
            native = full_name(v["given_name"], v["family_name"], row.country)
            latin = latin_full_name(v["given_name_latin"], v["family_name_latin"], row.country)
            fields["search_key"] = make_search_key(
                [native, latin, row.code, delegation.name, str(fields["organisation"])]
            )
            known = existing.get(row.code)
            if known is None:
                pid = uuid.uuid4()
                record = {
                    **fields,
                    "id": pid,
                    "event_id": event.id,
                    "registration_code": row.code,
                    "badge_id": new_badge_id(),
                    "badge_version": 1,
                    "status": "registered",
                    "import_hash": digest,
                    "field_clocks": {},
                    "photo": row.photo,
                    "created_at": now,
                    "updated_at": now,
                }
                new_rows.append(record)
                existing[row.code] = (pid, digest)
                changes.append(("participant", pid, "create", _jsonable(record)))
                report.created += 1
            elif known[1] == digest:
                report.unchanged += 1
            else:
                pid = known[0]
                current = s.get(Participant, pid)
                assert current is not None
                changed = {
                    k: val
                    for k, val in fields.items()
                    if getattr(current, k) != val and k != "search_key"
                }
                if row.photo is not None and row.photo != current.photo:
                    changed["photo"] = row.photo
                stamp = str(db.clock.now())
                values = {
                    **changed,
                    "search_key": fields["search_key"],
                    "import_hash": digest,
                    "updated_at": now,
                }
                values["field_clocks"] = {
                    **(current.field_clocks or {}),
                    **dict.fromkeys(changed, stamp),
                }
                s.execute(update(Participant).where(Participant.id == pid).values(**values))
                changes.append(
                    (
                        "participant",
                        pid,
                        "update",
                        {**_jsonable(changed), "field_clocks": dict.fromkeys(changed, stamp)},
                    )
                )
                report.updated += 1
        s.flush()
        for batch in chunks(new_rows, INSERT_BATCH):
            s.execute(insert(cast(Table, Participant.__table__)), list(batch))
        db.recorder.record_many(s, changes)


def _delegation_key(name: str) -> str:
    """A delegation's name folded (case, accents, spaces, punctuation), for matching."""
    return fold(name) or name.strip()


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("photo", "search_key", "import_hash", "field_clocks", "event_id"):
            if key == "photo" and value is not None:
                out["has_photo"] = True
            continue
        if isinstance(value, uuid.UUID):
            value = str(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        out[key] = value
    return out


def _row_hash(fields: dict[str, Any], photo: bytes | None) -> str:
    canonical = json.dumps(_jsonable(fields), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode())
    if photo:
        digest.update(photo)
    return digest.hexdigest()
