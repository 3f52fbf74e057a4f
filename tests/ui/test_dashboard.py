"""The Dashboard as management sees it: numbers and watch list follow check-ins."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from ui.app import create_context, make_application
from ui.pages.dashboard import DashboardPage
from ui.widgets.charts import ACCENT, TOTAL_LINE


@pytest.fixture
def page(qtbot, demo_forum):  # type: ignore[no-untyped-def]
    make_application()
    ctx = create_context(demo_forum)
    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 850)
    p.show()
    qtbot.waitUntil(lambda: p.data is not None, timeout=10000)
    yield p
    p.timer.stop()
    ctx.runner.wait()


def test_check_in_updates_numbers_and_watch_list(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    forum = page.ctx.forum
    assert page.data.arrivals.totals.arrived == 0
    assert page.registered.value.text().replace("\u202f", "") == str(
        page.data.arrivals.totals.registered
    )
    assert page.arrived.value.text() == "0"
    codes = page.watch_codes()
    assert codes and len(codes) == len(page.data.watch)
    head = next(w for w in page.data.watch if w.category_code == "head")
    first_cell = page.watch_table.item(0, 0).text()
    assert "\n" in first_cell or first_cell  # native and Latin forms shown together

    decision = forum.checkin.scan(head.registration_code, "main")
    assert decision.result == "admitted"
    page.ctx.signals.checkins_changed.emit()
    qtbot.waitUntil(lambda: page.arrived.value.text() == "1", timeout=10000)
    assert page.inside.value.text() == "1"
    assert head.registration_code not in page.watch_codes()
    assert len(page.watch_codes()) == len(codes) - 1
    assert str(len(codes) - 1) in page.watch_title.text()
    bars = {b.label: b for b in page.category_chart.bars}
    assert bars[head.category_name].value == 1
    assert sum(b[1] for b in page.time_chart.points) == 1

    forum.checkin.scan("NOT-A-CODE", "main")
    page.ctx.signals.checkins_changed.emit()
    qtbot.waitUntil(lambda: page.rejections.value.text() == "1", timeout=10000)

    # sortable tables: the country of the head is on top by arrivals
    assert page.country_table.isSortingEnabled()
    assert page.country_table.item(0, 1).text() == "1"


def test_export_and_report_buttons_write_files(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.ctx.forum.checkin.scan(page.data.watch[0].registration_code, "main")
    out = tmp_path / "checkins.xlsx"
    page.export("checkins", str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    ws = openpyxl.load_workbook(out).active
    assert ws.max_row == 2
    pdf = tmp_path / "report.pdf"
    page.end_of_day_report(str(pdf))
    qtbot.waitUntil(lambda: pdf.exists(), timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_whole_event_view(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.day.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.data.day is None, timeout=10000)
    assert page.rejections.caption.text() == "Rejections"


def test_arrivals_chart_ends_now_and_reads_as_a_time_axis(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The arrived-so-far line stops at the time of the count (at 7 a.m. it does not run
    flat to noon), and a quiet morning still shows hours of axis before it."""
    forum = page.ctx.forum
    forum.checkin.scan(page.data.watch[0].registration_code, "main")
    page.ctx.signals.checkins_changed.emit()
    qtbot.waitUntil(lambda: page.arrived.value.text() == "1", timeout=10000)
    a = page.data.arrivals
    now = a.computed_at.astimezone(ZoneInfo(a.timezone))
    points = page.time_chart.points
    assert points[-1][0] <= now < points[-1][0] + timedelta(minutes=15)
    assert points[-1][2] == 1 and sum(p[1] for p in points) == 1
    midnight = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
    assert points[0][0] == max(midnight, points[-1][0] - timedelta(hours=6, minutes=-15))
    assert f"Updated {now:%H:%M}" in page.updated.text()  # the event's clock, as the chart


def test_failed_refresh_says_the_numbers_are_old(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reports = page.ctx.forum.reports

    def locked(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    monkeypatch.setattr(reports, "dashboard", locked)
    page.refresh()
    qtbot.waitUntil(lambda: "failed" in page.updated.text(), timeout=10000)
    assert "Numbers as of" in page.updated.text() and "database is locked" in page.updated.text()
    assert "B3261E" in page.updated.styleSheet()
    assert page.registered.value.text() != "–"  # the last numbers stay, marked as old
    monkeypatch.undo()
    page.refresh()
    qtbot.waitUntil(lambda: page.updated.text().startswith("Updated"), timeout=10000)
    assert "B3261E" not in page.updated.styleSheet()


def test_watch_list_names_keep_their_room_on_a_small_screen(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.resize(1024, 700)
    qtbot.waitUntil(lambda: page.width() <= 1100, timeout=5000)
    qtbot.wait(50)
    table = page.watch_table
    header = table.horizontalHeader()
    wanted = min(table.sizeHintForColumn(0), table.viewport().width() // 2)
    assert header.sectionSize(0) >= wanted
    assert sum(header.sectionSize(i) for i in range(3)) <= table.viewport().width() + 1


def test_arrived_so_far_label_never_covers_a_bar(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """People arriving now make the last bars the tallest, at the right edge where the
    arrived-so-far label is: the label keeps a strip of its own inside the chart."""
    forum = page.ctx.forum
    codes = [w.registration_code for w in page.data.watch][:12]
    for code in codes:
        forum.checkin.scan(code, "main")
    page.ctx.signals.checkins_changed.emit()
    qtbot.waitUntil(lambda: page.arrived.value.text() == str(len(codes)), timeout=10000)
    chart = page.time_chart
    bars = [r for r in chart.bar_rects() if r.height() > 0]
    assert bars and min(r.top() for r in bars) <= chart.plot_area().top() + 1  # full height
    label = chart.total_label_rect()
    assert chart.rect().toRectF().contains(label)
    assert not label.intersects(chart.plot_area())
    assert not any(label.intersects(bar) for bar in bars)
    assert label.right() >= chart.plot_area().right() - 1  # over the right end of the plot
    # what is painted there: the count, and no bar colour
    image = chart.grab().toImage()
    r = label.toAlignedRect()
    painted = {
        image.pixelColor(x, y).name()
        for x in range(r.left(), r.right() + 1)
        for y in range(r.top(), r.bottom() + 1)
    }
    assert ACCENT.name() not in painted
    assert TOTAL_LINE.name() in painted
    assert chart.total_text().endswith(str(len(codes)))
