"""The work calendar: which days are worked, and the shift (with breaks) on each of them.

China's statutory holidays, substituted days off (调休放假) and make-up working days (调休上班) come
from the ``holidays`` package. It lists each year's make-up weekend workdays in ``weekend_workdays``
and labels substituted days off "Day off (substituted from …)" and weekend holidays moved to a weekday
"… (observed)". Only the days named by the holiday itself are statutory holidays (法定节假日, overtime
at 3×); substituted and observed days off are rest days (休息日). User overrides win over all of it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import lru_cache


class DayKind(enum.StrEnum):
    WORKDAY = "workday"  # 工作日
    REST_DAY = "rest_day"  # 休息日 (weekend or substituted day off)
    HOLIDAY = "holiday"  # 法定节假日
    MAKEUP_WORKDAY = "makeup_workday"  # 调休上班日 — a normal workday

    @property
    def is_workday(self) -> bool:
        return self in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


@dataclass(frozen=True)
class Shift:
    """A shift as working segments in minutes from the work day's midnight.

    Segments are half-open ``(start, end)`` pairs, ascending; an end beyond 1440 is on the next day.
    Gaps between segments are breaks (the lunch break of the default shift).
    """

    segments: tuple[tuple[int, int], ...]
    name: str = ""
    #: the breaks between the working periods, (start, end) in minutes; derived from segments
    breaks: tuple[tuple[int, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        if not self.segments:
            raise ValueError("a shift needs at least one working period")
        previous_end = None
        for start, end in self.segments:
            if end <= start or (previous_end is not None and start < previous_end):
                raise ValueError(f"shift periods must be ordered and not overlap: {self.segments}")
            previous_end = end
        breaks = tuple((a[1], b[0]) for a, b in zip(self.segments, self.segments[1:], strict=False) if b[0] > a[1])
        object.__setattr__(self, "breaks", breaks)  # frozen: set once here

    @classmethod
    def from_times(cls, *periods: tuple[time, time], name: str = "") -> Shift:
        """Periods as clock times; a period (or a later period) that ends before it starts runs past midnight."""
        segments: list[tuple[int, int]] = []
        offset = 0
        for start_t, end_t in periods:
            start = _minutes(start_t) + offset
            if segments and start < segments[-1][1]:
                offset += 1440
                start += 1440
            end = _minutes(end_t) + offset
            if end <= start:
                end += 1440
                offset += 1440
            segments.append((start, end))
        return cls(tuple(segments), name)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    @property
    def scheduled_minutes(self) -> int:
        return sum(end - start for start, end in self.segments)

    def worked_minutes(self, start: float, end: float) -> float:
        """Minutes of ``[start, end)`` that fall inside the shift's working periods."""
        return sum(
            max(0.0, min(end, seg_end) - max(start, seg_start)) for seg_start, seg_end in self.segments
        )

    def break_minutes_between(self, start: float, end: float) -> float:
        """Minutes of the shift's breaks that fall inside ``[start, end)``."""
        total = 0.0
        for break_start, break_end in self.breaks:
            if end > break_start and start < break_end:
                total += min(end, break_end) - max(start, break_start)
        return total


DEFAULT_SHIFT = Shift(((9 * 60, 12 * 60), (13 * 60, 18 * 60)), "09:00-12:00, 13:00-18:00")

#: Monday..Sunday -> shift, None for a rest day.
WeekPattern = tuple[
    Shift | None, Shift | None, Shift | None, Shift | None, Shift | None, Shift | None, Shift | None
]
DEFAULT_WEEK: WeekPattern = (DEFAULT_SHIFT,) * 5 + (None, None)


@dataclass(frozen=True)
class ChinaHolidays:
    """Statutory holidays, days off and make-up workdays of one year, from the ``holidays`` package."""

    holidays: frozenset[date]
    days_off: frozenset[date]
    makeup_workdays: frozenset[date]
    names: Mapping[date, str]


@lru_cache(maxsize=64)
def china_holidays(year: int) -> ChinaHolidays:
    import holidays as holidays_pkg

    calendar = holidays_pkg.China(years=year, language="en_US")
    statutory, days_off, makeup = set(), set(), set()
    for day, name in calendar.items():
        if day.year != year:
            continue
        if "substituted" in name.lower() or "observed" in name.lower():
            days_off.add(day)
        else:
            statutory.add(day)
        if "substituted from" in name.lower():
            # "Day off (substituted from 09/20/2026)": the other date is the make-up workday.
            text = name.lower().split("substituted from", 1)[1].strip(" )")
            try:
                month, dom, yr = (int(part) for part in text.split("/"))
                makeup.add(date(yr, month, dom))
            except ValueError:
                pass
    makeup.update(d for d in calendar.weekend_workdays if d.year == year)
    makeup = {d for d in makeup if d.year == year}
    return ChinaHolidays(frozenset(statutory), frozenset(days_off), frozenset(makeup), dict(calendar.items()))


@dataclass
class WorkCalendar:
    """Weekly pattern + China's calendar + user overrides.

    ``overrides`` map a date to a :class:`DayKind` (e.g. the shop works a holiday eve, or gives an
    extra day off); ``shift_overrides`` map a date to a different shift. ``use_china_holidays=False``
    gives a plain weekly pattern. ``week_changes`` are later weekly patterns by the date they take
    effect, ascending: on a day the last one starting on or before it is in force, ``week`` before the first.
    """

    week: WeekPattern = DEFAULT_WEEK
    overrides: dict[date, DayKind] = field(default_factory=dict)
    shift_overrides: dict[date, Shift] = field(default_factory=dict)
    use_china_holidays: bool = True
    makeup_shift: Shift | None = None
    week_changes: tuple[tuple[date, WeekPattern], ...] = ()

    def week_on(self, day: date) -> WeekPattern:
        """The weekly pattern in force on ``day``."""
        week = self.week
        for start, later in self.week_changes:
            if start > day:
                break
            week = later
        return week

    def classify(self, day: date) -> DayKind:
        if day in self.overrides:
            return self.overrides[day]
        if self.use_china_holidays:
            cn = china_holidays(day.year)
            if day in cn.holidays:
                return DayKind.HOLIDAY
            if day in cn.makeup_workdays and self.week_on(day)[day.weekday()] is None:
                return DayKind.MAKEUP_WORKDAY
            if day in cn.days_off:
                return DayKind.REST_DAY
        return DayKind.WORKDAY if self.week_on(day)[day.weekday()] is not None else DayKind.REST_DAY

    def shift_for(self, day: date) -> Shift | None:
        """The shift scheduled on ``day``, or None when it is not a working day."""
        if not self.classify(day).is_workday:
            return None
        if day in self.shift_overrides:
            return self.shift_overrides[day]
        week = self.week_on(day)
        shift = week[day.weekday()]
        if shift is None:  # a make-up working day on a weekend: the usual weekday shift
            shift = self.makeup_shift or next((s for s in week if s is not None), DEFAULT_SHIFT)
        return shift

    def reference_shift(self, day: date) -> Shift:
        """The shift used to exclude breaks on a day that has none scheduled (rest day, holiday)."""
        week = self.week_on(day)
        return self.shift_for(day) or week[day.weekday()] or next((s for s in week if s is not None), DEFAULT_SHIFT)

    def workdays(self, days: Iterable[date]) -> list[date]:
        return [d for d in days if self.classify(d).is_workday]


def month_days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return [first + timedelta(days=i) for i in range((following - first).days)]
