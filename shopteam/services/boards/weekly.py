"""The weekly report (周报) per person for the weekly meeting: cards done this week and cards planned for
next week.

- Done this week: cards assigned to the person whose ``done_at`` falls in the week (Monday–Sunday, local).
- Planned for next week: the person's open cards (not done, not archived, on a board that is not
  archived) due by the end of next week — overdue ones included — or, without a due date, started by then.

Staff see their own report; managers their people's; the owner everyone's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.boards import Board, BoardColumn, Card, card_assignee
from shopteam.domain.errors import PermissionDenied
from shopteam.services.boards.flow import _day_end, local_date, monday
from shopteam.services.context import Actor
from shopteam.services.permissions import visible_employee_ids


@dataclass(frozen=True)
class WeeklyLine:
    card_id: int
    board: str
    column: str
    title: str
    due_date: date | None
    done_on: date | None


@dataclass
class WeeklyReport:
    employee_id: int
    employee_no: str
    name: str
    department: str
    week_start: date
    done: list[WeeklyLine] = field(default_factory=list)
    planned: list[WeeklyLine] = field(default_factory=list)


def weekly_report(session: Session, *, actor: Actor, week_of: date, employee_id: int | None = None) -> list[WeeklyReport]:
    """The report of the week that holds ``week_of`` for one person, or for everyone the actor sees who has
    not left (in employee-no. order)."""
    start = monday(week_of)
    next_end = start + timedelta(days=13)
    scope = visible_employee_ids(session, actor)
    if employee_id is not None:
        if scope is not None and employee_id not in scope:
            raise PermissionDenied(action="see this person's weekly report")
        people_query = select(Employee.id, Employee.employee_no, Employee.name, Department.name).where(
            Employee.id == employee_id)
    else:
        people_query = select(Employee.id, Employee.employee_no, Employee.name, Department.name).where(
            Employee.status != "left")
        if scope is not None:
            people_query = people_query.where(Employee.id.in_(scope))
    people_query = people_query.outerjoin(Department, Department.id == Employee.department_id).order_by(
        Employee.employee_no)
    reports = {pid: WeeklyReport(pid, no, name, dep or "", start) for pid, no, name, dep in session.execute(people_query)}
    if not reports:
        return []
    week_begin_utc, week_end_utc = _day_end(start - timedelta(days=1)), _day_end(start + timedelta(days=6))
    done_cond = and_(Card.done_at >= week_begin_utc, Card.done_at < week_end_utc)
    planned_cond = and_(Card.done_at.is_(None), Card.archived.is_(False), Board.archived.is_(False),
                        or_(Card.due_date <= next_end, and_(Card.due_date.is_(None), Card.start_date <= next_end)))
    rows = session.execute(
        select(card_assignee.c.employee_id, Card.id, Board.name, BoardColumn.name, Card.title, Card.due_date,
               Card.done_at)
        .join(Card, Card.id == card_assignee.c.card_id).join(Board, Board.id == Card.board_id)
        .join(BoardColumn, BoardColumn.id == Card.column_id)
        .where(card_assignee.c.employee_id.in_(list(reports)), Card.recurrence == "none",
               or_(done_cond, planned_cond))
        .order_by(Card.due_date, Card.id)).all()
    for emp, card_id, board, column, title, due, done_at in rows:
        line = WeeklyLine(card_id, board, column, title, due, local_date(done_at) if done_at else None)
        (reports[emp].done if done_at is not None else reports[emp].planned).append(line)
    return list(reports.values())
