"""``forumdesk print`` and ``forumdesk printers``: badges through the OS print queue.

The same printing service as the GUI: the page size comes from the layout, a printer
name that is not a queue is refused (never the default instead), and only what a queue
accepted is logged. Exit 0 only when every job was accepted and none failed.
"""

from __future__ import annotations

import argparse
import logging
import sys

from desktop.cli.badges import add_selection_arguments, selection_of
from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    open_forum,
    print_json,
)
from desktop.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)

#: Exit code of a print that did not fully go through (the SPEC's contract).
EXIT_NOT_PRINTED = 2
#: What went wrong with a job, by the printing service's problem code.
PROBLEMS = {
    "queue_rejecting": "the printer is not accepting jobs",
    "queue_stopped": "the printer is paused",
    "queue_refused": "the printer refused the job",
    "job_failed": "the job failed after the printer took it",
    "job_held": "the job was held on a stopped printer and cancelled",
    "job_cancelled": "the job was cancelled in the print queue",
    "not_sent": "not sent after an earlier job went wrong",
    "cancelled": "cancelled",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "print",
        help="print badges through the OS print queue",
        description="Print badges on an OS print queue (CUPS), with the page size of the "
        "layout, full page, in colour. Without --participant, --delegation or --category: "
        "every registered participant. Exit 0 only when every job was accepted; exit 2 "
        "with a message otherwise (unknown printer, a queue refusing jobs, a job that "
        "failed). Only what the queue accepted is logged as printed.",
    )
    add_db_argument(cmd)
    cmd.add_argument(
        "--printer", default="", metavar="NAME", help="the queue (default: the system default)"
    )
    add_selection_arguments(cmd)
    cmd.add_argument(
        "--paper-source", default="", metavar="TRAY", help="the printer's tray (InputSlot)"
    )
    cmd.add_argument(
        "--wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="follow the jobs this long after the last was accepted (default 60)",
    )
    cmd.add_argument("--json", action="store_true", help="print each job's outcome as JSON")
    cmd.set_defaults(handler=run_print)

    printers = sub.add_parser(
        "printers",
        help="the OS print queues and their state",
        description="The OS print "
        "queues (CUPS) with their state: idle, printing or stopped, and accepting jobs or not.",
    )
    printers.add_argument("--json", action="store_true", help="print the queues as JSON")
    printers.set_defaults(handler=run_printers)


def run_print(args: argparse.Namespace) -> int:
    from desktop.printing import PrintingError

    if args.wait < 0:
        raise CliError("--wait must be 0 or more seconds", EXIT_USAGE)
    selection = selection_of(args)
    forum = open_forum(args)
    try:
        try:
            codes = forum.badges.select(selection)
            if not codes:
                raise NotFound("no participants to print badges for", what="selection")
            run = forum.printing.print_badges(
                codes,
                layout=args.layout,
                printer=args.printer or None,
                paper_source=args.paper_source,
                source="cli",
                wait=args.wait,
            )
        except (NotFound, InvalidInput) as exc:
            raise CliError(f"{exc.message}; nothing printed", EXIT_USAGE) from exc
        except PrintingError as exc:
            if args.json:
                print_json({"ok": False, "error": exc.code, "message": exc.message, **exc.params})
            raise CliError(f"{exc.message}; nothing printed", EXIT_NOT_PRINTED) from exc
    finally:
        forum.close()
    if args.json:
        print_json(run.to_json())
    else:
        for o in run.outcomes:
            badges = f"{len(o.codes)} badge{'s' if len(o.codes) != 1 else ''}"
            what = {
                "printed": "printed",
                "queued": "in the queue",
                "failed": "FAILED",
                "refused": "REFUSED",
                "not_sent": "not sent",
            }[o.status]
            line = f"{o.job_id or '-'}: {badges} on {o.printer}: {what}"
            if not o.ok:
                line += f" - {PROBLEMS.get(o.problem, o.problem)}"
                if o.message:
                    line += f" ({o.message})"
            print(line)
    if not run.ok:
        failed = sum(len(o.codes) for o in run.failed)
        first = run.failed[0]
        why = PROBLEMS.get(first.problem, "the job failed")
        if first.message:
            why += f" ({first.message})"
        raise CliError(
            f"{failed} badge{'s' if failed != 1 else ''} not printed on {run.printer}: {why}",
            EXIT_NOT_PRINTED,
        )
    count = len(run.printed_codes)
    if not args.json:
        print(f"{count} badge{'s' if count != 1 else ''} sent to {run.printer}")
    return EXIT_OK


def run_printers(args: argparse.Namespace) -> int:
    from desktop.printing import PrintingError, system_spooler

    try:
        queues = system_spooler().queues()
    except PrintingError as exc:
        raise CliError(exc.message, EXIT_NOT_PRINTED) from exc
    if args.json:
        print_json([q.to_json() for q in queues])
        return EXIT_OK
    if not queues:
        print("no printers", file=sys.stderr)
        return EXIT_OK
    for q in queues:
        state = q.status if q.accepting else f"{q.status}, rejecting jobs"
        mark = " (default)" if q.is_default else ""
        line = f"{q.name}{mark}: {state}"
        if q.message:
            line += f" - {q.message}"
        print(line)
    return EXIT_OK
