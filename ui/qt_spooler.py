"""Printing where the platform has no CUPS (Windows): badges painted through QPrinter.

The printing service hands this spooler the same vector PDF it sends to CUPS. Windows'
queues take no PDF, so each page is rasterised (PDFium) one at a time at the printer's
resolution, capped at 600 dpi (300 for label and card layouts), and painted over the
whole sheet: the page size comes from the layout and full-page mode keeps the badge at
100 %. Only one page image lives at a time, so memory stays flat over a long batch.
Windows' spooler is not followed: a job it took is reported as sent.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.printing import (
    JobRequest,
    JobState,
    PaperSource,
    PrinterQueue,
    PrinterRefusing,
    PrintSystemUnavailable,
    SubmittedJob,
    media_for,
    raster_dpi,
)
from ui import printing

log = logging.getLogger(__name__)

_job_numbers = itertools.count(1)


class QtSpooler:
    """The printing service's spooler on platforms without CUPS."""

    name = "qt"
    follows_jobs = False

    def __init__(self, output_folder: Path | None = None) -> None:
        #: Tests write each job to a PDF file in this folder instead of a printer.
        self.output_folder = output_folder
        self.last_dpi = 0

    def queues(self) -> list[PrinterQueue]:
        if self.output_folder is not None:
            return [PrinterQueue("PDF", "idle", True, is_default=True)]
        names = QPrinterInfo.availablePrinterNames()
        if not names:
            raise PrintSystemUnavailable("no printers are installed on this computer")
        default = QPrinterInfo.defaultPrinterName()
        out = []
        for name in names:
            info = QPrinterInfo.printerInfo(name)
            stopped = info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)
            out.append(
                PrinterQueue(
                    name=name,
                    status="stopped" if stopped else "idle",
                    accepting=True,
                    description=info.description(),
                    is_default=name == default,
                )
            )
        return out

    def paper_sources(self, queue: str) -> list[PaperSource]:
        return []

    def submit(self, pdf: Path, request: JobRequest) -> SubmittedJob:
        number = next(_job_numbers)
        media = media_for(request.layout)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_folder is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.output_folder / f"job_{number}.pdf"))
        else:
            printer.setPrinterName(request.queue)
        printer.setDocName(request.title)
        printer.setColorMode(QPrinter.ColorMode.Color)
        printer.setDuplex(QPrinter.DuplexMode.DuplexNone)
        printer.setFullPage(True)
        size = QPageSize(
            QSizeF(media.width_mm, media.height_mm),
            QPageSize.Unit.Millimeter,
            request.layout,
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
        printer.setPageLayout(
            QPageLayout(
                size,
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Point,
            )
        )
        dpi = raster_dpi(request.layout, printer.resolution())
        self.last_dpi = dpi
        pages = printing.page_count(pdf)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterRefusing(request.queue, "refused", "the printer could not be opened")
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                image = printing.rasterise(pdf, page, dpi)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
                del image
        finally:
            painter.end()
        log.info("%d page(s) sent to %s at %d dpi", pages, request.queue, dpi)
        return SubmittedJob(job_id=f"{request.queue}-qt{number}", queue=request.queue)

    def job_states(self, jobs: list[SubmittedJob]) -> dict[str, JobState]:
        return {j.job_id: JobState("sent") for j in jobs}

    def cancel(self, job: SubmittedJob) -> None:
        log.info("cannot cancel %s: Windows' spooler is not followed", job.job_id)
