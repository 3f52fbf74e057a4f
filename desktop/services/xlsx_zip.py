"""The zip layer of an XLSX file, checked before anything in it is inflated.

A zip says in its own records how many parts it has and how large each part is before
and after compression. Those records are read first, and a file is refused when they
are past what a participant list needs: too many parts (Python's zipfile would build an
object for each), parts that inflate past a total, or a part compressed harder than
XML ever is (a zip bomb inflates a thousandfold). A part is then read only up to the
size it declares (zipfile stops there), so the declared sizes bound what is inflated.
"""

from __future__ import annotations

import logging
import lzma
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import IO, BinaryIO

from openpyxl.utils.exceptions import CellCoordinatesException

from desktop.services.import_read import FileProblem

log = logging.getLogger(__name__)

#: Parts of the workbook (Excel writes a dozen or two; a few hundred with many images).
MAX_PARTS = 1_000
#: Bytes of the zip's central directory (a record of 46 bytes and a name per part).
MAX_DIRECTORY_BYTES = 1024 * 1024
#: All parts together, inflated, as their records declare them.
MAX_INFLATED_BYTES = 512 * 1024 * 1024
#: Inflated / compressed size of one part: XML compresses 5 to 20 times; parts smaller
#: than ``RATIO_FROM`` inflated are not held to it.
MAX_RATIO = 100
RATIO_FROM = 1024 * 1024

NOT_A_WORKBOOK = "the file is not a readable XLSX workbook (save it again as .xlsx or CSV)"

#: What a damaged or hostile zip or XML part can raise while it is read.
BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    RuntimeError,  # an encrypted part
    NotImplementedError,  # a compression method zipfile does not know
    ValueError,
    struct.error,
    KeyError,
    IndexError,
    TypeError,
    ArithmeticError,
    CellCoordinatesException,
)

_END = b"PK\x05\x06"
_END_SIZE = 22
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"
_END64_SIZE = 56


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:,.0f} KB"


def _directory_size(file: BinaryIO) -> tuple[int, int] | None:
    """The parts and central directory bytes the end records declare, found the way
    zipfile finds them (the last end record, then a zip64 record just before it)."""
    file.seek(0, os.SEEK_END)
    size = file.tell()
    start = max(size - (1 << 16) - _END_SIZE - 20 - _END64_SIZE, 0)
    file.seek(start)
    tail = file.read()
    if tail[-_END_SIZE:-18] == _END and tail[-2:] == b"\0\0":
        at = len(tail) - _END_SIZE
    else:
        at = tail.rfind(_END, max(len(tail) - (1 << 16) - _END_SIZE, 0))
        if at < 0 or len(tail) - at < _END_SIZE:
            return None
    entries, directory = struct.unpack_from("<HI", tail, at + 10)
    locator = at - 20
    if locator >= _END64_SIZE and tail[locator : locator + 4] == _END64_LOCATOR:
        record = tail[locator - _END64_SIZE : locator]
        if record[:4] == _END64:
            entries, directory = struct.unpack_from("<QQ", record, 32)
    return entries, directory


class XlsxArchive:
    """An XLSX file's zip whose records passed the bounds; parts open by name, any case."""

    def __init__(self, file: BinaryIO, archive: zipfile.ZipFile) -> None:
        self._file = file
        self.zip = archive
        self._parts = {info.filename.casefold(): info for info in archive.infolist()}

    @classmethod
    def checked(cls, path: Path) -> XlsxArchive:
        try:
            file = path.open("rb")
        except OSError as exc:
            raise FileProblem("unreadable", f"cannot read {path}: {exc.strerror or exc}") from exc
        try:
            declared = _directory_size(file)
            if declared is None:
                raise FileProblem("format", NOT_A_WORKBOOK)
            entries, directory = declared
            if entries > MAX_PARTS or directory > MAX_DIRECTORY_BYTES:
                raise _too_many_parts(entries)
            file.seek(0)
            archive = zipfile.ZipFile(file)
            _check_sizes(archive.infolist())
            return cls(file, archive)
        except FileProblem:
            file.close()
            raise
        except BROKEN as exc:
            file.close()
            log.info("not a zip: %r", exc)
            raise FileProblem("format", NOT_A_WORKBOOK) from exc

    def find(self, name: str) -> zipfile.ZipInfo | None:
        return self._parts.get(name.casefold())

    def open(self, name: str, limit: int) -> IO[bytes]:
        """A part's inflated bytes, refused first if it declares more than ``limit``."""
        info = self.find(name)
        if info is None:
            raise FileProblem("format", f"{NOT_A_WORKBOOK}: the part {name} is missing")
        if info.file_size > limit:
            raise FileProblem(
                "too_large",
                f"the workbook part {info.filename} inflates to {megabytes(info.file_size)}; "
                f"at most {megabytes(limit)} is read",
            )
        return self.zip.open(info)

    def close(self) -> None:
        self.zip.close()
        self._file.close()


def _too_many_parts(count: int) -> FileProblem:
    return FileProblem(
        "too_large",
        f"the workbook has {count:,} parts; at most {MAX_PARTS:,} are read "
        "(an XLSX participant list has a few dozen)",
    )


def _check_sizes(parts: list[zipfile.ZipInfo]) -> None:
    """Refuse on the sizes the zip declares, before a byte is inflated."""
    if len(parts) > MAX_PARTS:
        raise _too_many_parts(len(parts))
    total = sum(info.file_size for info in parts)
    if total > MAX_INFLATED_BYTES:
        raise FileProblem(
            "too_large",
            f"the workbook would inflate to {megabytes(total)} when opened; at most "
            f"{megabytes(MAX_INFLATED_BYTES)} is read (a 'zip bomb' looks like this)",
        )
    for info in parts:
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise FileProblem(
                "too_large",
                f"the workbook part {info.filename} is compressed {ratio:,} to 1 "
                f"({megabytes(info.compress_size)} inflating to {megabytes(info.file_size)}); "
                f"at most {MAX_RATIO} to 1 is read (a 'zip bomb' looks like this)",
            )
