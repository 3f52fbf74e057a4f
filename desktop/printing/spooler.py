"""What a print system offers the printing service: queues, submission, job states.

``CupsSpooler`` (Linux, macOS) drives the OS tools; the GUI brings a Qt spooler where the
platform has no CUPS (Windows). The service never knows which one it talks to.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from desktop.errors import ForumDeskError

log = logging.getLogger(__name__)

#: A queue's state as the OS reports it: idle, printing, or stopped (paused, disabled).
QueueStatus = Literal["idle", "printing", "stopped"]
#: Where a submitted job stands. ``pending`` and ``processing`` are still in the queue;
#: ``held`` waits for someone (a stopped printer or a hold); the last three have left it.
#: ``sent`` is what a spooler that cannot follow jobs (the Qt path) reports.
JobStatus = Literal[
    "pending", "processing", "held", "completed", "failed", "cancelled", "sent", "unknown"
]


class PrintingError(ForumDeskError):
    """A print problem the operator must see; ``code`` names it, ``params`` fill the text."""

    code = "printing"


class PrintSystemUnavailable(PrintingError):
    """No print system on this machine, or its scheduler is not running."""

    code = "print_system_unavailable"


class NoPrinter(PrintingError):
    """No printer was named and the system has no default queue."""

    code = "no_printer"


class UnknownPrinter(PrintingError):
    """The printer named is not a queue of this system (``printer``; ``queues`` lists them)."""

    code = "unknown_printer"

    def __init__(self, printer: str, queues: list[str]) -> None:
        known = ", ".join(queues) if queues else "none"
        super().__init__(
            f"no printer named {printer!r} on this system; printers: {known}",
            printer=printer,
            queues=queues,
        )


class PrinterRefusing(PrintingError):
    """The queue exists but takes no jobs now: rejecting, or paused/stopped (``state``)."""

    code = "printer_refusing"

    def __init__(self, printer: str, state: str, reason: str = "") -> None:
        what = {
            "rejecting": "is not accepting jobs",
            "stopped": "is paused (stopped)",
        }.get(state, f"refused the job ({state})")
        text = f"printer {printer!r} {what}"
        if reason:
            text += f": {reason}"
        super().__init__(text, printer=printer, state=state, reason=reason)


@dataclass(frozen=True)
class PrinterQueue:
    """One OS print queue and its state."""

    name: str
    status: QueueStatus
    accepting: bool
    message: str = ""
    description: str = ""
    is_default: bool = False
    device: str = ""

    @property
    def ready(self) -> bool:
        """Takes jobs and prints them (not rejecting, not paused)."""
        return self.accepting and self.status != "stopped"

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "state": self.status,
            "accepting": self.accepting,
            "ready": self.ready,
            "default": self.is_default,
            "message": self.message,
            "description": self.description,
            "device": self.device,
        }


@dataclass(frozen=True)
class PaperSource:
    """A paper source (tray) a queue offers: the value to send and its label."""

    value: str
    label: str


@dataclass(frozen=True)
class JobRequest:
    """What to print and how: one PDF to one queue, with the page size of its layout."""

    queue: str
    title: str
    layout: str
    media: str
    options: tuple[tuple[str, str], ...]
    paper_source: str = ""


@dataclass(frozen=True)
class SubmittedJob:
    """A job the queue accepted: its id there (``queue-N`` for CUPS) and its queue."""

    job_id: str
    queue: str


@dataclass(frozen=True)
class JobState:
    status: JobStatus
    message: str = ""
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def finished(self) -> bool:
        """Left the queue (or cannot be followed)."""
        return self.status in ("completed", "failed", "cancelled", "sent", "unknown")


class Spooler(Protocol):
    """A print system: the queues it has, and jobs submitted to and followed in it."""

    name: str
    #: Whether submitted jobs can be followed to their end (CUPS yes, the Qt path no).
    follows_jobs: bool

    def queues(self) -> list[PrinterQueue]:
        """Every queue with its state; PrintSystemUnavailable when there is no system."""
        ...

    def paper_sources(self, queue: str) -> list[PaperSource]:
        """The trays a queue offers (empty when it offers no choice or cannot tell)."""
        ...

    def submit(self, pdf: Path, request: JobRequest) -> SubmittedJob:
        """Hand the PDF to the queue; PrinterRefusing when the queue refuses it."""
        ...

    def job_states(self, jobs: list[SubmittedJob]) -> dict[str, JobState]:
        """Where each job stands, by job id."""
        ...

    def cancel(self, job: SubmittedJob) -> None:
        """Take a job out of its queue (a job given up on must not print later)."""
        ...


def problem_of(error: PrintingError) -> str:
    """A stable problem code for a print error (the GUI picks its words by it)."""
    if isinstance(error, PrinterRefusing):
        state = str(error.params.get("state", ""))
        return {"rejecting": "queue_rejecting", "stopped": "queue_stopped"}.get(
            state, "queue_refused"
        )
    return error.code
