"""Print on arrival: a participant's badge prints at their first admission at this desk.

For forums that print badges on the day instead of the night before (a desk setting,
**Print badge on arrival**, off by default). The check-in page hands every decision it
shows to :meth:`ArrivalPrinting.admitted`; a plain admission ("in", not an override) of
someone whose badge was never printed sends the badge to the desk's printer from a
background task::

    forum.printing.print_badges([participant_id], once=True, source="arrival", wait=0)

The scan path only starts that task: the result shows at once, and the next scan is
taken while the badge renders and goes to the queue. ``once`` leaves out a badge printed
before or being sent right now, so a second admission never prints again. Once the queue
took the job it is followed apart (``PrintService.follow``) on a runner of its own, so a
slow printer never holds up the next badge or a search.

The result panel's printing line says how it goes: "Badge printing…", "Badge sent to
PRINTER", "Badge printed", or what went wrong in the operator's words with "Press F8 to
try again". F8 on the check-in page sends every badge that failed on arrival again. The
next scans are not held up by a failure, and the panel keeps counting the earlier badges
not printed until they are (here or from the Badges page, whose failed jobs list shows
them too).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from desktop.domain.checkin import Decision
from desktop.errors import ForumDeskError
from desktop.printing import PrintingError, PrintRun, problem_of
from ui.context import AppContext
from ui.errors import describe, describe_problem
from ui.tasks import BackgroundRunner, TaskState
from ui.widgets.print_jobs import RETRY_KEY
from ui.widgets.result_panel import ResultPanel

log = logging.getLogger(__name__)

SOURCE = "arrival"
#: How long a badge's job is followed after the queue took it, in seconds; a job still
#: in the queue then stays "sent to PRINTER".
FOLLOW_SECONDS = 30.0
#: Jobs followed at once; more wait their turn (the badges are in the queue already).
FOLLOWERS = 2


@dataclass
class ArrivalPrint:
    """One participant's badge printing on arrival, as this desk last knows it."""

    code: str
    participant_id: str
    #: checking (is it printed already?), printing, sent, printed or failed
    state: str = "checking"
    printer: str = ""
    #: What went wrong, in the operator's words (state failed).
    problem: str = ""
    #: The job is being followed in the queue (a failure may still come).
    following: bool = False
    #: The check-in that started it (or its latest retry): the panel shows this one's
    #: state while it shows that check-in.
    checkin_id: str = ""


class ArrivalPrinting(QObject):
    """Starts the badge printing at first admissions and keeps the panel's line true."""

    #: A badge's printing state changed (its registration code).
    changed = Signal(str)

    def __init__(self, ctx: AppContext, panel: ResultPanel, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.panel = panel
        #: By registration code: badges printing now, and those that failed.
        self.prints: dict[str, ArrivalPrint] = {}
        self.follower = BackgroundRunner(self, max_threads=FOLLOWERS)
        self._follows: set[TaskState] = set()
        self.shortcut = QShortcut(QKeySequence(RETRY_KEY), page)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.retry)
        panel.changed.connect(self.refresh)
        ctx.signals.badges_changed.connect(self._badges_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def enabled(self) -> bool:
        return self.ctx.settings.print_on_arrival

    # -- starting ------------------------------------------------------------------------
    def admitted(self, decision: Decision) -> bool:
        """A decision was shown: print the badge if it is a first admission of someone
        whose badge was never printed. Returns whether printing started. Fast: the work
        runs in the background."""
        p = decision.participant
        if (
            not self.enabled
            or p is None
            or decision.result != "admitted"
            or decision.direction != "in"
            or decision.reason == "override"  # a supervisor's call, not an arrival
        ):
            return False
        item = self.prints.get(p.registration_code)
        if item is not None and item.state != "failed":
            return False  # being sent right now: never twice
        if item is None:
            item = ArrivalPrint(p.registration_code, str(p.id))
            self.prints[item.code] = item
        item.checkin_id = decision.checkin_id
        self._start(item)
        self.refresh()
        return True

    def retry(self) -> int:
        """F8: send every badge that failed on arrival again. Returns how many."""
        failed = [i for i in self.prints.values() if i.state == "failed"]
        for item in failed:
            self._start(item, retry=True)
        self.refresh()
        return len(failed)

    def _start(self, item: ArrivalPrint, *, retry: bool = False) -> None:
        # A new try: what an older one still reports, or its job's follow-up, is dropped
        # (the runners' "latest wins", keyed by the badge).
        self.follower.drop(("follow", item.code), self)
        self._follows = {state for state in self._follows if not state.superseded}
        item.state, item.problem, item.following = "checking", "", False
        layout, printer, paper = self.ctx.settings.arrival_choice()
        service = self.ctx.forum.printing
        badges = self.ctx.forum.badges
        code, participant = item.code, item.participant_id

        def work(state: TaskState) -> PrintRun | PrintingError | None:
            if badges.was_printed(code):
                return None
            state.progress(0.0, "printing")
            try:
                if retry:
                    # The failed job the Badges page lists too: retried, not listed twice.
                    job = next((j for j in service.failed_jobs() if j.codes == (code,)), None)
                    if job is not None:
                        name = printer or service.resolve_printer(None).name
                        return service.retry(
                            job, printer=name, paper_source=paper, once=True, wait=0
                        )
                return service.print_badges(
                    [participant],
                    layout=layout,
                    printer=printer or None,
                    paper_source=paper,
                    source=SOURCE,
                    once=True,
                    wait=0,
                )
            except PrintingError as exc:  # an outcome to show, not a fault of the desk
                return exc

        def current() -> bool:
            return self.prints.get(code) is item

        def progress(_fraction: float, message: str) -> None:
            if current() and message == "printing":
                self._set(item, "printing")

        def done(run: PrintRun | PrintingError | None) -> None:
            if not current():
                return
            if isinstance(run, PrintingError):
                failed(run)
                return
            if run is None or not run.outcomes:
                # Printed before, or being printed by another path right now.
                self._forget(item)
                return
            outcome = run.outcomes[0]
            self.ctx.signals.badges_changed.emit()
            if outcome.ok:
                item.printer = outcome.printer
                if outcome.status == "queued":
                    self._follow(item, run)
                self._set(item, "printed" if outcome.status == "printed" else "sent")
            else:
                self._fail(
                    item, describe_problem(outcome.problem, outcome.printer, outcome.message)
                )

        def failed(exc: BaseException) -> None:
            if not current():
                return
            if isinstance(exc, PrintingError):
                # Short, for the panel: the Badges page's failed jobs list the printers.
                text = describe_problem(
                    problem_of(exc),
                    str(exc.params.get("printer", "")),
                    str(exc.params.get("reason", "")),
                )
                self.ctx.signals.badges_changed.emit()  # the Badges page lists it
            elif isinstance(exc, ForumDeskError):
                text = describe(exc)
            else:
                log.error("print on arrival failed: %r", exc)
                text = self.tr("The badge could not be made (see the desk's log).")
            self._fail(item, text)

        self.ctx.runner.run(work, done, failed, progress, owner=self, key=("print", code))

    def _follow(self, item: ArrivalPrint, run: PrintRun) -> None:
        """Watch the job until it leaves the queue: printed, or failed after all."""
        service = self.ctx.forum.printing
        item.following = True
        state: TaskState | None = None

        def work(task: TaskState) -> PrintRun:
            return service.follow(run, FOLLOW_SECONDS, stop=lambda: task.cancelled)

        def done(followed: PrintRun) -> None:
            self._follows.discard(state)  # type: ignore[arg-type]
            if self.prints.get(item.code) is not item:
                return
            item.following = False
            outcome = followed.outcomes[0]
            if outcome.ok:
                self._set(item, "printed" if outcome.status == "printed" else "sent")
            elif not outcome.ok:
                self.ctx.signals.badges_changed.emit()
                self._fail(
                    item, describe_problem(outcome.problem, outcome.printer, outcome.message)
                )

        def failed(exc: BaseException) -> None:
            self._follows.discard(state)  # type: ignore[arg-type]
            item.following = False
            log.warning("could not follow the arrival print of %s: %s", item.code, exc)

        state = self.follower.run(work, done, failed, owner=self, key=("follow", item.code))
        self._follows.add(state)

    # -- states --------------------------------------------------------------------------
    def _set(self, item: ArrivalPrint, state: str) -> None:
        item.state = state
        log.info("arrival badge %s: %s %s", item.code, state, item.printer)
        self.refresh()
        self.changed.emit(item.code)

    def _fail(self, item: ArrivalPrint, problem: str) -> None:
        item.problem = problem
        log.warning("arrival badge %s not printed: %s", item.code, problem)
        self._set(item, "failed")

    def _forget(self, item: ArrivalPrint) -> None:
        self.prints.pop(item.code, None)
        self.refresh()
        self.changed.emit(item.code)

    def _badges_changed(self) -> None:
        """A failed badge printed elsewhere (the Badges page's retry): no longer failed."""
        for item in [i for i in self.prints.values() if i.state == "failed"]:
            try:
                printed = self.ctx.forum.badges.was_printed(item.code)
            except ForumDeskError:
                continue
            if printed:
                self._forget(item)

    # -- the panel's line ------------------------------------------------------------------
    def line(self) -> tuple[str, str]:
        """The printing line for what the panel shows now, and its tone."""
        own = self._shown()
        parts: list[str] = []
        tone = "busy"
        if own is not None and own.state == "printing":
            parts.append(self.tr("Badge printing…"))
        elif own is not None and own.state == "sent":
            parts.append(self.tr("Badge sent to %1").replace("%1", own.printer))
        elif own is not None and own.state == "printed":
            parts.append(self.tr("Badge printed"))
            tone = "done"
        elif own is not None and own.state == "failed":
            parts.append(self.tr("Badge not printed: %1").replace("%1", _sentence(own.problem)))
            tone = "problem"
        others = [i for i in self.prints.values() if i.state == "failed" and i is not own]
        if others:
            parts.append(self.tr("Earlier badges not printed: %1.").replace("%1", str(len(others))))
            tone = "problem"
        if tone == "problem":
            parts.append(self.tr("Press %1 to try again.").replace("%1", RETRY_KEY))
        return " ".join(parts), tone

    def _shown(self) -> ArrivalPrint | None:
        """The badge printing of the admission on the panel, if it started one."""
        decision = self.panel.decision
        if decision is None or decision.participant is None:
            return None
        item = self.prints.get(decision.participant.registration_code)
        if item is None or (item.checkin_id != decision.checkin_id and item.state != "failed"):
            return None
        return item

    def refresh(self) -> None:
        if not self.enabled:
            # Turned off: what failed stays in the Badges page's failed jobs only.
            for item in [i for i in self.prints.values() if i.state == "failed"]:
                self.prints.pop(item.code, None)
        # Done and not on the panel: nothing more to say about it.
        shown = self._shown()
        for item in list(self.prints.values()):
            if item is not shown and (
                item.state == "printed" or (item.state == "sent" and not item.following)
            ):
                self.prints.pop(item.code, None)
        text, tone = self.line()
        self.panel.show_print(text, tone)

    @property
    def busy(self) -> bool:
        """A badge is being checked, rendered or sent right now (not followed)."""
        return any(i.state in ("checking", "printing") for i in self.prints.values())

    def shutdown(self) -> None:
        """The desk closes: stop following jobs (they stay in the queue and the log)."""
        for state in list(self._follows):
            state.cancel()
        self.follower.wait(5000)


def _sentence(text: str) -> str:
    """The print system's words end as a sentence (CUPS gives "Closed for the night")."""
    text = text.strip()
    return text + "." if text and text[-1].isalnum() else text
