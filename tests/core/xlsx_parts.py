"""Hand-made XLSX files for the import's boundaries: zip bombs, DTDs, floods of rows.

A workbook is a zip of XML parts; these builders write the parts as text and the zip by
hand, so that a test can put anything anywhere: a DTD in the sheet, a part that
inflates to gigabytes from a few MiB (deflate blocks repeated after full flushes, never
compressed more than once), sizes that lie, a hundred thousand parts.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER = ["given_name", "family_name", "delegation", "country", "category"]
ROW = ["Ivan", "Petrov", "Kazan", "RU", "Delegate"]

CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>""".encode()
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>""".encode()
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""".encode()


def column(index: int) -> str:
    """Column letters of a 1-based index (1 -> A, 28 -> AB)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_xml(number: int, cells: Sequence[str]) -> str:
    return (
        f'<row r="{number}">'
        + "".join(
            f'<c r="{column(i)}{number}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
            for i, value in enumerate(cells, start=1)
            if value != ""
        )
        + "</row>"
    )


def sheet_xml(rows: Iterable[Sequence[str]], *, dimension: str | None = None) -> bytes:
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}">'
    if dimension:
        head += f'<dimension ref="{dimension}"/>'
    body = "".join(row_xml(n, cells) for n, cells in enumerate(rows, start=1))
    return (head + "<sheetData>" + body + "</sheetData></worksheet>").encode()


def shared_strings_xml(strings: Iterable[str]) -> bytes:
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN}">{items}</sst>'.encode()


@dataclass
class Part:
    """One member of the zip: its name, its compressed bytes and what its headers claim."""

    name: str
    compressed: bytes
    size: int
    crc: int
    method: int = 8

    @classmethod
    def of(cls, name: str, data: bytes) -> Part:
        deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
        return cls(name, deflate.compress(data) + deflate.flush(), len(data), zlib.crc32(data))


def bomb(name: str, prefix: bytes, unit: bytes, count: int, suffix: bytes) -> Part:
    """A part that inflates to ``prefix + unit * count + suffix``, compressed once.

    Each copy of ``unit`` is the same deflate block (a full flush resets the window, so a
    block never refers back). The CRC is left at 0: a reader must stop long before the
    end, where it would be checked.
    """
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(unit) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.compress(suffix) + deflate.flush(zlib.Z_FINISH)
    size = len(prefix) + len(unit) * count + len(suffix)
    return Part(name, head + block * count + tail, size, 0)


def workbook(
    sheet: bytes | Part,
    *,
    shared_strings: bytes | Part | None = None,
    workbook_xml: bytes = WORKBOOK,
    extra: Iterable[Part] = (),
) -> list[Part]:
    parts = [
        Part.of("[Content_Types].xml", CONTENT_TYPES),
        Part.of("_rels/.rels", ROOT_RELS),
        Part.of("xl/workbook.xml", workbook_xml),
        Part.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        sheet if isinstance(sheet, Part) else Part.of("xl/worksheets/sheet1.xml", sheet),
    ]
    if shared_strings is not None:
        parts.append(
            shared_strings
            if isinstance(shared_strings, Part)
            else Part.of("xl/sharedStrings.xml", shared_strings)
        )
    parts.extend(extra)
    return parts


def write_zip(path: Path, parts: Iterable[Part]) -> Path:
    """The parts as a plain zip (no zip64), with the sizes and CRCs each part claims."""
    directory = bytearray()
    count = 0
    with path.open("wb") as out:
        for part in parts:
            name = part.name.encode()
            offset = out.tell()
            fields = (20, 0, part.method, 0, 0x21, part.crc, len(part.compressed), part.size)
            out.write(b"PK\x03\x04" + struct.pack("<HHHHHIII", *fields))
            out.write(struct.pack("<HH", len(name), 0) + name + part.compressed)
            directory += b"PK\x01\x02" + struct.pack("<HHHHHHIII", 20, *fields)
            directory += struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, offset) + name
            count += 1
        start = out.tell()
        out.write(directory)
        out.write(
            b"PK\x05\x06"
            + struct.pack("<HHHHIIH", 0, 0, count % 65536, count % 65536, len(directory), start, 0)
        )
    return path
