"""The badge PDF rasterised: the preview on screen, and pages for the Qt print path.

The core writes the PDF (reportlab) and the printing service sends it to CUPS as it
is; here a page becomes an image with PDFium (``pypdfium2``, a dependency of the desk)
for the preview and for platforms whose queues take only images (``ui.qt_spooler``),
so the preview is exactly what prints.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


class RasteriseError(RuntimeError):
    """The PDF could not be turned into an image (a broken file, a page it lacks)."""


def rasteriser_name() -> str:
    """The engine that turns badge PDFs into images."""
    return "PDFium"


def _open(pdf: str | Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(pdf))
    except pdfium.PdfiumError as exc:
        raise RasteriseError(f"the PDF {pdf} cannot be read: {exc}") from exc


def page_count(pdf: str | Path) -> int:
    """Pages in the PDF."""
    return len(_open(pdf))


def page_size_points(pdf: str | Path, page: int = 0) -> QSizeF:
    """Size of a page in points."""
    doc = _open(pdf)
    if len(doc) <= page:
        raise RasteriseError(f"page {page + 1} not in the PDF")
    w, h = doc[page].get_size()
    return QSizeF(w, h)


def rasterise(pdf: str | Path, page: int, dpi: float) -> QImage:
    """One page of the PDF as an image at ``dpi``, white background."""
    doc = _open(pdf)
    if len(doc) <= page:
        raise RasteriseError(f"page {page + 1} not in the PDF")
    pil = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels before ``data`` goes
