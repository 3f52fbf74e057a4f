"""What the meetings board prints and exports: agendas (PDF, iCalendar), table sheets, grids."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.meeting_board import MeetingBoardReader

log = logging.getLogger(__name__)


class MeetingOutputs:
    """Writes agendas, table sheets and the grid from a fresh read of the board."""

    def __init__(self, reader: MeetingBoardReader) -> None:
        self.reader = reader

    def agenda_pdf(self, delegation: str, out: Path) -> int:
        """The delegation's agenda as a PDF; returns the number of meetings on it."""
        from desktop.meetings.pdf import render_agenda

        d = self.reader.find_delegation(delegation)
        return render_agenda(self.reader.board(), d.id, out)

    def agenda_ics(self, delegation: str, out: Path) -> int:
        from desktop.meetings.ics import write_agenda_ics

        d = self.reader.find_delegation(delegation)
        return write_agenda_ics(self.reader.board(), d.id, out)

    def table_sheet_pdf(self, table: str, out: Path) -> int:
        from desktop.meetings.pdf import render_table_sheet

        t = self.reader.find_table(table)
        return render_table_sheet(self.reader.board(), t.id, out)

    def grid_pdf(self, out: Path, day: date | None = None) -> int:
        from desktop.meetings.pdf import render_grid

        return render_grid(self.reader.board(), out, day)
