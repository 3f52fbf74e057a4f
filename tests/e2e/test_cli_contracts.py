"""Acceptance: SPEC's command-line table and import format, driven only as a user would.

Every command runs as a subprocess (``python -m desktop.cli`` is the ``forumdesk`` entry
point without the GUI; ``python -m server.cli`` is ``forumdesk-server``) on fresh temp
databases, with forum data in many scripts and the spreadsheets organisers really send.
Every bad input must end in a one-line message and a non-zero exit, never a traceback.

One imported forum is shared by the read-only tests (module fixture); a test that writes
works on its own copy. Independent commands run two at a time, and the long stories (the
server with an enrolled desk, meetings, the self-check) run beside the other tests from
the start, to keep the file quick on two cores.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image

from tests.e2e.test_sync_support import ServerProcess

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

pytestmark = pytest.mark.timeout(240)

HEADER = (
    "registration_code,given_name,family_name,given_name_latin,family_name_latin,title,"
    "organisation,delegation,country,category,email,phone,languages,zones,photo,notes"
)

#: (code, given, family, given latin, family latin, title, delegation, country, category,
#:  languages, zones, photo)
PEOPLE: list[tuple[str, ...]] = [
    ("KZN-001", "Ильсур", "Метшин", "Ilsur", "Metshin", "Mayor", "Kazan", "Russia", "Head of delegation", "ru;tt", "", "ilsur.jpg"),
    ("MOW-001", "Сергей", "Собянин", "", "", "Mayor", "Moscow", "Russian Federation", "Head of delegation", "ru", "", ""),
    ("", "芳", "王", "", "", "Deputy Mayor", "Zhengzhou", "China", "Delegate", "zh", "", ""),
    ("", "Thị Hương", "Nguyễn", "", "", "Adviser", "Hanoi", "Vietnam", "Delegate", "vi", "", ""),
    ("", "राजेश", "कुमार", "", "", "Adviser", "Pune", "India", "Delegate", "hi;en", "", ""),
    ("", "محمد", "العتيبي", "", "", "Director", "Dubai", "United Arab Emirates", "Delegate", "ar", "", ""),
    ("", "علی", "رضایی", "", "", "Adviser", "Tehran", "Iran", "Delegate", "fa", "", ""),
    ("", "አበበ", "ቢቂላ", "", "", "Deputy Mayor", "Addis Ababa", "Ethiopia", "Delegate", "am", "", ""),
    ("", "สมชาย", "ใจดี", "", "", "Governor", "Bangkok", "Thailand", "Head of delegation", "th", "", ""),
    ("", "João", "Silva", "", "", "Mayor", "Rio de Janeiro", "Brazil", "Head of delegation", "pt", "", ""),
    ("", "Thabo", "Nkosi", "", "", "Councillor", "Durban", "South Africa", "Delegate", "en;zu", "", ""),
    ("", "", "", "John", "Smith", "Journalist", "Havana", "CU", "Media", "en;es", "Main entrance;Press centre", ""),
    ("", "Fatma", "Yılmaz", "", "", "Mayor", "Istanbul", "Turkey", "VIP", "tr", "", ""),
    ("", "أحمد", "حسن", "Ahmed", "Hassan", "Governor", "Cairo", "Egypt", "Head of delegation", "ar", "", ""),
    ("", "Бақыт", "Сұлтанов", "", "", "Akim", "Almaty", "KZ", "Delegate", "kk;ru", "", ""),
    ("", "Budi", "Santoso", "", "", "Regent", "Surabaya", "Indonesia", "Delegate", "id", "", ""),
    ("", "Siti", "Aminah", "", "", "Mayor", "Kuala Lumpur", "Malaysia", "Speaker", "ms", "", ""),
    ("", "Martín", "Fernández", "", "", "Intendente", "Rosario", "Argentina", "Delegate", "es", "", ""),
    ("", "Chinedu", "Okafor", "", "", "Commissioner", "Lagos", "NG", "Delegate", "en", "", ""),
    ("", "Шавкат", "Рахимов", "", "", "Hokim", "Tashkent", "Uzbekistan", "Delegate", "uz;ru", "", ""),
    ("", "Արմեն", "Սարգսյան", "", "", "Mayor", "Yerevan", "Armenia", "Delegate", "hy", "", ""),
    ("", "ნინო", "ბერიძე", "", "", "Adviser", "Batumi", "Georgia", "Guest", "ka", "", ""),
    ("", "민준", "김", "", "", "Mayor", "Busan", "South Korea", "Delegate", "ko", "", ""),
    ("", "Ana", "Pérez", "", "", "Alcaldesa", "La Habana Vieja", "Cuba", "Delegate", "es", "", ""),
    ("", "Luis", "García", "", "", "Mayor", "Mexico City", "Mexico", "Delegate", "es", "", ""),
    ("", "Nurul", "Islam", "", "", "Mayor", "Dhaka", "Bangladesh", "Delegate", "bn", "", ""),
    ("", "Abdullah", "Al-Saud", "", "", "Mayor", "Riyadh", "Saudi Arabia", "VIP", "ar", "", ""),
    ("", "Аляксандр", "Шэйман", "", "", "Chairman", "Minsk", "Belarus", "Delegate", "be;ru", "", ""),
]  # fmt: skip


# ---------------------------------------------------------------- running commands


@dataclass
class Run:
    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def __str__(self) -> str:
        return f"{' '.join(self.args)} -> {self.code}\nstdout: {self.out[-2000:]}\nstderr: {self.err[-2000:]}"


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    env.update(extra or {})
    return env


def _run(module: str, *args: str, env: dict[str, str] | None = None, stdin: str = "") -> Run:
    proc = subprocess.run(
        [PYTHON, "-m", module, *args],
        cwd=ROOT,
        env=env or _env(),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return Run(tuple(args), proc.returncode, proc.stdout, proc.stderr)


def fd(*args: str | Path, env: dict[str, str] | None = None, stdin: str = "") -> Run:
    """``forumdesk ARGS`` (the CLI; the GUI is not started with a sub-command)."""
    return _run("desktop.cli", *map(str, args), env=env, stdin=stdin)


def server(*args: str | Path, env: dict[str, str] | None = None) -> Run:
    """``forumdesk-server ARGS``."""
    return _run("server.cli", *map(str, args), env=env)


def parallel(calls: Sequence[Callable[[], Run]]) -> list[Run]:
    """Independent commands two at a time (the machine has two cores)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda call: call(), calls))


def ok(run: Run) -> Run:
    assert run.code == 0, str(run)
    assert "Traceback" not in run.err, str(run)
    return run


def refused(run: Run, code: int = 2) -> Run:
    """A clear refusal: the expected exit code, a short message, no traceback."""
    assert run.code == code, str(run)
    assert "Traceback" not in run.err and "Traceback" not in run.out, str(run)
    assert run.err.strip() or run.out.strip(), str(run)
    return run


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], *, delimiter: str = ",", bom: bool = False
) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    return path


def people_rows() -> list[list[str]]:
    rows = [HEADER.split(",")]
    for (
        code,
        given,
        family,
        given_l,
        family_l,
        title,
        deleg,
        country,
        cat,
        langs,
        zones,
        photo,
    ) in PEOPLE:
        rows.append(
            [code, given, family, given_l, family_l, title, "", deleg, country, cat, "", "",
             langs, zones, f"photos/{photo}" if photo else "", ""]
        )  # fmt: skip
    return rows


def pdf_pages(path: Path) -> int:
    assert path.read_bytes()[:5] == b"%PDF-", path
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def participants_in(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from participant").fetchone()[0])


def changes_in(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from change_log").fetchone()[0])


def copy_db(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if source.with_name(source.name + suffix).exists():
            shutil.copy(
                source.with_name(source.name + suffix), target.with_name(target.name + suffix)
            )
    return target


# ---------------------------------------------------------------- the shared forum


@dataclass
class Imported:
    db: Path
    file: Path
    report: dict[str, Any]
    codes: dict[str, str]  # delegation -> registration code


def write_people(folder: Path) -> Path:
    """The people above as a plain UTF-8 CSV, with a photo in a folder beside it."""
    (folder / "photos").mkdir()
    Image.new("RGB", (900, 1200), (180, 90, 40)).save(folder / "photos" / "ilsur.jpg")
    return write_csv(folder / "participants.csv", people_rows())


@pytest.fixture(scope="module")
def forum_db(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The people above imported from a plain UTF-8 CSV, a photo beside it."""
    folder = tmp_path_factory.mktemp("forum")
    file = write_people(folder)
    db = folder / "forum.db"
    run = ok(fd("import", file, "--db", db, "--json"))
    report = run.json()
    with sqlite3.connect(db) as conn:
        codes = {
            deleg: code
            for code, deleg in conn.execute(
                "select p.registration_code, d.name from participant p "
                "join delegation d on d.id = p.delegation_id"
            )
        }
    return Imported(db, file, report, codes)


# ---------------------------------------------------------------- import


def test_import_reports_every_row_and_reimport_changes_nothing(
    forum_db: Imported, tmp_path: Path
) -> None:
    report = forum_db.report
    assert report["ok"] is True
    assert (report["rows"], report["created"], report["updated"]) == (len(PEOPLE), len(PEOPLE), 0)
    assert report["errors"] == []
    assert len({c for c in forum_db.codes.values()}) == len(PEOPLE)
    assert forum_db.codes["Kazan"] == "KZN-001"

    db = copy_db(forum_db.db, tmp_path / "again.db")
    before = changes_in(db)
    again = ok(fd("import", forum_db.file, "--db", db, "--json")).json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, len(PEOPLE))
    assert changes_in(db) == before and participants_in(db) == len(PEOPLE)

    # An updated file updates only the rows that changed.
    rows = people_rows()
    rows[1][5] = "Mayor of Kazan"
    changed = write_csv(forum_db.file.with_name("changed.csv"), rows)
    update = ok(fd("import", changed, "--db", db, "--json")).json()
    assert (update["created"], update["updated"], update["unchanged"]) == (0, 1, len(PEOPLE) - 1)


def test_search_json_in_every_script_best_first(forum_db: Imported) -> None:
    db = forum_db.db
    queries = {
        "Метшин": "KZN-001",  # native script
        "metshin": "KZN-001",  # Latin
        "Metchin": "KZN-001",  # another transliteration
        "Ilsur Metshn": "KZN-001",  # one typo
        "Sergei Sobianin": forum_db.codes["Moscow"],  # Latin made on import, other spelling
        "王芳": forum_db.codes["Zhengzhou"],
        "Nguyen Thi Huong": forum_db.codes["Hanoi"],
        "Muhammad": forum_db.codes["Dubai"],
        "Somchai": forum_db.codes["Bangkok"],
        "Abebe Bikila": forum_db.codes["Addis Ababa"],
        "Zzyzx Qwvbn": "",
    }
    runs = parallel(
        [(lambda q=q: fd("search", q, "--db", db, "--json", "--limit", "5")) for q in queries]
    )
    assert ok(runs.pop()).json() == []
    queries.pop("Zzyzx Qwvbn")
    for (query, code), run in zip(queries.items(), runs, strict=True):
        results = ok(run).json()
        assert len(results) <= 5
        assert isinstance(results, list) and results, f"{query!r} found no one"
        assert results[0]["registration_code"] == code, f"{query!r}: {results[:2]}"
        scores = [r["score"] for r in results]
        assert scores == sorted(scores, reverse=True), query
        for key in (
            "registration_code",
            "native_name",
            "latin_name",
            "delegation",
            "country",
            "category",
            "score",
        ):
            assert key in results[0], (query, key)

    kazan = runs[0].json()[0]
    assert (kazan["native_name"], kazan["latin_name"]) == ("Ильсур Метшин", "Ilsur Metshin")
    assert (kazan["delegation"], kazan["country"]) == ("Kazan", "RU")
    assert kazan["category_name"] == "Head of delegation"
    moscow = runs[4].json()[0]
    assert moscow["native_name"] == "Сергей Собянин" and moscow["latin_name"] == "Sergey Sobyanin"
    assert runs[5].json()[0]["latin_name"] == "Wang Fang"
    assert runs[6].json()[0]["native_name"] == "Nguyễn Thị Hương"
    assert runs[8].json()[0]["latin_name"] == "Somchai Chaidi"


def test_default_database_is_in_the_user_data_folder(forum_db: Imported, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env({"HOME": str(home), "XDG_DATA_HOME": str(home / "data")})
    env.pop("FORUMDESK_DATA_DIR", None)
    missing = refused(fd("search", "Metshin", "--json", env=env), 1)
    assert "no forum database" in missing.err
    runs = parallel(
        [
            lambda: fd("import", forum_db.file, env=env),
            lambda: server("enroll-code", "--role", "admin", env=env),
        ]
    )
    for run in runs:
        ok(run)
    found = ok(fd("search", "Metshin", "--json", env=env)).json()
    assert found[0]["registration_code"] == "KZN-001"
    assert list(home.rglob("forum.db")), "the desk database is in the user's data folder"
    assert list(home.rglob("server.db")), "so is the server's, by default"


# ---------------------------------------------------------------- check-in and QR


def test_checkin_by_code_qr_repeat_forged_zone_and_desk(forum_db: Imported, tmp_path: Path) -> None:
    db = copy_db(forum_db.db, tmp_path / "desk.db")
    first = ok(fd("checkin", "KZN-001", "--db", db, "--desk", "Desk 1", "--json")).json()
    assert first["result"] == "admitted"
    p = first["participant"]
    assert (p["registration_code"], p["native_name"], p["latin_name"]) == (
        "KZN-001", "Ильсур Метшин", "Ilsur Metshin",
    )  # fmt: skip
    assert (p["delegation"], p["country"]) == ("Kazan", "RU")

    again = ok(fd("checkin", "KZN-001", "--db", db, "--desk", "Desk 2", "--json")).json()
    assert again["result"] == "already_in"
    assert again["participant"]["registration_code"] == "KZN-001"
    assert again["previous"]["desk"] == "Desk 1"

    hanoi = forum_db.codes["Hanoi"]
    payload = ok(fd("qr", hanoi, "--db", db)).out.strip()
    assert payload and len(payload.splitlines()) == 1 and payload != hanoi
    by_qr = ok(fd("checkin", payload, "--db", db, "--zone", "Plenary hall", "--json")).json()
    assert by_qr["result"] == "admitted", by_qr
    assert by_qr["participant"]["native_name"] == "Nguyễn Thị Hương"
    assert by_qr["participant"]["latin_name"] == "Nguyen Thi Huong"

    forged = payload[:20] + ("A" if payload[20] != "A" else "B") + payload[21:]
    zhengzhou = forum_db.codes["Zhengzhou"]
    runs = parallel(
        [
            lambda: fd("checkin", forged, "--db", db, "--json"),
            lambda: fd("checkin", "NOBODY-42", "--db", db, "--json"),
            lambda: fd("checkin", "x" * 5000, "--db", db, "--json"),
        ]
    )
    for run in runs:
        decision = ok(run).json()
        assert decision["result"] == "rejected" and decision["reason"], decision
    assert runs[0].json()["participant"] is None

    # A journalist with zones Main entrance and Press centre only.
    havana = forum_db.codes["Havana"]
    vip = ok(fd("checkin", havana, "--db", db, "--zone", "vip", "--json")).json()
    assert (vip["result"], vip["reason"]) == ("rejected", "zone_not_allowed")
    press = ok(fd("checkin", havana, "--db", db, "--zone", "press centre", "--json")).json()
    assert press["result"] == "admitted"

    bad = parallel(
        [
            lambda: fd("checkin", zhengzhou, "--db", db, "--zone", "Nowhere hall", "--json"),
            lambda: fd("checkin", zhengzhou, "--db", db, "--desk", "  ", "--json"),
        ]
    )
    for run in bad:
        refused(run)
    refused(fd("qr", "NOBODY-42", "--db", db), 1)

    # Typed by hand, in lower case with spaces, from stdin: still the same person.
    piped = ok(fd("checkin", "-", "--db", db, "--json", stdin=f" {zhengzhou.lower()} \n")).json()
    assert piped["result"] == "admitted" and piped["participant"]["latin_name"] == "Wang Fang"

    out = tmp_path / "checkins.csv"
    ok(fd("export", "checkins", "--db", db, "--out", out))
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    desks = {r["registration_code"]: r["desk"] for r in rows if r["result"] == "admitted"}
    assert desks["KZN-001"] == "Desk 1"


# ---------------------------------------------------------------- badges


def test_badges_to_pdf_in_every_layout(forum_db: Imported, tmp_path: Path) -> None:
    db = copy_db(forum_db.db, tmp_path / "badges.db")
    out = {name: tmp_path / f"{name}.pdf" for name in ("all", "two", "kazan", "heads")}
    runs = parallel(
        [
            lambda: fd("badges", "--db", db, "--out", out["all"]),  # a6, everyone
            lambda: fd("badges", "--db", db, "--out", out["two"], "--participant", "KZN-001",
                       "--participant", forum_db.codes["Bangkok"], "--layout", "cr80"),
            lambda: fd("badges", "--db", db, "--out", out["kazan"], "--delegation", "Kazan",
                       "--layout", "label4x3"),
            lambda: fd("badges", "--db", db, "--out", out["heads"], "--category", "Head of delegation",
                       "--layout", "a4-sheet", "--json"),
        ]
    )  # fmt: skip
    for run in runs:
        ok(run)
    assert pdf_pages(out["all"]) == len(PEOPLE)
    assert pdf_pages(out["two"]) == 2
    assert pdf_pages(out["kazan"]) == 1
    heads = sum(1 for p in PEOPLE if p[8] == "Head of delegation")
    assert runs[3].json()["badges"] == heads
    assert pdf_pages(out["heads"]) == -(-heads // 4)  # four A6 badges to an A4 sheet

    bad = parallel(
        [
            lambda: fd(
                "badges", "--db", db, "--out", tmp_path / "x.pdf", "--participant", "NOBODY-42"
            ),
            lambda: fd(
                "badges", "--db", db, "--out", tmp_path / "y.pdf", "--delegation", "Atlantis"
            ),
        ]
    )
    for run in bad:
        refused(run)
    assert not any((tmp_path / n).exists() for n in ("x.pdf", "y.pdf"))


# ---------------------------------------------------------------- exports and report


def test_exports_neutralise_formulas_and_report_pdf(tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "people.csv",
        [
            ["given_name", "family_name", "delegation", "country", "category", "notes"],
            ["=cmd|' /C calc'!A0", "Petrov", "Kazan", "RU", "Delegate", "@SUM(1+1)"],
            ["Ильсур", "Метшин", "Kazan", "RU", "Head of delegation", "+7 vip"],
        ],
    )
    db = tmp_path / "forum.db"
    report = ok(fd("import", file, "--db", db, "--json")).json()
    formula_warnings = [w for w in report["warnings"] if w["code"] == "formula"]
    assert {(w["line"], w["column"]) for w in formula_warnings} >= {(2, "given_name"), (2, "notes")}
    hits = ok(fd("search", "Petrov", "--db", db, "--json")).json()
    assert hits[0]["native_name"].startswith("=cmd|")  # kept as plain text
    ok(fd("checkin", hits[0]["registration_code"], "--db", db))
    ok(fd("checkin", "NOBODY-42", "--db", db))

    outs = [tmp_path / n for n in ("c.csv", "c.xlsx", "a.csv", "a.xlsx")]
    runs = parallel(
        [
            lambda: fd("export", "checkins", "--db", db, "--out", outs[0]),
            lambda: fd("export", "checkins", "--db", db, "--out", outs[1], "--json"),
            lambda: fd("export", "attendance", "--db", db, "--out", outs[2]),
            lambda: fd("export", "attendance", "--db", db, "--out", outs[3]),
        ]
    )
    for run in runs:
        ok(run)
    assert runs[1].json()["rows"] == 2
    for path in outs:
        cells = _cells(path)
        assert any("Petrov" in c for c in cells), path
        for cell in cells:
            assert not cell.startswith(("=", "+", "@", "-")) or cell[1:2].isdigit(), (path, cell)
    assert any("Ильсур Метшин" in c for c in _cells(outs[2]))

    today = ok(
        fd("report", "--db", db, "--day", _today(db), "--out", tmp_path / "day.pdf", "--json")
    )
    assert pdf_pages(tmp_path / "day.pdf") >= 1
    assert today.json()["totals"]["arrived"] == 1

    for run in parallel(
        [
            lambda: fd("report", "--db", db, "--day", "03/06/2025", "--out", tmp_path / "r.pdf"),
            lambda: fd("export", "checkins", "--db", db, "--out", tmp_path / "c.txt"),
        ]
    ):
        refused(run)
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "c.txt").exists()


def _today(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        at = conn.execute("select min(at) from checkin").fetchone()[0]
    return str(at)[:10]


def _cells(path: Path) -> list[str]:
    if path.suffix == ".csv":
        return [
            c for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()) for c in row
        ]
    workbook = load_workbook(path)
    cells = []
    for row in workbook.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (path, cell.coordinate, cell.value)
            if cell.value is not None:
                cells.append(str(cell.value))
    return cells


# ---------------------------------------------------------------- import formats


def _xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def test_import_accepts_the_files_organisers_send(tmp_path: Path) -> None:
    (tmp_path / "pics").mkdir()
    Image.new("RGB", (60, 80), (20, 120, 200)).save(tmp_path / "pics" / "fang.png")
    head = ["Registration Code", " GIVEN NAME ", "Family_Name", "given name latin", "FAMILY NAME LATIN",
            "Delegation", "Country", "Category", "Languages", "Zones", "Photo", "Phone"]  # fmt: skip
    body = [
        ["", "Ильсур", "Метшин", "", "", "Kazan", "Russia", "head of delegation", "ru;tt", "Main entrance;VIP lounge", "", "+7 843 299 00 00"],
        ["", "芳", "王", "", "", "Zhengzhou", "China", "Delegates", "zh", "", "pics/fang.png", ""],
        ["", "", "", "Maria", "Silva", "Belo Horizonte", "Brazil", "VIP", "pt", "", "", ""],
        ["", "Thabo", "Nkosi", "", "", "Durban", "South Africa", "delegate", "", "", "", ""],
        ["", "Ali", "Rezaei", "", "", "Tehran", "Iran", "Delegate", "", "", "", ""],
        ["", "Mohammed", "Al Mansouri", "", "", "Abu Dhabi", "United Arab Emirates", "Delegate", "", "", "", ""],
        ["", "Ivan", "Petrov", "", "", "Moscow", "Russian Federation", "Delegate", "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    files = {
        "comma.csv": write_csv(tmp_path / "comma.csv", [head, *body]),
        "bom-semicolon.csv": write_csv(
            tmp_path / "bom-semicolon.csv", [head, *body], delimiter=";", bom=True
        ),
        "bom-comma.csv": write_csv(tmp_path / "bom-comma.csv", [head, *body], bom=True),
        "sheet.xlsx": _xlsx(
            tmp_path / "sheet.xlsx",
            [head, *[[*r[:11], 78432990000 if r[11] else None] for r in body]],
        ),
    }
    runs = parallel(
        [
            (lambda f=f: fd("import", f, "--db", f.with_suffix(".db"), "--json"))
            for f in files.values()
        ]
    )
    for name, run in zip(files, runs, strict=True):
        report = ok(run).json()
        assert (report["ok"], report["created"], report["errors"]) == (True, 7, []), name
        db = files[name].with_suffix(".db")
        with sqlite3.connect(db) as conn:
            rows = {
                r[0]: r[1:]
                for r in conn.execute(
                    "select given_name_latin || ' ' || family_name_latin, country, languages, zones, "
                    "photo is not null from participant"
                )
            }
        metshin = rows["Ilsur Metshin"]
        assert (metshin[0], json.loads(metshin[1]), json.loads(metshin[2])) == (
            "RU", ["ru", "tt"], ["main", "vip"],
        ), name  # fmt: skip
        assert rows["Fang Wang"][0] == "CN" and rows["Fang Wang"][3] == 1, name
        assert rows["Maria Silva"][0] == "BR"
        assert {r[0] for r in rows.values()} == {"RU", "CN", "BR", "ZA", "IR", "AE"}, name


BAD_ROWS = [
    ["given_name", "family_name", "delegation", "country", "category"],
    ["Ivan", "Petrov", "Kazan", "Narnia", "Delegate"],
    ["", "", "Kazan", "RU", "Delegate"],
    ["Anna", "Ivanova", "Kazan", "RU", "Astronaut"],
    ["Olga", "Smirnova", "", "RU", "Delegate"],
]


def test_bad_import_files_get_a_report_and_write_nothing(
    forum_db: Imported, tmp_path: Path
) -> None:
    good = "given_name,family_name,delegation,country,category\nИльсур,Метшин,Казань,RU,Delegate\n"
    (tmp_path / "cp1251.csv").write_bytes(good.encode("cp1251"))
    (tmp_path / "utf16.csv").write_bytes(good.encode("utf-16"))
    (tmp_path / "utf16le.csv").write_bytes(good.encode("utf-16-le"))
    (tmp_path / "columns.csv").write_text("given_name,family_name,country\nIvan,Petrov,RU\n")
    (tmp_path / "huge.csv").write_text(
        "given_name,family_name,delegation,country,category,notes\n"
        f"Ivan,Petrov,Kazan,RU,Delegate,{'x' * 10_000_000}\n"
    )
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    write_csv(tmp_path / "rows.csv", BAD_ROWS)
    write_csv(tmp_path / "dupes.csv", [BAD_ROWS[0] + ["registration_code"],
                                       ["A", "B", "Kazan", "RU", "Delegate", "X-1"],
                                       ["C", "D", "Kazan", "RU", "Delegate", "X-1"]])  # fmt: skip
    names = ["cp1251.csv", "utf16.csv", "utf16le.csv", "columns.csv", "huge.csv", "empty.csv",
             "fake.xlsx", "rows.csv", "dupes.csv", "missing.csv"]  # fmt: skip
    runs = parallel(
        [
            (lambda n=n: fd("import", tmp_path / n, "--db", tmp_path / f"{n}.db", "--json"))
            for n in names
        ]
    )
    for name, run in zip(names, runs, strict=True):
        refused(run)
        report = run.json()
        assert report["ok"] is False and report["errors"], name
        assert report["created"] == 0, name
        assert not (tmp_path / f"{name}.db").exists(), f"{name}: a database was written"
    by_name = dict(zip(names, (r.json() for r in runs), strict=True))
    assert "UTF-8" in by_name["cp1251.csv"]["errors"][0]["message"]
    assert "UTF-16" in by_name["utf16.csv"]["errors"][0]["message"]
    assert {e["column"] for e in by_name["columns.csv"]["errors"]} == {"delegation", "category"}
    assert by_name["huge.csv"]["errors"][0]["column"] == "notes"
    rows = {(e["line"], e["column"]) for e in by_name["rows.csv"]["errors"]}
    assert rows == {(2, "country"), (3, "given_name"), (4, "category"), (5, "delegation")}
    assert by_name["dupes.csv"]["errors"][0]["line"] == 3

    # Without --json: the row report in words; into an existing forum: nothing changes.
    db = copy_db(forum_db.db, tmp_path / "existing.db")
    before = changes_in(db)
    text = refused(fd("import", tmp_path / "rows.csv", "--db", db))
    assert "line 2" in text.err + text.out and "country" in text.err + text.out
    assert "nothing was imported" in text.err + text.out
    assert participants_in(db) == len(PEOPLE) and changes_in(db) == before


def test_bidi_controls_are_removed_with_a_warning(tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "bidi.csv",
        [
            ["given_name", "family_name", "delegation", "country", "category"],
            ["\u202eIvan\u202c", "Petrov\u200f", "Kazan", "RU", "Delegate"],
            ["محمد\u200f", "\u2067حسن\u2069", "Cairo", "EG", "Delegate"],
        ],
    )
    db = tmp_path / "bidi.db"
    report = ok(fd("import", file, "--db", db, "--json")).json()
    assert {w["code"] for w in report["warnings"]} == {"invisible_characters"}
    hits = ok(fd("search", "Ivan Petrov", "--db", db, "--json")).json()
    assert hits[0]["native_name"] == "Ivan Petrov"
    assert ok(fd("search", "حسن", "--db", db, "--json")).json()[0]["native_name"] == "محمد حسن"


def test_bad_database_arguments_are_one_line(tmp_path: Path) -> None:
    not_db = tmp_path / "people.csv"
    not_db.write_text("given_name,family_name\nA,B\n")
    for run in parallel(
        [
            lambda: fd("search", "x", "--db", not_db, "--json"),
            lambda: fd("checkin", "x", "--db", tmp_path, "--json"),
            lambda: fd("sync", "--db", not_db),
            lambda: fd("search", "x", "--db", tmp_path / "none.db", "--limit", "0"),
        ]
    ):
        assert run.code in (1, 2), str(run)
        assert "Traceback" not in run.err and len(run.err.strip().splitlines()) <= 2, str(run)


# ---------------------------------------------------------------- meetings


def meetings_story(tmp_path: Path) -> None:
    """demo, then meetings schedule --json and agenda, as a coordinator runs them."""
    db = tmp_path / "demo.db"
    ok(fd("demo", "--db", db, "--participants", "150", "--seed", "11"))
    result = ok(fd("meetings", "schedule", "--db", db, "--json", "--time-limit", "4")).json()
    assert set(result) == {"placed", "unplaced"}
    assert result["placed"], result
    with sqlite3.connect(db) as conn:
        names = {n for (n,) in conn.execute("select name from delegation")}
    for meeting in result["placed"]:
        assert set(meeting) >= {"delegations", "start", "end", "table", "interpreter"}
        assert len(meeting["delegations"]) >= 2 and set(meeting["delegations"]) <= names
        assert meeting["start"] < meeting["end"] and "T" in meeting["start"]
        assert isinstance(meeting["table"], str) and meeting["table"]
        assert meeting["interpreter"] is None or isinstance(meeting["interpreter"], str)
    for request in result["unplaced"]:
        assert set(request["delegations"]) <= names and request["reason"]
    slots = [(m["start"], m["table"]) for m in result["placed"]]
    assert len(slots) == len(set(slots)), "a table is never double-booked"

    delegation = result["placed"][0]["delegations"][0]
    agenda = tmp_path / "agenda.pdf"
    ok(fd("meetings", "agenda", "--db", db, "--delegation", delegation, "--out", agenda))
    assert pdf_pages(agenda) >= 1
    refused(
        fd(
            "meetings",
            "agenda",
            "--db",
            db,
            "--delegation",
            "Atlantis",
            "--out",
            tmp_path / "x.pdf",
        )
    )
    assert not (tmp_path / "x.pdf").exists()


# ---------------------------------------------------------------- server, enroll and sync


def server_story(tmp_path: Path) -> None:
    """forumdesk-server event import, serve, enroll-code, desks list/revoke; a desk's
    enroll and sync rounds, as the organisers and a desk run them."""
    file = write_people(tmp_path)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    imported = ok(server("event", "import", file, "--database", url, "--json")).json()
    assert imported["created"] == len(PEOPLE)
    running_server = ServerProcess(url).start()
    try:
        _server_rounds(running_server, file, tmp_path)
    finally:
        running_server.stop()


def _server_rounds(running_server: ServerProcess, file: Path, tmp_path: Path) -> None:
    url = running_server.database
    code_run = ok(server("enroll-code", "--role", "desk", "--database", url))
    code = code_run.out.strip().splitlines()[-1]
    assert code and " " not in code

    desk = tmp_path / "desk.db"
    enrolled = ok(
        fd("enroll", "--server", running_server.url, "--code", code, "--db", desk, "--json")
    )
    first = enrolled.json()["first_sync"]
    assert first["ok"] and first["participants"] == len(PEOPLE)
    refused(
        fd("enroll", "--server", running_server.url, "--code", code, "--db", tmp_path / "d2.db")
    )

    assert ok(fd("checkin", "KZN-001", "--db", desk, "--json")).json()["result"] == "admitted"
    rnd = ok(fd("sync", "--db", desk, "--json")).json()
    assert rnd["ok"] and rnd["accepted"] >= 1 and rnd["pending"] == 0

    # The organisers send an updated file: the server publishes it, the desk pulls it.
    rows = people_rows()
    rows[1][5] = "Mayor of Kazan"
    rows.append(["KZN-900", "Гузель", "Ахметова", "", "", "Interpreter", "", "Kazan", "RU",
                 "Interpreter", "", "", "tt;ru;en", "", "", ""])  # fmt: skip
    update = write_csv(file.with_name("update.csv"), rows)
    published = ok(server("event", "import", update, "--database", url, "--json")).json()
    assert (published["created"], published["updated"]) == (1, 1)
    assert ok(fd("sync", "--db", desk, "--json")).json()["applied"] >= 2
    late = ok(fd("checkin", "KZN-900", "--db", desk, "--json")).json()
    assert late["result"] == "admitted"
    assert late["participant"]["latin_name"] == "Guzel Akhmetova"

    desks = ok(server("desks", "list", "--database", url, "--json")).json()
    assert len(desks) == 1 and desks[0]["role"] == "desk" and not desks[0]["revoked"]
    ok(server("desks", "revoke", desks[0]["id"], "--database", url))
    assert ok(server("desks", "list", "--database", url, "--json")).json()[0]["revoked"]
    refused(fd("sync", "--db", desk), 1)
    refused(server("desks", "revoke", "no-such-desk", "--database", url))

    for run in parallel(
        [
            lambda: server("desks", "list", "--database", "sqlite:////no/such/folder/x.db"),
            lambda: fd("enroll", "--server", "http://127.0.0.1:9", "--code", "AAAA-BBBB",
                       "--db", tmp_path / "d3.db"),
        ]
    ):  # fmt: skip
        refused(run, 1)


def self_check_story(tmp_path: Path) -> None:
    """The installed app's self-check (the GUI entry point, without a window)."""
    run = subprocess.run(
        [PYTHON, "-c", "import sys; from ui.main import main; sys.exit(main(['--self-check']))"],
        cwd=ROOT,
        env=_env({"QT_QPA_PLATFORM": "offscreen"}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]


# ---------------------------------------------------------------- long stories, run beside


STORIES: dict[str, Callable[[Path], None]] = {
    "test_enroll_sync_and_desk_admin": server_story,
    "test_meetings_schedule_json_and_agenda_pdf": meetings_story,
    "test_self_check_runs": self_check_story,
}


@pytest.fixture(scope="module", autouse=True)
def stories(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[None]]]:
    """The server, meetings and self-check stories start with the module and run on the
    second core while the other tests run; their tests (last in the file) wait for them."""
    selected = {item.name for item in request.session.items}
    pool = ThreadPoolExecutor(max_workers=1)
    futures = {
        name: pool.submit(story, tmp_path_factory.mktemp(story.__name__))
        for name, story in STORIES.items()
        if name in selected
    }
    yield futures
    pool.shutdown(wait=True)


def test_enroll_sync_and_desk_admin(stories: dict[str, Future[None]]) -> None:
    stories["test_enroll_sync_and_desk_admin"].result(timeout=220)


def test_meetings_schedule_json_and_agenda_pdf(stories: dict[str, Future[None]]) -> None:
    stories["test_meetings_schedule_json_and_agenda_pdf"].result(timeout=220)


def test_self_check_runs(stories: dict[str, Future[None]]) -> None:
    stories["test_self_check_runs"].result(timeout=220)
