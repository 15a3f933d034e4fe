"""Leave requests, overtime applications and missing-punch corrections (补卡), with their approval.

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
    PunchCorrection,
    PunchRecord,
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

REQUEST_KINDS = ("leave", "overtime", "correction")


# ------------------------------------------------------------------------------------------ requests


@dataclass(frozen=True)
class RequestRow:
    """A leave request, an overtime application or a missing-punch correction as the approval screen
    lists it; a correction's ``start``/``end`` are its clock-in/clock-out (either may be None)."""

    kind: str  # 'leave' | 'overtime' | 'correction'
    id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    leave_kind: str  # annual/personal/… for leave, '' otherwise
    work_date: date | None  # overtime and corrections
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
                 summary=audit.note("leave_hours", employee_no=emp.employee_no, name=emp.name, kind=key,
                                    hours=f"{hours:g}"))
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
                 summary=audit.note("day_hours", employee_no=emp.employee_no, name=emp.name, day=work_date.isoformat(),
                                    hours=f"{hours:g}"))
    return row.id


def _after_midnight(session: Session, employee_id: int, work_date: date, clock_out: time) -> bool:
    """A corrected clock-out alone is on the next day when the day's recorded clock-in is later on the
    clock, or the person's shift runs past midnight and it falls before the shift's end."""
    clock_in = session.scalar(select(PunchRecord.clock_in).where(PunchRecord.employee_id == employee_id,
                                                                  PunchRecord.work_date == work_date))
    if clock_in is not None:
        return clock_in.date() == work_date and clock_out < clock_in.time()
    shift = employee_calendar(session, employee_id, work_date).reference_shift(work_date)
    minutes = clock_out.hour * 60 + clock_out.minute
    return shift.end > 1440 and minutes <= shift.end - 1440 + 120


def request_correction(session: Session, *, actor: Actor, work_date: date, clock_in: time | datetime | None = None,
                       clock_out: time | datetime | None = None, reason: str = "",
                       employee_id: int | None = None) -> int:
    """File a missing-punch correction (补卡, pending) for a day that has come: the clock-in and/or
    clock-out the day is missing, and why. A clock-out before the clock-in is on the next day."""
    employee_id = employee_id if employee_id is not None else actor.employee_id
    if employee_id is None:
        raise ValidationError("Choose the person.", field="employee_id", code="required")
    emp = employee_exists(session, employee_id)
    _may_request_for(session, actor, employee_id)
    if clock_in is None and clock_out is None:
        raise ValidationError("Give the clock-in or the clock-out the day is missing.", field="clock_in",
                              code="correction_time")
    if not (reason or "").strip():
        raise ValidationError("Give the reason for the correction.", field="reason", code="correction_reason")
    if work_date > clock.today():
        raise ValidationError("{day} has not come yet: a correction is for a day that has passed.",
                              field="work_date", code="correction_future", day=work_date.isoformat())
    lo, hi = _moment(work_date, clock_in), _moment(work_date, clock_out)
    if hi is not None and not isinstance(clock_out, datetime):
        if lo is not None and hi <= lo:
            hi += timedelta(days=1)
        elif lo is None and _after_midnight(session, employee_id, work_date, clock_out):
            hi += timedelta(days=1)
    for other in session.scalars(select(PunchCorrection).where(
            PunchCorrection.employee_id == employee_id, PunchCorrection.work_date == work_date,
            PunchCorrection.status.in_(("pending", "approved")))):
        if (lo is not None and other.clock_in is not None) or (hi is not None and other.clock_out is not None):
            raise ValidationError("{day} already has a correction of this punch waiting or approved.",
                                  field="work_date", code="correction_exists", day=work_date.isoformat())
    row = PunchCorrection(employee_id=employee_id, work_date=work_date, clock_in=lo, clock_out=hi,
                          reason=reason.strip(), status="pending", requested_by=actor.username)
    session.add(row)
    session.flush()
    times = " ".join(f"{label} {m.strftime('%H:%M')}" for label, m in (("in", lo), ("out", hi)) if m is not None)
    audit.record(session, actor, "create", "correction_request", row.id, after=audit.snapshot(row),
                 summary=f"{emp.employee_no} {emp.name} {work_date.isoformat()} {times}")
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
    if kind == "correction":
        return PunchCorrection
    raise ValidationError("Unknown kind of request {kind}.", field="kind", code="request_kind", kind=kind)


def decide_request(session: Session, *, actor: Actor, kind: str, request_id: int, approve: bool,
                   note: str = "") -> None:
    """Approve or reject a pending request; audited. A request is decided once: its state guards it (no
    version column): a second decision, from another PC that still showed it pending, is refused naming who
    decided it and when. On PostgreSQL the row is locked while deciding, so two decisions at the same moment
    are one after the other (SQLite has one writer at a time)."""
    model = _request_model(kind)
    row = session.get(model, request_id, with_for_update=True)
    if row is None:
        raise NotFoundError(what="Request", key=request_id)
    emp = employee_exists(session, row.employee_id)
    if actor.employee_id is not None and actor.employee_id == emp.id:
        raise PermissionDenied(action="decide your own requests")
    if not can_decide(session, actor, emp):
        raise PermissionDenied(action="decide this person's requests")
    if row.status != "pending":
        status = "approved" if row.status == "approved" else "rejected"  # literals: translated in the sentence
        if row.decided_by and row.decided_at is not None:
            raise ValidationError("This request was already {status} by {who} at {when}.", field="status",
                                  code="already_decided", status=status, who=row.decided_by,
                                  when=row.decided_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        raise ValidationError("This request was already {status}.", field="status", code="already_decided",
                              status=status)
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
    found = []
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
            else:  # overtime and corrections are for a work day
                query = query.where(model.work_date >= period[0], model.work_date <= period[1])
        found += [(which, row) for row in session.scalars(query)]
    # only the people the requests are of (the month-end checklist lists a few of 500); everyone past 500
    wanted = {row.employee_id for _which, row in found}
    people_q = select(Employee).where(Employee.id.in_(wanted)) if len(wanted) <= 500 else select(Employee)
    people = {e.id: e for e in session.scalars(people_q)} if wanted else {}
    departments = dict(session.execute(select(Department.id, Department.name)).all()) if wanted else {}
    for which, row in found:
        emp = people[row.employee_id]
        result.append(RequestRow(
            which, row.id, emp.id, emp.employee_no, emp.name, departments.get(emp.department_id, ""),
            row.kind if which == "leave" else "", None if which == "leave" else row.work_date,
            *((row.clock_in, row.clock_out, 0.0) if which == "correction" else (row.start, row.end, row.hours)),
            row.reason, row.status, row.requested_by, row.created_at,
            row.decided_by, row.decided_at, row.decision_note,
            row.status == "pending" and can_decide(session, actor, emp)))
    result.sort(key=lambda r: (r.created_at, r.kind, r.id), reverse=True)
    return result
