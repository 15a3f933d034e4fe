from datetime import date, time

import pytest

from shopteam.domain.calendar import DEFAULT_SHIFT, DayKind, Shift, WorkCalendar, china_holidays, month_days


@pytest.fixture
def calendar():
    return WorkCalendar()


def test_plain_week(calendar):
    assert calendar.classify(date(2026, 9, 1)) is DayKind.WORKDAY  # Tuesday
    assert calendar.classify(date(2026, 9, 5)) is DayKind.REST_DAY  # Saturday
    assert calendar.shift_for(date(2026, 9, 1)) == DEFAULT_SHIFT
    assert calendar.shift_for(date(2026, 9, 5)) is None


def test_default_shift_excludes_lunch():
    assert DEFAULT_SHIFT.start == 9 * 60 and DEFAULT_SHIFT.end == 18 * 60
    assert DEFAULT_SHIFT.scheduled_minutes == 8 * 60
    assert DEFAULT_SHIFT.break_minutes_between(8 * 60, 20 * 60) == 60
    assert DEFAULT_SHIFT.break_minutes_between(12 * 60 + 30, 20 * 60) == 30


@pytest.mark.parametrize("day", [date(2026, 9, 20), date(2026, 2, 28), date(2026, 10, 10), date(2026, 1, 4)])
def test_make_up_weekend_days_are_workdays(calendar, day):
    assert day.weekday() >= 5
    assert calendar.classify(day) is DayKind.MAKEUP_WORKDAY
    assert calendar.classify(day).is_workday
    assert calendar.shift_for(day) == DEFAULT_SHIFT


def test_statutory_holiday_vs_substituted_day_off(calendar):
    assert calendar.classify(date(2026, 9, 25)) is DayKind.HOLIDAY  # 中秋节
    assert calendar.classify(date(2026, 10, 1)) is DayKind.HOLIDAY  # 国庆节
    # 10-06 is the day off in exchange for working on Sunday 09-20; 10-05 makes up for Saturday 10-03.
    assert calendar.classify(date(2026, 10, 6)) is DayKind.REST_DAY
    assert calendar.classify(date(2026, 10, 5)) is DayKind.REST_DAY
    assert calendar.shift_for(date(2026, 10, 6)) is None


def test_september_2026_has_22_workdays(calendar):
    assert len(calendar.workdays(month_days(2026, 9))) == 22


def test_china_holidays_table_for_2026():
    cn = china_holidays(2026)
    assert cn.makeup_workdays == {
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    }
    assert date(2026, 2, 17) in cn.holidays
    assert date(2026, 2, 20) in cn.days_off


def test_user_overrides_win(calendar):
    calendar.overrides[date(2026, 9, 25)] = DayKind.WORKDAY
    calendar.overrides[date(2026, 9, 1)] = DayKind.REST_DAY
    assert calendar.classify(date(2026, 9, 25)) is DayKind.WORKDAY
    assert calendar.shift_for(date(2026, 9, 1)) is None


def test_plain_pattern_without_china_calendar():
    calendar = WorkCalendar(use_china_holidays=False)
    assert calendar.classify(date(2026, 9, 25)) is DayKind.WORKDAY
    assert calendar.classify(date(2026, 9, 20)) is DayKind.REST_DAY


def test_shift_past_midnight():
    evening = Shift.from_times((time(18, 0), time(2, 0)))
    assert evening.segments == ((18 * 60, 26 * 60),)
    split = Shift.from_times((time(16, 0), time(20, 0)), (time(21, 0), time(1, 0)))
    assert split.segments == ((960, 1200), (1260, 1500))
    assert split.scheduled_minutes == 8 * 60


def test_bad_shift():
    with pytest.raises(ValueError):
        Shift(((600, 540),))
