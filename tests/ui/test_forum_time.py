"""Every time the desk shows is the forum's, named where it could be mistaken, in the
desk's language and digits: a laptop flown in from New York to a forum in Kazan."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.ui.test_checkin_page import make_forum
from ui.app import install_translations, make_application
from ui.context import AppContext, AppSignals
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

MOSCOW = ZoneInfo("Europe/Moscow")
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")
WESTERN = set("0123456789")


@pytest.fixture(autouse=True)
def _laptop_on_new_york_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The laptop's own clock is five hours or more off the forum's."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture()
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    forum = make_forum(tmp_path / "desk.db")  # the forum's zone: Europe/Moscow
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sounds = False
    context = AppContext(forum, settings, BackgroundRunner(), AppSignals())
    yield context
    context.runner.wait(5000)
    forum.checkin.close()
    forum.close()


def _moscow(moment: datetime) -> str:
    return moment.astimezone(MOSCOW).strftime("%H:%M")


def _checkin_page(qtbot: Any, ctx: AppContext) -> Any:
    from ui.pages.checkin import CheckinPage

    host = QWidget()
    page = CheckinPage(ctx)
    QVBoxLayout(host).addWidget(page)
    qtbot.addWidget(host)
    host.resize(1280, 820)
    host.show()
    qtbot.waitExposed(host)
    page.host = host  # qtbot keeps only a weak reference
    return page


def _scan(qtbot: Any, page: Any, text: str) -> None:
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_already_in_and_undo_say_the_forum_time_and_its_zone(qtbot: Any, ctx: AppContext) -> None:
    page = _checkin_page(qtbot, ctx)
    qr = ctx.forum.checkin.qr_for("KZN-001")
    _scan(qtbot, page, qr)
    assert page.panel.state == "admitted"
    # Undo takes back the admission on screen and says when it was, in forum time.
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    undone = ctx.forum.checkin.recent(3)
    admitted = next(r for r in undone if r.result == "admitted")
    text = page.panel.reason_label.text()
    assert f"at {_moscow(admitted.at)} MSK" in text, text
    laptop = admitted.at.astimezone().strftime("%H:%M")
    assert laptop not in text  # never the laptop's clock

    _scan(qtbot, page, qr)
    assert page.panel.state == "admitted"
    first = ctx.forum.checkin.recent(1)[0].at
    _scan(qtbot, page, qr)
    assert page.panel.state == "already_in"
    assert f"since {_moscow(first)} MSK" in page.panel.reason_label.text()


def test_last_printed_is_the_forum_time(qtbot: Any, ctx: AppContext) -> None:
    from ui import printing
    from ui.pages.badges import BadgesPage

    if not printing.rasteriser_name():
        pytest.skip("no PDF rasteriser")
    ctx.forum.badges.record_prints(["KZN-001"], "a6")
    page = BadgesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.settle()  # the list is read in the background
    row = next(i for i, r in enumerate(page._rows) if r.registration_code == "KZN-001")
    page.table.selectRow(row)
    printed = ctx.forum.badges.print_status(["KZN-001"])["KZN-001"].last_printed_at
    assert printed is not None
    text = page.status_label.text()
    assert f"{_moscow(printed)} MSK" in text, text
    assert printed.replace(tzinfo=UTC).astimezone().strftime("%H:%M") not in text
    page.ctx.runner.wait()


def test_the_status_bar_names_the_forum_zone(qtbot: Any, ctx: AppContext) -> None:
    from desktop.sync.state import SyncStatus
    from ui.widgets.sync_status import SyncStatusWidget, SyncView

    widget = SyncStatusWidget(ctx, start=False)
    qtbot.addWidget(widget)
    last = datetime.now(UTC).replace(microsecond=0)
    status = SyncStatus(
        online=True,
        pending=0,
        last_success=last,
        last_error=None,
        enrolled=True,
        server_url="https://forum.test",
        role="desk",
    )
    widget.show_view(SyncView("online", status, ""))
    assert f"last sync {_moscow(last)} MSK" in widget.text()


@pytest.fixture
def arabic() -> Iterator[None]:
    app = make_application()
    before = QLocale()
    installed = install_translations(app, "ar")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


def _digits(text: str) -> set[str]:
    return {ch for ch in text if ch in ARABIC_INDIC | WESTERN}


def test_arabic_times_keep_one_digit_form(qtbot: Any, arabic: None, demo_forum: Any) -> None:
    """Every time an Arabic desk shows is written in the digits of its locale, zone and all."""
    from ui.app import create_context
    from ui.pages.dashboard import DashboardPage

    zero = QLocale().zeroDigit()
    form = ARABIC_INDIC if zero == "٠" else WESTERN
    page = DashboardPage(create_context(demo_forum))
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    demo_forum.checkin.scan(page.data.watch[0].registration_code, "main")
    page.refresh()
    qtbot.waitUntil(lambda: sum(p[1] for p in page.time_chart.points) == 1, timeout=10000)
    updated = page.updated.text()
    assert _digits(updated) and _digits(updated) <= form, updated
    # the hours under the chart too
    drawn: list[str] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> Any:
        drawn.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)

    QPainter.drawText = record  # type: ignore[method-assign]
    try:
        page.time_chart.grab()
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]
    hours = [t for t in drawn if re.fullmatch(r"\S\S:\S\S", t)]
    assert hours and all(_digits(h) <= form for h in hours), hours
    page.timer.stop()
    page.ctx.runner.wait()

    from ui.timefmt import ForumClock

    clock = ForumClock("Europe/Moscow")
    moment = datetime(2026, 6, 3, 9, 48, 5, tzinfo=UTC)
    for text in (
        clock.time(moment, zone=True),
        clock.moment(moment, seconds=True, zone=True),
        clock.moment(moment, year=True, zone=True),
    ):
        assert _digits(text) <= form, text
