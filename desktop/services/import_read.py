"""Reading an import file into a header and its rows, within fixed bounds (SPEC *Import format*).

Both readers give ``(header, records)``: the header row's cells, and an iterator of
``(line, cells)`` for the rows after it. Whatever the bytes, they raise nothing but
``FileProblem``, which the import turns into a line of its report. Every bound is
checked while the file is read, before its rows are kept: at most ``MAX_ROWS`` rows
and ``MAX_COLUMNS`` columns, and a CSV row is refused as soon as its text holds more
separators than any row could (so a line of a million commas never becomes a million
cells in memory). The XLSX reader is in ``xlsx_read``.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterator
from typing import Any

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 * 1024 * 1024
#: Participant rows in one file (100,000 is a very large forum; split a larger list).
MAX_ROWS = 200_000
#: Columns of the header, and cells of a row (the format has 16 columns; other columns
#: are ignored with a warning).
MAX_COLUMNS = 1_000
#: Separators in one CSV row, counted on its text before it is split into cells.
MAX_SEPARATORS = 100_000

Records = Iterator[tuple[int, list[Any]]]


class FileProblem(Exception):
    """The file (or one row of it) cannot be read: a stable code, plain words, the line."""

    def __init__(self, code: str, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.code, self.message, self.line = code, message, line


def cell_text(value: Any) -> str:
    """A cell as the text the import checks (a whole number without its ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def bounded_rows(records: Records) -> Records:
    """The records, refused at the first one past ``MAX_ROWS`` rows with anything in them."""
    rows = 0
    for line, cells in records:
        if cells:
            rows += 1
            if rows > MAX_ROWS:
                raise FileProblem(
                    "too_many_rows",
                    f"the file has more than {MAX_ROWS:,} rows; at most {MAX_ROWS:,} are "
                    "imported at once (split the list into several files)",
                    line,
                )
        yield line, cells


def looks_utf16(data: bytes) -> bool:
    """UTF-16 text (a BOM, or a NUL in every other byte as ASCII in UTF-16 has)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:4096]
    if len(head) < 4:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > len(head) // 4 and min(even, odd) < len(head) // 50


class _Lines:
    """The text's lines for ``csv.reader``, counting the separators of the row being read.

    A row's cells are at most its separators plus one, so a row is refused here, on its
    text, before the reader splits it into more cells than memory should hold.
    """

    def __init__(self, text: str, delimiter: str) -> None:
        self._lines = iter(io.StringIO(text, newline=""))
        self._delimiter = delimiter
        self._separators = 0
        self.line = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.line += 1
        self._separators += line.count(self._delimiter)
        if self._separators > MAX_SEPARATORS:
            raise FileProblem(
                "too_many_cells",
                f"the row has more than {MAX_SEPARATORS:,} separators "
                f"({self._delimiter!r}); a row has at most {MAX_COLUMNS:,} cells",
                self.line,
            )
        return line

    def row_done(self) -> None:
        self._separators = 0


def read_csv(data: bytes) -> tuple[list[str], Records]:
    """UTF-8 text (with or without BOM), comma, semicolon or tab separated, a header first."""
    # The import format is UTF-8 (SPEC): other encodings are refused as a whole, in plain
    # words, rather than guessed (a wrong guess imports every name garbled).
    if looks_utf16(data):
        raise FileProblem(
            "encoding",
            "the file is UTF-16 text, not UTF-8 (save it as 'CSV UTF-8' in your spreadsheet)",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        raise FileProblem(
            "encoding",
            "the file is not UTF-8 text (save it as 'CSV UTF-8' in your spreadsheet)",
            bad_line,
        ) from exc
    if "\x00" in text:
        raise FileProblem("encoding", "the file contains NUL bytes: it is not a text CSV file")
    # Excel writes a "sep=;" line first when asked to: it names the delimiter.
    excel_sep = re.match(r"sep=([;,\t|])\r?\n", text[:8], re.IGNORECASE)
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ","
    if excel_sep:
        delimiter = excel_sep.group(1)
    csv.field_size_limit(MAX_FILE_BYTES)
    lines = _Lines(text, delimiter)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        if excel_sep:
            next(reader)
            lines.row_done()
        header = next(reader)
        lines.row_done()
    except StopIteration as exc:
        raise FileProblem("empty", "the file is empty", 1) from exc
    except csv.Error as exc:
        raise FileProblem("format", f"the header row cannot be read: {exc}", 1) from exc

    def records() -> Records:
        line = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileProblem("format", f"the row cannot be read: {exc}", line) from exc
            lines.row_done()
            yield line, cells
            line = reader.line_num + 1

    return header, bounded_rows(records())
