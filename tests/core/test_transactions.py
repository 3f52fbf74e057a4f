"""SQLite transactions: a session reads one snapshot, writers still write, bulk mode still applies."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from desktop.db import setup, transactions
from desktop.db.models import Event, Meta
from desktop.db.rawsql import bulk_mode, raw_connection, raw_writer, relaxed_durability
from desktop.desk import Forum


@pytest.fixture
def other(forum: Forum) -> Iterator[sqlite3.Connection]:
    """Another connection to the same file: another desk tool (the scan path, a sync)."""
    path = forum.db.engine.url.database
    assert path is not None
    conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    yield conn
    conn.close()


def _other_desk_commits(other: sqlite3.Connection) -> None:
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('noted', 'after the first read')")
    other.execute("UPDATE event SET name = 'Renamed meanwhile'")
    other.execute("COMMIT")


def test_a_session_reads_two_tables_from_one_snapshot(
    forum: Forum, other: sqlite3.Connection
) -> None:
    with forum.session() as s:
        assert s.get(Meta, "noted") is None
        _other_desk_commits(other)
        # the second table, read after another connection committed to both
        assert s.scalars(select(Event.name)).one() == "Test Forum"
        assert s.scalar(text("SELECT count(*) FROM meta WHERE key = 'noted'")) == 0
    with forum.session() as s:  # the next session sees the commit
        assert s.scalars(select(Event.name)).one() == "Renamed meanwhile"


def test_a_session_that_read_still_writes_after_another_commit(
    forum: Forum, other: sqlite3.Connection
) -> None:
    # A snapshot cannot become a write transaction once another connection committed
    # (SQLITE_BUSY_SNAPSHOT): the session's write must not fail for it.
    with forum.session() as s:
        assert setup.get_meta(s, "mine") is None
        _other_desk_commits(other)
        setup.set_meta(s, "mine", "written")
        s.flush()
        assert transactions.in_write(s)
    with forum.session() as s:
        assert setup.get_meta(s, "mine") == "written"
        assert setup.get_meta(s, "noted") == "after the first read"


def test_raw_sql_writes_after_a_read_and_another_commit(
    forum: Forum, other: sqlite3.Connection
) -> None:
    with forum.session() as s:
        raw_connection(s).execute("SELECT count(*) FROM meta").fetchone()
        _other_desk_commits(other)
        raw_writer(s).execute("INSERT INTO meta (key, value) VALUES ('raw', 'yes')")
    with forum.session() as s:
        assert setup.get_meta(s, "raw") == "yes"


def test_writing_takes_the_write_lock_before_the_session_reads(
    forum: Forum, other: sqlite3.Connection
) -> None:
    other.execute("PRAGMA busy_timeout=0")
    with forum.session() as s:
        transactions.writing(s)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        setup.set_meta(s, "checked", "then booked")
    other.execute("BEGIN IMMEDIATE")  # free again once the session committed
    other.execute("ROLLBACK")


def test_a_rolled_back_savepoint_keeps_the_rest_of_the_transaction(forum: Forum) -> None:
    class Refused(Exception):
        pass

    with forum.session() as s:
        setup.set_meta(s, "kept", "1")
        with pytest.raises(Refused), s.begin_nested():
            setup.set_meta(s, "dropped", "1")
            s.flush()
            raise Refused
    with forum.session() as s:
        assert setup.get_meta(s, "kept") == "1"
        assert setup.get_meta(s, "dropped") is None


def _synchronous(s: object) -> int:
    return int(raw_connection(s).execute("PRAGMA synchronous").fetchone()[0])  # type: ignore[arg-type]


def test_bulk_mode_commits_a_page_at_normal_durability_and_restores_full(forum: Forum) -> None:
    with forum.session() as s:
        setup.current_event(s)  # a read first
        bulk_mode(s)
        assert raw_connection(s).execute("PRAGMA cache_size").fetchone()[0] == -65536
        raw_writer(s).execute("INSERT INTO meta (key, value) VALUES ('page', '1')")
        assert _synchronous(s) == 1  # NORMAL
        assert raw_connection(s).execute("PRAGMA cache_size").fetchone()[0] == -65536
    for _ in range(3):  # whichever pooled connection the next session gets
        with forum.session() as s:
            assert _synchronous(s) == 2  # FULL


def test_a_relaxed_note_is_written_at_normal_durability(forum: Forum) -> None:
    with forum.session() as s:
        relaxed_durability(s)
        setup.set_meta(s, "note", "quiet round")
        s.flush()
        assert _synchronous(s) == 1
    with forum.session() as s:
        assert _synchronous(s) == 2
        assert setup.get_meta(s, "note") == "quiet round"


def test_durability_is_not_lowered_inside_a_write_already_begun(forum: Forum) -> None:
    with forum.session() as s:
        setup.set_meta(s, "first", "write")
        s.flush()
        assert not transactions.before_writing(s, "PRAGMA synchronous=NORMAL")
        assert _synchronous(s) == 2


def test_the_check_in_desk_connection_keeps_its_own_transactions(forum: Forum) -> None:
    proxy = forum.db.engine.raw_connection()
    try:
        conn = proxy.driver_connection
        assert conn is not None
        conn.execute("SELECT count(*) FROM meta").fetchone()
        assert not conn.in_transaction  # reads outside BEGIN IMMEDIATE take no lock
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        proxy.close()
