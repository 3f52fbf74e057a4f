"""Bilateral meetings as the desk, the CLI and the UI call them (``forum.meetings``).

The use cases live in their parts, each given its collaborators by the composition root
(:mod:`desktop.desk`): reading the board (:mod:`meeting_board`), setting up slots, tables
and interpreters (:mod:`meeting_setup`), requests and booking (:mod:`meeting_booking`),
automatic scheduling (:mod:`meeting_scheduling`) and agendas and exports
(:mod:`meeting_outputs`), over one way to the database (:mod:`meeting_store`, which says
how meeting changes are recorded). ``MeetingService`` puts their methods under one name.
"""

from __future__ import annotations

import logging

from desktop.services.meeting_board import MeetingBoardReader
from desktop.services.meeting_booking import AUTO_INTERPRETER, OWN_INTERPRETER, MeetingBooking
from desktop.services.meeting_outputs import MeetingOutputs
from desktop.services.meeting_scheduling import MeetingScheduling, ScheduleRun
from desktop.services.meeting_setup import (
    DayInUse,
    InterpreterInUse,
    MeetingSetup,
    SetupRefused,
    SlotsOverlap,
    TableInUse,
)

__all__ = [
    "AUTO_INTERPRETER",
    "OWN_INTERPRETER",
    "DayInUse",
    "InterpreterInUse",
    "MeetingService",
    "ScheduleRun",
    "SetupRefused",
    "SlotsOverlap",
    "TableInUse",
]

log = logging.getLogger(__name__)


class MeetingService:
    """Meetings of the forum's event: every method is one of a part's, each call one
    transaction (a read, one snapshot)."""

    def __init__(
        self,
        reader: MeetingBoardReader,
        setup: MeetingSetup,
        booking: MeetingBooking,
        scheduling: MeetingScheduling,
        outputs: MeetingOutputs,
    ) -> None:
        self.reader, self.setup, self.booking = reader, setup, booking
        self.scheduling, self.outputs = scheduling, outputs
        # reading
        self.board = reader.board
        self.days = reader.days
        self.grid = reader.grid
        self.meetings = reader.meetings
        self.requests = reader.requests
        self.delegations = reader.delegations
        self.find_delegation = reader.find_delegation
        self.find_table = reader.find_table
        self.check = reader.check
        self.fitting_interpreters = reader.fitting_interpreters
        # setup
        self.add_slot = setup.add_slot
        self.add_day = setup.add_day
        self.remove_day = setup.remove_day
        self.remove_slot = setup.remove_slot
        self.add_table = setup.add_table
        self.edit_table = setup.edit_table
        self.remove_table = setup.remove_table
        self.add_interpreter = setup.add_interpreter
        self.edit_interpreter = setup.edit_interpreter
        self.remove_interpreter = setup.remove_interpreter
        self.add_unavailability = setup.add_unavailability
        self.remove_unavailability = setup.remove_unavailability
        # requests and booking
        self.request = booking.request
        self.withdraw_request = booking.withdraw_request
        self.book = booking.book
        self.move = booking.move
        self.swap = booking.swap
        self.cancel = booking.cancel
        self.set_status = booking.set_status
        # automatic scheduling
        self.schedule = scheduling.schedule
        # agendas and exports
        self.agenda_pdf = outputs.agenda_pdf
        self.agenda_ics = outputs.agenda_ics
        self.table_sheet_pdf = outputs.table_sheet_pdf
        self.grid_pdf = outputs.grid_pdf
