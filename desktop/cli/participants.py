"""Sub-commands for the forum's people: demo, import, search."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    db_path,
    open_forum,
    print_json,
    remove_database,
)
from desktop.console import same_destination
from desktop.desk import Forum
from desktop.errors import ImportRejected


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="write a realistic demo forum into a new database")
    add_db_argument(demo)
    demo.add_argument(
        "--participants", type=int, default=2000, metavar="N", help="how many (default 2000)"
    )
    demo.add_argument(
        "--seed", type=int, default=2026, metavar="S", help="random seed (default 2026)"
    )
    demo.add_argument("--json", action="store_true", help="print a JSON summary")
    demo.set_defaults(handler=run_demo)

    imp = sub.add_parser("import", help="import participants from a CSV or XLSX file")
    imp.add_argument("file", help="the CSV or XLSX file")
    add_db_argument(imp)
    imp.add_argument("--check", action="store_true", help="only check the file, write nothing")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=run_import)

    search = sub.add_parser(
        "search", help="find participants by name in any script, code or delegation"
    )
    search.add_argument("text", help="what to look for")
    add_db_argument(search)
    search.add_argument(
        "--limit", type=int, default=10, metavar="N", help="how many results (default 10)"
    )
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.set_defaults(handler=run_search)


def run_demo(args: argparse.Namespace) -> int:
    from desktop.demo.generator import generate_demo

    if args.participants < 1 or args.participants > 1_000_000:
        raise CliError("--participants must be between 1 and 1,000,000", EXIT_USAGE)
    path = db_path(args)
    forum = Forum.open(path)
    try:
        if forum.has_event():
            raise CliError(f"{path} already holds a forum; give a new file to --db", EXIT_USAGE)
        summary = generate_demo(forum, args.participants, args.seed)
    finally:
        forum.close()
    if args.json:
        print_json({**summary.__dict__, "db": str(path)})
    else:
        print(f"{summary.text()}\nDatabase: {path}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Import (or ``--check``) a file; exit 2 with the row report when any row is invalid.

    Nothing is written for a rejected file: not even the database file, when this
    command would have created it.
    """
    path = db_path(args)
    created = not path.exists()
    forum = open_forum(args, must_exist=False)
    try:
        if args.check:
            report = forum.importer.check(args.file)
        else:
            report = forum.importer.import_file(args.file)
    except ImportRejected as exc:
        report = exc.report
    finally:
        forum.close()
    if created and (args.check or not report.ok):
        remove_database(path)
    # The report is the command's output (stdout). A refused file is an error too, so the
    # problems also go to stderr, unless both streams end in the same place (a terminal,
    # 2>&1), where they would show twice.
    if args.json:
        print_json(report.to_json())
    else:
        print(report.text())
    if not report.ok:
        sys.stdout.flush()
        if args.json or not same_destination(sys.stdout, sys.stderr):
            print(f"forumdesk: {report.problems_text()}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_USAGE


def run_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1", EXIT_USAGE)
    forum = open_forum(args)
    try:
        results = forum.search.query(args.text, limit=args.limit)
    finally:
        forum.close()
    if args.json:
        print_json([r.to_json() for r in results])
    elif not results:
        print("No one found.")
    else:
        for r in results:
            names = (
                r.native_name
                if r.native_name == r.latin_name
                else f"{r.native_name} / {r.latin_name}"
            )
            print(
                f"{r.registration_code:14} {names}  —  {r.delegation}, {r.country_name} ({r.category_name})"
            )
    return EXIT_OK
