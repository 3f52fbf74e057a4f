"""Opening a forum database: SQLite (desk, default server) or PostgreSQL (server).

SQLite runs in WAL mode with ``synchronous=FULL``: in WAL mode the NORMAL level may lose
the last transactions on a power cut, and an acknowledged check-in must survive one. Its
transactions follow SQLAlchemy's recipe for the sqlite3 driver (:mod:`desktop.db.transactions`):
what a session reads is one snapshot.
Migrations are applied on open, so an older database file is upgraded in place.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import transactions

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest migration. Opening a database already at this revision skips importing
#: Alembic, which saves a few hundred milliseconds at every start (a test keeps it true).
HEAD_REVISION = "0005"


@dataclass(frozen=True)
class Database:
    """An open database: its engine and a session factory for services."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


#: Marks a pooled connection that ``desktop.db.rawsql.bulk_mode`` set up for applying
#: pulled pages; its usual pragmas are restored when it returns to the pool.
BULK_MODE = "forumdesk.bulk_mode"
DEFAULT_CACHE_KIB = 2000


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _leave_bulk_mode(dbapi_connection: Any, record: Any) -> None:
    """Back to full durability before anyone else can take the connection."""
    if dbapi_connection is not None and record.info.pop(BULK_MODE, False):
        dbapi_connection.execute("PRAGMA synchronous=FULL")
        dbapi_connection.execute(f"PRAGMA cache_size=-{DEFAULT_CACHE_KIB}")
        dbapi_connection.execute("PRAGMA wal_autocheckpoint=1000")


def json_dumps(value: Any) -> str:
    """JSON text for JSON columns: orjson (several times faster), the standard library for
    what orjson refuses (integers beyond 64 bits)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(value, ensure_ascii=False)


def json_loads(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # NaN, or an integer beyond 64 bits
        return json.loads(text)


def make_engine(url: str) -> Engine:
    """An engine with the pragmas and pool settings this project relies on."""
    codecs: dict[str, Any] = {"json_serializer": json_dumps, "json_deserializer": json_loads}
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": 10, "check_same_thread": False}, **codecs
        )
        transactions.install(engine)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "checkin", _leave_bulk_mode)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, **codecs)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` on the engine's database."""
    from alembic import command

    cfg = alembic_config(str(engine.url))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The database's Alembic revision, or None for a new database."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:
            conn.rollback()
            return None


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at a path or SQLAlchemy URL and migrate it."""
    text = str(target)
    if "://" in text:
        url = text
    else:
        path = Path(text).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(path)
    engine = make_engine(url)
    if migrate and current_revision(engine) != HEAD_REVISION:
        upgrade(engine)
    log.info("opened database %s", engine.url.render_as_string(hide_password=True))
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
