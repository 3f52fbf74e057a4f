"""``forumdesk export``, ``forumdesk report`` and ``forumdesk stats``: the management's numbers.

Exit codes: 0 written, 1 an unexpected failure, 2 a bad argument (unknown export, file
extension or date), in which case no file is written.
"""

from __future__ import annotations

import argparse
import logging
from datetime import date
from pathlib import Path

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    open_forum,
    print_json,
)
from desktop.errors import InvalidInput
from desktop.reports.export import FORMATS, KINDS, check_output

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        help="export check-ins or attendance as CSV or XLSX",
        description="Every check-in fact, or every participant's attendance (first arrival, "
        "last seen, zones, status), to FILE.csv (UTF-8 with BOM) or FILE.xlsx. Cells that "
        "look like spreadsheet formulas are written as text.",
    )
    export.add_argument("kind", choices=KINDS, help="checkins or attendance")
    add_db_argument(export)
    export.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    export.add_argument(
        "--day", default=None, metavar="YYYY-MM-DD", help="only this day (event's time zone)"
    )
    export.add_argument("--json", action="store_true", help="print what was written as JSON")
    export.set_defaults(handler=run_export)

    report = sub.add_parser(
        "report",
        help="write the end-of-day PDF report",
        description="A4 PDF: totals, arrivals by category and country, arrivals over the day, "
        "heads of delegation and VIPs not arrived, per-zone counts.",
    )
    add_db_argument(report)
    report.add_argument(
        "--day", required=True, metavar="YYYY-MM-DD", help="the day, in the event's time zone"
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--json", action="store_true", help="print the day's totals as JSON")
    report.set_defaults(handler=run_report)

    stats = sub.add_parser(
        "stats",
        help="arrivals summary and the watch list",
        description="Arrivals by category, country, delegation and over time, and the heads "
        "of delegation and VIPs not yet arrived.",
    )
    add_db_argument(stats)
    stats.add_argument("--day", default=None, metavar="YYYY-MM-DD", help="only this day")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=run_stats)


def parse_day(text: str | None) -> date | None:
    """A YYYY-MM-DD date; a clear usage error otherwise."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(
            f"--day '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-03", EXIT_USAGE
        ) from None


def _checked_out(path_text: str, formats: tuple[str, ...]) -> Path:
    out = Path(path_text).expanduser()
    try:
        check_output(out, formats)
    except InvalidInput as exc:
        raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc
    return out


def run_export(args: argparse.Namespace) -> int:
    day = parse_day(args.day)
    out = _checked_out(args.out, FORMATS)
    forum = open_forum(args)
    try:
        count = forum.reports.export(args.kind, out, day)
    except InvalidInput as exc:
        raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc
    finally:
        forum.close()
    if args.json:
        print_json({"kind": args.kind, "rows": count, "out": str(out), "day": args.day})
    else:
        print(f"{count} {args.kind} row{'s' if count != 1 else ''} written to {out}")
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    day = parse_day(args.day)
    assert day is not None
    out = _checked_out(args.out, (".pdf",))
    forum = open_forum(args)
    try:
        totals = forum.reports.day_report(day, out)
    except InvalidInput as exc:
        raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc
    finally:
        forum.close()
    if args.json:
        print_json({"day": day.isoformat(), "out": str(out), "totals": totals.to_json()})
    else:
        print(
            f"End-of-day report for {day.isoformat()} written to {out}: "
            f"{totals.arrived} arrived of {totals.registered} registered, "
            f"{totals.rejections} rejection{'s' if totals.rejections != 1 else ''}"
        )
    return EXIT_OK


def run_stats(args: argparse.Namespace) -> int:
    day = parse_day(args.day)
    forum = open_forum(args)
    try:
        arrivals = forum.reports.arrivals(day)
        watch = forum.reports.watch_list(day)
    finally:
        forum.close()
    if args.json:
        data = arrivals.to_json()
        data["watch_list"] = [w.to_json() for w in watch]
        print_json(data)
        return EXIT_OK
    t = arrivals.totals
    print(f"{arrivals.event} — {args.day or 'all days'} ({arrivals.timezone})")
    print(
        f"registered {t.registered}, arrived {t.arrived}, not arrived {t.not_arrived}, "
        f"inside now {t.inside_now}, rejections {t.rejections}, flagged {t.flagged}"
    )
    for row in arrivals.by_category:
        print(f"  {row.label:<24} {row.arrived:>5} / {row.registered}")
    print(f"Not arrived yet ({len(watch)} heads of delegation and VIPs):")
    for w in watch:
        print(f"  {w.category_name}: {w.native_name} ({w.latin_name}), {w.delegation}, {w.country}")
    return EXIT_OK
