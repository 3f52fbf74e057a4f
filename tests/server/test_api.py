"""The server's HTTP contract: tokens, roles, errors, push acks, pull pages, arbitration."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.server.conftest import enroll

T0 = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)


def change(
    entity: str = "checkin",
    op: str = "create",
    data: dict[str, Any] | None = None,
    hlc: str = "",
    **kw: Any,
) -> dict[str, Any]:
    cid = str(uuid.uuid4())
    return {
        "id": cid,
        "entity": entity,
        "entity_id": kw.pop("entity_id", (data or {}).get("id", cid)),
        "op": op,
        "data": data or {"id": cid, "zone": "main", "result": "admitted"},
        "hlc": hlc or f"{int(T0.timestamp() * 1000):013d}.00000.d",
        "origin": "desk",
        "operator": "",
        "at": T0.isoformat(),
    }


def walk_in(desk: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A participant created on a desk (a walk-in), as the desk pushes it."""
    pid = str(uuid.uuid4())
    data = {
        "id": pid,
        "registration_code": f"W-{pid[:8]}",
        "badge_id": uuid.UUID(pid).int >> 65,
        "badge_version": 1,
        "given_name": "Ильсур",
        "family_name": "Метшин",
        "country": "RU",
        "category_id": desk["event"]["categories"][0]["id"],
        "delegation_id": None,
        "status": "registered",
        "walk_in": True,
        **fields,
    }
    return change("participant", "create", data, entity_id=pid)


def delegations(api: Any, *names: str) -> list[str]:
    """Delegations the server's event holds (as an import makes them); their ids."""
    from desktop.db.models import Delegation

    with api.hub.session() as s:
        event_id = uuid.UUID(api.hub.forum.event().id)
        made = [Delegation(id=uuid.uuid4(), event_id=event_id, name=n, country="RU") for n in names]
        s.add_all(made)
    return [str(d.id) for d in made]


TABLE_1, TABLE_9 = str(uuid.uuid4()), str(uuid.uuid4())


def meeting(
    mid: str, table: str, delegations: list[str], start: datetime, hlc: str = "", op: str = "book"
) -> dict[str, Any]:
    data = {
        "id": mid,
        "start": start.isoformat(),
        "end": (start + timedelta(minutes=30)).isoformat(),
        "table_id": table,
        "delegation_ids": delegations,
        "status": "booked",
    }
    return change("meeting", op, data, hlc=hlc, entity_id=mid)


def poison(api: Any, *changes: dict[str, Any], desk_id: str | None = None) -> None:
    """Changes stored straight into the feed, as a server before the schema took them."""
    from server.bulk import allocate_seqs, append_feed
    from server.hub import wire_body

    with api.hub.feed_writer() as s:
        rows = []
        for c, seq in zip(changes, allocate_seqs(s, len(changes)), strict=True):
            row = {
                "seq": seq,
                "change_id": uuid.UUID(c["id"]),
                "entity": c["entity"],
                "entity_id": c["entity_id"],
                "op": c["op"],
                "data": c["data"],
                "hlc": c["hlc"],
                "origin": c["origin"],
                "operator": c["operator"],
                "at": datetime.fromisoformat(c["at"]),
                "desk_id": uuid.UUID(desk_id) if desk_id else None,
                "received_at": datetime.now(UTC),
                "status": "accepted",
                "answer": None,
                "row": None,
            }
            row["body"] = wire_body(row)
            rows.append(row)
        append_feed(s, rows)


def test_health_is_open_and_everything_else_needs_a_token(api: Any) -> None:
    assert api.get("/api/v1/health").json()["status"] == "ok"
    for method, url in [
        ("GET", "/api/v1/changes"),
        ("POST", "/api/v1/changes"),
        ("GET", "/api/v1/desks"),
        ("GET", "/api/v1/event"),
    ]:
        r = api.request(method, url, json={"changes": []} if method == "POST" else None)
        assert r.status_code == 401, url
        assert r.json()["error"]["code"] == "unauthorized"
    r = api.get("/api/v1/changes", headers={"Authorization": "Bearer not-a-token"})
    assert r.status_code == 401
    assert set(r.json()["error"]) >= {"code", "message"}


def test_enrollment_gives_event_keys_and_a_hashed_token(api: Any) -> None:
    desk = enroll(api, "desk", "Desk 1")
    assert desk["role"] == "desk"
    assert desk["event"]["event"]["tag"] > 0
    assert {z["code"] for z in desk["event"]["zones"]} >= {"main"}
    assert any(d["desk_id"] == desk["desk_id"] for d in desk["desks"])
    from server.db import ServerDesk

    with api.hub.session() as s:
        stored = s.get(ServerDesk, uuid.UUID(desk["desk_id"]))
        assert stored is not None and desk["token"] not in stored.token_hash
    # The code was one-time.
    r = api.post(
        "/api/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD", "name": "x", "public_key": "00" * 32}
    )
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_code"


def test_code_is_single_use(api: Any) -> None:
    code = api.hub.new_enroll_code("desk")
    body = {"code": code, "name": "a", "public_key": "11" * 32}
    assert api.post("/api/v1/enroll", json=body).status_code == 200
    assert api.post("/api/v1/enroll", json=body).status_code == 401


def test_push_acks_each_change_once_even_repeated_and_reordered(api: Any) -> None:
    desk = enroll(api)
    batch = [change() for _ in range(10)]
    r = api.post("/api/v1/changes", json={"changes": batch[:6]}, headers=desk["headers"])
    assert [a["status"] for a in r.json()["results"]] == ["accepted"] * 6
    reordered = list(reversed(batch))
    r = api.post(
        "/api/v1/changes", json={"changes": reordered + reordered[:2]}, headers=desk["headers"]
    )
    statuses = {a["id"]: a["status"] for a in r.json()["results"]}
    assert sum(1 for c in batch[6:] if statuses[c["id"]] == "accepted") == 4
    assert all(statuses[c["id"]] == "duplicate" for c in batch[:6])
    pulled = api.get(
        "/api/v1/changes", params={"since": 0, "limit": 100}, headers=desk["headers"]
    ).json()
    ids = [c["id"] for c in pulled["changes"] if c["entity"] == "checkin"]
    assert sorted(ids) == sorted(c["id"] for c in batch)
    assert len(ids) == len(set(ids))


def test_pull_pages_resume_from_cursor(api: Any) -> None:
    desk = enroll(api)
    batch = [change() for _ in range(25)]
    api.post("/api/v1/changes", json={"changes": batch}, headers=desk["headers"])
    seen: list[str] = []
    cursor, more = 0, True
    while more:
        page = api.get(
            "/api/v1/changes", params={"since": cursor, "limit": 7}, headers=desk["headers"]
        ).json()
        assert len(page["changes"]) <= 7
        seen += [c["id"] for c in page["changes"]]
        seqs = [c["seq"] for c in page["changes"]]
        assert seqs == sorted(seqs) and all(s > cursor for s in seqs)
        cursor, more = page["next"], page["more"]
    assert set(seen) >= {c["id"] for c in batch}


def test_limits_are_enforced(api: Any) -> None:
    desk = enroll(api)
    r = api.post(
        "/api/v1/changes",
        json={"changes": [change() for _ in range(5001)]},
        headers=desk["headers"],
    )
    assert r.status_code == 413 and r.json()["error"]["code"] == "batch_too_large"
    big = change(data={"note": "x" * (9 * 1024 * 1024)})
    r = api.post("/api/v1/changes", json={"changes": [big]}, headers=desk["headers"])
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    r = api.get("/api/v1/changes", params={"limit": 10**6}, headers=desk["headers"])
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_roles(api: Any) -> None:
    desk = enroll(api, "desk")
    coordinator = enroll(api, "coordinator")
    admin = enroll(api, "admin")
    m = meeting(str(uuid.uuid4()), TABLE_1, delegations(api, "A", "B"), T0)
    r = api.post("/api/v1/changes", json={"changes": [change(), m]}, headers=desk["headers"])
    assert r.status_code == 403 and r.json()["error"]["details"]["change_ids"] == [m["id"]]
    r = api.post("/api/v1/changes", json={"changes": [m]}, headers=coordinator["headers"])
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "accepted"
    assert (
        api.post(
            f"/api/v1/desks/{desk['desk_id']}/revoke", headers=coordinator["headers"]
        ).status_code
        == 403
    )
    assert api.get("/api/v1/desks", headers=coordinator["headers"]).status_code == 403
    forged = change("desk", "key", {"desk_id": desk["desk_id"], "revoked": False})
    assert (
        api.post(
            "/api/v1/changes", json={"changes": [forged]}, headers=admin["headers"]
        ).status_code
        == 403
    )
    r = api.post(f"/api/v1/desks/{desk['desk_id']}/revoke", headers=admin["headers"])
    assert r.status_code == 200
    r = api.get("/api/v1/changes", headers=desk["headers"])
    assert r.status_code == 401 and r.json()["error"]["code"] == "token_revoked"
    feed = api.get("/api/v1/changes", params={"limit": 100}, headers=coordinator["headers"]).json()[
        "changes"
    ]
    keys = [c for c in feed if c["entity"] == "desk" and c["entity_id"] == desk["desk_id"]]
    assert keys[-1]["data"]["revoked"] is True


def test_first_booking_wins_and_the_other_gets_a_suggestion(api: Any) -> None:
    a, b = enroll(api, "coordinator", "A"), enroll(api, "coordinator", "B")
    kazan, havana, moscow, zhengzhou = delegations(api, "Kazan", "Havana", "Moscow", "Zhengzhou")
    m1, m2 = str(uuid.uuid4()), str(uuid.uuid4())
    first = meeting(m1, TABLE_1, [kazan, havana], T0)
    second = meeting(m2, TABLE_1, [moscow, zhengzhou], T0)
    assert (
        api.post("/api/v1/changes", json={"changes": [first]}, headers=a["headers"]).json()[
            "results"
        ][0]["status"]
        == "accepted"
    )
    ack = api.post("/api/v1/changes", json={"changes": [second]}, headers=b["headers"]).json()[
        "results"
    ][0]
    assert ack["status"] == "conflict" and ack["code"] == "slot_taken"
    suggested = datetime.fromisoformat(ack["suggestion"]["start"].replace("Z", "+00:00"))
    assert suggested == T0 + timedelta(minutes=30)
    # The same upload again gets the same answer, and the loser never reaches the feed.
    again = api.post("/api/v1/changes", json={"changes": [second]}, headers=b["headers"]).json()[
        "results"
    ][0]
    assert again["status"] == "conflict"
    feed = api.get("/api/v1/changes", params={"limit": 100}, headers=a["headers"]).json()["changes"]
    assert m2 not in {c["entity_id"] for c in feed}
    # A delegation can't be in two places either; moving to the suggestion works.
    moved = meeting(m2, TABLE_1, [moscow, zhengzhou], T0 + timedelta(minutes=30), op="move")
    assert (
        api.post("/api/v1/changes", json={"changes": [moved]}, headers=b["headers"]).json()[
            "results"
        ][0]["status"]
        == "accepted"
    )
    clash = meeting(str(uuid.uuid4()), TABLE_9, [kazan], T0)
    assert (
        api.post("/api/v1/changes", json={"changes": [clash]}, headers=b["headers"]).json()[
            "results"
        ][0]["status"]
        == "conflict"
    )
    # Cancelling frees the slot.
    cancel = meeting(
        m1,
        TABLE_1,
        [kazan, havana],
        T0,
        op="cancel",
        hlc=f"{int(T0.timestamp() * 1000) + 5:013d}.00000.a",
    )
    api.post("/api/v1/changes", json={"changes": [cancel]}, headers=a["headers"])
    assert (
        api.post("/api/v1/changes", json={"changes": [clash]}, headers=b["headers"]).json()[
            "results"
        ][0]["status"]
        == "conflict"
    )
    fresh = meeting(str(uuid.uuid4()), TABLE_9, [kazan], T0)
    assert (
        api.post("/api/v1/changes", json={"changes": [fresh]}, headers=b["headers"]).json()[
            "results"
        ][0]["status"]
        == "accepted"
    )


def test_openapi_docs(api: Any) -> None:
    assert api.get("/docs").status_code == 200
    paths = api.get("/openapi.json").json()["paths"]
    assert {"/api/v1/changes", "/api/v1/enroll", "/api/v1/health"} <= set(paths)
    # The push body is read by pydantic from its bytes, and still documented in full.
    body = paths["/api/v1/changes"]["post"]["requestBody"]["content"]["application/json"]
    change_schema = body["schema"]["properties"]["changes"]["items"]
    # One typed change per entity, told apart by ``entity``; each names its fields.
    assert change_schema["discriminator"]["propertyName"] == "entity"
    kinds = change_schema["oneOf"]
    assert len(kinds) == 6
    for kind in kinds:
        assert {"id", "entity", "entity_id", "op", "data", "at"} <= set(kind["properties"])
    checkin = next(k for k in kinds if k["properties"]["entity"]["const"] == "checkin")
    assert checkin["properties"]["data"]["properties"]["badge_id"]["anyOf"][0]["maximum"] == (
        2**63 - 1
    )
    assert "$ref" not in str(body)


def test_a_malformed_push_is_refused_in_words_and_stores_nothing(api: Any) -> None:
    desk = enroll(api)
    good, bad = change(), change()
    bad["at"] = "yesterday"
    for content in (
        b'{"changes": [',  # cut mid-body
        b"[1, 2]",
        b'{"changes": "none"}',
    ):
        r = api.post(
            "/api/v1/changes",
            content=content,
            headers={**desk["headers"], "Content-Type": "application/json"},
        )
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request", content
    # A change without an id to answer it by: the push is refused whole.
    nameless = {**change(), "id": "seven"}
    r = api.post("/api/v1/changes", json={"changes": [good, nameless]}, headers=desk["headers"])
    assert r.status_code == 422
    problems = r.json()["error"]["details"]["problems"]
    assert problems[0]["where"] == "body.changes.1.id" and problems[0]["problem"]
    assert "body.changes.1.id" in r.json()["error"]["message"]
    pulled = api.get("/api/v1/changes", params={"since": 0}, headers=desk["headers"]).json()
    assert good["id"] not in {c["id"] for c in pulled["changes"]}
    # A change that fails the schema is answered on its own; the rest of the batch goes in.
    r = api.post("/api/v1/changes", json={"changes": [good, bad]}, headers=desk["headers"])
    assert r.status_code == 200
    acks = r.json()["results"]
    assert [a["status"] for a in acks] == ["accepted", "rejected"]
    assert acks[1]["code"] == "invalid_change" and acks[1]["message"].startswith("at: ")
    pulled = api.get("/api/v1/changes", params={"since": 0}, headers=desk["headers"]).json()
    assert good["id"] in {c["id"] for c in pulled["changes"]}
    assert bad["id"] not in {c["id"] for c in pulled["changes"]}


def test_rows_stored_before_the_wire_form_are_paged_the_same(api: Any) -> None:
    """A feed row without its stored wire form (written before revision s0002) pulls the same."""
    from sqlalchemy import update

    from server.db import FeedEntry

    desk = enroll(api)
    batch = [change() for i in range(5)]
    for i, c in enumerate(batch):
        c["data"].update(desk="Ильсур Метшин", badge_id=i)
    api.post("/api/v1/changes", json={"changes": batch}, headers=desk["headers"])
    params = {"since": 0, "limit": 100}
    before = api.get("/api/v1/changes", params=params, headers=desk["headers"]).json()
    with api.hub.session() as s:
        s.execute(update(FeedEntry).values(body=None))
    after = api.get("/api/v1/changes", params=params, headers=desk["headers"]).json()
    assert after == before
    assert [c["data"]["desk"] for c in after["changes"] if c["entity"] == "checkin"] == [
        "Ильсур Метшин"
    ] * 5


def test_checkins_pulled_as_rows_are_stored_exactly_as_full_changes(
    api: Any, tmp_path: Any
) -> None:
    """``checkins=rows`` (each check-in converted once, at push) stores the same as changes."""
    import sqlite3

    from desktop.desk import Forum
    from desktop.sync import protocol as p
    from desktop.sync.apply import PageApplier

    desk = enroll(api)
    person_change = walk_in(desk)
    person = person_change["entity_id"]
    batch = [
        change(
            data={
                "id": str(uuid.uuid4()),
                "participant_id": person,
                "badge_id": 1_000_000 + i,
                "badge_version": 2,
                "zone": "Пленарный зал" if i % 2 else "main",
                "direction": "out" if i == 3 else "in",
                "at": (T0 + timedelta(minutes=i)).isoformat(),
                "desk": "Стойка «Б»",
                "operator": "Айгуль",
                "method": "search",
                "result": "admitted" if i % 4 else "rejected",
                "reason": "" if i % 4 else "forged",
                "flagged": False,
                "refers_to": None,
                "note": "",
                "scanned_text": "ABC234" * 21,
            }
        )
        for i in range(8)
    ]
    no_time = change(data={"id": str(uuid.uuid4()), "zone": "main", "result": "admitted"})
    broken = change(data={"id": "x", "zone": "main", "result": "admitted", "badge_id": "many"})
    acks = api.post(
        "/api/v1/changes",
        json={"changes": [person_change, *batch, no_time, broken]},
        headers=desk["headers"],
    ).json()["results"]
    assert [a["status"] for a in acks] == ["accepted"] * 10 + ["rejected"], acks
    # An older server took the broken one; it is in the feed (as a full change, no row).
    poison(api, broken, desk_id=desk["desk_id"])
    # Without rows, a check-in's full change is rebuilt from the feed: as it was pushed.
    full = api.get(
        "/api/v1/changes", params={"since": 0, "limit": 100}, headers=desk["headers"]
    ).json()["changes"]
    pushed = {c["id"]: c for c in [*batch, no_time, broken]}
    assert len([c for c in full if c["id"] in pushed]) == 10
    for got in (c for c in full if c["id"] in pushed):
        sent = pushed[got["id"]]
        assert {k: got[k] for k in sent if k != "at"} == {k: sent[k] for k in sent if k != "at"}
        assert datetime.fromisoformat(got["at"]) == datetime.fromisoformat(sent["at"])
        assert got["desk_id"] == desk["desk_id"]
    stored = {}
    for form in ("changes", "rows"):
        body = api.get(
            "/api/v1/changes",
            params={"since": 0, "limit": 100, "checkins": form},
            headers=desk["headers"],
        ).content
        page = p.parse_page(body)
        if form == "rows":
            assert len(page.checkin_rows) == 9  # the broken one goes out as a full change
        # The broken one fails the schema on the desk too, either way: it is set aside.
        assert [a.entity_id for a in page.set_aside] == [broken["entity_id"]]
        assert page.set_aside[0].reason.startswith("entity_id: not a UUID")
        forum = Forum.open(tmp_path / f"{form}.db")
        forum.ensure_event("Forum")
        with forum.session() as s:
            result = PageApplier(s, "").apply_page(
                page.changes, checkin_rows=page.checkin_rows, careful=True
            )
        assert result.failed == 0  # everything else applies
        forum.close()
        with sqlite3.connect(tmp_path / f"{form}.db") as conn:
            stored[form] = conn.execute("SELECT * FROM checkin ORDER BY id").fetchall()
    assert len(stored["rows"]) == 9
    assert stored["rows"] == stored["changes"]
