"""The words of the meetings' codes: purposes, statuses and why the scheduler left a request."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

# Each purpose's cell colour on the grid (and in its legend).
PURPOSE_COLOURS = {"talks": "#E3EEF9", "agreement": "#FBE3A6", "twinning": "#DCEFD8"}


class MeetingWords(QObject):
    """Purpose, status and unplaced-reason codes of ``desktop.meetings`` in the desk's language."""

    def purpose(self, purpose: str) -> str:
        return {
            "talks": self.tr("Talks"),
            "agreement": self.tr("Agreement signing"),
            "twinning": self.tr("Twinning"),
        }.get(purpose, purpose)

    def status(self, status: str) -> str:
        return {
            "booked": self.tr("Booked"),
            "confirmed": self.tr("Confirmed"),
            "held": self.tr("Held"),
            "no-show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"),
            "requested": self.tr("Requested"),
        }.get(status, status)

    def unplaced(self, u: Any) -> str:
        """Why the scheduler could not place a request (``u`` an unplaced request)."""
        texts = {
            "no_interpreter": self.tr("no interpreter for {languages}"),
            "delegation_unavailable": self.tr("delegation unavailable ({delegation})"),
            "no_common_free_slot": self.tr("no common free slot for {a} and {b}"),
            "tables_full": self.tr("every table is taken when both are free"),
            "interpreters_busy": self.tr(
                "the interpreters for {languages} are busy when both are free"
            ),
            "already_meeting": self.tr("{a} and {b} already have a meeting"),
            "duplicate_request": self.tr("asked twice; one meeting is planned"),
        }
        template = texts.get(u.code)
        try:
            return template.format(**u.params) if template else str(u.reason)
        except (KeyError, IndexError):
            return str(u.reason)
