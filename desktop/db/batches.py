"""Many values in few statements: chunks sized for SQLite's limit on bound parameters.

SQLite refuses a statement with more than 999 parameters (before 3.32; 32,766 after), so
a look-up of thousands of ids is made in chunks of :data:`IN_LIMIT`; ``executemany`` and
PostgreSQL's multi-row inserts take rows in chunks of :data:`ROWS_LIMIT`. Every such loop
goes through :func:`chunks`, and every ``WHERE column IN (...)`` over raw SQL through
:func:`select_in` or :func:`execute_in`.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Values per ``IN (...)`` list: well under the oldest SQLite's 999 bound parameters.
IN_LIMIT = 900
#: Rows per multi-row insert through SQLAlchemy (databases other than SQLite).
ROWS_LIMIT = 2000


def chunks(values: Iterable[T], size: int = IN_LIMIT) -> Iterator[list[T]]:
    """``values`` in consecutive lists of at most ``size`` (none for no values)."""
    if size < 1:
        raise ValueError(f"a chunk holds at least one value, not {size}")
    if isinstance(values, Sequence):
        for start in range(0, len(values), size):
            yield list(values[start : start + size])
        return
    it = iter(values)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def marks(n: int) -> str:
    """``n`` question-mark placeholders, comma-separated (SQLite's parameter style)."""
    return ",".join("?" * n)


def select_in(
    cursor: Any,
    sql: str,
    values: Iterable[Any],
    *,
    before: Sequence[Any] = (),
    after: Sequence[Any] = (),
    size: int = IN_LIMIT,
) -> Iterator[Any]:
    """The rows of ``sql`` run once per chunk of ``values``: ``{marks}`` in the text stands
    for the chunk's placeholders, bound between the ``before`` and ``after`` parameters.

    ``cursor`` is a DBAPI cursor or connection with SQLite's ``?`` parameter style, e.g.
    ``select_in(cursor, "SELECT id FROM participant WHERE id IN ({marks})", ids)``.
    """
    for chunk in chunks(values, size - len(before) - len(after)):
        yield from cursor.execute(sql.format(marks=marks(len(chunk))), [*before, *chunk, *after])


def execute_in(
    cursor: Any,
    sql: str,
    values: Iterable[Any],
    *,
    before: Sequence[Any] = (),
    after: Sequence[Any] = (),
    size: int = IN_LIMIT,
) -> int:
    """:func:`select_in` for statements that return nothing (``UPDATE ... WHERE id IN``);
    how many chunks were run."""
    runs = 0
    for chunk in chunks(values, size - len(before) - len(after)):
        cursor.execute(sql.format(marks=marks(len(chunk))), [*before, *chunk, *after])
        runs += 1
    return runs
