"""What a print run reports: each job's outcome, and the jobs to offer for a retry."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

#: How a job ended for the caller. ``printed``: it left the queue done; ``queued``: the
#: queue has it (still waiting or printing when the follow ended, or a platform that
#: cannot say more); ``failed``: accepted, then failed (logged as failed, job cancelled);
#: ``refused``: never accepted, nothing logged; ``not_sent``: never handed over (an
#: earlier job was refused or failed, or the batch was cancelled), nothing logged.
OutcomeStatus = Literal["printed", "queued", "failed", "refused", "not_sent"]
#: Badges sent: done and total; returning False stops sending (jobs sent stay sent).
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class JobOutcome:
    """One print job of a run and how it ended."""

    codes: tuple[str, ...]
    printer: str
    layout: str
    title: str
    status: OutcomeStatus
    job_id: str = ""
    #: A stable problem code for the GUI's words (empty when all went well).
    problem: str = ""
    #: The print system's own words, in English (for the log and the CLI).
    message: str = ""
    pages: int = 0
    bytes: int = 0
    #: Seconds from the start of the run to the queue's acceptance.
    accepted_after: float | None = None
    print_ids: tuple[uuid.UUID, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.status in ("printed", "queued", "failed")

    @property
    def ok(self) -> bool:
        return self.status in ("printed", "queued")

    def to_json(self) -> dict[str, object]:
        return {
            "job": self.job_id,
            "title": self.title,
            "printer": self.printer,
            "layout": self.layout,
            "status": self.status,
            "problem": self.problem,
            "message": self.message,
            "badges": list(self.codes),
            "pages": self.pages,
            "bytes": self.bytes,
        }


@dataclass
class PrintRun:
    """Every job of one call to ``print_badges``."""

    batch: str
    printer: str
    layout: str
    source: str
    outcomes: list[JobOutcome] = field(default_factory=list)
    #: Badges left out because they were printed before or are printing now (``once``).
    skipped: tuple[str, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """Every job accepted and none failed."""
        return all(o.ok for o in self.outcomes)

    @property
    def printed_codes(self) -> list[str]:
        return [c for o in self.outcomes if o.ok for c in o.codes]

    @property
    def failed(self) -> list[JobOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def to_json(self) -> dict[str, object]:
        return {
            "batch": self.batch,
            "printer": self.printer,
            "layout": self.layout,
            "ok": self.ok,
            "printed": len(self.printed_codes),
            "failed": sum(len(o.codes) for o in self.failed),
            "skipped": list(self.skipped),
            "cancelled": self.cancelled,
            "jobs": [o.to_json() for o in self.outcomes],
        }


@dataclass(frozen=True)
class FailedJob:
    """A print job to show with a retry: refused or failed, and not printed since."""

    codes: tuple[str, ...]
    printer: str
    layout: str
    problem: str
    message: str
    at: datetime
    job_id: str = ""
    source: str = ""
