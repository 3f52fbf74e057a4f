"""What the print log says about a badge: printed or not, failed jobs, a reprint asked for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PrintStatus:
    """Whether a participant's badge was printed, and the last print."""

    registration_code: str
    current_version: int
    printed: bool
    prints: int = 0
    last_printed_at: datetime | None = None
    last_version: int | None = None
    last_desk: str = ""
    last_layout: str = ""

    @property
    def current_printed(self) -> bool:
        """The current badge version has been printed at least once."""
        return self.printed and self.last_version == self.current_version


@dataclass(frozen=True)
class FailedPrint:
    """A badge whose last print job at this desk failed after the queue accepted it."""

    print_id: uuid.UUID
    registration_code: str
    layout: str
    printer: str
    job: str
    source: str
    message: str
    at: datetime


@dataclass(frozen=True)
class Reissue:
    """A reprint asked for (lost badge, correction): the version its badge will carry.

    Nothing is stored until the badge is printed or saved (``render`` or
    ``record_prints`` with ``reissue=``); until then the old badge keeps admitting.
    """

    registration_code: str
    version: int
    replaces: int
    reason: str
