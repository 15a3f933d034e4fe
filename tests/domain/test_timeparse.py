from datetime import date, datetime, time, timedelta

import pytest

from shopteam.domain.timeparse import (
    ClockTime,
    ParseError,
    date_to_serial,
    parse_clock,
    parse_date,
    parse_datetime,
    serial_to_datetime,
)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (46266, date(2026, 9, 1)),
        (46266.0, date(2026, 9, 1)),
    ],
)
def test_1900_serials(serial, expected):
    assert parse_date(serial) == expected
    assert date_to_serial(expected) == int(serial)


def test_the_fake_1900_02_29_is_refused():
    with pytest.raises(ParseError, match="1900-02-29"):
        parse_date(60)


@pytest.mark.parametrize(("serial", "expected"), [(0, date(1904, 1, 1)), (44804, date(2026, 9, 1))])
def test_1904_serials(serial, expected):
    assert parse_date(serial, epoch1904=True) == expected
    assert date_to_serial(expected, epoch1904=True) == serial


def test_serial_with_time_fraction():
    assert serial_to_datetime(46266.375) == datetime(2026, 9, 1, 9, 0)


@pytest.mark.parametrize(
    "text",
    [
        "2026-10-01",
        "2026/10/1",
        "2026年10月1日",
        "2026.10.01",
        "20261001",
        "26-10-01",
        " 2026-10-01 ",
        "2026-10-01 08:30",
        "2026-10-01T08:30:00",
    ],
)
def test_date_text(text):
    assert parse_date(text) == date(2026, 10, 1)


@pytest.mark.parametrize(
    "text", ["26-10-09 星期五", "2026/10/09 星期五", "2026-10-09 周五", "2026-10-09(周五)", "2026-10-09 Fri"]
)
def test_date_text_with_weekday_suffix(text):
    assert parse_date(text) == date(2026, 10, 9)


def test_month_day_needs_the_year():
    assert parse_date("10月1日", year=2026) == date(2026, 10, 1)
    assert parse_date("10/1", year=2026) == date(2026, 10, 1)
    with pytest.raises(ParseError, match="year"):
        parse_date("10月1日")


def test_date_cells_pass_through():
    assert parse_date(date(2026, 9, 1)) == date(2026, 9, 1)
    assert parse_date(datetime(2026, 9, 1, 8, 0)) == date(2026, 9, 1)


@pytest.mark.parametrize("bad", ["2026-02-30", "tomorrow", "", None, True])
def test_bad_dates_say_what_was_expected(bad):
    with pytest.raises(ParseError) as info:
        parse_date(bad)
    assert "date" in info.value.expected
    assert info.value.got == bad


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("9:02", ClockTime(time(9, 2))),
        ("09:02:33", ClockTime(time(9, 2, 33))),
        (" 18:00 ", ClockTime(time(18, 0))),
        ("18：30", ClockTime(time(18, 30))),
        ("次日 02:10", ClockTime(time(2, 10), next_day=True)),
        ("02:10(次日)", ClockTime(time(2, 10), next_day=True)),
        ("26:10", ClockTime(time(2, 10), next_day=True)),
        ("2026-09-01 08:52:10", ClockTime(time(8, 52, 10))),
        (time(9, 2), ClockTime(time(9, 2))),
        (datetime(2026, 9, 1, 18, 5), ClockTime(time(18, 5))),
        (0.375, ClockTime(time(9, 0))),
        (1.0 + 130 / 1440, ClockTime(time(2, 10), next_day=True)),
        (timedelta(hours=9, minutes=2), ClockTime(time(9, 2))),
    ],
)
def test_clock_values(value, expected):
    assert parse_clock(value) == expected


@pytest.mark.parametrize("empty", ["", "-", "--", "未打卡", "  ", None])
def test_no_punch(empty):
    assert parse_clock(empty) is None


@pytest.mark.parametrize("bad", ["9点半左右", "25:99", "abc", -0.5, 3.0])
def test_bad_clock(bad):
    with pytest.raises(ParseError) as info:
        parse_clock(bad)
    assert "clock time" in info.value.expected


def test_clock_on_day_and_minutes():
    reading = ClockTime(time(2, 10), next_day=True)
    assert reading.on(date(2026, 9, 1)) == datetime(2026, 9, 2, 2, 10)
    assert reading.minutes() == 1440 + 130


def test_parse_datetime():
    assert parse_datetime("2026/09/01 08:52") == datetime(2026, 9, 1, 8, 52)
    assert parse_datetime(46266.5) == datetime(2026, 9, 1, 12, 0)
    with pytest.raises(ParseError):
        parse_datetime("08:52")
