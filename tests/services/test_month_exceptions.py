"""The home screen's attendance figures come from attendance.month.month_exceptions_total, which counts late
arrivals, missing punches and absence days without each day's hours: it must give exactly what adding up
month_summary's rows gives, on a shop with every case (grace, a single punch, a day still in progress, leave,
a corrected punch, a night shift past midnight, a timesheet person, joiners and leavers, a rest-day worker,
a calendar override, a manager's scope), for a month in progress and one that is over."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import LeaveRequest, PunchCorrection, PunchRecord, TimesheetEntry
from shopteam.domain import clock
from shopteam.domain.attendance import DayPunches, MonthExceptions, month_exceptions
from shopteam.domain.calendar import WorkCalendar
from shopteam.domain.errors import ValidationError
from shopteam.domain.timeparse import ClockTime
from shopteam.services.attendance.month import month_exceptions_total, month_summary
from shopteam.services.attendance.worktime import save_work_pattern, set_calendar_override
from shopteam.services.context import Actor
from shopteam.services.dashboard import month_dashboard

pytestmark = pytest.mark.both_backends

TODAY = datetime(2026, 11, 18, 10, 30)  # a Wednesday: the 18th is in progress


def _punch(day, clock_in, clock_out):
    def at(hm):
        if hm is None:
            return None
        h, m = hm
        return datetime(2026, 11, day + (h >= 24), h % 24, m)

    return PunchRecord(work_date=date(2026, 11, day), clock_in=at(clock_in), clock_out=at(clock_out))


@pytest.fixture
def shop(factory, owner):
    with factory.begin() as s:
        ops, cs = Department(name="运营部"), Department(name="客服部")
        s.add_all([ops, cs])
        s.flush()
        people = {}
        for no, dep, hired, left, timesheets in (
                ("E1", ops, date(2025, 1, 1), None, False), ("E2", ops, date(2025, 1, 1), None, False),
                ("E3", cs, date(2025, 1, 1), None, False), ("E4", ops, date(2026, 11, 9), None, False),
                ("E5", cs, date(2025, 1, 1), date(2026, 11, 6), False), ("E6", cs, date(2025, 1, 1), None, True),
                ("E7", cs, date(2025, 1, 1), None, False)):
            emp = Employee(employee_no=no, name=f"员工{no}", department_id=dep.id, hire_date=hired, leave_date=left,
                           status="left" if left else "active", attendance_from_timesheets=timesheets)
            s.add(emp)
            s.flush()
            people[no] = emp.id
        ops.head_id = people["E1"]
        workdays = [d for d in range(2, 19) if date(2026, 11, d).weekday() < 5]
        punches = []
        for day in workdays:
            punches.append(("E1", _punch(day, (8, 55), None if day == 18 else (18, 2))))  # at work today
            if day == 3:
                punches.append(("E2", _punch(day, (9, 5), (18, 0))))  # within the grace: not late
            elif day == 4:
                punches.append(("E2", _punch(day, (9, 6), (18, 0))))  # late
            elif day == 5:
                punches.append(("E2", _punch(day, (9, 30), None)))  # late and a missing clock-out
            elif day == 6:
                punches.append(("E2", PunchRecord(work_date=date(2026, 11, 6), clock_out=datetime(2026, 11, 6, 18))))
            elif day != 9:  # the 9th: approved leave; the 10th: corrected below; the 11th absent
                if day not in (10, 11):
                    punches.append(("E2", _punch(day, (8, 50), (18, 0))))
            if day >= 9 and day != 12:
                punches.append(("E4", _punch(day, (9, 0), (18, 0))))
            if day <= 6:
                punches.append(("E5", _punch(day, (9, 10), (18, 0))))
            punches.append(("E3", _punch(day, (21, 55), (30, 5))))  # the night shift, out at 06:05 next day
        punches.append(("E7", _punch(7, (10, 0), (15, 0))))  # Saturday work
        punches.append(("E6", _punch(2, (9, 20), (18, 0))))  # a timesheet person's punched day counts late
        for no, record in punches:
            record.employee_id = people[no]
            s.add(record)
        s.add(LeaveRequest(employee_id=people["E2"], kind="annual", start=datetime(2026, 11, 9, 9),
                           end=datetime(2026, 11, 9, 18), hours=8, status="approved"))
        s.add(PunchCorrection(employee_id=people["E2"], work_date=date(2026, 11, 10),
                              clock_in=datetime(2026, 11, 10, 9, 0), clock_out=datetime(2026, 11, 10, 18, 0),
                              status="approved"))
        s.add(PunchCorrection(employee_id=people["E2"], work_date=date(2026, 11, 5),
                              clock_out=datetime(2026, 11, 5, 18, 0), status="pending"))
        for day, hours in ((3, 8), (4, 0), (5, 4)):  # E6: the 4th has no hours, the rest none approved
            s.add(TimesheetEntry(employee_id=people["E6"], work_date=date(2026, 11, day), task="客服", hours=hours,
                                 status="approved"))
        save_work_pattern(s, actor=owner, name="夜班", weekdays=0b0011111,
                          periods=[(time(22, 0), time(6, 0))], employee_id=people["E3"],
                          effective_from=date(2026, 11, 1))
        save_work_pattern(s, actor=owner, name="周末", weekdays=0b1100000,
                          periods=[(time(10, 0), time(19, 0))], employee_id=people["E7"],
                          effective_from=date(2026, 11, 1))
        set_calendar_override(s, actor=owner, day=date(2026, 11, 13), kind="holiday")
    return people


def _summed(rows):
    return (sum(r.late_count for r in rows), sum(r.missing_punch_count for r in rows),
            sum(r.absence_days for r in rows))


@pytest.mark.parametrize("today", [TODAY, datetime(2026, 12, 3, 9, 0), datetime(2026, 10, 20, 9, 0)],
                         ids=["in progress", "over", "not begun"])
def test_the_totals_are_the_summarys_for_the_shop_and_a_department(factory, owner, shop, today):
    with clock.frozen(today), factory() as s:
        for department_id in (None, s.query(Department.id).filter_by(name="运营部").scalar()):
            rows = month_summary(s, actor=owner, year=2026, month=11, department_id=department_id)
            totals = month_exceptions_total(s, actor=owner, year=2026, month=11, department_id=department_id)
            assert (totals.late_count, totals.missing_punch_count, totals.absence_days) == _summed(rows)


def test_the_counts_of_this_shop(factory, owner, shop):
    """The numbers themselves, so that both paths cannot be wrong together."""
    with clock.frozen(TODAY), factory() as s:
        rows = {r.employee_no: r for r in month_summary(s, actor=owner, year=2026, month=11)}
        totals = month_exceptions_total(s, actor=owner, year=2026, month=11)
        manager = Actor(user_id=None, username="head", level="manager", employee_id=shop["E1"])
        managed = month_exceptions_total(s, actor=manager, year=2026, month=11)
        dash = month_dashboard(s, actor=manager, year=2026, month=11)
        managed_rows = month_summary(s, actor=manager, year=2026, month=11)
    # E2: late on the 4th and 5th (09:05 on the 3rd is within the grace), a punch missing on the 5th and the
    # 6th, absent on the 11th (the 9th on leave, the 10th corrected); E3's night shift ends next morning; E4
    # absent on the 12th after joining; E5 late every day until leaving; E6 (timesheets) late on the punched
    # 2nd, absent on the 4th (no hours) and on the 7 days without approved hours; E7 works weekends and was
    # absent on four of them; the 13th is a holiday; the 18th is in progress (E1 still at work)
    got = {no: (r.late_count, r.missing_punch_count, r.absence_days) for no, r in rows.items()}
    assert got == {"E1": (0, 0, 0), "E2": (2, 2, 1), "E3": (0, 0, 0), "E4": (0, 0, 1), "E5": (5, 0, 0),
                   "E6": (1, 0, 8), "E7": (0, 0, 4)}
    assert (totals.late_count, totals.missing_punch_count, totals.absence_days) == (8, 2, 14)
    assert (managed.late_count, managed.missing_punch_count, managed.absence_days) == _summed(managed_rows)
    assert (dash.attendance_exceptions.late, dash.attendance_exceptions.missing_punches,
            dash.attendance_exceptions.absence_days) == _summed(managed_rows) == (2, 2, 2)


def test_a_clock_out_before_the_clock_in_is_refused_as_by_the_summary():
    day = date(2026, 11, 3)
    punches = {day: DayPunches(ClockTime(time(18, 0)), ClockTime(time(9, 0)))}
    with pytest.raises(ValidationError):
        month_exceptions(2026, 11, punches, WorkCalendar(), totals=MonthExceptions())
