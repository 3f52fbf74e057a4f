"""The Participants page's detail panel: one participant, names large in both scripts.

It has to fit a 1280×720 venue laptop in every language (Arabic lines are half again as
tall as Latin ones), so the code sits under the names, the category is the coloured band
alone, and the facts scroll inside the panel rather than grow the window when a title or
the notes run long.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.participants import ParticipantDetail

log = logging.getLogger(__name__)

PHOTO_SIZE = (96, 120)


def ink_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (WCAG contrast ratio).

    Category colours are the organiser's: white on the default VIP gold or Media orange
    is only about 3:1, black is twice that.
    """

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lum = luminance(QColor(background))
    on_white, on_black = 1.05 / (lum + 0.05), (lum + 0.05) / 0.05
    return "#ffffff" if on_white >= on_black else "#000000"


class FittedNameLabel(QLabel):
    """A word-wrapped name in a large font that shrinks until its longest word fits.

    QLabel wraps only between words, so "Мухаметзянова" in 20 pt bold ran past the
    narrow Arabic panel's edge and lost its first letters.
    """

    def __init__(self, point_size: int, *, bold: bool = False, smallest: int = 11) -> None:
        super().__init__()
        self._largest = point_size
        self._smallest = smallest
        font = QFont(self.font())
        font.setPointSize(point_size)
        font.setBold(bold)
        self.setFont(font)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        words = self.text().split()
        if room <= 0 or not words:
            return
        font = QFont(self.font())
        size = self._largest
        while size > self._smallest:
            font.setPointSize(size)
            if max(QFontMetrics(font).horizontalAdvance(word) for word in words) <= room:
                break
            size -= 1
        font.setPointSize(size)
        if font != self.font():
            self.setFont(font)


class DetailPanel(QFrame):
    """The selected participant: names large in both scripts, then the facts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(340)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.band = QLabel()
        self.band.setFixedHeight(28)
        self.band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.band)
        top = QHBoxLayout()
        self.photo = QLabel()
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Placeholder text dark enough to read (#90a4ae on this grey was 2.3:1).
        self.photo.setStyleSheet("background: #eceff1; color: #546e7a;")
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.native = FittedNameLabel(20, bold=True)
        self.latin = FittedNameLabel(14)
        # The registration code beside the photo, where the names leave room: it is what
        # a desk reads back to a delegate, and one fact row less in the panel.
        code = QLabel()
        code_font = QFont(self.font())
        code_font.setBold(True)
        code.setFont(code_font)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names.addWidget(self.native)
        names.addWidget(self.latin)
        names.addWidget(code)
        names.addStretch(1)
        top.addLayout(names, 1)
        layout.addLayout(top)

        facts = QWidget()
        self.form = QFormLayout(facts)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {"code": code}
        for key, label in (
            ("title", self.tr("Title")),
            ("organisation", self.tr("Organisation")),
            ("delegation", self.tr("Delegation")),
            ("country", self.tr("Country")),
            ("languages", self.tr("Languages")),
            ("zones", self.tr("Zones")),
            ("status", self.tr("Status")),
            ("badge", self.tr("Badge version")),
            ("contact", self.tr("Contact")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            # Beside the first line of a value that wraps (zones, notes), not its middle.
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            self.form.addRow(caption, value)
        self.facts = QScrollArea()
        self.facts.setWidget(facts)
        self.facts.setWidgetResizable(True)
        self.facts.setFrameShape(QFrame.Shape.NoFrame)
        self.facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        layout.addWidget(self.facts, 1)
        # Values start on the page's side, also a Latin one on an Arabic page.
        for value in (self.latin, *self.fields.values()):
            value.setAlignment(
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
                | (
                    Qt.AlignmentFlag.AlignRight
                    if value.isRightToLeft()
                    else Qt.AlignmentFlag.AlignLeft
                )
            )
        self.show_detail(None)

    def sizeHint(self) -> QSize:
        # Wide enough that a Latin name fits one line beside the photo: the splitter
        # otherwise sizes the panel by its action buttons, narrower in Arabic.
        hint = super().sizeHint()
        return QSize(max(hint.width(), 400), hint.height())

    def _mark(self) -> str:
        """LRM or RLM: a value's paragraph runs the page's way, whatever script it starts in."""
        return "\u200e" if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else "\u200f"

    def show_detail(self, detail: ParticipantDetail | None, photo: bytes | None = None) -> None:
        if detail is None:
            self.native.setText(self.tr("No one selected"))
            self.latin.setText("")
            self.band.setText("")
            self.band.setStyleSheet("background: #eceff1;")
            for value in self.fields.values():
                value.setText("")
            self.photo.setText(self.tr("photo"))
            self.photo.setPixmap(QPixmap())
            return
        mark = self._mark()
        self.native.setText(mark + detail.native_name)
        self.latin.setText(detail.latin_name if detail.latin_name != detail.native_name else "")
        self.band.setText(detail.category_name)
        self.band.setStyleSheet(
            f"background: {detail.category_colour}; color: {ink_on(detail.category_colour)};"
            " font-weight: bold; font-size: 13px;"
        )
        zones = ", ".join(detail.zones) + (
            self.tr(" (category default)") if detail.zones_from_category else ""
        )
        values = {
            "code": detail.registration_code,
            "title": detail.title,
            "organisation": detail.organisation,
            "delegation": detail.delegation,
            "country": f"{detail.country_name} ({detail.country})",
            "languages": ", ".join(detail.languages),
            # Zone codes are Latin: without the mark an Arabic "(category default)"
            # after them would be read first.
            "zones": mark + zones if zones else "",
            "status": self.tr("cancelled")
            if detail.status == "cancelled"
            else self.tr("registered"),
            "badge": str(detail.badge_version),
            "contact": " · ".join(x for x in (detail.email, detail.phone) if x),
            "notes": detail.notes,
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.facts.verticalScrollBar().setValue(0)
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo.setPixmap(
                pixmap.scaled(
                    *PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("no photo"))
