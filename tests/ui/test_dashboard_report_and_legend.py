"""The Dashboard's report button, its chart legend and its watch table, as management
uses them on a laptop screen, in English, Russian and Arabic."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter

from ui.app import create_context, install_translations, make_application
from ui.pages.dashboard import DashboardPage
from ui.widgets.charts import TimeChart


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The desk in ``request.param`` as ui/app.py starts it; English afterwards."""
    app = make_application()
    name = getattr(request, "param", "en")
    before = QLocale()
    installed = install_translations(app, name) if name != "en" else []
    yield name
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(before)


@pytest.fixture
def page(qtbot: Any, demo_forum: Any, language: str) -> Iterator[DashboardPage]:
    ctx = create_context(demo_forum)
    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    p.resize(1176, 700)  # the page's share of a 1366 x 768 screen
    p.show()
    qtbot.waitUntil(lambda: p.data is not None, timeout=10000)
    yield p
    p.timer.stop()
    ctx.runner.wait()


def test_end_of_day_report_button_asks_where_and_writes_the_pdf(
    qtbot: Any, page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.ctx.forum.checkin.scan(page.data.watch[0].registration_code, "main")
    asked: list[str] = []
    target = tmp_path / "end of day"

    def where(_parent: Any, title: str, suggested: str, _filter: str, *a: Any) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", where)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".pdf")
    pdf = tmp_path / "end of day.pdf"
    qtbot.waitUntil(lambda: pdf.exists() or bool(warnings), timeout=30000)
    assert not warnings, warnings
    assert pdf.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "Report written" in page.updated.text())


def test_report_dialog_cancelled_writes_nothing(
    qtbot: Any, page: DashboardPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert not warnings


def _chart(qtbot: Any, arrived: int, width: int) -> TimeChart:
    chart = TimeChart()
    qtbot.addWidget(chart)
    start = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
    chart.set_points(
        [(start + timedelta(minutes=15 * i), 1, i + 1) for i in range(arrived)] or [(start, 0, 0)]
    )
    chart.resize(width, 220)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _painted_legend(chart: TimeChart, monkeypatch: pytest.MonkeyPatch) -> str:
    """The last text the chart paints (its legend), as it reaches the screen."""
    drawn: list[str] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> Any:
        drawn.extend(a for a in args if isinstance(a, str))
        return original(painter, *args)

    with monkeypatch.context() as patch:
        patch.setattr(QPainter, "drawText", record)
        chart.grab()
    return drawn[-1]


@pytest.mark.parametrize("language", ["en", "ru", "ar"], indirect=True)
def test_the_legend_always_shows_the_count(
    qtbot: Any, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for arrived in (1, 12, 137):
        chart = _chart(qtbot, arrived, 480)
        count = QLocale().toString(arrived)
        # Wide enough: the words and the count, whole.
        legend = _painted_legend(chart, monkeypatch)
        assert legend == chart.total_text() and count in legend, (legend, count)
        # Too narrow for the words: the count alone, never "arrived so far: 1…".
        chart.resize(110, 220)
        qtbot.wait(10)
        legend = _painted_legend(chart, monkeypatch)
        assert count in legend and "…" not in legend, (legend, count)
        chart.close()


@pytest.mark.parametrize("language", ["en", "ru", "ar"], indirect=True)
def test_watch_table_headers_are_never_cut(qtbot: Any, page: DashboardPage) -> None:
    table = page.watch_table
    header = table.horizontalHeader()
    assert table.rowCount() > 0
    split = page.findChild(QSplitter)
    # The watch list as wide as a laptop leaves it, and narrower (the splitter dragged).
    for watch_width in (480, 400, 340, 260):
        split.setSizes([page.width() - watch_width, watch_width])
        page.resize(page.width() + 1, page.height())  # and the window nudged
        qtbot.wait(50)
        for column in (1, 2):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                watch_width,
                table.horizontalHeaderItem(column).text(),
            )
        # the names keep their room too: half the table, or all they need
        wanted = min(table.sizeHintForColumn(0), table.viewport().width() // 2)
        assert header.sectionSize(0) >= wanted - 1, watch_width
