"""Following print jobs in the queue after it accepted them: printed, failed, or held too long.

A job that fails, or is held on a stopped printer past a short grace, is cancelled (it must
not print later by surprise), its prints are marked failed in the log, and its outcome says so.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from desktop.printing.outcomes import PrintRun
from desktop.printing.spooler import JobState, PrintingError, Spooler, SubmittedJob

log = logging.getLogger(__name__)

#: A job held on a stopped (paused) printer is given up after this long, in seconds.
HELD_GRACE = 3.0

#: Jobs being followed: job id -> (index of its outcome in the run, the job).
Submitted = dict[str, tuple[int, SubmittedJob]]


class PrintLog(Protocol):
    """The part of the print log a failed job touches."""

    def mark_prints_failed(self, print_ids: Sequence[uuid.UUID], message: str) -> int: ...


class JobTracker:
    """Polls the print system for a run's queued jobs and updates their outcomes."""

    def __init__(self, log_: PrintLog) -> None:
        self.print_log = log_
        self.held_grace = HELD_GRACE
        self.poll_interval = 0.25
        self._held_since: dict[str, float] = {}

    def follow(
        self,
        spooler: Spooler,
        run: PrintRun,
        submitted: Submitted,
        wait: float,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        """Poll the queue until every job left it, ``wait`` seconds passed or ``stop()``."""
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            final = time.monotonic() >= deadline
            self.poll(spooler, run, submitted, final=final)
            if not any(run.outcomes[i].status == "queued" for i, _ in submitted.values()):
                return
            if final or (stop is not None and stop()):
                return
            time.sleep(self.poll_interval)

    def poll(
        self,
        spooler: Spooler,
        run: PrintRun,
        submitted: Submitted,
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
            states = spooler.job_states([job for _, job in live.values()])
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
                failure = self._fail(spooler, run, index, job, state, cancel=False)
                first_failure = first_failure or failure
            elif state.status == "held":
                held_since = self._held_since.setdefault(jid, now)
                if final or now - held_since >= self.held_grace:
                    failure = self._fail(spooler, run, index, job, state, cancel=True)
                    first_failure = first_failure or failure
            else:
                self._held_since.pop(jid, None)
                if final:
                    run.outcomes[index] = replace(outcome, message=state.message)
        return first_failure

    def _fail(
        self,
        spooler: Spooler,
        run: PrintRun,
        index: int,
        job: SubmittedJob,
        state: JobState,
        *,
        cancel: bool,
    ) -> str:
        outcome = run.outcomes[index]
        if cancel:
            spooler.cancel(job)  # given up: it must not print later by surprise
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
        self.print_log.mark_prints_failed(outcome.print_ids, message)
        run.outcomes[index] = replace(outcome, status="failed", problem=problem, message=message)
        log.warning("print job %s failed: %s", job.job_id, message)
        return message
