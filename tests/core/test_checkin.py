"""The check-in decision service: every outcome, durable facts with their outbox entries."""

from __future__ import annotations

import json
import secrets
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.badges.payload import b32decode, b32encode, encode_badge
from desktop.db import setup
from desktop.db.models import BadgeVersion, Category, Delegation, Desk, Event, Participant
from desktop.desk import Forum
from desktop.domain import keys
from desktop.errors import Conflict, InvalidInput, NotFound
from desktop.services.checkin import CheckinService


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 6, 3, 8, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=7)
        return self.now


@pytest.fixture()
def forum(tmp_path: Path) -> Iterator[Forum]:
    f = Forum.open(tmp_path / "forum.db", operator="anna")
    f.ensure_event("BRICS Municipal Forum", timezone="Europe/Moscow")
    with f.session() as s:
        event = setup.current_event(s)
        assert event is not None
        cats = {c.code: c.id for c in s.query(Category).filter_by(event_id=event.id)}
        kazan = Delegation(event_id=event.id, name="Kazan", country="RU")
        havana = Delegation(event_id=event.id, name="La Habana", country="CU")
        s.add_all([kazan, havana])
        s.flush()
        rows = [
            ("KZN-001", "Ильсур", "Метшин", "Ilsur", "Metshin", kazan.id, "RU", "head", None),
            (
                "HAV-002",
                "Yanet",
                "Hernández",
                "Yanet",
                "Hernandez",
                havana.id,
                "CU",
                "delegate",
                None,
            ),
            ("KZN-003", "Айгуль", "Сафина", "Aigul", "Safina", kazan.id, "RU", "media", None),
            ("HAV-004", "Luis", "Pérez", "Luis", "Perez", havana.id, "CU", "delegate", ["vip"]),
        ]
        for code, gn, fn, gl, fl, deleg, country, cat, zones in rows:
            s.add(
                Participant(
                    event_id=event.id,
                    registration_code=code,
                    badge_id=secrets.randbits(63),
                    given_name=gn,
                    family_name=fn,
                    given_name_latin=gl,
                    family_name_latin=fl,
                    delegation_id=deleg,
                    country=country,
                    category_id=cats[cat],
                    title="Mayor" if cat == "head" else "",
                    zones=zones,
                )
            )
    yield f
    f.close()


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
def desk(forum: Forum, clock: Clock) -> Iterator[CheckinService]:
    service = CheckinService(forum, clock=clock)
    yield service
    service.close()


def outbox(forum: Forum, checkin_id: str) -> dict:
    con = sqlite3.connect(forum.db.url.removeprefix("sqlite:///"))
    try:
        rows = con.execute(
            "SELECT data, op, origin FROM change_log WHERE entity = 'checkin' AND entity_id = ?",
            (checkin_id,),
        ).fetchall()
        facts = con.execute(
            "SELECT result FROM checkin WHERE id = ?", (uuid.UUID(checkin_id).hex,)
        ).fetchall()
    finally:
        con.close()
    assert len(rows) == 1 and len(facts) == 1
    assert rows[0][1] == "create"
    return json.loads(rows[0][0])


def self_key(forum: Forum) -> tuple[int, bytes, int]:
    with forum.session() as s:
        d = setup.self_desk(s)
        event = setup.current_event(s)
        assert d is not None and d.private_key is not None and event is not None
        return d.key_id, d.private_key, event.tag


def badge(
    forum: Forum,
    badge_id: int,
    version: int = 1,
    *,
    private: bytes | None = None,
    key_id: int | None = None,
    tag: int | None = None,
) -> str:
    kid, priv, event_tag = self_key(forum)
    return encode_badge(
        event_tag=event_tag if tag is None else tag,
        badge_id=badge_id,
        badge_version=version,
        key_id=kid if key_id is None else key_id,
        private_key=priv if private is None else private,
    )


def test_genuine_badge_admits_and_is_recorded_with_its_outbox_entry(
    forum: Forum, desk: CheckinService
) -> None:
    text = desk.qr_for("KZN-001")
    d = desk.scan(text + "\r\n", "main")
    assert (d.result, d.reason, d.entry_allowed) == ("admitted", "", True)
    assert d.participant is not None
    assert d.participant.native_name == "Ильсур Метшин"
    assert d.participant.latin_name == "Ilsur Metshin"
    assert (d.participant.delegation, d.participant.country) == ("Kazan", "RU")
    assert (d.participant.category_code, d.participant.category_colour) == ("head", "#8B1E3F")
    data = outbox(forum, d.checkin_id)
    assert data["id"] == d.checkin_id
    assert data["participant_id"] == d.participant.id
    assert data["badge_id"] == d.participant.badge_id and data["badge_version"] == 1
    assert (data["zone"], data["direction"], data["method"]) == ("main", "in", "scan")
    assert (data["result"], data["reason"], data["operator"]) == ("admitted", "", "anna")
    assert data["desk"] == forum.actor.desk
    assert datetime.fromisoformat(data["at"]) == d.at
    assert d.to_json()["participant"]["registration_code"] == "KZN-001"


def test_result_names_are_in_the_order_badges_print_them(
    forum: Forum, desk: CheckinService
) -> None:
    """Vietnamese and Chinese names family first, as on the badge: not "Thị Hương Nguyễn"."""
    with forum.session() as s:
        event = setup.current_event(s)
        assert event is not None
        delegate = s.query(Category).filter_by(event_id=event.id, code="delegate").one()
        hanoi = Delegation(event_id=event.id, name="Hà Nội", country="VN")
        zhengzhou = Delegation(event_id=event.id, name="郑州", country="CN")
        s.add_all([hanoi, zhengzhou])
        s.flush()
        for code, names, delegation, country in (
            ("HAN-010", ("Thị Hương", "Nguyễn", "Thi Huong", "Nguyen"), hanoi, "VN"),
            ("ZZ-011", ("芳", "王", "Fang", "Wang"), zhengzhou, "CN"),
        ):
            s.add(
                Participant(
                    event_id=event.id,
                    registration_code=code,
                    badge_id=secrets.randbits(63),
                    given_name=names[0],
                    family_name=names[1],
                    given_name_latin=names[2],
                    family_name_latin=names[3],
                    delegation_id=delegation.id,
                    country=country,
                    category_id=delegate.id,
                )
            )
    desk.invalidate()
    vietnamese = desk.scan(desk.qr_for("HAN-010"), "main").participant
    chinese = desk.scan("ZZ-011", "main", method="manual").participant
    assert vietnamese is not None and chinese is not None
    assert (vietnamese.native_name, vietnamese.latin_name) == (
        "Nguyễn Thị Hương",
        "Nguyen Thi Huong",
    )
    assert (chinese.native_name, chinese.latin_name) == ("王芳", "Wang Fang")
    assert chinese.to_json()["latin_name"] == "Wang Fang"
    assert desk.participant("HAN-010").native_name == "Nguyễn Thị Hương"


def test_second_scan_is_already_in_with_when_and_where(forum: Forum, desk: CheckinService) -> None:
    text = desk.qr_for("HAV-002")
    first = desk.scan(text, "main")
    again = desk.scan(text, "main")
    assert again.result == "already_in" and again.reason == "reentry"
    assert again.entry_allowed  # the main entrance allows re-entry: amber, but may pass
    assert again.previous is not None
    assert again.previous.checkin_id == first.checkin_id
    assert again.previous.at == first.at and again.previous.desk == forum.actor.desk
    assert outbox(forum, again.checkin_id)["result"] == "already_in"


def test_zone_without_reentry_refuses_until_checked_out(forum: Forum, desk: CheckinService) -> None:
    with forum.session() as s:
        from desktop.db.models import Zone

        s.query(Zone).filter_by(code="plenary").update({"reentry": False})
    text = desk.qr_for("KZN-001")
    assert desk.scan(text, "plenary").result == "admitted"
    again = desk.scan(text, "plenary")
    assert (again.result, again.reason, again.entry_allowed) == ("already_in", "no_reentry", False)
    out = desk.scan(text, "plenary", direction="out")
    assert (out.result, out.reason) == ("admitted", "")
    assert desk.scan(text, "plenary").result == "admitted"
    # Scanning out someone who never came in is recorded but flagged by its reason.
    other = desk.scan("HAV-002", "plenary", direction="out")
    assert (other.result, other.reason) == ("admitted", "not_inside")


def test_typed_registration_code_is_case_insensitive_and_trimmed(desk: CheckinService) -> None:
    d = desk.scan("  kzn-003 \r\n", "press", method="manual")
    assert d.result == "admitted" and d.participant is not None
    assert d.participant.registration_code == "KZN-003"
    assert desk.scan("Kzn-003", "press").result == "already_in"


def test_unknown_code_and_garbage_are_rejected_and_recorded(
    forum: Forum, desk: CheckinService
) -> None:
    for text, reason in (
        ("NOPE-999", "unknown"),
        ("", "unknown"),
        ("https://example.com/ticket/" + "x" * 80, "not_ours"),  # someone else's QR
        ("#" * 100, "unreadable"),
        ("\x00\x01\x02", "unknown"),
    ):
        d = desk.scan(text, "main")
        assert (d.result, d.reason, d.participant) == ("rejected", reason, None)
        assert outbox(forum, d.checkin_id)["result"] == "rejected"


def test_damaged_payloads_get_their_own_reason(forum: Forum, desk: CheckinService) -> None:
    text = desk.qr_for("KZN-001")
    assert desk.scan(text[:-6], "main").reason == "truncated"
    assert desk.scan(text[:40], "main").reason == "truncated"
    assert desk.scan(text + "AAA", "main").reason == "oversized"
    raw = b32decode(text)
    assert desk.scan(b32encode(b"\x07" + raw[1:]), "main").reason == "not_ours"


def test_forged_altered_and_foreign_badges_are_rejected(forum: Forum, desk: CheckinService) -> None:
    person = desk.participant("KZN-001")
    other_private, _ = keys.generate_keypair()
    # Signed by someone else under this desk's key id, for a badge id nobody has.
    forged = badge(forum, secrets.randbits(63), private=other_private)
    assert desk.scan(forged, "main").reason == "forged"
    # A real person's badge re-signed by a stranger is an altered badge.
    altered = badge(forum, person.badge_id, private=other_private)
    d = desk.scan(altered, "main")
    assert (d.result, d.reason) == ("rejected", "altered")
    assert d.participant is not None and d.participant.registration_code == "KZN-001"
    # A genuine badge with its version byte changed.
    raw = bytearray(b32decode(desk.qr_for("KZN-001")))
    raw[13] = 2
    assert desk.scan(b32encode(bytes(raw)), "main").reason == "altered"
    # An unknown key id.
    kid, _, _ = self_key(forum)
    assert desk.scan(badge(forum, 5, key_id=(kid + 1) % 65536), "main").reason == "unknown_key"
    # Another event's badge.
    assert desk.scan(badge(forum, person.badge_id, tag=12345), "main").reason == "foreign_event"
    # None of these let the person in.
    assert desk.scan(desk.qr_for("KZN-001"), "main").result == "admitted"


def test_reprinted_badge_supersedes_the_old_one(forum: Forum, desk: CheckinService) -> None:
    old = desk.qr_for("HAV-002")
    with forum.session() as s:
        p = s.query(Participant).filter_by(registration_code="HAV-002").one()
        p.badge_version = 2
        s.add(BadgeVersion(participant_id=p.id, badge_id=p.badge_id, version=1, revoked=True))
    new = desk.qr_for("HAV-002")
    assert new != old
    d = desk.scan(old, "main")
    assert (d.result, d.reason) == ("rejected", "superseded")
    assert d.participant is not None and d.participant.latin_name == "Yanet Hernandez"
    assert desk.scan(new, "main").result == "admitted"


def test_revoked_badge_version_is_superseded(forum: Forum, desk: CheckinService) -> None:
    text = desk.qr_for("HAV-002")
    with forum.session() as s:
        p = s.query(Participant).filter_by(registration_code="HAV-002").one()
        s.add(BadgeVersion(participant_id=p.id, badge_id=p.badge_id, version=1, revoked=True))
    assert desk.scan(text, "main").reason == "superseded"


def test_cancelled_zone_and_dates(forum: Forum, desk: CheckinService, clock: Clock) -> None:
    assert desk.scan("HAV-002", "vip").reason == "zone_not_allowed"  # delegates: no VIP lounge
    assert desk.scan("HAV-004", "vip").result == "admitted"  # own zone list wins
    assert desk.scan("HAV-004", "main").reason == "zone_not_allowed"
    with forum.session() as s:
        s.query(Participant).filter_by(registration_code="KZN-003").update({"status": "cancelled"})
    d = desk.scan(desk.qr_for("KZN-003"), "main")
    assert (d.result, d.reason) == ("rejected", "cancelled")
    with forum.session() as s:
        s.query(Event).update({"start_date": date(2025, 6, 4), "end_date": date(2025, 6, 5)})
    assert desk.scan("KZN-001", "main").reason == "not_valid_today"
    clock.now = datetime(2025, 6, 4, 5, 0, tzinfo=UTC)
    assert desk.scan("KZN-001", "main").result == "admitted"
    clock.now = datetime(2025, 6, 5, 21, 30, tzinfo=UTC)  # 00:30 on the 6th in Moscow
    assert desk.scan("HAV-002", "main").reason == "not_valid_today"


def test_already_in_starts_afresh_each_event_day(desk: CheckinService, clock: Clock) -> None:
    assert desk.scan("KZN-001", "main").result == "admitted"
    clock.now += timedelta(days=1)
    assert desk.scan("KZN-001", "main").result == "admitted"


def test_badge_of_a_person_not_synced_yet_admits_pending_details(
    forum: Forum, desk: CheckinService
) -> None:
    text = badge(forum, 777)
    d = desk.scan(text, "plenary")
    assert (d.result, d.reason, d.pending_details) == ("admitted", "pending_details", True)
    assert d.participant is None and d.badge_id == 777
    again = desk.scan(text, "plenary")
    assert again.result == "already_in" and again.pending_details
    assert outbox(forum, d.checkin_id)["badge_id"] == 777


def test_keys_of_other_desks_rotation_and_revocation(forum: Forum, desk: CheckinService) -> None:
    person = desk.participant("KZN-001")
    assert desk.scan(desk.qr_for("HAV-002"), "main").result == "admitted"  # rules now cached
    certified_priv, certified_pub = keys.generate_keypair()
    stray_priv, stray_pub = keys.generate_keypair()
    with forum.session() as s:
        event = setup.current_event(s)
        authority = bytes.fromhex(setup.get_meta(s, setup.META_AUTHORITY_PRIVATE) or "")
        assert event is not None
        for name, pub, cert in (
            ("desk-2", certified_pub, True),
            ("stray", stray_pub, False),
        ):
            kid = keys.key_id_for(pub)
            s.add(
                Desk(
                    name=name,
                    key_id=kid,
                    public_key=pub,
                    certificate=keys.certify(authority, event.tag, kid, pub) if cert else None,
                )
            )
    other = badge(
        forum, person.badge_id, private=certified_priv, key_id=keys.key_id_for(certified_pub)
    )
    assert desk.scan(other, "main").result == "admitted"  # key arrived after caching
    stray = badge(forum, 99, private=stray_priv, key_id=keys.key_id_for(stray_pub))
    assert desk.scan(stray, "main").reason == "unknown_key"  # not certified: not trusted
    with forum.session() as s:
        s.query(Desk).filter_by(name="desk-2").update({"revoked": True})
    assert desk.scan(other, "plenary").reason == "revoked_key"


def test_undo_makes_a_new_fact_and_frees_the_person(forum: Forum, desk: CheckinService) -> None:
    assert desk.undo_last("main") is None
    first = desk.scan("KZN-001", "main")
    assert desk.counts("main").inside_now == 1
    undo = desk.undo_last("main")
    assert undo is not None
    assert (undo.result, undo.reason, undo.refers_to) == ("undone", "undo", first.checkin_id)
    assert undo.name == "Ильсур Метшин"
    assert outbox(forum, undo.id)["refers_to"] == first.checkin_id
    assert desk.counts("main").as_dict() == {"desk_today": 0, "zone_today": 0, "inside_now": 0}
    assert desk.undo_last("main") is None
    assert desk.scan("KZN-001", "main").result == "admitted"


def test_override_admits_with_the_reason_kept(forum: Forum, desk: CheckinService) -> None:
    forum.supervisor.set("8642")
    rejected = desk.scan("HAV-002", "vip")
    assert rejected.overridable
    d = desk.override(rejected.checkin_id, "invited by the mayor's office", "Olga", pin="8642")
    assert (d.result, d.reason, d.zone) == ("admitted", "override", "vip")
    assert d.participant is not None and d.participant.registration_code == "HAV-002"
    data = outbox(forum, d.checkin_id)
    assert data["refers_to"] == rejected.checkin_id
    assert "invited by the mayor's office" in data["note"] and "Olga" in data["note"]
    with pytest.raises(Conflict):
        desk.override(rejected.checkin_id, "again", "Olga", pin="8642")
    with pytest.raises(Conflict):
        desk.override(d.checkin_id, "admitted already", "Olga", pin="8642")
    with pytest.raises(InvalidInput):
        desk.override(rejected.checkin_id, "  ", "Olga", pin="8642")
    with pytest.raises(NotFound):
        desk.override(str(uuid.uuid4()), "x", "Olga", pin="8642")


def test_counters_and_recent(forum: Forum, desk: CheckinService, clock: Clock) -> None:
    assert desk.counts("main").as_dict() == {"desk_today": 0, "zone_today": 0, "inside_now": 0}
    desk.scan("KZN-001", "main")
    desk.scan("HAV-002", "main")
    desk.scan("HAV-002", "main")  # already in: not counted twice
    desk.scan("NOPE", "main")
    desk.scan("HAV-002", "main", direction="out")
    assert desk.counts("main").as_dict() == {"desk_today": 2, "zone_today": 2, "inside_now": 1}
    # Counted from the database afresh, the figures agree.
    fresh = CheckinService(forum, clock=clock)
    assert fresh.counts("Main entrance") == desk.counts("main")
    fresh.close()
    recent = desk.recent(3)
    assert [r.result for r in recent] == ["admitted", "rejected", "already_in"]
    assert recent[0].direction == "out" and recent[0].name == "Yanet Hernández"


def test_zone_by_name_and_unknown_zone(desk: CheckinService) -> None:
    assert desk.resolve_zone("plenary hall").code == "plenary"
    assert desk.scan("KZN-001", "Plenary Hall").zone == "plenary"
    with pytest.raises(NotFound):
        desk.scan("KZN-001", "roof")
    with pytest.raises(NotFound):
        desk.qr_for("NOPE")
    with pytest.raises(InvalidInput):
        desk.scan("KZN-001", "main", direction="sideways")


def test_forum_facade_gives_the_service(forum: Forum) -> None:
    assert forum.checkin.scan("KZN-001", "main").result == "admitted"


def test_a_badge_id_beyond_63_bits_is_rejected_as_altered(
    forum: Forum, desk: CheckinService
) -> None:
    """Issue 12: the top bit of byte 5 of a genuine payload overflowed SQLite's integers."""
    raw = bytearray(b32decode(desk.qr_for("KZN-001")))
    raw[5] ^= 0x80
    d = desk.scan(b32encode(bytes(raw)), "main")
    assert (d.result, d.reason, d.participant) == ("rejected", "altered", None)
    assert "badge id" in d.detail
    fact = outbox(forum, d.checkin_id)
    assert (fact["result"], fact["reason"], fact["badge_id"]) == ("rejected", "altered", None)
    assert "badge id" in fact["note"]


def test_bytes_that_are_not_text_are_rejected_as_unreadable(
    forum: Forum, desk: CheckinService
) -> None:
    """Issue 12: bytes that are not UTF-8 (stdin) or lone surrogates (argv) are a
    rejection with their bytes kept as escapes, not an encoding error."""
    for scanned in (b"\xff\xfe KZN-001\n", "KZN-001\udcff", "\ud800", bytearray(b"\x80")):
        d = desk.scan(scanned, "main")
        assert (d.result, d.reason, d.participant) == ("rejected", "unreadable", None), scanned
        assert d.detail == "not UTF-8 text"
        fact = outbox(forum, d.checkin_id)
        assert fact["result"] == "rejected" and "\\" in fact["scanned_text"]  # escaped
    stored = outbox(forum, desk.scan(b"\xff\xfeabc", "main").checkin_id)["scanned_text"]
    assert stored == "\\xff\\xfeabc"
    # UTF-8 bytes are text like any other.
    assert desk.scan(b"KZN-001", "main").result == "admitted"


def with_surrogates(max_size: int) -> st.SearchStrategy[str]:
    """Text with lone surrogates among other characters, as the command line passes
    undecodable bytes (``st.text`` leaves them out)."""
    return st.lists(
        st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=max_size
    ).map("".join)


def _bit_flips(genuine: str) -> st.SearchStrategy[str]:
    size = len(b32decode(genuine))

    def flip(position: tuple[int, int]) -> str:
        raw = bytearray(b32decode(genuine))
        raw[position[0]] ^= 1 << position[1]
        return b32encode(bytes(raw))

    return st.tuples(st.integers(0, size - 1), st.integers(0, 7)).map(flip)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_fuzzed_scanner_input_is_rejected_without_a_crash(
    forum: Forum, desk: CheckinService, data: st.DataObject
) -> None:
    """Whatever reaches the scan field (text with lone surrogates, raw bytes, QR text,
    a genuine badge with a bit flipped) is a recorded decision, never an exception."""
    genuine = desk.qr_for("KZN-001")
    scanned = data.draw(
        st.one_of(
            st.text(max_size=200),
            with_surrogates(200),
            st.binary(max_size=300),
            st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", min_size=100, max_size=130),
            _bit_flips(genuine),
            _bit_flips(genuine).map(str.encode),
        )
    )
    d = desk.scan(scanned, "main", direction=data.draw(st.sampled_from(["in", "out"])))
    assert d.result in ("admitted", "already_in", "rejected")
    if d.result != "rejected":
        assert d.participant is not None and d.participant.registration_code == "KZN-001"
    assert outbox(forum, d.checkin_id)["result"] == d.result


def test_cli_checkin_and_qr(forum: Forum, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    db = forum.db.url.removeprefix("sqlite:///")
    forum.close()
    assert main(["qr", "KZN-001", "--db", db]) == 0
    text = capsys.readouterr().out.strip()
    assert len(text) == 128
    assert main(["checkin", text, "--db", db, "--zone", "Main entrance", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["result"], out["reason"]) == ("admitted", None)
    p = out["participant"]
    assert (p["registration_code"], p["native_name"], p["latin_name"]) == (
        "KZN-001",
        "Ильсур Метшин",
        "Ilsur Metshin",
    )
    assert (p["delegation"], p["country"], p["category"]) == ("Kazan", "RU", "head")
    assert main(["checkin", "kzn-001", "--db", db, "--desk", "desk-2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["result"] == "already_in"
    assert main(["checkin", "kzn-001", "--db", db, "--desk", "desk-2"]) == 0
    assert "ALREADY IN" in capsys.readouterr().out
    assert main(["checkin", "NOPE", "--db", db, "--json"]) == 0
    rejected = json.loads(capsys.readouterr().out)
    assert rejected == {
        "result": "rejected",
        "reason": "unknown",
        "participant": None,
        "checkin_id": rejected["checkin_id"],  # what ``forumdesk override`` refers to
    }
    uuid.UUID(rejected["checkin_id"])
    assert main(["checkin", "KZN-001", "--db", db, "--zone", "roof"]) == 2
    assert main(["qr", "NOPE", "--db", db]) == 1
    assert "NOPE" in capsys.readouterr().err


def test_cli_altered_badge_and_undecodable_text_are_rejections(
    forum: Forum, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12: an altered badge exited 1 with OverflowError, undecodable bytes with
    UnicodeEncodeError; both are rejections in the JSON contract, exit 0."""
    from desktop.cli import main

    db = forum.db.url.removeprefix("sqlite:///")
    forum.close()
    assert main(["qr", "KZN-001", "--db", db]) == 0
    raw = bytearray(b32decode(capsys.readouterr().out.strip()))
    raw[5] ^= 0x80
    assert main(["checkin", b32encode(bytes(raw)), "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["result"], out["reason"], out["participant"]) == ("rejected", "altered", None)
    assert "badge id" in out["detail"]
    assert main(["checkin", b32encode(bytes(raw)), "--db", db]) == 0
    assert "REJECTED | altered badge (badge id" in capsys.readouterr().out
    # The command line hands undecodable argv bytes over as lone surrogates.
    assert main(["checkin", "KZN\udcff\udcfe", "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["result"], out["reason"]) == ("rejected", "unreadable")
    # stdin: any bytes, through the real process and its binary stdin.
    for data in (b"\xff\xfe\x00garbage\n", bytes(range(256)), b"\xc3(" * 5000, b""):
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", "checkin", "-", "--db", db, "--json"],
            input=data,
            capture_output=True,
            timeout=120,
            cwd=Path(__file__).parents[2],
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr and b"unexpected" not in done.stderr
        out = json.loads(done.stdout)
        assert out["result"] == "rejected" and out["reason"] in (
            "unreadable",
            "oversized",
            "unknown",
        ), (data[:20], out)
        assert set(out) >= {"result", "reason", "participant"}
