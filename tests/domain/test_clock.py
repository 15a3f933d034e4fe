"""The one clock: fixed by a test, put back after, and read the same way as a day or as a moment."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shopteam.domain import clock


def test_a_fixed_day_is_local_noon_and_now_agrees():
    with clock.frozen(date(2028, 2, 29)):
        assert clock.today() == date(2028, 2, 29)
        assert clock.local_now() == datetime(2028, 2, 29, 12, 0)
        assert clock.now().tzinfo is UTC and clock.now().astimezone().date() == date(2028, 2, 29)


def test_frozen_puts_the_previous_moment_back_even_when_nested():
    clock.set_today(date(2026, 12, 6))
    with clock.frozen(datetime(2026, 12, 31, 23, 30)):
        assert clock.today() == date(2026, 12, 31)
        with clock.frozen(date(2027, 1, 1)):
            assert clock.today() == date(2027, 1, 1)
        assert clock.local_now() == datetime(2026, 12, 31, 23, 30)
    assert clock.today() == date(2026, 12, 6)
    clock.set_now(None)
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 5


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-06", datetime(2026, 12, 6, 12, 0)),
    (" 2026-12-06T18:30 ", datetime(2026, 12, 6, 18, 30)),
    ("2026-12-06 08:05", datetime(2026, 12, 6, 8, 5)),
])
def test_set_from_text(text, expected):
    clock.set_from_text(text)
    assert clock.local_now() == expected


@pytest.mark.parametrize("text", ["", "06.12.2026", "2026-13-01", "tomorrow"])
def test_set_from_text_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError):
        clock.set_from_text(text)
