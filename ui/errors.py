"""Every core error in the desk's language: the one place a code and its details become words.

The core raises typed errors (``desktop.errors.ForumDeskError`` and its kin) with a stable
``code`` and ``params``; its ``message`` is English, for the log and the command line. A
page or dialog shows ``describe(exc)``. A code without words here (a newer core, a server's
own code) falls back to the core's message, so nothing is ever shown blank.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime

from desktop.errors import ForumDeskError, ImportRejected
from ui.meeting_words import MeetingWords

log = logging.getLogger(__name__)

Params = Mapping[str, Any]
# Words of one code: from the error's params and its English message.
Rule = Callable[[Params, str], str]


def describe(exc: BaseException) -> str:
    """``exc`` in the operator's words and language."""
    if isinstance(exc, ForumDeskError):
        params = dict(exc.params)
        if isinstance(exc, ImportRejected):
            params["problems"] = len(exc.report.errors)
        return words(exc.code, params, exc.message)
    return ErrorWords().other(exc)


def words(code: str, params: Params | None = None, message: str = "") -> str:
    """The words of an error ``code`` with its ``params``; the core's ``message`` when the
    code has none (or its details do not fit them)."""
    return ErrorWords().words(code, params or {}, message)


def known_codes() -> set[str]:
    """The codes that have words here."""
    return set(ErrorWords().rules())


def no_pin_text() -> str:
    """What a desk without a PIN is told when a PIN is needed (and how to set one)."""
    return QCoreApplication.translate(
        "SupervisorPin",
        "No supervisor PIN is set on this desk, so overrides are refused. "
        "Set one in Desk > Settings > Supervisor PIN…",
    )


def describe_problem(problem: str, printer: str, message: str) -> str:
    """A print problem (``desktop.printing`` problem codes) in the operator's language."""
    texts = {
        "unknown_printer": QCoreApplication.translate(
            "PrintJobs", "There is no printer “%1” on this computer."
        ),
        "no_printer": QCoreApplication.translate(
            "PrintJobs", "No printer chosen, and this computer has no default printer."
        ),
        "queue_rejecting": QCoreApplication.translate(
            "PrintJobs", "The printer “%1” is not accepting jobs."
        ),
        "queue_stopped": QCoreApplication.translate("PrintJobs", "The printer “%1” is paused."),
        "queue_refused": QCoreApplication.translate(
            "PrintJobs", "The printer “%1” refused the job."
        ),
        "print_system_unavailable": QCoreApplication.translate(
            "PrintJobs", "The print system of this computer is not running."
        ),
        "not_sent": QCoreApplication.translate(
            "PrintJobs", "Not sent: the printer “%1” had a problem with an earlier job."
        ),
    }
    text = texts.get(
        problem,
        QCoreApplication.translate("PrintJobs", "The printer “%1” failed to print the job."),
    )
    text = text.replace("%1", printer)
    return f"{text} {message}".strip() if message and problem != "not_sent" else text


def print_problem(code: str, params: Params) -> str:
    """The problem code of a print error (as ``desktop.printing.problem_of`` gives it)."""
    if code == "printer_refusing":
        state = str(params.get("state", ""))
        return {"rejecting": "queue_rejecting", "stopped": "queue_stopped"}.get(
            state, "queue_refused"
        )
    return code


def describe_print_error(code: str, params: Params) -> str:
    """A print error raised before anything was sent, in the operator's language."""
    printer = str(params.get("printer", ""))
    reason = str(params.get("reason", ""))
    text = describe_problem(print_problem(code, params), printer, reason)
    if code == "unknown_printer":
        names = ", ".join(str(q) for q in params.get("queues") or []) or "—"
        text += " " + QCoreApplication.translate("PrintJobs", "Printers: %1").replace("%1", names)
    return text


# The codes of ``desktop.printing``'s errors, said as the print jobs list says them.
PRINT_CODES = (
    "printing",
    "print_system_unavailable",
    "no_printer",
    "unknown_printer",
    "printer_refusing",
)


def _print_rule(code: str) -> Rule:
    return lambda params, _message: describe_print_error(code, params)


def _clock(text: object) -> str:
    """A core's "09:30" in the desk's digits; anything else as it came."""
    parsed = QTime.fromString(str(text), "HH:mm")
    return QLocale().toString(parsed, "HH:mm") if parsed.isValid() else str(text)


def _listed(value: object) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)


class ErrorWords(QObject):
    """The words of each core error code (the translations' context is this class)."""

    def words(self, code: str, params: Params, message: str) -> str:
        rule = self.rules().get(code)
        if rule is None:
            return message or code
        try:
            return rule(params, message)
        except (KeyError, IndexError, ValueError, TypeError):
            log.warning("the words of %r do not fit its details %r", code, dict(params))
            return message or code

    def other(self, exc: BaseException) -> str:
        """An error that is not the core's: the file, the database, or a fault."""
        # The driver's error, or SQLAlchemy's wrapper of it (``orig``): ui/ never imports
        # the database layer.
        if isinstance(exc, sqlite3.DatabaseError) or isinstance(
            getattr(exc, "orig", None), sqlite3.DatabaseError
        ):
            return self.tr(
                "The forum database cannot be read or written (damaged, locked or not a database)."
            )
        if isinstance(exc, IsADirectoryError):
            return self.tr("{0} is a folder, not a file.").format(exc.filename)
        if isinstance(exc, PermissionError):
            return self.tr("Permission denied: {0}").format(exc.filename)
        if isinstance(exc, FileNotFoundError):
            return self.tr("File not found: {0}").format(exc.filename)
        if isinstance(exc, OSError):
            return str(exc.strerror or exc)
        if str(exc):
            return self.tr("Something went wrong: {0}. The details are in the log file.").format(
                exc
            )
        return self.tr("Something went wrong; the details are in the log file.")

    def _fill(self, template: str) -> Rule:
        """A rule that puts the params (lists joined) into ``template``'s {names}."""

        def rule(params: Params, message: str) -> str:
            values = {k: _listed(v) for k, v in params.items()}
            values.setdefault("message", message)
            return template.format(**values)

        return rule

    def rules(self) -> dict[str, Rule]:
        fill = self._fill
        rules: dict[str, Rule] = {
            # -- any part of the core --------------------------------------------------
            "error": fill(self.tr("This did not work: {message}")),
            "not_found": self._not_found,
            "invalid_input": self._invalid_input,
            "import_rejected": fill(
                self.tr("Problems in the file: {problems}. Nothing was imported.")
            ),
            "read_only": fill(self.tr("This cannot be changed here: {message}")),
            "conflict": self._conflict,
            "no_event": fill(
                self.tr(
                    "This database holds no event yet: import participants, or connect the "
                    "desk to a server."
                )
            ),
            "pin_not_set": lambda _p, _m: no_pin_text(),
            "wrong_pin": fill(self.tr("Wrong PIN.")),
            # -- a scanned text that is no badge -----------------------------------------
            "unreadable": fill(self.tr("The code could not be read. Please scan again.")),
            "truncated": fill(self.tr("Only part of the code was read. Please scan again.")),
            "oversized": fill(self.tr("The code is too long to be a badge. Please scan again.")),
            "not_ours": fill(self.tr("This is not a badge of this forum.")),
            "altered": fill(self.tr("This badge has been altered. Call a supervisor.")),
            # -- meetings: booking rules -------------------------------------------------
            "booking_refused": fill(self.tr("This booking is not possible: {message}")),
            "delegation_busy": fill(
                self.tr("{delegation} already has a meeting with {partners} at this time.")
            ),
            "table_busy": fill(self.tr("{table} is already taken at this time by {delegations}.")),
            "interpreter_busy": fill(
                self.tr("{interpreter} is already interpreting for {delegations} at this time.")
            ),
            "delegation_unavailable": self._unavailable,
            "interpreter_needed": self._interpreter_needed,
            "interpreter_languages": fill(self.tr("{interpreter} does not speak {languages}.")),
            "no_free_interpreter": fill(
                self.tr(
                    "No interpreter for {languages} is free at this time: choose another slot, "
                    "or book with their own interpreter."
                )
            ),
            "invalid_delegations": fill(self.tr("A meeting needs two different delegations.")),
            "meeting_closed": self._with_status(
                self.tr("This meeting is {status}; book the request again instead.")
            ),
            "request_closed": self._with_status(self.tr("This request is already {status}.")),
            "invalid_status": fill(self.tr("That status is not possible here.")),
            "invalid_purpose": fill(self.tr("That purpose is not possible here.")),
            "unknown_slot": fill(self.tr("That slot no longer exists.")),
            "unknown_table": fill(self.tr("That table no longer exists.")),
            "unknown_interpreter": fill(self.tr("That interpreter no longer exists.")),
            # -- meetings: setup ---------------------------------------------------------
            "setup_refused": fill(self.tr("This change would break booked meetings: {message}")),
            "table_in_use": self._table_in_use,
            "interpreter_in_use": self._interpreter_in_use,
            "slots_overlap": lambda p, _m: self.tr(
                "This day already has a slot from {0} to {1}; these slots would overlap it."
            ).format(_clock(p["start"]), _clock(p["end"])),
            "day_in_use": fill(
                self.tr(
                    "Meetings use this day's slots; move or cancel them before removing the day."
                )
            ),
            # -- sync --------------------------------------------------------------------
            "sync_failed": fill(self.tr("Sync failed: {message}")),
            "sync_offline": fill(
                self.tr("The server does not answer. Check the address and the network.")
            ),
            "sync_unauthorized": fill(
                self.tr("The server no longer accepts this desk: enroll again.")
            ),
            "sync_forbidden": fill(self.tr("The server refused this: {message}")),
            "not_enrolled": fill(self.tr("This desk is not connected to a server yet.")),
            "enroll_refused": fill(
                self.tr("The server refused the code: it is unknown, used or expired.")
            ),
            "other_event": fill(
                self.tr(
                    "This desk's database holds another event with data. Use a new, empty "
                    "database to enroll."
                )
            ),
            # -- exports -----------------------------------------------------------------
            "unsupported_format": fill(self.tr("The file name must end in .csv or .xlsx.")),
            "sheet_too_large": fill(
                self.tr("Too many rows for one spreadsheet: export them as CSV instead.")
            ),
        }
        for code in PRINT_CODES:
            rules[code] = _print_rule(code)
        return rules

    # -- rules that choose their words by the details ------------------------------------
    def _not_found(self, p: Params, _message: str) -> str:
        if p.get("what") == "selection":
            return self.tr("No participants to print badges for.")
        code = p.get("codes") or p.get("code") or p.get("key")
        if code:
            return self.tr("No participant has the code {0}.").format(_listed(code))
        if p.get("delegation"):
            return self.tr("No delegation named {0}.").format(p["delegation"])
        if p.get("category"):
            return self.tr("No category named {0}.").format(p["category"])
        if p.get("table"):
            return self.tr("No table or room named {0}.").format(p["table"])
        if p.get("zone"):
            return self.tr("No zone {0}.").format(p["zone"])
        return self.tr("Not found: it may have been removed meanwhile.")

    def _invalid_input(self, p: Params, message: str) -> str:
        field = p.get("field")
        if field == "pin" and "min" in p and "max" in p:
            locale = QLocale()
            return self.tr(
                "A PIN has {0} to {1} characters, without spaces at the beginning or end."
            ).format(locale.toString(int(p["min"])), locale.toString(int(p["max"])))
        fixed = {
            "reason": self.tr("A reason is required."),
            "name": self.tr("A name is required."),
            "delegation": self.tr("A delegation is required."),
            "country": self.tr("This country is not known: {0}").format(message),
            "category": self.tr("This category is not known: {0}").format(message),
        }
        if field in fixed:
            return fixed[str(field)]
        if p.get("layout"):
            return self.tr("There is no badge layout {0}.").format(p["layout"])
        return self.tr("Some of these values are not possible: {0}.").format(message)

    def _conflict(self, p: Params, message: str) -> str:
        if p.get("code"):
            return self.tr("The badge of {0} changed meanwhile; ask for the reprint again.").format(
                p["code"]
            )
        if p.get("result"):
            return self.tr("Only a rejection can be overridden.")
        return self.tr("Not done: something changed meanwhile ({0}).").format(message)

    def _unavailable(self, p: Params, _message: str) -> str:
        reason = str(p.get("reason") or "") or self.tr("unavailable")
        return self.tr("{delegation} is not available at this time ({reason}).").format(
            delegation=p["delegation"], reason=reason
        )

    def _interpreter_needed(self, p: Params, _message: str) -> str:
        delegations = p.get("delegations")
        if isinstance(delegations, list | tuple):
            together = self.tr(" and ").join(str(d) for d in delegations)
        else:
            together = str(delegations)
        return self.tr(
            "{delegations} share no language: choose an interpreter for {languages}."
        ).format(delegations=together, languages=_listed(p["languages"]))

    def _with_status(self, template: str) -> Rule:
        def rule(p: Params, _message: str) -> str:
            return template.format(status=MeetingWords().status(str(p["status"])).lower())

        return rule

    def _table_in_use(self, p: Params, _message: str) -> str:
        if p.get("count"):
            return self.tr(
                "{0} has {1} meeting(s); move or cancel them before removing it."
            ).format(p.get("table", ""), p["count"])
        return self.tr(
            "Cancelled meetings keep {0} in their history; rename it instead of removing it."
        ).format(p.get("table", ""))

    def _interpreter_in_use(self, p: Params, _message: str) -> str:
        if p.get("count"):
            return self.tr(
                "{0} interprets at {1} meeting(s); give those meetings another interpreter first."
            ).format(p.get("interpreter", ""), p["count"])
        return self.tr("Cancelled meetings keep {0} in their history.").format(
            p.get("interpreter", "")
        )
