from datetime import date, datetime, time

import pytest

from shopteam.domain.attendance import (
    SUMMARY_KEYS,
    AttendanceRules,
    DayPunches,
    PunchOrderError,
    counted_until,
    derive_day,
    pair_punches,
    punch_on_work_day,
    summarise_month,
)
from shopteam.domain.calendar import DayKind, Shift, WorkCalendar, month_days
from shopteam.domain.timeparse import ClockTime

TUESDAY = date(2026, 9, 1)


def clock(text: str, next_day: bool = False) -> ClockTime:
    hour, minute = (int(p) for p in text.split(":"))
    return ClockTime(time(hour, minute), next_day)


def punches(start: str | None, end: str | None) -> DayPunches:
    return DayPunches(clock(start) if start else None, clock(end) if end else None)


@pytest.fixture
def calendar():
    return WorkCalendar()


def test_normal_day(calendar):
    result = derive_day(TUESDAY, punches("08:52", "18:02"), calendar)
    assert result.worked and result.worked_minutes == 9 * 60 + 10 - 60
    assert not result.is_late and not result.is_early_leave and result.overtime_minutes == 0


@pytest.mark.parametrize(("start", "late"), [("09:05", 0), ("09:06", 6), ("09:33", 33)])
def test_late_after_grace_counts_from_shift_start(calendar, start, late):
    assert derive_day(TUESDAY, punches(start, "18:00"), calendar).late_minutes == late


@pytest.mark.parametrize(("end", "early"), [("17:55", 0), ("17:54", 6), ("17:27", 33)])
def test_early_leave(calendar, end, early):
    assert derive_day(TUESDAY, punches("09:00", end), calendar).early_leave_minutes == early


@pytest.mark.parametrize(("end", "overtime"), [("18:29", 0), ("18:30", 30), ("20:00", 120), ("20:59", 150)])
def test_workday_overtime_in_whole_half_hours(calendar, end, overtime):
    assert derive_day(TUESDAY, punches("08:50", end), calendar).overtime_minutes == overtime


def test_overtime_block_is_a_setting(calendar):
    rules = AttendanceRules(overtime_block_minutes=60)
    assert derive_day(TUESDAY, punches("09:00", "19:50"), calendar, rules=rules).overtime_minutes == 60


def test_single_punch_is_worked_and_missing(calendar):
    result = derive_day(TUESDAY, punches("08:52", None), calendar)
    assert result.worked and result.missing_punches == 1 and result.worked_minutes == 0
    assert derive_day(TUESDAY, punches(None, "17:00"), calendar).early_leave_minutes == 60


def test_absence_and_approved_leave(calendar):
    assert derive_day(TUESDAY, DayPunches(), calendar).absent
    on_leave = derive_day(TUESDAY, DayPunches(), calendar, leave_hours=8)
    assert not on_leave.absent and on_leave.leave_hours == 8
    assert not derive_day(date(2026, 9, 5), DayPunches(), calendar).absent  # Saturday


def test_rest_day_and_holiday_work_is_overtime_of_that_kind(calendar):
    saturday = derive_day(date(2026, 9, 26), punches("09:00", "18:00"), calendar)
    assert saturday.kind is DayKind.REST_DAY and saturday.overtime_kind == "restday"
    assert saturday.overtime_minutes == 8 * 60 and not saturday.is_late
    holiday = derive_day(date(2026, 9, 25), punches("09:00", "18:00"), calendar)
    assert holiday.overtime_kind == "holiday" and holiday.overtime_minutes == 8 * 60
    substituted = derive_day(date(2026, 10, 6), punches("09:00", "18:00"), calendar)
    assert substituted.overtime_kind == "restday"
    assert derive_day(date(2026, 10, 1), punches("09:00", "18:00"), calendar).overtime_kind == "holiday"


def test_make_up_sunday_is_a_normal_workday(calendar):
    sunday = date(2026, 9, 20)
    worked = derive_day(sunday, punches("09:10", "18:40"), calendar)
    assert worked.overtime_kind == "workday" and worked.overtime_minutes == 30 and worked.is_late
    assert derive_day(sunday, DayPunches(), calendar).absent


def test_make_up_saturday_is_a_workday(calendar):
    saturday = date(2026, 2, 28)
    assert derive_day(saturday, DayPunches(), calendar).absent
    assert derive_day(saturday, punches("09:00", "18:00"), calendar).overtime_minutes == 0


def test_shift_ending_after_midnight():
    evening = Shift.from_times((time(18, 0), time(2, 0)), name="客服晚班")
    calendar = WorkCalendar(week=(evening,) * 7, use_china_holidays=False)
    marked = DayPunches(clock("17:58"), ClockTime(time(2, 40), next_day=True))
    result = derive_day(TUESDAY, marked, calendar)
    assert (
        result.worked_minutes == 8 * 60 + 42 and result.overtime_minutes == 30 and not result.is_early_leave
    )
    # Without the 次日 mark, a clock-out before the clock-in is taken as the next morning on such a shift.
    assert derive_day(TUESDAY, punches("17:58", "02:40"), calendar) == result
    early = derive_day(TUESDAY, punches("18:00", "01:30"), calendar)
    assert early.early_leave_minutes == 30


def test_clock_out_before_clock_in_on_a_day_shift(calendar):
    with pytest.raises(PunchOrderError, match="before the clock-in"):
        derive_day(TUESDAY, punches("18:00", "09:00"), calendar)


def test_month_summary_keys_and_totals(calendar):
    days = {
        date(2026, 9, 1): punches("09:20", "20:00"),
        date(2026, 9, 2): punches("08:50", None),
        date(2026, 9, 26): punches("10:00", "15:00"),
    }
    summary, results = summarise_month(
        "A001", "张伟", 2026, 9, days, calendar, leave_hours={date(2026, 9, 3): 8}
    )
    row = summary.as_dict()
    assert tuple(row) == SUMMARY_KEYS
    assert row["days_worked"] == 3 and row["late_count"] == 1 and row["late_minutes"] == 20
    assert row["missing_punch_count"] == 1 and row["leave_hours"] == 8
    assert row["absence_days"] == 22 - 3  # 22 workdays, two worked, one on leave
    assert row["overtime_hours_workday"] == 2.0 and row["overtime_hours_restday"] == 4.0
    assert len(results) == 30


def test_month_respects_employment_dates(calendar):
    summary, results = summarise_month("C003", "黄婷", 2026, 9, {}, calendar, employed_from=date(2026, 9, 21))
    assert summary.absence_days == 7 and results[0].day == date(2026, 9, 21)


def test_pairing_a_punch_log(calendar):
    readings = [clock("12:01"), clock("08:55"), clock("18:31"), clock("13:02")]
    assert pair_punches(readings, TUESDAY, calendar) == punches("08:55", "18:31")
    assert pair_punches([clock("08:58")], TUESDAY, calendar) == punches("08:58", None)
    assert pair_punches([clock("18:10")], TUESDAY, calendar) == punches(None, "18:10")
    assert pair_punches([], TUESDAY, calendar) == DayPunches()


def test_pairing_past_midnight():
    evening = Shift.from_times((time(18, 0), time(2, 0)))
    calendar = WorkCalendar(week=(evening,) * 7, use_china_holidays=False)
    paired = pair_punches([clock("02:10"), clock("17:55")], TUESDAY, calendar)
    assert paired == DayPunches(clock("17:55"), ClockTime(time(2, 10), next_day=True))
    assert punch_on_work_day(datetime(2026, 9, 2, 2, 10), TUESDAY) == ClockTime(time(2, 10), True)


# --- the month to date ---------------------------------------------------------------------------


@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 12, 6), date(2026, 12, 6)),  # in progress: up to today
    (date(2026, 12, 31), date(2026, 12, 31)),  # its last day is still in progress
    (date(2027, 1, 1), None),  # over: the whole month
    (date(2026, 11, 30), date(2026, 11, 30)),  # not begun: the day before it, so nothing counts
    (date(2024, 2, 29), date(2024, 2, 29)),  # a leap day
])
def test_counted_until(today, expected):
    year, month = (2024, 2) if today.year == 2024 else (2026, 12)
    assert counted_until(year, month, today) == expected


def test_days_after_today_are_not_absences_and_today_is_still_open():
    calendar = WorkCalendar()
    days = {date(2026, 12, d): punches("08:58", "18:01") for d in (1, 2, 3)}
    days[date(2026, 12, 7)] = punches("08:58", "18:01")
    days[date(2026, 12, 8)] = punches("09:20", None)  # today, at work since 09:20 and not gone home yet
    summary, results = summarise_month("E1", "甲", 2026, 12, days, calendar, as_of=date(2026, 12, 8))
    assert [r.day.day for r in results] == list(range(1, 9))
    assert summary.scheduled_days == 6  # Tue 1 … Fri 4, Mon 7, Tue 8
    assert summary.absence_days == 1  # Fri 4 only: nobody is absent on the 9th … 31st
    assert (summary.days_worked, summary.missing_punch_count) == (5, 0)  # today's open day is no missing punch
    assert (summary.late_count, summary.late_minutes) == (1, 20)


def test_a_month_not_begun_counts_nothing():
    summary, results = summarise_month("E1", "甲", 2027, 1, {}, WorkCalendar(), as_of=date(2026, 12, 31))
    assert results == [] and summary.as_dict()["absence_days"] == 0 and summary.scheduled_days == 0


def test_today_without_a_punch_is_no_absence_yet_but_a_finished_day_is():
    calendar = WorkCalendar()
    day = date(2026, 12, 8)
    assert not derive_day(day, DayPunches(None, None), calendar, in_progress=True).absent
    assert derive_day(day, DayPunches(None, None), calendar).absent
    assert derive_day(day, punches("08:58", None), calendar).missing_punches == 1
    assert derive_day(day, punches("08:58", None), calendar, in_progress=True).missing_punches == 0


def test_a_joiner_on_the_15th_and_a_leaver_on_the_10th_are_scheduled_only_while_employed():
    calendar = WorkCalendar()
    joiner, _ = summarise_month("E2", "乙", 2026, 9, {}, calendar, employed_from=date(2026, 9, 15))
    leaver, _ = summarise_month("E3", "丙", 2026, 9, {}, calendar, employed_until=date(2026, 9, 10))
    workdays = calendar.workdays(month_days(2026, 9))  # September 2026: 22, no holiday
    assert joiner.scheduled_days == joiner.absence_days == sum(d >= date(2026, 9, 15) for d in workdays)
    assert leaver.scheduled_days == leaver.absence_days == sum(d <= date(2026, 9, 10) for d in workdays) == 8


def test_leap_day_february():
    calendar = WorkCalendar()
    summary, results = summarise_month("E1", "甲", 2028, 2, {}, calendar, as_of=date(2028, 2, 29))
    assert results[-1].day == date(2028, 2, 29) and not results[-1].absent


def test_a_timesheet_day_from_its_approved_hours():
    from shopteam.domain.attendance import derive_timesheet_day

    calendar = WorkCalendar(use_china_holidays=False)
    monday, saturday = date(2026, 9, 7), date(2026, 9, 12)
    part = derive_timesheet_day(monday, (3.5, 0.0), calendar)
    assert (part.worked, part.absent, part.late_minutes, part.missing_punches, part.overtime_minutes) == \
        (True, False, 0, 0, 0)
    assert derive_timesheet_day(monday, (8.0, 1.5), calendar).overtime_minutes == 90
    rest = derive_timesheet_day(saturday, (4.0, 0.5), calendar)
    assert (rest.worked, rest.overtime_kind, rest.overtime_minutes) == (True, "restday", 270)
    assert derive_timesheet_day(monday, None, calendar).absent
    assert not derive_timesheet_day(monday, None, calendar, leave_hours=8).absent
    assert not derive_timesheet_day(monday, None, calendar, in_progress=True).absent
    assert not derive_timesheet_day(saturday, None, calendar).absent


def test_one_dict_form_for_the_summary_and_the_month_row():
    """domain.attendance.summary_dict is the one dict form: a MonthlySummary and anything with the same
    attributes (the services' month row, which adds counted_until) give the same keys and rounding."""
    from types import SimpleNamespace

    from shopteam.domain.attendance import MonthlySummary, summary_dict

    summary = MonthlySummary("E1", "甲", scheduled_days=20, days_worked=19, leave_hours=7.999,
                             overtime_minutes={"workday": 100, "restday": 0, "holiday": 30})
    data = summary.as_dict()
    assert data == summary_dict(summary) and tuple(data) == SUMMARY_KEYS
    assert (data["leave_hours"], data["overtime_hours_workday"], data["overtime_hours_holiday"]) == (8.0, 1.67, 0.5)
    row = SimpleNamespace(**data, counted_until=date(2026, 12, 6))
    assert summary_dict(row) == {**data, "counted_until": "2026-12-06"}
