"""The print jobs to offer for a retry: refused ones (kept for this session) and failed ones
(from the print log), leaving out badges that printed since."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Protocol

from desktop.badges.prints import FailedPrint, PrintStatus
from desktop.printing.outcomes import FailedJob, PrintRun
from desktop.printing.spooler import PrintingError, problem_of


class PrintHistory(Protocol):
    """The part of the print log a retry list reads."""

    def print_status(self, codes: Iterable[str]) -> dict[str, PrintStatus]: ...

    def failed_prints(self) -> list[FailedPrint]: ...


class RetryList:
    """Refused jobs of this session and failed jobs of the log, as ``FailedJob`` rows."""

    def __init__(self, history: PrintHistory) -> None:
        self.history = history
        self._lock = threading.Lock()
        self._refused: list[FailedJob] = []

    def remember(self, run: PrintRun) -> None:
        """Keep a run's refused and unsent jobs (a cancelled batch is not a problem)."""
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

    def note(
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

    def drop(self, job: FailedJob) -> None:
        """Forget a refused job (it is being retried)."""
        with self._lock:
            self._refused = [j for j in self._refused if j != job]

    def jobs(self) -> list[FailedJob]:
        """Jobs to retry, newest first: failed after acceptance (from the print log) and
        refused ones (this session), leaving out badges that printed since."""
        by_job: dict[tuple[str, str], FailedJob] = {}
        for fp in self.history.failed_prints():
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
            status = self.history.print_status(c for j in refused for c in j.codes)
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


def _printed_since(status: PrintStatus | None, moment: datetime) -> bool:
    """Whether the badge printed at or after ``moment`` (a retry that went through)."""
    last = status.last_printed_at if status is not None else None
    if last is None:
        return False
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    return last >= moment
