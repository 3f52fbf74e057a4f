"""``forumdesk meetings``: automatic scheduling, agendas (PDF and iCalendar), sheets, grid, list.

``schedule --json`` prints ``{"placed": [...], "unplaced": [...]}``; ``placed`` lists the
meetings this run booked (meetings booked before stay where they are and are not listed;
``meetings list --json`` shows every meeting). Delegations are named as imported, times are
ISO 8601 in the event's time zone with its offset, tables by name, interpreters by name.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    open_forum,
    print_json,
)
from desktop.desk import Forum
from desktop.errors import NotFound

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    meetings = sub.add_parser(
        "meetings",
        help="bilateral meetings: schedule, agendas, table sheets, grid",
        description="Bilateral meetings between delegations.",
    )
    msub = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True)

    p = msub.add_parser(
        "schedule",
        help="place the open requests automatically and book them",
        description="Place as many requested meetings as possible, weighted by priority, "
        "around the meetings already booked (never moved). Books the placements "
        "(provisional until the server confirms).",
    )
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--time-limit", type=float, default=8.0, metavar="S", help="seconds (default 8)")
    p.add_argument("--dry-run", action="store_true", help="compute, but book nothing")
    p.set_defaults(handler=run_schedule)

    p = msub.add_parser("agenda", help="a delegation's agenda as PDF (and/or iCalendar)")
    add_db_argument(p)
    p.add_argument("--delegation", required=True, metavar="D", help="the delegation's name")
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--ics", metavar="FILE.ics", help="also (or only) write an iCalendar file")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=run_agenda)

    p = msub.add_parser("ics", help="a delegation's agenda as iCalendar")
    add_db_argument(p)
    p.add_argument("--delegation", required=True, metavar="D")
    p.add_argument("--out", required=True, metavar="FILE.ics")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=run_ics)

    p = msub.add_parser("table-sheet", help="one table's (or room's) meetings as PDF")
    add_db_argument(p)
    p.add_argument("--table", required=True, metavar="T", help="the table's or room's name")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=run_table_sheet)

    p = msub.add_parser("grid", help="the whole grid (slots × tables) as PDF")
    add_db_argument(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="one day only")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=run_grid)

    p = msub.add_parser("list", help="the booked meetings")
    add_db_argument(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include cancelled meetings")
    p.set_defaults(handler=run_list)


def _out(value: str, suffix: str) -> Path:
    out = Path(value).expanduser()
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name such as agenda{suffix}", EXIT_USAGE)
    if not out.parent.exists():
        raise CliError(f"the folder {out.parent} does not exist", EXIT_USAGE)
    return out


def run_schedule(args: argparse.Namespace) -> int:
    forum = open_forum(args)
    try:
        board_zone = forum.meetings.board().zone
        run = forum.meetings.schedule(time_limit=args.time_limit, write=not args.dry_run)
        board = forum.meetings.board()
        r = run.result
        placed = []
        for p in sorted(
            r.placed,
            key=lambda p: (board.slot_by_id[p.slot_id].start, board.table_by_id[p.table_id].sort),
        ):
            slot = board.slot_by_id[p.slot_id]
            interp = board.interpreter_by_id.get(p.interpreter_id) if p.interpreter_id else None
            placed.append(
                {
                    "delegations": [board.delegation_name(d) for d in p.delegation_ids],
                    "start": slot.start.astimezone(board_zone).isoformat(),
                    "end": slot.end.astimezone(board_zone).isoformat(),
                    "table": board.table_by_id[p.table_id].name,
                    "interpreter": interp.name if interp else None,
                }
            )
        unplaced = [
            {
                "delegations": [board.delegation_name(d) for d in u.delegation_ids],
                "reason": u.reason,
            }
            for u in r.unplaced
        ]
    finally:
        forum.close()
    if args.json:
        print_json({"placed": placed, "unplaced": unplaced})
    else:
        verb = "would place" if args.dry_run else "placed"
        print(
            f"{verb} {len(placed)} meetings (priority weight {r.weight}, proven bound {r.bound:.0f}, "
            f"{100 * r.ratio:.1f} %, {r.status.lower()}, {r.seconds:.1f} s); {len(unplaced)} not placed"
        )
        for item in unplaced:
            print(f"  not placed: {' – '.join(item['delegations'])}: {item['reason']}")
    return EXIT_OK


def _delegation(forum: Forum, name: str) -> str:
    try:
        return forum.meetings.find_delegation(name).id
    except NotFound as exc:
        raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc


def run_agenda(args: argparse.Namespace) -> int:
    if not args.out and not args.ics:
        raise CliError("give --out FILE.pdf and/or --ics FILE.ics", EXIT_USAGE)
    pdf = _out(args.out, ".pdf") if args.out else None
    ics = _out(args.ics, ".ics") if args.ics else None
    forum = open_forum(args)
    written: dict[str, Any] = {"delegation": args.delegation}
    try:
        did = _delegation(forum, args.delegation)
        if pdf is not None:
            n = forum.meetings.agenda_pdf(did, pdf)
            written.update(meetings=n, out=str(pdf))
            if not args.json:
                print(f"agenda with {n} meeting{'s' if n != 1 else ''} written to {pdf}")
        if ics is not None:
            n = forum.meetings.agenda_ics(did, ics)
            written.update(meetings=n, ics=str(ics))
            if not args.json:
                print(f"calendar with {n} meeting{'s' if n != 1 else ''} written to {ics}")
    finally:
        forum.close()
    if args.json:
        print_json(written)
    return EXIT_OK


def run_ics(args: argparse.Namespace) -> int:
    out = _out(args.out, ".ics")
    forum = open_forum(args)
    try:
        did = _delegation(forum, args.delegation)
        n = forum.meetings.agenda_ics(did, out)
    finally:
        forum.close()
    _written(args, f"calendar with {n} meeting{'s' if n != 1 else ''} written to {out}",
             delegation=args.delegation, meetings=n, out=str(out))  # fmt: skip
    return EXIT_OK


def _written(args: argparse.Namespace, text: str, **data: Any) -> None:
    """What a command wrote: JSON with --json, else one line."""
    if getattr(args, "json", False):
        print_json(data)
    else:
        print(text)


def run_table_sheet(args: argparse.Namespace) -> int:
    out = _out(args.out, ".pdf")
    forum = open_forum(args)
    try:
        try:
            table = forum.meetings.find_table(args.table)
        except NotFound as exc:
            raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc
        n = forum.meetings.table_sheet_pdf(table.id, out)
    finally:
        forum.close()
    _written(args, f"{table.name}: {n} meeting{'s' if n != 1 else ''} written to {out}",
             table=table.name, meetings=n, out=str(out))  # fmt: skip
    return EXIT_OK


def run_grid(args: argparse.Namespace) -> int:
    out = _out(args.out, ".pdf")
    day = None
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError as exc:
            raise CliError(
                f"--day {args.day!r} is not a date such as 2026-06-02", EXIT_USAGE
            ) from exc
    forum = open_forum(args)
    try:
        n = forum.meetings.grid_pdf(out, day)
    finally:
        forum.close()
    _written(args, f"grid with {n} meeting{'s' if n != 1 else ''} written to {out}",
             day=day.isoformat() if day else None, meetings=n, out=str(out))  # fmt: skip
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    forum = open_forum(args)
    try:
        zone = forum.meetings.board().zone
        views = forum.meetings.meetings(include_inactive=args.all)
    finally:
        forum.close()
    rows: list[dict[str, Any]] = [
        {
            "id": v.id,
            "delegations": list(v.delegations),
            "start": v.start.astimezone(zone).isoformat(),
            "end": v.end.astimezone(zone).isoformat(),
            "table": v.table,
            "interpreter": v.interpreter or None,
            "purpose": v.purpose,
            "status": v.status,
            "provisional": v.provisional,
        }
        for v in views
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            flag = " (provisional)" if row["provisional"] else ""
            sys.stdout.write(
                f"{row['start'][:16].replace('T', ' ')}  {row['table']:<10}  "
                f"{' – '.join(row['delegations'])}  [{row['purpose']}, {row['status']}{flag}]\n"
            )
    return EXIT_OK
