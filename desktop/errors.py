"""Typed errors of the core. Each carries a code and parameters; ``ui/`` turns them into words."""

from __future__ import annotations

from typing import Any


class ForumDeskError(Exception):
    """Base of every error a desk operator may see; ``code`` is stable, ``params`` fill the text."""

    code = "error"

    def __init__(self, message: str = "", **params: Any) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        self.params = params

    def __str__(self) -> str:
        return self.message


class NotFound(ForumDeskError):
    code = "not_found"


class InvalidInput(ForumDeskError):
    code = "invalid_input"


class ImportRejected(ForumDeskError):
    """The import file has invalid rows; nothing was imported. ``report`` lists them."""

    code = "import_rejected"

    def __init__(self, report: Any) -> None:
        super().__init__(f"{len(report.errors)} problem(s) in the file; nothing was imported")
        self.report = report


class ReadOnly(ForumDeskError):
    code = "read_only"


class Conflict(ForumDeskError):
    code = "conflict"


class NoEvent(ForumDeskError):
    """The database holds no event yet: import participants, create a demo or enroll."""

    code = "no_event"


class PinNotSet(ForumDeskError):
    """No supervisor PIN is set on this desk: overrides are refused until one is set."""

    code = "pin_not_set"


class WrongPin(ForumDeskError):
    """The supervisor PIN given does not match this desk's."""

    code = "wrong_pin"
