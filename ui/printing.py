"""One rendering path for badges on screen and on paper: the badge PDF, rasterised.

The core writes the PDF (reportlab); here each page is rasterised (QtPdf when the
PySide6 add-ons are installed, else poppler's pdftoppm) at the screen's or the printer's
resolution and painted with QPainter, so the preview is exactly what prints.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ui.settings import DeskSettings

log = logging.getLogger(__name__)

try:
    from PySide6.QtPdf import QPdfDocument  # not in PySide6-Essentials
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None  # type: ignore[assignment,misc,unused-ignore]
try:
    import pypdfium2 as pdfium  # PDFium, the engine QtPdf wraps, in a small wheel
except ImportError:  # pragma: no cover
    pdfium = None

PAPER_KEY = "badges/paper"


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


# -- printers --------------------------------------------------------------------------
def _page_size_from_settings(settings: DeskSettings) -> QPageSize | None:
    value = settings.value(PAPER_KEY, "")
    try:
        w, h = (float(x) for x in value.split("x"))
    except ValueError:
        return None
    return QPageSize(QSizeF(w, h), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def make_printer(settings: DeskSettings, badge_points: QSizeF | None = None) -> QPrinter:
    """A printer set up as this desk last chose: printer name and paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings.printer:
        printer.setPrinterName(settings.printer)
    size = _page_size_from_settings(settings)
    if size is None and badge_points is not None:
        size = QPageSize(
            badge_points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
    if size is not None:
        printer.setPageSize(size)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    return printer


def remember_printer(settings: DeskSettings, printer: QPrinter) -> None:
    settings.printer = printer.printerName()
    points = printer.pageLayout().pageSize().size(QPageSize.Unit.Point)
    settings.set_value(PAPER_KEY, f"{points.width():.2f}x{points.height():.2f}")


def choose_printer(
    parent: QWidget | None, settings: DeskSettings, badge_points: QSizeF | None = None
) -> QPrinter | None:
    """Qt's print dialog on the remembered printer and paper; None when cancelled."""
    printer = make_printer(settings, badge_points)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    remember_printer(settings, printer)
    return printer


def print_pdf(
    pdf: str | Path,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint every page of the PDF onto the printer, rasterised at its resolution and
    centred on the paper without distortion. Returns pages printed; stops early when
    ``progress`` returns False. Safe off the GUI thread (QImage and QPrinter only)."""
    pages = page_count(pdf)
    dpi = float(printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise RasteriseError("the printer could not be opened")
    done = 0
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            image = rasterise(pdf, page, dpi)
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(
                QRectF(
                    target.x() + (target.width() - w) / 2,
                    target.y() + (target.height() - h) / 2,
                    w,
                    h,
                ),
                image,
            )
            done += 1
            if progress is not None and not progress(done, pages):
                break
    finally:
        painter.end()
    return done
