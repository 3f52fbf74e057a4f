"""The desk's composition root: one open forum database and the services a desk uses over it.

The GUI (:mod:`ui.app`) and the command line (:mod:`desktop.cli`) open a ``Forum``; the
server assembles its own smaller set (:mod:`server.hub`) and never builds a sync client.
Each service receives the database handle and the collaborators it needs here, in the
constructor, and is built on first use so that start-up stays fast.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from desktop.db.handle import ForumDb

if TYPE_CHECKING:
    from desktop.printing.service import PrintService
    from desktop.services.badges import BadgeService
    from desktop.services.checkin import CheckinService
    from desktop.services.importer import ImportService
    from desktop.services.meetings import MeetingService
    from desktop.services.participants import ParticipantService
    from desktop.services.reports import ReportService
    from desktop.services.search import SearchService
    from desktop.services.supervisor import SupervisorPin
    from desktop.sync.client import SyncClient


class Forum(ForumDb):
    """A forum database opened by a desk, with every desk service wired over it."""

    def close(self) -> None:
        """Close held connections (the check-in service keeps one) and the engine."""
        checkin = vars(self).get("checkin")
        if checkin is not None:
            checkin.close()
        super().close()

    @functools.cached_property
    def participants(self) -> ParticipantService:
        from desktop.services.participants import ParticipantService

        return ParticipantService(self)

    @functools.cached_property
    def importer(self) -> ImportService:
        from desktop.services.importer import ImportService

        return ImportService(self)

    @functools.cached_property
    def search(self) -> SearchService:
        from desktop.services.search import SearchService

        return SearchService(self, self.participants)

    @functools.cached_property
    def supervisor(self) -> SupervisorPin:
        from desktop.services.supervisor import SupervisorPin

        return SupervisorPin(self)

    @functools.cached_property
    def checkin(self) -> CheckinService:
        from desktop.services.checkin import CheckinService

        return CheckinService(self, supervisor=self.supervisor)

    @functools.cached_property
    def badges(self) -> BadgeService:
        from desktop.services.badges import BadgeService

        return BadgeService(self, self.checkin)

    @functools.cached_property
    def printing(self) -> PrintService:
        from desktop.printing.service import PrintService

        return PrintService(self.badges)

    @functools.cached_property
    def meetings(self) -> MeetingService:
        from desktop.services.meeting_board import MeetingBoardReader
        from desktop.services.meeting_booking import MeetingBooking
        from desktop.services.meeting_outputs import MeetingOutputs
        from desktop.services.meeting_scheduling import MeetingScheduling
        from desktop.services.meeting_setup import MeetingSetup
        from desktop.services.meetings import MeetingService

        reader = MeetingBoardReader(self)
        return MeetingService(
            reader,
            setup=MeetingSetup(self, reader),
            booking=MeetingBooking(self, reader),
            scheduling=MeetingScheduling(self, reader),
            outputs=MeetingOutputs(reader),
        )

    @functools.cached_property
    def reports(self) -> ReportService:
        from desktop.services.reports import ReportService

        return ReportService(self)

    @functools.cached_property
    def sync(self) -> SyncClient:
        from desktop.sync.client import SyncClient

        return SyncClient(self)
