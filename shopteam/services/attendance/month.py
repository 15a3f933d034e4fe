"""The month per person, derived and never stored.

The month's punches come in one SQL query (Core rows, not ORM objects) and go through the domain maths
with each person's calendar (the shop's overrides, their pattern) and their approved leave. A month in
progress counts up to today (domain.attendance.counted_until). People whose attendance comes from
timesheets have their days without punches derived from their approved timesheet hours (one more query,
services.attendance.timesheets.approved_timesheet_days); that overtime is approved with the hours.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import (
    LeaveRequest,
    OvertimeRequest,
    PunchRecord,
)
from shopteam.db.punch_text import punch_readers
from shopteam.domain import clock
from shopteam.domain.attendance import (
    DayPunches,
    MonthExceptions,
    counted_until,
    month_exceptions,
    summarise_month,
    summary_dict,
)
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import ValidationError
from shopteam.services.attendance.corrections import (
    approved_corrections,
    correction_counts,
    fill_missing_punches,
)
from shopteam.services.attendance.settings import settings_for_period
from shopteam.services.attendance.timesheets import approved_timesheet_days
from shopteam.services.attendance.worktime import (
    calendars_for,
    leave_split,
)
from shopteam.services.context import Actor
from shopteam.services.permissions import department_subtree, visible_employee_ids

# ------------------------------------------------------------------------------------------ the month


@dataclass(frozen=True, slots=True)
class MonthRow:
    """One person's month: the 12 keys of the monthly report, plus department and unapproved overtime."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    scheduled_days: int
    days_worked: int
    late_count: int
    late_minutes: int
    early_leave_count: int
    missing_punch_count: int
    absence_days: int
    leave_hours: float
    overtime_hours_workday: float
    overtime_hours_restday: float
    overtime_hours_holiday: float
    unapproved_overtime_hours: float
    counted_until: date | None = None  # the month is in progress: figures to this day (None: the whole month)
    corrections: int = 0  # approved missing-punch corrections (补卡) in the month
    corrections_over_allowance: int = 0  # of those, beyond the month's free allowance

    def as_dict(self) -> dict:
        """The keys of ``shopteam report attendance --json``: domain.attendance.summary_dict (SUMMARY_KEYS,
        then ``counted_until``)."""
        return summary_dict(self)


@dataclass
class _MonthInputs:
    """What the month's figures are derived from: the people, their punches (approved corrections filled
    in), calendars, approved leave and timesheet days, the month's rules."""

    people: list
    punches: dict[int, dict[date, DayPunches]]
    corrections: dict[int, int]
    as_of: date | None
    default: object
    calendars: dict
    leave: dict[int, dict[date, float]]
    settings: object
    timesheets: dict


def _month_inputs(session: Session, actor: Actor, year: int, month: int,
                  department_id: int | None) -> _MonthInputs | None:
    if not 1 <= month <= 12:
        raise ValidationError("Unknown month {month}.", field="month", code="month", month=month)
    days = month_days(year, month)
    first, last = days[0], days[-1]
    scope = visible_employee_ids(session, actor)
    conn = session.connection()

    people_q = (
        select(Employee.id, Employee.employee_no, Employee.name, func.coalesce(Department.name, ""),
               Employee.hire_date, Employee.leave_date)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.hire_date <= last, or_(Employee.leave_date.is_(None), Employee.leave_date >= first))
        .order_by(Employee.employee_no)
    )
    if department_id is not None:
        people_q = people_q.where(Employee.department_id.in_(department_subtree(session, {department_id})))
    people = [p for p in conn.execute(people_q).all() if scope is None or p[0] in scope]
    if not people:
        return None
    ids = {p[0] for p in people}

    punches: dict[int, dict[date, DayPunches]] = defaultdict(dict)
    as_stored = [type_coerce(column, String) for column in
                 (PunchRecord.work_date, PunchRecord.clock_in, PunchRecord.clock_out)]  # see db/punch_text
    rows = conn.execute(
        select(PunchRecord.employee_id, *as_stored)
        .where(PunchRecord.work_date >= first, PunchRecord.work_date <= last,
               PunchRecord.employee_id.in_(ids) if len(ids) <= 500 else True)).all()  # one fetchall, not row by row
    day_of, clock_time = punch_readers()
    for employee_id, work_day, clock_in, clock_out in rows:
        if employee_id in ids:
            punches[employee_id][day_of(work_day)] = DayPunches(clock_time(clock_in, work_day), clock_time(clock_out, work_day))
    corrected = approved_corrections(session, ids, first, last)
    for employee_id, by_day in corrected.items():
        fill_missing_punches(punches[employee_id], by_day)

    as_of = counted_until(year, month, clock.today())
    default, calendars = calendars_for(session, ids, first, last)
    leave = _approved_leave(session, ids, first, last, default, calendars)
    return _MonthInputs(people, punches, correction_counts(corrected), as_of, default, calendars, leave,
                        settings_for_period(session, first, last), approved_timesheet_days(session, first, last))


def month_summary(session: Session, *, actor: Actor, year: int, month: int,
                  department_id: int | None = None) -> list[MonthRow]:
    """Everyone the actor may see who was employed in the month, ordered by employee no."""
    inputs = _month_inputs(session, actor, year, month, department_id)
    if inputs is None:
        return []
    days = month_days(year, month)
    first, last = days[0], days[-1]
    approved_ot: dict[int, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    for employee_id, day, hours in session.connection().execute(
            select(OvertimeRequest.employee_id, OvertimeRequest.work_date, OvertimeRequest.hours)
            .where(OvertimeRequest.status == "approved", OvertimeRequest.work_date >= first,
                   OvertimeRequest.work_date <= last)):
        approved_ot[employee_id][day] += hours
    settings, as_of, punches = inputs.settings, inputs.as_of, inputs.punches
    rules, timesheets, leave = settings.rules, inputs.timesheets, inputs.leave
    calendars, default, corrections = inputs.calendars, inputs.default, inputs.corrections

    result = []
    for employee_id, number, name, department, hired, left in inputs.people:
        summary, results = summarise_month(
            number, name, year, month, punches.get(employee_id, {}), calendars.get(employee_id, default),
            leave_hours=leave.get(employee_id), employed_from=hired, employed_until=left, rules=rules,
            as_of=as_of, timesheet=timesheets.get(employee_id))
        approved = approved_ot.get(employee_id, {})
        unapproved = 0.0
        for day in results:
            if day.overtime_minutes and not day.from_timesheet:
                unapproved += max(0.0, day.overtime_minutes / 60 - approved.get(day.day, 0.0))
        d = summary_dict(summary)
        del d["employee_no"], d["name"]
        used = corrections.get(employee_id, 0)
        result.append(MonthRow(employee_id, number, name, department, **d,
                               unapproved_overtime_hours=round(unapproved, 2), counted_until=as_of,
                               corrections=used,
                               corrections_over_allowance=max(0, used - settings.free_corrections)))
    return result


def month_exceptions_total(session: Session, *, actor: Actor, year: int, month: int,
                           department_id: int | None = None) -> MonthExceptions:
    """The late arrivals, missing punches and absence days of everyone :func:`month_summary` shows, added
    up: the same totals, from the same inputs, without the hours and overtime of each day (the home
    screen's attendance figures; domain.attendance.month_exceptions)."""
    totals = MonthExceptions()
    inputs = _month_inputs(session, actor, year, month, department_id)
    if inputs is None:
        return totals
    punches, calendars, default, leave = inputs.punches, inputs.calendars, inputs.default, inputs.leave
    rules, as_of, timesheets = inputs.settings.rules, inputs.as_of, inputs.timesheets
    for employee_id, _number, _name, _department, hired, left in inputs.people:
        month_exceptions(year, month, punches.get(employee_id, {}), calendars.get(employee_id, default),
                         totals=totals, leave_hours=leave.get(employee_id), employed_from=hired,
                         employed_until=left, rules=rules, as_of=as_of, timesheet=timesheets.get(employee_id))
    return totals


def _approved_leave(session, ids, first, last, default, calendars) -> dict[int, dict[date, float]]:
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time()) + timedelta(hours=12)
    leave: dict[int, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    rows = session.connection().execute(
        select(LeaveRequest.employee_id, LeaveRequest.start, LeaveRequest.end, LeaveRequest.hours)
        .where(LeaveRequest.status == "approved", LeaveRequest.start < end,
               LeaveRequest.end > start - timedelta(days=1)))
    for employee_id, lo, hi, hours in rows:
        if employee_id not in ids:
            continue
        per_day = leave_split(calendars.get(employee_id, default), lo, hi, hours)
        for day, value in per_day.items():
            if first <= day <= last:
                leave[employee_id][day] += value
    return leave
