"""A person's training record (培训档案), the year's report per person, and the figures of a period for the
appraisal's ``training`` indicator source.

Staff see only their own record; the owner and managers (``training.manage``) see the records of the people
in their scope and the report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.training import TrainingAttendance, TrainingEvaluation, TrainingPlan, TrainingSession
from shopteam.domain import training as rules
from shopteam.domain.errors import NotFoundError, PermissionDenied
from shopteam.services.context import Actor
from shopteam.services.permissions import (
    TRAINING_MANAGE,
    can,
    require,
    require_in_scope,
    visible_employee_ids,
)


@dataclass(frozen=True)
class RecordSession:
    session_id: int
    day: date
    topic: str
    trainer: str
    hours: Decimal
    attended: bool
    test_score: Decimal | None
    passed: bool | None
    satisfaction: int | None


@dataclass(frozen=True)
class TrainingRecord:
    employee_id: int
    employee_no: str
    name: str
    sessions: tuple[RecordSession, ...]  # latest first
    hours_by_year: dict[int, Decimal]  # hours attended per year (years with a session listed)
    average_score: Decimal | None  # over every test score of the record

    def as_dict(self) -> dict:
        return {"employee_no": self.employee_no, "name": self.name,
                "hours_by_year": {str(y): str(h) for y, h in sorted(self.hours_by_year.items())},
                "average_score": None if self.average_score is None else str(self.average_score),
                "sessions": [{"date": s.day.isoformat(), "topic": s.topic, "hours": str(s.hours),
                              "attended": s.attended,
                              "test_score": None if s.test_score is None else str(s.test_score),
                              "passed": s.passed, "satisfaction": s.satisfaction} for s in self.sessions]}


def _rows(session: Session, employee_ids: list[int] | None, first: date | None = None, last: date | None = None):
    """(employee id, session, topic, attended, test score, passed, satisfaction) of the list rows."""
    query = (select(TrainingAttendance.employee_id, TrainingSession, TrainingPlan.topic, TrainingAttendance.attended,
                    TrainingEvaluation.test_score, TrainingEvaluation.passed, TrainingEvaluation.satisfaction)
             .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
             .join(TrainingPlan, TrainingPlan.id == TrainingSession.plan_id)
             .outerjoin(TrainingEvaluation, TrainingEvaluation.attendance_id == TrainingAttendance.id))
    if employee_ids is not None:
        query = query.where(TrainingAttendance.employee_id.in_(employee_ids or [-1]))
    if first is not None:
        query = query.where(TrainingSession.session_date >= first)
    if last is not None:
        query = query.where(TrainingSession.session_date <= last)
    return session.execute(query).all()


def training_record(session: Session, *, actor: Actor, employee_id: int | None = None) -> TrainingRecord:
    """The person's training record (the actor's own without ``employee_id``)."""
    employee_id = employee_id if employee_id is not None else actor.employee_id
    if employee_id is None:
        raise PermissionDenied(action="see a training record without a staff record")
    if employee_id != actor.employee_id:
        if not can(actor, TRAINING_MANAGE):
            raise PermissionDenied(action="see someone else's training record", permission=TRAINING_MANAGE)
        require_in_scope(session, actor, employee_id, "see this person's training record")
    emp = session.get(Employee, employee_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=employee_id)
    items, hours, scores = [], defaultdict(lambda: Decimal(0)), []
    for _emp, s, topic, attended, score, passed, satisfaction in _rows(session, [employee_id]):
        items.append(RecordSession(s.id, s.session_date, topic, s.trainer, s.hours, attended, score, passed,
                                   satisfaction))
        hours[s.session_date.year] += s.hours if attended else Decimal(0)
        scores.append(score)
    items.sort(key=lambda r: (r.day, r.session_id), reverse=True)
    return TrainingRecord(emp.id, emp.employee_no, emp.name, tuple(items),
                          {y: rules.round2(h) for y, h in hours.items()}, rules.average_score(scores))


@dataclass(frozen=True)
class ReportRow:
    employee_id: int
    employee_no: str
    name: str
    sessions: int  # sessions attended in the year
    hours: Decimal
    average_score: Decimal | None

    def as_dict(self) -> dict:
        return {"employee_no": self.employee_no, "name": self.name, "sessions": self.sessions,
                "hours": str(self.hours),
                "average_score": None if self.average_score is None else str(self.average_score)}


@dataclass(frozen=True)
class PeriodFigures:
    sessions: int
    hours: Decimal
    average_score: Decimal | None


def period_figures(session: Session, first: date, last: date,
                   employee_ids: list[int] | None = None) -> dict[int, PeriodFigures]:
    """Per person with a session listed from ``first`` to ``last``: sessions attended, hours attended and the
    average test score. No permission check: callers (the report, the appraisal's compute) check theirs."""
    # summed by the database, in the columns' integer hundredths (the year's report reads every list row of the
    # year: 5,000 rows turned into Decimals one by one took most of its time)
    hundredths = type_coerce(TrainingSession.hours, Integer)
    score = type_coerce(TrainingEvaluation.test_score, Integer)
    attended = TrainingAttendance.attended.is_(True)
    query = (select(TrainingAttendance.employee_id, func.sum(case((attended, 1), else_=0)),
                    func.sum(case((attended, hundredths), else_=0)), func.sum(score), func.count(score))
             .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
             .outerjoin(TrainingEvaluation, TrainingEvaluation.attendance_id == TrainingAttendance.id)
             .where(TrainingSession.session_date >= first, TrainingSession.session_date <= last)
             .group_by(TrainingAttendance.employee_id))
    if employee_ids is not None:
        query = query.where(TrainingAttendance.employee_id.in_(employee_ids or [-1]))
    figures = {}
    for emp, sessions, hours, score_sum, scores in session.execute(query):
        average = rules.round2(Decimal(int(score_sum)) / 100 / scores) if scores else None
        figures[emp] = PeriodFigures(int(sessions or 0), rules.round2(Decimal(int(hours or 0)) / 100), average)
    return figures

def training_report(session: Session, *, actor: Actor, year: int) -> list[ReportRow]:
    """One row per person employed during the year (or with a session in it) in the actor's scope, by employee
    no.: sessions attended, hours attended and the average test score of the year."""
    require(actor, TRAINING_MANAGE, "see the training report")
    first, last = date(year, 1, 1), date(year, 12, 31)
    figures = period_figures(session, first, last)
    query = select(Employee.id, Employee.employee_no, Employee.name).where(or_(
        (Employee.hire_date <= last) & (Employee.leave_date.is_(None) | (Employee.leave_date >= first)),
        Employee.id.in_(list(figures) or [-1])))
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Employee.id.in_(scope or {-1}))
    none = PeriodFigures(0, Decimal("0.00"), None)
    rows = []
    for emp_id, employee_no, name in session.execute(query):
        f = figures.get(emp_id, none)
        rows.append(ReportRow(emp_id, employee_no, name, f.sessions, f.hours, f.average_score))
    rows.sort(key=lambda r: r.employee_no)
    return rows
