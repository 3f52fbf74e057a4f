"""Import: whole-file validation, row reports, idempotent re-import, CSV/XLSX variants."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.desk import Forum
from desktop.errors import ImportRejected

HEADER = "registration_code,given_name,family_name,given_name_latin,family_name_latin,title,delegation,country,category,languages,zones,phone"


def write(path: Path, text: str, *, bom: bool = False, encoding: str = "utf-8") -> Path:
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


GOOD = (
    HEADER
    + "\nKZN-001,Ильсур,Метшин,Ilsur,Metshin,Mayor,Kazan,Russia,Head of delegation,ru;tt,main;vip,+7 843 299 00 00"
    + "\n,芳,王,,,Deputy Mayor,Zhengzhou,CN,delegate,zh,,"
    + "\n,Thị Hương,Nguyễn,,,Adviser,Hanoi,VN,Delegate,vi,,"
    + "\n,राजेश,कुमार,,,Adviser,Pune,India,Delegate,hi,,"
)


def count(forum: Forum) -> int:
    return forum.participants.count()


def test_import_csv_then_reimport_changes_nothing(forum: Forum, tmp_path: Path) -> None:
    path = write(tmp_path / "people.csv", GOOD)
    report = forum.importer.import_file(path)
    assert (report.created, report.updated, report.unchanged) == (4, 0, 0)
    changes_before = _changes(forum)
    again = forum.importer.import_file(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert _changes(forum) == changes_before
    metshin = forum.participants.get("KZN-001")
    assert metshin.native_name == "Ильсур Метшин"
    assert metshin.zones == ["main", "vip"]
    assert not metshin.zones_from_category


def test_updated_file_updates_only_changed_rows(forum: Forum, tmp_path: Path) -> None:
    forum.importer.import_file(write(tmp_path / "a.csv", GOOD))
    changed = GOOD.replace("Kazan,Russia,Head", "Kazan,Russia,Head").replace(
        ",Mayor,", ",Mayor of Kazan,"
    )
    report = forum.importer.import_file(write(tmp_path / "b.csv", changed))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 3)
    assert forum.participants.get("KZN-001").title == "Mayor of Kazan"


def test_missing_latin_names_are_transliterated(forum: Forum, tmp_path: Path) -> None:
    forum.importer.import_file(write(tmp_path / "p.csv", GOOD))
    names = {p.native_name: p.latin_name for p in forum.participants.summaries()}
    assert names["王芳"] == "Wang Fang"
    assert names["Nguyễn Thị Hương"] == "Nguyen Thi Huong"
    assert names["राजेश कुमार"].lower().startswith("rajesh")
    detail = forum.participants.get(forum.participants.summaries()[0].id)
    assert detail.latin_name


def test_csv_with_bom_and_semicolons(forum: Forum, tmp_path: Path) -> None:
    text = GOOD.replace(",", ";").replace("ru;tt", "ru").replace("main;vip", "main")
    report = forum.importer.import_file(write(tmp_path / "semi.csv", text, bom=True))
    assert report.created == 4
    assert forum.participants.get("KZN-001").family_name == "Метшин"


def test_xlsx_import(forum: Forum, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    for line in GOOD.splitlines():
        ws.append(line.split(","))
    wb.save(tmp_path / "people.xlsx")
    report = forum.importer.import_file(tmp_path / "people.xlsx")
    assert report.created == 4
    assert forum.importer.import_file(tmp_path / "people.xlsx").unchanged == 4


@pytest.mark.parametrize(
    ("row", "column", "code"),
    [
        (",Анна,Иванова,,,,Kazan,Narnia,Delegate,,,", "country", "unknown_country"),
        (",,,,,,Kazan,RU,Delegate,,,", "given_name", "missing_name"),
        (",Анна,Иванова,,,,Kazan,RU,Alien,,,", "category", "unknown_category"),
        (",Анна,Иванова,,,,,RU,Delegate,,,", "delegation", "missing_value"),
        (",Анна,Иванова,,,,Kazan,RU,Delegate,,moon,", "zones", "unknown_zone"),
        (",Анна," + "И" * 300 + ",,,,Kazan,RU,Delegate,,,", "family_name", "too_long"),
        (",Анна,Иванова,,,x" * 1 + "y" * 10_000 + ",Kazan,RU,Delegate,,,", "title", "too_long"),
    ],
)
def test_each_bad_row_is_reported_and_nothing_imported(
    forum: Forum, tmp_path: Path, row: str, column: str, code: str
) -> None:
    path = write(tmp_path / "bad.csv", GOOD + "\n" + row)
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    errors = info.value.report.errors
    assert [(e.line, e.column, e.code) for e in errors] == [(6, column, code)]
    assert count(forum) == 0


def test_report_lists_every_bad_row(forum: Forum, tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.csv",
        HEADER
        + "\n,A,B,,,,Kazan,Narnia,Delegate,,,\n,C,D,,,,Kazan,RU,Delegate,,,\n,E,F,,,,Kazan,RU,Nobody,,,",
    )
    report = forum.importer.check(path)
    assert [(e.line, e.column) for e in report.errors] == [(2, "country"), (4, "category")]
    assert "line 2, column country" in report.text()


def test_missing_required_column(forum: Forum, tmp_path: Path) -> None:
    path = write(tmp_path / "cols.csv", "given_name,delegation,category\nAnna,Kazan,Delegate")
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    assert [(e.line, e.column, e.code) for e in info.value.report.errors] == [
        (1, "country", "missing_column")
    ]


def test_bad_encoding_is_reported(forum: Forum, tmp_path: Path) -> None:
    path = write(
        tmp_path / "cp1251.csv",
        "given_name,delegation,country,category\nИльсур,Казань,RU,Delegate",
        encoding="cp1251",
    )
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    assert info.value.report.errors[0].code == "encoding"
    assert count(forum) == 0


def test_bidi_controls_are_removed_with_a_warning(forum: Forum, tmp_path: Path) -> None:
    path = write(
        tmp_path / "bidi.csv",
        "given_name,family_name,delegation,country,category\n\u202eمحمد\u202c,رضایی,Tehran,IR,Delegate",
    )
    report = forum.importer.import_file(path)
    assert report.created == 1
    assert any(w.code == "invisible_characters" for w in report.warnings)
    assert forum.participants.summaries()[0].native_name == "محمد رضایی"


def test_formula_cells_are_kept_as_text_and_flagged(forum: Forum, tmp_path: Path) -> None:
    path = write(
        tmp_path / "f.csv",
        'given_name,family_name,title,delegation,country,category\nAnna,Lee,"=HYPERLINK(""x"")",Kazan,RU,Delegate\nBob,Ray,@SUM(A1),Kazan,RU,Delegate',
    )
    report = forum.importer.import_file(path)
    assert sorted(w.line for w in report.warnings if w.code == "formula") == [2, 3]
    titles = sorted(p.title for p in forum.participants.summaries())
    assert titles == ['=HYPERLINK("x")', "@SUM(A1)"]


def test_duplicate_person_is_reported(forum: Forum, tmp_path: Path) -> None:
    path = write(
        tmp_path / "dup.csv",
        "given_name,family_name,delegation,country,category\nAnna,Lee,Kazan,RU,Delegate\nAnna,Lee,Kazan,RU,Delegate",
    )
    report = forum.importer.import_file(path)
    assert report.created == 1
    assert [w.code for w in report.warnings] == ["duplicate_person"]


def test_duplicate_code_is_an_error(forum: Forum, tmp_path: Path) -> None:
    path = write(
        tmp_path / "dup.csv",
        "registration_code,given_name,delegation,country,category\nX1,Anna,Kazan,RU,Delegate\nx1,Boris,Kazan,RU,Delegate",
    )
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    assert info.value.report.errors[0].code == "duplicate_code"


def test_photo_relative_to_file(forum: Forum, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (300, 400), "navy").save(tmp_path / "anna.jpg")
    path = write(
        tmp_path / "ph.csv",
        "given_name,delegation,country,category,photo\nAnna,Kazan,RU,Delegate,anna.jpg",
    )
    forum.importer.import_file(path)
    code = forum.participants.summaries()[0].registration_code
    assert forum.participants.get(code).has_photo
    bad = write(
        tmp_path / "ph2.csv",
        "given_name,delegation,country,category,photo\nBoris,Kazan,RU,Delegate,../../etc/passwd",
    )
    with pytest.raises(ImportRejected):
        forum.importer.import_file(bad)


def test_garbage_file_gets_a_report_not_a_traceback(forum: Forum, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ImportRejected) as info:
        forum.importer.import_file(path)
    assert info.value.report.errors[0].code == "format"


def test_cli_import_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    good = write(tmp_path / "good.csv", GOOD)
    bad = write(tmp_path / "bad.csv", GOOD + "\n,A,B,,,,Kazan,Narnia,Delegate,,,")

    def run(*a: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop.cli", *a], capture_output=True, text=True
        )

    result = run("import", str(bad), "--db", str(db))
    assert result.returncode == 2
    assert "line 6, column country" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("import", str(good), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 4
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from participant").fetchone()[0] == 4


def _changes(forum: Forum) -> int:
    with forum.db.engine.connect() as conn:
        return int(conn.exec_driver_sql("select count(*) from change_log").scalar_one())


def test_one_delegation_however_its_name_is_cased(forum: Forum, tmp_path: Path) -> None:
    text = (
        "given_name,family_name,delegation,country,category\n"
        "A,B,Kazan,RU,Delegate\nC,D,KAZAN,RU,Delegates\nE,F, kazan ,RU,delegate\n"
    )
    report = forum.importer.import_file(write(tmp_path / "d.csv", text))
    assert report.created == 3
    assert {p.delegation for p in forum.participants.summaries()} == {"Kazan"}
    again = forum.importer.import_file(write(tmp_path / "d.csv", text))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_excel_sep_line_and_windows_photo_paths(forum: Forum, tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / "Photos").mkdir()
    Image.new("RGB", (40, 50), (1, 2, 3)).save(tmp_path / "Photos" / "Ilsur.JPG")
    text = (
        "sep=;\ngiven_name;family_name;delegation;country;category;photo\n"
        "Ильсур;Метшин;Kazan;RU;Delegate;photos\\ilsur.jpg\n"
    )
    report = forum.importer.import_file(write(tmp_path / "p.csv", text))
    assert report.created == 1 and not report.warnings
    assert forum.participants.get(forum.participants.summaries()[0].id).has_photo


def test_utf16_is_refused_in_words(forum: Forum, tmp_path: Path) -> None:
    for name, data in (
        ("bom.csv", GOOD.encode("utf-16")),
        ("le.csv", GOOD.encode("utf-16-le")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportRejected) as info:
            forum.importer.import_file(path)
        assert "UTF-16" in info.value.report.errors[0].message
    assert count(forum) == 0


def test_xlsx_formula_cells_are_kept_as_text_and_flagged(forum: Forum, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["given_name", "family_name", "delegation", "country", "category", "notes"])
    wb.active.append(["Ivan", "Petrov", "Kazan", "RU", "Delegate", '=HYPERLINK("http://x")'])
    wb.save(tmp_path / "f.xlsx")
    report = forum.importer.import_file(tmp_path / "f.xlsx")
    assert [(w.line, w.column, w.code) for w in report.warnings] == [(2, "notes", "formula")]
    person = forum.participants.get(forum.participants.summaries()[0].id)
    assert person.notes == '=HYPERLINK("http://x")'


def test_missing_file_and_folder_are_reported(forum: Forum, tmp_path: Path) -> None:
    for target in (tmp_path / "nope.csv", tmp_path):
        with pytest.raises(ImportRejected) as info:
            forum.importer.import_file(target)
        issue = info.value.report.errors[0]
        assert issue.line == 0 and "line" not in str(issue)


def test_headers_as_organisers_write_them(forum: Forum, tmp_path: Path) -> None:
    text = (
        "Reg. No,First Name,Surname,First name (Latin),Surname (Latin),Position,Organization,"
        "Delegation,Country,Category,E-mail,Mobile,Language(s)\n"
        "K-1,Ильсур,Метшин,Ilsur,Metshin,Mayor,Kazan City,Kazan,RU,Delegate,a@b.ru,+7 843 1,ru;tt\n"
    )
    report = forum.importer.import_file(write(tmp_path / "h.csv", text))
    assert report.created == 1 and not report.warnings
    person = forum.participants.get("K-1")
    assert (person.given_name_latin, person.family_name_latin) == ("Ilsur", "Metshin")
    assert (person.title, person.organisation, person.email) == ("Mayor", "Kazan City", "a@b.ru")
    assert (person.phone, person.languages) == ("+7 843 1", ["ru", "tt"])
