"""Timesheets (工时): the hours people report per day and task, and the manager's decision on them.

Entries come from the timesheet import or are entered here; both are pending until decided. They are
decided like leave and overtime requests (``requests.can_decide``): by the person's manager, a manager
whose department they are in, or the owner — never by the person themselves. Only approved hours count:
for a person with ``attendance_from_timesheets`` they are the attendance of every day without a punch
record (``approved_timesheet_days``, read by the month summary and the payout), and an entry's hours show
on the card its task names (``card_hours``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import PunchRecord, TimesheetEntry
from shopteam.db.models.boards import Card
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.attendance.requests import can_decide, decision_scope
from shopteam.services.attendance.worktime import employee_exists
from shopteam.services.context import Actor

ENTITY = "timesheet_entry"
MAX_DAY_HOURS = 24


@dataclass(frozen=True)
class TimesheetRow:
    """One entry as the Timesheets screen lists it."""

    id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    work_date: date
    task: str
    card_id: int | None
    card_title: str
    hours: float
    overtime_hours: float
    note: str
    status: str
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    can_decide: bool  # pending, and the actor may decide it
    can_edit: bool  # the actor's own entry, not yet approved


# ------------------------------------------------------------------------------------------ reading


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValidationError("Unknown month {month}.", field="month", code="month", month=month)
    days = month_days(year, month)
    return days[0], days[-1]


def list_timesheets(session: Session, *, actor: Actor, year: int, month: int,
                    employee_id: int | None = None) -> list[TimesheetRow]:
    """The month's entries of the people the actor may see (staff: their own; a manager also their direct
    reports, as with requests), by date, person and task."""
    first, last = _month_bounds(year, month)
    scope = decision_scope(session, actor)
    query = (
        select(TimesheetEntry, Employee, func.coalesce(Department.name, ""), Card.title)
        .join(Employee, Employee.id == TimesheetEntry.employee_id)
        .outerjoin(Department, Department.id == Employee.department_id)
        .outerjoin(Card, Card.id == TimesheetEntry.card_id)
        .where(TimesheetEntry.work_date >= first, TimesheetEntry.work_date <= last)
        .order_by(TimesheetEntry.work_date, Employee.employee_no, TimesheetEntry.task)
    )
    if employee_id is not None:
        query = query.where(TimesheetEntry.employee_id == employee_id)
    if scope is not None:
        query = query.where(TimesheetEntry.employee_id.in_(scope))
    deciders: dict[int, bool] = {}
    result = []
    for entry, emp, department, card_title in session.execute(query):
        if emp.id not in deciders:
            deciders[emp.id] = can_decide(session, actor, emp)
        result.append(TimesheetRow(
            entry.id, emp.id, emp.employee_no, emp.name, department, entry.work_date, entry.task, entry.card_id,
            card_title or "", entry.hours, entry.overtime_hours, entry.note, entry.status, entry.decided_by,
            entry.decided_at, entry.decision_note, entry.status == "pending" and deciders[emp.id],
            emp.id == actor.employee_id and entry.status != "approved"))
    return result


def card_hours(session: Session, *, card_id: int) -> float:
    """The hours (with overtime) logged on a card: every entry naming it that was not rejected."""
    total = session.scalar(
        select(func.coalesce(func.sum(TimesheetEntry.hours + TimesheetEntry.overtime_hours), 0.0))
        .where(TimesheetEntry.card_id == card_id, TimesheetEntry.status != "rejected"))
    return round(float(total or 0.0), 2)


def approved_timesheet_days(session: Session, first: date, last: date) -> dict[int, dict[date, tuple[float, float]]]:
    """Per person whose attendance comes from timesheets, per day between ``first`` and ``last`` that has no
    punch record: the approved (hours, overtime hours). One query for everyone."""
    no_punch = ~exists().where(PunchRecord.employee_id == TimesheetEntry.employee_id,
                               PunchRecord.work_date == TimesheetEntry.work_date)
    rows = session.connection().execute(
        select(TimesheetEntry.employee_id, TimesheetEntry.work_date, func.sum(TimesheetEntry.hours),
               func.sum(TimesheetEntry.overtime_hours))
        .join(Employee, and_(Employee.id == TimesheetEntry.employee_id, Employee.attendance_from_timesheets))
        .where(TimesheetEntry.status == "approved", TimesheetEntry.work_date >= first,
               TimesheetEntry.work_date <= last, no_punch)
        .group_by(TimesheetEntry.employee_id, TimesheetEntry.work_date)).all()
    result: dict[int, dict[date, tuple[float, float]]] = defaultdict(dict)
    for employee_id, day, hours, overtime in rows:
        result[employee_id][day] = (float(hours or 0.0), float(overtime or 0.0))
    return result


def approved_hours(session: Session, first: date, last: date, employee_ids: Collection[int]) -> dict[int, tuple[float, float]]:
    """Per person of ``employee_ids``, the approved timesheet (hours, overtime hours) between ``first`` and
    ``last``, whatever their attendance comes from (the weekly meeting's summary). One query."""
    if not employee_ids:
        return {}
    rows = session.connection().execute(
        select(TimesheetEntry.employee_id, func.sum(TimesheetEntry.hours), func.sum(TimesheetEntry.overtime_hours))
        .where(TimesheetEntry.status == "approved", TimesheetEntry.work_date >= first,
               TimesheetEntry.work_date <= last, TimesheetEntry.employee_id.in_(list(employee_ids)))
        .group_by(TimesheetEntry.employee_id)).all()
    return {employee_id: (float(hours or 0.0), float(overtime or 0.0)) for employee_id, hours, overtime in rows}


# ------------------------------------------------------------------------------------------ cards


def card_ids_by_title(session: Session) -> dict[str, int]:
    """Card titles (stripped) that exactly one card has, to the card: how a task's text finds its card.
    Recurring-card templates are not cards on a board and are left out."""
    found: dict[str, list[int]] = defaultdict(list)
    for card_id, title in session.execute(select(Card.id, Card.title).where(Card.recurrence == "none")):
        found[(title or "").strip()].append(card_id)
    return {title: ids[0] for title, ids in found.items() if title and len(ids) == 1}


# ------------------------------------------------------------------------------------------ changing


@dataclass
class TimesheetInput:
    """An entry as a person reports it. ``card_id`` None finds the card by the task's text when unique."""

    work_date: date
    task: str = ""
    hours: float = 0.0
    overtime_hours: float = 0.0
    note: str = ""
    card_id: int | None = None


def _checked(session: Session, emp: Employee, data: TimesheetInput) -> TimesheetInput:
    task = (data.task or "").strip()[:200]
    card_id = data.card_id
    if card_id is not None:
        card = session.get(Card, card_id)
        if card is None:
            raise NotFoundError(what="Card", key=card_id)
        task = task or card.title[:200]
    elif task:
        card_id = card_ids_by_title(session).get(task)
    for field, value in (("hours", data.hours), ("overtime_hours", data.overtime_hours)):
        if value is None or not 0 <= value <= MAX_DAY_HOURS:
            raise ValidationError("The hours must be between 0 and 24.", field=field, code="timesheet_hours")
    if data.hours + data.overtime_hours <= 0:
        raise ValidationError("Enter the hours worked.", field="hours", code="timesheet_hours")
    if data.work_date < emp.hire_date or (emp.leave_date is not None and data.work_date > emp.leave_date):
        raise ValidationError("The date {day} is outside the person's employment.", field="work_date",
                              code="timesheet_date", day=data.work_date.isoformat())
    return TimesheetInput(data.work_date, task, float(data.hours), float(data.overtime_hours),
                          (data.note or "").strip(), card_id)


def _duplicate(session: Session, employee_id: int, data: TimesheetInput, entry_id: int | None) -> None:
    query = select(TimesheetEntry.id).where(TimesheetEntry.employee_id == employee_id,
                                            TimesheetEntry.work_date == data.work_date,
                                            TimesheetEntry.task == data.task)
    if entry_id is not None:
        query = query.where(TimesheetEntry.id != entry_id)
    if session.scalar(query) is not None:
        raise ValidationError("There is already an entry for {task} on {day}.", field="task",
                              code="timesheet_duplicate", task=data.task or "—", day=data.work_date.isoformat())


def add_timesheet_entry(session: Session, *, actor: Actor, data: TimesheetInput) -> int:
    """Report one's own hours for a day and task (pending until decided); audited."""
    if actor.employee_id is None:
        raise PermissionDenied(action="report hours without a staff record")
    emp = employee_exists(session, actor.employee_id)
    data = _checked(session, emp, data)
    _duplicate(session, emp.id, data, None)
    row = TimesheetEntry(employee_id=emp.id, work_date=data.work_date, task=data.task, hours=data.hours,
                         overtime_hours=data.overtime_hours, note=data.note, card_id=data.card_id,
                         status="pending", source="")
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", ENTITY, row.id, after=audit.snapshot(row),
                 summary=audit.note("day_hours", employee_no=emp.employee_no, name=emp.name,
                                    day=data.work_date.isoformat(), hours=f"{data.hours:g}"))
    return row.id


def edit_timesheet_entry(session: Session, *, actor: Actor, entry_id: int, data: TimesheetInput,
                         expected_version: int | None = None) -> None:
    """Change one's own entry that is not approved; a rejected one waits for a decision again. Audited.
    ``expected_version``: the entry's version the screen showed (db.versions)."""
    row = session.get(TimesheetEntry, entry_id)
    if row is None:
        raise NotFoundError(what="Timesheet entry", key=entry_id)
    check_version(session, row, expected_version)
    if actor.employee_id is None or row.employee_id != actor.employee_id:
        raise PermissionDenied(action="change other people's timesheets")
    if row.status == "approved":
        raise ValidationError("This entry is approved and can no longer be changed.", field="status",
                              code="timesheet_approved")
    emp = employee_exists(session, row.employee_id)
    data = _checked(session, emp, data)
    _duplicate(session, emp.id, data, entry_id)
    before = audit.snapshot(row)
    row.work_date, row.task, row.card_id = data.work_date, data.task, data.card_id
    row.hours, row.overtime_hours, row.note = data.hours, data.overtime_hours, data.note
    row.status, row.decided_by_id, row.decided_by, row.decided_at, row.decision_note = "pending", None, "", None, ""
    session.flush()
    audit.record(session, actor, "update", ENTITY, row.id, before=before, after=audit.snapshot(row),
                 summary=audit.note("day_hours", employee_no=emp.employee_no, name=emp.name,
                                    day=data.work_date.isoformat(), hours=f"{data.hours:g}"))


def decide_timesheet(session: Session, *, actor: Actor, entry_ids: Iterable[int], approve: bool,
                     note: str = "") -> int:
    """Approve or reject pending entries, all or none (a single entry the actor may not decide stops them
    all); audited one by one. Returns how many were decided."""
    ids = list(dict.fromkeys(entry_ids))
    if not ids:
        raise ValidationError("Choose the entries to decide.", field="entry_ids", code="required")
    rows = {r.id: r for r in session.scalars(select(TimesheetEntry).where(TimesheetEntry.id.in_(ids)))}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFoundError(what="Timesheet entry", key=missing[0])
    people = {}
    for entry_id in ids:  # everything is checked before anything changes
        row = rows[entry_id]
        emp = people.get(row.employee_id) or employee_exists(session, row.employee_id)
        people[emp.id] = emp
        if actor.employee_id is not None and actor.employee_id == emp.id:
            raise PermissionDenied(action="decide your own timesheet")
        if not can_decide(session, actor, emp):
            raise PermissionDenied(action="decide this person's timesheet")
        if row.status != "pending":
            raise ValidationError("The entry of {day} ({who}) was already {status}.", field="status",
                                  code="already_decided", day=row.work_date.isoformat(),
                                  who=f"{emp.employee_no} {emp.name}", status=row.status)
    now = clock.now()
    for entry_id in ids:
        row = rows[entry_id]
        emp = people[row.employee_id]
        before = audit.snapshot(row)
        row.status = "approved" if approve else "rejected"
        row.decided_by_id = actor.user_id
        row.decided_by = actor.username
        row.decided_at = now
        row.decision_note = (note or "").strip()
        session.flush()
        audit.record(session, actor, "approve" if approve else "reject", ENTITY, row.id, before=before,
                     after=audit.snapshot(row),
                     summary=audit.note("day_hours", employee_no=emp.employee_no, name=emp.name,
                                        day=row.work_date.isoformat(), hours=f"{row.hours:g}"))
    return len(ids)
