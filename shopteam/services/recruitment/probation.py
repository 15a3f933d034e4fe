"""Probation (试用期): the end date per person (default months per role, a shop setting), the review outcome
— confirm (转正) from a date, extend to a new end date, or end the employment — and who is due.

Before the outcome, the supervisor's assessment on the probation scheme and their recommendation
(``recruitment.assessment``); the outcome links it, and both are kept.

The months are one JSON setting, key ``people.probation_months``: ``{"default": 3, "roles": {"<role id>": n}}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee, Role, Setting
from shopteam.db.models.people import ProbationAssessment, ProbationReview
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.probation import DEFAULT_MONTHS, DUE_DAYS, MAX_MONTHS, probation_end, review_state
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.org.onboarding import progress as onboarding_progress
from shopteam.services.org.roles import current_primary_roles
from shopteam.services.org.roster import mark_left
from shopteam.services.permissions import (
    ORG_EDIT,
    PROBATION_REVIEW,
    require,
    require_in_scope,
    visible_employee_ids,
)

SETTING_KEY = "people.probation_months"
OUTCOMES = ("confirm", "extend", "end")


def _invalid(field: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field, code=code, **params)


# ---------------------------------------------------------------- months per role

def _months_setting(session: Session) -> dict:
    row = session.get(Setting, SETTING_KEY)
    value = json.loads(row.value) if row is not None else {}
    return {"default": int(value.get("default", DEFAULT_MONTHS)), "roles": dict(value.get("roles", {}))}


def probation_months(session: Session, role_id: int | None) -> int:
    """The role's probation months, else the shop's default (3 unless set)."""
    value = _months_setting(session)
    if role_id is not None and str(role_id) in value["roles"]:
        return int(value["roles"][str(role_id)])
    return value["default"]


def set_probation_months(session: Session, *, actor: Actor, months: int, role_id: int | None = None) -> None:
    """The default months (role_id None) or one role's; 0 means no probation."""
    require(actor, ORG_EDIT, "change the probation settings")
    if isinstance(months, bool) or not isinstance(months, int) or not 0 <= months <= MAX_MONTHS:
        raise _invalid("months", "months", "The probation must be a whole number of months from 0 to {max}.",
                       max=MAX_MONTHS)
    role_name = ""
    if role_id is not None:
        role = session.get(Role, role_id)
        if role is None:
            raise NotFoundError(what="Role", key=role_id)
        role_name = role.name
    value = _months_setting(session)
    before = json.loads(json.dumps(value))
    if role_id is None:
        value["default"] = months
    else:
        value["roles"][str(role_id)] = months
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    session.flush()
    audit.record(session, actor, "update", "setting", None, before=before, after=value,
                 summary=audit.note("probation_months", role=role_name or "*", months=months))


def default_probation_end(session: Session, role_id: int | None, hire_date: date) -> date | None:
    return probation_end(hire_date, probation_months(session, role_id))


# ---------------------------------------------------------------- list

@dataclass(frozen=True)
class ProbationRow:
    employee_id: int
    employee_no: str
    name: str
    department: str
    role: str
    hire_date: date
    probation_end: date | None
    days_left: int | None
    review_state: str  # overdue, due, extended, pending, no_end (domain.probation.review_state)
    version: int
    onboarding_done: int = 0  # items of the onboarding checklist ticked off (org.onboarding)
    onboarding_total: int = 0
    assessment: str = "none"  # none, recommended (waiting for the decision), decided (the latest assessment)
    recommendation: str = ""  # the supervisor's: confirm, extend, end
    score: Decimal | None = None  # the assessment's weighted total
    grade: str = ""
    decision: str = ""  # the outcome decided on the latest assessment

    def as_dict(self) -> dict:
        return {"employee_no": self.employee_no, "name": self.name,
                "probation_end": self.probation_end.isoformat() if self.probation_end else None,
                "review_state": self.review_state, "assessment": self.assessment,
                "recommendation": self.recommendation or None,
                "score": None if self.score is None else float(self.score), "grade": self.grade or None,
                "decision": self.decision or None}


def list_probation(session: Session, *, actor: Actor, within_days: int | None = None) -> list[ProbationRow]:
    """Everyone on probation the actor may see, soonest end first; ``within_days`` keeps those whose probation
    ends by then (overdue ones included)."""
    require(actor, PROBATION_REVIEW, "see probations")
    today = clock.today()
    query = (select(Employee, Department.name).outerjoin(Department, Department.id == Employee.department_id)
             .where(Employee.status == "probation"))
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Employee.id.in_(scope or {-1}))
    extended = set(session.scalars(select(ProbationReview.employee_id).where(ProbationReview.outcome == "extend")))
    roles = current_primary_roles(session)
    people = session.execute(query).all()
    checklists = onboarding_progress(session, (emp.id for emp, _d in people))
    assessed = _latest_assessments(session, [emp.id for emp, _ in people])
    rows = []
    for emp, department in people:
        end = emp.probation_end
        days = (end - today).days if end else None
        if within_days is not None and (days is None or days > within_days):
            continue
        rows.append(ProbationRow(emp.id, emp.employee_no, emp.name, department or "", roles.get(emp.id, ""),
                                 emp.hire_date, end, days, review_state(end, today, emp.id in extended),
                                 emp.version, *checklists.get(emp.id, (0, 0)),
                                 *assessed.get(emp.id, ("none", "", None, "", ""))))
    rows.sort(key=lambda r: (r.probation_end or date.max, r.employee_no))
    return rows


def _latest_assessments(session: Session, employee_ids: list[int]) -> dict[int, tuple]:
    """Each person's latest assessment as (state, recommendation, total, grade, decision); one query. (The
    whole assessment is recruitment.assessment's, which builds on this module.)"""
    if not employee_ids:
        return {}
    rows = session.execute(select(ProbationAssessment.employee_id, ProbationAssessment.recommendation,
                                  ProbationAssessment.total, ProbationAssessment.grade, ProbationReview.outcome)
                           .outerjoin(ProbationReview, ProbationReview.id == ProbationAssessment.review_id)
                           .where(ProbationAssessment.employee_id.in_(employee_ids))
                           .order_by(ProbationAssessment.id))
    return {emp_id: ("decided" if outcome else "recommended", recommendation, total, grade, outcome or "")
            for emp_id, recommendation, total, grade, outcome in rows}


def ending_soon(session: Session, *, actor: Actor) -> list[ProbationRow]:
    """People whose probation ends within 14 days (or has ended without a review)."""
    return list_probation(session, actor=actor, within_days=DUE_DAYS)


# ---------------------------------------------------------------- changes

def person_in_scope(session: Session, actor: Actor, employee_id: int) -> Employee:
    emp = session.get(Employee, employee_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=employee_id)
    require_in_scope(session, actor, employee_id, "review this probation")
    return emp


def set_probation_end(session: Session, *, actor: Actor, employee_id: int, end: date) -> None:
    require(actor, PROBATION_REVIEW, "change probations")
    emp = person_in_scope(session, actor, employee_id)
    if end is None or end < emp.hire_date:
        raise _invalid("probation_end", "probation_before_hire", "The probation ends before the hire date.")
    before = {"probation_end": emp.probation_end.isoformat() if emp.probation_end else None, "status": emp.status}
    emp.probation_end = end
    if emp.status == "active":
        emp.status = "probation"
    session.flush()
    audit.record(session, actor, "update", "employee", emp.id, before=before,
                 after={"probation_end": end.isoformat(), "status": emp.status},
                 summary=audit.note("probation_end_date", employee_no=emp.employee_no, name=emp.name,
                                    day=end.isoformat()))


def review(session: Session, *, actor: Actor, employee_id: int, outcome: str, day: date, note: str = "") -> int:
    """The probation's outcome: ``confirm`` — active (转正) from ``day``; ``extend`` — the probation now ends on
    ``day``; ``end`` — the employment ends on ``day`` (the person leaves, roles end). The supervisor's open
    assessment, if any, is decided by it (its recommendation may differ; both are kept). Audited; returns the
    review's id."""
    require(actor, PROBATION_REVIEW, "review probations")
    emp = person_in_scope(session, actor, employee_id)
    if outcome not in OUTCOMES:
        raise _invalid("outcome", "outcome", "Unknown outcome {outcome}.", outcome=outcome)
    if emp.status != "probation":
        raise _invalid("status", "not_on_probation", "{name} is not on probation.", name=emp.name)
    if day is None:
        raise _invalid("day", "required", "Enter the date.")
    if day < emp.hire_date:
        raise _invalid("day", "before_hire", "The date is before the hire date.")
    note = (note or "").strip()
    previous = emp.probation_end
    before = {"status": emp.status, "probation_end": previous.isoformat() if previous else None}
    if outcome == "confirm":
        emp.status = "active"
        emp.probation_end = day - timedelta(days=1) if day > emp.hire_date else emp.hire_date
        summary = audit.note("probation_confirm", employee_no=emp.employee_no, name=emp.name, day=day.isoformat())
    elif outcome == "extend":
        if previous is not None and day <= previous:
            raise _invalid("day", "extend_not_later", "The new end date must be after {day}.",
                           day=previous.isoformat())
        emp.probation_end = day
        summary = audit.note("probation_extend", employee_no=emp.employee_no, name=emp.name, day=day.isoformat())
    else:
        if not note:
            raise _invalid("note", "required", "Enter the reason.")
        mark_left(session, actor=actor, staff_id=emp.id, leave_date=day, reason=note)
        summary = audit.note("probation_end", employee_no=emp.employee_no, name=emp.name, day=day.isoformat())
    item = ProbationReview(employee_id=emp.id, outcome=outcome, effective_date=day, previous_end=previous, note=note,
                           decided_by=actor.username)
    session.add(item)
    session.flush()
    assessed = session.scalar(select(ProbationAssessment).where(ProbationAssessment.employee_id == emp.id,
                                                                ProbationAssessment.review_id.is_(None))
                              .order_by(ProbationAssessment.id.desc()).limit(1))
    after = {"status": emp.status, "probation_end": emp.probation_end.isoformat() if emp.probation_end else None,
             "outcome": outcome, "day": day.isoformat(), "note": note}
    if assessed is not None:
        assessed.review_id = item.id
        after.update(recommendation=assessed.recommendation, score=str(assessed.total))
        session.flush()
    audit.record(session, actor, "review", "probation", emp.id, before=before, after=after, summary=summary)
    return item.id
