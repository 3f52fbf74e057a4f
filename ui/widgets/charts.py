"""Small charts painted with QPainter (QtCharts is not part of PySide6-Essentials).

``BarChart``: horizontal bars, arrived (solid) over registered (pale), in each row's colour.
``TimeChart``: first arrivals per 15 minutes as bars, with the running total as a line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.timefmt import time_label

log = logging.getLogger(__name__)

ACCENT = QColor("#1F4E79")
TOTAL_LINE = QColor("#2E7D32")
#: Length of the piece of line drawn before the arrived-so-far count, as its legend.
_SAMPLE = 14
_SLACK = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    total: int
    colour: str = "#1F4E79"


def _ratio(bar: Bar) -> str:
    """``12 / 80`` in the desk's digits, as the chart's times and legend are written."""
    locale = QLocale()
    return f"{locale.toString(bar.value)} / {locale.toString(bar.total)}"


class BarChart(QWidget):
    """Labelled horizontal bars; the pale part shows the group's registrations."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(80)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(80, self.ROW * len(self.bars) + 8))

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        if not self.bars:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
            return
        label_w = min(self.width() // 3, max(fm.horizontalAdvance(b.label) for b in self.bars) + 12)
        number_w = max(fm.horizontalAdvance(_ratio(b)) for b in self.bars) + 10
        bar_w = max(10, self.width() - label_w - number_w - 8)
        most = max(max(b.total, b.value) for b in self.bars) or 1
        row = min(self.ROW, max(14, (self.height() - 4) // len(self.bars)))
        text_colour = self.palette().text().color()
        for i, b in enumerate(self.bars):
            top = 4 + i * row
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.setPen(text_colour)
            p.drawText(
                QRectF(0, top, label_w - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            colour = QColor(b.colour)
            pale = QColor(colour)
            pale.setAlpha(50)
            h = row - 6
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(pale)
            p.drawRoundedRect(
                QRectF(label_w, top + 3, bar_w * max(b.total, b.value) / most, h), 2, 2
            )
            p.setBrush(colour)
            if b.value:
                p.drawRoundedRect(
                    QRectF(label_w, top + 3, max(2.0, bar_w * b.value / most), h), 2, 2
                )
            p.setPen(text_colour)
            p.drawText(
                QRectF(label_w + bar_w + 6, top, number_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _ratio(b),
            )
        p.end()


class TimeChart(QWidget):
    """Arrivals per 15-minute bucket (bars) and arrived-so-far (line, its own scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[datetime, int, int]] = []
        # 120 px still reads (axis, legend, bars); 150 made the Arabic dashboard 671 px tall,
        # past a 1280×720 laptop's window less taskbar and title bar.
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: list[tuple[datetime, int, int]]) -> None:
        """(bucket start in local time, arrivals, cumulative) per bucket."""
        self.points = points
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def total_number(self) -> str:
        return QLocale().toString(self.points[-1][2])

    def total_text(self) -> str:
        return self.tr("arrived so far: %1").replace("%1", self.total_number())

    def legend_text(self) -> str:
        """The legend as drawn: the words and the count, or the count alone where the
        words do not fit. Never the words cut short of the count ("arrived so far: 1…")."""
        fm = QFontMetrics(self.font())
        room = self.total_label_rect().width() - _SAMPLE - 4
        text = self.total_text()
        return text if fm.horizontalAdvance(text) <= room else self.total_number()

    def plot_area(self) -> QRectF:
        """Where bars and line are drawn: below the strip of the arrived-so-far label,
        right of the counts, above the hours."""
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("0000") + 8
        top = self.total_strip().bottom() + 6
        bottom_pad = fm.height() + 8
        return QRectF(left, top, self.width() - left - 8, self.height() - top - bottom_pad)

    def total_strip(self) -> QRectF:
        """The arrived-so-far label's own strip along the top: the line ends in the plot's
        top right corner and the last bars are the tallest when people are arriving, so a
        label inside the plot would sit on them."""
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("0000") + 8
        return QRectF(left, 2, max(0, self.width() - left - 8), fm.height())

    def total_label_rect(self) -> QRectF:
        """The label as drawn (line sample and text), right-aligned in its strip."""
        fm = QFontMetrics(self.font())
        strip = self.total_strip()
        # A few pixels of slack: the painter's shaping (Arabic joins its letters) may
        # measure a hair wider than horizontalAdvance, and the text was then elided.
        wanted = fm.horizontalAdvance(self.total_text()) + _SAMPLE + 4 + _SLACK
        width = min(strip.width(), wanted)
        return QRectF(strip.right() - width, strip.top(), width, strip.height())

    def _scale(self) -> tuple[int, int]:
        """The count axis: the step between grid lines and the top value."""
        most = max(v for _, v, _ in self.points) or 1
        step = max(1, -(-most // 4))
        return step, step * (-(-most // step))

    def bar_rects(self) -> list[QRectF]:
        """The bars as drawn, one per quarter hour (empty ones have no height)."""
        area = self.plot_area()
        _step, top_value = self._scale()
        slot = area.width() / len(self.points)
        bar = max(1.0, slot * 0.78)
        rects = []
        for i, (_start, value, _total) in enumerate(self.points):
            h = area.height() * value / top_value
            rects.append(
                QRectF(area.left() + i * slot + (slot - bar) / 2, area.bottom() - h, bar, h)
            )
        return rects

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        muted = self.palette().placeholderText().color()
        if not self.points:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet"))
            return
        area = self.plot_area()
        left = area.left()
        step, top_value = self._scale()
        p.setPen(QPen(muted, 0.5))
        for k in range(0, top_value + 1, step):
            y = area.bottom() - area.height() * k / top_value
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(k),
            )
        n = len(self.points)
        slot = area.width() / n
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ACCENT)
        for rect in self.bar_rects():
            if rect.height() > 0:
                p.drawRect(rect)
        total = self.points[-1][2] or 1
        path = QPainterPath(QPointF(area.left(), area.bottom()))
        for i, (_start, _value, cumulative) in enumerate(self.points):
            path.lineTo(
                area.left() + (i + 1) * slot, area.bottom() - area.height() * cumulative / total
            )
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(TOTAL_LINE, 2))
        p.drawPath(path)
        p.setPen(muted)
        every = 1 if n <= 56 else 2 if n <= 112 else 3
        label_w = fm.horizontalAdvance("00:00") + 6
        last_x = -1e9
        for i, (start, _v, _t) in enumerate(self.points):
            if start.minute == 0 and start.hour % every == 0:
                x = area.left() + i * slot
                if x - last_x < label_w:
                    continue
                last_x = x
                p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3))
                p.drawText(
                    QRectF(x - label_w / 2, area.bottom() + 4, label_w, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    time_label(start),
                )
        # the legend of the line: a short piece of it, then the count
        label = self.total_label_rect()
        y = label.center().y()
        p.setPen(QPen(TOTAL_LINE, 2))
        p.drawLine(QPointF(label.left(), y), QPointF(label.left() + _SAMPLE, y))
        p.setPen(TOTAL_LINE)
        text_rect = label.adjusted(_SAMPLE + 4, 0, 0, 0)
        p.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.legend_text(),
        )
        p.end()
