"""The end-of-day PDF report (A4): totals, arrivals by category, country and time, the watch
list of heads of delegation and VIPs not arrived, and per-zone counts.

The pages, headings and tables are ``desktop.reports.pdf_doc``'s, whose text goes through the
typesetting engine, so names print in their own script (joined Arabic, Devanagari conjuncts,
Chinese) with shipped fonts. Charts are drawn directly with reportlab's canvas. The file is written beside its destination
and moved into place, so a failure leaves no half-written report.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.model import (
    Arrivals,
    CountRow,
    ReportSource,
    TimeBucket,
    Totals,
    WatchEntry,
    pad_hours,
)
from desktop.reports.pdf_doc import (
    ACCENT,
    BAND,
    CONTENT_W,
    INK,
    MARGIN,
    MUTED,
    PAGE_W,
    RULE,
    Col,
    PagedDoc,
)

log = logging.getLogger(__name__)

ALERT = HexColor("#B3261E")

#: Words for the rejection reason codes (the core's stable codes).
REASONS = {
    "unknown": "Unknown code",
    "unreadable": "Unreadable scan",
    "truncated": "Truncated QR",
    "oversized": "Oversized scan",
    "not_ours": "Not a ForumDesk badge",
    "forged": "Forged badge",
    "altered": "Altered badge",
    "unknown_key": "Unknown desk key",
    "revoked_key": "Revoked desk key",
    "foreign_event": "Another event's badge",
    "superseded": "Old badge version",
    "cancelled": "Registration cancelled",
    "zone_not_allowed": "Zone not allowed",
    "not_valid_today": "Not valid today",
    "no_reentry": "No re-entry",
}


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def _tiles(doc: PagedDoc, totals: Totals) -> None:
    tiles = [
        ("Registered", totals.registered, INK),
        ("Arrived", totals.arrived, HexColor("#2E7D32")),
        ("Not arrived", totals.not_arrived, INK),
        ("Inside at last scan", totals.inside_now, INK),
        ("Rejections", totals.rejections, ALERT if totals.rejections else INK),
        ("Flagged duplicates", totals.flagged, HexColor("#B26A00") if totals.flagged else INK),
    ]
    gap = 6.0
    w = (CONTENT_W - gap * (len(tiles) - 1)) / len(tiles)
    h = 50.0
    doc.need(h + 10)
    top = doc.y
    for i, (label, value, colour) in enumerate(tiles):
        x = MARGIN + i * (w + gap)
        doc.c.setFillColor(BAND)
        doc.c.roundRect(x, top - h, w, h, 4, stroke=0, fill=1)
        doc.text(f"{value:,}".replace(",", " "), x + w / 2, top - 27, 20, "bold", "centre", colour)
        doc.text(label, x + w / 2, top - 42, 7.5, align="centre", colour=MUTED, width=w - 6)
    doc.y = top - h - 4
    if totals.registered:
        doc.y -= 10
        doc.text(
            f"{_pct(totals.registered - totals.not_arrived, totals.registered)} of registered "
            f"participants arrived."
            + (f" {totals.undone} admission(s) undone." if totals.undone else "")
            + (
                f" {totals.pending_details} badge(s) awaiting details from sync."
                if totals.pending_details
                else ""
            ),
            MARGIN,
            doc.y,
            8.5,
            colour=MUTED,
        )
        doc.y -= 4
    if totals.rejections_by_reason:
        doc.y -= 10
        parts = ", ".join(
            f"{REASONS.get(code, code)} {n}" for code, n in totals.rejections_by_reason.items()
        )
        doc.text(
            f"Rejections by reason: {parts}.", MARGIN, doc.y, 8.5, colour=MUTED, width=CONTENT_W
        )
        doc.y -= 4


def _bars(
    doc: PagedDoc,
    rows: Sequence[CountRow],
    x: float,
    top: float,
    width: float,
    row_h: float,
    colour_of: Callable[[CountRow], str],
) -> None:
    """Horizontal bars, arrived (solid) over registered (pale), aligned with table rows."""
    most = max((max(r.registered, r.arrived) for r in rows), default=0) or 1
    for i, r in enumerate(rows):
        y = top - (i + 1) * row_h - 2.5
        full = width * max(r.registered, r.arrived) / most
        colour = HexColor(colour_of(r))
        pale = Color(colour.red, colour.green, colour.blue, alpha=0.18)
        doc.c.setFillColor(pale)
        doc.c.rect(x, y, full, row_h - 4, stroke=0, fill=1)
        doc.c.setFillColor(colour)
        doc.c.rect(x, y, width * r.arrived / most, row_h - 4, stroke=0, fill=1)


def _group_section(
    doc: PagedDoc,
    title: str,
    rows: Sequence[CountRow],
    first_col: str,
    colour_of: Callable[[CountRow], str],
    swatches: bool,
) -> None:
    doc.heading(title)
    row_h = 13.0
    cols = [
        Col(first_col, 150),
        Col("Arrived", 50, "right"),
        Col("Registered", 58, "right"),
        Col("%", 40, "right"),
    ]
    table_w = sum(c.width for c in cols)
    chart_x = MARGIN + table_w + 14
    chart_w = CONTENT_W - table_w - 14
    data = [
        [r.label, str(r.arrived), str(r.registered), _pct(r.arrived, r.registered)] for r in rows
    ]
    # the bars sit beside the rows: draw them page by page as the table flows
    start = 0
    while start < len(rows):
        doc.need(row_h * 3)
        room = int((doc.y - MARGIN) // row_h) - 2
        chunk = rows[start : start + max(1, room)]
        top = doc.y - row_h
        doc.table(
            cols,
            data[start : start + len(chunk)],
            row_h=row_h,
            swatches=[colour_of(r) for r in chunk] if swatches else None,
        )
        _bars(doc, chunk, chart_x, top, chart_w, row_h, colour_of)
        start += len(chunk)
    if not rows:
        doc.text("No participants.", MARGIN, doc.y - 10, 8.5, colour=MUTED)
        doc.y -= 16


def _time_chart(doc: PagedDoc, buckets: Sequence[TimeBucket]) -> None:
    doc.heading("Arrivals over the day (per 15 minutes, local time)")
    busy = [b for b in buckets if b.arrivals]
    buckets = pad_hours(buckets)
    h = 150.0
    doc.need(h + 30)
    if not buckets:
        doc.text("No arrivals this day.", MARGIN, doc.y - 12, 8.5, colour=MUTED)
        doc.y -= 20
        return
    left = MARGIN + 28
    bottom = doc.y - h
    width = CONTENT_W - 36
    most = max(b.arrivals for b in buckets) or 1
    c = doc.c
    # y grid: 4 steps on round numbers
    step = max(1, -(-most // 4))
    c.setLineWidth(0.4)
    for k in range(0, most + step, step):
        y = bottom + h * k / (step * (-(-most // step)))
        if y > bottom + h + 0.5:
            break
        c.setStrokeColor(RULE)
        c.line(left, y, left + width, y)
        doc.text(str(k), left - 4, y - 2.5, 7, align="right", colour=MUTED)
    scale_top = step * (-(-most // step))
    n = len(buckets)
    slot = width / n
    bar = max(1.0, slot * 0.78)
    c.setFillColor(ACCENT)
    for i, b in enumerate(buckets):
        bh = h * b.arrivals / scale_top
        c.rect(left + i * slot + (slot - bar) / 2, bottom, bar, bh, stroke=0, fill=1)
    # cumulative arrivals as a line against the right edge (its own scale)
    total = buckets[-1].cumulative or 1
    c.setStrokeColor(HexColor("#2E7D32"))
    c.setLineWidth(1.2)
    path = c.beginPath()
    for i, b in enumerate(buckets):
        px, py = left + (i + 1) * slot, bottom + h * b.cumulative / total
        if i == 0:
            path.moveTo(left, bottom)
        path.lineTo(px, py)
    c.drawPath(path, stroke=1, fill=0)
    # x labels on the hour (every second or third hour when crowded)
    every = 1 if n <= 56 else 2 if n <= 112 else 3
    for i, b in enumerate(buckets):
        if b.start.minute == 0 and b.start.hour % every == 0:
            x = left + i * slot
            c.setStrokeColor(MUTED)
            c.line(x, bottom, x, bottom - 3)
            doc.text(b.start.strftime("%H:%M"), x, bottom - 11, 7, align="centre", colour=MUTED)
    c.setStrokeColor(INK)
    c.line(left, bottom, left + width, bottom)
    peak = max(busy, key=lambda b: b.arrivals)
    doc.y = bottom - 24
    doc.text(
        f"Bars: first arrivals per 15 minutes. Line: arrived so far "
        f"(top of the chart = {total}). First arrivals from {busy[0].start:%H:%M}; busiest "
        f"{peak.start:%H:%M}–{(peak.start.minute + 15) % 60:02d} with {peak.arrivals}.",
        MARGIN,
        doc.y,
        8,
        colour=MUTED,
    )
    doc.y -= 6


def _watch(doc: PagedDoc, watch: Sequence[WatchEntry]) -> None:
    doc.heading(f"Heads of delegation and VIPs not arrived ({len(watch)})")
    cols = [
        Col("Category", 94),
        Col("Name", 116, weight="bold"),
        Col("Name (Latin)", 104),
        Col("Title", 80),
        Col("Delegation", 68),
        Col("Country", 53),
    ]
    rows = [
        [w.category_name, w.native_name, w.latin_name, w.title, w.delegation, w.country_name]
        for w in watch
    ]
    doc.table(
        cols,
        rows,
        size=8,
        row_h=14,
        swatches=[w.category_colour for w in watch],
        empty="Everyone on the watch list has arrived.",
    )


def _zones_and_rejections(doc: PagedDoc, arrivals: Arrivals) -> None:
    doc.heading("Per zone")
    doc.table(
        [
            Col("Zone", 170),
            Col("Admissions", 70, "right"),
            Col("People", 60, "right"),
            Col("Inside at last scan", 100, "right"),
            Col("Rejections", 70, "right"),
        ],
        [
            [z.name, str(z.admissions), str(z.people), str(z.inside), str(z.rejections)]
            for z in arrivals.zones
        ],
    )
    reasons = arrivals.totals.rejections_by_reason
    doc.heading("Rejections by reason")
    doc.table(
        [Col("Reason", 200), Col("Code", 110), Col("Count", 60, "right")],
        [[REASONS.get(code, code), code, str(n)] for code, n in reasons.items()],
        empty="No rejections.",
    )


def render(
    path: Path, arrivals: Arrivals, watch: Sequence[WatchEntry], *, generated: datetime
) -> None:
    """Draw the report for already computed numbers (kept apart for tests and previews)."""
    assert arrivals.day is not None
    day_text = f"{arrivals.day:%A %d %B %Y}"
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{arrivals.event} — end-of-day report {arrivals.day.isoformat()}")
    canvas.setAuthor("ForumDesk")
    doc = PagedDoc(canvas, arrivals.event, f"End-of-day report, {arrivals.day.isoformat()}")
    doc.text(arrivals.event, MARGIN, doc.y - 18, 18, "bold", width=CONTENT_W)
    doc.text(
        f"End-of-day report — {day_text} ({arrivals.timezone})",
        MARGIN,
        doc.y - 36,
        11.5,
        colour=ACCENT,
    )
    doc.text(
        f"Generated {generated.astimezone(UTC):%Y-%m-%d %H:%M} UTC",
        PAGE_W - MARGIN,
        doc.y - 36,
        7.5,
        align="right",
        colour=MUTED,
    )
    doc.y -= 50
    _tiles(doc, arrivals.totals)
    _group_section(
        doc,
        "Arrivals by category",
        arrivals.by_category,
        "Category",
        lambda r: r.colour or "#1F4E79",
        True,
    )
    _time_chart(doc, arrivals.over_time)
    _watch(doc, watch)
    _group_section(
        doc, "Arrivals by country", arrivals.by_country, "Country", lambda r: "#1F4E79", False
    )
    _zones_and_rejections(doc, arrivals)
    doc.finish()
    canvas.save()


def write_day_report(service: ReportSource, day: date, path: Path) -> Totals:
    """Compute the day's numbers and write the PDF atomically; returns the totals."""
    arrivals = service.arrivals(day)
    watch = service.watch_list(day)
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".pdf", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        render(tmp, arrivals, watch, generated=datetime.now(UTC))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("end-of-day report for %s written to %s", day, path)
    return arrivals.totals
