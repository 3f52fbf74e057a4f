"""Importing participants from CSV or XLSX (SPEC *Import format*).

The whole file is read and checked before anything is written: any invalid row means
nothing is imported, and the report lists every problem with its line, column and
reason. Valid files are applied in one transaction; unchanged rows change nothing, so
re-importing the same file is a no-op, and an updated file updates only what changed.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert, select, update

from desktop.db import setup
from desktop.db.models import Category, Delegation, Participant, Zone, utcnow
from desktop.domain.categories import CATEGORIES, category_lookup_keys
from desktop.domain.countries import resolve_country
from desktop.errors import ImportRejected
from desktop.services.import_read import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    FileProblem,
    cell_text,
    read_csv,
)
from desktop.services.participants import new_badge_id
from desktop.text.keys import make_search_key, registration_code_for
from desktop.text.names import full_name, latin_full_name, latin_part
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
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_REPORTED = 1000

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{5,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-_/.]{0,63}$")


@dataclass(frozen=True)
class RowIssue:
    """One problem in the file: line (1 = header), column, a stable code and plain words."""

    line: int
    column: str
    code: str
    message: str

    def __str__(self) -> str:
        where = [f"line {self.line}"] if self.line else []
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "ok": self.ok,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [issue.__dict__ for issue in self.errors],
            "warnings": [issue.__dict__ for issue in self.warnings],
        }

    def problems_text(self) -> str:
        """The refusal and its problems, without the counts and warnings (for stderr)."""
        lines = [f"{self.file}: {len(self.errors)} problem(s), nothing was imported:"]
        lines += [f"  {issue}" for issue in self.errors[:MAX_REPORTED]]
        if len(self.errors) > MAX_REPORTED:
            lines.append(f"  ... and {len(self.errors) - MAX_REPORTED} more")
        return "\n".join(lines)

    def text(self) -> str:
        """The report as a desk operator reads it."""
        lines = []
        if self.errors:
            lines.append(f"{self.file}: {len(self.errors)} problem(s) found; nothing was imported.")
            lines += [f"  {issue}" for issue in self.errors[:MAX_REPORTED]]
            if len(self.errors) > MAX_REPORTED:
                lines.append(f"  ... and {len(self.errors) - MAX_REPORTED} more")
        else:
            lines.append(
                f"{self.file}: {self.rows} rows: {self.created} new, {self.updated} updated, "
                f"{self.unchanged} unchanged."
            )
        if self.warnings:
            lines.append(f"{len(self.warnings)} warning(s):")
            lines += [f"  {issue}" for issue in self.warnings[:MAX_REPORTED]]
        return "\n".join(lines)


@dataclass
class _Row:
    line: int
    values: dict[str, str]
    photo: bytes | None = None
    code: str = ""
    country: str = ""
    category_id: uuid.UUID | None = None
    languages: list[str] = field(default_factory=list)
    zones: list[str] | None = None
    latin_generated: bool = False


class ImportService:
    """Checks and applies participant files for the desk and the server."""

    def __init__(self, db: ForumDb) -> None:
        self.db = db

    def check(self, path: str | Path) -> ImportReport:
        """Read and validate a file without writing anything."""
        report, _rows = self._read_and_validate(Path(path))
        return report

    def import_file(self, path: str | Path) -> ImportReport:
        """Import a file; raises ImportRejected (with the report) if any row is invalid."""
        path = Path(path)
        report, rows = self._read_and_validate(path)
        if report.errors:
            raise ImportRejected(report)
        self._apply(rows, report)
        log.info(
            "imported %s: %d new, %d updated, %d unchanged",
            path.name,
            report.created,
            report.updated,
            report.unchanged,
        )
        return report

    # -- reading -------------------------------------------------------------------
    def _read_and_validate(self, path: Path) -> tuple[ImportReport, list[_Row]]:
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
                    RowIssue(
                        0, "", "format", f"unsupported file type {path.suffix!r}: use CSV or XLSX"
                    )
                )
                return report, []
        except FileProblem as exc:
            report.errors.append(RowIssue(exc.line, "", exc.code, exc.message))
            return report, []
        try:
            columns = self._check_header(header, report)
            if report.errors:
                return report, []
            self.db.ensure_event()
            rows = self._validate_rows(path, len(header), columns, records, report)
        except FileProblem as exc:  # a row the reader cannot parse, past the header
            report.errors.append(RowIssue(exc.line, "", exc.code, exc.message))
            return report, []
        finally:
            getattr(records, "close", lambda: None)()  # an XLSX reader lets its file go
        return report, rows

    def _check_header(self, header: list[str], report: ImportReport) -> dict[int, str]:
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
                report.errors.append(
                    RowIssue(1, name, "duplicate_column", "this column appears twice")
                )
            elif name in COLUMNS:
                columns[index] = name
                seen.add(name)
            else:
                report.warnings.append(
                    RowIssue(1, raw, "unknown_column", "unknown column, ignored")
                )
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
        self,
        path: Path,
        width: int,
        columns: dict[int, str],
        records: Iterator[tuple[int, list[Any]]],
        report: ImportReport,
    ) -> list[_Row]:
        with self.db.session() as s:
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
        rows: list[_Row] = []
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
            row = _Row(line=line, values=values)
            ok = self._validate_row(path, row, categories, zones, report)
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
        self,
        path: Path,
        row: _Row,
        categories: dict[str, uuid.UUID],
        zones: dict[str, str],
        report: ImportReport,
    ) -> bool:
        errors_before = len(report.errors)
        v = row.values
        line = row.line
        for column, value in list(v.items()):
            if len(value) > MAX_CELL_CHARS or (
                column in NAME_COLUMNS and len(value) > MAX_NAME_CHARS
            ):
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
            value = (
                value if value.isascii() and value.isprintable() else clean_text(value)
            ).strip()
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
                report.errors.append(
                    RowIssue(line, column, "missing_value", "this value is required")
                )
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
            row.photo = self._read_photo(path, v["photo"], line, report)
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

    def _read_photo(self, path: Path, name: str, line: int, report: ImportReport) -> bytes | None:
        # Files made on Windows write photos\\name.jpg, and Windows ignores case.
        photo_path = _find_photo(path.parent, name.replace("\\", "/"))
        try:
            if not photo_path.is_relative_to(path.parent.resolve()):
                raise _PhotoProblem("the photo must be beside the file or in a folder under it")
            if photo_path.stat().st_size > MAX_PHOTO_BYTES:
                raise _PhotoProblem("the photo is larger than 10 MB")
            return _normalise_photo(photo_path.read_bytes())
        except FileNotFoundError:
            report.errors.append(
                RowIssue(line, "photo", "photo_missing", f"photo {name!r} not found")
            )
        except _PhotoProblem as exc:
            report.errors.append(RowIssue(line, "photo", "photo_bad", str(exc)))
        except OSError as exc:
            report.errors.append(
                RowIssue(line, "photo", "photo_bad", f"cannot read photo {name!r}: {exc.strerror}")
            )
        return None

    # -- writing -------------------------------------------------------------------
    def _apply(self, rows: list[_Row], report: ImportReport) -> None:
        forum = self.db
        now = utcnow()
        with forum.session() as s:
            event = setup.current_event(s)
            assert event is not None
            # One delegation per name however a spreadsheet spells its case and spaces
            # ("Kazan", "KAZAN", "kazan "): the name already known (or first seen) is kept.
            delegations: dict[str, Delegation] = {}
            for d in s.scalars(
                select(Delegation).where(Delegation.event_id == event.id).order_by(Delegation.name)
            ):
                delegations.setdefault(_delegation_key(d.name), d)
            existing: dict[str, tuple[uuid.UUID, str]] = {
                code: (pid, digest)
                for pid, code, digest in s.execute(
                    select(
                        Participant.id, Participant.registration_code, Participant.import_hash
                    ).where(Participant.event_id == event.id)
                )
            }
            new_rows: list[dict[str, Any]] = []
            changes: list[tuple[str, str | uuid.UUID, str, dict[str, Any]]] = []
            for row in rows:
                v = row.values
                delegation = delegations.get(_delegation_key(v["delegation"]))
                if delegation is None:
                    delegation = Delegation(
                        id=uuid.uuid4(),
                        event_id=event.id,
                        name=v["delegation"],
                        country=row.country,
                    )
                    s.add(delegation)
                    delegations[_delegation_key(delegation.name)] = delegation
                    changes.append(
                        (
                            "delegation",
                            delegation.id,
                            "create",
                            {
                                "id": str(delegation.id),
                                "name": delegation.name,
                                "country": row.country,
                                "languages": [],
                            },
                        )
                    )
                fields = {
                    "given_name": v["given_name"],
                    "family_name": v["family_name"],
                    "given_name_latin": v["given_name_latin"],
                    "family_name_latin": v["family_name_latin"],
                    "latin_generated": row.latin_generated,
                    "title": v.get("title", ""),
                    "organisation": v.get("organisation", ""),
                    "delegation_id": delegation.id,
                    "country": row.country,
                    "category_id": row.category_id,
                    "email": v.get("email", ""),
                    "phone": v.get("phone", ""),
                    "languages": row.languages,
                    "zones": row.zones,
                    "notes": v.get("notes", ""),
                }
                digest = _row_hash(fields, row.photo)
                native = full_name(v["given_name"], v["family_name"], row.country)
                latin = latin_full_name(v["given_name_latin"], v["family_name_latin"], row.country)
                fields["search_key"] = make_search_key(
                    [native, latin, row.code, delegation.name, str(fields["organisation"])]
                )
                known = existing.get(row.code)
                if known is None:
                    pid = uuid.uuid4()
                    record = {
                        **fields,
                        "id": pid,
                        "event_id": event.id,
                        "registration_code": row.code,
                        "badge_id": new_badge_id(),
                        "badge_version": 1,
                        "status": "registered",
                        "import_hash": digest,
                        "field_clocks": {},
                        "photo": row.photo,
                        "created_at": now,
                        "updated_at": now,
                    }
                    new_rows.append(record)
                    existing[row.code] = (pid, digest)
                    changes.append(("participant", pid, "create", _jsonable(record)))
                    report.created += 1
                elif known[1] == digest:
                    report.unchanged += 1
                else:
                    pid = known[0]
                    current = s.get(Participant, pid)
                    assert current is not None
                    changed = {
                        k: val
                        for k, val in fields.items()
                        if getattr(current, k) != val and k != "search_key"
                    }
                    if row.photo is not None and row.photo != current.photo:
                        changed["photo"] = row.photo
                    stamp = str(forum.clock.now())
                    values = {
                        **changed,
                        "search_key": fields["search_key"],
                        "import_hash": digest,
                        "updated_at": now,
                    }
                    values["field_clocks"] = {
                        **(current.field_clocks or {}),
                        **dict.fromkeys(changed, stamp),
                    }
                    s.execute(update(Participant).where(Participant.id == pid).values(**values))
                    changes.append(
                        (
                            "participant",
                            pid,
                            "update",
                            {**_jsonable(changed), "field_clocks": dict.fromkeys(changed, stamp)},
                        )
                    )
                    report.updated += 1
            s.flush()
            for start in range(0, len(new_rows), 5000):
                s.execute(
                    insert(cast(Table, Participant.__table__)), new_rows[start : start + 5000]
                )
            forum.recorder.record_many(s, changes)


class _PhotoProblem(Exception):
    pass


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


def _find_photo(folder: Path, name: str) -> Path:
    """The photo at ``name`` under ``folder``; if not there as written, the one path that
    matches it when case is ignored (as on the Windows machine that made the file)."""
    exact = (folder / name).resolve()
    if exact.exists() or Path(name).is_absolute():
        return exact
    current = folder
    for part in Path(name).parts:
        if part in (".", ".."):
            current = current / part
            continue
        try:
            matches = [c for c in current.iterdir() if c.name.casefold() == part.casefold()]
        except OSError:
            return exact
        if len(matches) != 1:
            return exact
        current = matches[0]
    return current.resolve()


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


def _delegation_key(name: str) -> str:
    """A delegation's name folded (case, accents, spaces, punctuation), for matching."""
    return fold(name) or name.strip()


def _category_key(text: str) -> str:
    """A category as typed in a spreadsheet, folded: case, spaces, "_" and "-" forgiven."""
    return " ".join(re.sub(r"[\s_\-]+", " ", text.casefold()).split())


def _split_list(text: str) -> list[str]:
    return [item.strip() for item in re.split(r"[;,]", text) if item.strip()]


def _normalise_photo(data: bytes) -> bytes:
    """Decode, orient by EXIF, shrink to 600 px and re-encode as JPEG (drops metadata)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as original:
            image = ImageOps.exif_transpose(original)
            image.thumbnail((600, 600))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=85)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise _PhotoProblem("the photo is not a readable image (JPEG or PNG)") from exc


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("photo", "search_key", "import_hash", "field_clocks", "event_id"):
            if key == "photo" and value is not None:
                out["has_photo"] = True
            continue
        if isinstance(value, uuid.UUID):
            value = str(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        out[key] = value
    return out


def _row_hash(fields: dict[str, Any], photo: bytes | None) -> str:
    canonical = json.dumps(_jsonable(fields), sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode())
    if photo:
        digest.update(photo)
    return digest.hexdigest()
