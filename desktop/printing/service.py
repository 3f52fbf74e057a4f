"""The printing service: badges to an OS print queue, followed until they leave it.

Every path (the Badges page, walk-ins, reprints, the kiosk, print on arrival, the CLI)
calls ``PrintService.print_badges``; see the package docstring for the contract. Sending is
here; following the jobs in the queue is ``tracking.JobTracker``, the jobs to offer for a
retry are ``retries.RetryList``.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.badges.layouts import check_layout, get_layout
from desktop.badges.prints import Reissue
from desktop.db.batches import chunks
from desktop.printing.badge_desk import BadgeDesk
from desktop.printing.media import job_options, media_for
from desktop.printing.outcomes import FailedJob, JobOutcome, PrintRun, Progress
from desktop.printing.retries import RetryList
from desktop.printing.spooler import (
    JobRequest,
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
from desktop.printing.tracking import HELD_GRACE, JobTracker

__all__ = [
    "DEFAULT_WAIT",
    "HELD_GRACE",
    "PAGES_PER_JOB",
    "BadgeDesk",
    "PrintService",
    "problem_of",
    "system_spooler",
]

log = logging.getLogger(__name__)

#: Default time to follow jobs after the last one was accepted, in seconds.
DEFAULT_WAIT = 60.0
#: Pages in one job of a batch: the first page reaches the queue after ten badges are
#: drawn, each job stays small, and a printer that stops mid-batch stops the rest.
PAGES_PER_JOB = 10


def system_spooler() -> Spooler:
    """This machine's print system: CUPS where its tools are installed."""
    from desktop.printing.cups import CupsSpooler, cups_available

    if not cups_available():
        raise PrintSystemUnavailable("no print system (CUPS) on this machine")
    return CupsSpooler()


class PrintService:
    """Badges to the OS print queue, logged only when the queue accepted them."""

    def __init__(self, badges: BadgeDesk, spooler: Spooler | None = None) -> None:
        self.badges = badges
        self._spooler = spooler
        self._lock = threading.Lock()
        self._in_flight: set[str] = set()
        self.tracker = JobTracker(badges)
        self.retries = RetryList(badges)

    @property
    def held_grace(self) -> float:
        """Seconds a job may stay held on a stopped printer before it is given up."""
        return self.tracker.held_grace

    @held_grace.setter
    def held_grace(self, seconds: float) -> None:
        self.tracker.held_grace = seconds

    @property
    def poll_interval(self) -> float:
        """Seconds between two looks at the queue while following jobs."""
        return self.tracker.poll_interval

    @poll_interval.setter
    def poll_interval(self, seconds: float) -> None:
        self.tracker.poll_interval = seconds

    # -- the print system ------------------------------------------------------------
    @property
    def spooler(self) -> Spooler:
        if self._spooler is None:
            self._spooler = system_spooler()
        return self._spooler

    @spooler.setter
    def spooler(self, value: Spooler) -> None:
        self._spooler = value

    def printers(self) -> list[PrinterQueue]:
        """The OS print queues and their state."""
        return self.spooler.queues()

    def paper_sources(self, printer: str) -> list[PaperSource]:
        return self.spooler.paper_sources(printer)

    def resolve_printer(self, name: str | None) -> PrinterQueue:
        """The queue of that name, or the system default when no name is given.

        An unknown name is an error naming it and listing the queues: a badge never goes
        to another printer than the one asked for.
        """
        queues = self.spooler.queues()
        if name:
            for q in queues:
                if q.name == name or q.name.casefold() == name.casefold():
                    return q
            raise UnknownPrinter(name, [q.name for q in queues])
        for q in queues:
            if q.is_default:
                return q
        known = ", ".join(q.name for q in queues) or "none"
        raise NoPrinter(
            f"no printer chosen and the system has no default printer; printers: {known}",
            queues=[q.name for q in queues],
        )

    @staticmethod
    def check_ready(queue: PrinterQueue) -> None:
        """PrinterRefusing when the queue rejects jobs or is paused."""
        if not queue.accepting:
            raise PrinterRefusing(queue.name, "rejecting", queue.message)
        if queue.status == "stopped":
            raise PrinterRefusing(queue.name, "stopped", queue.message)

    # -- printing --------------------------------------------------------------------
    def print_badges(
        self,
        participants: Sequence[str | uuid.UUID],
        *,
        layout: str = "a6",
        printer: str | None = None,
        paper_source: str = "",
        source: str = "desk",
        once: bool = False,
        wait: float = DEFAULT_WAIT,
        pages_per_job: int = PAGES_PER_JOB,
        progress: Progress | None = None,
        reissue: Reissue | None = None,
    ) -> PrintRun:
        """Print these participants' current badges on ``printer`` (None: the default).

        With ``reissue`` (a reprint from ``forum.badges.prepare_reprint``) that badge
        carries the new version, which becomes current when the queue accepts its job:
        a print that is refused or cancelled leaves the old badge admitting.

        Raises before anything is sent when the printer is unknown, refuses jobs or is
        paused; otherwise returns each job's outcome. A badge is logged as printed when
        the queue accepts its job and as failed if the job fails after that.
        """
        check_layout(layout)
        codes = self.badges.codes_of(participants)
        try:
            queue = self.resolve_printer(printer)
            self.check_ready(queue)
        except PrintingError as exc:
            # Kept for a retry (the Badges page lists it), never logged as printed.
            if not (once and all(self.badges.was_printed(c) for c in codes)):
                self.note_refusal(codes, printer or "", layout, exc, source)
            raise
        run = PrintRun(
            batch=secrets.token_hex(3).upper(), printer=queue.name, layout=layout, source=source
        )
        if once:
            codes, run.skipped = self._claim_unprinted(codes)
        else:
            with self._lock:
                self._in_flight.update(codes)
        try:
            if codes:
                self._send(run, codes, queue, paper_source, wait, pages_per_job, progress, reissue)
        finally:
            with self._lock:
                self._in_flight.difference_update(codes)
        self.retries.remember(run)
        return run

    def _claim_unprinted(self, codes: list[str]) -> tuple[list[str], tuple[str, ...]]:
        """For print on arrival and kiosks: leave out badges printed or printing now."""
        status = self.badges.print_status(codes)
        with self._lock:
            wanted = [
                c
                for c in codes
                if c not in self._in_flight and not (c in status and status[c].printed)
            ]
            self._in_flight.update(wanted)
        return wanted, tuple(c for c in codes if c not in wanted)

    def _send(
        self,
        run: PrintRun,
        codes: list[str],
        queue: PrinterQueue,
        paper_source: str,
        wait: float,
        pages_per_job: int,
        progress: Progress | None,
        reissue: Reissue | None = None,
    ) -> None:
        spooler = self.spooler
        per_job = max(1, pages_per_job) * get_layout(run.layout).per_page
        parts = list(chunks(codes, per_job))
        started = time.perf_counter()
        submitted: dict[str, tuple[int, SubmittedJob]] = {}
        stop: tuple[str, str] | None = None  # (problem, message) that stops the rest
        sent = 0
        with tempfile.TemporaryDirectory(prefix="forumdesk-print-") as tmp:
            for n, chunk in enumerate(parts, start=1):
                title = self._title(run, chunk, n, len(parts))
                if stop is None and run.cancelled:
                    stop = ("cancelled", "the batch was cancelled")
                if stop is not None:
                    run.outcomes.append(
                        JobOutcome(
                            tuple(chunk), queue.name, run.layout, title, "not_sent", "", *stop
                        )
                    )
                    continue
                pdf = Path(tmp) / (f"badges-{run.batch}-{n}.pdf")
                ours = reissue if reissue and reissue.registration_code in chunk else None
                self.badges.render(chunk, pdf, run.layout, record=False, reissue=ours)
                size = pdf.stat().st_size
                request = JobRequest(
                    queue=queue.name,
                    title=title,
                    layout=run.layout,
                    media=media_for(run.layout).media,
                    options=job_options(run.layout),
                    paper_source=paper_source,
                )
                pages = -(-len(chunk) // get_layout(run.layout).per_page)
                try:
                    job = spooler.submit(pdf, request)
                except PrintingError as exc:  # refused, or the queue or scheduler went away
                    run.outcomes.append(
                        JobOutcome(
                            tuple(chunk),
                            queue.name,
                            run.layout,
                            title,
                            "refused",
                            problem=problem_of(exc),
                            message=str(exc.params.get("reason", "")),
                            pages=pages,
                            bytes=size,
                        )
                    )
                    stop = ("not_sent", exc.message)
                    continue
                finally:
                    pdf.unlink(missing_ok=True)
                accepted = time.perf_counter() - started
                ids = self.badges.log_prints(
                    chunk,
                    run.layout,
                    printer=queue.name,
                    job=job.job_id,
                    source=run.source,
                    reissue=ours,
                )
                run.outcomes.append(
                    JobOutcome(
                        tuple(chunk),
                        queue.name,
                        run.layout,
                        title,
                        "queued",
                        job.job_id,
                        pages=pages,
                        bytes=size,
                        accepted_after=accepted,
                        print_ids=tuple(ids),
                    )
                )
                submitted[job.job_id] = (len(run.outcomes) - 1, job)
                sent += len(chunk)
                if progress is not None and not progress(sent, len(codes)):
                    run.cancelled = True
                if spooler.follows_jobs and n < len(parts):
                    failure = self.tracker.poll(spooler, run, submitted, final=False)
                    if failure is not None:
                        stop = ("not_sent", failure)
        if spooler.follows_jobs and wait > 0:
            self.tracker.follow(spooler, run, submitted, wait)

    def follow(
        self,
        run: PrintRun,
        wait: float = DEFAULT_WAIT,
        *,
        stop: Callable[[], bool] | None = None,
    ) -> PrintRun:
        """Follow the jobs of a run sent with ``wait=0`` that are still in the queue, as
        ``print_badges`` does: until they leave it, ``wait`` seconds pass or ``stop()``
        says so. Print on arrival sends at once and follows apart, so a slow printer
        never holds up the next badge."""
        if not self.spooler.follows_jobs:
            return run
        submitted = {
            o.job_id: (i, SubmittedJob(o.job_id, o.printer))
            for i, o in enumerate(run.outcomes)
            if o.status == "queued" and o.job_id
        }
        if submitted:
            self.tracker.follow(self.spooler, run, submitted, wait, stop)
        return run

    @staticmethod
    def _title(run: PrintRun, chunk: list[str], n: int, total: int) -> str:
        """A job title naming the badge code or the batch, never a person."""
        if total == 1 and len(chunk) == 1:
            return f"ForumDesk badge {chunk[0]}"
        if total == 1:
            return f"ForumDesk batch {run.batch} ({len(chunk)} badges)"
        return f"ForumDesk batch {run.batch} part {n}/{total} ({len(chunk)} badges)"

    # -- failed jobs -----------------------------------------------------------------
    def note_refusal(
        self, codes: Sequence[str], printer: str, layout: str, error: PrintingError, source: str
    ) -> None:
        """Keep a print that never started (unknown or refusing printer) for a retry."""
        self.retries.note(codes, printer, layout, error, source)

    def failed_jobs(self) -> list[FailedJob]:
        """Jobs to retry, newest first: failed after acceptance (from the print log) and
        refused ones (this session), leaving out badges that printed since."""
        return self.retries.jobs()

    def retry(self, job: FailedJob, *, printer: str | None = None, **kwargs: object) -> PrintRun:
        """Print a failed job's badges again (on its printer unless another is given)."""
        self.retries.drop(job)
        return self.print_badges(
            list(job.codes),
            layout=job.layout,
            printer=printer or job.printer or None,
            source="retry",
            **kwargs,  # type: ignore[arg-type]
        )
