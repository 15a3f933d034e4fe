"""The month on any day of it: only days that have come and that fall within each person's employment are
scheduled (PRODUCT §3.14). The clock is set by each test, never read from the system."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopteam.db.models import Employee
from shopteam.db.models.attendance import PunchRecord
from shopteam.domain import clock
from shopteam.services import demo
from shopteam.services.attendance.month import month_summary
from tests.services.appraisal_shop import make_shop

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends

TODAY = date(2026, 12, 8)  # a Tuesday: the 1st … 4th and the 7th are over, the 8th is in progress


def rows(factory, actor, year, month):
    with factory() as s:
        return {r.employee_no: r for r in month_summary(s, actor=actor, year=year, month=month)}


@pytest.fixture
def shop(factory, owner):
    """make_shop's four people; E100 punched every day so far, and clocked in this morning."""
    ids = make_shop(factory, owner)
    with factory.begin() as s:
        for day in (1, 2, 3, 4, 7, 8):
            s.add(PunchRecord(employee_id=ids["E100"], work_date=date(2026, 12, day),
                              clock_in=datetime(2026, 12, day, 8, 55),
                              clock_out=None if day == 8 else datetime(2026, 12, day, 18, 5)))
    return ids


def test_a_month_in_progress_counts_up_to_today(factory, owner, shop):
    with clock.frozen(datetime(2026, 12, 8, 10, 30)):
        got = rows(factory, owner, 2026, 12)
    e100, e101 = got["E100"], got["E101"]
    assert e100.counted_until == e101.counted_until == TODAY
    assert (e100.scheduled_days, e100.days_worked, e100.absence_days, e100.missing_punch_count) == (6, 6, 0, 0)
    assert (e101.scheduled_days, e101.days_worked, e101.absence_days) == (6, 0, 5)  # not the 8th: it is not over
    assert e101.as_dict()["counted_until"] == "2026-12-08"


def test_a_future_month_has_no_absences(factory, owner, shop):
    with clock.frozen(TODAY):
        got = rows(factory, owner, 2027, 1)
    assert {(r.scheduled_days, r.absence_days, r.days_worked) for r in got.values()} == {(0, 0, 0)}


def test_a_month_that_is_over_counts_every_day(factory, owner, shop):
    with clock.frozen(date(2027, 1, 4)):
        got = rows(factory, owner, 2026, 12)
    assert got["E101"].counted_until is None
    assert got["E101"].scheduled_days == got["E101"].absence_days == 23  # December 2026's workdays
    assert got["E100"].absence_days == 23 - 6 and got["E100"].missing_punch_count == 1  # the 8th never closed


def test_a_joiner_and_a_leaver_are_scheduled_only_while_employed(factory, owner, shop):
    with factory.begin() as s:
        s.get(Employee, shop["E103"]).hire_date = date(2026, 11, 16)
        leaver = s.get(Employee, shop["E102"])
        leaver.leave_date, leaver.status = date(2026, 11, 10), "left"
    with clock.frozen(TODAY):
        november, december = rows(factory, owner, 2026, 11), rows(factory, owner, 2026, 12)
    assert (november["E103"].scheduled_days, november["E103"].absence_days) == (11, 11)  # 16th … 30th
    assert (november["E102"].scheduled_days, november["E102"].absence_days) == (7, 7)  # 2nd … 10th
    assert "E102" not in december  # a leaver appears in the month they left and not after
    assert november["E101"].scheduled_days == 21


def test_the_demo_shops_current_month_has_no_absence_after_today(factory):
    with clock.frozen(TODAY), factory.begin() as s:
        owner = demo.create_demo_shop(s, language="zh_CN", today=TODAY)
    with clock.frozen(TODAY):
        got = rows(factory, owner, 2026, 12)
    assert got and all(r.counted_until == TODAY and r.scheduled_days <= 6 for r in got.values())
    assert sum(r.days_worked for r in got.values()) >= 4 * len(got)  # they came in on most days so far
    assert all(r.absence_days <= 1 for r in got.values())
