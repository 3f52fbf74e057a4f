"""Helpers shared by the sub-commands: opening the database, JSON output, errors."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError

from desktop.desk import Forum
from desktop.paths import default_database_path

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """An error the command reports in one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        dest="db",
        default=argparse.SUPPRESS,
        help="the forum database file (default: the user's data folder)",
    )


def db_path(args: argparse.Namespace) -> Path:
    value = getattr(args, "db", None)
    return Path(value).expanduser() if value else default_database_path()


def open_forum(args: argparse.Namespace, *, must_exist: bool = True) -> Forum:
    """The forum at ``--db``; a missing file is an error unless the command creates one.

    A folder, or a file that is not a ForumDesk database (a CSV given to ``--db`` by
    mistake), is refused in one line instead of an SQLite error.
    """
    path = db_path(args)
    if path.is_dir():
        raise CliError(
            f"--db {path} is a folder; give a database file such as forum.db", EXIT_USAGE
        )
    if must_exist and not path.exists():
        raise CliError(
            f"no forum database at {path} (create one with 'forumdesk demo' or 'import')"
        )
    try:
        return Forum.open(path, operator=getattr(args, "operator", "") or "")
    except DatabaseError as exc:
        log.info("cannot open %s: %s", path, exc)
        raise CliError(
            f"{path} is not a ForumDesk database (or it is damaged or locked)", EXIT_ERROR
        ) from exc


def remove_database(path: Path) -> None:
    """Remove a database file this command created, with its SQLite side files."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
