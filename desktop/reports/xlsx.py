"""A streaming XLSX writer for the exports: one sheet of typed cells, written row by row.

The exports need little of XLSX: a bold header row frozen at the top with a filter, column
widths, text, numbers, booleans and date-times. openpyxl (and XlsxWriter) build objects and
call methods for every cell; at 100,000 rows of 16 columns that is most of the export's time.
Here each row becomes one string of SpreadsheetML and goes to a temporary file; the package
(the sheet and seven small fixed parts) is zipped at the end. Text is written as inline strings
(``t="inlineStr"``), which Excel, LibreOffice and openpyxl read and never evaluate.

The caller neutralises formula-looking text (:func:`desktop.reports.export.neutralise`); this
module only makes every string valid, escaped XML.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from desktop.errors import InvalidInput

__all__ = ["MAX_ROWS", "MAX_TEXT", "SheetColumn", "SheetTooLarge", "excel_serial", "write_sheet"]

#: The most a cell holds, in UTF-16 code units (Excel's limit).
MAX_TEXT = 32767
#: Rows in a sheet (Excel's limit, the header included).
MAX_ROWS = 1_048_576

#: Characters XML 1.0 cannot hold (tab, line feed and carriage return it can).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Excel reads ``_x0041_`` in a cell as an escaped "A"; a literal one gets its "_" escaped.
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
#: Text that needs more than copying between ``<t>`` tags (checked once per cell): what
#: XML cannot carry or must escape, Excel's escapes, whitespace at either end.
_SPECIAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff&<>\r]|_x|^\s|\s\Z")
#: Text this short (in code points) is within MAX_TEXT in UTF-16 units whatever it holds.
_SHORT = MAX_TEXT // 2
#: Characters Excel refuses in a sheet's name.
_SHEET_NAME_BANNED = re.compile(r"[\[\]:*?/\\]")
_EPOCH = datetime(1899, 12, 30)  # the 1900 date system, past Excel's phantom 29 Feb 1900
_BOLD, _MOMENT = 1, 2  # indexes into cellXfs below

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = (
    _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _XML + f'<Relationships xmlns="{_PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL_NS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    _XML + f'<Relationships xmlns="{_PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# cellXfs: 0 plain, 1 bold (the header), 2 date and time
_STYLES = (
    _XML + f'<styleSheet xmlns="{_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_APP = (
    _XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>ForumDesk</Application></Properties>'
)


class SheetTooLarge(InvalidInput):
    code = "sheet_too_large"


class SheetColumn:
    """A column of the sheet: its header text and width in characters."""

    __slots__ = ("title", "width")

    def __init__(self, title: str, width: float) -> None:
        self.title = title
        self.width = width


def column_letter(index: int) -> str:
    """``A`` for 0, ``Z`` for 25, ``AA`` for 26..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def excel_serial(moment: datetime) -> float:
    """A naive date-time as Excel's serial number (days since 1899-12-30)."""
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)
    delta = moment - _EPOCH
    return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400


def _cut(text: str) -> str:
    """At most MAX_TEXT UTF-16 units (a character outside the BMP counts two)."""
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) > 2 * MAX_TEXT:
        return units[: 2 * MAX_TEXT].decode("utf-16-le", "ignore")
    return text


def _text(value: str, plain: Callable[[str], str]) -> str:
    """A text cell's ``<is>`` element, the careful way: the characters XML cannot carry
    dropped, then ``plain``, then cut to MAX_TEXT, then escaped (CR as a character reference
    so that it survives, Excel's own ``_xHHHH_`` escapes escaped); "" for no text."""
    text = _ILLEGAL.sub("", value)
    if not text:
        return ""
    text = _cut(plain(text))
    text = escape(text)
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F_\1", text)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


def _unchanged(text: str) -> str:
    return text


def _row_xml(
    number: int,
    letters: Sequence[str],
    values: Sequence[object],
    style: int,
    plain: Callable[[str], str],
) -> str:
    """One ``<row>`` of SpreadsheetML; empty values (None, "") leave no cell. Text loses the
    characters XML cannot carry, then goes through ``plain``, then is cut to MAX_TEXT (text
    with nothing to drop, cut or escape is copied as it is)."""
    out = [f'<row r="{number}">']
    add = out.append
    s = f' s="{style}"' if style else ""
    special = _SPECIAL.search
    for letter, value in zip(letters, values, strict=False):
        if value is None:
            continue
        if isinstance(value, str):
            if not value:
                continue
            if special(value) or len(value) > _SHORT:  # rare: the careful way
                text = _text(value, plain)
                if text:
                    add(f'<c r="{letter}{number}"{s} t="inlineStr">{text}</c>')
                continue
            text = plain(value)
            if text is not value and (special(text) or len(text) > _SHORT):  # ``plain`` added
                text = _text(text, _unchanged)
                add(f'<c r="{letter}{number}"{s} t="inlineStr">{text}</c>')
                continue
            add(f'<c r="{letter}{number}"{s} t="inlineStr"><is><t>{text}</t></is></c>')
        elif isinstance(value, bool):
            add(f'<c r="{letter}{number}"{s} t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, datetime):
            add(f'<c r="{letter}{number}" s="{_MOMENT}"><v>{excel_serial(value)!r}</v></c>')
        elif isinstance(value, int):
            add(f'<c r="{letter}{number}"{s}><v>{value}</v></c>')
        elif isinstance(value, float):
            if math.isfinite(value):
                add(f'<c r="{letter}{number}"{s}><v>{value!r}</v></c>')
        else:
            raise TypeError(f"cannot write {type(value).__name__} to a sheet")
    add("</row>")
    return "".join(out)


def write_sheet(
    path: Path,
    name: str,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence[object]],
    *,
    plain: Callable[[str], str] = _unchanged,
    compresslevel: int = 1,
) -> int:
    """Write a one-sheet workbook: a bold header row, frozen, with a filter over the data;
    returns the number of data rows. Rows are consumed once, as they come; every text
    cell, the header's too, goes through ``plain`` (the exports' formula neutraliser)."""
    letters = [column_letter(i) for i in range(len(columns))]
    n = 0
    with tempfile.TemporaryFile() as body:
        write = body.write
        write(
            _row_xml(1, letters, [c.title for c in columns], _BOLD, plain).encode(
                "utf-8", "replace"
            )
        )
        chunk: list[str] = []
        for row in rows:
            n += 1
            if n >= MAX_ROWS:
                raise SheetTooLarge(
                    f"more than {MAX_ROWS - 1} rows do not fit in one sheet; export as CSV",
                    rows=n,
                )
            chunk.append(_row_xml(n + 1, letters, row, 0, plain))
            if len(chunk) == 512:
                write("".join(chunk).encode("utf-8", "replace"))
                chunk.clear()
        write("".join(chunk).encode("utf-8", "replace"))
        body.seek(0)
        last_col = letters[-1] if letters else "A"
        last = f"{last_col}{n + 1}"
        sheet_name = _SHEET_NAME_BANNED.sub(" ", name)[:31].strip() or "Sheet1"
        head, tail = _sheet_frame(columns, last, filtered=n > 0)
        filtered = f"$A$1:${last_col}${n + 1}" if n else None
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zf:
            zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
            zf.writestr("_rels/.rels", _ROOT_RELS)
            zf.writestr("docProps/app.xml", _APP)
            zf.writestr("docProps/core.xml", _core())
            zf.writestr("xl/workbook.xml", _workbook(sheet_name, filtered))
            zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
            zf.writestr("xl/styles.xml", _STYLES)
            with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(head.encode())
                shutil.copyfileobj(body, sheet, 1 << 20)
                sheet.write(tail.encode())
    return n


def _sheet_frame(columns: Sequence[SheetColumn], last: str, *, filtered: bool) -> tuple[str, str]:
    """What comes before and after the rows of the sheet part."""
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{c.width}" customWidth="1"/>'
        for i, c in enumerate(columns, start=1)
    )
    head = (
        _XML + f'<worksheet xmlns="{_NS}" xmlns:r="{_REL_NS}">'
        f'<dimension ref="A1:{last}"/>'
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        "</sheetView></sheetViews>"
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )
    tail = "</sheetData>" + (f'<autoFilter ref="A1:{last}"/>' if filtered else "") + "</worksheet>"
    return head, tail


def _workbook(sheet_name: str, filtered: str | None) -> str:
    """The workbook part; ``filtered``: the range under the filter (as ``$A$1:$P$9``)."""
    defined = ""
    if filtered is not None:
        quoted = "'" + sheet_name.replace("'", "''") + "'"
        defined = (
            '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" '
            f'hidden="1">{escape(quoted)}!{filtered}</definedName></definedNames>'
        )
    return (
        _XML + f'<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}">'
        f"<bookViews><workbookView/></bookViews><sheets><sheet name={quoteattr(sheet_name)} "
        'sheetId="1" r:id="rId1"/></sheets>' + defined + "</workbook>"
    )


def _core() -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        _XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:creator>ForumDesk</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        "</cp:coreProperties>"
    )
