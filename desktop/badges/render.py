"""Badge PDFs: draw badges (category band, names in every script, QR, photo, logo) with reportlab.

The QR symbol comes from ``desktop.badges.qr``, the lines of text from ``desktop.typesetting``.
Qt-free so the GUI, the CLI and the kiosk share it; the GUI prints the PDF or renders it itself.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image, ImageOps
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.badges.layouts import BadgeData, PageLayout, get_layout
from desktop.badges.qr import draw_qr, qr_matrix
from desktop.typesetting.fonts import Weight
from desktop.typesetting.text import (
    Align,
    FittedText,
    clean,
    draw_line,
    fit_lines,
    fit_size,
    text_width,
)

log = logging.getLogger(__name__)

__all__ = [
    "BadgeData",
    "BadgeRenderCancelled",
    "draw_badge",
    "draw_qr",
    "qr_matrix",
    "render_badges",
]


class BadgeRenderCancelled(Exception):
    """The progress callback asked to stop; no file was left at the target path."""


_INK = (0.10, 0.10, 0.12)
_SOFT = (0.33, 0.35, 0.38)
_RULE = (0.82, 0.83, 0.85)


def _rgb(colour: str) -> tuple[float, float, float]:
    """'#RRGGBB' as reportlab floats; a bad value gives a neutral blue rather than failing."""
    value = colour.strip().lstrip("#")
    try:
        if len(value) == 3:
            value = "".join(c * 2 for c in value)
        return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)
    except (ValueError, IndexError):
        log.warning("bad category colour %r", colour)
        return (0.12, 0.31, 0.55)


def _contrast(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """Black or white, whichever reads better on the colour (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    return (1.0, 1.0, 1.0) if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) else _INK


@lru_cache(maxsize=64)
def _photo(path: str, mtime: float, aspect: float) -> Any:
    """The photo upright (EXIF), cropped to the frame's aspect, at most 600 px high."""
    with Image.open(path) as raw:
        img = ImageOps.exif_transpose(raw).convert("RGB")
    w, h = img.size
    if w / h > aspect:
        new_w = int(h * aspect)
        img = img.crop(((w - new_w) // 2, 0, (w - new_w) // 2 + new_w, h))
    else:
        new_h = int(w / aspect)
        top = max(0, (h - new_h) // 4)  # keep heads: crop more from the bottom than the top
        img = img.crop((0, top, w, top + new_h))
    if img.height > 600:
        img = img.resize((int(600 * aspect), 600), Image.Resampling.LANCZOS)
    return ImageReader(img)


def _draw_photo(c: Any, path: str | None, x: float, y: float, w: float, h: float) -> bool:
    """Draw the photo cropped into the frame; False (and a log line) when it cannot be read."""
    if not path:
        return False
    try:
        image = _photo(path, os.path.getmtime(path), w / h)
    except (OSError, ValueError) as exc:
        log.warning("badge photo %s unreadable: %s", path, exc)
        return False
    c.drawImage(image, x, y, w, h)
    c.setStrokeColorRGB(*_RULE)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)
    return True


def _draw_logo(c: Any, path: str | None, x: float, y: float, w: float, h: float) -> float:
    """Draw the event logo inside the box, keeping its aspect; returns the width used."""
    if not path or not os.path.exists(path):
        return 0.0
    try:
        reader = _logo(path, os.path.getmtime(path))
        iw, ih = reader.getSize()
    except (OSError, ValueError) as exc:
        log.warning("event logo %s unreadable: %s", path, exc)
        return 0.0
    scale = min(w / iw, h / ih)
    c.drawImage(reader, x, y + (h - ih * scale) / 2, iw * scale, ih * scale, mask="auto")
    return float(iw * scale)


@lru_cache(maxsize=8)
def _logo(path: str, mtime: float) -> Any:
    return ImageReader(path)


@dataclass(frozen=True)
class _Item:
    """One text block in a column: size range, line limit, weight and colour."""

    text: str
    max_size: float
    min_size: float
    max_lines: int
    weight: Weight
    colour: tuple[float, float, float]
    space_before: float = 0.0


_ASCENT = 0.93
_LINE = 1.2


def _fit(items: list[_Item], width: float, factor: float) -> list[tuple[_Item, FittedText]]:
    out = []
    for item in items:
        if item.text.strip():
            fitted = fit_lines(
                item.text,
                width,
                item.max_size * factor,
                item.min_size * factor,
                item.max_lines,
                item.weight,
            )
            out.append((item, fitted))
    return out


def _height(fitted: list[tuple[_Item, FittedText]], factor: float) -> float:
    return sum(i.space_before * factor + f.size * _LINE * len(f.lines) for i, f in fitted)


def _column(
    c: Any,
    items: list[_Item],
    x: float,
    top: float,
    width: float,
    height: float,
    align: Align,
    valign_centre: bool = False,
) -> float:
    """Fit and draw a column of text blocks within width × height below ``top``; returns the
    height used. Sizes shrink together until the column fits."""
    factor = 1.0
    fitted = _fit(items, width, factor)
    while _height(fitted, factor) > height and factor > 0.45:
        factor *= 0.92
        fitted = _fit(items, width, factor)
    used = _height(fitted, factor)
    y = top - (height - used) / 2 if valign_centre and used < height else top
    for index, (item, fit) in enumerate(fitted):
        if index:
            y -= item.space_before * factor
        c.setFillColorRGB(*item.colour)
        for line in fit.lines:
            baseline = y - fit.size * _ASCENT
            draw_line(c, line, x, baseline, fit.size, item.weight, align)
            y -= fit.size * _LINE
    return used


def _names(badge: BadgeData) -> tuple[str, str]:
    """(native name, Latin name or "" when it would repeat the native one)."""
    native = badge.native_name or badge.latin_name
    latin = badge.latin_name
    if clean(latin).casefold() == clean(native).casefold():
        latin = ""
    return native, latin


def _country(badge: BadgeData) -> str:
    return badge.country_name or badge.country_code


def _draw_portrait(c: Any, b: BadgeData, w: float, h: float) -> None:
    """A6-shaped badge: header with logo and event, photo and names, QR, category band."""
    colour = _rgb(b.category_colour)
    margin = 7 * mm
    band_h = 17 * mm
    # category band at the foot, and a thin accent at the head
    c.setFillColorRGB(*colour)
    c.rect(0, 0, w, band_h, stroke=0, fill=1)
    c.rect(0, h - 2.5 * mm, w, 2.5 * mm, stroke=0, fill=1)
    if b.category_name:
        c.setFillColorRGB(*_contrast(colour))
        label = b.category_name.upper()
        size = fit_size(label, w - 2 * margin, 22, 8, "bold")
        draw_line(c, label, w / 2, band_h / 2 - size * 0.35, size, "bold", "centre")
    # header: logo and event name
    head_top = h - 5 * mm
    head_h = 13 * mm
    logo_w = _draw_logo(c, b.event_logo_path, margin, head_top - head_h, 24 * mm, head_h)
    text_x = margin + (logo_w + 3 * mm if logo_w else 0)
    if b.event_name:
        event = [_Item(b.event_name, 10.5, 7, 2, "bold", _SOFT)]
        _column(c, event, text_x, head_top, w - margin - text_x, head_h, "left", True)
    c.setStrokeColorRGB(*_RULE)
    c.setLineWidth(0.6)
    c.line(margin, head_top - head_h - 2 * mm, w - margin, head_top - head_h - 2 * mm)
    # QR block above the band: QR on the right, delegation and country on the left
    qr_size = 33 * mm  # ~28 mm of symbol plus the quiet zone
    code_h = 5 * mm if b.registration_code else 0.0
    qr_x = w - margin - qr_size + 2.5 * mm
    qr_y = band_h + 2 * mm + code_h
    if b.qr_payload:
        draw_qr(c, b.qr_payload, qr_x, qr_y, qr_size)
    if b.registration_code:
        c.setFillColorRGB(*_INK)
        draw_line(c, b.registration_code, qr_x + qr_size / 2, band_h + 3 * mm, 9, "bold", "centre")
    left_w = qr_x - margin - 1 * mm
    info = [
        _Item(b.delegation, 12, 8, 2, "bold", _INK),
        _Item(_country(b), 10.5, 7.5, 2, "regular", _SOFT, 2.5),
    ]
    _column(c, info, margin, qr_y + qr_size - 4 * mm, left_w, qr_size - 6 * mm, "left", True)
    # centre: photo, names, title, organisation
    top = head_top - head_h - 4.5 * mm
    bottom = qr_y + qr_size + 1 * mm
    photo_h = 30 * mm
    has_photo = bool(b.photo_path) and _draw_photo(
        c, b.photo_path, (w - photo_h * 0.8) / 2, top - photo_h, photo_h * 0.8, photo_h
    )
    if has_photo:
        top -= photo_h + 3 * mm
    native, latin = _names(b)
    items = [
        _Item(native, 26, 15, 2, "bold", _INK),
        _Item(latin, 13, 9, 2, "regular", _SOFT, 1.5),
        _Item(b.title, 10.5, 7.5, 2, "regular", _SOFT, 5),
        _Item(b.organisation, 10.5, 7.5, 2, "bold", _INK, 1.5),
    ]
    _column(c, items, w / 2, top, w - 2 * margin, top - bottom, "centre", True)


def _draw_landscape(c: Any, b: BadgeData, w: float, h: float) -> None:
    """Card or label: category band on top, photo, names and details, QR on the right."""
    s = h / (54 * mm)  # 1 for CR80, larger for the 4×3 inch label
    colour = _rgb(b.category_colour)
    margin = 3.5 * mm * s
    band_h = 9 * mm * s
    c.setFillColorRGB(*colour)
    c.rect(0, h - band_h, w, band_h, stroke=0, fill=1)
    ink = _contrast(colour)
    right = w - margin
    if b.event_logo_path and os.path.exists(b.event_logo_path):
        c.setFillColorRGB(1, 1, 1)
        box_w, box_h = 20 * mm * s, band_h - 2 * mm * s
        c.roundRect(right - box_w, h - band_h + 1 * mm * s, box_w, box_h, 1 * mm * s, 0, 1)
        used = _draw_logo(
            c,
            b.event_logo_path,
            right - box_w + 1 * mm * s,
            h - band_h + 1.5 * mm * s,
            box_w - 2 * mm * s,
            box_h - 1 * mm * s,
        )
        if used:
            right -= box_w + 2 * mm * s
    label_end = margin
    if b.category_name:
        label = b.category_name.upper()
        limit = (right - margin) * (0.6 if b.event_name else 1.0)
        size = fit_size(label, limit, 11 * s, 5 * s, "bold")
        c.setFillColorRGB(*ink)
        label_end += draw_line(c, label, margin, h - band_h / 2 - size * 0.35, size, "bold", "left")
    room = right - label_end - 3 * mm * s
    if b.event_name and room > 10 * mm:
        size = fit_size(b.event_name, room, 7 * s, 4.5 * s, "regular")
        if text_width(b.event_name, size) <= room:  # too long even at 4.5 pt: leave it out
            c.setFillColorRGB(*ink)
            draw_line(
                c, b.event_name, right, h - band_h / 2 - size * 0.35, size, "regular", "right"
            )
    body_top = h - band_h - 2.5 * mm * s
    code_h = 3.5 * mm * s if b.registration_code else 0.0
    qr_size = min(27 * mm * s, body_top - code_h - 1 * mm * s)
    qr_x = w - qr_size - 1 * mm * s
    qr_y = body_top - qr_size + 1.5 * mm * s
    if b.qr_payload:
        draw_qr(c, b.qr_payload, qr_x, qr_y, qr_size)
    if b.registration_code:
        c.setFillColorRGB(*_INK)
        draw_line(
            c, b.registration_code, qr_x + qr_size / 2, qr_y - 1 * mm * s, 6.5 * s, "bold", "centre"
        )
    x = margin
    photo_w, photo_h = 16 * mm * s, 21 * mm * s
    if b.photo_path and _draw_photo(c, b.photo_path, x, body_top - photo_h, photo_w, photo_h):
        x += photo_w + 2.5 * mm * s
    native, latin = _names(b)
    items = [
        _Item(native, 15 * s, 9 * s, 2, "bold", _INK),
        _Item(latin, 8 * s, 6 * s, 1, "regular", _SOFT, 0.5 * s),
        _Item(b.title, 6.5 * s, 5 * s, 2, "regular", _SOFT, 2.5 * s),
        _Item(b.organisation, 6.5 * s, 5 * s, 2, "bold", _INK, 0.5 * s),
        _Item(b.delegation, 7.5 * s, 5 * s, 2, "bold", _INK, 2.5 * s),
        _Item(_country(b), 7 * s, 5 * s, 1, "regular", _SOFT, 0.5 * s),
    ]
    _column(c, items, x, body_top, qr_x - x - 1 * mm * s, body_top - 3 * mm * s, "left")


def _crop_marks(c: Any, layout: PageLayout) -> None:
    """Short hairlines at the cut lines of a sheet, outside the badges where there is room."""
    pw, ph = layout.page_size
    bw, bh = layout.badge_size
    xs = sorted({x for x, _ in layout.slots} | {x + bw for x, _ in layout.slots})
    ys = sorted({y for _, y in layout.slots} | {y + bh for _, y in layout.slots})
    c.setStrokeColorRGB(0.45, 0.45, 0.45)
    c.setLineWidth(0.3)
    mark = 4 * mm
    for x in xs:
        c.line(x, 0, x, mark)
        c.line(x, ph - mark, x, ph)
    for y in ys:
        c.line(0, y, mark, y)
        c.line(pw - mark, y, pw, y)
    cx, cy = xs[len(xs) // 2], ys[len(ys) // 2]
    c.line(cx - mark / 2, cy, cx + mark / 2, cy)
    c.line(cx, cy - mark / 2, cx, cy + mark / 2)


def draw_badge(c: Any, badge: BadgeData, x: float, y: float, layout: PageLayout) -> None:
    """Draw one badge with its lower-left corner at (x, y) on a reportlab canvas."""
    w, h = layout.badge_size
    c.saveState()
    c.translate(x, y)
    if layout.style == "portrait":
        _draw_portrait(c, badge, w, h)
    else:
        _draw_landscape(c, badge, w, h)
    c.restoreState()


def render_badges(
    badges: Iterable[BadgeData],
    out: str | os.PathLike[str] | BinaryIO,
    layout: str = "a6",
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write the badges into one PDF; returns how many were drawn.

    ``progress(n)`` is called after each badge; returning False stops with BadgeRenderCancelled,
    and a path target is then left untouched (the PDF is written to a temporary file and renamed
    into place only when complete).
    """
    page = get_layout(layout)
    if isinstance(out, (str, os.PathLike)):
        target = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=".badges-", suffix=".pdf", dir=target.parent or ".")
        os.close(fd)
        try:
            with open(tmp, "wb") as fh:
                count = _render(badges, fh, page, progress)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return count
    return _render(badges, out, page, progress)


def _render(
    badges: Iterable[BadgeData],
    out: BinaryIO,
    page: PageLayout,
    progress: Callable[[int], bool] | None,
) -> int:
    c = Canvas(out, pagesize=page.page_size, pageCompression=0, invariant=0)
    c.setTitle("Badges")
    c.setCreator("ForumDesk")
    count = 0
    slot = 0
    for badge in badges:
        if slot == 0 and page.crop_marks:
            _crop_marks(c, page)
        x, y = page.slots[slot]
        draw_badge(c, badge, x, y, page)
        count += 1
        slot += 1
        if slot == page.per_page:
            c.showPage()
            slot = 0
        if progress is not None and not progress(count):
            raise BadgeRenderCancelled(f"cancelled after {count} badges")
    if slot or count == 0:
        c.showPage()
    c.save()
    return count
