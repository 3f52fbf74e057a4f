"""Print on arrival (issue 11, item 6) as a desk operator meets it, on a real CUPS queue.

The lead turns the setting on in the Settings dialog; a delegate's badge is scanned; the
result shows at once and the badge prints in the background on the desk's printer, once,
logged in the print log; the panel says how the printing goes; a failed print says why
and F8 sends it again; the scanner is never held up by a print.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QStyle,
    QStyleOptionGroupBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.db.models import BadgePrint, Participant
from tests.cups_support import pdf_pages, qr_texts
from tests.ui.test_checkin_field import scanner
from tests.ui.test_checkin_page import make_forum, shoot
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

ILSUR, WEI, AMINA = "KZN-001", "ZZ-002", "CAI-003"
A6 = (297.6, 419.5)


@pytest.fixture()
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    forum = make_forum(tmp_path / "desk.db")
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    context = AppContext(forum, settings, BackgroundRunner(), AppSignals())
    yield context
    context.runner.wait(30000)
    forum.checkin.close()
    forum.close()


@pytest.fixture()
def page(qtbot: Any, ctx: AppContext) -> Iterator[Any]:
    from ui.pages.checkin import CheckinPage

    host = QWidget()
    layout = QVBoxLayout(host)
    page = CheckinPage(ctx)
    layout.addWidget(page)
    qtbot.addWidget(host)
    host.resize(1366, 700)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(page.field.hasFocus)
    page.host = host
    yield page
    ctx.runner.wait(30000)
    page.arrival.shutdown()


def _on(ctx: AppContext, printer: str) -> None:
    """The desk prints A6 badges on ``printer`` (as the Badges page remembers it) and
    has print on arrival turned on."""
    ctx.settings.remember_printer("a6", printer)
    ctx.settings.print_on_arrival = True


def _scan(page: Any, code: str) -> float:
    """A scanner burst of the person's badge; returns how long the desk took for it."""
    started = time.perf_counter()
    scanner(page.field, page.ctx.forum.checkin.qr_for(code))
    return time.perf_counter() - started


def _line(page: Any) -> str:
    return page.panel.print_label.text() if page.panel.print_label.isVisible() else ""


def _prints(ctx: AppContext, code: str) -> list[BadgePrint]:
    with ctx.forum.session() as s:
        rows = s.scalars(
            select(BadgePrint)
            .join(Participant, Participant.id == BadgePrint.participant_id)
            .where(Participant.registration_code == code)
            .order_by(BadgePrint.printed_at)
        ).all()
        s.expunge_all()
        return list(rows)


def _jobs(cups_queues: Any, queue: str) -> list[str]:
    out = cups_queues.server.run("lpstat", "-W", "all", "-o", queue, check=False).stdout
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def _record_lines(page: Any) -> list[str]:
    """Every printing line the panel shows from now on."""
    seen: list[str] = []
    page.arrival.changed.connect(lambda _code: seen.append(_line(page)))
    return seen


# -- the setting ------------------------------------------------------------------------
def test_the_lead_turns_print_on_arrival_on_in_the_settings(
    qtbot: Any, demo_forum: Any, cups_queues: Any
) -> None:
    from ui.app import create_context
    from ui.dialogs.settings import SettingsDialog

    badges_printer, other = cups_queues.pdf(), cups_queues.pdf()
    cups_queues.server.run("lpadmin", "-d", other)
    ctx = create_context(demo_forum)
    ctx.settings.remember_printer("a6", badges_printer, "Tray2")
    assert not ctx.settings.print_on_arrival, "off until a lead turns it on"

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.arrival
    assert not box.isChecked() and not dialog.arrival_printer.isEnabled()
    # The defaults name what they stand for: the desk's layout and its printer.
    assert dialog.arrival_layout.currentText() == "Desk's badge layout (A6)"
    assert dialog.arrival_printer.currentText() == f"Chosen for this layout ({badges_printer})"
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    tick = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, box
    )
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick.center())
    assert box.isChecked() and dialog.arrival_printer.isEnabled()
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert ctx.settings.print_on_arrival
    assert ctx.settings.arrival_choice() == ("a6", badges_printer, "Tray2")

    # Another printer and the card layout for arrivals; the Badges page keeps its own.
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.arrival.isChecked()
    dialog.arrival_layout.setCurrentIndex(dialog.arrival_layout.findData("cr80"))
    assert dialog.arrival_printer.itemText(0) == f"System default printer ({other})"
    dialog.arrival_printer.setCurrentIndex(dialog.arrival_printer.findData(other))
    dialog.save()
    assert ctx.settings.arrival_choice() == ("cr80", other, "")
    assert ctx.settings.printer_for("a6") == (badges_printer, "Tray2")
    assert ctx.settings.badge_layout == "a6"


# -- printing at the first admission ------------------------------------------------------
def test_the_first_admission_prints_the_badge_once_in_the_background(
    qtbot: Any, page: Any, ctx: AppContext, cups_queues: Any
) -> None:
    queue = cups_queues.pdf()
    _on(ctx, queue)
    lines = _record_lines(page)
    _scan(page, ILSUR)
    # The result is on the panel before the badge is in the queue: the desk never waits.
    assert page.panel.state == "admitted"
    assert page.panel.latin_label.text() == "Ilsur Metshin"
    assert page.arrival.prints[ILSUR].state in ("checking", "printing")
    assert not ctx.forum.badges.was_printed(ILSUR)
    qtbot.waitUntil(lambda: _line(page) == "Badge printed", timeout=60000)
    assert "Badge printing…" in lines
    assert lines.index("Badge printing…") < lines.index("Badge printed")
    assert page.panel.print_tone == "done"
    shoot(page.host, "arrival_printed")

    [row] = _prints(ctx, ILSUR)
    assert (row.source, row.status, row.printer, row.layout) == ("arrival", "printed", queue, "a6")
    [job] = _jobs(cups_queues, queue)
    out = cups_queues.output(job)
    [(w, h)] = pdf_pages(out)
    assert abs(w - A6[0]) <= 1 and abs(h - A6[1]) <= 1, "A6, as the layout says"
    assert qr_texts(out) == [ctx.forum.checkin.qr_for(ILSUR)]

    # Out and in again: admitted a second time, and nothing prints again.
    page.out_button.click()
    _scan(page, ILSUR)
    page.in_button.click()
    _scan(page, ILSUR)
    assert page.panel.state == "admitted" and page.direction == "in"
    ctx.runner.wait(10000)
    qtbot.wait(300)
    assert _line(page) == ""
    assert len(_prints(ctx, ILSUR)) == 1
    assert _jobs(cups_queues, queue) == [job]


def test_no_print_for_a_badge_printed_before_an_amber_a_red_or_with_the_setting_off(
    qtbot: Any, page: Any, ctx: AppContext, cups_queues: Any
) -> None:
    queue = cups_queues.pdf()
    ctx.settings.remember_printer("a6", queue)
    _scan(page, ILSUR)  # setting off
    assert page.panel.state == "admitted"
    ctx.settings.print_on_arrival = True
    ctx.forum.badges.log_prints([WEI], "a6", printer=queue, job="", source="batch")
    _scan(page, WEI)  # printed the night before
    assert page.panel.state == "admitted"
    _scan(page, ILSUR)  # already inside: amber
    assert page.panel.state == "already_in"
    scanner(page.field, "FD1.not-a-badge")  # red
    assert page.panel.state == "rejected"
    ctx.runner.wait(10000)
    qtbot.wait(300)
    assert _jobs(cups_queues, queue) == []
    assert _line(page) == ""
    assert _prints(ctx, ILSUR) == []
    assert [r.source for r in _prints(ctx, WEI)] == ["batch"]


def test_scans_keep_coming_while_a_badge_is_being_sent_and_it_prints_once(
    qtbot: Any, page: Any, ctx: AppContext, cups_queues: Any
) -> None:
    """A slow queue (each job takes a second to be accepted): the scanner's bursts are
    taken and shown at once meanwhile, and a second admission while the first job is
    still being sent prints nothing more."""
    queue = cups_queues.pdf()
    _on(ctx, queue)
    spooler = ctx.forum.printing.spooler
    submit = spooler.submit

    def slow_submit(*args: Any, **kwargs: Any) -> Any:
        time.sleep(1.0)
        return submit(*args, **kwargs)

    spooler.submit = slow_submit  # type: ignore[method-assign]
    _scan(page, ILSUR)
    qtbot.waitUntil(lambda: _line(page) == "Badge printing…", timeout=10000)
    # While the badge is on its way: out, in again, and two other delegates.
    page.out_button.click()
    took = [_scan(page, ILSUR)]
    page.in_button.click()
    took.append(_scan(page, ILSUR))
    assert page.panel.state == "admitted" and page.panel.latin_label.text() == "Ilsur Metshin"
    took.append(_scan(page, WEI))
    assert page.panel.latin_label.text() == "Zhang Wei"
    took.append(_scan(page, AMINA))
    assert page.panel.latin_label.text() == "Amina Hassan"
    assert _line(page) in ("", "Badge printing…")
    assert page.arrival.prints[ILSUR].state == "printing", "all that while, still sending"
    assert max(took) < 0.5, took
    qtbot.waitUntil(
        lambda: all(ctx.forum.badges.was_printed(c) for c in (ILSUR, WEI, AMINA)), timeout=60000
    )
    ctx.runner.wait(30000)
    assert [r.source for r in _prints(ctx, ILSUR)] == ["arrival"]
    assert len(_jobs(cups_queues, queue)) == 3


def test_a_badge_printed_on_arrival_reloads_no_hidden_badges_page_while_scanning(
    qtbot: Any, demo_forum: Any, cups_queues: Any
) -> None:
    """The Badges page, once visited, reloads its list of every participant when badges
    print (a tenth of a second and more on a big forum): while the desk is on check-in,
    it waits until the page shows again, and then shows the badge printed."""
    from ui.app import create_context
    from ui.main_window import MainWindow

    queue = cups_queues.pdf()
    ctx = create_context(demo_forum)
    ctx.settings.sounds = False
    _on(ctx, queue)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 698)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(2)
    badges = window.page("badges")
    qtbot.waitUntil(badges.isVisible)
    reloads: list[bool] = []
    original = badges.refresh

    def counted() -> None:
        reloads.append(badges.isVisible())
        original()

    badges.refresh = counted  # type: ignore[method-assign]
    window.show_page(0)
    page = window.page("checkin")
    person = next(p for p in demo_forum.participants.summaries() if p.status == "registered")
    scanner(page.field, demo_forum.checkin.qr_for(person.registration_code))
    qtbot.waitUntil(lambda: _line(page) == "Badge printed", timeout=60000)
    assert reloads == [], "no reload of a hidden page during check-in"

    window.show_page(2)
    qtbot.waitUntil(lambda: reloads == [True])
    badges.search.setText(person.registration_code)
    qtbot.waitUntil(lambda: badges.table.rowCount() == 1)
    assert badges.table.item(0, 5).text() == "printed ×1"
    ctx.runner.wait()
    page.arrival.shutdown()


# -- when it does not print ------------------------------------------------------------------
def test_a_refusing_queue_is_said_on_the_panel_and_f8_prints_it(
    qtbot: Any, page: Any, ctx: AppContext, cups_queues: Any
) -> None:
    queue = cups_queues.pdf()
    cups_queues.reject(queue)
    _on(ctx, queue)
    _scan(page, ILSUR)
    qtbot.waitUntil(lambda: "not printed" in _line(page), timeout=30000)
    assert _line(page) == (
        f"Badge not printed: The printer “{queue}” is not accepting jobs."
        " Closed for the night. Press F8 to try again."
    )
    assert page.panel.print_tone == "problem"
    assert page.panel.state == "admitted", "the person is in; only the badge is missing"
    assert not ctx.forum.badges.was_printed(ILSUR)
    shoot(page.host, "arrival_refused")

    # The next delegate is not held up; the first one's badge stays on the panel.
    _scan(page, WEI)
    assert page.panel.latin_label.text() == "Zhang Wei"
    qtbot.waitUntil(lambda: _line(page).startswith("Badge not printed"), timeout=30000)
    # Wei's badge could not print either, and Ilsur's is still counted.
    assert "Earlier badges not printed: 1." in _line(page)
    assert _line(page).endswith("Press F8 to try again.")

    cups_queues.server.run("cupsaccept", queue)
    qtbot.keyClick(page.field, Qt.Key.Key_F8)
    qtbot.waitUntil(
        lambda: ctx.forum.badges.was_printed(ILSUR) and ctx.forum.badges.was_printed(WEI),
        timeout=30000,
    )
    qtbot.waitUntil(
        lambda: _line(page) in (f"Badge sent to {queue}", "Badge printed"), timeout=30000
    )
    assert len(_jobs(cups_queues, queue)) == 2
    # Retried, not listed as failed any more on the Badges page either.
    assert ctx.forum.printing.failed_jobs() == []


def test_an_unknown_printer_is_named_never_the_default(
    qtbot: Any, page: Any, ctx: AppContext, cups_queues: Any
) -> None:
    default = cups_queues.pdf()
    cups_queues.server.run("lpadmin", "-d", default)
    ctx.settings.print_on_arrival = True
    ctx.settings.arrival_printer = "Zebra_GX420d"
    _scan(page, AMINA)
    qtbot.waitUntil(lambda: "not printed" in _line(page), timeout=30000)
    assert _line(page) == (
        "Badge not printed: There is no printer “Zebra_GX420d” on this computer."
        " Press F8 to try again."
    )
    assert _jobs(cups_queues, default) == []
    # The lead picks the right printer; F8 prints the badge there.
    ctx.settings.arrival_printer = default
    qtbot.keyClick(page.field, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: ctx.forum.badges.was_printed(AMINA), timeout=30000)
    [row] = _prints(ctx, AMINA)
    assert row.printer == default
    qtbot.waitUntil(
        lambda: _line(page) in (f"Badge sent to {default}", "Badge printed"), timeout=30000
    )


def test_a_job_that_fails_after_the_queue_took_it_is_reported(
    qtbot: Any, page: Any, ctx: AppContext, cups_queues: Any
) -> None:
    dead = cups_queues.dead()
    _on(ctx, dead)
    ctx.forum.printing.held_grace = 0.5
    _scan(page, WEI)
    qtbot.waitUntil(lambda: _line(page) == f"Badge sent to {dead}", timeout=30000)
    qtbot.waitUntil(lambda: "not printed" in _line(page), timeout=60000)
    assert _line(page).startswith(f"Badge not printed: The printer “{dead}” failed to print")
    assert _line(page).endswith("Press F8 to try again.")
    assert not ctx.forum.badges.was_printed(WEI)
    [row] = _prints(ctx, WEI)
    assert (row.source, row.status) == ("arrival", "failed")
    # The printer is back: F8.
    cups_queues.server.run("lpadmin", "-p", dead, "-v", cups_queues.server.pdf_uri)
    cups_queues.server.run("cupsenable", dead)
    qtbot.keyClick(page.field, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: ctx.forum.badges.was_printed(WEI), timeout=30000)
    qtbot.waitUntil(lambda: _line(page) == "Badge printed", timeout=30000)


# -- the line fits the laptop ----------------------------------------------------------------
@pytest.fixture
def shown_in(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """The desk in ``request.param`` as ui/app.py starts it; English again afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.mark.parametrize("screen", ["1366x768", "1280x720"])
@pytest.mark.parametrize("shown_in", ["en", "ru", "ar"], indirect=True)
def test_a_failed_print_takes_nothing_from_the_person_on_a_laptop(
    qtbot: Any, demo_forum: Any, cups_queues: Any, shown_in: str, screen: str
) -> None:
    """A failure of this person's badge and of earlier ones, with the F8 line, is read
    whole beside the headline; the window keeps its size with every control in reach,
    and the person's headline, name and photo are as large as without the line."""
    from tests.ui.test_window_width import LAPTOPS, _out_of_reach, _settle
    from ui.app import create_context, make_application
    from ui.main_window import MainWindow

    make_application()
    width, height = LAPTOPS[screen]
    ctx = create_context(demo_forum)
    ctx.settings.sounds = False
    ctx.settings.print_on_arrival = True
    ctx.settings.arrival_printer = "Zebra_GX420d"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("checkin")
    panel = page.panel
    people = [p for p in demo_forum.participants.summaries() if p.status == "registered"][:3]
    for person in people:
        code = person.registration_code
        scanner(page.field, demo_forum.checkin.qr_for(code))
        qtbot.waitUntil(lambda c=code: page.arrival.prints[c].state == "failed")
    label = panel.print_label
    assert "Zebra_GX420d" in label.text() and "F8" in label.text()
    _settle(qtbot, window)
    shoot(window, f"arrival_fit_{shown_in}_{screen}")
    assert (window.width(), window.height()) == (width, height)
    assert label.height() >= label.heightForWidth(label.width()), "the words are cut"
    assert not _out_of_reach(window, page), _out_of_reach(window, page)
    headline = panel.headline
    assert headline.height() >= headline.heightForWidth(headline.width()), "headline cut"
    person = [panel.name_label, panel.latin_label, panel.title_label, panel.photo]
    with_line = [w.height() for w in person]

    ctx.settings.print_on_arrival = False  # the line goes (what failed stays listed)
    page.arrival.refresh()
    assert not label.isVisible()
    _settle(qtbot, window)
    assert [w.height() for w in person] == with_line
    ctx.runner.wait()
    page.arrival.shutdown()
