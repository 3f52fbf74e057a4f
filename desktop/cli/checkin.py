"""Sub-commands of the check-in desk: ``checkin`` (one scan) and ``qr`` (a badge's payload)."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import IO, Any
from zoneinfo import ZoneInfo

from desktop.badges.payload import MAX_INPUT
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
from desktop.domain.checkin import Decision, ParticipantSummary
from desktop.errors import InvalidInput, NoEvent, NotFound
from desktop.text.names import full_name, latin_full_name

log = logging.getLogger(__name__)

#: Plain words for reason codes on the terminal (the GUI has its own, translated).
REASONS = {
    "": "",
    "pending_details": "genuine badge; details arrive with the next sync",
    "override": "supervisor override",
    "not_inside": "was not checked in",
    "reentry": "re-entry allowed",
    "no_reentry": "no re-entry in this zone",
    "unreadable": "unreadable code",
    "truncated": "code incomplete (truncated)",
    "oversized": "code too long",
    "not_ours": "not a badge of this system",
    "unknown": "unknown registration code",
    "forged": "forged badge",
    "altered": "altered badge",
    "unknown_key": "signed by an unknown desk",
    "revoked_key": "signed by a revoked desk key",
    "foreign_event": "badge of another event",
    "superseded": "old badge version (reprinted)",
    "cancelled": "registration cancelled",
    "zone_not_allowed": "not allowed in this zone",
    "not_valid_today": "badge not valid today",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = sub.add_parser(
        "checkin", help="check a person in from a scanned QR payload or a registration code"
    )
    checkin.add_argument("text", help="the scanned payload or registration code ('-': stdin)")
    add_db_argument(checkin)
    checkin.add_argument("--zone", default="main", help="zone code or name (default: main)")
    checkin.add_argument("--desk", default=None, help="desk name to record (default: this desk)")
    checkin.add_argument("--direction", choices=("in", "out"), default="in")
    checkin.add_argument("--operator", default="", help="who is at the desk")
    checkin.add_argument("--json", action="store_true", help="print the decision as JSON")
    checkin.set_defaults(handler=run_checkin)

    qr = sub.add_parser("qr", help="print the QR payload of a participant's current badge")
    qr.add_argument("code", help="the registration code")
    add_db_argument(qr)
    qr.add_argument("--json", action="store_true", help="print code, payload and badge version")
    qr.set_defaults(handler=run_qr)


#: Bytes read from stdin: one scan, at most four bytes a character of the longest input
#: the decoder looks at; a longer line is refused as oversized by the core all the same.
MAX_STDIN_BYTES = 4 * MAX_INPUT + 2


def read_scan(stream: IO[Any] | None) -> str | bytes:
    """The first line of stdin as bytes (any bytes: the core decides what they are)."""
    if stream is None:  # no stdin at all (a service, pythonw)
        return b""
    binary = getattr(stream, "buffer", None)
    line: str | bytes = (binary or stream).readline(MAX_STDIN_BYTES)
    return line


def run_checkin(args: argparse.Namespace) -> int:
    text = read_scan(sys.stdin) if args.text == "-" else args.text
    if args.desk is not None and not args.desk.strip():
        raise CliError("--desk needs a name", EXIT_USAGE)
    forum = open_forum(args)
    try:
        service = forum.checkin
        try:
            zone = service.resolve_zone(args.zone)
            decision = service.scan(
                text,
                zone.code,
                direction=args.direction,
                method="scan",
                operator=args.operator or None,
                desk=args.desk.strip() if args.desk else None,
            )
        except NotFound as exc:
            raise CliError(str(exc), EXIT_USAGE) from exc
        except InvalidInput as exc:
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


def _names(p: ParticipantSummary) -> tuple[str, str]:
    """Both name forms in the order the person's own language writes them.

    The same rule as search and badges (desktop.text.names): Vietnamese family name first
    in both forms, Chinese pinyin surname first ("Wang Fang", as search prints it).
    """
    native = full_name(p.given_name, p.family_name, p.country)
    latin = latin_full_name(p.given_name_latin, p.family_name_latin, p.country)
    return native, latin


def decision_json(decision: Decision) -> dict[str, Any]:
    """The ``checkin --json`` contract: result, reason, participant (and, when the person
    was already in, when and at which desk)."""
    data = decision.to_json()
    data["checkin_id"] = decision.checkin_id  # what ``forumdesk override`` refers to
    p = decision.participant
    if p is not None and isinstance(data.get("participant"), dict):
        data["participant"]["native_name"], data["participant"]["latin_name"] = _names(p)
    if decision.previous is not None:
        prev = decision.previous
        data["previous"] = {"at": prev.at.isoformat(), "desk": prev.desk, "zone": prev.zone}
    return data


def describe(decision: Decision, timezone: str = "UTC") -> str:
    """One readable line for a terminal."""
    head = {"admitted": "ADMITTED", "already_in": "ALREADY IN", "rejected": "REJECTED"}.get(
        decision.result, decision.result.upper()
    )
    parts = [head]
    p = decision.participant
    if p is not None:
        name, latin = _names(p)
        if latin and latin != name:
            name = f"{name} ({latin})" if name else latin
        details = ", ".join(x for x in (p.delegation, p.country, p.category_name) if x)
        parts.append(f"{name} [{p.registration_code}]" + (f" - {details}" if details else ""))
    if decision.previous is not None:
        try:
            tz = ZoneInfo(timezone)
        except (ValueError, KeyError):
            tz = ZoneInfo("UTC")
        when = decision.previous.at.astimezone(tz).strftime("%H:%M")
        parts.append(f"since {when} at {decision.previous.desk}")
    reason = REASONS.get(decision.reason, decision.reason)
    if reason:
        parts.append(f"{reason} ({decision.detail})" if decision.detail else reason)
    return " | ".join(parts)


def _close(forum: Forum) -> None:
    if "checkin" in vars(forum):  # release the service's held connection before the engine
        forum.checkin.close()
    forum.close()


def run_qr(args: argparse.Namespace) -> int:
    forum = open_forum(args)
    try:
        try:
            payload = forum.checkin.qr_for(args.code.strip())
            if args.json:
                print_json({"registration_code": args.code.strip(), "payload": payload})
            else:
                print(payload)
        except NotFound as exc:
            print(
                f"forumdesk: no participant with registration code '{args.code}'", file=sys.stderr
            )
            log.info("qr: %s", exc)
            return EXIT_ERROR
        except NoEvent as exc:
            raise CliError(str(exc), EXIT_ERROR) from exc
    finally:
        _close(forum)
    return EXIT_OK
