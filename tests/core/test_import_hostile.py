"""Hostile import files get a report, import nothing, and stay within 200 MB (issue 12).

XLSX: zip bombs, sizes that lie, DTDs (entity expansion, external entities), floods of
rows, columns, parts and shared strings. CSV: rows with more cells than the header,
lines of separators, more rows than a file may hold.
"""

from __future__ import annotations

import base64
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.desk import Forum
from desktop.errors import ImportRejected
from desktop.services.import_read import MAX_COLUMNS, MAX_ROWS, MAX_SEPARATORS
from desktop.services.xlsx_read import MAX_SHARED_STRINGS, MAX_SILENT_BYTES
from desktop.services.xlsx_zip import MAX_INFLATED_BYTES, MAX_PARTS, MAX_RATIO
from tests.core.xlsx_parts import (
    HEADER,
    MAIN,
    ROW,
    WORKBOOK,
    Part,
    bomb,
    column,
    row_xml,
    shared_strings_xml,
    sheet_xml,
    workbook,
    write_zip,
)

ROOT = Path(__file__).parents[2]
MIB = 1024 * 1024
GIB = 1024 * MIB
#: Peak resident memory of a whole ``forumdesk import`` process on a hostile file.
MEMORY_LIMIT_MB = 200


def _mb(size: int) -> str:
    return f"{size // MIB:,} MB"


def _sheet_head(extra: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN}">{extra}<sheetData>'
        + row_xml(1, HEADER)
    ).encode()


SHEET_TAIL = b"</sheetData></worksheet>"


# ------------------------------------------------------------------ the files


def strings_bomb(path: Path) -> Path:
    """2 GiB of one shared string from about 2 MiB: the issue's bomb, bigger."""
    part = bomb(
        "xl/sharedStrings.xml",
        f'<?xml version="1.0"?>\n<sst xmlns="{MAIN}"><si><t>'.encode(),
        b"A" * MIB,
        2048,
        b"</t></si></sst>",
    )
    return write_zip(path, workbook(sheet_xml([HEADER, ROW]), shared_strings=part))


def sheet_bomb(path: Path) -> Path:
    """A sheet part under every size limit, compressed a thousandfold."""
    part = bomb("xl/worksheets/sheet1.xml", _sheet_head(), b" " * MIB, 200, SHEET_TAIL)
    return write_zip(path, workbook(part))


def lying_bomb(path: Path) -> Path:
    """A part that says it inflates to 50 MB and would inflate to 2 GiB."""
    part = bomb("xl/worksheets/sheet1.xml", _sheet_head(), b" " * MIB, 2048, SHEET_TAIL)
    part.size = 50 * MIB
    return write_zip(path, workbook(part))


def declared_rows(path: Path) -> Path:
    """Two rows, and a dimension that says a million."""
    return write_zip(path, workbook(sheet_xml([HEADER, ROW], dimension="A1:E1048576")))


def row_flood(path: Path) -> Path:
    """More rows than a file may hold, each with a value only in an ignored column."""
    head = [*HEADER, "remarks"]
    body = "".join(
        f'<row r="{n}"><c r="F{n}" t="inlineStr"><is><t>x</t></is></c></row>'
        for n in range(2, MAX_ROWS + 3)
    )
    xml = _sheet_head().replace(row_xml(1, HEADER).encode(), row_xml(1, head).encode())
    return write_zip(path, workbook(xml + body.encode() + SHEET_TAIL))


def strings_flood(path: Path) -> Path:
    """More distinct shared strings than the reader keeps."""
    strings = shared_strings_xml(f"{n:x}" for n in range(MAX_SHARED_STRINGS + 10))
    return write_zip(path, workbook(sheet_xml([HEADER, ROW]), shared_strings=strings))


def giant_cell(path: Path) -> Path:
    """A cell of 20 MB (of random text, so that it compresses no better than text):
    no element boundary for far longer than any Excel cell."""
    text = base64.b64encode(random.Random(12).randbytes(15 * MIB)).decode()
    xml = _sheet_head() + row_xml(2, [*ROW[:4], text]).encode() + SHEET_TAIL
    return write_zip(path, workbook(xml))


def junk_elements(path: Path) -> Path:
    """300,000 unknown elements beside the rows: streamed past, never held."""
    junk = "".join(f'<x n="{n}"/>' for n in range(300_000)).encode()
    xml = _sheet_head() + junk + row_xml(2, ROW).encode() + SHEET_TAIL
    return write_zip(path, workbook(xml))


def many_parts(path: Path) -> Path:
    return write_zip(
        path,
        workbook(
            sheet_xml([HEADER, ROW]),
            extra=(Part.of(f"xl/media/p{n}.xml", b"") for n in range(MAX_PARTS + 1)),
        ),
    )


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>\n"
)


def dtd_in_sheet(path: Path) -> Path:
    """The billion laughs: nine levels of ten entities, a gigabyte of "lol"."""
    xml = sheet_xml([HEADER, ROW]).decode()
    xml = xml.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', BILLION_LAUGHS)
    xml = xml.replace("<t>Ivan</t>", "<t>&lol9;</t>")
    return write_zip(path, workbook(xml.encode()))


def external_entity(path: Path) -> Path:
    """An entity that would read a file of this machine into a participant's name."""
    strings = (
        '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        f'<sst xmlns="{MAIN}"><si><t>&x;</t></si></sst>'
    )
    sheet = sheet_xml([HEADER]).replace(
        b"</sheetData>", b'<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData>'
    )
    return write_zip(path, workbook(sheet, shared_strings=strings.encode()))


def external_dtd(path: Path) -> Path:
    """A DTD fetched from the network, in the workbook part itself."""
    book = WORKBOOK.replace(
        b"<workbook ", b'<!DOCTYPE workbook SYSTEM "http://203.0.113.1/evil.dtd">\n<workbook ', 1
    )
    return write_zip(path, workbook(sheet_xml([HEADER, ROW]), workbook_xml=book))


#: name -> (builder, error code, words the report must say)
HOSTILE = {
    "strings-bomb.xlsx": (strings_bomb, "too_large", _mb(MAX_INFLATED_BYTES)),
    "sheet-bomb.xlsx": (sheet_bomb, "too_large", f"at most {MAX_RATIO} to 1"),
    "lying-bomb.xlsx": (lying_bomb, "format", _mb(MAX_SILENT_BYTES)),
    "declared-rows.xlsx": (declared_rows, "too_large", f"{MAX_ROWS:,} rows"),
    "row-flood.xlsx": (row_flood, "too_many_rows", f"{MAX_ROWS:,}"),
    "strings-flood.xlsx": (strings_flood, "too_large", f"{MAX_SHARED_STRINGS:,}"),
    "giant-cell.xlsx": (giant_cell, "format", "32,767 characters"),
    "many-parts.xlsx": (many_parts, "too_large", f"{MAX_PARTS:,} are read"),
    "billion-laughs.xlsx": (dtd_in_sheet, "dtd", "DTD"),
    "external-entity.xlsx": (external_entity, "dtd", "DTD"),
    "external-dtd.xlsx": (external_dtd, "dtd", "DTD"),
}

CHILD = textwrap.dedent(
    """
    import contextlib, io, json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
    from desktop.cli import main
    results = {}
    for name, db in zip(sys.argv[1::2], sys.argv[2::2]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["import", name, "--db", db, "--json"])
        results[name] = {"code": code, "out": out.getvalue(), "err": err.getvalue()}
    # The peak of this process's own memory (VmHWM): ru_maxrss would also count the
    # parent's size at fork, which Linux carries across exec.
    try:
        with open("/proc/self/status") as status:
            peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) // 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"peak_mb": peak, "results": results}))
    """
)


def test_hostile_workbooks_get_a_report_within_200_mb(tmp_path: Path) -> None:
    """One ``forumdesk import`` process reads every hostile workbook in turn: each ends
    in exit 2 and a report that names its limit, no database is written, and the
    process never holds more than 200 MB (a 1 MiB bomb took 2.1 GiB before)."""
    files = {name: build(tmp_path / name) for name, (build, _, _) in HOSTILE.items()}
    assert files["strings-bomb.xlsx"].stat().st_size < 4 * MIB  # a few MiB
    args: list[str] = []
    for name, path in files.items():
        args += [str(path), str(tmp_path / f"{name}.db")]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(done.stdout.splitlines()[-1])
    for name, (_, code, words) in HOSTILE.items():
        result = outcome["results"][str(files[name])]
        assert result["code"] == 2, (name, result)
        report = json.loads(result["out"])
        assert (report["ok"], report["created"]) == (False, 0), name
        assert report["errors"][0]["code"] == code, (name, report["errors"])
        assert words in report["errors"][0]["message"], (name, report["errors"])
        assert "Traceback" not in result["err"] and "unexpected" not in result["err"], name
        assert not (tmp_path / f"{name}.db").exists(), name
    assert outcome["peak_mb"] < MEMORY_LIMIT_MB, outcome["peak_mb"]


@pytest.mark.parametrize("build", [dtd_in_sheet, external_entity, external_dtd])
def test_a_workbook_with_a_dtd_is_refused_in_words(
    forum: Forum, tmp_path: Path, build: object
) -> None:
    """Issue 12: a DTD ended in 'unexpected error (ParseError)' and a traceback."""
    path = build(tmp_path / "dtd.xlsx")  # type: ignore[operator]
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    (issue,) = info.value.report.errors
    assert issue.code == "dtd" and "DTD" in issue.message
    assert forum.participants.count() == 0


def test_cli_refuses_a_dtd_with_exit_2_and_a_report(tmp_path: Path) -> None:
    path = dtd_in_sheet(tmp_path / "laughs.xlsx")
    db = tmp_path / "forum.db"
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "import", str(path), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    assert "declares a DTD" in done.stderr and "nothing was imported" in done.stderr
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr
    assert not db.exists()


def test_a_good_workbook_beside_the_hostile_ones_still_imports(
    forum: Forum, tmp_path: Path
) -> None:
    """The bounds leave ordinary files alone: shared strings, styles, junk ignored."""
    junk = junk_elements(tmp_path / "junk.xlsx")
    report = forum.importer.import_file(junk)
    assert (report.created, report.errors) == (1, [])
    rows = [HEADER, *([f"Name{n}", "Petrov", "Kazan", "RU", "Delegate"] for n in range(50))]
    strings = [value for row in rows for value in row]
    sheet = (
        f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN}"><dimension ref="A1:E51"/><sheetData>'
        + "".join(
            f'<row r="{r}">'
            + "".join(
                f'<c r="{column(c)}{r}" t="s"><v>{(r - 1) * 5 + c - 1}</v></c>' for c in range(1, 6)
            )
            + "</row>"
            for r in range(1, 52)
        )
        + "</sheetData></worksheet>"
    ).encode()
    path = write_zip(
        tmp_path / "shared.xlsx", workbook(sheet, shared_strings=shared_strings_xml(strings))
    )
    assert forum.importer.import_file(path).created == 50


# ------------------------------------------------------------------ CSV


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CSV_HEADER = (
    "registration_code,given_name,family_name,given_name_latin,family_name_latin,title,"
    "organisation,delegation,country,category,email,phone,languages,zones,photo,notes"
)
CSV_ROW = "KZN-1,Ильсур,Метшин,Ilsur,Metshin,Mayor,City,Kazan,RU,Delegate,,,,,,"


def test_a_row_with_more_cells_than_the_header_is_reported_with_its_line(
    forum: Forum, tmp_path: Path
) -> None:
    """Issue 12: 50,000 cells under a 16-column header imported with exit 0, the extra
    cells dropped without a word."""
    wide = "KZN-2,Anna,Ivanova,,,,,Kazan,RU,Delegate,,,,,," + ",x" * 50_000
    stray = "KZN-3,Olga,Smirnova,,,,,Kazan,RU,Delegate,,,,,,,note"  # one separator too many
    path = _csv(tmp_path / "wide.csv", [CSV_HEADER, CSV_ROW, wide, stray])
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    errors = info.value.report.errors
    assert [(e.line, e.code) for e in errors] == [(3, "extra_cells"), (4, "extra_cells")]
    assert "50,000 value(s) past the header's 16 columns" in errors[0].message
    assert "1 value(s)" in errors[1].message
    assert forum.participants.count() == 0


def test_empty_cells_past_the_header_lose_nothing_and_pass(forum: Forum, tmp_path: Path) -> None:
    path = _csv(tmp_path / "padded.csv", [CSV_HEADER, CSV_ROW + ",,,"])
    assert forum.importer.import_file(path).created == 1
    too_many = _csv(tmp_path / "many.csv", [CSV_HEADER, CSV_ROW + "," * MAX_COLUMNS])
    report = forum.importer.check(too_many)
    assert [(e.line, e.code) for e in report.errors] == [(2, "extra_cells")]
    assert f"at most {MAX_COLUMNS:,}" in report.errors[0].message


def test_cli_reports_the_wide_row_with_exit_2(tmp_path: Path) -> None:
    wide = "KZN-2,Anna,Ivanova,,,,,Kazan,RU,Delegate,,,,,," + ",x" * 50_000
    path = _csv(tmp_path / "wide.csv", [CSV_HEADER, CSV_ROW, wide])
    db = tmp_path / "forum.db"
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "import", str(path), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    assert "line 3: the row has 50,000 value(s) past the header's 16 columns" in done.stderr
    assert not db.exists()


def test_csv_bounds_on_separators_columns_and_rows(forum: Forum, tmp_path: Path) -> None:
    separators = _csv(
        tmp_path / "commas.csv", [CSV_HEADER, CSV_ROW, "," * (MAX_SEPARATORS + 1), CSV_ROW]
    )
    (issue,) = forum.importer.check(separators).errors
    assert (issue.line, issue.code) == (3, "too_many_cells")
    assert f"{MAX_SEPARATORS:,} separators" in issue.message
    wide_header = _csv(tmp_path / "header.csv", [CSV_HEADER + ",x" * MAX_COLUMNS, CSV_ROW])
    (issue,) = forum.importer.check(wide_header).errors
    assert (issue.line, issue.code) == (1, "too_many_columns")
    assert f"at most {MAX_COLUMNS:,}" in issue.message
    rows = _csv(
        tmp_path / "rows.csv",
        ["given_name,delegation,country,category,remarks"] + [",,,,x"] * (MAX_ROWS + 1),
    )
    (issue,) = forum.importer.check(rows).errors
    assert (issue.line, issue.code) == (MAX_ROWS + 2, "too_many_rows")
    assert f"at most {MAX_ROWS:,}" in issue.message
