"""Printing badges through the OS print queue: one service for every path.

The Badges page, walk-ins, reprints, the kiosk, print on arrival and ``forumdesk print``
all call :meth:`PrintService.print_badges` (``forum.printing``)::

    run = forum.printing.print_badges(
        ["RU000002"],          # registration codes or participant ids
        layout="a6",           # the page size always comes from the layout
        printer="Badges_A6",   # None: the system default queue; unknown: UnknownPrinter
        source="arrival",      # kept in the print log: batch, walk_in, reprint, kiosk, ...
        once=True,             # leave out badges printed before or printing right now
        wait=20,               # follow the jobs this long (seconds) after the last one
    )
    run.ok                     # every job accepted and none failed
    run.outcomes               # JobOutcome per job: status printed | queued | failed |
                               #   refused | not_sent, problem code, message, codes
    run.skipped                # codes left out by ``once``

Before anything is sent, ``print_badges`` raises a :class:`PrintingError`:
``UnknownPrinter`` (names the printer and lists the queues; never a fallback to the
default), ``PrinterRefusing`` (the queue rejects jobs, or is paused/stopped),
``NoPrinter`` or ``PrintSystemUnavailable``. Each job is a vector PDF from the badge
renderer with the layout's paper (``Custom.105x148mm`` for A6, ...), full page at 100 %,
one-sided, in colour; its title names the badge code or the batch, never a person.

A badge is logged as printed when the queue accepts its job. The job is then followed
(CUPS: ``lpstat``) until it leaves the queue or ``wait`` runs out; a job that fails or is
held on a stopped printer is cancelled, reported (``failed``) and its prints are marked
failed in the log, so ``was_printed`` is false again and ``once`` prints it next time.
``failed_jobs()`` lists what to offer for a retry and ``retry(job)`` prints it again.

Print on arrival calls ``print_badges([participant_id], once=True, source="arrival",
wait=0)`` from a background task at a first admission, then ``follow(run)`` on a runner
of its own (so a slow printer never holds up the next badge), and shows a failed outcome
with a retry. ``once`` also guards against a second scan while the first job is still
being sent.

Where there is no CUPS (Windows) the GUI installs a Qt spooler (``ui.qt_spooler``) that
rasterises one page at a time at the printer's resolution (at most 600 dpi, 300 for
label and card layouts); it cannot follow jobs, so its outcomes stay ``queued``.
"""

from __future__ import annotations

from desktop.printing.media import LayoutMedia, job_options, media_for, raster_dpi
from desktop.printing.outcomes import FailedJob, JobOutcome, PrintRun
from desktop.printing.service import PrintService, system_spooler
from desktop.printing.spooler import (
    JobRequest,
    JobState,
    NoPrinter,
    PaperSource,
    PrinterQueue,
    PrinterRefusing,
    PrintingError,
    PrintSystemUnavailable,
    Spooler,
    SubmittedJob,
    UnknownPrinter,
    problem_of,
)

__all__ = [
    "FailedJob",
    "JobOutcome",
    "JobRequest",
    "JobState",
    "LayoutMedia",
    "NoPrinter",
    "PaperSource",
    "PrintRun",
    "PrintService",
    "PrintSystemUnavailable",
    "PrinterQueue",
    "PrinterRefusing",
    "PrintingError",
    "Spooler",
    "SubmittedJob",
    "UnknownPrinter",
    "job_options",
    "media_for",
    "problem_of",
    "raster_dpi",
    "system_spooler",
]
