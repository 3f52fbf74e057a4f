"""The paper of each badge layout, and the job options that print it at 100 %.

The page size always comes from the layout, never from what a desk once chose in a
dialog: a CR80 card is 85.6 × 54 mm whatever paper an A6 batch used before. CUPS maps a
``Custom.WxHunit`` size to a printer's own named size when one matches within a
twentieth of a millimetre (A4, A6), and to a custom page otherwise.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop.badges.layouts import LAYOUTS

log = logging.getLogger(__name__)

POINTS_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class LayoutMedia:
    """The paper of one layout: its CUPS media name, size in millimetres, raster dpi."""

    layout: str
    media: str
    width_mm: float
    height_mm: float
    #: Resolution for platforms that take only images (the Qt path on Windows): 300 dpi
    #: suits thermal label and card printers, 600 dpi anything else. Never more.
    raster_dpi: int

    @property
    def size_points(self) -> tuple[float, float]:
        return (self.width_mm * POINTS_PER_MM, self.height_mm * POINTS_PER_MM)


MEDIA: dict[str, LayoutMedia] = {
    "a6": LayoutMedia("a6", "Custom.105x148mm", 105.0, 148.0, 600),
    "cr80": LayoutMedia("cr80", "Custom.85.6x54mm", 85.6, 54.0, 300),
    "label4x3": LayoutMedia("label4x3", "Custom.4x3in", 101.6, 76.2, 300),
    "a4-sheet": LayoutMedia("a4-sheet", "Custom.210x297mm", 210.0, 297.0, 600),
}
assert set(MEDIA) == set(LAYOUTS), "every badge layout needs its paper"

#: Full page at 100 % (the badge keeps its own bleed-safe margins), one side, colour.
BASE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("fit-to-page", "false"),
    ("print-scaling", "none"),
    ("print-color-mode", "color"),
    ("sides", "one-sided"),
    ("number-up", "1"),
)

#: The most a rasterising path may use, whatever the printer says it can do.
MAX_RASTER_DPI = 600


def media_for(layout: str) -> LayoutMedia:
    """The paper of a layout; KeyError naming the known layouts."""
    try:
        return MEDIA[layout]
    except KeyError:
        raise KeyError(f"unknown badge layout {layout!r}; known: {', '.join(MEDIA)}") from None


def job_options(layout: str) -> tuple[tuple[str, str], ...]:
    """The options of a job of this layout: its page size and full-page, colour printing."""
    return (("media", media_for(layout).media), *BASE_OPTIONS)


def raster_dpi(layout: str, printer_dpi: float | None = None) -> int:
    """Resolution to rasterise at: the printer's own, capped by the layout's (≤ 600)."""
    cap = min(media_for(layout).raster_dpi, MAX_RASTER_DPI)
    if printer_dpi is None or printer_dpi <= 0:
        return cap
    return int(min(cap, printer_dpi))
