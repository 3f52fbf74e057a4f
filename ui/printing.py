"""The badge PDF rasterised: the preview on screen, and pages for the Qt print path.

The core writes the PDF (reportlab) and the printing service sends it to CUPS as it
is; here a page becomes an image (QtPdf when the PySide6 add-ons are installed, else
PDFium, else poppler's pdftoppm) for the preview and for platforms whose queues take
only images (``ui.qt_spooler``), so the preview is exactly what prints.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage, QPainter

log = logging.getLogger(__name__)

try:
    from PySide6.QtPdf import QPdfDocument  # not in PySide6-Essentials
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None  # type: ignore[assignment,misc,unused-ignore]
try:
    import pypdfium2 as pdfium  # PDFium, the engine QtPdf wraps, in a small wheel
except ImportError:  # pragma: no cover
    pdfium = None


class RasteriseError(RuntimeError):
    """The PDF could not be turned into an image (no rasteriser, or a broken file)."""


def rasteriser_name() -> str:
    if QPdfDocument is not None:
        return "QtPdf"
    if pdfium is not None:
        return "PDFium"
    if shutil.which("pdftoppm"):
        return "pdftoppm"
    return ""


def page_count(pdf: str | Path) -> int:
    """Pages in the PDF."""
    if QPdfDocument is not None:
        doc = QPdfDocument()
        doc.load(str(pdf))
        return int(doc.pageCount())
    if pdfium is not None:
        return len(pdfium.PdfDocument(str(pdf)))
    data = Path(pdf).read_bytes()
    return max(1, data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") or 1)


def page_size_points(pdf: str | Path, page: int = 0) -> QSizeF:
    """Size of a page in points."""
    if QPdfDocument is not None:
        doc = QPdfDocument()
        doc.load(str(pdf))
        return doc.pagePointSize(page)
    if pdfium is not None:
        w, h = pdfium.PdfDocument(str(pdf))[page].get_size()
        return QSizeF(w, h)
    import re

    found = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", Path(pdf).read_bytes())
    if not found:
        raise RasteriseError("no page size in the PDF")
    return QSizeF(float(found.group(1)), float(found.group(2)))


def rasterise(pdf: str | Path, page: int, dpi: float) -> QImage:
    """One page of the PDF as an image at ``dpi``, white background."""
    if QPdfDocument is not None:
        doc = QPdfDocument()
        doc.load(str(pdf))
        if doc.pageCount() <= page:
            raise RasteriseError(f"page {page + 1} not in the PDF")
        points = doc.pagePointSize(page)
        size = (points * dpi / 72.0).toSize()
        image = doc.render(page, size)
        if image.isNull():
            raise RasteriseError("QtPdf could not render the page")
        out = QImage(image.size(), QImage.Format.Format_RGB32)
        out.fill(Qt.GlobalColor.white)
        painter = QPainter(out)
        painter.drawImage(0, 0, image)
        painter.end()
        return out
    if pdfium is not None:
        doc = pdfium.PdfDocument(str(pdf))
        if len(doc) <= page:
            raise RasteriseError(f"page {page + 1} not in the PDF")
        pil = doc[page].render(scale=dpi / 72.0).to_pil().convert("RGB")
        data = pil.tobytes("raw", "RGB")
        image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels before ``data`` goes
    tool = shutil.which("pdftoppm")
    if not tool:
        raise RasteriseError("no PDF rasteriser: install PySide6-Addons (QtPdf) or poppler")
    with tempfile.TemporaryDirectory(prefix="forumdesk-raster-") as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run(
            [
                tool,
                "-r",
                f"{dpi:.0f}",
                "-f",
                str(page + 1),
                "-l",
                str(page + 1),
                "-png",
                "-singlefile",
                str(pdf),
                str(prefix),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        image = QImage(str(prefix) + ".png")
    if image.isNull():
        raise RasteriseError("pdftoppm gave no image")
    return image
