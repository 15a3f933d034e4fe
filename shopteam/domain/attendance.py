"""Attendance maths: one day from its punches, and the month per person. Pure; no I/O.

Rules (defaults are the product's; all are :class:`AttendanceRules` settings):

- worked minutes = clock-out − clock-in minus the shift's breaks that fall in between;
- late: clock-in later than shift start + grace (5 min); late minutes count from the shift start
  in whole minutes (09:33 → 33), the grace is a threshold, not a deduction;
- early leave: clock-out earlier than shift end − grace; minutes count up to the shift end;
- a day with a single punch counts as worked and as one missing punch (no hours, no overtime);
- absence: a scheduled working day with no punch and no approved leave;
- overtime on a working day: the time after the shift end, in whole 30-minute blocks (rounded down);
  on a rest day or statutory holiday all worked minutes (breaks of the reference shift excluded) are
  overtime of that kind, also in whole blocks; a make-up working day (调休上班) is a normal workday;
- a clock-out earlier on the clock than the clock-in belongs to the next day when the shift runs past
  midnight (or when it was written as '次日 02:10'); otherwise the day is rejected.

A person whose attendance comes from timesheets (no punch machine: remote customer service, part-time
staff) has each day without a punch record derived from the day's approved timesheet hours instead
(:func:`derive_timesheet_day`): any hours (> 0) make it a worked day, with no late arrival, early leave or
missing punch; a scheduled day without them is an absence (unless on leave). The reported overtime hours
are overtime of the day's kind; on a rest day or holiday all the hours are, as with punches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

from shopteam.domain.calendar import DayKind, Shift, WorkCalendar, month_days
from shopteam.domain.errors import ValidationError
from shopteam.domain.timeparse import ClockTime

SUMMARY_KEYS = (
    "employee_no",
    "name",
    "scheduled_days",
    "days_worked",
    "late_count",
    "late_minutes",
    "early_leave_count",
    "missing_punch_count",
    "absence_days",
    "leave_hours",
    "overtime_hours_workday",
    "overtime_hours_restday",
    "overtime_hours_holiday",
)


class PunchOrderError(ValidationError):
    code = "clock_out_before_clock_in"
    template = "The clock-out {clock_out} is before the clock-in {clock_in} on {day}."


@dataclass(frozen=True)
class AttendanceRules:
    late_grace_minutes: int = 5
    early_grace_minutes: int = 5
    overtime_block_minutes: int = 30


DEFAULT_RULES = AttendanceRules()


# DayPunches and DayResult are made some 15,000 times for a month of 500 people: plain slotted classes,
# not frozen ones (a frozen dataclass's __init__ costs six times as much), and nothing changes them.
@dataclass(slots=True)
class DayPunches:
    """The day's first and last punch (either may be missing)."""

    clock_in: ClockTime | None = None
    clock_out: ClockTime | None = None

    @property
    def count(self) -> int:
        return (self.clock_in is not None) + (self.clock_out is not None)


_OVERTIME_KIND = {DayKind.HOLIDAY: "holiday", DayKind.REST_DAY: "restday"}


@dataclass(slots=True)
class DayResult:
    day: date
    kind: DayKind
    worked: bool = False  # counts towards days_worked
    worked_minutes: int = 0
    late_minutes: int = 0  # > 0 only when late
    early_leave_minutes: int = 0  # > 0 only when leaving early
    missing_punches: int = 0
    absent: bool = False
    leave_hours: float = 0.0
    overtime_minutes: int = 0
    from_timesheet: bool = False  # derived from approved timesheet hours, whose overtime is approved with them

    @property
    def is_late(self) -> bool:
        return self.late_minutes > 0

    @property
    def is_early_leave(self) -> bool:
        return self.early_leave_minutes > 0

    @property
    def overtime_kind(self) -> str:
        """'workday', 'restday' or 'holiday' — which overtime rate applies."""
        return _OVERTIME_KIND.get(self.kind, "workday")


def _whole_blocks(minutes: float, block: int) -> int:
    if minutes <= 0:
        return 0
    if block <= 1:
        return int(minutes)
    return int(minutes // block) * block


def resolve_span(day: date, punches: DayPunches, shift: Shift) -> tuple[float, float]:
    """Clock-in and clock-out as minutes from the work day's midnight, clock-out after midnight resolved."""
    assert punches.clock_in is not None and punches.clock_out is not None
    start, end = punches.clock_in.minutes(), punches.clock_out.minutes()
    if end < start and shift.end > 1440 and not punches.clock_out.next_day:
        end += 1440
    if end < start:
        raise PunchOrderError(
            field="clock_out",
            clock_in=punches.clock_in.time.strftime("%H:%M"),
            clock_out=punches.clock_out.time.strftime("%H:%M"),
            day=day.isoformat(),
        )
    return start, end


def derive_day(
    day: date,
    punches: DayPunches,
    calendar: WorkCalendar,
    *,
    leave_hours: float = 0.0,
    rules: AttendanceRules = DEFAULT_RULES,
    in_progress: bool = False,
) -> DayResult:
    """One person's day from their first and last punch and approved leave.

    ``in_progress`` is for today: the day is not over, so no punch yet is no absence and a clock-in
    without a clock-out is someone still at work, not a missing punch.
    """
    kind = calendar.classify(day)
    shift = calendar.shift_for(day)
    if punches.count == 0:
        absent = shift is not None and leave_hours <= 0 and not in_progress
        return DayResult(day, kind, absent=absent, leave_hours=leave_hours)
    if in_progress and punches.clock_out is None:
        late = 0
        if shift is not None:
            delay = int(punches.clock_in.minutes() - shift.start)
            late = delay if delay > rules.late_grace_minutes else 0
        return DayResult(day, kind, worked=True, late_minutes=late, leave_hours=leave_hours)

    late = early = 0
    if shift is not None and punches.clock_in is not None:
        delay = int(punches.clock_in.minutes() - shift.start)
        if delay > rules.late_grace_minutes:
            late = delay
    if punches.count == 1:
        if shift is not None and punches.clock_out is not None:
            gap = shift.end - punches.clock_out.minutes()
            if punches.clock_out.minutes() < shift.start and shift.end > 1440:
                gap -= 1440
            early = _ceil(gap) if gap > rules.early_grace_minutes else 0
        return DayResult(
            day,
            kind,
            worked=True,
            late_minutes=late,
            early_leave_minutes=early,
            missing_punches=1,
            leave_hours=leave_hours,
        )

    reference = shift or calendar.reference_shift(day)
    start, end = resolve_span(day, punches, reference)
    worked = end - start - reference.break_minutes_between(start, end)
    if shift is not None:
        gap = shift.end - end
        early = _ceil(gap) if gap > rules.early_grace_minutes else 0
        overtime = _whole_blocks(end - max(shift.end, start), rules.overtime_block_minutes)
    else:
        overtime = _whole_blocks(worked, rules.overtime_block_minutes)
    return DayResult(
        day,
        kind,
        worked=True,
        worked_minutes=int(worked),
        late_minutes=late,
        early_leave_minutes=early,
        leave_hours=leave_hours,
        overtime_minutes=overtime,
    )


def derive_timesheet_day(
    day: date,
    hours: tuple[float, float] | None,
    calendar: WorkCalendar,
    *,
    leave_hours: float = 0.0,
    in_progress: bool = False,
) -> DayResult:
    """A day of a person on timesheets from its approved ``(hours, overtime_hours)`` (None: none approved).

    Worked when they add up to more than 0 (the shift's length is not required: part-time staff work
    part of it); late, early and missing punches do not apply. Overtime is the reported overtime on a
    working day and all the hours on a rest day or holiday.
    """
    kind = calendar.classify(day)
    regular, overtime = hours or (0.0, 0.0)
    if regular + overtime <= 0:
        absent = calendar.shift_for(day) is not None and leave_hours <= 0 and not in_progress
        return DayResult(day, kind, absent=absent, leave_hours=leave_hours)
    extra = overtime if kind.is_workday else regular + overtime
    return DayResult(day, kind, worked=True, worked_minutes=round((regular + overtime) * 60),
                     leave_hours=leave_hours, overtime_minutes=round(extra * 60), from_timesheet=True)


def _ceil(minutes: float) -> int:
    whole = int(minutes)
    return whole + 1 if minutes > whole else whole


@dataclass
class MonthlySummary:
    employee_no: str
    name: str
    scheduled_days: int = 0  # days with a shift that were counted (employed, and come by ``as_of``)
    days_worked: int = 0
    late_count: int = 0
    late_minutes: int = 0
    early_leave_count: int = 0
    missing_punch_count: int = 0
    absence_days: int = 0
    leave_hours: float = 0.0
    overtime_minutes: dict[str, int] = field(
        default_factory=lambda: {"workday": 0, "restday": 0, "holiday": 0}
    )

    def add(self, result: DayResult) -> None:
        # the properties is_late, is_early_leave and overtime_kind spelt out: this runs for every person-day
        self.days_worked += result.worked
        self.late_count += result.late_minutes > 0
        self.late_minutes += result.late_minutes
        self.early_leave_count += result.early_leave_minutes > 0
        self.missing_punch_count += result.missing_punches
        self.absence_days += result.absent
        self.leave_hours += result.leave_hours
        if result.overtime_minutes:
            self.overtime_minutes[_OVERTIME_KIND.get(result.kind, "workday")] += result.overtime_minutes

    @property
    def overtime_hours_workday(self) -> float:
        return self.overtime_minutes["workday"] / 60

    @property
    def overtime_hours_restday(self) -> float:
        return self.overtime_minutes["restday"] / 60

    @property
    def overtime_hours_holiday(self) -> float:
        return self.overtime_minutes["holiday"] / 60

    def as_dict(self) -> dict:
        """The attendance summary's dict form (``summary_dict``)."""
        return summary_dict(self)


def summary_dict(row) -> dict:
    """The attendance summary's one dict form, for a ``MonthlySummary`` or the services' month row alike:
    the keys of the monthly report (SUMMARY_KEYS) in order, hours as floats with 2 decimals, then
    ``counted_until`` (ISO date while the month is in progress, else null) when the row carries it."""
    data = {}
    for key in SUMMARY_KEYS:
        value = getattr(row, key)
        data[key] = round(value, 2) if isinstance(value, float) else value
    if hasattr(row, "counted_until"):
        until = row.counted_until
        data["counted_until"] = None if until is None else until.isoformat()
    return data


@cache
def _days_of(year: int, month: int) -> tuple[date, ...]:
    """The month's days, made once per month (a month summary walks them once per person)."""
    return tuple(month_days(year, month))


def summarise_month(
    employee_no: str,
    name: str,
    year: int,
    month: int,
    punches: Mapping[date, DayPunches],
    calendar: WorkCalendar,
    *,
    leave_hours: Mapping[date, float] | None = None,
    employed_from: date | None = None,
    employed_until: date | None = None,
    rules: AttendanceRules | Callable[[date], AttendanceRules] = DEFAULT_RULES,
    as_of: date | None = None,
    timesheet: Mapping[date, tuple[float, float]] | None = None,
) -> tuple[MonthlySummary, list[DayResult]]:
    """Derive every day of the month for one person and add them up.

    ``timesheet`` (a person whose attendance comes from timesheets: their approved hours and overtime per
    day) derives each day without a punch record from those hours (:func:`derive_timesheet_day`).

    ``rules`` are the month's rules, or a function giving the rules in force on a day (when they
    changed during the month).

    Only the days the person was employed (``employed_from`` … ``employed_until``) and that have come
    (up to ``as_of``, today, which is still in progress) are counted: nobody is absent on a day before
    they joined, after they left, or that has not come yet.
    """
    leave_hours = leave_hours or {}
    summary = MonthlySummary(employee_no, name)
    days: list[DayResult] = []
    empty = DayPunches()
    rules_on = rules if callable(rules) else None
    for day in _days_of(year, month):
        if (employed_from and day < employed_from) or (employed_until and day > employed_until):
            continue
        if as_of is not None and day > as_of:
            break
        punched = punches.get(day, empty)
        day_rules = rules if rules_on is None else rules_on(day)
        if timesheet is not None and not punched.count:
            result = derive_timesheet_day(day, timesheet.get(day), calendar, leave_hours=leave_hours.get(day, 0.0),
                                          in_progress=day == as_of)
        else:
            result = derive_day(day, punched, calendar, leave_hours=leave_hours.get(day, 0.0), rules=day_rules,
                                in_progress=day == as_of)
        days.append(result)
        summary.add(result)
        summary.scheduled_days += calendar.shift_for(day) is not None
    return summary, days


@dataclass(slots=True)
class MonthExceptions:
    """The month's late arrivals, missing punches and absence days (the home screen's attendance figures)."""

    late_count: int = 0
    missing_punch_count: int = 0
    absence_days: int = 0


def month_exceptions(
    year: int,
    month: int,
    punches: Mapping[date, DayPunches],
    calendar: WorkCalendar,
    *,
    totals: MonthExceptions,
    leave_hours: Mapping[date, float] | None = None,
    employed_from: date | None = None,
    employed_until: date | None = None,
    rules: AttendanceRules | Callable[[date], AttendanceRules] = DEFAULT_RULES,
    as_of: date | None = None,
    timesheet: Mapping[date, tuple[float, float]] | None = None,
) -> MonthExceptions:
    """Add one person's late arrivals, missing punches and absence days of the month to ``totals``: the
    same counts as :func:`summarise_month`'s ``late_count``, ``missing_punch_count`` and ``absence_days``
    (same arguments, the same days counted, the rules of :func:`derive_day` and
    :func:`derive_timesheet_day`), without working out hours, early leave and overtime (a few times
    faster: the home screen counts them for the whole shop). A clock-out before the clock-in is refused
    as there."""
    leave_hours = leave_hours or {}
    rules_on = rules if callable(rules) else None
    late = missing = absent = 0
    for day in _days_of(year, month):
        if (employed_from and day < employed_from) or (employed_until and day > employed_until):
            continue
        if as_of is not None and day > as_of:
            break
        punched = punches.get(day)
        clock_in = clock_out = None
        if punched is not None:
            clock_in, clock_out = punched.clock_in, punched.clock_out
        if clock_in is None and clock_out is None:
            if timesheet is not None:
                regular, overtime = timesheet.get(day) or (0.0, 0.0)
                if regular + overtime > 0:
                    continue
            if day != as_of and leave_hours.get(day, 0.0) <= 0 and calendar.shift_for(day) is not None:
                absent += 1
            continue
        shift = calendar.shift_for(day)
        if shift is not None and clock_in is not None:
            grace = (rules if rules_on is None else rules_on(day)).late_grace_minutes
            delay = int(clock_in.minutes() - shift.start)
            if delay > grace and delay > 0:
                late += 1
        if day == as_of and clock_out is None:
            continue  # still at work
        if clock_in is None or clock_out is None:
            missing += 1
        elif (clock_out.next_day, clock_out.time) < (clock_in.next_day, clock_in.time):  # minutes() without the sums
            resolve_span(day, punched, shift or calendar.reference_shift(day))  # past midnight, or refused
    totals.late_count += late
    totals.missing_punch_count += missing
    totals.absence_days += absent
    return totals


def counted_until(year: int, month: int, today: date) -> date | None:
    """The last day a month's figures can count on ``today``: None when the month is over, ``today``
    while it is in progress, the day before the month for a month that has not begun (nothing counts)."""
    days = month_days(year, month)
    if today > days[-1]:
        return None
    if today < days[0]:
        return days[0] - timedelta(days=1)
    return today


# --- pairing a raw punch log ---------------------------------------------------------------------


def pair_punches(punches: Iterable[ClockTime], day: date, calendar: WorkCalendar) -> DayPunches:
    """A work day's punches (any order, duplicates allowed) -> first and last punch.

    With a single punch, it is taken as the clock-in when it is nearer the shift's start than its
    end, otherwise as the clock-out.
    """
    shift = calendar.reference_shift(day)
    readings = sorted((_after_midnight(p, shift) for p in punches), key=ClockTime.minutes)
    if not readings:
        return DayPunches()
    if len(readings) == 1:
        only = readings[0]
        minute = only.minutes()
        if abs(minute - shift.start) <= abs(shift.end - minute):
            return DayPunches(clock_in=only)
        return DayPunches(clock_out=only)
    return DayPunches(readings[0], readings[-1])


def _after_midnight(reading: ClockTime, shift: Shift) -> ClockTime:
    """On a shift past midnight, an early-morning reading (before the shift's end) is the next day's."""
    if shift.end > 1440 and not reading.next_day and reading.minutes() <= shift.end - 1440 + 120:
        return ClockTime(reading.time, next_day=True)
    return reading


def punch_on_work_day(moment: datetime | ClockTime, work_day: date) -> ClockTime:
    """A punch with a full timestamp -> a clock reading relative to its work day (next day flagged)."""
    if isinstance(moment, ClockTime):
        return moment
    delta = (moment.date() - work_day).days
    if delta not in (0, 1):
        raise ValidationError(
            "The punch {moment} is not on the attendance day {day}.",
            field="punch_time",
            moment=moment.isoformat(sep=" "),
            day=work_day.isoformat(),
        )
    return ClockTime(moment.time().replace(microsecond=0), next_day=delta == 1)
