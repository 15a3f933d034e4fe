"""Training plans (培训计划), sessions (培训场次), attendance (签到) and evaluations (培训评估).

Every change needs ``training.manage`` and writes an audit record. Attendance and evaluations concern people,
so a manager takes them only for the people in their scope; attendance is taken once the session's day has
come (not for a session still in the future), and only someone who attended is evaluated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.training import TrainingAttendance, TrainingEvaluation, TrainingPlan, TrainingSession
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain import training as rules
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import TRAINING_MANAGE, require, require_in_scope, visible_employee_ids

MIN_YEAR, MAX_YEAR = 2000, 2100


def _invalid(field: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field, code=code, **params)


# ---------------------------------------------------------------- plans

@dataclass(frozen=True)
class PlanRow:
    id: int
    year: int
    quarter: int | None
    topic: str
    target_roles: str
    planned_hours: Decimal
    sessions: int
    held_hours: Decimal  # the hours of its sessions up to today
    notes: str
    version: int = 0  # what an edit form compares (db/versions.check_version)


def _plan(session: Session, plan_id: int) -> TrainingPlan:
    plan = session.get(TrainingPlan, plan_id)
    if plan is None:
        raise NotFoundError(what="Training plan", key=plan_id)
    return plan


def create_plan(session: Session, *, actor: Actor, year: int, topic: str, planned_hours: Decimal | int | str,
                quarter: int | None = None, target_roles: str = "", notes: str = "") -> int:
    """A plan for a year (or one quarter of it): topic, the roles it is for (as written), planned hours."""
    require(actor, TRAINING_MANAGE, "plan training")
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise _invalid("year", "year", "The year must be from {min} to {max}.", min=MIN_YEAR, max=MAX_YEAR)
    quarter = rules.check_quarter(quarter)
    topic = (topic or "").strip()
    if not topic:
        raise _invalid("topic", "required", "Enter the training topic.")
    plan = TrainingPlan(year=year, quarter=quarter, topic=topic, target_roles=(target_roles or "").strip(),
                        planned_hours=rules.check_planned_hours(planned_hours), notes=(notes or "").strip(),
                        created_by=actor.username)
    session.add(plan)
    session.flush()
    audit.record(session, actor, "create", "training_plan", plan.id, after=audit.snapshot(plan),
                 summary=audit.note("training_plan", topic=topic,
                                    period=f"{year}" + (f" Q{quarter}" if quarter else "")))
    return plan.id


def list_plans(session: Session, *, actor: Actor, year: int | None = None) -> list[PlanRow]:
    """The plans (of a year), newest year first, then by quarter (the whole year last) and topic."""
    require(actor, TRAINING_MANAGE, "see the training plans")
    today = clock.today()
    counts = dict(session.execute(select(TrainingSession.plan_id, func.count()).group_by(TrainingSession.plan_id)).all())
    held: dict[int, Decimal] = {}
    for plan_id, hours in session.execute(select(TrainingSession.plan_id, TrainingSession.hours)
                                          .where(TrainingSession.session_date <= today)):
        held[plan_id] = held.get(plan_id, Decimal(0)) + hours
    query = select(TrainingPlan)
    if year is not None:
        query = query.where(TrainingPlan.year == year)
    plans = sorted(session.scalars(query), key=lambda p: (-p.year, p.quarter or 5, p.topic, p.id))
    return [PlanRow(p.id, p.year, p.quarter, p.topic, p.target_roles, p.planned_hours, counts.get(p.id, 0),
                    rules.round2(held.get(p.id, Decimal(0))), p.notes, p.version) for p in plans]


# ---------------------------------------------------------------- sessions

@dataclass(frozen=True)
class SessionRow:
    id: int
    plan_id: int
    topic: str
    session_date: date
    trainer: str
    place: str
    online: bool
    hours: Decimal
    materials: str
    listed: int  # people on its attendance list
    attended: int
    version: int = 0


def _session(session: Session, session_id: int) -> TrainingSession:
    item = session.get(TrainingSession, session_id)
    if item is None:
        raise NotFoundError(what="Training session", key=session_id)
    return item


def create_session(session: Session, *, actor: Actor, plan_id: int, day: date, hours: Decimal | int | str,
                   trainer: str = "", place: str = "", online: bool = False, materials: str = "") -> int:
    """A session of a plan: its date, trainer, place (or online), hours and materials (links, file names)."""
    require(actor, TRAINING_MANAGE, "plan training sessions")
    plan = _plan(session, plan_id)
    if day is None:
        raise _invalid("day", "required", "Enter the date.")
    place = (place or "").strip()
    if not online and not place:
        raise _invalid("place", "place_required", "Enter the place, or mark the session as online.")
    item = TrainingSession(plan_id=plan.id, session_date=day, trainer=(trainer or "").strip(), place=place,
                           online=bool(online), hours=rules.check_session_hours(hours),
                           materials=(materials or "").strip())
    session.add(item)
    session.flush()
    audit.record(session, actor, "create", "training_session", item.id, after=audit.snapshot(item),
                 summary=audit.note("training_session", topic=plan.topic, day=day.isoformat()))
    return item.id


def list_sessions(session: Session, *, actor: Actor, plan_id: int | None = None) -> list[SessionRow]:
    """The sessions (of a plan), latest first."""
    require(actor, TRAINING_MANAGE, "see the training sessions")
    listed: dict[int, list[int]] = {}
    counts_query = (select(TrainingAttendance.session_id, TrainingAttendance.attended, func.count())
                    .group_by(TrainingAttendance.session_id, TrainingAttendance.attended))
    if plan_id is not None:  # only the plan's sessions' lists
        counts_query = counts_query.where(TrainingAttendance.session_id.in_(
            select(TrainingSession.id).where(TrainingSession.plan_id == plan_id)))
    for sid, attended, n in session.execute(counts_query):
        counts = listed.setdefault(sid, [0, 0])
        counts[0] += n
        if attended:
            counts[1] += n
    query = (select(TrainingSession, TrainingPlan.topic).join(TrainingPlan, TrainingPlan.id == TrainingSession.plan_id)
             .order_by(TrainingSession.session_date.desc(), TrainingSession.id.desc()))
    if plan_id is not None:
        query = query.where(TrainingSession.plan_id == plan_id)
    return [SessionRow(s.id, s.plan_id, topic, s.session_date, s.trainer, s.place, s.online, s.hours, s.materials,
                       *listed.get(s.id, (0, 0)), s.version) for s, topic in session.execute(query)]


# ---------------------------------------------------------------- attendance and evaluation

@dataclass(frozen=True)
class AttendeeRow:
    employee_id: int
    employee_no: str
    name: str
    attended: bool
    test_score: Decimal | None
    passed: bool | None
    satisfaction: int | None
    comment: str
    evaluation_version: int = 0  # as read (db.versions), 0 without an evaluation: record/clear's expected_version


def take_attendance(session: Session, *, actor: Actor, session_id: int, attended: Mapping[int, bool]) -> int:
    """Who attended (True) or was expected and did not come (False), per employee id; people already on the
    list keep their row (and an attendee's evaluation). Returns how many rows changed."""
    require(actor, TRAINING_MANAGE, "take training attendance")
    item = _session(session, session_id)
    if item.session_date > clock.today():
        raise _invalid("day", "session_in_future", "The session on {day} has not taken place yet.",
                       day=item.session_date.isoformat())
    rows = {a.employee_id: a for a in item.attendance}
    changed: dict[str, bool] = {}
    for employee_id, present in sorted(attended.items()):
        emp = session.get(Employee, employee_id)
        if emp is None:
            raise NotFoundError(what="Staff record", key=employee_id)
        require_in_scope(session, actor, employee_id, "take attendance for this person")
        present = bool(present)
        row = rows.get(employee_id)
        if row is not None and row.attended == present:
            continue
        if row is None:
            row = TrainingAttendance(session_id=item.id, employee_id=employee_id, attended=present,
                                     recorded_by=actor.username)
            item.attendance.append(row)
        else:
            if not present and row.evaluation is not None:
                raise _invalid("attended", "evaluated", "{name} has an evaluation for this session; clear it "
                               "before marking them absent.", name=emp.name)
            row.attended, row.recorded_by = present, actor.username
        changed[emp.employee_no] = present
    session.flush()
    if changed:
        audit.record(session, actor, "update", "training_session", item.id, after={"attended": changed},
                     summary=audit.note("training_attendance", topic=item.plan.topic, day=item.session_date.isoformat(),
                                        attended=sum(changed.values()), absent=len(changed) - sum(changed.values())))
    return len(changed)


def record_evaluation(session: Session, *, actor: Actor, session_id: int, employee_id: int,
                      test_score: Decimal | int | str | None = None, passed: bool | None = None,
                      satisfaction: int | str | None = None, comment: str = "",
                      expected_version: int | None = None) -> int:
    """An attendee's evaluation: test score 0–100, passed, satisfaction 1–5 — each may be None. Recording it
    again replaces it. Returns the evaluation's id. ``expected_version``: the evaluation's version the screen
    showed, 0 when it showed none (db.versions): one someone else recorded since is refused, not replaced."""
    require(actor, TRAINING_MANAGE, "record training evaluations")
    item = _session(session, session_id)
    require_in_scope(session, actor, employee_id, "evaluate this person")
    score = rules.check_test_score(test_score)
    rating = rules.check_satisfaction(satisfaction)
    row = next((a for a in item.attendance if a.employee_id == employee_id), None)
    if row is None or not row.attended:
        emp = session.get(Employee, employee_id)
        if emp is None:
            raise NotFoundError(what="Staff record", key=employee_id)
        raise _invalid("employee", "not_attended", "{name} did not attend this session.", name=emp.name)
    evaluation = row.evaluation
    if evaluation is not None:
        check_version(session, evaluation, expected_version)
    before = audit.snapshot(evaluation) if evaluation is not None else None
    if evaluation is None:
        evaluation = TrainingEvaluation()
        row.evaluation = evaluation
    evaluation.test_score, evaluation.passed, evaluation.satisfaction = score, passed, rating
    evaluation.comment, evaluation.evaluated_by = (comment or "").strip(), actor.username
    evaluation.evaluated_at = clock.now()
    session.flush()
    emp = row.employee
    audit.record(session, actor, "create" if before is None else "update", "training_evaluation", evaluation.id,
                 before=before, after=audit.snapshot(evaluation),
                 summary=audit.note("training_evaluation", employee_no=emp.employee_no, name=emp.name,
                                    topic=item.plan.topic, day=item.session_date.isoformat(),
                                    score="-" if score is None else score))
    return evaluation.id


def clear_evaluation(session: Session, *, actor: Actor, session_id: int, employee_id: int,
                     expected_version: int | None = None) -> bool:
    """Remove an attendee's evaluation (so they can be marked absent). Returns whether there was one.
    ``expected_version``: the evaluation as the screen showed it (one changed elsewhere is not removed unseen)."""
    require(actor, TRAINING_MANAGE, "record training evaluations")
    item = _session(session, session_id)
    require_in_scope(session, actor, employee_id, "evaluate this person")
    row = next((a for a in item.attendance if a.employee_id == employee_id), None)
    if row is None or row.evaluation is None:
        return False
    check_version(session, row.evaluation, expected_version)
    evaluation, emp = row.evaluation, row.employee
    before = audit.snapshot(evaluation)
    row.evaluation = None
    session.flush()
    audit.record(session, actor, "delete", "training_evaluation", evaluation.id, before=before,
                 summary=audit.note("training_evaluation_cleared", employee_no=emp.employee_no, name=emp.name,
                                    topic=item.plan.topic, day=item.session_date.isoformat()))
    return True


def session_attendees(session: Session, *, actor: Actor, session_id: int) -> list[AttendeeRow]:
    """The session's list with each attendee's evaluation, the people in the actor's scope, by employee no."""
    require(actor, TRAINING_MANAGE, "see training attendance")
    _session(session, session_id)
    scope = visible_employee_ids(session, actor)
    query = (select(TrainingAttendance.employee_id, Employee.employee_no, Employee.name, TrainingAttendance.attended,
                    TrainingEvaluation.test_score, TrainingEvaluation.passed, TrainingEvaluation.satisfaction,
                    TrainingEvaluation.comment, TrainingEvaluation.version)
             .join(Employee, Employee.id == TrainingAttendance.employee_id)
             .outerjoin(TrainingEvaluation, TrainingEvaluation.attendance_id == TrainingAttendance.id)
             .where(TrainingAttendance.session_id == session_id))
    rows = [AttendeeRow(emp_id, no, name, attended, score, passed, satisfaction, comment or "", version or 0)
            for emp_id, no, name, attended, score, passed, satisfaction, comment, version in session.execute(query)
            if scope is None or emp_id in scope]
    rows.sort(key=lambda r: r.employee_no)
    return rows
