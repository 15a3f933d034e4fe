"""The home screen's figures of a month (工作台, issue 14), for the actor's scope.

The owner sees the shop, a manager the people of their departments (permissions.visible_employee_ids), staff
themselves. Every figure comes from the service that owns it:

- headcount: people employed on the reference day (the month's last day, or today while the month runs);
  joiners and leavers: hire and leave dates within the month;
- open tasks: cards not done, not archived, not recurring templates, on boards in use — for the owner every
  card, for others the cards assigned to someone in scope; overdue: of those, due before today;
- attendance exceptions to date: the month-to-date summary's late arrivals, missing punches and absence days
  (days after clock.today() do not count), added up by attendance.month.month_exceptions_total (the same
  counts as month_summary's rows, without each day's hours; staff: from their own month_summary row);
- pending approvals: the pending leave, overtime and correction requests and timesheet entries the actor
  decides (requests.decision_scope without themselves);
- appraisal progress: the month's cycle's appraisals in scope by state;
- payout status: ``not_computed``, ``estimate``, ``draft`` or ``approved``;
- month-end checklist (月结): payout.runs.month_end_check, the same closing_check approving the run uses
  (owner only; None for others);
- staff (``mine``): my open tasks due this week, my attendance row of the month, my last finalised appraisal,
  my payslips (approved runs) and my requests of the month or still pending.

- probation ends: recruitment.probation.ending_soon (within 14 days or overdue), for who reviews probations;
- training coming up: the training sessions of the next 14 days from today, for who manages training.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import LOCKED_STATES, Appraisal, AppraisalCycle
from shopteam.db.models.attendance import LeaveRequest, OvertimeRequest, PunchCorrection, TimesheetEntry
from shopteam.db.models.boards import Board, Card, card_assignee
from shopteam.db.models.payout import PayoutLine, PayoutRun
from shopteam.db.models.training import TrainingPlan, TrainingSession
from shopteam.domain import clock
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import ValidationError
from shopteam.domain.grading import counted_grade, counted_score
from shopteam.services.attendance.month import MonthRow, month_exceptions_total, month_summary
from shopteam.services.attendance.requests import decision_scope, list_requests
from shopteam.services.context import Actor
from shopteam.services.payout.closing import ClosingCheck, is_estimate
from shopteam.services.payout.runs import month_end_check
from shopteam.services.permissions import (
    PAYOUT_MANAGE,
    PROBATION_REVIEW,
    TRAINING_MANAGE,
    can,
    visible_employee_ids,
)
from shopteam.services.recruitment.probation import ending_soon

APPROVAL_KINDS = ("leave", "overtime", "correction", "timesheet")


@dataclass(frozen=True)
class AttendanceExceptions:
    late: int = 0
    missing_punches: int = 0
    absence_days: float = 0

    @property
    def total(self) -> float:
        return self.late + self.missing_punches + self.absence_days


@dataclass(frozen=True)
class TaskItem:
    card_id: int
    board_id: int
    title: str
    due_date: date | None


@dataclass(frozen=True)
class LastAppraisal:
    period: str
    state: str
    grade: str
    score: Decimal | None


@dataclass(frozen=True)
class Payslip:
    period: str
    total: Decimal
    net: Decimal | None


@dataclass(frozen=True)
class MyRequest:
    kind: str
    id: int
    day: date
    status: str


@dataclass(frozen=True)
class MyMonth:
    """The staff member's own home screen."""

    tasks_this_week: tuple[TaskItem, ...] = ()
    attendance: MonthRow | None = None
    last_appraisal: LastAppraisal | None = None
    payslips: tuple[Payslip, ...] = ()
    requests: tuple[MyRequest, ...] = ()


@dataclass(frozen=True)
class Dashboard:
    year: int
    month: int
    level: str
    as_of: date  # the reference day: the month's last day, or today while the month runs
    headcount: int
    joiners: int
    leavers: int
    open_tasks: int
    overdue_tasks: int
    attendance_exceptions: AttendanceExceptions
    pending_approvals: dict[str, int]
    appraisal_progress: dict[str, int]
    payout_status: str
    month_end: ClosingCheck | None = None
    probation_ends: tuple[tuple[str, str, date], ...] = ()
    training_upcoming: tuple[tuple[str, date], ...] = ()  # (topic, day) of the next 14 days
    mine: MyMonth | None = None
    scope_ids: frozenset[int] | None = field(default=None, repr=False)  # None: the whole shop

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def pending_total(self) -> int:
        return sum(self.pending_approvals.values())

    def as_dict(self) -> dict[str, Any]:
        """The keys of ``shopteam report dashboard --json``."""
        a = self.attendance_exceptions
        data: dict[str, Any] = {
            "period": self.period, "level": self.level, "as_of": self.as_of.isoformat(),
            "headcount": self.headcount, "joiners": self.joiners, "leavers": self.leavers,
            "open_tasks": self.open_tasks, "overdue_tasks": self.overdue_tasks,
            "attendance_exceptions": {"late": a.late, "missing_punches": a.missing_punches,
                                      "absence_days": a.absence_days},
            "pending_approvals": dict(self.pending_approvals),
            "appraisal_progress": dict(self.appraisal_progress),
            "payout_status": self.payout_status,
            "month_end_blockers": None if self.month_end is None else self.month_end.as_dict()["items"],
            "probation_ends": [{"employee_no": n, "name": m, "date": d.isoformat()}
                               for n, m, d in self.probation_ends],
            "training_upcoming": [{"topic": t, "date": d.isoformat()} for t, d in self.training_upcoming],
        }
        if self.mine is not None:
            m = self.mine
            data["mine"] = {
                "tasks_this_week": [{"card_id": t.card_id, "title": t.title,
                                     "due_date": t.due_date.isoformat() if t.due_date else None}
                                    for t in m.tasks_this_week],
                "attendance": None if m.attendance is None else m.attendance.as_dict(),
                "last_appraisal": None if m.last_appraisal is None else {
                    "period": m.last_appraisal.period, "state": m.last_appraisal.state,
                    "grade": m.last_appraisal.grade,
                    "score": None if m.last_appraisal.score is None else f"{m.last_appraisal.score:.2f}"},
                "payslips": [{"period": p.period, "total": f"{p.total:.2f}",
                              "net": None if p.net is None else f"{p.net:.2f}"} for p in m.payslips],
                "requests": [{"kind": r.kind, "id": r.id, "date": r.day.isoformat(), "status": r.status}
                             for r in m.requests],
            }
        return data


def _in(column, scope: set[int] | None):
    return True if scope is None else column.in_(scope)


def _open_cards(scope: set[int] | None):
    live = select(Board.id).where(Board.archived.is_(False))
    condition = (Card.archived.is_(False) & Card.done_at.is_(None) & (Card.recurrence == "none")
                 & Card.board_id.in_(live))
    if scope is not None:
        condition = condition & Card.id.in_(
            select(card_assignee.c.card_id).where(card_assignee.c.employee_id.in_(scope)))
    return condition


def _pending_approvals(session: Session, actor: Actor) -> dict[str, int]:
    deciders = decision_scope(session, actor)
    if deciders is not None:
        deciders = deciders - {actor.employee_id}
    counts = dict.fromkeys(APPROVAL_KINDS, 0)
    if deciders is not None and not deciders:
        return counts
    for kind, model in (("leave", LeaveRequest), ("overtime", OvertimeRequest), ("correction", PunchCorrection),
                        ("timesheet", TimesheetEntry)):
        query = select(func.count()).select_from(model).where(model.status == "pending")
        if deciders is not None:
            query = query.where(model.employee_id.in_(deciders))
        elif actor.employee_id is not None:
            query = query.where(model.employee_id != actor.employee_id)
        counts[kind] = session.scalar(query) or 0
    return counts


def _payout_status(session: Session, year: int, month: int) -> str:
    run = session.execute(select(PayoutRun.state, PayoutRun.computed_at)
                          .where(PayoutRun.year == year, PayoutRun.month == month)).first()
    if run is None:
        return "not_computed"
    if run.state == "approved":
        return "approved"
    return "estimate" if is_estimate(year, month, run.computed_at) else "draft"


def _mine(session: Session, actor: Actor, year: int, month: int, rows: list[MonthRow]) -> MyMonth:
    me = actor.employee_id
    if me is None:
        return MyMonth()
    today = clock.today()
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    mine = select(card_assignee.c.card_id).where(card_assignee.c.employee_id == me)
    tasks = tuple(TaskItem(*row) for row in session.execute(
        select(Card.id, Card.board_id, Card.title, Card.due_date)
        .where(_open_cards(None), Card.id.in_(mine), Card.due_date <= sunday)
        .order_by(Card.due_date, Card.id)))
    attendance = next((r for r in rows if r.employee_id == me), None)
    last = session.execute(
        select(AppraisalCycle.year, AppraisalCycle.month, Appraisal.state, Appraisal.grade,
               Appraisal.calibrated_grade, Appraisal.final_score, Appraisal.calibrated_score)
        .join(AppraisalCycle, AppraisalCycle.id == Appraisal.cycle_id)
        .where(Appraisal.employee_id == me, Appraisal.state.in_(LOCKED_STATES))
        .order_by(AppraisalCycle.year.desc(), AppraisalCycle.month.desc())).first()
    appraisal = None if last is None else LastAppraisal(
        f"{last.year}-{last.month:02d}", last.state, counted_grade(last.grade, last.calibrated_grade),
        counted_score(last.final_score, last.calibrated_score))
    payslips = tuple(Payslip(f"{y}-{m:02d}", total, net) for y, m, total, net in session.execute(
        select(PayoutRun.year, PayoutRun.month, PayoutLine.total, PayoutLine.net)
        .join(PayoutRun, PayoutRun.id == PayoutLine.run_id)
        .where(PayoutLine.employee_id == me, PayoutRun.state == "approved")
        .order_by(PayoutRun.year.desc(), PayoutRun.month.desc())))
    days = month_days(year, month)
    requests = []
    for r in list_requests(session, actor=actor, employee_id=me):
        day = r.work_date or r.start.date()
        if r.status == "pending" or days[0] <= day <= days[-1]:
            requests.append(MyRequest(r.kind, r.id, day, r.status))
    requests.sort(key=lambda r: (r.day, r.kind, r.id))
    return MyMonth(tasks, attendance, appraisal, payslips, tuple(requests))


def first_board_with_overdue(session: Session, *, actor: Actor) -> int | None:
    """The board (by name) holding the first of the overdue cards the home screen counts, for its link."""
    scope = visible_employee_ids(session, actor)
    return session.scalar(select(Card.board_id).join(Board, Board.id == Card.board_id)
                          .where(_open_cards(scope), Card.due_date < clock.today())
                          .order_by(Board.name, Card.board_id).limit(1))


def month_dashboard(session: Session, *, actor: Actor, year: int, month: int) -> Dashboard:
    """The home screen's figures of the month for the actor's scope (see the module's docstring)."""
    if not 1 <= month <= 12:
        raise ValidationError("Unknown month {month}.", field="month", code="month", month=month)
    days = month_days(year, month)
    first, last = days[0], days[-1]
    today = clock.today()
    as_of = min(last, max(today, first))
    scope = visible_employee_ids(session, actor)

    employed = ((Employee.hire_date <= as_of)
                & or_(Employee.leave_date.is_(None), Employee.leave_date >= as_of))
    headcount = session.scalar(select(func.count()).select_from(Employee).where(employed, _in(Employee.id, scope)))
    joiners = session.scalar(select(func.count()).select_from(Employee).where(
        Employee.hire_date >= first, Employee.hire_date <= last, _in(Employee.id, scope)))
    leavers = session.scalar(select(func.count()).select_from(Employee).where(
        Employee.leave_date >= first, Employee.leave_date <= last, _in(Employee.id, scope)))

    open_condition = _open_cards(scope)
    open_tasks = session.scalar(select(func.count()).select_from(Card).where(open_condition))
    overdue_tasks = session.scalar(select(func.count()).select_from(Card).where(
        open_condition, Card.due_date < today))

    if actor.level == "staff":  # their own row is shown too
        rows = month_summary(session, actor=actor, year=year, month=month)
        exceptions = AttendanceExceptions(sum(r.late_count for r in rows), sum(r.missing_punch_count for r in rows),
                                          sum(r.absence_days for r in rows))
    else:  # the totals only, without each day's hours and overtime (the same counts, a few times faster)
        rows = []
        totals = month_exceptions_total(session, actor=actor, year=year, month=month)
        exceptions = AttendanceExceptions(totals.late_count, totals.missing_punch_count, totals.absence_days)

    progress: Counter[str] = Counter()
    cycle_id = session.scalar(select(AppraisalCycle.id).where(AppraisalCycle.year == year,
                                                              AppraisalCycle.month == month))
    if cycle_id is not None:
        for state, count in session.execute(
                select(Appraisal.state, func.count()).where(Appraisal.cycle_id == cycle_id,
                                                            _in(Appraisal.employee_id, scope))
                .group_by(Appraisal.state)):
            progress[state] = count

    month_end = (month_end_check(session, actor=actor, year=year, month=month)
                 if can(actor, PAYOUT_MANAGE) else None)
    mine = _mine(session, actor, year, month, rows) if actor.level == "staff" else None
    probation_ends = (tuple((r.employee_no, r.name, r.probation_end) for r in ending_soon(session, actor=actor)
                            if r.probation_end is not None)
                      if can(actor, PROBATION_REVIEW) else ())
    training = _training_upcoming(session) if can(actor, TRAINING_MANAGE) else ()
    return Dashboard(year, month, actor.level, as_of, headcount or 0, joiners or 0, leavers or 0,
                     open_tasks or 0, overdue_tasks or 0, exceptions, _pending_approvals(session, actor),
                     dict(sorted(progress.items())), _payout_status(session, year, month), month_end, probation_ends,
                     training, mine,
                     None if scope is None else frozenset(scope))


TRAINING_AHEAD_DAYS = 14


def _training_upcoming(session: Session) -> tuple[tuple[str, date], ...]:
    """The training sessions from today to 14 days ahead: (topic, day), soonest first."""
    today = clock.today()
    return tuple((topic, day) for topic, day in session.execute(
        select(TrainingPlan.topic, TrainingSession.session_date)
        .join(TrainingPlan, TrainingPlan.id == TrainingSession.plan_id)
        .where(TrainingSession.session_date >= today,
               TrainingSession.session_date <= today + timedelta(days=TRAINING_AHEAD_DAYS))
        .order_by(TrainingSession.session_date, TrainingSession.id)))
