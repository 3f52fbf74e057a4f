"""The ``forumdesk-server`` command: run the central server, or administer it.

forumdesk-server [--database URL] [--host H] [--port P]
forumdesk-server event import FILE --database URL
forumdesk-server enroll-code --role desk|coordinator|admin --database URL
forumdesk-server desks list|revoke ID --database URL
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

from desktop import __version__
from desktop.db.engine import sqlite_url
from desktop.paths import data_dir

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

#: What ``forumdesk[server]`` installs: the HTTP server a desk's install leaves out.
SERVER_PACKAGES = frozenset({"fastapi", "starlette", "uvicorn", "httptools", "uvloop"})


def default_database_url() -> str:
    return sqlite_url(data_dir() / "server.db")


def _add_database(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--database",
        default=None if top else argparse.SUPPRESS,
        help="SQLAlchemy URL: sqlite:///FILE (default: server.db in the data folder) or "
        "postgresql+psycopg://user:pass@host/db",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forumdesk-server", description="ForumDesk central server."
    )
    parser.add_argument("--version", action="version", version=f"ForumDesk server {__version__}")
    _add_database(parser, top=True)
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8470, help="port to listen on (default 8470)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    event = sub.add_parser("event", help="the server's event data")
    event_sub = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    imp = event_sub.add_parser(
        "import", help="import participants (CSV or XLSX), same rules as the desk"
    )
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_database(imp)
    imp.set_defaults(handler=cmd_event_import)

    code = sub.add_parser("enroll-code", help="print a one-time enrollment code (last line)")
    code.add_argument("--role", choices=("desk", "coordinator", "admin"), default="desk")
    code.add_argument("--json", action="store_true", help="print the code and role as JSON")
    _add_database(code)
    code.set_defaults(handler=cmd_enroll_code)

    desks = sub.add_parser("desks", help="the enrolled desks")
    desks_sub = desks.add_subparsers(dest="desks_command", metavar="ACTION", required=True)
    lst = desks_sub.add_parser("list", help="list enrolled desks")
    lst.add_argument("--json", action="store_true")
    _add_database(lst)
    lst.set_defaults(handler=cmd_desks_list)
    rev = desks_sub.add_parser("revoke", help="revoke a desk's token and key")
    rev.add_argument("id")
    rev.add_argument("--json", action="store_true", help="print the revoked desk as JSON")
    _add_database(rev)
    rev.set_defaults(handler=cmd_desks_revoke)
    return parser


def _hub(args: argparse.Namespace) -> Any:
    from server.db import open_server_database
    from server.hub import Hub

    return Hub(open_server_database(args.database or default_database_url()))


def cmd_event_import(args: argparse.Namespace) -> int:
    from desktop.console import same_destination
    from desktop.errors import ImportRejected

    hub = _hub(args)
    try:
        report = hub.importer.import_file(args.file)
    except ImportRejected as exc:
        if args.json:
            print(json.dumps(exc.report.to_json(), ensure_ascii=False, indent=2))
        else:
            print(exc.report.text())
        sys.stdout.flush()
        if args.json or not same_destination(sys.stdout, sys.stderr):
            print(f"forumdesk-server: {exc.report.problems_text()}", file=sys.stderr)
        return EXIT_USAGE
    published = hub.publish_local_changes()
    if args.json:
        print(
            json.dumps({**report.to_json(), "published": published}, ensure_ascii=False, indent=2)
        )
    else:
        print(report.text())
        print(f"{published} change(s) published to the desks")
    return EXIT_OK


def cmd_enroll_code(args: argparse.Namespace) -> int:
    code = _hub(args).new_enroll_code(args.role)
    if args.json:
        print(json.dumps({"code": code, "role": args.role}))
        return EXIT_OK
    print(f"One-time enrollment code for a {args.role} (valid 3 days):")
    print(code)
    return EXIT_OK


def cmd_desks_list(args: argparse.Namespace) -> int:
    desks = _hub(args).desks()
    if args.json:
        print(json.dumps(desks, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not desks:
        print("no desks enrolled")
    for d in desks:
        state = "REVOKED" if d["revoked"] else "active"
        print(
            f"{d['id']}  {d['role']:<11} {state:<7}  key {d['key_id']:04x}  {d['name']}  last seen {d['last_seen'] or '-'}"
        )
    return EXIT_OK


def cmd_desks_revoke(args: argparse.Namespace) -> int:
    from server.errors import ApiError

    try:
        result = _hub(args).revoke_desk(args.id)
    except ApiError as exc:
        print(f"forumdesk-server: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(result, ensure_ascii=False, default=str))
        return EXIT_OK
    print(f"revoked {result['name']} ({result['id']})")
    return EXIT_OK


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app

    url = args.database or default_database_url()
    app = create_app(url)
    tune_gc()
    log.info("serving on %s:%d", args.host, args.port)
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="info" if args.verbose else "warning"
    )
    return EXIT_OK


def tune_gc() -> None:
    """Garbage collection set for a server of big batches.

    A push of 5,000 changes makes a few hundred thousand short-lived objects, none of
    them cyclic; at the default thresholds they set off collections that walk them, and
    every long-lived object too, again and again (a third of decoding a push). What is
    loaded at start is frozen out of collections, and young objects are collected after
    50,000 allocations instead of 700. Reference counting still frees nearly everything
    at once; cycles are still collected.
    """
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _safe_url(database: str) -> str:
    """The URL with its password hidden, for messages."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(database).render_as_string(hide_password=True)
    except ArgumentError:
        return database


def describe_error(exc: BaseException, database: str) -> tuple[str, int]:
    """One line an administrator understands, and the exit code (2: fix the command line)."""
    from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

    from desktop.console import describe_error as describe_desk_error

    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return (
            f"--database {database!r} is not a database URL "
            "(use sqlite:///FILE or postgresql+psycopg://user:pass@host/db)",
            EXIT_USAGE,
        )
    if isinstance(exc, ModuleNotFoundError):
        package = (exc.name or "").partition(".")[0]
        if package in SERVER_PACKAGES:
            return (
                f"the server's packages are not installed ({package}); install forumdesk[server]",
                EXIT_ERROR,
            )
        return f"a database driver is missing ({exc.name}); install forumdesk[postgres]", EXIT_ERROR
    if isinstance(exc, DatabaseError):
        return f"cannot open or use the database {_safe_url(database)}", EXIT_ERROR
    message = describe_desk_error(exc)
    return message, EXIT_USAGE if isinstance(exc, ValueError) else EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        logging.basicConfig(
            level=logging.INFO if args.verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    else:  # admin commands: details go to the log file, the terminal gets one line
        from desktop.logs import setup_logging

        setup_logging(verbose=args.verbose)
    try:
        if args.command is None:
            return serve(args)
        code: int = args.handler(args)
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return EXIT_OK
    except ModuleNotFoundError as exc:  # a missing package: its name says it all
        log.error("command failed: %s", exc)
        message, exit_code = describe_error(exc, getattr(args, "database", None) or "")
        print(f"forumdesk-server: {message}", file=sys.stderr)
        return exit_code
    except Exception as exc:
        log.exception("command failed")
        database = getattr(args, "database", None) or default_database_url()
        message, exit_code = describe_error(exc, database)
        print(f"forumdesk-server: {message}", file=sys.stderr)
        return exit_code


if __name__ == "__main__":
    sys.exit(main())
