"""Exports: CSV with BOM and XLSX with real datetimes; formula-looking cells neutralised;
XLSX text that is hostile to XML stays plain text."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import select, update

from desktop.db.models import Participant
from desktop.desk import Forum
from desktop.errors import InvalidInput
from desktop.reports.export import Cell, Column, Table, neutralise, write_xlsx

EVIL = {
    "given_name": '=HYPERLINK("http://evil","x")',
    "family_name": "+cmd|' /C calc'!A0",
    "given_name_latin": "@SUM(1+1)",
    "family_name_latin": "-2+3",
}


@pytest.fixture
def evil_forum(demo_forum: Forum) -> tuple[Forum, str]:
    event = demo_forum.event()
    assert event.start_date is not None
    moment = datetime.combine(event.start_date, time(10, 0), tzinfo=ZoneInfo(event.timezone))
    demo_forum.checkin.now = lambda: moment.astimezone(UTC)
    with demo_forum.session() as s:
        code = s.scalars(
            select(Participant.registration_code)
            .where(Participant.status == "registered")
            .order_by(Participant.registration_code)
        ).first()
        assert code is not None
        s.execute(update(Participant).where(Participant.registration_code == code).values(**EVIL))
    demo_forum.checkin.scan(code, "main", operator="\tTab Operator")
    demo_forum.checkin.scan("=1+1", "main")
    return demo_forum, code


def test_neutralise() -> None:
    for bad in ("=1+1", "+1", "-1", "@x", "\tx", "\rx", "＝1"):
        assert neutralise(bad) == "'" + bad
    for good in ("Ильсур", "محمد", "Kazan", "", "a=b", "'quoted"):
        assert neutralise(good) == good


def test_csv_has_bom_and_no_formula_cells(evil_forum: tuple[Forum, str], tmp_path: Path) -> None:
    forum, code = evil_forum
    out = tmp_path / "checkins.csv"
    assert forum.reports.export("checkins", out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, data = rows[0], rows[1:]
    assert header[0].startswith("time (Europe/Moscow)") and "name_latin" in header
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    row = next(r for r in data if r[header.index("registration_code")] == code)
    assert row[header.index("name")].startswith("'=HYPERLINK") or row[
        header.index("name")
    ].startswith("'+cmd")
    assert row[header.index("operator")] == "'\tTab Operator"
    assert row[0].endswith(" 10:00:00") and row[1].endswith(" 07:00:00")


def test_attendance_csv_keeps_every_script(demo_forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "attendance.csv"
    n = demo_forum.reports.export("attendance", out)
    text = out.read_text(encoding="utf-8-sig")
    assert n >= 596 and text.count("\n") == n + 1
    assert any("\u0400" <= ch <= "\u04ff" for ch in text)  # Cyrillic
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)  # Arabic
    assert "not_arrived" in text


def test_xlsx_is_typed_and_has_no_formulas(evil_forum: tuple[Forum, str], tmp_path: Path) -> None:
    forum, code = evil_forum
    out = tmp_path / "checkins.xlsx"
    forum.reports.export("checkins", out)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws is not None
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert all(c.font.bold for c in ws[1])
    assert ws.column_dimensions["D"].width >= 20
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
    data = {
        r[header.index("registration_code")]: r for r in ws.iter_rows(min_row=2, values_only=True)
    }
    row = data[code]
    assert isinstance(row[0], datetime) and (row[0].hour, row[0].minute) == (10, 0)
    assert isinstance(row[1], datetime) and row[1].hour == 7  # UTC
    assert row[header.index("name")] in ("'" + EVIL["given_name"] + " " + EVIL["family_name"],)
    assert row[header.index("flagged")] is False


def test_attendance_xlsx(demo_forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "attendance.xlsx"
    n = demo_forum.reports.export("attendance", out)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws is not None and ws.max_row == n + 1


@pytest.mark.parametrize("name", ["out.pdf", "out.txt", "out"])
def test_unknown_extension_is_refused_without_a_file(
    demo_forum: Forum, tmp_path: Path, name: str
) -> None:
    with pytest.raises(InvalidInput, match=r"\.csv or \.xlsx"):
        demo_forum.reports.export("checkins", tmp_path / name)
    assert not (tmp_path / name).exists()
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("demo.db")]


def test_attendance_xlsx_keeps_every_script(demo_forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "attendance.xlsx"
    n = demo_forum.reports.export("attendance", out)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    text = "".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v)
    for low, high in (("\u0400", "\u04ff"), ("\u0600", "\u06ff"), ("\u4e00", "\u9fff")):
        assert any(low <= ch <= high for ch in text), (low, high)  # Cyrillic, Arabic, CJK
    header = [c.value for c in ws[1]]
    assert header[0] == "registration_code" and header[8] == "first_arrival (Europe/Moscow)"
    assert ws.auto_filter.ref == f"A1:P{n + 1}"


HOSTILE = [
    '<r><t>x</t></r></is></c><c r="Z9"><f>1+1</f></c><c t="inlineStr"><is><r><t>y</t></r>',
    '\x01=HYPERLINK("http://evil")',  # a control character before the formula
    "a & b < c > d",
    "line one\r\nline two\tand a tab",
    "  spaces at both ends  ",
    "_x0041_ is not an A",
    "\ud800 lone surrogate",
]


def test_xlsx_text_is_plain_escaped_and_checked(tmp_path: Path) -> None:
    """Whatever a name holds, each text cell reads back as text, the same text (less the
    characters XML cannot hold), neutralised after those are dropped."""
    columns = [Column("text", 30), Column("when", 20, "datetime"), Column("n", 6, "int")]
    rows = [[t, datetime(2026, 6, 3, 10, 0, 59), 1] for t in HOSTILE]
    out = tmp_path / "hostile.xlsx"
    assert write_xlsx(Table("Names", columns, iter(rows)), out) == len(HOSTILE)
    for read_only in (False, True):
        ws = openpyxl.load_workbook(out, read_only=read_only).active
        assert ws is not None
        got = list(ws.iter_rows(min_row=2, values_only=True))
        assert len(got) == len(HOSTILE)
        texts = [r[0] for r in got]
        assert texts[0] == HOSTILE[0]  # shown as written, never markup
        assert texts[1] == '\'=HYPERLINK("http://evil")'
        assert texts[2:5] == HOSTILE[2:5]
        assert texts[6] == "? lone surrogate"
        assert all(r[1] == datetime(2026, 6, 3, 10, 0, 59) and r[2] == 1 for r in got)
        assert ws.max_row == len(HOSTILE) + 1 and ws.max_column == 3
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and sheet.count("<c ") == 3 * (len(HOSTILE) + 1)
    assert "_x005F_x0041_" in sheet  # Excel shows "_x0041_", not "A"


def test_xlsx_cuts_long_text_at_excel_limit(tmp_path: Path) -> None:
    long = "名" * 20_000 + "😀" * 10_000  # 40,000 UTF-16 units: over Excel's 32,767
    out = tmp_path / "long.xlsx"
    write_xlsx(Table("Long", [Column("text", 30)], iter([[long]])), out)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    value = ws["A2"].value
    assert isinstance(value, str) and long.startswith(value)
    assert len(value.encode("utf-16-le")) // 2 in (32766, 32767)


def test_failed_xlsx_export_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[list[Cell]]:
        yield ["Ильсур", None]
        raise RuntimeError("database is locked")

    out = tmp_path / "broken.xlsx"
    with pytest.raises(RuntimeError):
        write_xlsx(Table("Broken", [Column("a", 8), Column("b", 8)], rows()), out)
    assert list(tmp_path.iterdir()) == []
