"""Dates and times in the desk's language: day and month names from QLocale, 24-hour times.

``ui/app.py`` makes the chosen language QLocale's default, so a Russian desk reads
"вт 24 нояб." and an Arabic one "الثلاثاء ٢٤ نوفمبر" where strftime gave "Tue 24 Nov"
in every language. Callers convert to the zone they mean (the event's, the laptop's)
first; only the wall-clock fields reach Qt, so Qt never shifts a time a second time.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

# Day-and-month patterns where "weekday day month" reads wrongly: Chinese and Japanese
# write the month first with their own unit characters ("11月24日 周二").
# Each: weekday-day-month, the same with the year, day-month, day-month-year.
_DAY_PATTERNS = {
    QLocale.Language.Chinese: ("M月d日 ddd", "yyyy年M月d日 ddd", "M月d日", "yyyy年M月d日"),
    QLocale.Language.Japanese: ("M月d日 ddd", "yyyy年M月d日 ddd", "M月d日", "yyyy年M月d日"),
}
_DEFAULT_PATTERNS = ("ddd d MMM", "ddd d MMM yyyy", "d MMM", "d MMM yyyy")


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def day_pattern(locale: QLocale | None = None, *, year: bool = False) -> str:
    """The QDate pattern of a short weekday, day and month (and year) in ``locale``."""
    patterns = _DAY_PATTERNS.get(_locale(locale).language(), _DEFAULT_PATTERNS)
    return patterns[1] if year else patterns[0]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qtime(t: time | datetime) -> QTime:
    return QTime(t.hour, t.minute, t.second)


def day_label(d: date, locale: QLocale | None = None, *, year: bool = False) -> str:
    """``Tue 24 Nov`` / ``вт 24 нояб.`` / ``11月24日 周二``; a datetime gives its own date."""
    if isinstance(d, datetime):
        d = d.date()
    loc = _locale(locale)
    return loc.toString(_qdate(d), day_pattern(loc, year=year))


def time_label(t: time | datetime, locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """A 24-hour wall-clock time (``09:30``) in the locale's digits."""
    return _locale(locale).toString(_qtime(t), "HH:mm:ss" if seconds else "HH:mm")


def moment_label(
    moment: datetime,
    locale: QLocale | None = None,
    *,
    seconds: bool = False,
    year: bool = False,
) -> str:
    """Day, month (and year) and 24-hour time without the weekday: ``24 Nov 09:30`` /
    ``24 нояб. 09:30``; with ``year``, ``24 Nov 2026 09:30`` / ``2026年11月24日 09:30``."""
    loc = _locale(locale)
    patterns = _DAY_PATTERNS.get(loc.language(), _DEFAULT_PATTERNS)
    day = patterns[3] if year else patterns[2]
    # Date and time formatted apart: a QDateTime would be a local time that Qt may move
    # (a wall-clock time inside a daylight-saving gap of the laptop's zone).
    return f"{loc.toString(_qdate(moment.date()), day)} {time_label(moment, loc, seconds=seconds)}"
