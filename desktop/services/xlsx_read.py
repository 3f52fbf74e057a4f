"""Reading the first sheet of an XLSX workbook for the import, within fixed bounds.

An XLSX file is a zip of XML parts, and both layers can be made hostile: a part of a
few MiB that inflates to gigabytes (a zip bomb), a DTD whose entities expand a billion
times or fetch files from the machine, a sheet of a million rows, a cell of a gigabyte.
So, before anything is inflated, the zip's own records are checked (``xlsx_zip``): how
many parts, how large each says it is once inflated, how hard it is compressed. Each
XML part is refused if it declares a DTD (defusedxml reads the prolog, up to the root
element, where a DTD has to be), then the C parser streams it and every finished row
is dropped, so memory holds one row at a time; a part that runs on for 1 MiB without
an element boundary (one giant text or tag) is refused too. Shared strings are kept as
UTF-8 in one buffer. Each cell is read by openpyxl's own cell parser, so numbers,
dates, booleans, shared and inline strings and formulas (kept as their text, never
evaluated) come out as openpyxl gives them.
"""

from __future__ import annotations

import logging
import posixpath
import warnings
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError, iterparse

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import XMLParser as DefusedXMLParser
from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from desktop.services.import_read import (
    MAX_COLUMNS,
    MAX_ROWS,
    FileProblem,
    Records,
    bounded_rows,
    cell_text,
)
from desktop.services.xlsx_zip import BROKEN, NOT_A_WORKBOOK, XlsxArchive, megabytes

log = logging.getLogger(__name__)

#: openpyxl warns on stderr about a date cell out of range; the cell becomes "#VALUE!".
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.worksheet\._reader")

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

#: Inflated size of the parts read in full: the sheet is streamed, the shared strings
#: are kept (compactly), the workbook, its relationships and styles are small.
MAX_SHEET_BYTES = 256 * 1024 * 1024
MAX_STRINGS_BYTES = 64 * 1024 * 1024
MAX_PART_BYTES = 8 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000
#: Bytes of an XML part before its root element (the declaration and comments).
MAX_PROLOG_BYTES = 64 * 1024
#: Bytes without an element starting or ending: an Excel cell holds at most 32,767
#: characters (under 200 KiB even escaped), so more is not a spreadsheet.
MAX_SILENT_BYTES = 1024 * 1024
#: Elements held at once: one row with its cells (a row of 1,000 cells has about 3,000).
MAX_OPEN_ELEMENTS = 100_000
#: Text of shared formulas, which openpyxl keeps tokenised to translate to each cell.
MAX_SHARED_FORMULA_CHARS = 256 * 1024


class _RootReached(Exception):
    """The prolog is over: the root element starts."""


class _Prolog:
    """A parser target that stops at the root element (a DTD can only come before it)."""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:  # pragma: no cover - never reached
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        pass


class _Watched:
    """A part's bytes for the parser, refused after ``MAX_SILENT_BYTES`` without an event."""

    def __init__(self, raw: Any, name: str) -> None:
        self._raw = raw
        self._name = name
        self._read = 0
        self._seen = 0

    def read(self, size: int = -1) -> bytes:
        if self._read - self._seen > MAX_SILENT_BYTES:
            raise FileProblem(
                "format",
                f"the workbook part {self._name} has more than {megabytes(MAX_SILENT_BYTES)} "
                "without a cell boundary (an Excel cell holds at most 32,767 characters)",
            )
        data: bytes = self._raw.read(size if size and size > 0 else 64 * 1024)
        self._read += len(data)
        return data

    def seen(self) -> None:
        self._seen = self._read


def _refuse_dtd(archive: XlsxArchive, name: str, limit: int) -> None:
    """Refuse a part that declares a DTD: no entity is ever expanded, no file fetched."""
    parser = DefusedXMLParser(target=_Prolog(), forbid_dtd=True)
    read = 0
    with archive.open(name, limit) as raw:
        try:
            while read <= MAX_PROLOG_BYTES:
                chunk = raw.read(16 * 1024)
                if not chunk:
                    parser.close()  # no root element at all: a ParseError
                    return
                read += len(chunk)
                parser.feed(chunk)
        except _RootReached:
            return
        except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
            raise FileProblem(
                "dtd",
                f"the workbook part {name} declares a DTD (<!DOCTYPE ...>), which an XLSX "
                "file never has: its entities could expand without end or read files, so "
                "the file is refused (save it again from your spreadsheet, or as CSV)",
            ) from exc
        except ParseError as exc:
            raise FileProblem("format", f"{NOT_A_WORKBOOK}: {name} is not XML") from exc
    raise FileProblem(
        "format", f"{NOT_A_WORKBOOK}: {name} has no element in its first {MAX_PROLOG_BYTES:,} bytes"
    )


def _elements(archive: XlsxArchive, name: str, limit: int, depth: int) -> Iterator[Element]:
    """Each element down to ``depth`` (1 is the root) as it ends, with its subtree.

    An element is dropped once its consumer has it, so what stays in memory is the open
    branch and the subtree of the one element being read.
    """
    _refuse_dtd(archive, name, limit)
    with archive.open(name, limit) as raw:
        stream = _Watched(raw, name)
        branch: list[Element] = []
        held = 0
        try:
            for event, element in iterparse(stream, events=("start", "end")):
                stream.seen()
                if event == "start":
                    branch.append(element)
                    held += 1
                    if held > MAX_OPEN_ELEMENTS:
                        raise FileProblem(
                            "format",
                            f"the workbook part {name} nests or holds more than "
                            f"{MAX_OPEN_ELEMENTS:,} elements in one place",
                        )
                    continue
                branch.pop()
                if len(branch) < depth:
                    yield element
                    if branch:
                        branch[-1].remove(element)
                    held = len(branch)
        except ParseError as exc:
            raise FileProblem("format", f"{NOT_A_WORKBOOK}: {name} is not well-formed XML") from exc


def _relationships(archive: XlsxArchive, name: str) -> dict[str, tuple[str, str]]:
    """A relationships part as ``{id: (type, target)}``, external targets left out."""
    found: dict[str, tuple[str, str]] = {}
    if archive.find(name) is None:
        return found
    for element in _elements(archive, name, MAX_PART_BYTES, 2):
        if element.tag == f"{PACKAGE_RELS}Relationship" and element.get("TargetMode") != "External":
            found[element.get("Id", "")] = (element.get("Type", ""), element.get("Target", ""))
    return found


def _target(source: str, target: str) -> str:
    """A relationship's target as a part name, relative to the part that names it."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _rels_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


class SharedStrings:
    """The workbook's shared strings as UTF-8 in one buffer (a few bytes a string)."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")

    def __len__(self) -> int:
        return len(self._ends)

    def append(self, text: str) -> None:
        self._data += text.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._data))

    def __getitem__(self, index: int) -> str:
        if not 0 <= index < len(self._ends):
            raise IndexError(f"no shared string {index}")
        start = self._ends[index - 1] if index else 0
        return self._data[start : self._ends[index]].decode("utf-8", "surrogatepass")


def _text(element: Element) -> str:
    """A string item's text as openpyxl reads it: the plain text, then each rich-text
    run's (phonetic runs left out)."""
    plain = element.find(f"{MAIN}t")
    parts = [plain.text or ""] if plain is not None else []
    parts += [run.findtext(f"{MAIN}t") or "" for run in element.iterfind(f"{MAIN}r")]
    return "".join(parts)


def _shared_strings(archive: XlsxArchive, name: str | None) -> SharedStrings:
    strings = SharedStrings()
    if name is None or archive.find(name) is None:
        return strings
    for element in _elements(archive, name, MAX_STRINGS_BYTES, 2):
        if element.tag != f"{MAIN}si":
            continue
        strings.append(_text(element).replace("x005F_", ""))
        if len(strings) > MAX_SHARED_STRINGS:
            raise FileProblem(
                "too_large",
                f"the workbook has more than {MAX_SHARED_STRINGS:,} distinct texts; "
                f"at most {MAX_SHARED_STRINGS:,} are read",
            )
    return strings


def _date_styles(archive: XlsxArchive, name: str | None) -> tuple[set[int], set[int]]:
    """The cell styles whose number format is a date, and those that are a duration."""
    if name is None or archive.find(name) is None:
        return set(), set()
    custom: dict[int, str] = {}
    cell_formats: list[int] = []
    pending: list[int] = []
    for element in _elements(archive, name, MAX_PART_BYTES, 3):
        tag = element.tag
        if tag == f"{MAIN}numFmt":
            custom[_number(element.get("numFmtId"))] = element.get("formatCode", "")
        elif tag == f"{MAIN}xf":
            pending.append(_number(element.get("numFmtId")))
        elif tag == f"{MAIN}cellXfs":
            cell_formats, pending = pending, []
        elif tag.startswith(MAIN) and tag != f"{MAIN}styleSheet":
            pending = []
    dates: set[int] = set()
    durations: set[int] = set()
    kinds: dict[int, tuple[bool, bool]] = {}
    for style, format_id in enumerate(cell_formats):
        if format_id not in kinds:
            code = custom[format_id] if format_id in custom else builtin_format_code(format_id)
            kinds[format_id] = (
                bool(code) and is_date_format(code),
                bool(code) and is_timedelta_format(code),
            )
        is_date, is_duration = kinds[format_id]
        if is_date:
            dates.add(style)
        if is_duration:
            durations.add(style)
    return dates, durations


def _number(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


class _CellReader(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's cell parser, with a bound on the formulas it keeps to translate."""

    def __init__(
        self, strings: SharedStrings, epoch: Any, dates: set[int], durations: set[int]
    ) -> None:
        super().__init__(
            None,
            strings,
            data_only=False,
            epoch=epoch,
            date_formats=dates,
            timedelta_formats=durations,
        )
        self.formula_chars = 0

    def parse_cell(self, element: Element) -> dict[str, Any]:
        """Inline strings without openpyxl's rich-text objects (the same text, faster)."""
        if element.get("t") != "inlineStr" or element.find(f"{MAIN}f") is not None:
            cell: dict[str, Any] = super().parse_cell(element)
            return cell
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        text = element.find(f"{MAIN}is")
        return {
            "row": row,
            "column": column,
            "value": None if text is None else _text(text),
            "data_type": "s",
            "style_id": 0,
        }

    def parse_formula(self, element: Element) -> Any:
        formula = element.find(f"{MAIN}f")
        if formula is not None and formula.get("t") == "shared":
            self.formula_chars += len(formula.text or "")
            if self.formula_chars > MAX_SHARED_FORMULA_CHARS:
                raise FileProblem(
                    "too_large", "the sheet's shared formulas are too long to read as text"
                )
        return super().parse_formula(element)


def _value(value: Any) -> Any:
    """A cell value as the import keeps it: formulas as their text."""
    if isinstance(value, ArrayFormula):
        return value.text
    if isinstance(value, DataTableFormula):
        return f"=TABLE({value.r1 or ''},{value.r2 or ''})"
    return value


def _check_dimension(ref: str | None) -> None:
    """Refuse a sheet whose declared size is past the bounds, before its rows are read."""
    try:
        _, min_row, max_col, max_row = range_boundaries(ref or "")
    except (ValueError, TypeError):
        return  # no or an odd dimension: the rows are counted as they come
    rows = (max_row or 1) - (min_row or 1) + 1
    if rows > MAX_ROWS + 1 or (max_col or 1) > MAX_COLUMNS:
        raise FileProblem(
            "too_large",
            f"the sheet says it spans {ref} ({rows:,} rows, {max_col or 1:,} columns); "
            f"at most {MAX_ROWS:,} rows and {MAX_COLUMNS:,} columns are read "
            "(delete the empty rows and columns after the list, or save it as CSV)",
        )


def _rows(archive: XlsxArchive, sheet: str, cells: _CellReader) -> Records:
    """``(row number, values)`` of each row with a value; a value's index is its column - 1."""
    line = 0
    try:
        for element in _elements(archive, sheet, MAX_SHEET_BYTES, 3):
            tag = element.tag
            if tag == f"{MAIN}dimension":
                _check_dimension(element.get("ref"))
                continue
            if tag != f"{MAIN}row":
                continue
            line, parsed = cells.parse_row(element)
            cells.row_dimensions.clear()
            values: list[Any] = []
            for cell in parsed:
                value = cell["value"]
                if value is None or value == "":
                    continue
                column = cell["column"]
                if column < 1:
                    continue
                if column > len(values):
                    values.extend([None] * (column - len(values)))
                values[column - 1] = _value(value)
            if values:
                yield line, values
    except FileProblem as exc:
        if line and not exc.line:  # in the rows: the one after the last read
            exc.line = line + 1
        raise
    except BROKEN as exc:
        log.info("xlsx row after %s: %r", line, exc)
        raise FileProblem("format", "this row of the workbook cannot be read", line + 1) from exc


def read_xlsx(path: Path) -> tuple[list[str], Records]:
    """The first worksheet's header and rows; the archive closes when the rows run out."""
    archive = XlsxArchive.checked(path)
    try:
        header, records = _open_sheet(archive)
    except BaseException:
        archive.close()
        raise

    def rows() -> Records:
        try:
            yield from records
        finally:
            archive.close()

    return header, bounded_rows(rows())


def _open_sheet(archive: XlsxArchive) -> tuple[list[str], Records]:
    try:
        book = "xl/workbook.xml"
        for kind, target in _relationships(archive, "_rels/.rels").values():
            if kind.endswith("/officeDocument"):
                book = _target("", target)
        if archive.find(book) is None:
            raise FileProblem("format", f"{NOT_A_WORKBOOK}: it has no workbook part")
        related = _relationships(archive, _rels_of(book))
        by_kind: dict[str, str] = {}
        for kind, target in related.values():
            by_kind.setdefault(kind.rsplit("/", 1)[-1], _target(book, target))
        epoch = CALENDAR_WINDOWS_1900
        sheet = None
        for element in _elements(archive, book, MAX_PART_BYTES, 3):
            if element.tag == f"{MAIN}workbookPr":
                if element.get("date1904", "").strip().lower() in ("1", "true"):
                    epoch = CALENDAR_MAC_1904
            elif element.tag == f"{MAIN}sheet":
                kind, target = related.get(element.get(f"{DOC_RELS}id", ""), ("", ""))
                if kind.endswith("/worksheet"):  # the first worksheet, as openpyxl's
                    sheet = _target(book, target)
                    break
        if sheet is None or archive.find(sheet) is None:
            raise FileProblem("empty", "the workbook has no sheet", 1)
        strings = _shared_strings(archive, by_kind.get("sharedStrings"))
        dates, durations = _date_styles(archive, by_kind.get("styles"))
    except FileProblem:
        raise
    except BROKEN as exc:
        log.info("xlsx parts: %r", exc)
        raise FileProblem("format", NOT_A_WORKBOOK) from exc
    records = _rows(archive, sheet, _CellReader(strings, epoch, dates, durations))
    first = next(records, None)
    if first is None:
        raise FileProblem("empty", "the workbook's first sheet is empty", 1)
    if first[0] != 1:  # the first row is empty: no header (as openpyxl reads it)

        def with_first() -> Records:
            yield first
            yield from records

        return [], with_first()
    header = [cell_text(value) for value in first[1]]
    return header, records
