"""CUPS (Linux, macOS) through the tools the OS ships: ``lp``, ``lpstat``, ``cancel``.

The command-line tools need nothing built and read the same ``CUPS_SERVER`` and
``~/.cups/client.conf`` as every other program on the machine. They run with the C
locale so their English output can be read; job titles and file names never hold a
personal name (the PDF itself goes to the spooler and, with ``PreserveJobFiles No``,
is removed once printed: see docs/printing.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

from desktop.printing.spooler import (
    JobRequest,
    JobState,
    PaperSource,
    PrinterQueue,
    PrinterRefusing,
    PrintingError,
    PrintSystemUnavailable,
    QueueStatus,
    SubmittedJob,
    UnknownPrinter,
)

log = logging.getLogger(__name__)

_PRINTER = re.compile(r"^printer (\S+) (?:is (idle)|(now printing)|(disabled))")
_ACCEPTING = re.compile(r"^(\S+) (accepting|not accepting) requests")
_DEFAULT = re.compile(r"^system default destination: (\S+)")
_DEVICE = re.compile(r"^device for (\S+): (.*)$")
_REQUEST = re.compile(r"request id is (\S+-\d+)")
_JOB_LINE = re.compile(r"^(\S+-\d+)\s")
#: Job-state-reasons of a job that left the queue without printing.
_FAILED_REASONS = frozenset(
    {
        "aborted-by-system",
        "job-aborted-by-system",
        "job-completed-with-errors",
        "document-format-error",
        "document-unprintable-error",
        "document-access-error",
        "job-data-insufficient",
        "unsupported-document-format",
    }
)
_CANCELLED_REASONS = frozenset(
    {"job-canceled-by-user", "job-canceled-by-operator", "job-canceled-at-device"}
)


def cups_available() -> bool:
    """Whether the CUPS client tools are installed."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


class CupsSpooler:
    """Queues and jobs of the CUPS scheduler this machine's clients talk to."""

    name = "cups"
    follows_jobs = True

    def __init__(self, server: str | None = None, timeout: float = 30.0) -> None:
        self.server = server
        self.timeout = timeout

    # -- running the tools -------------------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["LC_ALL"] = env["LANG"] = "C"
        env.pop("LANGUAGE", None)
        if self.server:
            env["CUPS_SERVER"] = self.server
        return env

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        tool = shutil.which(args[0])
        if tool is None:
            raise PrintSystemUnavailable(
                f"the CUPS tool {args[0]!r} is not installed", tool=args[0]
            )
        try:
            return subprocess.run(
                [tool, *args[1:]],
                capture_output=True,
                text=True,
                env=self._env(),
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise PrintSystemUnavailable(
                f"the print system did not answer within {self.timeout:.0f} s", tool=args[0]
            ) from exc

    @staticmethod
    def _not_running(result: subprocess.CompletedProcess[str]) -> bool:
        text = (result.stderr + result.stdout).lower()
        return "scheduler is not running" in text or "unable to connect" in text

    # -- queues --------------------------------------------------------------------------
    def queues(self) -> list[PrinterQueue]:
        result = self._run("lpstat", "-l", "-d", "-p", "-a", "-v")
        if self._not_running(result):
            raise PrintSystemUnavailable("the CUPS scheduler is not running")
        return parse_queues(result.stdout)

    def queue(self, name: str) -> PrinterQueue:
        """One queue by name (CUPS names ignore case); UnknownPrinter listing the others."""
        queues = self.queues()
        for q in queues:
            if q.name == name or q.name.casefold() == name.casefold():
                return q
        raise UnknownPrinter(name, [q.name for q in queues])

    def paper_sources(self, queue: str) -> list[PaperSource]:
        result = self._run("lpoptions", "-p", queue, "-l")
        if result.returncode != 0:
            log.info("no options for %s: %s", queue, result.stderr.strip())
            return []
        for line in result.stdout.splitlines():
            key, _, choices = line.partition(":")
            if key.split("/", 1)[0].strip() in ("InputSlot", "media-source"):
                return [
                    PaperSource(value=c.lstrip("*"), label=c.lstrip("*")) for c in choices.split()
                ]
        return []

    # -- jobs ----------------------------------------------------------------------------
    def submit(self, pdf: Path, request: JobRequest) -> SubmittedJob:
        args = ["lp", "-d", request.queue, "-t", request.title]
        for key, value in request.options:
            args += ["-o", f"{key}={value}"]
        if request.paper_source:
            args += ["-o", f"InputSlot={request.paper_source}"]
        args += ["--", str(pdf)]
        result = self._run(*args)
        found = _REQUEST.search(result.stdout)
        if result.returncode == 0 and found:
            job = SubmittedJob(job_id=found.group(1), queue=request.queue)
            log.info("job %s accepted by %s (%s)", job.job_id, request.queue, request.title)
            return job
        message = (result.stderr or result.stdout).strip()
        log.warning("lp refused a job for %s: %s", request.queue, message)
        lowered = message.lower()
        if self._not_running(result):
            raise PrintSystemUnavailable("the CUPS scheduler is not running")
        if "does not exist" in lowered or "unknown destination" in lowered:
            raise UnknownPrinter(request.queue, [q.name for q in self.queues()])
        if "not accepting" in lowered:
            reason = ""
            with contextlib.suppress(PrintingError):
                reason = self.queue(request.queue).message
            raise PrinterRefusing(request.queue, "rejecting", reason)
        raise PrinterRefusing(request.queue, "refused", _strip_tool(message))

    def job_states(self, jobs: list[SubmittedJob]) -> dict[str, JobState]:
        out: dict[str, JobState] = {}
        for queue in sorted({j.queue for j in jobs}):
            wanted = {j.job_id for j in jobs if j.queue == queue}
            active = self._run("lpstat", "-l", "-o", queue)
            if self._not_running(active):
                raise PrintSystemUnavailable("the CUPS scheduler is not running")
            waiting = parse_jobs(active.stdout)
            stopped = False
            if wanted & set(waiting):
                try:
                    stopped = self.queue(queue).status == "stopped"
                except PrintingError:
                    stopped = False
            for job_id in wanted & set(waiting):
                out[job_id] = _active_state(waiting[job_id], stopped)
            gone = wanted - set(waiting)
            if gone:
                done = parse_jobs(self._run("lpstat", "-l", "-W", "completed", "-o", queue).stdout)
                for job_id in gone:
                    out[job_id] = _finished_state(done.get(job_id))
        return out

    def cancel(self, job: SubmittedJob) -> None:
        result = self._run("cancel", job.job_id)
        if result.returncode != 0:
            log.warning("could not cancel %s: %s", job.job_id, result.stderr.strip())
        else:
            log.info("cancelled %s", job.job_id)


# -- reading lpstat ---------------------------------------------------------------------
def parse_queues(text: str) -> list[PrinterQueue]:
    """Queues from ``lpstat -l -d -p -a -v`` in the C locale."""
    status: dict[str, QueueStatus] = {}
    message: dict[str, str] = {}
    description: dict[str, str] = {}
    accepting: dict[str, bool] = {}
    reject_reason: dict[str, str] = {}
    device: dict[str, str] = {}
    default = ""
    current = ""
    section = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith(("\t", " ")):
            body = line.strip()
            if section == "printer" and current:
                if body.startswith("Description:"):
                    description[current] = body.partition(":")[2].strip()
                elif ":" not in body and current not in message:
                    message[current] = body
                elif body.startswith(("Form mounted:", "Alerts:")):
                    message.setdefault(current, "")
            elif section == "accepting" and current and current not in reject_reason:
                reject_reason[current] = body
            continue
        if m := _PRINTER.match(line):
            current, section = m.group(1), "printer"
            status[current] = "idle" if m.group(2) else "printing" if m.group(3) else "stopped"
        elif m := _ACCEPTING.match(line):
            current, section = m.group(1), "accepting"
            accepting[current] = m.group(2) == "accepting"
        elif m := _DEFAULT.match(line):
            default, section = m.group(1), ""
        elif m := _DEVICE.match(line):
            device[m.group(1)] = m.group(2).strip()
            section = ""
        else:
            section = ""
    queues = []
    for name in status:
        text_reason = message.get(name, "") or reject_reason.get(name, "")
        if text_reason in ("reason unknown", "Paused"):
            text_reason = "" if text_reason == "reason unknown" else text_reason
        queues.append(
            PrinterQueue(
                name=name,
                status=status[name],
                accepting=accepting.get(name, True),
                message=text_reason,
                description=description.get(name, ""),
                is_default=name == default,
                device=device.get(name, ""),
            )
        )
    return sorted(queues, key=lambda q: q.name.casefold())


def parse_jobs(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Jobs from ``lpstat -l -o``: job id → (status message, job-state-reasons)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    current = ""
    for line in text.splitlines():
        if m := _JOB_LINE.match(line):
            current = m.group(1)
            out[current] = ("", ())
            continue
        body = line.strip()
        if not current or not body:
            continue
        status, reasons = out[current]
        if body.startswith("Status:"):
            out[current] = (body.partition(":")[2].strip(), reasons)
        elif body.startswith("Alerts:"):
            found = tuple(r for r in body.partition(":")[2].replace(",", " ").split() if r)
            out[current] = (status, found)
    return out


def _active_state(entry: tuple[str, tuple[str, ...]], queue_stopped: bool) -> JobState:
    message, reasons = entry
    if "job-completed-with-errors" in reasons or "job-stopped" in reasons:
        return JobState("held", message or "the job stopped with errors", reasons)
    if queue_stopped or any(r.startswith("job-hold") for r in reasons):
        return JobState("held", message, reasons)
    if "job-printing" in reasons or "job-transforming" in reasons:
        return JobState("processing", message, reasons)
    return JobState("pending", message, reasons)


def _finished_state(entry: tuple[str, tuple[str, ...]] | None) -> JobState:
    if entry is None:  # no history kept (PreserveJobHistory No): it left the queue
        return JobState("completed", "")
    message, reasons = entry
    if _CANCELLED_REASONS & set(reasons):
        return JobState("cancelled", message, reasons)
    if _FAILED_REASONS & set(reasons) or any("aborted" in r for r in reasons):
        return JobState("failed", message, reasons)
    return JobState("completed", message, reasons)


def _strip_tool(message: str) -> str:
    """``lp: Error - something`` → ``something``."""
    text = re.sub(r"^\w+:\s*", "", message.strip())
    return re.sub(r"^Error\s*-\s*", "", text)
