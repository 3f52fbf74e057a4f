"""The ``forumdesk`` command: thin front end over the same services as the GUI.

Each sub-command lives in a module of this package with a ``register(subparsers)``
function; without a sub-command the GUI opens.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from desktop import __version__
from desktop.cli.common import EXIT_ERROR, EXIT_USAGE, CliError

log = logging.getLogger(__name__)

#: Modules that add sub-commands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "desktop.cli.participants",
    "desktop.cli.checkin",
    "desktop.cli.supervisor",
    "desktop.cli.badges",
    "desktop.cli.printing",
    "desktop.cli.meetings",
    "desktop.cli.sync",
    "desktop.cli.reports",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forumdesk",
        description="ForumDesk: registration, badges, check-in and bilateral meetings for forums.",
    )
    parser.add_argument("--version", action="version", version=f"ForumDesk {__version__}")
    parser.add_argument("--db", help="the forum database file (default: the user's data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on a generated demo forum"
    )
    parser.add_argument("--kiosk", action="store_true", help="open full-screen self check-in")
    parser.add_argument(
        "--self-check", action="store_true", help="check the installation and exit 0 if sound"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the terminal too")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    launch_gui: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run the command line; returns the exit code (0 ok, 1 error, 2 invalid input).

    Without a sub-command the GUI opens through ``launch_gui``, which the ``forumdesk``
    entry point (``ui.main``) passes in: the core never imports the GUI.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    from desktop.logs import setup_logging

    setup_logging(verbose=args.verbose)
    try:
        if args.command is None:
            if args.self_check:
                from desktop.cli.selfcheck import run_self_check

                return run_self_check()
            if launch_gui is None:
                parser.print_help()
                return EXIT_USAGE
            return launch_gui(args)
        code: int = args.handler(args)
        return code
    except CliError as exc:
        print(f"forumdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
    except Exception as exc:  # a traceback is for the log file, not the operator
        log.exception("command failed")
        from desktop.console import describe_error

        print(f"forumdesk: {describe_error(exc)}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ValueError) else EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
