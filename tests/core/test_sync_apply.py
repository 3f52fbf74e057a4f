"""Pulled pages on a desk: the page parser, check-ins stored once and flagged, bulk mode.

The end-to-end tests (tests/e2e/test_sync_e2e.py) run the same code against a real
server; these drive the parser and the applier directly, with the odd pages a server
(or a broken connection) could hand over.
"""

from __future__ import annotations

import itertools
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.db.models import Category, ChangeLog, CheckIn
from desktop.desk import Forum
from desktop.sync import protocol as p
from desktop.sync.apply import PageApplier
from desktop.sync.checkins import stored_time

T0 = datetime(2026, 6, 3, 8, 0, tzinfo=UTC)


def wire_checkin(
    seq: int,
    *,
    person: uuid.UUID,
    desk: str,
    at: datetime,
    zone: str = "main",
    result: str = "admitted",
    direction: str = "in",
    **data: Any,
) -> dict[str, Any]:
    cid = data.pop("id", str(uuid.uuid4()))
    body = {
        "id": cid,
        "participant_id": str(person),
        "badge_id": 1000 + seq,
        "badge_version": 1,
        "zone": zone,
        "direction": direction,
        "at": at.isoformat(),
        "desk": desk,
        "operator": "op",
        "method": "scan",
        "result": result,
        "reason": "",
        **data,
    }
    return {
        "seq": seq,
        "id": str(uuid.uuid4()),
        "entity": "checkin",
        "entity_id": cid,
        "op": "create",
        "data": body,
        "hlc": f"{1780000000000 + seq:013d}.00000.{desk}",
        "origin": desk,
        "operator": "op",
        "at": at.isoformat(),
        "desk_id": None,
    }


def page_bytes(changes: list[dict[str, Any]], more: bool = False) -> bytes:
    return orjson.dumps(
        {"changes": changes, "next": changes[-1]["seq"] if changes else 0, "more": more}
    )


def apply(forum: Forum, body: bytes, careful: bool = False) -> Any:
    page = p.parse_page(body)
    with forum.session() as s:
        return PageApplier(s, "").apply_page(page.changes, careful=careful)


def checkins(forum: Forum) -> list[CheckIn]:
    with forum.session() as s:
        return list(s.scalars(select(CheckIn).order_by(CheckIn.at)))


def test_a_page_of_checkins_is_stored_once_and_a_repeat_applies_nothing(forum: Forum) -> None:
    people = [uuid.uuid4() for _ in range(30)]
    changes = [
        wire_checkin(i + 1, person=person, desk="Desk B", at=T0 + timedelta(seconds=i))
        for i, person in enumerate(people)
    ]
    first = apply(forum, page_bytes(changes))
    assert (first.applied, first.skipped, first.failed) == (30, 0, 0)
    again = apply(forum, page_bytes(changes))
    assert (again.applied, again.skipped) == (0, 30)
    stored = checkins(forum)
    assert len(stored) == 30
    assert {c.participant_id for c in stored} == set(people)
    assert stored[0].at == T0 and stored[0].desk == "Desk B" and stored[0].result == "admitted"
    # A received check-in is its own history: nothing is copied into the change log.
    with forum.session() as s:
        assert s.scalar(select(ChangeLog).where(ChangeLog.entity == "checkin")) is None


def test_two_desks_admitting_the_same_person_keep_both_and_flag_the_second(forum: Forum) -> None:
    person = uuid.uuid4()
    apply(forum, page_bytes([wire_checkin(1, person=person, desk="Desk A", at=T0)]))
    later = wire_checkin(2, person=person, desk="Desk B", at=T0 + timedelta(minutes=5))
    # The other desk's offline admission arrives in a later page, among other people's scans.
    others = [
        wire_checkin(3 + i, person=uuid.uuid4(), desk="Desk B", at=T0 + timedelta(minutes=i))
        for i in range(5)
    ]
    apply(forum, page_bytes([later, *others]))
    mine = [c for c in checkins(forum) if c.participant_id == person]
    assert [(c.desk, c.flagged) for c in mine] == [("Desk A", False), ("Desk B", True)]
    assert not any(c.flagged for c in checkins(forum) if c.participant_id != person)


def test_an_exit_between_two_admissions_is_not_flagged(forum: Forum) -> None:
    person = uuid.uuid4()
    apply(
        forum,
        page_bytes(
            [
                wire_checkin(1, person=person, desk="Desk A", at=T0),
                wire_checkin(
                    2, person=person, desk="Desk A", at=T0 + timedelta(minutes=1), direction="out"
                ),
                wire_checkin(3, person=person, desk="Desk B", at=T0 + timedelta(minutes=2)),
            ]
        ),
    )
    assert not any(c.flagged for c in checkins(forum))


def test_a_checkin_without_its_own_time_takes_the_changes_time(forum: Forum) -> None:
    change = wire_checkin(1, person=uuid.uuid4(), desk="Desk A", at=T0)
    del change["data"]["at"], change["data"]["desk"]
    change["at"] = "2026-06-03T10:15:00.250000+02:00"
    apply(forum, page_bytes([change]))
    (stored,) = checkins(forum)
    assert stored.at == datetime(2026, 6, 3, 8, 15, 0, 250000, tzinfo=UTC)
    assert stored.desk == "Desk A"  # the change's origin


@pytest.mark.parametrize(
    ("wire", "stored"),
    [
        ("2026-06-03T08:00:00.123456+00:00", "2026-06-03 08:00:00.123456"),
        ("2026-06-03T08:00:00+00:00", "2026-06-03 08:00:00.000000"),
        ("2026-06-03T11:00:00+03:00", "2026-06-03 08:00:00.000000"),
        ("2026-06-03T08:00:00Z", "2026-06-03 08:00:00.000000"),
        ("2026-06-03T08:00:00", "2026-06-03 08:00:00.000000"),
    ],
)
def test_wire_times_are_stored_as_utc(wire: str, stored: str) -> None:
    assert stored_time(wire, None) == stored


def test_a_broken_checkin_is_set_aside_and_the_rest_applies(forum: Forum) -> None:
    good = [
        wire_checkin(i + 1, person=uuid.uuid4(), desk="Desk A", at=T0 + timedelta(seconds=i))
        for i in range(3)
    ]
    broken = wire_checkin(4, person=uuid.uuid4(), desk="Desk A", at=T0, id="not-a-uuid")
    broken["entity_id"] = "also-not-a-uuid"
    worse = wire_checkin(5, person=uuid.uuid4(), desk="Desk A", at=T0, badge_id="many")
    page = p.parse_page(page_bytes([*good, broken, worse]))
    assert [(a.seq, a.entity, a.entity_id) for a in page.set_aside] == [
        (4, "checkin", "also-not-a-uuid"),
        (5, "checkin", worse["entity_id"]),
    ]
    assert page.set_aside[1].reason == "data.badge_id: Input should be a valid integer"
    assert '"badge_id":"many"' in page.set_aside[1].body
    with forum.session() as s:
        result = PageApplier(s, "").apply_page(page.changes)
    assert (result.applied, result.failed) == (3, 0)
    assert len(checkins(forum)) == 3


def test_a_change_the_tables_refuse_is_set_aside_in_careful_mode(forum: Forum) -> None:
    """Two participants with one badge id: the second breaks a unique index of the desk
    (an error of SQLite itself, under the raw bulk insert). Careful mode sets it aside
    and applies the rest, instead of failing the page for good."""
    forum.ensure_event("Forum")
    with forum.session() as s:
        category = str(s.scalars(select(Category.id)).first())

    def person(seq: int, badge_id: int) -> dict[str, Any]:
        pid = str(uuid.uuid4())
        return {
            "seq": seq,
            "id": str(uuid.uuid4()),
            "entity": "participant",
            "entity_id": pid,
            "op": "create",
            "data": {
                "id": pid,
                "registration_code": f"R-{seq}",
                "badge_id": badge_id,
                "country": "RU",
                "category_id": category,
                "given_name": f"Person {seq}",
            },
            "hlc": f"{1780000000000 + seq:013d}.00000.server",
            "origin": "server",
            "operator": "",
            "at": T0.isoformat(),
            "desk_id": None,
        }

    page = p.parse_page(page_bytes([person(1, 77), person(2, 77), person(3, 78)]))
    assert page.set_aside == []
    with pytest.raises(sqlite3.IntegrityError), forum.session() as s:
        PageApplier(s, "").apply_page(page.changes)
    with forum.session() as s:
        result = PageApplier(s, "").apply_page(page.changes, careful=True)
    assert (result.applied, result.failed) == (2, 1)
    assert [(a.seq, a.entity, a.op) for a in result.set_aside] == [(2, "participant", "create")]
    assert result.set_aside[0].reason.startswith("IntegrityError: UNIQUE constraint failed")
    assert forum.participants.count() == 2


def test_applying_a_page_leaves_the_connection_as_durable_as_before(forum: Forum) -> None:
    apply(forum, page_bytes([wire_checkin(1, person=uuid.uuid4(), desk="Desk A", at=T0)]))
    for _ in range(3):  # whichever pooled connection the next session gets
        with forum.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"changes": [', p.PageGarbled),
        (b"", p.PageGarbled),
        (b"[]", p.PageInvalid),
        (b'{"changes": [], "next": "seven", "more": false}', p.PageInvalid),
        (b'{"changes": [], "next": -1, "more": false}', p.PageInvalid),
        (b'{"changes": [], "next": 99999999999999999999, "more": false}', p.PageInvalid),
        (b'{"changes": [], "next": 7, "more": false, "checkins": 5}', p.PageInvalid),
    ],
)
def test_a_page_that_is_not_one_is_refused_with_its_reason(body: bytes, error: type) -> None:
    with pytest.raises(error):
        p.parse_page(body)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"changes": [], "next": 7, "more": false, "checkins": [[1, 2]]}', "list of 16 values"),
        (b'{"changes": [1], "next": 7, "more": false}', "must be a JSON object"),
        (b'{"changes": [{"entity": "participant"}], "next": 7, "more": false}', "id: Field"),
        (b'{"changes": [{"seq": 3, "entity": 5}], "next": 7, "more": false}', "entity: "),
    ],
)
def test_a_page_with_a_change_that_is_not_one_sets_it_aside(body: bytes, reason: str) -> None:
    page = p.parse_page(body)
    assert (page.changes, page.checkin_rows, page.next) == ([], [], 7)
    assert len(page.set_aside) == 1 and reason in page.set_aside[0].reason


def _nested(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=20),
    _nested,
    max_leaves=12,
)
_change = st.fixed_dictionaries(
    {
        "seq": st.integers(0, 10**6),
        "id": st.uuids().map(str) | st.text(max_size=40),
        "entity": st.sampled_from(["checkin", "participant", "badge", "x"]),
        "entity_id": st.uuids().map(str) | st.text(max_size=40),
        "op": st.sampled_from(["create", "update"]),
        "data": st.dictionaries(
            st.sampled_from(["id", "participant_id", "at", "zone", "badge_id", "result", "desk"]),
            _json | st.uuids().map(str),
            max_size=7,
        ),
        "at": st.datetimes(timezones=st.just(UTC)).map(datetime.isoformat) | st.text(max_size=10),
    }
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.lists(_change, max_size=6), junk=st.binary(max_size=40))
def test_any_page_either_applies_or_is_refused_cleanly(
    forum: Forum, changes: list[dict[str, Any]], junk: bytes
) -> None:
    body = orjson.dumps({"changes": changes, "next": 1, "more": False})
    for candidate in (body, body[: len(body) // 2] + junk):
        try:
            page = p.parse_page(candidate)
        except (p.PageGarbled, p.PageInvalid):
            continue
        with forum.session() as s:
            result = PageApplier(s, "").apply_page(page.changes, careful=True)
        assert result.received == len(page.changes)
        assert result.applied + result.skipped + result.failed <= len(page.changes)


_scan = st.fixed_dictionaries(
    {
        "person": st.integers(0, 2),
        "zone": st.sampled_from(["main", "Пленарный зал"]),
        "direction": st.sampled_from(["in", "in", "out"]),
        "result": st.sampled_from(["admitted", "admitted", "rejected"]),
        "minute": st.integers(0, 30),
        "desk": st.sampled_from(["Desk A", "Desk B"]),
    }
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scans=st.lists(_scan, min_size=1, max_size=14), cuts=st.lists(st.integers(1, 13)))
def test_flags_found_from_the_new_rows_match_a_refresh_of_every_admitted_pair(
    tmp_path_factory: Any, scans: list[dict[str, Any]], cuts: list[int]
) -> None:
    """Pulled check-ins are flagged from the rows a page added (one SQL probe each); that
    must flag exactly what refreshing every admitted pair of each page does."""
    from desktop.db.rawsql import raw_connection
    from desktop.sync.checkins import SQL_INSERT, CheckinWriter, checkin_row, refresh_flags

    people = [uuid.UUID(int=i + 1) for i in range(3)]
    changes = [
        wire_checkin(
            i + 1,
            person=people[s["person"]],
            desk=s["desk"],
            at=T0 + timedelta(minutes=s["minute"]),
            zone=s["zone"],
            result=s["result"],
            direction=s["direction"],
        )
        for i, s in enumerate(scans)
    ]
    bounds = sorted({0, len(changes), *(c for c in cuts if c < len(changes))})
    pages = [changes[a:b] for a, b in itertools.pairwise(bounds)]
    pages.append(pages[0])  # a page pulled again after a cut connection
    tmp = tmp_path_factory.mktemp("flags")
    new, old = Forum.open(tmp / "new.db"), Forum.open(tmp / "old.db")
    try:
        for f in (new, old):
            f.ensure_event("Forum")
        for page in pages:
            with new.session() as s:
                writer = CheckinWriter(s)
                for change in page:
                    writer.add(change)
                writer.flush()
            rows = [checkin_row(c) for c in page]
            with old.session() as s:
                raw_connection(s).executemany(SQL_INSERT, rows)
                refresh_flags(s, {(r[1], r[4]) for r in rows if r[10] == "admitted" and r[1]})
        flagged = [sorted((str(c.id), c.flagged) for c in checkins(f)) for f in (new, old)]
        assert flagged[0] == flagged[1]
    finally:
        new.close()
        old.close()
