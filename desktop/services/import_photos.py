"""Photos named in an import file: found beside it (case forgiven), checked, normalised."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from desktop.services.import_report import ImportReport, RowIssue

log = logging.getLogger(__name__)

MAX_PHOTO_BYTES = 10 * 1024 * 1024


class PhotoProblem(Exception):
    """A photo that cannot be taken; its message says why."""


def read_photo(path: Path, name: str, line: int, report: ImportReport) -> bytes | None:
    """The photo a row of ``path`` names, normalised; None and a reported error otherwise."""
    # Files made on Windows write photos\\name.jpg, and Windows ignores case.
    photo_path = find_photo(path.parent, name.replace("\\", "/"))
    try:
        if not photo_path.is_relative_to(path.parent.resolve()):
            raise PhotoProblem("the photo must be beside the file or in a folder under it")
        if photo_path.stat().st_size > MAX_PHOTO_BYTES:
            raise PhotoProblem("the photo is larger than 10 MB")
        return normalise_photo(photo_path.read_bytes())
    except FileNotFoundError:
        report.errors.append(RowIssue(line, "photo", "photo_missing", f"photo {name!r} not found"))
    except PhotoProblem as exc:
        report.errors.append(RowIssue(line, "photo", "photo_bad", str(exc)))
    except OSError as exc:
        report.errors.append(
            RowIssue(line, "photo", "photo_bad", f"cannot read photo {name!r}: {exc.strerror}")
        )
    return None


def find_photo(folder: Path, name: str) -> Path:
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


def normalise_photo(data: bytes) -> bytes:
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
        raise PhotoProblem("the photo is not a readable image (JPEG or PNG)") from exc
