"""The printing service: badges to an OS print queue, followed until they leave it.

Every path (the Badges page, walk-ins, reprints, the kiosk, print on arrival, the CLI)
calls ``PrintService.print_badges``; see the package docstring for the contract.
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop.badges.layouts import check_layout, get_layout
from desktop.badges.prints import FailedPrint, PrintStatus, Reissue
from desktop.printing.media import job_options, media_for
from desktop.printing.outcomes import FailedJob, JobOutcome, PrintRun, Progress
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
)

log = logging.getLogger(__name__)

#: Default time to follow jobs after the last one was accepted, in seconds.
DEFAULT_WAIT = 60.0
#: A job held on a stopped (paused) printer is given up after this long, in seconds.
HELD_GRACE = 3.0
#: Pages in one job of a batch: the first page reaches the queue after ten badges are
#: drawn, each job stays small, and a printer that stops mid-batch stops the rest.
PAGES_PER_JOB = 10


def system_spooler() -> Spooler:
    """This machine's print system: CUPS where its tools are installed."""
    from desktop.printing.cups import CupsSpooler, cups_available

    if not cups_available():
        raise PrintSystemUnavailable("no print system (CUPS) on this machine")
    return CupsSpooler()


class BadgeDesk(Protocol):
    """What printing needs of the desk's badges: the codes, the PDF and the print log.

    ``BadgeService`` is one; the printing engine never imports the use cases above it.
    """

    def codes_of(self, keys: Iterable[str | uuid.UUID]) -> list[str]: ...

    def was_printed(self, code: str) -> bool: ...

    def print_status(self, codes: Iterable[str]) -> dict[str, PrintStatus]: ...

    def render(
        self,
        selection: Iterable[str],
        out: str | os.PathLike[str],
        layout: str = ...,
        progress: Any = ...,
        *,
        record: bool = ...,
        reissue: Reissue | None = ...,
    ) -> Any: ...

    def log_prints(self, *args: Any, **kwargs: Any) -> list[uuid.UUID]: ...

    def mark_prints_failed(self, print_ids: Sequence[uuid.UUID], message: str) -> int: ...

    def failed_prints(self) -> list[FailedPrint]: ...


class PrintService:
    """Badges to the OS print queue, logged only when the queue accepted them."""

    def __init__(self, badges: BadgeDesk, spooler: Spooler | None = None) -> None:
        self.badges = badges
        self._spooler = spooler
        self._lock = threading.Lock()
        self._in_flight: set[str] = set()
        self._refused: list[FailedJob] = []
        self._held_since: dict[str, float] = {}
        self.held_grace = HELD_GRACE
        self.poll_interval = 0.25

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
        self._remember_refusals(run)
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
        chunks = [codes[i : i + per_job] for i in range(0, len(codes), per_job)]
        started = time.perf_counter()
        submitted: dict[str, tuple[int, SubmittedJob]] = {}
        stop: tuple[str, str] | None = None  # (problem, message) that stops the rest
        sent = 0
        with tempfile.TemporaryDirectory(prefix="forumdesk-print-") as tmp:
            for n, chunk in enumerate(chunks, start=1):
                title = self._title(run, chunk, n, len(chunks))
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
                if spooler.follows_jobs and n < len(chunks):
                    failure = self._poll(run, submitted, final=False)
                    if failure is not None:
                        stop = ("not_sent", failure)
        if spooler.follows_jobs and wait > 0:
            self._follow(run, submitted, wait)

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
            self._follow(run, submitted, wait, stop)
        return run

    def _follow(
        self,
        run: PrintRun,
        submitted: dict[str, tuple[int, SubmittedJob]],
        wait: float,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        """Poll the queue until every job left it, or ``wait`` seconds passed."""
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            final = time.monotonic() >= deadline
            self._poll(run, submitted, final=final)
            if not any(run.outcomes[i].status == "queued" for i, _ in submitted.values()):
                return
            if final or (stop is not None and stop()):
                return
            time.sleep(self.poll_interval)

    def _poll(
        self,
        run: PrintRun,
        submitted: dict[str, tuple[int, SubmittedJob]],
        *,
        final: bool,
    ) -> str | None:
        """Update outcomes from the queue; returns the first new failure's message."""
        live = {
            jid: pair for jid, pair in submitted.items() if run.outcomes[pair[0]].status == "queued"
        }
        if not live:
            return None
        try:
            states = self.spooler.job_states([job for _, job in live.values()])
        except PrintingError as exc:
            log.warning("cannot follow print jobs: %s", exc)
            return None
        first_failure: str | None = None
        now = time.monotonic()
        for jid, (index, job) in live.items():
            state = states.get(jid, JobState("unknown"))
            outcome = run.outcomes[index]
            if state.status in ("completed", "sent", "unknown"):
                run.outcomes[index] = replace(outcome, status="printed", message=state.message)
            elif state.status in ("failed", "cancelled"):
                first_failure = first_failure or self._fail(run, index, job, state, cancel=False)
            elif state.status == "held":
                held_since = self._held_since.setdefault(jid, now)
                if final or now - held_since >= self.held_grace:
                    first_failure = first_failure or self._fail(run, index, job, state, cancel=True)
            else:
                self._held_since.pop(jid, None)
                if final:
                    run.outcomes[index] = replace(outcome, message=state.message)
        return first_failure

    def _fail(
        self, run: PrintRun, index: int, job: SubmittedJob, state: JobState, *, cancel: bool
    ) -> str:
        outcome = run.outcomes[index]
        if cancel:
            self.spooler.cancel(job)  # given up: it must not print later by surprise
        problem = {"cancelled": "job_cancelled", "held": "job_held"}.get(state.status, "job_failed")
        message = (
            state.message
            or {
                "job_cancelled": "the job was cancelled in the print queue",
                "job_held": f"the job was held in the queue of {job.queue} (printer stopped?)",
                "job_failed": "the printer reported an error",
            }[problem]
        )
        self._held_since.pop(job.job_id, None)
        self.badges.mark_prints_failed(outcome.print_ids, message)
        run.outcomes[index] = replace(outcome, status="failed", problem=problem, message=message)
        log.warning("print job %s failed: %s", job.job_id, message)
        return message

    @staticmethod
    def _title(run: PrintRun, chunk: list[str], n: int, total: int) -> str:
        """A job title naming the badge code or the batch, never a person."""
        if total == 1 and len(chunk) == 1:
            return f"ForumDesk badge {chunk[0]}"
        if total == 1:
            return f"ForumDesk batch {run.batch} ({len(chunk)} badges)"
        return f"ForumDesk batch {run.batch} part {n}/{total} ({len(chunk)} badges)"

    # -- failed jobs -----------------------------------------------------------------
    def _remember_refusals(self, run: PrintRun) -> None:
        refused = [o for o in run.outcomes if o.status in ("refused", "not_sent")]
        if not refused:
            return
        now = datetime.now().astimezone()
        with self._lock:
            for o in refused:
                if o.problem == "cancelled":
                    continue
                self._refused.append(
                    FailedJob(
                        o.codes,
                        o.printer,
                        o.layout,
                        o.problem or "refused",
                        o.message,
                        now,
                        source=run.source,
                    )
                )

    def note_refusal(
        self, codes: Sequence[str], printer: str, layout: str, error: PrintingError, source: str
    ) -> None:
        """Keep a print that never started (unknown or refusing printer) for a retry."""
        with self._lock:
            self._refused.append(
                FailedJob(
                    tuple(codes),
                    printer,
                    layout,
                    problem_of(error),
                    str(error.params.get("reason", "")),
                    datetime.now().astimezone(),
                    source=source,
                )
            )

    def failed_jobs(self) -> list[FailedJob]:
        """Jobs to retry, newest first: failed after acceptance (from the print log) and
        refused ones (this session), leaving out badges that printed since."""
        by_job: dict[tuple[str, str], FailedJob] = {}
        for fp in self.badges.failed_prints():
            key = (fp.job, fp.printer)
            known = by_job.get(key)
            if known is None:
                by_job[key] = FailedJob(
                    (fp.registration_code,),
                    fp.printer,
                    fp.layout,
                    "job_failed",
                    fp.message,
                    fp.at.astimezone(),
                    fp.job,
                    fp.source,
                )
            else:
                by_job[key] = replace(known, codes=(*known.codes, fp.registration_code))
        out = list(by_job.values())
        with self._lock:
            refused = list(self._refused)
        if refused:
            status = self.badges.print_status(c for j in refused for c in j.codes)
            still = {}
            for j in refused:
                left = tuple(c for c in j.codes if not _printed_since(status.get(c), j.at))
                if left:
                    still[id(j)] = replace(j, codes=left)
            with self._lock:
                self._refused = [
                    still.get(id(j), j)
                    for j in self._refused
                    if id(j) in still or all(j is not r for r in refused)
                ]
            out.extend(still.values())
        out.sort(key=lambda j: j.at, reverse=True)
        return out

    def retry(self, job: FailedJob, *, printer: str | None = None, **kwargs: object) -> PrintRun:
        """Print a failed job's badges again (on its printer unless another is given)."""
        with self._lock:
            self._refused = [j for j in self._refused if j != job]
        return self.print_badges(
            list(job.codes),
            layout=job.layout,
            printer=printer or job.printer or None,
            source="retry",
            **kwargs,  # type: ignore[arg-type]
        )


def _printed_since(status: PrintStatus | None, moment: datetime) -> bool:
    """Whether the badge printed at or after ``moment`` (a retry that went through)."""
    last = status.last_printed_at if status is not None else None
    if last is None:
        return False
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    return last >= moment


def problem_of(error: PrintingError) -> str:
    """A stable problem code for a print error (the GUI picks its words by it)."""
    if isinstance(error, PrinterRefusing):
        state = str(error.params.get("state", ""))
        return {"rejecting": "queue_rejecting", "stopped": "queue_stopped"}.get(
            state, "queue_refused"
        )
    return error.code
