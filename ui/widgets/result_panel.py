"""The full-width check-in result, readable from two metres.

Green: admitted. Amber: already checked in (when, at which desk). Red: rejected, with
the reason in plain words. Names in both scripts, photo, delegation, country, category
colour. The core gives reason codes; this module turns them into words.
"""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.checkin import Decision, ParticipantSummary
from desktop.domain.countries import country_name
from ui.errors import words as error_words
from ui.timefmt import ForumClock

log = logging.getLogger(__name__)

#: Background and text colour of each state (amber takes dark text for contrast).
COLOURS: dict[str, tuple[str, str]] = {
    "admitted": ("#1B7F3B", "#FFFFFF"),
    "already_in": ("#F2A900", "#1A1A1A"),
    "rejected": ("#C62828", "#FFFFFF"),
    "idle": ("#2B3541", "#DCE3EA"),
    "info": ("#37596F", "#FFFFFF"),
}

PHOTO_SIZE = QSize(180, 225)
#: Text size of the badge-printing line, and the share of the panel's width it may take.
PRINT_PX = 22
PROBLEM_PX = 18
PRINT_SHARE = 0.75
PRINT_GAP = 24


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _label(pixels: int, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setFont(_font(pixels, bold))
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    # Every line starts on the page's side, also a Latin name or title on an Arabic page.
    label.setAlignment(
        Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignVCenter
        | (Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft)
    )
    return label


def initials_pixmap(name: str, background: str, size: QSize = PHOTO_SIZE) -> QPixmap:
    """A stand-in for a missing photo: the person's initials on a tinted card."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor(background).darker(130))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(_font(72, True))
    letters = "".join(w[0] for w in name.split()[:2]).upper() or "?"
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pixmap


#: Looks of the badge-printing line: on the panel's colour, or a white card for a problem.
PRINT_TONES = ("busy", "done", "problem")


class ResultPanel(QFrame):
    """Shows one decision in colour, big enough to read from the queue."""

    #: The panel shows something else (a decision, a message, idle): lines that belong to
    #: what it showed before (the badge printing on arrival) are set again.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(340)
        self.state = "idle"
        self.decision: Decision | None = None
        #: Times of earlier check-ins are shown in the event's time zone.
        self.timezone: tzinfo | None = None

        self.headline = _label(52, True)
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setScaledContents(False)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = _label(50, True)
        self.latin_label = _label(32)
        self.title_label = _label(22)
        self.category_chip = QLabel()
        self.category_chip.setFont(_font(22, True))
        self.category_chip.setContentsMargins(12, 4, 12, 4)
        self.delegation_label = _label(26, True)
        self.reason_label = _label(34, True)
        self.reason_label.setObjectName("reason")
        # Print on arrival: "Badge printing…", "Badge printed", or what went wrong. It
        # sits in the headline's row, on the far side: the panel grows no taller for it
        # (a 1280×720 laptop has no line to spare under a person's photo).
        self.print_label = _label(PRINT_PX, True)
        self.print_label.setObjectName("printStatus")
        self.print_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.print_label.hide()
        self.print_tone = ""

        who = QVBoxLayout()
        who.setSpacing(6)
        who.addWidget(self.name_label)
        who.addWidget(self.latin_label)
        who.addWidget(self.title_label)
        line = QHBoxLayout()
        line.setSpacing(14)
        line.addWidget(self.category_chip, 0)
        line.addWidget(self.delegation_label, 1)
        who.addLayout(line)
        who.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(who, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(PRINT_GAP)
        top.addWidget(self.headline, 1)
        top.addWidget(self.print_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        # The reason sits right under the headline: on red and amber it is what matters.
        layout.addWidget(self.reason_label)
        layout.addSpacing(8)
        layout.addLayout(body, 1)
        self.show_idle()

    # -- states -------------------------------------------------------------------------
    @property
    def colour(self) -> str:
        return COLOURS.get(self.state, COLOURS["idle"])[0]

    def _paint(self, state: str) -> None:
        self.state = state
        background, text = COLOURS[state]
        self.setStyleSheet(
            f"QFrame#resultPanel {{ background: {background}; border-radius: 14px; }}"
            f" QFrame#resultPanel QLabel {{ color: {text}; background: transparent; }}"
        )

    def _clear_person(self) -> None:
        for label in (self.name_label, self.latin_label, self.title_label, self.delegation_label):
            label.clear()
        self.category_chip.hide()
        self.photo.hide()

    def show_idle(self, text: str = "") -> None:
        self.decision = None
        self._paint("idle")
        self._clear_person()
        self.headline.setText(text or self.tr("Ready: scan a badge"))
        self.reason_label.setText(self.tr("Or type a name or registration code."))
        self.reason_label.show()
        self.changed.emit()

    def show_message(self, headline: str, detail: str = "", state: str = "info") -> None:
        """A plain message (undo done, an error): no person shown unless set afterwards."""
        self.decision = None
        self._paint(state if state in COLOURS else "info")
        self._clear_person()
        self.headline.setText(headline)
        self.reason_label.setText(detail)
        self.reason_label.setVisible(bool(detail))
        self.changed.emit()

    def show_decision(self, decision: Decision, photo: bytes | None = None) -> None:
        self.decision = decision
        self._paint(decision.result if decision.result in COLOURS else "info")
        self.headline.setText(self.headline_text(decision))
        self.reason_label.setText(self.reason_text(decision))
        self.reason_label.setVisible(bool(self.reason_label.text()))
        p = decision.participant
        if p is None:
            self._clear_person()
            if decision.pending_details:
                self.name_label.setText(self.tr("Genuine badge"))
                self.latin_label.setText(self.tr("Details arrive with the next sync"))
        else:
            self.show_person(p, photo)
        self.changed.emit()

    def show_print(self, text: str, tone: str = "busy") -> None:
        """The badge-printing line (empty text hides it); a problem stands out in red on
        white on any colour of the panel."""
        self.print_tone = tone if text else ""
        self.print_label.setText(text)
        # A problem: red on a white card, small enough for its words to fit beside the
        # headline. Otherwise a frame in the panel's own ink, so it reads as a status.
        ink = COLOURS.get(self.state, COLOURS["idle"])[1]
        self.print_label.setStyleSheet(
            "QLabel { background: #FFFFFF; color: #B3261E; border-radius: 8px;"
            f" padding: 4px 10px; font-size: {PROBLEM_PX}px; }}"
            if tone == "problem"
            else f"QLabel {{ border: 2px solid {ink}; border-radius: 8px; padding: 2px 10px; }}"
        )
        self.print_label.setVisible(bool(text))
        self._fit_print_label()

    def _fit_print_label(self) -> None:
        """The line takes what it needs of the headline's row, leaving the headline whole
        on its line, and at most ``PRINT_SHARE`` of the row."""
        margins = self.layout().contentsMargins()
        row = self.contentsRect().width() - margins.left() - margins.right()
        headline = self.headline.fontMetrics().horizontalAdvance(self.headline.text()) + 8
        room = min(int(row * PRINT_SHARE), row - PRINT_GAP - headline)
        self.print_label.ensurePolished()  # the problem's smaller size is the style's
        need = self.print_label.fontMetrics().horizontalAdvance(self.print_label.text()) + 48
        self.print_label.setFixedWidth(max(120, min(room, need)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.print_label.text():
            self._fit_print_label()

    def show_person(self, p: ParticipantSummary, photo: bytes | None = None) -> None:
        native, latin = p.native_name, p.latin_name
        # A mark of the page's own direction keeps an Arabic or Persian name on the same
        # side as the Latin name beneath it; the name itself still reads right to left.
        mark = "\u200e" if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else "\u200f"
        self.name_label.setText(mark + (native or latin))
        self.latin_label.setText(latin if latin and latin != native else "")
        self.title_label.setText(" · ".join(x for x in (p.title, p.organisation) if x))
        country = country_name(p.country) if p.country else ""
        self.delegation_label.setText(" · ".join(x for x in (p.delegation, country) if x))
        colour = QColor(p.category_colour or "#777777")
        ink = "#000000" if colour.lightnessF() > 0.6 else "#FFFFFF"
        self.category_chip.setText(p.category_name or p.category_code)
        self.category_chip.setStyleSheet(
            f"background: {colour.name()}; color: {ink}; border: 2px solid #FFFFFF;"
            " border-radius: 6px;"
        )
        self.category_chip.setVisible(bool(p.category_name or p.category_code))
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            pixmap = pixmap.scaled(
                PHOTO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            pixmap = initials_pixmap(p.latin_name or p.native_name, p.category_colour or "#555")
        self.photo.setPixmap(pixmap)
        self.photo.show()

    # -- words --------------------------------------------------------------------------
    def headline_text(self, d: Decision) -> str:
        if d.result == "admitted":
            return self.tr("✔ Checked out") if d.direction == "out" else self.tr("✔ Welcome in")
        if d.result == "already_in":
            return self.tr("● Already checked in")
        if d.result == "rejected":
            return self.tr("✖ Not admitted")
        return d.result

    def reason_text(self, d: Decision) -> str:
        when, where = "", ""
        if d.previous is not None:
            # The forum's clock, named: an operator glancing at the laptop's clock (still
            # on home time) must not read "since 18:48" as twenty minutes ago.
            when = ForumClock(self.timezone).time(d.previous.at, zone=True)
            where = d.previous.desk
        words = {
            "": "",
            "pending_details": self.tr("Genuine badge. Details arrive with the next sync."),
            "override": self.tr("Admitted by a supervisor override."),
            "not_inside": self.tr("Checked out (had not been checked in here)."),
            "reentry": self.tr("Already in since {0} at {1}. Re-entry is allowed.").format(
                when, where
            ),
            "no_reentry": self.tr(
                "Already inside since {0} at {1}. No re-entry here without a supervisor."
            ).format(when, where),
            "unknown": self.tr("Unknown code. Search by name instead."),
            "forged": self.tr("Forged badge: not issued by this forum. Call a supervisor."),
            "unknown_key": self.tr(
                "Badge printed at a desk not known here yet. Sync, or search by name."
            ),
            "revoked_key": self.tr("Badge signed with a withdrawn desk key. Call a supervisor."),
            "foreign_event": self.tr("Badge of another event."),
            "superseded": self.tr("Old badge: a newer one was printed. Ask for the current badge."),
            "cancelled": self.tr("Registration cancelled."),
            "zone_not_allowed": self.tr("Not allowed in this zone."),
            "not_valid_today": self.tr("This badge is not valid today."),
        }
        if d.reason in words:
            return words[d.reason]
        # A scanned text that is no badge (unreadable, truncated, altered…) is the same
        # error the core raises elsewhere: its words live in ui.errors, once.
        return error_words(d.reason, None, d.reason)

    def sizeHint(self) -> QSize:
        return QSize(900, 420)
