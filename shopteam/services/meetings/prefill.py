"""What a person's part of the weekly meeting says before anyone types: this week's summary from the cards
done in the week and the approved timesheet hours, next week's plan from the open cards due by the end of
next week (services/boards/weekly), in the shop's language.

The people of a meeting are those who have not left, of the department and the departments below it, or
of the whole shop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.meetings import Meeting, MeetingPart
from shopteam.domain.errors import NotFoundError
from shopteam.domain.meetings import normal_week, prefill_plan, prefill_summary, week_start
from shopteam.services.attendance.timesheets import approved_hours
from shopteam.services.boards.weekly import weekly_report
from shopteam.services.context import Actor
from shopteam.services.language import shop_language
from shopteam.services.permissions import department_subtree, visible_employee_ids


@dataclass(frozen=True)
class PrefilledPart:
    employee_id: int
    employee_no: str
    name: str
    department: str
    summary: str
    plan: str
    hours: float  # approved timesheet hours of the week
    overtime_hours: float
    done_cards: tuple[int, ...]
    planned_cards: tuple[int, ...]


@dataclass(frozen=True)
class WeeklyPart:
    """A person's part as the weekly report shows it: the saved meeting's, else the prefill."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    summary: str
    plan: str
    attended: bool | None  # None when no meeting was saved

    def as_dict(self) -> dict:
        return {"employee_no": self.employee_no, "name": self.name, "summary": self.summary, "plan": self.plan}


def department_named(session: Session, name: str) -> int:
    """The id of the department called ``name`` (the command line's --department)."""
    department_id = session.scalar(select(Department.id).where(Department.name == (name or "").strip()))
    if department_id is None:
        raise NotFoundError(what="Department", key=name)
    return department_id


def meeting_people(session: Session, department_id: int | None) -> list[tuple[int, str, str, str]]:
    """(id, employee no., name, department) of the people of a meeting, in employee-no. order."""
    query = (select(Employee.id, Employee.employee_no, Employee.name, Department.name)
             .outerjoin(Department, Department.id == Employee.department_id)
             .where(Employee.status != "left").order_by(Employee.employee_no))
    if department_id is not None:
        query = query.where(Employee.department_id.in_(department_subtree(session, {department_id})))
    return [(pid, no, name, dep or "") for pid, no, name, dep in session.execute(query)]


def prefill_parts(session: Session, *, actor: Actor, week: str, department_id: int | None = None,
                  employee_ids: set[int] | None = None) -> list[PrefilledPart]:
    """The prefilled part of each person of the meeting the actor may see (``employee_ids`` narrows it)."""
    start = week_start(week)
    people = meeting_people(session, department_id)
    scope = visible_employee_ids(session, actor)
    people = [p for p in people if (scope is None or p[0] in scope) and (employee_ids is None or p[0] in employee_ids)]
    if not people:
        return []
    reports = {r.employee_id: r for r in weekly_report(session, actor=actor, week_of=start)}
    hours = approved_hours(session, start, start + timedelta(days=6), [p[0] for p in people])
    language = shop_language(session)
    parts = []
    for pid, no, name, dep in people:
        report = reports.get(pid)
        done = report.done if report else []
        planned = report.planned if report else []
        worked, overtime = hours.get(pid, (0.0, 0.0))
        parts.append(PrefilledPart(
            pid, no, name, dep, prefill_summary([line.title for line in done], worked, overtime, language),
            prefill_plan([(line.title, line.due_date) for line in planned], language), worked, overtime,
            tuple(line.card_id for line in done), tuple(line.card_id for line in planned)))
    return parts


def weekly_parts(session: Session, *, actor: Actor, week: str, department_id: int | None = None) -> list[WeeklyPart]:
    """Each person's summary and plan of the week: from the saved meeting of the week (for the shop or the
    department) when there is one, else the prefill. People the actor may not see are left out."""
    week = normal_week(week)
    meeting_id = session.scalar(select(Meeting.id).where(
        Meeting.week == week, Meeting.department_id.is_(None) if department_id is None
        else Meeting.department_id == department_id))
    if meeting_id is None:
        return [WeeklyPart(p.employee_id, p.employee_no, p.name, p.department, p.summary, p.plan, None)
                for p in prefill_parts(session, actor=actor, week=week, department_id=department_id)]
    scope = visible_employee_ids(session, actor)
    rows = session.execute(
        select(Employee.id, Employee.employee_no, Employee.name, Department.name, MeetingPart.summary,
               MeetingPart.plan, MeetingPart.attended)
        .join(Employee, Employee.id == MeetingPart.employee_id)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(MeetingPart.meeting_id == meeting_id).order_by(Employee.employee_no))
    return [WeeklyPart(pid, no, name, dep or "", summary, plan, attended)
            for pid, no, name, dep, summary, plan, attended in rows if scope is None or pid in scope]
