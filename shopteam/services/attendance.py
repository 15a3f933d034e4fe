"""Attendance use cases: the month per person, leave requests and overtime applications with approval.

The month is derived, never stored: the month's punches come in one SQL query (Core rows, not ORM
objects) and go through the domain maths with each person's calendar (the shop's overrides, their
pattern) and their approved leave. Requests are decided by the person's manager (reports-to), a
manager whose department they are in, or the owner — never by the person themselves.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import (
    LEAVE_KIND_NAMES_ZH,
    LEAVE_KINDS,
    LeaveRequest,
    OvertimeRequest,
    PunchRecord,
)
from shopteam.db.punch_text import punch_readers
from shopteam.domain import clock
from shopteam.domain.attendance import SUMMARY_KEYS, DayPunches, counted_until, summarise_month
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import department_subtree, visible_employee_ids
from shopteam.services.worktime import (  # noqa: F401  (re-exported: the screens import them from here)
    AttendanceSettings,
    CalendarDay,
    PatternRow,
    calendars_for,
    delete_work_pattern,
    employee_calendar,
    employee_exists,
    get_attendance_settings,
    leave_hours_by_day,
    list_calendar,
    list_work_patterns,
    save_work_pattern,
    set_attendance_settings,
    set_calendar_override,
)

REQUEST_KINDS = ("leave", "overtime")


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

    def as_dict(self) -> dict:
        """The keys of ``shopteam report attendance --json``: domain.attendance.SUMMARY_KEYS, then
        ``counted_until`` (ISO date while the month is in progress, else null)."""
        data = {key: getattr(self, key) for key in SUMMARY_KEYS}
        data["counted_until"] = None if self.counted_until is None else self.counted_until.isoformat()
        return data


def month_summary(session: Session, *, actor: Actor, year: int, month: int,
                  department_id: int | None = None) -> list[MonthRow]:
    """Everyone the actor may see who was employed in the month, ordered by employee no."""
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
        return []
    ids = {p[0] for p in people}

    punches: dict[int, dict[date, DayPunches]] = defaultdict(dict)
    as_stored = [type_coerce(column, String) for column in
                 (PunchRecord.work_date, PunchRecord.clock_in, PunchRecord.clock_out)]  # see db/punch_text
    rows = conn.execute(
        select(PunchRecord.employee_id, *as_stored)
        .where(PunchRecord.work_date >= first, PunchRecord.work_date <= last)).all()  # one fetchall, not row by row
    day_of, clock_time = punch_readers()
    for employee_id, work_day, clock_in, clock_out in rows:
        if employee_id in ids:
            punches[employee_id][day_of(work_day)] = DayPunches(clock_time(clock_in, work_day), clock_time(clock_out, work_day))

    as_of = counted_until(year, month, clock.today())
    default, calendars = calendars_for(session, ids, first, last)
    leave = _approved_leave(session, ids, first, last, default, calendars)
    approved_ot: dict[int, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    for employee_id, day, hours in conn.execute(
            select(OvertimeRequest.employee_id, OvertimeRequest.work_date, OvertimeRequest.hours)
            .where(OvertimeRequest.status == "approved", OvertimeRequest.work_date >= first,
                   OvertimeRequest.work_date <= last)):
        approved_ot[employee_id][day] += hours
    rules = get_attendance_settings(session).rules

    result = []
    for employee_id, number, name, department, hired, left in people:
        summary, results = summarise_month(
            number, name, year, month, punches.get(employee_id, {}), calendars.get(employee_id, default),
            leave_hours=leave.get(employee_id), employed_from=hired, employed_until=left, rules=rules,
            as_of=as_of)
        approved = approved_ot.get(employee_id, {})
        unapproved = 0.0
        for day in results:
            if day.overtime_minutes:
                unapproved += max(0.0, day.overtime_minutes / 60 - approved.get(day.day, 0.0))
        d = summary.as_dict()
        del d["employee_no"], d["name"]
        result.append(MonthRow(employee_id, number, name, department, **d,
                               unapproved_overtime_hours=round(unapproved, 2), counted_until=as_of))
    return result


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
        per_day = _leave_split(calendars.get(employee_id, default), lo, hi, hours)
        for day, value in per_day.items():
            if first <= day <= last:
                leave[employee_id][day] += value
    return leave


def _leave_split(calendar, start: datetime, end: datetime, hours: float) -> dict[date, float]:
    """The request's hours per day: its overlap with each day's shift, scaled to the hours it states."""
    per_day = leave_hours_by_day(calendar, start, end)
    total = sum(per_day.values())
    if total > 0 and hours and abs(total - hours) > 1e-9:
        per_day = {d: v * hours / total for d, v in per_day.items()}
    return per_day


# ------------------------------------------------------------------------------------------ requests


@dataclass(frozen=True)
class RequestRow:
    """A leave request or an overtime application as the approval screen lists it."""

    kind: str  # 'leave' | 'overtime'
    id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    leave_kind: str  # annual/personal/… for leave, '' for overtime
    work_date: date | None  # overtime only
    start: datetime | None
    end: datetime | None
    hours: float
    reason: str
    status: str
    requested_by: str
    created_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    can_decide: bool


def _leave_kind(kind: str) -> str:
    kind = (kind or "").strip()
    if kind in LEAVE_KINDS:
        return kind
    for key, name in LEAVE_KIND_NAMES_ZH.items():
        if kind == name:
            return key
    raise ValidationError("Unknown kind of leave {kind}.", field="kind", code="leave_kind", kind=kind)


def _may_request_for(session: Session, actor: Actor, employee_id: int) -> None:
    if employee_id == actor.employee_id or actor.is_owner:
        return
    scope = visible_employee_ids(session, actor)
    if not actor.is_manager or (scope is not None and employee_id not in scope):
        raise PermissionDenied(action="file requests for other people")


def _as_start(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def request_leave(session: Session, *, actor: Actor, kind: str, start: date | datetime,
                  end: date | datetime | None = None, hours: float | None = None, reason: str = "",
                  employee_id: int | None = None) -> int:
    """File a leave request (pending). Dates mean whole days (``end`` inclusive); datetimes a span.

    ``hours`` defaults to the scheduled working hours inside the span; give it for part of a day
    ('2026-09-07', hours=2). Staff file for themselves, managers for their people.
    """
    employee_id = employee_id if employee_id is not None else actor.employee_id
    if employee_id is None:
        raise ValidationError("Choose the person.", field="employee_id", code="required")
    emp = employee_exists(session, employee_id)
    _may_request_for(session, actor, employee_id)
    key = _leave_kind(kind)
    lo = _as_start(start)
    if end is None:
        hi = datetime.combine(lo.date() + timedelta(days=1), time()) if not isinstance(start, datetime) else None
    elif isinstance(end, datetime):
        hi = end
    else:
        hi = datetime.combine(end + timedelta(days=1), time())
    if hi is None or hi <= lo:
        raise ValidationError("The leave must end after it starts.", field="end", code="leave_span")
    if hours is None:
        calendar = employee_calendar(session, employee_id, lo.date())
        hours = round(sum(leave_hours_by_day(calendar, lo, hi).values()), 2)
    if hours < 0 or hours > 24 * 366:
        raise ValidationError("The hours of leave must be a positive number.", field="hours", code="hours")
    row = LeaveRequest(employee_id=employee_id, kind=key, start=lo, end=hi, hours=float(hours),
                       reason=(reason or "").strip(), status="pending", requested_by=actor.username)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "leave_request", row.id, after=audit.snapshot(row),
                 summary=f"{emp.employee_no} {emp.name} {LEAVE_KIND_NAMES_ZH[key]} {hours:g} h")
    return row.id


def _moment(day: date, value: time | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(day, value)


def apply_overtime(session: Session, *, actor: Actor, work_date: date, start: time | datetime | None = None,
                   end: time | datetime | None = None, hours: float | None = None, reason: str = "",
                   employee_id: int | None = None) -> int:
    """File an overtime application (pending) for a day: a span (an end before the start is the next day)
    or a number of hours."""
    employee_id = employee_id if employee_id is not None else actor.employee_id
    if employee_id is None:
        raise ValidationError("Choose the person.", field="employee_id", code="required")
    emp = employee_exists(session, employee_id)
    _may_request_for(session, actor, employee_id)
    lo, hi = _moment(work_date, start), _moment(work_date, end)
    if lo is not None and hi is not None and hi <= lo:
        hi += timedelta(days=1)
    if hours is None:
        if lo is None or hi is None:
            raise ValidationError("Give the overtime's start and end, or its hours.", field="hours",
                                  code="overtime_hours")
        hours = round((hi - lo).total_seconds() / 3600, 2)
    if not 0 < hours <= 24:
        raise ValidationError("The overtime hours must be more than 0 and at most 24.", field="hours",
                              code="overtime_hours")
    row = OvertimeRequest(employee_id=employee_id, work_date=work_date, start=lo, end=hi, hours=float(hours),
                          reason=(reason or "").strip(), status="pending", requested_by=actor.username)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "overtime_request", row.id, after=audit.snapshot(row),
                 summary=f"{emp.employee_no} {emp.name} {work_date.isoformat()} {hours:g} h")
    return row.id


def can_decide(session: Session, actor: Actor, employee: Employee) -> bool:
    """The owner; the person's manager; a manager whose department (or subtree) they are in — not themselves."""
    if actor.employee_id is not None and actor.employee_id == employee.id:
        return False
    if actor.is_owner:
        return True
    if actor.employee_id is not None and employee.manager_id == actor.employee_id:
        return True
    if actor.is_manager and actor.employee_id is not None:
        scope = visible_employee_ids(session, actor)
        return scope is None or employee.id in scope
    return False


def _request_model(kind: str):
    if kind == "leave":
        return LeaveRequest
    if kind == "overtime":
        return OvertimeRequest
    raise ValidationError("Unknown kind of request {kind}.", field="kind", code="request_kind", kind=kind)


def decide_request(session: Session, *, actor: Actor, kind: str, request_id: int, approve: bool,
                   note: str = "") -> None:
    """Approve or reject a pending request; audited."""
    model = _request_model(kind)
    row = session.get(model, request_id)
    if row is None:
        raise NotFoundError(what="Request", key=request_id)
    emp = employee_exists(session, row.employee_id)
    if actor.employee_id is not None and actor.employee_id == emp.id:
        raise PermissionDenied(action="decide your own requests")
    if not can_decide(session, actor, emp):
        raise PermissionDenied(action="decide this person's requests")
    if row.status != "pending":
        raise ValidationError("This request was already {status}.", field="status", code="already_decided",
                              status=row.status)
    before = audit.snapshot(row)
    row.status = "approved" if approve else "rejected"
    row.decided_by_id = actor.user_id
    row.decided_by = actor.username
    row.decided_at = clock.now()
    row.decision_note = (note or "").strip()
    session.flush()
    audit.record(session, actor, "approve" if approve else "reject", f"{kind}_request", row.id,
                 before=before, after=audit.snapshot(row), summary=f"{emp.employee_no} {emp.name}")


def list_requests(session: Session, *, actor: Actor, kind: str | None = None, status: str | None = None,
                  employee_id: int | None = None, year: int | None = None,
                  month: int | None = None) -> list[RequestRow]:
    """Requests the actor may see (their own, their people's), newest first."""
    scope = visible_employee_ids(session, actor)
    if scope is not None and actor.employee_id is not None:  # their own and their direct reports' requests
        reports = set(session.scalars(select(Employee.id).where(Employee.manager_id == actor.employee_id)))
        scope = scope | {actor.employee_id} | reports
    period = None
    if year is not None and month is not None:
        days = month_days(year, month)
        period = (days[0], days[-1])
    result: list[RequestRow] = []
    people = {e.id: e for e in session.scalars(select(Employee))}
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    for which in ([kind] if kind else list(REQUEST_KINDS)):
        model = _request_model(which)
        query = select(model)
        if status:
            query = query.where(model.status == status)
        if employee_id is not None:
            query = query.where(model.employee_id == employee_id)
        if scope is not None:
            query = query.where(model.employee_id.in_(scope))
        if period is not None:
            lo, hi = datetime.combine(period[0], time()), datetime.combine(period[1] + timedelta(days=1), time())
            if which == "leave":
                query = query.where(and_(model.start < hi, model.end > lo))
            else:
                query = query.where(model.work_date >= period[0], model.work_date <= period[1])
        for row in session.scalars(query):
            emp = people[row.employee_id]
            result.append(RequestRow(
                which, row.id, emp.id, emp.employee_no, emp.name, departments.get(emp.department_id, ""),
                row.kind if which == "leave" else "", row.work_date if which == "overtime" else None,
                row.start, row.end, row.hours, row.reason, row.status, row.requested_by, row.created_at,
                row.decided_by, row.decided_at, row.decision_note,
                row.status == "pending" and can_decide(session, actor, emp)))
    result.sort(key=lambda r: (r.created_at, r.kind, r.id), reverse=True)
    return result
