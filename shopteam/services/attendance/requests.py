"""Leave requests and overtime applications, with their approval.

Requests are decided by the person's manager (reports-to), a manager whose department they are in, or
the owner — never by the person themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import (
    LEAVE_KIND_NAMES_ZH,
    LEAVE_KINDS,
    LeaveRequest,
    OvertimeRequest,
)
from shopteam.domain import clock
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.attendance.worktime import (
    employee_calendar,
    employee_exists,
    leave_hours_by_day,
)
from shopteam.services.context import Actor
from shopteam.services.permissions import REQUESTS_FOR_OTHERS, require, require_in_scope, visible_employee_ids

REQUEST_KINDS = ("leave", "overtime")


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
    if employee_id == actor.employee_id:
        return
    require(actor, REQUESTS_FOR_OTHERS, "file requests for other people")
    require_in_scope(session, actor, employee_id, "file requests for other people")


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


def decision_scope(session: Session, actor: Actor) -> set[int] | None:
    """Whose requests (and timesheets) the actor sees: the people they may see, themselves and their direct
    reports (a reports-to manager decides for them at any access level); None means everyone."""
    scope = visible_employee_ids(session, actor)
    if scope is not None and actor.employee_id is not None:
        reports = set(session.scalars(select(Employee.id).where(Employee.manager_id == actor.employee_id)))
        scope = scope | {actor.employee_id} | reports
    return scope


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
    scope = decision_scope(session, actor)
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
