"""Printing badges through a real CUPS queue: sizes, QR codes, and no silent outcome.

Each test makes its own queues in a private scheduler (tests/cups_support.py): a
cups-pdf queue whose output the test reads back, a queue it rejects or pauses, a queue
whose printer never answers, and a printer name that does not exist.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cups_support import CupsServer, Queues, pdf_pages, qr_texts

pytestmark = pytest.mark.timeout(180)

MM = 72 / 25.4
#: Page size of each layout in points, as CUPS writes custom sizes (whole points).
SIZES = {
    "a6": (105 * MM, 148 * MM),
    "cr80": (85.6 * MM, 54 * MM),
    "label4x3": (4 * 72, 3 * 72),
    "a4-sheet": (210 * MM, 297 * MM),
}


def _cli(*args: str, cups: CupsServer) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "CUPS_SERVER": str(cups.socket)},
        timeout=150,
        check=False,
    )


def _codes(forum, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        p.registration_code for p in forum.participants.summaries() if p.status == "registered"
    ][:n]


@pytest.mark.parametrize("layout", list(SIZES))
def test_each_layout_prints_at_its_own_size_with_a_readable_qr(
    layout: str, demo_forum, cups_queues: Queues
) -> None:  # type: ignore[no-untyped-def]
    queue = cups_queues.pdf()
    codes = _codes(demo_forum, 1)
    run = demo_forum.printing.print_badges(codes, layout=layout, printer=queue, source="test")
    assert run.ok, run.to_json()
    [outcome] = run.outcomes
    assert outcome.status == "printed"
    assert outcome.job_id.startswith(queue + "-")
    assert outcome.title == f"ForumDesk badge {codes[0]}"
    out = cups_queues.output(outcome.job_id)
    [(w, h)] = pdf_pages(out)
    want_w, want_h = SIZES[layout]
    # The page is the layout's paper (CUPS rounds custom sizes to whole points), never
    # A4 for an A6 badge nor A6 for a card.
    assert abs(w - want_w) <= 1.0 and abs(h - want_h) <= 1.0, (layout, w, h)
    assert qr_texts(out) == [demo_forum.checkin.qr_for(codes[0])]
    assert demo_forum.badges.was_printed(codes[0])
    status = demo_forum.badges.print_status(codes)[codes[0]]
    assert status.prints == 1 and status.last_layout == layout


def test_a_batch_goes_in_small_jobs_named_after_the_batch(demo_forum, cups_queues: Queues) -> None:  # type: ignore[no-untyped-def]
    queue = cups_queues.pdf()
    codes = _codes(demo_forum, 12)
    run = demo_forum.printing.print_badges(
        codes, layout="a6", printer=queue, source="batch", pages_per_job=5
    )
    assert run.ok and [len(o.codes) for o in run.outcomes] == [5, 5, 2]
    assert all(o.title.startswith(f"ForumDesk batch {run.batch} part ") for o in run.outcomes)
    total = sum(len(pdf_pages(cups_queues.output(o.job_id))) for o in run.outcomes)
    assert total == 12
    assert sum(s.prints for s in demo_forum.badges.print_status(codes).values()) == 12


def test_a_rejecting_queue_prints_nothing_and_logs_nothing(demo_forum, cups_queues: Queues) -> None:  # type: ignore[no-untyped-def]
    from desktop.printing import PrinterRefusing

    queue = cups_queues.pdf()
    cups_queues.reject(queue)
    codes = _codes(demo_forum, 2)
    with pytest.raises(PrinterRefusing) as err:
        demo_forum.printing.print_badges(codes, printer=queue)
    assert "not accepting" in err.value.message and "Closed for the night" in err.value.message
    assert not any(demo_forum.badges.was_printed(c) for c in codes)


def test_a_paused_queue_prints_nothing_and_logs_nothing(demo_forum, cups_queues: Queues) -> None:  # type: ignore[no-untyped-def]
    from desktop.printing import PrinterRefusing

    queue = cups_queues.pdf()
    cups_queues.pause(queue)
    codes = _codes(demo_forum, 1)
    with pytest.raises(PrinterRefusing) as err:
        demo_forum.printing.print_badges(codes, printer=queue)
    assert "paused" in err.value.message and "Out of cards" in err.value.message
    assert not demo_forum.badges.was_printed(codes[0])
    # Nothing waits in the paused queue to come out later either.
    assert cups_queues.server.run("lpstat", "-o", queue, check=False).stdout.strip() == ""


def test_an_unknown_printer_is_an_error_never_the_default(demo_forum, cups_queues: Queues) -> None:  # type: ignore[no-untyped-def]
    from desktop.printing import UnknownPrinter

    queue = cups_queues.pdf()
    cups_queues.server.run("lpadmin", "-d", queue)  # a default exists: it must not be used
    codes = _codes(demo_forum, 1)
    before = set(cups_queues.server.pdf_dir.iterdir())
    with pytest.raises(UnknownPrinter) as err:
        demo_forum.printing.print_badges(codes, printer="Zebra_GX420d")
    assert "Zebra_GX420d" in err.value.message and queue in err.value.params["queues"]
    assert set(cups_queues.server.pdf_dir.iterdir()) == before
    assert not demo_forum.badges.was_printed(codes[0])


def test_a_job_that_fails_after_submission_is_logged_as_failed(
    demo_forum, cups_queues: Queues
) -> None:  # type: ignore[no-untyped-def]
    queue = cups_queues.dead()
    codes = _codes(demo_forum, 2)
    run = demo_forum.printing.print_badges(codes, printer=queue, wait=40, source="kiosk")
    assert not run.ok
    [outcome] = run.outcomes
    assert outcome.status == "failed" and outcome.job_id
    assert "not responding" in outcome.message or "stopped" in outcome.message
    # The job was cancelled, so it cannot print by surprise when the printer comes back.
    assert outcome.job_id not in cups_queues.server.run("lpstat", "-o", queue, check=False).stdout
    assert not any(demo_forum.badges.was_printed(c) for c in codes)
    failed = demo_forum.printing.failed_jobs()
    assert [sorted(j.codes) for j in failed] == [sorted(codes)]
    assert failed[0].printer == queue and failed[0].problem == "job_failed"
    # One retry on a working queue prints them and the failure leaves the list.
    good = cups_queues.pdf()
    retried = demo_forum.printing.retry(failed[0], printer=good)
    assert retried.ok
    assert all(demo_forum.badges.was_printed(c) for c in codes)
    assert demo_forum.printing.failed_jobs() == []


def test_print_once_never_prints_a_badge_twice(demo_forum, cups_queues: Queues) -> None:  # type: ignore[no-untyped-def]
    queue = cups_queues.pdf()
    code = _codes(demo_forum, 1)[0]
    first = demo_forum.printing.print_badges([code], printer=queue, once=True, source="arrival")
    second = demo_forum.printing.print_badges([code], printer=queue, once=True, source="arrival")
    assert first.ok and first.printed_codes == [code]
    assert second.outcomes == [] and second.skipped == (code,)
    assert demo_forum.badges.print_status([code])[code].prints == 1


# -- the command line -----------------------------------------------------------------
def test_cli_print_to_a_queue_exits_0_and_logs_each_badge(
    demo_db: Path, tmp_path: Path, cups_queues: Queues
) -> None:
    import shutil

    db = tmp_path / "forum.db"
    shutil.copy(demo_db, db)
    queue = cups_queues.pdf()
    from desktop.desk import Forum

    forum = Forum.open(db)
    codes = _codes(forum, 3)
    forum.close()
    args = ["print", "--db", str(db), "--printer", queue, "--layout", "cr80", "--json"]
    for c in codes:
        args += ["--participant", c]
    result = _cli(*args, cups=cups_queues.server)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["printed"] == 3 and report["layout"] == "cr80"
    [job] = report["jobs"]
    out = cups_queues.output(job["job"])
    assert len(pdf_pages(out)) == 3
    forum = Forum.open(db)
    assert all(forum.badges.was_printed(c) for c in codes)
    forum.close()


@pytest.mark.parametrize("trouble", ["reject", "pause", "missing"])
def test_cli_print_exits_2_and_logs_nothing_when_the_queue_refuses(
    trouble: str, demo_db: Path, tmp_path: Path, cups_queues: Queues
) -> None:
    import shutil

    from desktop.desk import Forum

    db = tmp_path / "forum.db"
    shutil.copy(demo_db, db)
    queue = cups_queues.pdf()
    if trouble == "reject":
        cups_queues.reject(queue)
    elif trouble == "pause":
        cups_queues.pause(queue)
    name = "Zebra_GX420d" if trouble == "missing" else queue
    forum = Forum.open(db)
    code = _codes(forum, 1)[0]
    forum.close()
    result = _cli(
        "print", "--db", str(db), "--printer", name, "--participant", code, cups=cups_queues.server
    )
    assert result.returncode == 2, (result.stdout, result.stderr)
    message = result.stderr
    assert name in message and "nothing printed" in message
    assert "Traceback" not in message
    if trouble == "missing":
        assert queue in message, "the message lists the printers there are"
    else:
        assert {"reject": "not accepting", "pause": "paused"}[trouble] in message
    forum = Forum.open(db)
    assert not forum.badges.was_printed(code)
    forum.close()


def test_cli_printers_lists_the_queues_and_their_state(cups_queues: Queues) -> None:
    ready = cups_queues.pdf()
    paused = cups_queues.pdf()
    closed = cups_queues.pdf()
    cups_queues.pause(paused)
    cups_queues.reject(closed)
    result = _cli("printers", "--json", cups=cups_queues.server)
    assert result.returncode == 0, result.stderr
    queues = {q["name"]: q for q in json.loads(result.stdout)}
    assert queues[ready]["ready"] and queues[ready]["state"] == "idle"
    assert queues[paused]["state"] == "stopped" and not queues[paused]["ready"]
    assert queues[paused]["message"] == "Out of cards"
    assert not queues[closed]["accepting"] and queues[closed]["message"] == "Closed for the night"
    text = _cli("printers", cups=cups_queues.server).stdout
    assert f"{paused}: stopped - Out of cards" in text
