"""``forumdesk enroll`` and ``forumdesk sync``: join a central server, run one sync round."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    open_forum,
    print_json,
)

#: How many set-aside changes ``forumdesk sync --json`` lists (the newest).
SET_ASIDE_LISTED = 100


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enroll = subparsers.add_parser("enroll", help="enroll this desk with a central server (once)")
    enroll.add_argument(
        "--server", required=True, help="the server's address, e.g. https://forum.example.org"
    )
    enroll.add_argument(
        "--code", required=True, help="the one-time code from 'forumdesk-server enroll-code'"
    )
    enroll.add_argument("--name", default="", help="this desk's name (default: as it is now)")
    enroll.add_argument("--json", action="store_true", help="print the result as JSON")
    add_db_argument(enroll)
    enroll.set_defaults(handler=cmd_enroll)

    sync = subparsers.add_parser("sync", help="one sync round with the server: send, then receive")
    sync.add_argument("--json", action="store_true", help="print the round as JSON")
    add_db_argument(sync)
    sync.set_defaults(handler=cmd_sync)


def cmd_enroll(args: argparse.Namespace) -> int:
    """Enroll, then run one sync round so the desk already holds the participants.

    The enrollment stands whatever the first round does: a round that fails is reported
    (the background sync or ``forumdesk sync`` tries again) and the exit code stays 0.
    """
    from desktop.sync.client import EnrollRefused, OtherEventHere, SyncError

    forum = open_forum(args, must_exist=False)
    try:
        try:
            result = forum.sync.enroll(args.server, args.code, args.name)
        except (EnrollRefused, OtherEventHere) as exc:
            raise CliError(exc.message, EXIT_USAGE) from exc
        except SyncError as exc:
            raise CliError(exc.message, EXIT_ERROR) from exc
        first: dict[str, object]
        try:
            rnd = forum.sync.sync_once()
            first = {
                "ok": True,
                "received": rnd.pulled,
                "applied": rnd.applied,
                "set_aside": rnd.set_aside,
                "participants": forum.participants.count(),
            }
        except SyncError as exc:
            first = {"ok": False, "error": {"code": exc.code, "message": exc.message}}
    finally:
        forum.close()
    if args.json:
        print_json({**asdict(result), "first_sync": first})
    else:
        print(
            f"enrolled as {result.role} at {result.server_url} for '{result.event_name}' (desk {result.desk_id})"
        )
        if first["ok"]:
            print(
                f"first sync: received {first['received']} change(s); "
                f"{first['participants']} participants on this desk"
            )
        else:
            error = first["error"]
            assert isinstance(error, dict)
            print(
                f"first sync failed: {error['message']} (the desk is enrolled; "
                "'forumdesk sync' or the app will try again)"
            )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.sync.client import NotEnrolled, SyncError

    forum = open_forum(args)
    try:
        rnd = forum.sync.sync_once()
    except NotEnrolled as exc:
        raise CliError(f"{exc.message} (use 'forumdesk enroll')", EXIT_USAGE) from exc
    except SyncError as exc:
        if args.json:
            print_json(
                {
                    "ok": False,
                    "error": {"code": exc.code, "message": exc.message},
                    "pending": forum.sync.status().pending,
                }
            )
            forum.close()
            return EXIT_ERROR
        raise CliError(exc.message, EXIT_ERROR) from exc
    status = forum.sync.status()
    kept_aside = forum.sync.set_aside(SET_ASIDE_LISTED)
    total_aside = forum.sync.set_aside_count()
    forum.close()
    if args.json:
        print_json(
            {
                **rnd.to_json(),
                "pending": status.pending,
                "conflicts_open": status.conflicts,
                "set_aside_total": total_aside,
                "set_aside_changes": [item.to_json() for item in kept_aside],
            }
        )
    else:
        print(
            f"sent {rnd.pushed} ({rnd.accepted} new, {rnd.duplicates} already there, {rnd.conflicts} conflicts, "
            f"{rnd.rejected} refused); received {rnd.pulled}, applied {rnd.applied}; {status.pending} waiting"
        )
        if rnd.set_aside:
            print(
                f"set aside {rnd.set_aside} received change(s) this desk cannot apply "
                f"({total_aside} in all; see the Sync page or 'forumdesk sync --json')"
            )
    return EXIT_OK
