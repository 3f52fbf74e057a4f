"""The supervisor PIN is the core's rule: no default, stored hashed, the same for the
GUI, the kiosk and the CLI; a wrong or missing PIN records nothing."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.desk import Forum
from desktop.errors import InvalidInput, PinNotSet, WrongPin
from desktop.services.supervisor import META_SUPERVISOR_PIN, hash_pin, pin_matches
from tests.core.test_checkin import forum  # noqa: F401  (the fixture)


def _checkins(desk: Forum) -> int:
    con = sqlite3.connect(desk.db.url.removeprefix("sqlite:///"))
    try:
        return int(con.execute("SELECT count(*) FROM checkin").fetchone()[0])
    finally:
        con.close()


def _stored(desk: Forum) -> str:
    con = sqlite3.connect(desk.db.url.removeprefix("sqlite:///"))
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (META_SUPERVISOR_PIN,)).fetchone()
    finally:
        con.close()
    return row[0] if row else ""


def test_no_default_pin_overrides_are_refused_until_one_is_set(forum: Forum) -> None:  # noqa: F811
    assert not forum.supervisor.is_set()
    rejected = forum.checkin.scan("HAV-002", "vip")
    assert rejected.overridable
    before = _checkins(forum)
    for guess in ("0000", "", "1234"):
        with pytest.raises(PinNotSet) as refused:
            forum.checkin.override(rejected.checkin_id, "invited", "Olga", pin=guess)
        assert "supervisor-pin" in refused.value.message and "Settings" in refused.value.message
    assert _checkins(forum) == before


def test_a_wrong_pin_is_refused_by_the_core_and_records_nothing(forum: Forum) -> None:  # noqa: F811
    forum.supervisor.set("8642")
    rejected = forum.checkin.scan("HAV-002", "vip")
    before = _checkins(forum)
    with pytest.raises(WrongPin) as wrong:
        forum.checkin.override(rejected.checkin_id, "invited", "Olga", pin="0000")
    assert wrong.value.code == "wrong_pin"
    assert _checkins(forum) == before
    admitted = forum.checkin.override(rejected.checkin_id, "invited", "Olga", pin="8642")
    assert (admitted.result, admitted.reason) == ("admitted", "override")


def test_the_pin_is_stored_hashed_with_a_salt_and_changed_only_with_the_current_one(
    forum: Forum,  # noqa: F811
) -> None:
    forum.supervisor.set("8642")
    stored = _stored(forum)
    assert "8642" not in stored and stored.startswith("scrypt$")
    assert pin_matches("8642", stored) and not pin_matches("8643", stored)
    assert hash_pin("8642") != hash_pin("8642")  # a fresh salt each time
    with pytest.raises(WrongPin):
        forum.supervisor.set("1111")
    with pytest.raises(WrongPin):
        forum.supervisor.set("1111", current="0000")
    forum.supervisor.set("13579", current="8642")
    forum.supervisor.verify("13579")
    with pytest.raises(WrongPin):
        forum.supervisor.verify("8642")
    for bad in ("12", " 1234", "x" * 40):
        with pytest.raises(InvalidInput):
            forum.supervisor.set(bad, current="13579")


def test_an_old_plain_pin_is_adopted_once_hashed(forum: Forum) -> None:  # noqa: F811
    assert forum.supervisor.adopt("4321")
    assert "4321" not in _stored(forum)
    forum.supervisor.verify("4321")
    assert not forum.supervisor.adopt("9999")  # a PIN that is set is never replaced
    forum.supervisor.verify("4321")


def test_cli_override_obeys_the_same_pin(
    forum: Forum,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.cli import main

    db = forum.db.url.removeprefix("sqlite:///")
    forum.close()
    assert main(["checkin", "HAV-002", "--db", db, "--zone", "vip", "--json"]) == 0
    rejected = json.loads(capsys.readouterr().out)
    assert rejected["result"] == "rejected"
    checkin_id = rejected["checkin_id"]
    override = ["override", checkin_id, "--db", db, "--reason", "invited", "--json"]

    monkeypatch.setattr("sys.stdin", io.StringIO("0000\n"))
    assert main(override) == 1
    assert "no supervisor PIN is set" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["supervisor-pin", "--db", db]) == 0
    assert "set" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", io.StringIO("0000\n"))
    assert main(override) == 2
    assert "wrong supervisor PIN" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(override) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["result"], out["reason"]) == ("admitted", "override")

    # Changing it needs the current PIN first.
    monkeypatch.setattr("sys.stdin", io.StringIO("1111\n5555\n"))
    assert main(["supervisor-pin", "--db", db]) == 2
    assert "wrong current PIN" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n5555\n"))
    assert main(["supervisor-pin", "--db", db]) == 0
    check = Forum.open(Path(db))
    try:
        check.supervisor.verify("5555")
    finally:
        check.close()
