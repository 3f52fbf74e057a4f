"""Property-based tests of the import parser, CSV and XLSX (STYLE: Hypothesis for parsers).

Any table written by a spreadsheet's rules reads back cell for cell; any bytes at all,
named .csv or .xlsx, end in a report and never in another exception; valid participant
lists import exactly what they say, formulas kept as text and flagged.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import random
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop.desk import Forum
from desktop.errors import ImportRejected
from desktop.services.import_read import FileProblem, read_csv
from desktop.services.importer import ImportReport
from desktop.services.xlsx_read import read_xlsx
from tests.core.xlsx_parts import (
    HEADER,
    MAIN,
    ROW,
    Part,
    column,
    shared_strings_xml,
    sheet_xml,
    workbook,
    write_zip,
)

SLOW = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Forum]:
    """One forum for the examples of a module: ``check`` writes nothing."""
    f = Forum.open(tmp_path_factory.mktemp("props") / "forum.db")
    f.ensure_event("Property Forum")
    yield f
    f.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("files")


def _drain(header: list[Any], records: Iterator[tuple[int, list[Any]]]) -> list[list[Any]]:
    return [header, *(cells for _, cells in records)]


# ------------------------------------------------------------------ strategies

#: Header names as spreadsheets write them: no separators, quotes or line ends.
names = st.from_regex(r"[A-Za-z][A-Za-z0-9 _()]{0,15}", fullmatch=True).filter(
    lambda n: not n.casefold().startswith("sep=")
)
#: Cell text a CSV cell may hold: anything but NUL (a NUL means not a text file).
csv_text = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30
)
#: Cell text an XLSX cell may hold: XML 1.0 characters, no CR (XML reads it as LF).
xml_text = st.text(
    st.characters(
        exclude_categories=("Cs", "Cc"),
        include_characters="\t\n",
        exclude_characters="\ufffe\uffff",
    ),
    max_size=30,
)
#: What openpyxl writes as a number, a truth value, a formula or text.
xlsx_value = st.one_of(
    xml_text,
    st.integers(-(2**53), 2**53),
    # openpyxl writes 16 significant digits: the largest doubles would round to infinity.
    st.floats(min_value=-1e300, max_value=1e300),
    st.booleans(),
    st.none(),
)


@st.composite
def tables(draw: st.DrawFn, cells: st.SearchStrategy[Any]) -> list[list[Any]]:
    header = draw(st.lists(names, min_size=1, max_size=8, unique_by=str.casefold))
    rows = draw(
        st.lists(st.lists(cells, min_size=1, max_size=len(header)), min_size=0, max_size=12)
    )
    return [header, *rows]


def _trimmed(row: list[Any]) -> list[Any]:
    """A row as the XLSX reader gives it: empty cells (None, "") as None, none at the end."""
    values = [None if v is None or v == "" else v for v in row]
    while values and values[-1] is None:
        values.pop()
    return values


def _as_written(value: Any, expected: Any) -> bool:
    if isinstance(expected, float):
        return type(value) in (int, float) and math.isclose(value, expected, rel_tol=1e-15)
    return type(value) is type(expected) and value == expected


def _typed(rows: list[list[Any]]) -> list[list[tuple[type, Any]]]:
    """Rows with each value's type (True == 1 in Python, not in a spreadsheet)."""
    return [[(type(v), v) for v in row] for row in rows]


# ------------------------------------------------------------------ CSV


@settings(max_examples=300, deadline=None)
@given(
    tables(csv_text),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
    st.booleans(),
)
def test_csv_tables_read_back_cell_for_cell(
    table: list[list[str]], delimiter: str, bom: bool, excel_sep: bool
) -> None:
    if len(table[0]) == 1:
        delimiter = ","  # one column: nothing to tell the separator by
    out = io.StringIO(newline="")
    if excel_sep:
        out.write(f"sep={delimiter}\r\n")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    data = (codecs.BOM_UTF8 if bom else b"") + out.getvalue().encode("utf-8")
    header, records = read_csv(data)
    lines = [line for line, _ in read_csv(data)[1]]
    assert _drain(header, records) == table
    assert lines == sorted(lines) and all(line >= 2 for line in lines)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(st.sampled_from('ab,;\t"\r\n =+@\x00\ufeffé'), max_size=200).map(str.encode),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )
)
def test_any_bytes_read_as_csv_end_in_a_file_problem_at_most(data: bytes) -> None:
    try:
        _, records = read_csv(data)
        for line, cells in records:
            assert line >= 2 and isinstance(cells, list)
    except FileProblem as problem:
        assert problem.code and problem.message


# ------------------------------------------------------------------ XLSX


def _openpyxl_file(path: Path, table: list[list[Any]], write_only: bool) -> Path:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet() if write_only else book.active
    for row in table:
        sheet.append(row)
    book.save(path)
    return path


@SLOW
@given(tables(xlsx_value), st.booleans())
def test_xlsx_tables_read_back_as_openpyxl_reads_them(
    folder: Path, table: list[list[Any]], write_only: bool
) -> None:
    """Written by openpyxl (inline strings, numbers, booleans, '=' text as formulas):
    the bounded reader gives the values openpyxl's own reader gives."""
    path = _openpyxl_file(folder / "table.xlsx", table, write_only)
    header, records = read_xlsx(path)
    got = [cells for _, cells in records]
    assert header == table[0]
    # The values written (openpyxl writes a float to 16 digits, a whole one as an int).
    written = [row for row in map(_trimmed, table[1:]) if row]
    assert [len(row) for row in got] == [len(row) for row in written]
    for row, expected_row in zip(got, written, strict=True):
        for value, expected in zip(row, expected_row, strict=True):
            assert _as_written(value, expected), (value, expected)
    # And exactly, types too, what openpyxl's own reader gives.
    theirs = load_workbook(path, read_only=True).worksheets[0]
    theirs.reset_dimensions()
    oracle = [_trimmed(list(row)) for row in theirs.iter_rows(values_only=True)]
    assert _typed(got) == _typed([row for row in oracle[1:] if row])


@SLOW
@given(tables(xml_text))
def test_shared_strings_read_back(folder: Path, table: list[list[str]]) -> None:
    """Excel's way: every text in the shared-string part, cells pointing at it."""
    strings: list[str] = []
    body = []
    for r, row in enumerate(table, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            cells.append(f'<c r="{column(c)}{r}" t="s"><v>{len(strings)}</v></c>')
            strings.append(value)
        body.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet = (
        f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN}"><sheetData>'
        + "".join(body)
        + "</sheetData></worksheet>"
    ).encode()
    # xml:space keeps a text's own spaces, as Excel writes it.
    sst = shared_strings_xml(strings).replace(b"<t>", b'<t xml:space="preserve">')
    path = write_zip(folder / "shared.xlsx", workbook(sheet, shared_strings=sst))
    header, records = read_xlsx(path)
    # openpyxl drops "x005F_" from shared strings (its reading of Excel's escape).
    expected = [_trimmed([v.replace("x005F_", "") for v in row]) for row in table]
    assert [header, *(cells for _, cells in records)] == [
        [v or "" for v in expected[0]],
        *(row for row in expected[1:] if row),
    ]


def _genuine_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in workbook(sheet_xml([HEADER, ROW]), shared_strings=shared_strings_xml(["x"])):
            archive.writestr(part.name, zipfile_data(part))
    return buffer.getvalue()


def zipfile_data(part: Part) -> bytes:
    return zlib.decompressobj(-15).decompress(part.compressed)


GENUINE = _genuine_workbook()

#: Pieces of a worksheet, to build sheets that are nearly right in every wrong way.
SHEET_PIECES = [
    '<row r="2">',
    '<row r="0">',
    '<row r="1e3">',
    '<row r="99999999999999999999">',
    "<row>",
    "</row>",
    '<c r="A2" t="s">',
    '<c r="XFD2">',
    '<c r="ZZZZ2">',
    '<c r="2A">',
    '<c t="b">',
    '<c t="d">',
    '<c t="e">',
    '<c t="str">',
    '<c t="inlineStr">',
    '<c s="1">',
    '<c s="x">',
    "</c>",
    "<v>",
    "</v>",
    "0",
    "1",
    "-1",
    "999",
    "1e999",
    "junk",
    "9" * 5000,
    '<f t="shared" si="0">',
    '<f t="shared" ref="A2:A9" si="0">SUM(A1)</f>',
    '<f t="array" ref="A2">',
    '<f t="dataTable" ref="A2" r1="B1"/>',
    "</f>",
    "<is><t>",
    "</t></is>",
    "<is><r><t>run</t></r>",
    "&amp;",
    "&#0;",
    "&#x1F600;",
    "<![CDATA[x]]>",
    "<!-- c -->",
    '<dimension ref="Z9:A1"/>',
    '<dimension ref="A1:XFD1048576"/>',
    "<x/>",
]


@st.composite
def near_sheets(draw: st.DrawFn) -> bytes:
    pieces = draw(st.lists(st.sampled_from(SHEET_PIECES), max_size=40))
    head = f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
    head += "".join(
        f'<c r="{column(i)}1" t="inlineStr"><is><t>{n}</t></is></c>'
        for i, n in enumerate(HEADER, start=1)
    )
    tail = draw(st.sampled_from(["</row></sheetData></worksheet>", "", "</row></sheetData>"]))
    return (head + "</row>" + "".join(pieces) + tail).encode()


def _mutated(data: bytes, rng: random.Random, count: int) -> bytes:
    mutable = bytearray(data)
    for _ in range(count):
        mutable[rng.randrange(len(mutable))] = rng.randrange(256)
    return bytes(mutable)


@st.composite
def hostile_workbooks(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "mutated", "truncated", "sheet", "strings", "parts"]))
    if kind == "bytes":
        return draw(st.binary(max_size=600))
    if kind == "mutated":
        rng = random.Random(draw(st.integers(0, 2**32)))
        return _mutated(GENUINE, rng, draw(st.integers(1, 8)))
    if kind == "truncated":
        return GENUINE[: draw(st.integers(0, len(GENUINE)))]
    buffer = io.BytesIO()
    sheet = draw(near_sheets()) if kind == "sheet" else sheet_xml([HEADER, ROW])
    strings = shared_strings_xml(["x"])
    if kind == "strings":
        strings = draw(st.binary(max_size=300) | near_sheets())
    parts = {p.name: zipfile_data(p) for p in workbook(sheet, shared_strings=strings)}
    if kind == "parts":
        name = draw(st.sampled_from(sorted(parts)))
        parts[name] = draw(st.binary(max_size=300))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(hostile_workbooks())
def test_any_bytes_read_as_xlsx_end_in_a_file_problem_at_most(folder: Path, data: bytes) -> None:
    path = folder / "any.xlsx"
    path.write_bytes(data)
    try:
        header, records = read_xlsx(path)
        assert isinstance(header, list)
        for line, cells in records:
            assert isinstance(line, int) and cells and len(cells) <= 18_278
    except FileProblem as problem:
        assert problem.code and problem.message


@SLOW
@given(st.one_of(hostile_workbooks(), st.binary(max_size=300)), st.sampled_from([".xlsx", ".csv"]))
def test_the_service_answers_any_file_with_a_report(
    checker: Forum, folder: Path, data: bytes, suffix: str
) -> None:
    """Through the service the GUI and the CLI call: a report, or ImportRejected."""
    path = folder / f"people{suffix}"
    path.write_bytes(data)
    report = checker.importer.check(path)
    assert isinstance(report, ImportReport)
    try:
        checker.importer.import_file(path)
    except ImportRejected as rejected:
        assert rejected.report.errors
    assert all(issue.code and issue.message for issue in report.errors)


# ------------------------------------------------------------------ whole imports

CITIES = ["Kazan", "Pune", "Durban", "Curitiba", "Zhengzhou"]
COUNTRIES = {"RU": "RU", "Russia": "RU", "IN": "IN", "South Africa": "ZA", "BR": "BR", "CN": "CN"}
CATEGORIES = {"Delegate": "delegate", "Head of delegation": "head", "Media": "media"}
name_part = (
    st.text(st.characters(categories=["L"]), min_size=1, max_size=12)
    .map(lambda s: unicodedata.normalize("NFC", s))
    .filter(lambda s: s == s.strip() and s.isprintable())
)
#: Names that start like a spreadsheet formula: kept as text, flagged.
formula_like = st.sampled_from(["=", "+", "@"]).flatmap(lambda p: name_part.map(lambda n: p + n))


@st.composite
def participants(draw: st.DrawFn) -> list[dict[str, str]]:
    people = []
    for _ in range(draw(st.integers(1, 8))):
        people.append(
            {
                "registration_code": f"P-{uuid.uuid4().hex[:12].upper()}",
                "given_name": draw(name_part | formula_like),
                "family_name": draw(name_part),
                "delegation": draw(st.sampled_from(CITIES)),
                "country": draw(st.sampled_from(sorted(COUNTRIES))),
                "category": draw(st.sampled_from(sorted(CATEGORIES))),
            }
        )
    return people


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(participants(), st.sampled_from(["csv", "csv;bom", "xlsx"]))
def test_valid_lists_import_exactly_what_they_say(
    checker: Forum, folder: Path, people: list[dict[str, str]], kind: str
) -> None:
    columns = list(people[0])
    table = [columns, *([p[c] for c in columns] for p in people)]
    if kind == "xlsx":
        # Text cells (openpyxl would store a leading "=" as a formula; a spreadsheet user
        # typing "=Anna" gets the same formula text, flagged either way).
        path = _openpyxl_file(folder / "people.xlsx", table, write_only=True)
    else:
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";" if ";" in kind else ",").writerows(table)
        data = out.getvalue().encode()
        path = folder / "people.csv"
        path.write_bytes((codecs.BOM_UTF8 if "bom" in kind else b"") + data)
    report = checker.importer.import_file(path)
    assert (report.errors, report.created) == ([], len(people))
    flagged = {(w.line, w.column) for w in report.warnings if w.code == "formula"}
    for line, person in enumerate(people, start=2):
        stored = checker.participants.get(person["registration_code"])
        assert (stored.given_name, stored.family_name) == (
            person["given_name"],
            person["family_name"],
        )
        assert stored.delegation == person["delegation"]
        assert stored.country == COUNTRIES[person["country"]]
        assert stored.category_code == CATEGORIES[person["category"]]
        assert ((line, "given_name") in flagged) == (person["given_name"][0] in "=+@")
