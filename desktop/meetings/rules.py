"""Booking rules: no delegation, table or interpreter is ever double-booked, and more.

Each refusal is a typed error with a stable ``code`` and ``params`` saying why, so the GUI
can put it in words (``ui/`` maps codes to translated text) and the CLI can print the
English ``message``.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from desktop.errors import ForumDeskError
from desktop.meetings.board import PURPOSES, STATUSES, Board, MeetingInfo, Slot
from desktop.meetings.languages import LanguageNeed, language_need

log = logging.getLogger(__name__)


class BookingRefused(ForumDeskError):
    """A booking, move or status change that a rule forbids."""

    code = "booking_refused"


class DelegationBusy(BookingRefused):
    """params: delegation, delegation_id, meeting_id, partners (names of the other meeting)."""

    code = "delegation_busy"


class TableBusy(BookingRefused):
    """params: table, table_id, meeting_id, delegations (names in the other meeting)."""

    code = "table_busy"


class InterpreterBusy(BookingRefused):
    """params: interpreter, interpreter_id, meeting_id, delegations."""

    code = "interpreter_busy"


class DelegationUnavailable(BookingRefused):
    """params: delegation, delegation_id, start, end, reason."""

    code = "delegation_unavailable"


class InterpreterNeeded(BookingRefused):
    """The delegations share no language and no interpreter was given. params: languages."""

    code = "interpreter_needed"


class NoFreeInterpreter(BookingRefused):
    """An interpreter was to be chosen automatically and none who speaks the meeting's
    languages is free at that time. params: languages, delegations."""

    code = "no_free_interpreter"


class InterpreterLanguages(BookingRefused):
    """The interpreter does not speak the meeting's languages. params: interpreter, languages."""

    code = "interpreter_languages"


class InvalidDelegations(BookingRefused):
    """Fewer than two different delegations, or an unknown one. params: delegations."""

    code = "invalid_delegations"


class UnknownSlot(BookingRefused):
    code = "unknown_slot"


class UnknownTable(BookingRefused):
    code = "unknown_table"


class UnknownInterpreter(BookingRefused):
    code = "unknown_interpreter"


class InvalidStatus(BookingRefused):
    """params: status, allowed."""

    code = "invalid_status"


class InvalidPurpose(BookingRefused):
    code = "invalid_purpose"


class MeetingClosed(BookingRefused):
    """A cancelled (or lost) meeting cannot be moved; book it again. params: status."""

    code = "meeting_closed"


class RequestClosed(BookingRefused):
    """The request is already booked or withdrawn. params: status."""

    code = "request_closed"


@dataclass(frozen=True)
class Proposal:
    """A booking to check: these delegations, in this slot, at this table, with this interpreter."""

    delegation_ids: tuple[str, ...]
    slot_id: str
    table_id: str
    interpreter_id: str | None = None
    requested_languages: tuple[str, ...] = ()
    purpose: str = "talks"
    #: The delegations bring their own interpreter: none of ours is needed.
    own_interpreter: bool = False


def need_for(
    board: Board, delegation_ids: Sequence[str], requested: Sequence[str] = ()
) -> LanguageNeed:
    """The interpreter need of a meeting of these delegations (the first two decide)."""
    ds = [board.delegation_by_id.get(d) for d in delegation_ids[:2]]
    a = ds[0].languages if ds and ds[0] else ()
    b = ds[1].languages if len(ds) > 1 and ds[1] else ()
    return language_need(a, b, requested)


def violations(
    board: Board, proposal: Proposal, ignore: Collection[str] = ()
) -> list[BookingRefused]:
    """Every rule the proposal breaks, most fundamental first (empty when it may be booked).

    ``ignore`` holds meeting ids not to count as occupying anything (the meeting being moved,
    or both meetings of a swap).
    """
    out: list[BookingRefused] = []
    ids = proposal.delegation_ids
    names = [board.delegation_name(d) for d in ids]
    if (
        len(set(ids)) < 2
        or len(set(ids)) != len(ids)
        or any(d not in board.delegation_by_id for d in ids)
    ):
        out.append(
            InvalidDelegations(
                "a meeting needs two or more different, known delegations", delegations=names
            )
        )
        return out
    if proposal.purpose not in PURPOSES:
        out.append(
            InvalidPurpose(f"unknown purpose {proposal.purpose!r}", purpose=proposal.purpose)
        )
    slot = board.slot_by_id.get(proposal.slot_id)
    if slot is None:
        out.append(UnknownSlot("no such slot", slot_id=proposal.slot_id))
        return out
    table = board.table_by_id.get(proposal.table_id)
    if table is None:
        out.append(UnknownTable("no such table", table_id=proposal.table_id))
        return out
    interpreter = None
    if proposal.interpreter_id:
        interpreter = board.interpreter_by_id.get(proposal.interpreter_id)
        if interpreter is None:
            out.append(
                UnknownInterpreter("no such interpreter", interpreter_id=proposal.interpreter_id)
            )
            return out

    for d in ids:
        u = board.unavailability_at(d, slot)
        if u is not None:
            name = board.delegation_name(d)
            out.append(
                DelegationUnavailable(
                    f"{name} is unavailable from {board.local(u.start):%H:%M} to "
                    f"{board.local(u.end):%H:%M}" + (f" ({u.reason})" if u.reason else ""),
                    delegation=name,
                    delegation_id=d,
                    start=u.start,
                    end=u.end,
                    reason=u.reason,
                )
            )
    wanted = set(ids)
    for m in board.meetings_near(slot.id):
        if m.id in ignore:
            continue
        for d in wanted & set(m.delegation_ids):
            name = board.delegation_name(d)
            partners = [board.delegation_name(x) for x in m.delegation_ids if x != d]
            out.append(
                DelegationBusy(
                    f"{name} already meets {', '.join(partners)} at {_when(board, slot)}",
                    delegation=name,
                    delegation_id=d,
                    meeting_id=m.id,
                    partners=partners,
                )
            )
        if m.table_id == table.id:
            others = [board.delegation_name(x) for x in m.delegation_ids]
            out.append(
                TableBusy(
                    f"{table.name} is taken at {_when(board, slot)} by {' and '.join(others)}",
                    table=table.name,
                    table_id=table.id,
                    meeting_id=m.id,
                    delegations=others,
                )
            )
        if interpreter is not None and m.interpreter_id == interpreter.id:
            others = [board.delegation_name(x) for x in m.delegation_ids]
            out.append(
                InterpreterBusy(
                    f"{interpreter.name} interprets for {' and '.join(others)} at {_when(board, slot)}",
                    interpreter=interpreter.name,
                    interpreter_id=interpreter.id,
                    meeting_id=m.id,
                    delegations=others,
                )
            )
    need = need_for(board, ids, proposal.requested_languages)
    if interpreter is None and need.needed and not proposal.own_interpreter:
        out.append(
            InterpreterNeeded(
                f"{' and '.join(names)} share no language; an interpreter for {need.label} is needed",
                languages=need.label,
                delegations=names,
            )
        )
    if interpreter is not None and need.needed and not need.fits(interpreter.languages):
        out.append(
            InterpreterLanguages(
                f"{interpreter.name} does not speak {need.label}",
                interpreter=interpreter.name,
                languages=need.label,
            )
        )
    return out


def check(board: Board, proposal: Proposal, ignore: Collection[str] = ()) -> None:
    """Raise the first rule the proposal breaks."""
    found = violations(board, proposal, ignore)
    if found:
        raise found[0]


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise InvalidStatus(f"unknown status {status!r}", status=status, allowed=list(STATUSES))


def check_movable(meeting: MeetingInfo) -> None:
    if not meeting.active:
        raise MeetingClosed(
            f"this meeting is {meeting.status}; book it again instead", status=meeting.status
        )


def _when(board: Board, slot: Slot) -> str:
    return f"{board.local(slot.start):%a %H:%M}"
