"""Sub-commands that need the supervisor: ``override`` (admit despite a rejection) and
``supervisor-pin`` (set or change the desk's PIN). The PIN is checked by the core, as in
the GUI and the kiosk; it is read without echo from the terminal, or from standard input
(one line each) when that is not a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    open_forum,
    print_json,
)
from desktop.desk import Forum
from desktop.errors import Conflict, InvalidInput, NoEvent, NotFound, PinNotSet, WrongPin

log = logging.getLogger(__name__)

HOW_TO_SET = "set one with 'forumdesk supervisor-pin --db PATH' or in the app (Desk > Settings)"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    override = sub.add_parser(
        "override",
        help="admit a person a rejection turned away (needs the supervisor PIN)",
        description="Admit a person despite a rejection, with a reason; the supervisor PIN "
        "is asked for (or read from standard input).",
    )
    override.add_argument("checkin_id", help="the rejected check-in (its checkin_id)")
    add_db_argument(override)
    override.add_argument("--reason", required=True, help="why the person is admitted")
    override.add_argument("--supervisor", default="", help="the supervisor's name")
    override.add_argument("--operator", default="", help="who is at the desk")
    override.add_argument("--json", action="store_true", help="print the decision as JSON")
    override.set_defaults(handler=run_override)

    pin = sub.add_parser(
        "supervisor-pin",
        help="set or change this desk's supervisor PIN",
        description="Set this desk's supervisor PIN (changing it asks for the current one). "
        "From standard input: the current PIN on the first line when one is set, then the new.",
    )
    add_db_argument(pin)
    pin.set_defaults(handler=run_set_pin)


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CliError("no PIN on standard input", EXIT_USAGE)
    return line.rstrip("\r\n")


def _close(forum: Forum) -> None:
    if "checkin" in vars(forum):
        forum.checkin.close()
    forum.close()


def run_override(args: argparse.Namespace) -> int:
    from desktop.cli.checkin import decision_json, describe

    forum = open_forum(args)
    try:
        if not forum.supervisor.is_set():
            raise CliError(f"no supervisor PIN is set on this desk; {HOW_TO_SET}", EXIT_ERROR)
        pin = _ask("Supervisor PIN: ")
        try:
            decision = forum.checkin.override(
                args.checkin_id.strip(),
                args.reason,
                args.supervisor,
                pin=pin,
                operator=args.operator or None,
            )
        except WrongPin as exc:
            raise CliError("wrong supervisor PIN; nothing was recorded", EXIT_USAGE) from exc
        except PinNotSet as exc:
            raise CliError(f"no supervisor PIN is set on this desk; {HOW_TO_SET}") from exc
        except (InvalidInput, NotFound, Conflict) as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        except NoEvent as exc:
            raise CliError(str(exc), EXIT_ERROR) from exc
        if args.json:
            print_json(decision_json(decision))
        else:
            print(describe(decision, forum.event().timezone))
    finally:
        _close(forum)
    return EXIT_OK


def run_set_pin(args: argparse.Namespace) -> int:
    forum = open_forum(args)
    try:
        pins = forum.supervisor
        current = _ask("Current supervisor PIN: ") if pins.is_set() else None
        new = _ask("New supervisor PIN: ")
        if sys.stdin.isatty() and getpass.getpass("New PIN again: ") != new:
            raise CliError("the two new PINs differ; nothing was changed", EXIT_USAGE)
        try:
            pins.set(new, current=current)
        except WrongPin as exc:
            raise CliError("wrong current PIN; nothing was changed", EXIT_USAGE) from exc
        except InvalidInput as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        print("supervisor PIN changed" if current is not None else "supervisor PIN set")
    finally:
        _close(forum)
    return EXIT_OK
