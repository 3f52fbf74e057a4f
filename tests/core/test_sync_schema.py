"""Properties of the change schema (``desktop.sync.schema``) and of a desk's apply.

* Every change that meets the schema is taken whole by the server's reader, and the row
  the server makes of a check-in passes the desk's own row check.
* One spoiled field, whatever it is, makes the change ``rejected`` with a message that
  names that field; its batch-mates are taken.
* Arbitrary JSON never makes the reader fail with anything but "unreadable".
* A desk applying any mix of good and malformed changes, cut into pages anywhere, never
  stops: each change is applied, skipped or set aside, the cursor moves on, and two
  desks that saw the pages cut differently end up holding the same.
"""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db import setup
from desktop.db.models import Category, CheckIn, Participant
from desktop.desk import Forum
from desktop.sync import protocol as p
from desktop.sync.checkins import _rows_are_valid, checkin_row
from desktop.sync.client import META_CURSOR
from desktop.sync.schema import INT64_MAX
from tests.core.sync_strategies import (
    SPOILERS,
    change_like,
    checkin_changes,
    dumps,
    json_values,
    spoil,
    stamps,
    text,
    times,
    uuids,
)

PROFILE = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROFILE
@given(change=checkin_changes())
def test_every_valid_checkin_is_taken_and_its_row_passes_the_desks_check(
    change: dict[str, Any],
) -> None:
    [taken] = p.read_push(orjson.dumps({"changes": [change]}))
    assert isinstance(taken, p.Change), taken
    assert str(taken.id) == change["id"] and taken.entity_id == change["entity_id"]
    row = list(checkin_row(taken))
    assert _rows_are_valid([row]), row
    # The desk reads the same change back from a page as it is.
    page = p.parse_page(orjson.dumps({"changes": [{**change, "seq": 1}], "next": 1, "more": False}))
    assert page.set_aside == [] and len(page.changes) == 1


@PROFILE
@given(
    good=checkin_changes(),
    bad=checkin_changes(with_id=False),
    path=st.sampled_from(sorted(SPOILERS)),
    data=st.data(),
)
def test_one_spoiled_field_is_rejected_naming_it_and_the_batch_goes_on(
    good: dict[str, Any], bad: dict[str, Any], path: str, data: st.DataObject
) -> None:
    spoil(bad, path, data.draw(SPOILERS[path], label=path))
    answers = p.read_push(dumps({"changes": [good, bad, good]}))
    assert isinstance(answers[0], p.Change) and isinstance(answers[2], p.Change)
    refused = answers[1]
    assert isinstance(refused, p.Refused), refused
    assert refused.code == "invalid_change" and str(refused.id) == bad["id"]
    assert refused.message.startswith(f"{path}:"), (path, refused.message)
    assert len(refused.message) < 400


@PROFILE
@given(bad=checkin_changes(with_id=False), other=uuids, key=text(20, 1))
def test_a_mismatched_id_or_a_stray_field_is_named(
    bad: dict[str, Any], other: str, key: str
) -> None:
    mismatched = {**bad, "data": {**bad["data"], "id": other}}
    stray = {**bad, "data": {**bad["data"], f"x{key}": 1}}
    a, b = p.read_push(dumps({"changes": [mismatched, {**stray, "id": str(uuid.uuid4())}]}))
    assert isinstance(a, p.Refused) and a.message.startswith("data.id: ")
    assert isinstance(b, p.Refused) and b.message.startswith(f"data.x{key}: ")


@PROFILE
@given(changes=st.lists(change_like | json_values, max_size=6), junk=st.binary(max_size=30))
def test_arbitrary_json_is_read_or_refused_whole_never_crashes(
    changes: list[Any], junk: bytes
) -> None:
    body = dumps({"changes": changes})
    for candidate in (body, body[: len(body) // 2] + junk, junk):
        try:
            answers = p.read_push(candidate)
        except p.PushUnreadable as exc:
            assert exc.errors
            continue
        assert len(answers) == len(changes)
        for answer in answers:
            assert isinstance(answer, p.Change | p.Refused)
            if isinstance(answer, p.Refused):
                assert answer.message and answer.code == "invalid_change"


# -- a desk's apply -----------------------------------------------------------------------


def desk_forum(path: Path) -> Forum:
    forum = Forum.open(path)
    forum.ensure_event("Forum")
    return forum


@st.composite
def feed_items(draw: st.DrawFn, category: str) -> dict[str, Any]:
    """A change as a feed could hold it: good, spoiled, or from a newer server."""
    kind = draw(st.sampled_from(["checkin", "checkin", "spoiled", "person", "newer", "junk"]))
    if kind == "checkin":
        return draw(checkin_changes())
    if kind == "spoiled":
        change = draw(checkin_changes(with_id=False))
        path = draw(st.sampled_from(sorted(SPOILERS)))
        spoil(change, path, draw(SPOILERS[path]))
        return change
    if kind == "person":
        pid = draw(uuids)
        return {
            "id": draw(uuids),
            "entity": "participant",
            "entity_id": pid,
            "op": "create",
            "data": {
                "id": pid,
                "registration_code": draw(text(64, 1)),
                "badge_id": draw(st.integers(1, INT64_MAX)),
                "country": "RU",
                "category_id": category,
                "given_name": draw(text(300)),
            },
            "hlc": draw(stamps),
            "origin": "server",
            "operator": "",
            "at": draw(times),
        }
    if kind == "newer":
        return {
            "id": draw(uuids),
            "entity": "hologram",
            "entity_id": draw(text(64, 1)),
            "op": "project",
            "data": {"beam": draw(json_values)},
            "at": draw(times),
        }
    return draw(change_like)


def pull_pages(forum: Forum, items: list[dict[str, Any]], cuts: list[int]) -> None:
    """Pages of the feed, cut at ``cuts``, applied as the sync client applies them."""
    bounds = sorted({0, len(items), *(c for c in cuts if 0 < c < len(items))})
    for start, end in itertools.pairwise(bounds):
        page = [{**item, "seq": start + i + 1} for i, item in enumerate(items[start:end])]
        body = dumps({"changes": page, "next": end, "more": end < len(items)})
        pulled = p.parse_page(body)
        assert len(pulled.changes) + len(pulled.set_aside) == len(page)
        result = forum.sync._apply_page(pulled, "")
        assert result.applied + result.skipped + result.failed == result.received
        with forum.session() as s:
            assert setup.get_meta(s, META_CURSOR) == str(end)


def held(forum: Forum) -> tuple[set[str], set[str], list[tuple[str, str]]]:
    with forum.session() as s:
        scans = {str(x) for x in s.scalars(select(CheckIn.id))}
        people = {str(x) for x in s.scalars(select(Participant.id))}
    aside = sorted((a.entity, a.reason) for a in forum.sync.set_aside(10_000))
    return scans, people, aside


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), cuts_a=st.lists(st.integers(1, 12)), cuts_b=st.lists(st.integers(1, 12)))
def test_a_desk_never_stops_and_any_page_cuts_end_the_same(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    cuts_a: list[int],
    cuts_b: list[int],
) -> None:
    tmp = tmp_path_factory.mktemp("apply")
    a, b = desk_forum(tmp / "a.db"), desk_forum(tmp / "b.db")
    try:
        with a.session() as s:
            category = str(s.scalars(select(Category.id)).first())
        items = data.draw(st.lists(feed_items(category), max_size=12))
        pull_pages(a, items, cuts_a)
        pull_pages(b, items, cuts_b)
        assert held(a) == held(b)
        scans, _people, aside = held(a)
        good = [i for i in items if isinstance(i, dict) and i.get("entity") == "checkin"]
        assert {c["entity_id"] for c in good if _valid(c)} <= scans
        assert len(aside) <= len(items)
    finally:
        a.close()
        b.close()


def _valid(change: dict[str, Any]) -> bool:
    try:
        [answer] = p.read_push(dumps({"changes": [change]}))
    except p.PushUnreadable:
        return False
    return isinstance(answer, p.Change)


def test_every_change_a_desk_records_meets_the_schema(forum: Forum, tmp_path: Path) -> None:
    """What the services write to the outbox (an import, walk-ins, edits, cancels, merges,
    badge prints and reissues, scans, undos, overrides, meetings booked, moved, held and
    cancelled) is what the server takes: the schema refuses none of it."""
    from datetime import date, time

    from desktop.services.participants import WalkIn
    from desktop.sync.outbox import outbox_batch
    from tests.e2e.test_sync_support import PEOPLE_CSV

    people = tmp_path / "people.csv"
    people.write_text(PEOPLE_CSV, encoding="utf-8")
    forum.importer.import_file(people)
    codes = ["K-001", "H-001", "Z-001"]
    walk_in = forum.participants.register_walk_in(
        WalkIn("Amara", "Okafor", "Lagos", "NG", "delegate", email="a@example.org")
    )
    forum.participants.update(walk_in.registration_code, {"title": "Mayor", "languages": ["en"]})
    forum.badges.record_prints(codes, "a6")
    forum.badges.reprint("H-001", "lost")
    [print_id] = forum.badges.log_prints(["Z-001"], "a6", printer="Q", job="Q-1", source="arrival")
    forum.badges.mark_prints_failed([print_id], "Out of cards")
    forum.participants.update(
        walk_in.registration_code, {"category": "guest", "delegation": "Kazan"}
    )
    forum.checkin.scan("K-001", "main")
    forum.checkin.scan("K-001", "main", direction="out")
    forum.checkin.scan("Z-001", "main", method="manual")
    forum.checkin.undo_last("main")
    forum.checkin.scan("NOT-A-CODE", "main")
    forum.participants.set_status("H-001", "cancelled", "withdrew")
    refused = forum.checkin.scan("H-001", "main")
    assert refused.result == "rejected"
    forum.supervisor.set("2468")
    forum.checkin.override(refused.checkin_id, "the organiser vouches", "Supervisor", pin="2468")
    forum.participants.merge("K-001", walk_in.registration_code)
    day = date(2026, 6, 3)
    slots = forum.meetings.add_day(day, time(9, 0), count=3)
    table = forum.meetings.add_table("Table 1")
    mid = forum.meetings.book(["Kazan", "Havana"], slots[0], table)
    forum.meetings.move(mid, slots[1])
    forum.meetings.set_status(mid, "held")
    other = forum.meetings.book(["Zhengzhou", "Lagos"], slots[2], table)
    forum.meetings.cancel(other)

    with forum.session() as s:
        recorded = outbox_batch(s, 5000)
    kinds = {(c["entity"], c["op"]) for c in recorded}
    assert {
        ("participant", "create"),
        ("participant", "update"),
        ("participant", "cancel"),
        ("participant", "merge"),
        ("delegation", "create"),
        ("badge", "print"),
        ("badge", "issue"),
        ("checkin", "create"),
        ("meeting", "book"),
        ("meeting", "move"),
        ("meeting", "status"),
        ("meeting", "cancel"),
    } <= kinds
    answers = p.read_push(dumps({"changes": recorded}))
    refused_here = [a for a in answers if isinstance(a, p.Refused)]
    assert refused_here == []


def test_the_schemas_choices_are_the_check_in_services() -> None:
    from desktop.domain import checkin as domain
    from desktop.sync import schema

    assert schema.CHECKIN_METHODS == domain.METHODS
    assert schema.CHECKIN_DIRECTIONS == domain.DIRECTIONS
    assert {domain.ADMITTED, domain.ALREADY_IN, domain.REJECTED, domain.UNDONE} == set(
        schema.CHECKIN_RESULTS
    )
