"""The dashboard's clock: when the numbers were counted, on the event's clock, and the
quarter hours the arrivals chart draws."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.reports.model import Arrivals, pad_hours
from ui.timefmt import ForumClock

log = logging.getLogger(__name__)

_QUARTER = timedelta(minutes=15)
#: The least span of today's arrivals chart.
_WINDOW = timedelta(hours=6)


def _event_time(arrivals: Arrivals) -> datetime:
    """When the numbers were counted, on the event's clock (the chart's clock too)."""
    try:
        return arrivals.computed_at.astimezone(ZoneInfo(arrivals.timezone))
    except (ValueError, KeyError):
        return arrivals.computed_at.astimezone()


def counted_at(arrivals: Arrivals) -> str:
    """When the numbers were counted, on the event's clock, its zone named."""
    return ForumClock(arrivals.timezone).time(arrivals.computed_at, seconds=True, zone=True)


def time_points(arrivals: Arrivals) -> list[tuple[datetime, int, int]]:
    """The chart's quarter hours, none after the count was made: the arrived-so-far line
    ends at now, not flat across the afternoon at 7 a.m. Today's chart ends at the current
    quarter hour and reaches back at least six hours (not before midnight), so a quiet
    morning still reads as a time axis; another day, or the whole event, is drawn in whole
    hours around its arrivals (:func:`pad_hours`)."""
    over = arrivals.over_time
    if not over:
        return []
    now = _event_time(arrivals)
    if arrivals.day != now.date():
        until = max(now, over[-1].start)
        return [(b.start, b.arrivals, b.cumulative) for b in pad_hours(over) if b.start <= until]
    tz = over[0].start.tzinfo
    quarter = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    last = max(over[-1].start, quarter)  # (a desk whose clock runs ahead)
    first = min(over[0].start.replace(minute=0), last - (_WINDOW - _QUARTER))
    first = max(first, datetime.combine(arrivals.day, time(0), tzinfo=tz))
    counts = {b.start.astimezone(UTC): b.arrivals for b in over}
    out: list[tuple[datetime, int, int]] = []
    total = 0
    moment, end = first.astimezone(UTC), last.astimezone(UTC)
    while moment <= end:  # in UTC: a DST change only relabels a quarter hour
        n = counts.get(moment, 0)
        total += n
        out.append((moment.astimezone(tz), n, total))
        moment += _QUARTER
    return out
