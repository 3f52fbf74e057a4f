"""Every time the desk shows: on the forum's clock, in the desk's language.

A desk laptop often runs on another zone's clock (flown in from home, never changed), so
every time on screen is the forum's (the event's time zone), never the laptop's, and is
labelled with the forum's zone where it could be mistaken for the laptop's ("since 18:48
MSK"). ``ForumClock`` is that one formatter; the functions below it format wall-clock
times and days in QLocale's words and digits.

``ui/app.py`` makes the chosen language QLocale's default, so a Russian desk reads
"вт 24 нояб." and an Arabic one "الثلاثاء ٢٤ نوفمبر" where strftime gave "Tue 24 Nov"
in every language; the digits of one time, its day and its zone are all the locale's
(an Arabic desk never mixes "١٨:٤٨" with "GMT+3"). Only wall-clock fields reach Qt, so
Qt never shifts a time a second time.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

if TYPE_CHECKING:
    from desktop.desk import Forum

log = logging.getLogger(__name__)

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


def _aware(moment: datetime) -> datetime:
    """Stored times are UTC; a naive one is taken as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def zone_of(name: str | tzinfo | None) -> tzinfo:
    """A time zone from its IANA name (UTC when unknown or empty)."""
    if isinstance(name, tzinfo):
        return name
    try:
        return ZoneInfo(name or "UTC")
    except (ValueError, KeyError):
        log.warning("unknown time zone %r; times are shown in UTC", name)
        return ZoneInfo("UTC")


class ForumClock:
    """Formats moments on the forum's clock, in the desk's language.

    ``time`` and ``moment`` take any aware (or naive UTC) datetime; ``zone=True`` adds the
    forum's zone in the locale's words and digits ("18:48 MSK", "18:48 GMT+3",
    "١٨:٤٨ غرينتش+٣").
    """

    def __init__(self, zone: str | tzinfo | None, locale: QLocale | None = None) -> None:
        self.zone = zone_of(zone)
        self._locale = locale

    @classmethod
    def of(cls, forum: Forum, locale: QLocale | None = None) -> ForumClock:
        """The clock of the forum's event (UTC while the database holds no event)."""
        try:
            name = forum.event().timezone
        except Exception:  # no event yet: nothing to be mistaken about
            name = "UTC"
        return cls(name, locale)

    @property
    def locale(self) -> QLocale:
        return self._locale if self._locale is not None else QLocale()

    def at(self, moment: datetime) -> datetime:
        """The moment on the forum's wall clock."""
        return _aware(moment).astimezone(self.zone)

    def time(self, moment: datetime, *, seconds: bool = False, zone: bool = False) -> str:
        """``18:48`` (``18:48 MSK`` with ``zone``)."""
        text = time_label(self.at(moment), self.locale, seconds=seconds)
        return f"{text} {self.zone_name(moment)}" if zone else text

    def moment(
        self,
        moment: datetime,
        *,
        seconds: bool = False,
        year: bool = False,
        zone: bool = False,
    ) -> str:
        """``24 Nov 18:48`` (``24 Nov 18:48 MSK`` with ``zone``)."""
        text = moment_label(self.at(moment), self.locale, seconds=seconds, year=year)
        return f"{text} {self.zone_name(moment)}" if zone else text

    def when(self, moment: datetime, *, now: datetime | None = None, zone: bool = False) -> str:
        """The time alone when it is today on the forum's clock, else day and time."""
        today = self.at(now or datetime.now(UTC)).date()
        if self.at(moment).date() == today:
            return self.time(moment, zone=zone)
        return self.moment(moment, zone=zone)

    def day(self, moment: datetime | date, *, year: bool = False) -> str:
        if isinstance(moment, datetime):
            moment = self.at(moment).date()
        return day_label(moment, self.locale, year=year)

    def zone_name(self, moment: datetime | None = None) -> str:
        """The forum's zone, short, as the desk's language writes it (for ``moment``,
        which decides summer or winter time)."""
        moment = _aware(moment or datetime.now(UTC))
        key = getattr(self.zone, "key", "") or "UTC"
        loc = self.locale
        qzone = QTimeZone(key.encode())
        if qzone.isValid():
            stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), qzone)
            name = qzone.displayName(stamp, QTimeZone.NameType.ShortName, loc)
            if name and any(ch.isalpha() for ch in name):
                return str(name)
        offset = self.at(moment).utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        if minutes == 0:
            return "UTC"
        sign = "+" if minutes > 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        text = loc.toString(hours)
        if rest:
            text += ":" + loc.toString(QTime(0, rest), "mm")
        return f"GMT{sign}{text}"
