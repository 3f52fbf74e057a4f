"""The local database: migrations upgrade an older file, durability settings, demo forum."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.db.engine import make_engine, open_database, upgrade
from desktop.desk import Forum


def test_migrations_upgrade_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO event (id, name, venue, timezone, tag, created_at) "
            "VALUES ('0123456789abcdef0123456789abcdef', 'Old forum', '', 'UTC', 7, '2024-06-01 09:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO category (id, event_id, code, name, colour, default_zones, sort) VALUES "
            "('11111111111111111111111111111111', '0123456789abcdef0123456789abcdef', 'head', "
            "'Head of delegation', '#8B1E3F', '[]', 0),"
            "('22222222222222222222222222222222', '0123456789abcdef0123456789abcdef', 'delegate', "
            "'Delegate', '#1F4E79', '[]', 1)"
        )
    engine.dispose()
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(category)")}
        assert "watch" not in columns
    db = open_database(path)
    with db.engine.connect() as conn:
        rows = dict(conn.exec_driver_sql("SELECT code, watch FROM category").all())
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    db.close()
    assert rows == {"head": 1, "delegate": 0}
    assert version != "0001"
    forum = Forum.open(path)
    assert forum.event().name == "Old forum"
    forum.close()


def test_sqlite_keeps_acknowledged_writes_through_a_power_cut(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    db.close()


def test_demo_forum_is_realistic_and_deterministic(tmp_path: Path) -> None:
    def make(name: str) -> list[tuple[str, str, str]]:
        forum = Forum.open(tmp_path / name)
        from desktop.demo.generator import generate_demo

        summary = generate_demo(forum, participants=1500, seed=11)
        assert summary.countries >= 30
        rows = [
            (p.registration_code, p.native_name, p.latin_name)
            for p in forum.participants.summaries()
        ]
        forum.close()
        return rows

    first, second = make("a.db"), make("b.db")
    assert first == second
    text = "".join(native for _c, native, _l in first)
    scripts = {
        "Cyrillic": min((c for c in text if "\u0400" <= c <= "\u04ff"), default="~") >= "\u0400",
        "Han": any("\u4e00" <= c <= "\u9fff" for c in text),
        "Arabic": any("\u0600" <= c <= "\u06ff" for c in text),
        "Devanagari": any("\u0900" <= c <= "\u097f" for c in text),
        "Ethiopic": any("\u1200" <= c <= "\u137f" for c in text),
        "Thai": any("\u0e00" <= c <= "\u0e7f" for c in text),
        "Vietnamese": "ễ" in text or "ư" in text or "ơ" in text,
        "Turkish": "ı" in text or "ş" in text,
    }
    assert all(scripts.values()), scripts
    assert all((latin and latin.isascii()) or latin for _c, _n, latin in first)


def test_cli_demo_and_search(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    result = run("demo", "--db", str(db), "--participants", "800", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert run("demo", "--db", str(db)).returncode == 2
    result = run("search", "Метшин", "--db", str(db), "--limit", "5", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert 0 < len(hits) <= 5
    first = hits[0]
    assert {
        "registration_code",
        "native_name",
        "latin_name",
        "delegation",
        "country",
        "category_name",
        "score",
    } <= set(first)
    assert "Метшин" in first["native_name"] or "Метшина" in first["native_name"]
    by_code = json.loads(
        run("search", first["registration_code"], "--db", str(db), "--json").stdout
    )
    assert by_code[0]["registration_code"] == first["registration_code"]
    missing = run("search", "x", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode == 1 and "no forum database" in missing.stderr


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from desktop.db.engine import HEAD_REVISION, alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_current_head() == HEAD_REVISION


def test_a_desk_database_from_before_set_aside_changes_upgrades(tmp_path: Path) -> None:
    """Revision 0004 adds the table of pulled changes a desk set aside; a desk's file from
    before keeps its sync cursor and can set changes aside at once, and the table is
    exactly what the model says."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.db.models import Base
    from desktop.sync import aside
    from desktop.sync.protocol import SetAside

    path = tmp_path / "desk.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('sync.cursor', '4711')")
    engine.dispose()
    forum = Forum.open(path)
    try:
        with forum.session() as s:
            aside.keep(s, [SetAside.of({"seq": 4712, "entity": "checkin"}, "data.zone: missing")])
        assert [(a.seq, a.reason) for a in forum.sync.set_aside()] == [(4712, "data.zone: missing")]
        with forum.db.engine.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT value FROM meta WHERE key = 'sync.cursor'"
                ).scalar_one()
                == "4711"
            )
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [d for d in diff if "sync_set_aside" in str(d)] == []
    finally:
        forum.close()
