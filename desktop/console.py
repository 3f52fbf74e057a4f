"""What a command line prints, shared by ``forumdesk`` and ``forumdesk-server``."""

from __future__ import annotations

import io
import os
import sqlite3
from typing import TextIO

from sqlalchemy.exc import DatabaseError

from desktop.errors import ForumDeskError


def same_destination(a: TextIO, b: TextIO) -> bool:
    """Whether two streams write to the same file or terminal (so one message is enough)."""
    try:
        return os.path.samestat(os.fstat(a.fileno()), os.fstat(b.fileno()))
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, ForumDeskError):
        return exc.message
    if isinstance(exc, DatabaseError | sqlite3.DatabaseError):
        return "the forum database cannot be read or written (damaged, locked or not a database)"
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename} is a folder, not a file"
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename}"
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}"
    return f"unexpected error ({type(exc).__name__}); details are in the log file"
