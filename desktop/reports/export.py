"""Check-in and attendance exports as CSV (UTF-8 with BOM) or XLSX, chosen by the file name.

Every text cell that a spreadsheet could read as a formula (it starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, per the OWASP CSV-injection guidance; full-width
look-alikes too) is written with a leading apostrophe, names and notes included (in XLSX
after the control characters XML cannot hold are dropped, so none can hide a formula from
the check). The file is written beside its destination and moved into place, so an error
leaves no half file.
"""

from __future__ import annotations

import csv
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.errors import InvalidInput
from desktop.reports.model import AttendanceRow, CheckinRow, ReportSource
from desktop.reports.xlsx import SheetColumn, write_sheet

log = logging.getLogger(__name__)

Cell = str | int | float | bool | datetime | None

#: What a spreadsheet may take for the start of a formula (OWASP), and full-width look-alikes.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
FORMATS = (".csv", ".xlsx")
KINDS = ("checkins", "attendance")


class UnsupportedFormat(InvalidInput):
    code = "unsupported_format"


def neutralise(value: str) -> str:
    """The text as a spreadsheet shows it, never as a formula: a leading ``'`` when needed."""
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Column:
    title: str
    width: int
    kind: str = "text"  # text, int, bool, datetime


@dataclass(frozen=True)
class Table:
    """A sheet: named columns and typed rows (an iterable: the exports stream them once)."""

    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Cell]]


def _naive(moment: datetime | None) -> datetime | None:
    """Spreadsheets keep no time zone: the wall-clock time the column header names."""
    return moment.replace(tzinfo=None, microsecond=0) if moment is not None else None


def checkins_table(rows: Iterable[CheckinRow], timezone: str) -> Table:
    columns = [
        Column(f"time ({timezone})", 20, "datetime"),
        Column("time (UTC)", 20, "datetime"),
        Column("registration_code", 16),
        Column("name", 28),
        Column("name_latin", 28),
        Column("delegation", 24),
        Column("country", 8),
        Column("category", 18),
        Column("zone", 12),
        Column("direction", 9),
        Column("result", 11),
        Column("reason", 16),
        Column("flagged", 8, "bool"),
        Column("undone", 8, "bool"),
        Column("desk", 16),
        Column("operator", 14),
        Column("method", 9),
        Column("note", 30),
        Column("checkin_id", 38),
    ]
    data: Iterator[list[Cell]] = (
        [
            _naive(r.at_local),
            _naive(r.at),
            r.registration_code,
            r.native_name,
            r.latin_name,
            r.delegation,
            r.country,
            r.category_name,
            r.zone,
            r.direction,
            r.result,
            r.reason,
            r.flagged,
            r.undone,
            r.desk,
            r.operator,
            r.method,
            r.note,
            r.id,
        ]
        for r in rows
    )
    return Table("Check-ins", columns, data)


def attendance_table(rows: Iterable[AttendanceRow], timezone: str) -> Table:
    columns = [
        Column("registration_code", 16),
        Column("name", 28),
        Column("name_latin", 28),
        Column("delegation", 24),
        Column("country", 8),
        Column("country_name", 18),
        Column("category", 18),
        Column("status", 12),
        Column(f"first_arrival ({timezone})", 20, "datetime"),
        Column(f"last_seen ({timezone})", 20, "datetime"),
        Column("last_zone", 12),
        Column("zones_visited", 24),
        Column("admissions", 11, "int"),
        Column("rejections", 11, "int"),
        Column("flagged", 8, "int"),
        Column("registration_status", 12),
    ]
    data: Iterator[list[Cell]] = (
        [
            r.registration_code,
            r.native_name,
            r.latin_name,
            r.delegation,
            r.country,
            r.country_name,
            r.category_name,
            r.status,
            _naive(r.first_arrival),
            _naive(r.last_seen),
            r.last_zone,
            ";".join(r.zones_visited),
            r.admissions,
            r.rejections,
            r.flagged,
            r.registration_status,
        ]
        for r in rows
    )
    return Table("Attendance", columns, data)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, int | float):
        return str(value)
    return neutralise(value)


def write_csv(table: Table, path: Path) -> int:
    """Write the table; returns the number of data rows."""
    n = 0
    # utf-8-sig: the BOM makes Excel read Cyrillic, Arabic and Chinese names correctly
    with _atomic(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(c.title) for c in table.columns])
        for row in table.rows:
            writer.writerow([_csv_text(v) for v in row])
            n += 1
    return n


def write_xlsx(table: Table, path: Path) -> int:
    """Write the table as a one-sheet workbook streamed row by row
    (:mod:`desktop.reports.xlsx`: 100,000 rows in seconds): text as plain, neutralised
    strings, date-times as Excel dates, yes/no as booleans; a bold, frozen header with a
    filter. Returns the number of data rows."""
    columns = [SheetColumn(c.title, c.width) for c in table.columns]
    with _atomic(path) as tmp:
        return write_sheet(tmp, table.name, columns, table.rows, plain=neutralise)


class _atomic:
    """A temporary file beside ``path`` that replaces it on success and vanishes on error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp: Path | None = None

    def __enter__(self) -> Path:
        fd, name = tempfile.mkstemp(
            prefix=f".{self.path.stem}.", suffix=self.path.suffix, dir=self.path.parent
        )
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        assert self.tmp is not None
        if kind is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


WRITERS: dict[str, Callable[[Table, Path], int]] = {".csv": write_csv, ".xlsx": write_xlsx}


def check_output(path: Path, formats: Sequence[str] = FORMATS) -> str:
    """The format of an output file from its extension; InvalidInput when unsupported."""
    suffix = path.suffix.lower()
    if suffix not in formats:
        raise UnsupportedFormat(
            f"cannot write '{path.name}': the file name must end in {' or '.join(formats)}",
            path=str(path),
        )
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name", path=str(path))
    if not path.parent.exists():
        raise InvalidInput(f"the folder {path.parent} does not exist", path=str(path.parent))
    return suffix


def write_table(table: Table, path: Path) -> int:
    """Write the table to CSV or XLSX by the file name; returns the number of data rows."""
    return WRITERS[check_output(path)](table, path)


def build_table(service: ReportSource, kind: str, day: date | None) -> Table:
    timezone = str(service.timezone().key)
    if kind == "checkins":
        return checkins_table(service.iter_checkins(day), timezone)
    if kind == "attendance":
        return attendance_table(service.iter_attendance(day), timezone)
    raise InvalidInput(f"unknown export '{kind}' (checkins or attendance)", kind=kind)


def export_report(service: ReportSource, kind: str, path: Path, day: date | None) -> int:
    """Check the destination first, then build and write; returns the number of data rows."""
    check_output(path)
    table = build_table(service, kind, day)
    n = write_table(table, path)
    log.info("exported %d %s rows to %s", n, kind, path)
    return n


def iter_rows(table: Table) -> Iterator[list[str]]:
    """The table as the CSV writer would write it (for previews and tests)."""
    yield [c.title for c in table.columns]
    for row in table.rows:
        yield [_csv_text(v) for v in row]
