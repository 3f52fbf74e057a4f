"""Planning an import: the whole file read and checked, every problem reported, nothing written.

Any invalid row means nothing is imported; the report lists every problem with its line,
column and reason. What passes comes out as planned rows for :mod:`import_write`.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.db import setup
from desktop.db.models import Category, Zone
from desktop.domain.categories import CATEGORIES, category_lookup_keys
from desktop.domain.countries import resolve_country
from desktop.services.import_photos import read_photo
from desktop.services.import_read import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    FileProblem,
    cell_text,
    read_csv,
)
from desktop.services.import_report import MAX_REPORTED, ImportReport, RowIssue
from desktop.text.keys import registration_code_for
from desktop.text.names import full_name, latin_part
from desktop.text.normalise import clean_text, fold, has_forbidden_controls

if TYPE_CHECKING:
    from desktop.db.handle import ForumDb

log = logging.getLogger(__name__)

COLUMNS = (
    "registration_code",
    "given_name",
    "family_name",
    "given_name_latin",
    "family_name_latin",
    "title",
    "organisation",
    "delegation",
    "country",
    "category",
    "email",
    "phone",
    "languages",
    "zones",
    "photo",
    "notes",
)
NAME_COLUMNS = ("given_name", "family_name", "given_name_latin", "family_name_latin")
REQUIRED_COLUMNS = ("delegation", "country", "category")

MAX_CELL_CHARS = 2000
MAX_NAME_CHARS = 200

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{5,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-_/.]{0,63}$")


@dataclass
class PlannedRow:
    """A valid row of the file as it will be written: cleaned values and resolved references."""

    line: int
    values: dict[str, str]
    photo: bytes | None = None
    code: str = ""
    country: str = ""
    category_id: uuid.UUID | None = None
    languages: list[str] = field(default_factory=list)
    zones: list[str] | None = None
    latin_generated: bool = False


def plan(db: ForumDb, path: Path) -> tuple[ImportReport, list[PlannedRow]]:
    """Read and check the whole file: its report, and the rows to write when it has no errors.

    The event is created with its defaults when there is none yet (its categories and
    zones are what rows are checked against)."""
    report = ImportReport(file=path.name)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder, not a file")
    except FileNotFoundError:
        report.errors.append(RowIssue(0, "", "unreadable", f"file not found: {path}"))
        return report, []
    except OSError as exc:
        report.errors.append(
            RowIssue(0, "", "unreadable", f"cannot read {path}: {exc.strerror or exc}")
        )
        return report, []
    if size > MAX_FILE_BYTES:
        report.errors.append(RowIssue(0, "", "too_large", "the file is larger than 200 MB"))
        return report, []
    suffix = path.suffix.casefold()
    try:
        if suffix in (".xlsx", ".xlsm"):
            from desktop.services.xlsx_read import read_xlsx

            header, records = read_xlsx(path)
        elif suffix in (".csv", ".txt", ".tsv", ""):
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise FileProblem(
                    "unreadable", f"cannot read {path}: {exc.strerror or exc}"
                ) from exc
            header, records = read_csv(data)
        else:
            report.errors.append(
                RowIssue(0, "", "format", f"unsupported file type {path.suffix!r}: use CSV or XLSX")
            )
            return report, []
    except FileProblem as exc:
        report.errors.append(RowIssue(exc.line, "", exc.code, exc.message))
        return report, []
    try:
        columns = _check_header(header, report)
        if report.errors:
            return report, []
        db.ensure_event()
        rows = _validate_rows(db, path, len(header), columns, records, report)
    except FileProblem as exc:  # a row the reader cannot parse, past the header
        report.errors.append(RowIssue(exc.line, "", exc.code, exc.message))
        return report, []
    finally:
        getattr(records, "close", lambda: None)()  # an XLSX reader lets its file go
    return report, rows


def _check_header(header: list[str], report: ImportReport) -> dict[int, str]:
    columns: dict[int, str] = {}
    seen: set[str] = set()
    if len(header) > MAX_COLUMNS:
        report.errors.append(
            RowIssue(
                1,
                "",
                "too_many_columns",
                f"the header has {len(header):,} columns; at most {MAX_COLUMNS:,} are "
                "read (delete the empty columns at the right)",
            )
        )
        return columns
    for index, raw in enumerate(header):
        name = _column_name(raw)
        if not name:
            continue
        if name in seen:
            report.errors.append(RowIssue(1, name, "duplicate_column", "this column appears twice"))
        elif name in COLUMNS:
            columns[index] = name
            seen.add(name)
        else:
            report.warnings.append(RowIssue(1, raw, "unknown_column", "unknown column, ignored"))
    for required in REQUIRED_COLUMNS:
        if required not in seen:
            report.errors.append(
                RowIssue(1, required, "missing_column", "required column is missing")
            )
    if not seen.intersection(NAME_COLUMNS):
        report.errors.append(
            RowIssue(
                1,
                "given_name",
                "missing_column",
                "no name column (given_name, family_name or their _latin forms)",
            )
        )
    return columns


def _validate_rows(
    db: ForumDb,
    path: Path,
    width: int,
    columns: dict[int, str],
    records: Iterator[tuple[int, list[Any]]],
    report: ImportReport,
) -> list[PlannedRow]:
    with db.session() as s:
        event = setup.current_event(s)
        assert event is not None
        categories: dict[str, uuid.UUID] = {}
        aliases = {c.code: category_lookup_keys(c) for c in CATEGORIES}
        for cat in s.scalars(select(Category).where(Category.event_id == event.id)):
            for key in (cat.code, cat.name, *aliases.get(cat.code, ())):
                categories[_category_key(key)] = cat.id
        zones: dict[str, str] = {}
        for zone in s.scalars(select(Zone).where(Zone.event_id == event.id)):
            zones[zone.code.casefold()] = zone.code
            zones[zone.name.casefold()] = zone.code
    rows: list[PlannedRow] = []
    codes: dict[str, int] = {}
    people: dict[tuple[str, str], int] = {}
    for line, cells in records:
        if len(cells) > width and _beyond_header(line, cells, width, report):
            continue
        values = dict.fromkeys(COLUMNS, "")
        values.update(
            {name: cell_text(cells[i]) if i < len(cells) else "" for i, name in columns.items()}
        )
        if not any(v.strip() for v in values.values()):
            continue
        row = PlannedRow(line=line, values=values)
        ok = _validate_row(path, row, categories, zones, report)
        if not ok:
            continue
        person = (
            fold(
                " ".join(row.values[c] for c in NAME_COLUMNS[:2])
                or " ".join(row.values[c] for c in NAME_COLUMNS[2:])
            ),
            fold(row.values["delegation"]),
        )
        if row.code in codes:
            if not values.get("registration_code", "").strip() and person in people:
                report.warnings.append(
                    RowIssue(
                        line,
                        "",
                        "duplicate_person",
                        f"the same person as line {people[person]}; imported once",
                    )
                )
                continue
            report.errors.append(
                RowIssue(
                    line,
                    "registration_code",
                    "duplicate_code",
                    f"code {row.code} is also on line {codes[row.code]}",
                )
            )
            continue
        if person in people:
            report.warnings.append(
                RowIssue(
                    line,
                    "",
                    "duplicate_person",
                    f"looks like the same person as line {people[person]}",
                )
            )
        codes[row.code] = line
        people.setdefault(person, line)
        rows.append(row)
        report.rows += 1
        if len(report.errors) > 10 * MAX_REPORTED:
            break
    if not rows and not report.errors:
        report.errors.append(RowIssue(2, "", "empty", "the file has no participant rows"))
    return rows


def _validate_row(
    path: Path,
    row: PlannedRow,
    categories: dict[str, uuid.UUID],
    zones: dict[str, str],
    report: ImportReport,
) -> bool:
    errors_before = len(report.errors)
    v = row.values
    line = row.line
    for column, value in list(v.items()):
        if len(value) > MAX_CELL_CHARS or (column in NAME_COLUMNS and len(value) > MAX_NAME_CHARS):
            limit = MAX_NAME_CHARS if column in NAME_COLUMNS else MAX_CELL_CHARS
            report.errors.append(
                RowIssue(
                    line,
                    column,
                    "too_long",
                    f"the cell is too long ({len(value):,} characters; at most {limit})",
                )
            )
            v[column] = ""
            continue
        if (not value.isascii() or not value.isprintable()) and has_forbidden_controls(value):
            report.warnings.append(
                RowIssue(
                    line,
                    column,
                    "invisible_characters",
                    "hidden direction or control characters were removed",
                )
            )
        value = (value if value.isascii() and value.isprintable() else clean_text(value)).strip()
        if value.startswith(_FORMULA_START) and not (column == "phone" and _PHONE.match(value)):
            report.warnings.append(
                RowIssue(
                    line,
                    column,
                    "formula",
                    "starts like a spreadsheet formula; kept as plain text",
                )
            )
        v[column] = value
    if len(report.errors) > errors_before:
        return False
    if not any(v.get(c) for c in NAME_COLUMNS):
        report.errors.append(
            RowIssue(line, "given_name", "missing_name", "a name is required (native or Latin)")
        )
    for column in REQUIRED_COLUMNS:
        if not v.get(column):
            report.errors.append(RowIssue(line, column, "missing_value", "this value is required"))
    if v.get("country"):
        country = resolve_country(v["country"])
        if country is None:
            report.errors.append(
                RowIssue(
                    line,
                    "country",
                    "unknown_country",
                    f"unknown country {v['country']!r}: use an ISO code such as RU or an English name",
                )
            )
        else:
            row.country = country
    if v.get("category"):
        key = _category_key(v["category"])
        cat_id = categories.get(key)
        if cat_id is None:  # plurals: "Delegates", "Heads of delegation"
            plurals = (key[:-1] if key.endswith("s") else "", key.replace("s ", " ", 1))
            cat_id = next((categories[k] for k in plurals if k in categories), None)
        if cat_id is None:
            report.errors.append(
                RowIssue(
                    line, "category", "unknown_category", f"unknown category {v['category']!r}"
                )
            )
        row.category_id = cat_id
    if v.get("email") and not _EMAIL.match(v["email"]):
        report.errors.append(
            RowIssue(line, "email", "bad_email", f"{v['email']!r} is not an e-mail address")
        )
    if v.get("zones"):
        row.zones = []
        for item in _split_list(v["zones"]):
            code = zones.get(item.casefold())
            if code is None:
                report.errors.append(
                    RowIssue(line, "zones", "unknown_zone", f"unknown zone {item!r}")
                )
            else:
                row.zones.append(code)
    row.languages = _split_list(v.get("languages", ""))
    code = v.get("registration_code", "").strip().upper()
    if code and not _CODE.match(code):
        report.errors.append(
            RowIssue(
                line,
                "registration_code",
                "bad_code",
                "use letters, digits and - _ / . only (at most 64)",
            )
        )
    if v.get("photo"):
        row.photo = read_photo(path, v["photo"], line, report)
    if len(report.errors) > errors_before:
        return False
    if not (v.get("given_name_latin") or v.get("family_name_latin")):
        v["given_name_latin"] = latin_part(v.get("given_name", ""))
        v["family_name_latin"] = latin_part(v.get("family_name", ""))
        row.latin_generated = True
    if not (v.get("given_name") or v.get("family_name")):
        v["given_name"], v["family_name"] = v["given_name_latin"], v["family_name_latin"]
    native = full_name(v["given_name"], v["family_name"], row.country)
    row.code = code or registration_code_for(native, v["delegation"])
    return True


def _beyond_header(line: int, cells: list[Any], width: int, report: ImportReport) -> bool:
    """Report a row with values past the header's last column (or past ``MAX_COLUMNS``
    cells): they would be dropped without a word. Empty cells past it are harmless."""
    extra = sum(1 for value in cells[width:] if cell_text(value).strip())
    if not extra and len(cells) <= MAX_COLUMNS:
        return False
    if extra:
        message = (
            f"the row has {extra:,} value(s) past the header's {width:,} columns "
            f"({len(cells):,} cells): a value without a column name would be lost "
            "(a stray separator, or a column name missing from the header?)"
        )
    else:
        message = f"the row has {len(cells):,} cells; at most {MAX_COLUMNS:,} are read"
    report.errors.append(RowIssue(line, "", "extra_cells", message))
    return True


#: Headers organisers write for the format's columns ("First name", "Surname (Latin)").
_COLUMN_ALIASES = {
    "first_name": "given_name",
    "forename": "given_name",
    "last_name": "family_name",
    "surname": "family_name",
    "first_name_latin": "given_name_latin",
    "last_name_latin": "family_name_latin",
    "surname_latin": "family_name_latin",
    "organization": "organisation",
    "e_mail": "email",
    "telephone": "phone",
    "mobile": "phone",
    "position": "title",
    "language": "languages",
    "language_s": "languages",
    "zone": "zones",
    "zone_s": "zones",
    "reg_no": "registration_code",
    "reg_code": "registration_code",
    "registration_no": "registration_code",
    "registration_number": "registration_code",
}


def _column_name(raw: Any) -> str:
    """A header cell as a column name: case, spaces, hyphens and brackets forgiven
    ("Given Name (Latin)" -> given_name_latin), common synonyms mapped."""
    name = re.sub(r"[\W_]+", "_", clean_text(str(raw or "")).strip().casefold()).strip("_")
    return _COLUMN_ALIASES.get(name, name)


def _category_key(text: str) -> str:
    """A category as typed in a spreadsheet, folded: case, spaces, "_" and "-" forgiven."""
    return " ".join(re.sub(r"[\s_\-]+", " ", text.casefold()).split())


def _split_list(text: str) -> list[str]:
    return [item.strip() for item in re.split(r"[;,]", text) if item.strip()]
