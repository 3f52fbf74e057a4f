"""A4 report pages: a cursor that flows onto new pages with a running header and footer,
headings, single lines of text shortened to fit, and ruled tables that continue across pages.

All text goes through the typesetting engine (:func:`desktop.typesetting.text.draw_line`), so
names print in their own script with the shipped fonts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.typesetting.fonts import Weight
from desktop.typesetting.text import Align, draw_line, text_width

PAGE_W, PAGE_H = A4
MARGIN = 40.0
CONTENT_W = PAGE_W - 2 * MARGIN
INK = HexColor("#1A1A1A")
MUTED = HexColor("#666666")
RULE = HexColor("#CCCCCC")
BAND = HexColor("#F2F4F7")
ACCENT = HexColor("#1F4E79")


@dataclass(frozen=True)
class Col:
    title: str
    width: float
    align: Align = "left"
    weight: Weight = "regular"


def fitted(text: str, width: float, size: float, weight: Weight = "regular") -> str:
    """The text, shortened with an ellipsis if it is wider than the column."""
    if text_width(text, size, weight) <= width:
        return text
    while text and text_width(text + "…", size, weight) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PagedDoc:
    """A canvas with a cursor that starts a new page (with its running header) when full."""

    def __init__(self, canvas: Canvas, title: str, subtitle: str) -> None:
        self.c = canvas
        self.title = title
        self.subtitle = subtitle
        self.page = 0
        self.y = 0.0
        self._new_page(first=True)

    def _new_page(self, first: bool = False) -> None:
        if not first:
            self._footer()
            self.c.showPage()
        self.page += 1
        self.y = PAGE_H - MARGIN
        if self.page > 1:
            self.c.setFillColor(MUTED)
            draw_line(self.c, self.title, MARGIN, self.y - 8, 8)
            draw_line(self.c, self.subtitle, PAGE_W - MARGIN, self.y - 8, 8, align="right")
            self.y -= 24

    def _footer(self) -> None:
        self.c.setFillColor(MUTED)
        draw_line(self.c, f"Page {self.page}", PAGE_W - MARGIN, MARGIN - 18, 7, align="right")
        draw_line(self.c, "ForumDesk", MARGIN, MARGIN - 18, 7)

    def finish(self) -> None:
        self._footer()
        self.c.showPage()

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self._new_page()

    def text(
        self,
        text: str,
        x: float,
        y: float,
        size: float,
        weight: Weight = "regular",
        align: Align = "left",
        colour: Color = INK,
        width: float | None = None,
    ) -> None:
        self.c.setFillColor(colour)
        if width is not None:
            text = fitted(text, width, size, weight)
        draw_line(self.c, text, x, y, size, weight, align)

    def heading(self, text: str, space_after: float = 6) -> None:
        self.need(60)
        self.y -= 16
        self.text(text, MARGIN, self.y, 12.5, "bold", colour=ACCENT)
        self.y -= 5
        self.c.setStrokeColor(ACCENT)
        self.c.setLineWidth(0.8)
        self.c.line(MARGIN, self.y, MARGIN + CONTENT_W, self.y)
        self.y -= space_after

    def table(
        self,
        cols: Sequence[Col],
        rows: Sequence[Sequence[str]],
        *,
        x: float = MARGIN,
        size: float = 8.5,
        row_h: float = 13.0,
        swatches: Sequence[str] | None = None,
        empty: str = "",
    ) -> None:
        """A simple ruled table that continues on the next page with its header repeated."""

        def header() -> None:
            self.need(row_h * 2)
            self.y -= row_h
            cx = x
            for col in cols:
                self._cell(col.title, col, cx, self.y, size, "bold", MUTED)
                cx += col.width
            self.c.setStrokeColor(RULE)
            self.c.setLineWidth(0.5)
            self.c.line(x, self.y - 3.5, x + sum(c.width for c in cols), self.y - 3.5)

        header()
        if not rows and empty:
            self.y -= row_h
            self.text(empty, x + 2, self.y, size, colour=MUTED)
        for i, row in enumerate(rows):
            if self.y - row_h < MARGIN:
                self._new_page()
                header()
            self.y -= row_h
            if i % 2 == 1:
                self.c.setFillColor(BAND)
                self.c.rect(x, self.y - 4, sum(c.width for c in cols), row_h, stroke=0, fill=1)
            cx = x
            for j, (col, value) in enumerate(zip(cols, row, strict=True)):
                if j == 0 and swatches is not None:
                    self.c.setFillColor(HexColor(swatches[i]))
                    self.c.rect(cx + 1, self.y - 1.5, 4, size, stroke=0, fill=1)
                    self._cell(
                        value,
                        Col(col.title, col.width - 8, col.align, col.weight),
                        cx + 8,
                        self.y,
                        size,
                        col.weight,
                        INK,
                    )
                else:
                    self._cell(value, col, cx, self.y, size, col.weight, INK)
                cx += col.width
        self.y -= 6

    def _cell(
        self, value: str, col: Col, x: float, y: float, size: float, weight: Weight, colour: Color
    ) -> None:
        pad = 3.0
        width = col.width - 2 * pad
        if col.align == "right":
            self.text(value, x + col.width - pad, y, size, weight, "right", colour, width)
        elif col.align == "centre":
            self.text(value, x + col.width / 2, y, size, weight, "centre", colour, width)
        else:
            self.text(value, x + pad, y, size, weight, "left", colour, width)
