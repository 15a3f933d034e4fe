"""Dates and clock times as spreadsheets and people write them.

Pure functions, no I/O. Each parser accepts the cell value as a reader hands it over (a ``date``,
``datetime``, ``time``, a number that is an Excel serial or a fraction of a day, or text) and either
returns a value or raises :class:`ParseError`, which names what was expected and what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

#: Day 0 of Excel's 1900 system is 1899-12-31, but Excel counts the non-existent 1900-02-29 as
#: serial 60; from serial 61 on, ``EPOCH_1900 + serial`` is right. Serials 1–59 are one day earlier.
EPOCH_1900 = date(1899, 12, 30)
EPOCH_1904 = date(1904, 1, 1)
_SECONDS_PER_DAY = 86400


class ParseError(ValueError):
    """A cell could not be read as the expected kind of value."""

    def __init__(self, expected: str, got: object):
        self.expected = expected
        self.got = got
        super().__init__(f"expected {expected}, got {got!r}")


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A clock reading on a work day; ``next_day`` is set for '次日 02:10' or a value past 24:00."""

    time: time
    next_day: bool = False

    def on(self, day: date) -> datetime:
        """The moment this clock reading stands for when it belongs to ``day``."""
        moment = datetime.combine(day, self.time)
        return moment + timedelta(days=1) if self.next_day else moment

    def minutes(self) -> float:
        """Minutes since midnight of the work day (past 1440 when next_day)."""
        value = self.time.hour * 60 + self.time.minute + self.time.second / 60
        return value + 1440 if self.next_day else value


# --- Excel serials ------------------------------------------------------------------------------


def serial_to_datetime(serial: float, *, epoch1904: bool = False) -> datetime:
    """An Excel serial (days, with the time as the fraction) -> datetime, in either date system."""
    if serial != serial or serial < 0 or serial > 2958465:  # NaN, negative or after 9999-12-31
        raise ParseError("an Excel date serial", serial)
    days = int(serial)
    seconds = round((serial - days) * _SECONDS_PER_DAY)
    if epoch1904:
        base = EPOCH_1904
    elif days == 60:
        raise ParseError("a real date (Excel's serial 60 is the non-existent 1900-02-29)", serial)
    elif days < 60:
        base = EPOCH_1900 + timedelta(days=1)
    else:
        base = EPOCH_1900
    return datetime.combine(base, time()) + timedelta(days=days, seconds=seconds)


def date_to_serial(day: date, *, epoch1904: bool = False) -> int:
    """The inverse of :func:`serial_to_datetime` for whole days (used by tests and writers)."""
    if epoch1904:
        return (day - EPOCH_1904).days
    serial = (day - EPOCH_1900).days
    return serial - 1 if serial <= 60 else serial


# --- dates --------------------------------------------------------------------------------------

_WEEKDAY_SUFFIX = re.compile(r"\s*[（(]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)]?\s*$")
_WEEKDAY_EN = re.compile(r"\s*[（(]?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[）)]?\s*$", re.IGNORECASE)
_YMD = re.compile(r"^(\d{2}|\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATETIME_TAIL = re.compile(r"^(.*?\d)\s*[T ]\s*(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$")


def parse_date(value: object, *, year: int | None = None, epoch1904: bool = False) -> date:
    """A cell -> date.

    Accepts date/datetime cells, Excel serials (1900 or 1904 system), and text such as
    '2026-10-01', '2026/10/1', '2026年10月1日', '26-10-09 星期五', '2026-10-09 周五',
    '2026-10-01 08:30' and, when ``year`` is given, '10月1日' or '10/1'.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise ParseError("a date", value)
    if isinstance(value, int | float):
        return serial_to_datetime(float(value), epoch1904=epoch1904).date()
    if not isinstance(value, str):
        raise ParseError("a date", value)
    text = value.strip()
    if not text:
        raise ParseError("a date", value)
    text = _WEEKDAY_EN.sub("", _WEEKDAY_SUFFIX.sub("", text))
    tail = _DATETIME_TAIL.match(text)
    if tail:
        text = tail.group(1)
    match = _YMD.match(text) or _YMD_COMPACT.match(text)
    try:
        if match:
            y, m, d = (int(g) for g in match.groups())
            if y < 100:
                y += 2000
            return date(y, m, d)
        match = _MD.match(text)
        if match and year is not None:
            return date(year, int(match.group(1)), int(match.group(2)))
    except ValueError:
        raise ParseError("a real calendar date", value) from None
    if match:
        raise ParseError("a date with a year (the year was not supplied)", value)
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return serial_to_datetime(float(text), epoch1904=epoch1904).date()
    raise ParseError("a date such as 2026-10-01", value)


# --- clock times ------------------------------------------------------------------------------

NO_PUNCH_TEXT = frozenset(
    {"", "-", "--", "---", "—", "——", "未打卡", "缺卡", "无", "n/a", "na", "none", "null"}
)
_NEXT_DAY = re.compile(r"^(?:次日|第二天|翌日|next\s*day|\+1)\s*", re.IGNORECASE)
_NEXT_DAY_TAIL = re.compile(r"\s*(?:\(次日\)|（次日）|次日|\+1)$")
_HMS = re.compile(r"^(\d{1,2})\s*[:：时点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?$")


def parse_clock(value: object, *, epoch1904: bool = False) -> ClockTime | None:
    """A cell -> the clock reading it holds, or None for "no punch".

    Accepts time cells, datetime cells (their time part), fractions of a day (0.375 = 09:00,
    1.09 = 02:10 the next day), and text such as '9:02', '09:02:33', '次日 02:10', '26:10'.
    '', '-', '--', '未打卡' and the like mean no punch.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return ClockTime(value.time().replace(microsecond=0))
    if isinstance(value, time):
        return ClockTime(value.replace(microsecond=0, tzinfo=None))
    if isinstance(value, timedelta):
        return _from_seconds(value.total_seconds(), value)
    if isinstance(value, bool) or isinstance(value, date):
        raise ParseError("a clock time", value)
    if isinstance(value, int | float):
        if value < 0 or value >= 2:
            raise ParseError("a clock time (a fraction of a day)", value)
        return _from_seconds(value * _SECONDS_PER_DAY, value)
    if not isinstance(value, str):
        raise ParseError("a clock time", value)
    text = value.strip()
    if text.lower() in NO_PUNCH_TEXT:
        return None
    next_day = False
    stripped = _NEXT_DAY.sub("", text)
    if stripped != text:
        next_day, text = True, stripped
    stripped = _NEXT_DAY_TAIL.sub("", text)
    if stripped != text:
        next_day, text = True, stripped
    tail = _DATETIME_TAIL.match(text)
    if tail and ":" in tail.group(2):
        text = tail.group(2)
    match = _HMS.match(text)
    if not match:
        raise ParseError("a clock time such as 09:02", value)
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if minute > 59 or second > 59 or hour > 47:
        raise ParseError("a real clock time", value)
    if hour >= 24:
        hour -= 24
        next_day = True
    return ClockTime(time(hour, minute, second), next_day)


def _from_seconds(seconds: float, original: object) -> ClockTime:
    seconds = round(seconds)
    if seconds < 0 or seconds >= 2 * _SECONDS_PER_DAY:
        raise ParseError("a clock time", original)
    next_day = seconds >= _SECONDS_PER_DAY
    seconds %= _SECONDS_PER_DAY
    return ClockTime(time(seconds // 3600, seconds // 60 % 60, seconds % 60), next_day)


def parse_datetime(value: object, *, year: int | None = None, epoch1904: bool = False) -> datetime:
    """A cell holding a date and a time ('2026-09-01 08:52:10', a datetime cell, a serial)."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return serial_to_datetime(float(value), epoch1904=epoch1904)
    if isinstance(value, str):
        text = _WEEKDAY_SUFFIX.sub("", value.strip())
        match = _DATETIME_TAIL.match(text)
        if match:
            day = parse_date(match.group(1), year=year)
            clock = parse_clock(match.group(2))
            if clock is not None:
                return clock.on(day)
    raise ParseError("a date and time such as 2026-09-01 08:52", value)


# --- shift periods ------------------------------------------------------------------------------

_PERIOD_SEPARATORS = re.compile(r"\s*[,，、;；\n]\s*")
_PERIOD = re.compile(r"^(\d{1,2}\s*[:：]\s*\d{2})\s*(?:–|—|-|~|～|至|到)\s*(\d{1,2}\s*[:：]\s*\d{2})$")
PERIODS_EXPECTED = "working periods such as 09:00–12:00, 13:00–18:00"


def parse_periods(text: str) -> list[tuple[time, time]]:
    """'09:00–12:00, 13:00–18:00' -> [(09:00, 12:00), (13:00, 18:00)]; a period ending before it starts
    ('20:00–00:30') runs past midnight. Raises :class:`ParseError` naming the period it could not read.

    >>> parse_periods("20:00-00:30")
    [(datetime.time(20, 0), datetime.time(0, 30))]
    """
    parts = [p for p in _PERIOD_SEPARATORS.split((text or "").strip()) if p]
    if not parts:
        raise ParseError(PERIODS_EXPECTED, text)
    periods = []
    for part in parts:
        match = _PERIOD.match(part)
        if not match:
            raise ParseError(PERIODS_EXPECTED, part)
        ends = []
        for value in match.groups():
            hour, minute = (int(x) for x in re.split(r"\s*[:：]\s*", value))
            if hour > 24 or minute > 59 or (hour == 24 and minute):
                raise ParseError(PERIODS_EXPECTED, part)
            ends.append(time(hour % 24, minute))
        if ends[0] == ends[1]:
            raise ParseError(PERIODS_EXPECTED, part)
        periods.append((ends[0], ends[1]))
    return periods


def periods_text(periods: list[tuple[time, time]]) -> str:
    """The inverse of :func:`parse_periods`: '09:00–12:00, 13:00–18:00'."""
    return ", ".join(f"{a.strftime('%H:%M')}–{b.strftime('%H:%M')}" for a, b in periods)
