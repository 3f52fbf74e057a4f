"""The printing service's rules, on a scripted print system (no CUPS needed): what is
logged when, what a held or refused job does to the log, and how prints sync."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from desktop.db.models import ChangeLog
from desktop.desk import Forum
from desktop.printing import (
    JobRequest,
    JobState,
    PaperSource,
    PrinterQueue,
    PrinterRefusing,
    SubmittedJob,
    UnknownPrinter,
    job_options,
    media_for,
)
from desktop.printing.cups import parse_jobs, parse_queues


class ScriptedSpooler:
    """A print system whose queues and job states a test scripts."""

    name = "scripted"
    follows_jobs = True

    def __init__(self) -> None:
        self.queue_list = [PrinterQueue("Badges", "idle", True, is_default=True)]
        self.requests: list[tuple[JobRequest, int]] = []
        self.states: dict[str, JobState] = {}
        self.after_submit: dict[int, JobState] = {}
        self.refuse_from = 10**9
        self.cancelled: list[str] = []

    def queues(self) -> list[PrinterQueue]:
        return list(self.queue_list)

    def paper_sources(self, queue: str) -> list[PaperSource]:
        return []

    def submit(self, pdf: Path, request: JobRequest) -> SubmittedJob:
        n = len(self.requests) + 1
        if n >= self.refuse_from:
            raise PrinterRefusing(request.queue, "rejecting", "Closed for the night")
        self.requests.append((request, pdf.stat().st_size))
        job = SubmittedJob(f"{request.queue}-{n}", request.queue)
        self.states[job.job_id] = self.after_submit.get(n, JobState("completed"))
        return job

    def job_states(self, jobs: list[SubmittedJob]) -> dict[str, JobState]:
        return {j.job_id: self.states[j.job_id] for j in jobs}

    def cancel(self, job: SubmittedJob) -> None:
        self.cancelled.append(job.job_id)


@pytest.fixture
def spooler(demo_forum: Forum) -> ScriptedSpooler:
    s = ScriptedSpooler()
    demo_forum.printing.spooler = s
    demo_forum.printing.poll_interval = 0.01
    demo_forum.printing.held_grace = 0.05
    return s


def _codes(forum: Forum, n: int) -> list[str]:
    return forum.badges.select()[:n]


def test_every_job_carries_the_layouts_paper_full_page_in_colour(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    for layout in ("a6", "cr80", "label4x3", "a4-sheet"):
        demo_forum.printing.print_badges(_codes(demo_forum, 1), layout=layout)
    sent = [dict(r.options) for r, _ in spooler.requests]
    assert [o["media"] for o in sent] == [
        "Custom.105x148mm",
        "Custom.85.6x54mm",
        "Custom.4x3in",
        "Custom.210x297mm",
    ]
    for options in sent:
        assert options["fit-to-page"] == "false" and options["print-scaling"] == "none"
        assert options["print-color-mode"] == "color" and options["sides"] == "one-sided"


def test_the_media_matches_each_layouts_page() -> None:
    from desktop.badges.layouts import LAYOUTS

    for name, layout in LAYOUTS.items():
        w, h = media_for(name).size_points
        assert abs(w - layout.page_size[0]) < 0.5 and abs(h - layout.page_size[1]) < 0.5
        assert dict(job_options(name))["media"] == media_for(name).media
        assert media_for(name).raster_dpi <= 600


def test_job_titles_name_the_badge_or_the_batch_never_a_person(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    codes = _codes(demo_forum, 25)
    one = demo_forum.printing.print_badges(codes[:1])
    batch = demo_forum.printing.print_badges(codes, pages_per_job=10)
    assert one.outcomes[0].title == f"ForumDesk badge {codes[0]}"
    assert [o.title for o in batch.outcomes] == [
        f"ForumDesk batch {batch.batch} part {i}/3 ({n} badges)"
        for i, n in ((1, 10), (2, 10), (3, 5))
    ]
    names = {p.latin_name for p in demo_forum.participants.summaries()} | {
        p.native_name for p in demo_forum.participants.summaries()
    }
    assert not any(n and n in r.title for r, _ in spooler.requests for n in names)


def test_a_job_held_on_a_stopped_printer_is_cancelled_and_logged_as_failed(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    spooler.after_submit[1] = JobState(
        "held", "The printer is not responding.", ("printer-stopped",)
    )
    codes = _codes(demo_forum, 3)
    run = demo_forum.printing.print_badges(codes, wait=5)
    assert not run.ok
    [outcome] = run.outcomes
    assert outcome.status == "failed" and outcome.problem == "job_held"
    assert outcome.message == "The printer is not responding."
    assert spooler.cancelled == [outcome.job_id]
    assert not any(demo_forum.badges.was_printed(c) for c in codes)
    with demo_forum.session() as s:
        ops = [c.op for c in s.scalars(select(ChangeLog).where(ChangeLog.entity == "badge"))]
    assert ops.count("print") == 3 and ops.count("print_failed") == 3


def test_two_jobs_held_in_the_same_poll_are_both_cancelled_and_logged_as_failed(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    """A stopped printer holds every job of a batch: none of them may stay logged as
    printed (the second failure of one poll was once skipped)."""
    spooler.after_submit[1] = JobState("held", "Paused.", ("paused",))
    spooler.after_submit[2] = JobState("held", "Paused.", ("paused",))
    demo_forum.printing.held_grace = 60  # so both are given up together, at the last poll
    codes = _codes(demo_forum, 4)
    run = demo_forum.printing.print_badges(codes, pages_per_job=2, wait=0.3)
    assert [o.status for o in run.outcomes] == ["failed", "failed"]
    assert sorted(spooler.cancelled) == sorted(o.job_id for o in run.outcomes)
    assert not any(demo_forum.badges.was_printed(c) for c in codes)


def test_a_run_sent_without_waiting_is_followed_apart(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    """Print on arrival sends with wait=0 (back as soon as the queue took the job) and
    follows the job apart: printed, failed (cancelled and logged failed) or, when told to
    stop, left as it is."""
    service = demo_forum.printing
    first, second, third = _codes(demo_forum, 3)
    run = service.print_badges([first], wait=0, once=True, source="arrival")
    assert [o.status for o in run.outcomes] == ["queued"]
    assert service.follow(run, 5) is run and run.outcomes[0].status == "printed"

    spooler.after_submit[2] = JobState("held", "Out of cards.", ("printer-stopped",))
    run = service.print_badges([second], wait=0, once=True, source="arrival")
    assert demo_forum.badges.was_printed(second)  # logged when the queue took it
    service.follow(run, 5)
    assert run.outcomes[0].status == "failed" and run.outcomes[0].message == "Out of cards."
    assert spooler.cancelled == [run.outcomes[0].job_id]
    assert not demo_forum.badges.was_printed(second)

    spooler.after_submit[3] = JobState("pending")
    run = service.print_badges([third], wait=0, once=True, source="arrival")
    service.follow(run, 30, stop=lambda: True)
    assert run.outcomes[0].status == "queued"


def test_a_queue_that_stops_mid_batch_sends_nothing_more(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    spooler.refuse_from = 2
    codes = _codes(demo_forum, 30)
    run = demo_forum.printing.print_badges(codes, pages_per_job=10)
    assert [o.status for o in run.outcomes] == ["printed", "refused", "not_sent"]
    assert run.outcomes[1].problem == "queue_rejecting"
    printed = demo_forum.badges.print_status(codes)
    assert sum(s.prints for s in printed.values()) == 10
    failed = demo_forum.printing.failed_jobs()
    assert sorted(c for j in failed for c in j.codes) == sorted(codes[10:])


def test_an_unknown_or_refusing_printer_raises_before_anything_is_sent(
    demo_forum: Forum, spooler: ScriptedSpooler
) -> None:
    code = _codes(demo_forum, 1)
    with pytest.raises(UnknownPrinter) as err:
        demo_forum.printing.print_badges(code, printer="Zebra_GX420d")
    assert err.value.params["queues"] == ["Badges"]
    spooler.queue_list = [PrinterQueue("Badges", "stopped", True, "Out of cards", is_default=True)]
    with pytest.raises(PrinterRefusing, match="paused"):
        demo_forum.printing.print_badges(code)
    assert spooler.requests == []
    assert not demo_forum.badges.was_printed(code[0])
    assert [j.problem for j in demo_forum.printing.failed_jobs()] == [
        "queue_stopped",
        "unknown_printer",
    ]


def test_failed_prints_sync_to_other_desks_as_failed(
    demo_db: Path, tmp_path: Path, spooler: ScriptedSpooler, demo_forum: Forum
) -> None:
    from desktop.sync import protocol as p
    from desktop.sync.apply import PageApplier

    other_path = tmp_path / "other.db"
    shutil.copy(demo_db, other_path)
    codes = _codes(demo_forum, 2)
    demo_forum.printing.print_badges(codes[:1])
    spooler.after_submit[2] = JobState("failed", "Filter failed")
    demo_forum.printing.print_badges(codes[1:])
    with demo_forum.session() as s:
        rows = list(s.scalars(select(ChangeLog).where(ChangeLog.entity == "badge")))
        wire: list[dict[str, Any]] = [
            {
                "seq": i + 1,
                "id": str(c.id),
                "entity": c.entity,
                "entity_id": c.entity_id,
                "op": c.op,
                "data": c.data,
                "hlc": c.hlc,
                "origin": "Desk A",
                "operator": "",
                "at": c.at.isoformat(),
                "desk_id": None,
            }
            for i, c in enumerate(rows)
        ]
    other = Forum.open(other_path)
    try:
        page = p.parse_page(orjson.dumps({"changes": wire, "next": len(wire), "more": False}))
        with other.session() as s:
            PageApplier(s, "").apply_page(page.changes)
        assert other.badges.was_printed(codes[0])
        assert not other.badges.was_printed(codes[1])
    finally:
        other.close()


# -- reading lpstat ---------------------------------------------------------------------
LPSTAT = """system default destination: Office
printer Cards disabled since Fri Dec  4 17:25:36 2026 -
\tOut of cards
\tForm mounted:
\tDescription: Card printer
\tAlerts: paused
printer Office is idle.  enabled since Fri Dec  4 17:24:14 2026
\tForm mounted:
\tDescription: Office laser
printer Labels now printing Labels-7.  enabled since Fri Dec  4 17:24:14 2026
Cards accepting requests since Fri Dec  4 17:25:36 2026
Office not accepting requests since Fri Dec  4 17:24:14 2026 -
\tClosed for the night
Labels accepting requests since Fri Dec  4 17:24:14 2026
device for Cards: usb://Evolis/Primacy
device for Office: ipp://10.0.0.5/ipp/print
"""


def test_lpstat_queues_are_read_with_their_state() -> None:
    queues = {q.name: q for q in parse_queues(LPSTAT)}
    assert queues["Cards"].status == "stopped" and queues["Cards"].message == "Out of cards"
    assert not queues["Cards"].ready and queues["Cards"].description == "Card printer"
    assert queues["Office"].is_default and not queues["Office"].accepting
    assert queues["Office"].message == "Closed for the night"
    assert queues["Labels"].status == "printing" and queues["Labels"].ready
    assert queues["Cards"].device == "usb://Evolis/Primacy"


def test_lpstat_jobs_are_read_with_their_reasons() -> None:
    text = (
        "Office-12               root            260096   Fri Dec  4 17:30:02 2026\n"
        "\tStatus: The printer is not responding.\n"
        "\tAlerts: printer-stopped\n"
        "\tqueued for Office\n"
        "Office-13               root            1024   Fri Dec  4 17:30:02 2026\n"
        "\tAlerts: job-canceled-by-user\n"
    )
    jobs = parse_jobs(text)
    assert jobs["Office-12"] == ("The printer is not responding.", ("printer-stopped",))
    assert jobs["Office-13"] == ("", ("job-canceled-by-user",))


def test_participants_can_be_named_by_id(demo_forum: Forum, spooler: ScriptedSpooler) -> None:
    code = _codes(demo_forum, 1)[0]
    pid = uuid.UUID(demo_forum.participants.get(code).id)
    run = demo_forum.printing.print_badges([pid], source="arrival", once=True)
    assert run.printed_codes == [code]
