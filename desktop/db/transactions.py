"""SQLite transactions as SQLAlchemy documents them for the sqlite3 driver, made safe for writers.

The driver on its own starts no transaction before a ``SELECT`` (only before ``INSERT``,
``UPDATE``, ``DELETE``), so two reads in one session could see two states of the database.
Per SQLAlchemy's recipe ("Serializable isolation / Savepoints / Transactional DDL" in its
SQLite dialect notes) the driver's own transaction handling is switched off at connect
(``isolation_level = None``) and the engine's ``begin`` event emits ``BEGIN``: everything a
session reads comes from one snapshot, and savepoints and DDL are transactional.

A snapshot cannot become a write transaction once another connection has committed (SQLite
answers ``SQLITE_BUSY_SNAPSHOT`` at once, without waiting). So a session's transaction
starts as a read (``BEGIN``) and, at its first write statement, is turned into a write
transaction: the read ends (it has changed nothing) and ``BEGIN IMMEDIATE`` waits for the
write lock like any writer. A session that writes therefore behaves as it did before (its
reads are as fresh as the moment they were made; its writes are one transaction), and one
that only reads sees one snapshot. Raw SQL that writes on the session's connection asks for
the write transaction first (:func:`writing`), as does code that must read and write under
one lock (check, then book).

PRAGMAs SQLite refuses inside a transaction (``synchronous``) are run where the read ends
and the write begins (:func:`before_writing`). Connections taken without SQLAlchemy's
``Connection`` (the check-in desk's own, :meth:`Engine.raw_connection`) see none of this:
they issue their own ``BEGIN IMMEDIATE`` and ``COMMIT``.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: Where a connection's transaction stands (in the pooled connection's ``info``).
STATE = "forumdesk.transaction"
READ = "read"
WRITE = "write"
#: PRAGMAs to run before the session's write transaction begins.
PENDING = "forumdesk.before_writing"

#: First words of statements that write (or open a savepoint, which only writers do).
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "SAVEPOINT", "CREATE", "DROP", "ALTER")


def install(engine: Engine) -> None:
    """Give a SQLite engine this module's transactions (call before its first connection)."""
    event.listen(engine, "connect", _no_driver_transactions)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "before_cursor_execute", _before_execute)
    event.listen(engine, "commit", _end)
    event.listen(engine, "rollback", _end)


def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
    """The recipe's first half: the driver emits no ``BEGIN`` (nor ``COMMIT`` before DDL)."""
    dbapi_connection.isolation_level = None


def _begin(conn: Connection) -> None:
    """The recipe's second half: the transaction begins at the session's first statement."""
    conn.info.pop(PENDING, None)
    conn.info[STATE] = None
    conn.exec_driver_sql("BEGIN")
    conn.info[STATE] = READ


def _end(conn: Connection) -> None:
    conn.info.pop(STATE, None)
    conn.info.pop(PENDING, None)


def _before_execute(
    conn: Connection,
    _cursor: Any,
    statement: str,
    _parameters: Any,
    _context: Any,
    _executemany: bool,
) -> None:
    if conn.info.get(STATE) == READ and statement.lstrip()[:9].upper().startswith(_WRITES):
        _to_write(conn)


def _to_write(conn: Connection) -> None:
    """End the read (it changed nothing), run pending PRAGMAs, take the write lock."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    conn.info[STATE] = WRITE
    if driver.in_transaction:
        driver.execute("COMMIT")
    for pragma in conn.info.pop(PENDING, ()):
        driver.execute(pragma)
    driver.execute("BEGIN IMMEDIATE")


def _sqlite_connection(s: Session) -> Connection | None:
    connection = s.connection()
    return connection if connection.dialect.name == "sqlite" else None


def writing(s: Session) -> Any:
    """Make the session's transaction a write transaction now (SQLite: ``BEGIN IMMEDIATE``,
    waiting for the write lock); the session's DBAPI connection.

    For raw SQL that writes on the session's connection, and for code that reads and then
    writes what it read under one lock (no other desk tool can write in between). What
    the session read before this call was read outside the write transaction.
    """
    connection = s.connection()
    if connection.dialect.name == "sqlite" and connection.info.get(STATE) == READ:
        _to_write(connection)
    return connection.connection.dbapi_connection


def before_writing(s: Session, *pragmas: str) -> bool:
    """Run these PRAGMAs on the session's SQLite connection where its write transaction
    begins (``synchronous`` may not change inside a transaction). False when the session
    writes already: then only those SQLite takes inside a transaction are run.
    """
    connection = _sqlite_connection(s)
    if connection is None:
        return False
    if connection.info.get(STATE) == READ:
        connection.info.setdefault(PENDING, []).extend(pragmas)
        return True
    driver = connection.connection.dbapi_connection
    assert driver is not None
    for pragma in pragmas:
        try:
            driver.execute(pragma)
        except sqlite3.OperationalError as exc:  # e.g. "Safety level may not be changed"
            log.debug("%s not run inside a write transaction: %s", pragma, exc)
    return False


def in_write(s: Session) -> bool:
    """Whether the session's SQLite transaction is a write transaction (tests, logs)."""
    connection = _sqlite_connection(s)
    return connection is not None and connection.info.get(STATE) == WRITE
