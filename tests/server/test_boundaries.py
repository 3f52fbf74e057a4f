"""The server's boundary: a change that fails the schema (or names what the server does
not hold) is answered ``rejected`` with a code and its field, never stored, and the
rest of its batch goes in; query parameters are bounded."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from server.db import FeedEntry
from tests.core.sync_strategies import SPOILERS, checkin_changes, dumps
from tests.core.sync_strategies import spoil as spoil_field
from tests.server.conftest import enroll
from tests.server.test_api import T0, change, walk_in

Mutation = Callable[[dict[str, Any]], None]


def checkin(**data: Any) -> dict[str, Any]:
    """A well-formed check-in change (no participant: an unreadable badge)."""
    cid = str(uuid.uuid4())
    body = {
        "id": cid,
        "participant_id": None,
        "badge_id": 12345,
        "badge_version": 1,
        "zone": "main",
        "direction": "in",
        "at": T0.isoformat(),
        "desk": "Desk 1",
        "operator": "Айгуль",
        "method": "scan",
        "result": "rejected",
        "reason": "unknown",
        "flagged": False,
        "refers_to": None,
        "note": "",
        "scanned_text": "FD1:…",
        **data,
    }
    return change("checkin", "create", body, entity_id=cid)


def _set(path: str, value: Any) -> Mutation:
    def mutate(c: dict[str, Any]) -> None:
        target = c
        *parents, last = path.split(".")
        for key in parents:
            target = target[key]
        target[last] = value

    return mutate


def _drop_data(c: dict[str, Any]) -> None:
    c["data"] = {}


#: (what, how to spoil a good check-in, the field the answer must name)
SPOILED: list[tuple[str, Mutation, str]] = [
    ("badge id of 2**64", _set("data.badge_id", 2**64), "data.badge_id"),
    ("badge id of 2**63", _set("data.badge_id", 2**63), "data.badge_id"),
    ("negative badge id", _set("data.badge_id", -1), "data.badge_id"),
    ("badge version of 2**40", _set("data.badge_version", 2**40), "data.badge_version"),
    ("empty data", _drop_data, "data.zone"),
    ("participant id not a UUID", _set("data.participant_id", "bob"), "data.participant_id"),
    ("time 'yesterday'", _set("data.at", "yesterday"), "data.at"),
    ("time without a zone", _set("data.at", "2026-06-03T09:00:00"), "data.at"),
    ("time as a number", _set("data.at", 1780477200), "data.at"),
    ("change time 'yesterday'", _set("at", "yesterday"), "at"),
    ("result 'teleported'", _set("data.result", "teleported"), "data.result"),
    ("direction 'sideways'", _set("data.direction", "sideways"), "data.direction"),
    ("method 'telepathy'", _set("data.method", "telepathy"), "data.method"),
    ("a 1 MB zone", _set("data.zone", "z" * (1 << 20)), "data.zone"),
    ("a 1 MB note", _set("data.note", "n" * (1 << 20)), "data.note"),
    ("data.id not the entity id", _set("data.id", str(uuid.uuid4())), "data.id"),
    ("entity id not a UUID", _set("entity_id", "x"), "entity_id"),
    ("op 'delete' on a check-in", _set("op", "delete"), "op"),
    ("a field no check-in has", _set("data.teleport", True), "data.teleport"),
    ("flagged as text", _set("data.flagged", "yes"), "data.flagged"),
    ("a clock stamp that is not one", _set("hlc", "tomorrow"), "hlc"),
    ("an unknown participant", _set("data.participant_id", str(uuid.uuid4())), "participant_id"),
    ("an undo of an unknown check-in", _set("data.refers_to", str(uuid.uuid4())), "refers_to"),
]


@pytest.fixture
def desk(api: Any) -> Iterator[dict[str, Any]]:
    yield enroll(api)


def feed_ids(api: Any) -> set[str]:
    with api.hub.session() as s:
        return {str(x) for x in s.scalars(select(FeedEntry.change_id))}


@pytest.mark.parametrize(("what", "spoil", "field"), SPOILED, ids=[s[0] for s in SPOILED])
def test_a_malformed_checkin_is_rejected_naming_its_field_and_never_stored(
    api: Any, desk: dict[str, Any], what: str, spoil: Mutation, field: str
) -> None:
    before, bad, after = checkin(), checkin(), checkin()
    spoil(bad)
    r = api.post("/api/v1/changes", json={"changes": [before, bad, after]}, headers=desk["headers"])
    assert r.status_code == 200, r.text
    acks = r.json()["results"]
    assert [a["status"] for a in acks] == ["accepted", "rejected", "accepted"], what
    assert acks[1]["code"] in {"invalid_change", "unknown_reference"}
    assert field in acks[1]["message"], acks[1]["message"]
    assert len(acks[1]["message"]) < 400
    stored = feed_ids(api)
    assert {before["id"], after["id"]} <= stored and bad["id"] not in stored
    # The same push again: the same answer, still nothing stored.
    again = api.post("/api/v1/changes", json={"changes": [bad]}, headers=desk["headers"])
    assert again.json()["results"][0]["status"] == "rejected"
    assert bad["id"] not in feed_ids(api)


def test_each_entity_allows_only_its_own_operations_and_fields(
    api: Any, desk: dict[str, Any]
) -> None:
    person = walk_in(desk)
    edits = [
        change("participant", "delete", {}, entity_id=person["entity_id"]),
        change("participant", "update", {"badge_id": 2**64}, entity_id=person["entity_id"]),
        change("participant", "update", {"status": "vanished"}, entity_id=person["entity_id"]),
        change("participant", "update", {"email": "e" * 301}, entity_id=person["entity_id"]),
        change(
            "participant",
            "update",
            {"category_id": str(uuid.uuid4())},
            entity_id=person["entity_id"],
        ),
        change("participant", "update", {"given_name": "Ann"}, entity_id=str(uuid.uuid4())),
        change(
            "badge", "print", {"participant_id": str(uuid.uuid4())}, entity_id=person["entity_id"]
        ),
        change("delegation", "create", {"country": "RU"}),
        walk_in(desk, badge_id="123"),
    ]
    good = change("participant", "update", {"given_name": "Ann"}, entity_id=person["entity_id"])
    r = api.post(
        "/api/v1/changes", json={"changes": [person, *edits, good]}, headers=desk["headers"]
    )
    acks = r.json()["results"]
    assert [a["status"] for a in acks] == ["accepted"] + ["rejected"] * len(edits) + ["accepted"]
    messages = [a["message"] for a in acks[1:-1]]
    for expected, message in zip(
        [
            "op",
            "data.badge_id",
            "data.status",
            "data.email",
            "data.category_id",
            "entity_id",
            "data.participant_id",
            "data.name",
            "data.badge_id",
        ],
        messages,
        strict=True,
    ):
        assert message.startswith(expected), (expected, message)


def test_a_push_of_a_badge_id_beyond_64_bits_leaves_every_desk_syncing(
    api: Any, tmp_path: Path
) -> None:
    """The reported defect: the server took it with 200 ``accepted``, and from then on
    every ``forumdesk sync`` and new ``forumdesk enroll`` ended in OverflowError."""
    from desktop.desk import Forum

    rogue = enroll(api, name="rogue")
    bad = checkin(badge_id=2**64)
    ack = api.post("/api/v1/changes", json={"changes": [bad]}, headers=rogue["headers"]).json()
    assert ack["results"][0]["status"] == "rejected"
    assert ack["results"][0]["message"].startswith("data.badge_id: ")
    forum = Forum.open(tmp_path / "desk.db")
    try:
        forum.sync.transport = api._transport
        forum.sync.enroll("http://testserver", api.hub.new_enroll_code("desk"), "Desk 2")
        rnd = forum.sync.sync_once()
        assert rnd.ok and rnd.set_aside == 0
        assert forum.sync.set_aside() == []
    finally:
        forum.close()


def test_a_change_of_an_entity_the_role_may_not_push_still_refuses_the_push(
    api: Any, desk: dict[str, Any]
) -> None:
    """Roles come before the schema, as before: a desk's meeting (even a malformed one)
    refuses the whole push with 403 and the change ids."""
    m = change("meeting", "book", {"purpose": 5})
    r = api.post("/api/v1/changes", json={"changes": [checkin(), m]}, headers=desk["headers"])
    assert r.status_code == 403 and r.json()["error"]["details"]["change_ids"] == [m["id"]]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "99999999999999999999999"}, "query.since"),
        ({"since": str(2**63)}, "query.since"),
        ({"since": "-1"}, "query.since"),
        ({"since": "seven"}, "query.since"),
        ({"limit": "0"}, "query.limit"),
        ({"limit": "99999999999999999999999"}, "query.limit"),
        ({"checkins": "all"}, "query.checkins"),
    ],
)
def test_query_parameters_are_bounded(
    api: Any, desk: dict[str, Any], params: dict[str, str], field: str
) -> None:
    r = api.get("/api/v1/changes", params=params, headers=desk["headers"])
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["details"]["problems"][0]["where"] == field
    assert field in error["message"]


def test_the_largest_cursor_answers_an_empty_page(api: Any, desk: dict[str, Any]) -> None:
    r = api.get("/api/v1/changes", params={"since": str(2**63 - 1)}, headers=desk["headers"])
    assert r.status_code == 200
    assert r.json() == {"changes": [], "next": 2**63 - 1, "more": False}


def test_nothing_rejected_is_stored(api: Any, desk: dict[str, Any]) -> None:
    with api.hub.session() as s:
        before = s.scalar(select(func.count()).select_from(FeedEntry))
    batch = []
    for _what, spoiler, _field in SPOILED:
        bad = checkin()
        spoiler(bad)
        batch.append(bad)
    acks = api.post("/api/v1/changes", json={"changes": batch}, headers=desk["headers"]).json()
    assert {a["status"] for a in acks["results"]} == {"rejected"}
    with api.hub.session() as s:
        assert s.scalar(select(func.count()).select_from(FeedEntry)) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_mix_of_good_and_spoiled_changes_stores_exactly_the_good(
    api: Any, desk: dict[str, Any], data: st.DataObject
) -> None:
    from desktop.sync import protocol as p

    batch, good = [], set()
    for keep in data.draw(st.lists(st.booleans(), min_size=1, max_size=8)):
        c = data.draw(checkin_changes(with_id=keep))
        c["id"] = str(uuid.uuid4())  # the feed outlives one example: change ids never repeat
        c["data"].pop("participant_id", None)
        c["data"].pop("refers_to", None)
        if keep:
            good.add(c["id"])
        else:
            path = data.draw(st.sampled_from(sorted(SPOILERS)))
            spoil_field(c, path, data.draw(SPOILERS[path]))
        batch.append(c)
    r = api.post(
        "/api/v1/changes",
        content=dumps({"changes": batch}),
        headers={**desk["headers"], "Content-Type": "application/json"},
    )
    assert r.status_code == 200, r.text
    statuses = {a["id"]: a["status"] for a in r.json()["results"]}
    assert {i for i, status in statuses.items() if status == "accepted"} == good
    stored = feed_ids(api)
    assert good <= stored and not ({c["id"] for c in batch} - good) & stored
    body = api.get(
        "/api/v1/changes", params={"limit": 25000, "checkins": "rows"}, headers=desk["headers"]
    ).content
    assert p.parse_page(body).set_aside == []


def test_everything_a_desk_does_is_taken_by_the_server(api: Any, tmp_path: Path) -> None:
    """A coordinator desk's day (walk-ins, edits, cancels, merges, badge prints and
    reissues, scans, undos, overrides, meetings) reaches the server with nothing refused:
    the schema and the reference checks refuse only what no desk makes."""
    from datetime import date, time

    from desktop.desk import Forum
    from desktop.services.importer import ImportService
    from desktop.services.participants import WalkIn
    from tests.e2e.test_sync_support import PEOPLE_CSV

    people = tmp_path / "people.csv"
    people.write_text(PEOPLE_CSV, encoding="utf-8")
    ImportService(api.hub.forum).import_file(people)
    api.hub.publish_local_changes()
    forum = Forum.open(tmp_path / "desk.db")
    try:
        forum.sync.transport = api._transport
        forum.sync.enroll("http://testserver", api.hub.new_enroll_code("coordinator"), "Desk")
        forum.sync.sync_once()
        walk_in = forum.participants.register_walk_in(
            WalkIn("Amara", "Okafor", "Lagos", "NG", "delegate")
        )
        forum.checkin.scan(walk_in.registration_code, "main")
        forum.participants.update(walk_in.registration_code, {"title": "Mayor"})
        forum.badges.record_prints(["K-001", walk_in.registration_code], "a6")
        forum.badges.reprint("H-001", "lost")
        # A print the queue took, then failed; a reprint made current by its print.
        [print_id] = forum.badges.log_prints(
            ["Z-001"], "cr80", printer="Badges_CR80", job="Badges_CR80-7", source="arrival"
        )
        forum.badges.mark_prints_failed([print_id], "Out of cards")
        reissue = forum.badges.prepare_reprint("Z-001", "name corrected")
        forum.badges.record_prints(["Z-001"], "a6", reissue=reissue)
        # A walk-in moved to another category and delegation at the desk.
        forum.participants.update(
            walk_in.registration_code, {"category": "guest", "delegation": "Kazan"}
        )
        forum.checkin.scan("K-001", "main")
        forum.checkin.undo_last("main")
        forum.checkin.scan("NOT-A-CODE", "main")
        forum.participants.set_status("Z-001", "cancelled", "withdrew")
        refused = forum.checkin.scan("Z-001", "main")
        forum.supervisor.set("2468")
        forum.checkin.override(refused.checkin_id, "vouched for", "Supervisor", pin="2468")
        forum.participants.merge("K-001", walk_in.registration_code)
        slots = forum.meetings.add_day(date(2026, 6, 3), time(9, 0), count=2)
        table = forum.meetings.add_table("Table 1")
        mid = forum.meetings.book(["Kazan", "Havana"], slots[0], table)
        forum.meetings.move(mid, slots[1])
        forum.meetings.cancel(mid)
        rnd = forum.sync.sync_once()
        assert rnd.ok and rnd.pushed > 10
        assert (rnd.rejected, rnd.conflicts, rnd.set_aside) == (0, 0, 0), forum.sync.conflicts()
        assert forum.sync.status().pending == 0
    finally:
        forum.close()


def test_the_hub_checks_changes_built_in_code_too(api: Any, desk: dict[str, Any]) -> None:
    """``Hub.push`` checks a change that did not come through the HTTP reader."""
    from desktop.sync import protocol as p
    from server.hub import DeskIdentity

    bad = p.Change.model_validate(checkin(badge_id=2**64))
    good = p.Change.model_validate(checkin())
    who = DeskIdentity(uuid.UUID(desk["desk_id"]), "desk", "desk")
    acks = api.hub.push(who, [bad, good])
    assert [a.status for a in acks] == ["rejected", "accepted"]
    assert acks[0].message.startswith("data.badge_id: ")
    assert str(bad.id) not in feed_ids(api)
