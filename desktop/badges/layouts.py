"""Badge data and page layouts: what a badge shows, and where badges sit on a printed page."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import inch, mm

from desktop.errors import InvalidInput
from desktop.text.names import full_name, latin_full_name

log = logging.getLogger(__name__)

Style = Literal["portrait", "landscape"]


@dataclass
class BadgeData:
    """Everything printed on one badge, as plain strings (the services fill it from the DB)."""

    given_name: str
    family_name: str
    given_name_latin: str = ""
    family_name_latin: str = ""
    title: str = ""
    organisation: str = ""
    delegation: str = ""
    country_code: str = ""
    country_name: str = ""
    category_name: str = ""
    category_colour: str = "#1F4E8C"
    qr_payload: str = ""
    registration_code: str = ""
    photo_path: str | None = None
    event_name: str = ""
    event_logo_path: str | None = None

    @property
    def native_name(self) -> str:
        """Name in the participant's own script, in their language's order (王芳, Bùi Văn Minh)."""
        return full_name(self.given_name, self.family_name, self.country_code)

    @property
    def latin_name(self) -> str:
        """Name in Latin letters, family first where the language puts it first (Xi Jinping)."""
        return latin_full_name(self.given_name_latin, self.family_name_latin, self.country_code)


@dataclass(frozen=True)
class PageLayout:
    """A named layout: page size, badge size and style, and the badge origins on a page."""

    name: str
    page_size: tuple[float, float]
    badge_size: tuple[float, float]
    style: Style
    slots: tuple[tuple[float, float], ...]  # lower-left corners of the badges, in points
    crop_marks: bool = False

    @property
    def per_page(self) -> int:
        """Badges on one page."""
        return len(self.slots)


def _a4_sheet() -> PageLayout:
    """Four A6 badges on an A4 sheet (2 × 2), with crop marks at the cut lines."""
    page_w, page_h = A4
    badge_w, badge_h = A6
    gap_x = (page_w - 2 * badge_w) / 2
    gap_y = (page_h - 2 * badge_h) / 2
    slots = tuple(
        (gap_x + col * badge_w, gap_y + row * badge_h) for row in (1, 0) for col in (0, 1)
    )
    return PageLayout("a4-sheet", (page_w, page_h), (badge_w, badge_h), "portrait", slots, True)


LAYOUTS: dict[str, PageLayout] = {
    layout.name: layout
    for layout in (
        PageLayout("a6", A6, A6, "portrait", ((0.0, 0.0),)),
        PageLayout("cr80", (85.6 * mm, 54 * mm), (85.6 * mm, 54 * mm), "landscape", ((0.0, 0.0),)),
        PageLayout("label4x3", (4 * inch, 3 * inch), (4 * inch, 3 * inch), "landscape", ((0, 0),)),
        _a4_sheet(),
    )
}


def get_layout(name: str) -> PageLayout:
    """The layout of that name; raises KeyError naming the known layouts."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise KeyError(f"unknown badge layout {name!r}; known: {', '.join(LAYOUTS)}") from None


def check_layout(layout: str) -> str:
    """The layout name if known; InvalidInput naming the known ones otherwise."""
    if layout not in LAYOUTS:
        raise InvalidInput(
            f"unknown badge layout {layout!r}; known: {', '.join(LAYOUTS)}", layout=layout
        )
    return layout
