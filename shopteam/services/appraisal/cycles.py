"""Appraisal cycles (绩效考核, PRODUCT §3.5): open a month, self-assessment, supervisor review, calibration,
finalise (locks), interview, reopen (owner only). Computation lives in ``appraisal_compute``.

Permissions deny by default: staff see and self-assess only their own appraisal; managers see and
score the people of their department (and below) and their direct reports, never themselves; the
owner everything. Every change is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from shopteam.db.models import Department, Employee, Role, RoleAssignment, Shop
from shopteam.db.models.appraisal import (
    CYCLE_STATES,
    LOCKED_STATES,
    Appraisal,
    AppraisalCycle,
    AppraisalScheme,
    AppraisalScore,
)
from shopteam.db.versions import check_version
from shopteam.domain import clock, grading
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import NotFoundError, PermissionDenied, ShopTeamError, ValidationError
from shopteam.services import audit
from shopteam.services.appraisal.schemes import ensure_preset_schemes
from shopteam.services.appraisal.scores import recompute, result_of
from shopteam.services.context import Actor
from shopteam.services.permissions import APPRAISAL_ADMIN, APPRAISAL_SCORE, require, visible_employee_ids

OPEN_STATES = ("self_assessment", "supervisor_review", "calibration")


class AppraisalLocked(ShopTeamError):
    code = "appraisal_locked"
    template = "The appraisal of {period} is finalised and locked; only the owner can reopen it."


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class CycleView:
    id: int
    year: int
    month: int
    state: str
    opened_by: str
    opened_at: datetime
    finalised_by: str | None
    finalised_at: datetime | None
    reopen_history: tuple[dict, ...]
    version: int

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def locked(self) -> bool:
        return self.state in LOCKED_STATES


@dataclass(frozen=True)
class AppraisalRow:
    id: int
    cycle_id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    role: str
    scheme: str
    final_score: Decimal | None
    grade: str
    calibrated_score: Decimal | None
    calibrated_grade: str
    calibration_reason: str
    state: str
    self_submitted: bool
    version: int

    @property
    def score(self) -> Decimal | None:
        """The score that counts (domain.grading.counted_score)."""
        return grading.counted_score(self.final_score, self.calibrated_score)

    @property
    def effective_grade(self) -> str:
        return grading.counted_grade(self.grade, self.calibrated_grade)


@dataclass(frozen=True)
class ScoreLine:
    id: int
    position: int
    group: str
    name: str
    weight: float
    method: str
    source: str
    unit: str
    params: dict
    actual: float | None
    target: float | None
    self_score: Decimal | None
    supervisor_score: Decimal | None
    computed_score: Decimal | None
    explanation: str

    @property
    def rated(self) -> bool:
        return self.method == "rating"


@dataclass(frozen=True)
class AppraisalDetail:
    row: AppraisalRow
    cycle: CycleView
    shop_name: str
    self_weight: int
    base_score: Decimal | None
    points: Decimal | None
    scores: tuple[ScoreLine, ...]
    self_comment: str
    supervisor_comment: str
    interview_notes: str
    improvement_plan: str
    scored_by: str | None
    may_self_assess: bool
    may_review: bool

    @property
    def locked(self) -> bool:
        return self.row.state in LOCKED_STATES or self.cycle.locked


def _cycle_view(c: AppraisalCycle) -> CycleView:
    return CycleView(c.id, c.year, c.month, c.state, c.opened_by, c.opened_at, c.finalised_by, c.finalised_at,
                     tuple(json.loads(c.reopen_history or "[]")), c.version)


def _row(a: Appraisal, no: str, name: str) -> AppraisalRow:
    return AppraisalRow(a.id, a.cycle_id, a.employee_id, no, name, a.department_name, a.role_name, a.scheme_name,
                        a.final_score, a.grade, a.calibrated_score, a.calibrated_grade, a.calibration_reason,
                        a.state, a.self_submitted_at is not None, a.version)


def _line(s: AppraisalScore) -> ScoreLine:
    return ScoreLine(s.id, s.position, s.group, s.name, s.weight, s.method, s.source, s.unit,
                     json.loads(s.params or "{}"), s.actual, s.target, s.self_score, s.supervisor_score,
                     s.computed_score, s.explanation)


# ------------------------------------------------------------------------------------------ permissions


def may_review(session: Session, actor: Actor, employee_id: int) -> bool:
    """The owner reviews anyone; a manager the people in their scope except themselves."""
    if actor.is_owner:
        return True
    if not actor.is_manager or actor.employee_id == employee_id:
        return False
    scope = visible_employee_ids(session, actor)
    return scope is None or employee_id in scope


def _require_view(session: Session, actor: Actor, appraisal: Appraisal) -> None:
    scope = visible_employee_ids(session, actor)
    if scope is not None and appraisal.employee_id not in scope:
        raise PermissionDenied(action="open someone else's appraisal")


def _require_review(session: Session, actor: Actor, appraisal: Appraisal) -> None:
    if not may_review(session, actor, appraisal.employee_id):
        raise PermissionDenied(action="score this person's appraisal")


def _check_unlocked(appraisal: Appraisal) -> None:
    cycle = appraisal.cycle
    if appraisal.state in LOCKED_STATES or cycle.state in LOCKED_STATES:
        raise AppraisalLocked(period=f"{cycle.year}-{cycle.month:02d}")


# ------------------------------------------------------------------------------------------ cycles


def _period(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError("{year}-{month} is not a month.", field="period", code="period", year=year,
                              month=month)
    days = month_days(year, month)
    return days[0], days[-1]


def find_cycle(session: Session, *, year: int, month: int) -> CycleView | None:
    cycle = session.scalar(select(AppraisalCycle).where(AppraisalCycle.year == year, AppraisalCycle.month == month))
    return None if cycle is None else _cycle_view(cycle)


def list_cycles(session: Session, *, actor: Actor) -> list[CycleView]:
    query = select(AppraisalCycle).order_by(AppraisalCycle.year.desc(), AppraisalCycle.month.desc())
    return [_cycle_view(c) for c in session.scalars(query)]


def _get_cycle(session: Session, cycle_id: int) -> AppraisalCycle:
    cycle = session.get(AppraisalCycle, cycle_id)
    if cycle is None:
        raise NotFoundError(what="Appraisal cycle", key=cycle_id)
    return cycle


def _primary_roles(session: Session, first: date, last: date) -> dict[int, tuple[int, str, str | None]]:
    """employee id -> (role id, role name, role key) of the primary role held in the month (the latest)."""
    rows = session.execute(
        select(RoleAssignment.employee_id, Role.id, Role.name, Role.key, RoleAssignment.start_date)
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(RoleAssignment.is_primary, RoleAssignment.start_date <= last,
               or_(RoleAssignment.end_date.is_(None), RoleAssignment.end_date >= first))
        .order_by(RoleAssignment.start_date)).all()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _scheme_for_roles(session: Session) -> tuple[dict[int, AppraisalScheme], AppraisalScheme | None]:
    schemes = list(session.scalars(select(AppraisalScheme).where(AppraisalScheme.archived.is_(False),
                                                                 AppraisalScheme.purpose == "monthly")
                                   .options(selectinload(AppraisalScheme.indicators),
                                            selectinload(AppraisalScheme.roles))
                                   .order_by(AppraisalScheme.id)))
    by_role: dict[int, AppraisalScheme] = {}
    for scheme in schemes:
        for role in scheme.roles:
            by_role.setdefault(role.id, scheme)
    fallback = next((s for s in schemes if s.preset == "general"), schemes[0] if schemes else None)
    return by_role, fallback


def _new_appraisal(cycle: AppraisalCycle, employee_id: int, department: str, role: str,
                   scheme: AppraisalScheme) -> Appraisal:
    appraisal = Appraisal(cycle=cycle, employee_id=employee_id, scheme_id=scheme.id, scheme_name=scheme.name,
                          department_name=department, role_name=role, self_weight=scheme.self_weight,
                          state="self_assessment")
    for ind in scheme.indicators:
        params = json.loads(ind.params or "{}")
        target = params.get("target")
        appraisal.scores.append(AppraisalScore(
            indicator_id=ind.id, position=ind.position, group=ind.group, name=ind.name, key=ind.key,
            weight=ind.weight, method=ind.method, params=ind.params, source=ind.source, unit=ind.unit,
            target=float(target) if isinstance(target, int | float) else None))
    return appraisal


def open_cycle(session: Session, *, actor: Actor, year: int, month: int) -> int:
    """Open the month's cycle: one appraisal per person employed in the month (not left before it), with
    the scheme of their primary role (the general scheme when their role has none)."""
    require(actor, APPRAISAL_ADMIN, "open an appraisal cycle")
    first, last = _period(year, month)
    if find_cycle(session, year=year, month=month) is not None:
        raise ValidationError("The appraisal cycle of {period} is already open.", field="period",
                              code="cycle_exists", period=f"{year}-{month:02d}")
    if not session.scalar(select(func.count()).select_from(AppraisalScheme).where(AppraisalScheme.purpose == "monthly")):
        ensure_preset_schemes(session, actor=actor)
    by_role, fallback = _scheme_for_roles(session)
    if fallback is None:
        raise ValidationError("There is no appraisal scheme yet; create one first.", field="scheme",
                              code="no_scheme")
    cycle = AppraisalCycle(year=year, month=month, state="self_assessment", opened_by=actor.username)
    session.add(cycle)
    roles = _primary_roles(session, first, last)
    people = session.execute(
        select(Employee.id, func.coalesce(Department.name, ""))
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.hire_date <= last, or_(Employee.leave_date.is_(None), Employee.leave_date >= last),
               Employee.status != "left")
        .order_by(Employee.employee_no)).all()
    for employee_id, department in people:
        role = roles.get(employee_id)
        scheme = by_role.get(role[0]) if role else None
        session.add(_new_appraisal(cycle, employee_id, department, role[1] if role else "", scheme or fallback))
    session.flush()
    audit.record(session, actor, "create", "appraisal_cycle", cycle.id,
                 after={"period": f"{year}-{month:02d}", "people": len(people)},
                 summary=audit.note("appraisals_opened", period=f"{year}-{month:02d}", count=len(people)))
    return cycle.id


def set_cycle_state(session: Session, *, actor: Actor, cycle_id: int, state: str) -> None:
    """Move an open cycle to another open stage (self-assessment, supervisor review, calibration)."""
    require(actor, APPRAISAL_SCORE, "change the stage of an appraisal cycle")
    if state not in OPEN_STATES:
        raise ValidationError("Use finalise or reopen for {state}.", field="state", code="cycle_state", state=state)
    cycle = _get_cycle(session, cycle_id)
    if cycle.state in LOCKED_STATES:
        raise AppraisalLocked(period=f"{cycle.year}-{cycle.month:02d}")
    before = cycle.state
    cycle.state = state
    session.flush()
    audit.record(session, actor, "update", "appraisal_cycle", cycle.id, before={"state": before},
                 after={"state": state}, summary=audit.note("cycle_state", period=f"{cycle.year}-{cycle.month:02d}", before=before,
                                                         state=state))


def list_appraisals(session: Session, *, actor: Actor, cycle_id: int, department: str | None = None) -> list[AppraisalRow]:
    """The cycle's appraisals the actor may see, by employee no."""
    query = (select(Appraisal, Employee.employee_no, Employee.name).join(Employee, Employee.id == Appraisal.employee_id)
             .where(Appraisal.cycle_id == cycle_id).order_by(Employee.employee_no))
    if department:
        query = query.where(Appraisal.department_name == department)
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Appraisal.employee_id.in_(scope))
    return [_row(a, no, name) for a, no, name in session.execute(query)]


def _get(session: Session, appraisal_id: int) -> Appraisal:
    appraisal = session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFoundError(what="Appraisal", key=appraisal_id)
    return appraisal


def get_appraisal(session: Session, *, actor: Actor, appraisal_id: int) -> AppraisalDetail:
    appraisal = _get(session, appraisal_id)
    _require_view(session, actor, appraisal)
    return _detail(session, actor, appraisal)


def _detail(session: Session, actor: Actor, a: Appraisal, shop_name: str | None = None) -> AppraisalDetail:
    emp = a.employee
    if shop_name is None:
        shop_name = session.scalar(select(Shop.name).limit(1)) or ""
    return AppraisalDetail(
        _row(a, emp.employee_no, emp.name), _cycle_view(a.cycle), shop_name, a.self_weight, a.base_score,
        a.points, tuple(_line(s) for s in a.scores), a.self_comment, a.supervisor_comment, a.interview_notes,
        a.improvement_plan, a.scored_by, actor.employee_id == a.employee_id,
        may_review(session, actor, a.employee_id))


def details_for_cycle(session: Session, *, actor: Actor, cycle_id: int, department: str | None = None,
                      employee_ids: set[int] | None = None) -> list[AppraisalDetail]:
    """Every appraisal of the cycle the actor may see, in full (for printing and export)."""
    query = (select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id)
             .where(Appraisal.cycle_id == cycle_id).order_by(Employee.employee_no)
             .options(selectinload(Appraisal.scores), selectinload(Appraisal.employee)))
    if department:
        query = query.where(Appraisal.department_name == department)
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Appraisal.employee_id.in_(scope))
    if employee_ids is not None:
        query = query.where(Appraisal.employee_id.in_(employee_ids))
    shop_name = session.scalar(select(Shop.name).limit(1)) or ""
    return [_detail(session, actor, a, shop_name) for a in session.scalars(query)]


def _score_value(value, field: str, name: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError("{name}: {value} is not a number.", field=field, code="score_number", name=name,
                              value=value) from None
    if not number.is_finite() or not 0 <= number <= 100:
        raise ValidationError("{name}: a score must be from 0 to 100, not {value}.", field=field,
                              code="score_range", name=name, value=value)
    return number.quantize(Decimal("0.01"))


def _snap(a: Appraisal) -> dict:
    data = audit.snapshot(a, exclude=("self_submitted_at", "scored_at"))
    data["scores"] = {s.name: {"self": audit._plain(s.self_score), "supervisor": audit._plain(s.supervisor_score),
                               "actual": s.actual} for s in a.scores}
    return data


def submit_self_assessment(session: Session, *, actor: Actor, appraisal_id: int, scores: dict[int, object],
                           comment: str = "", submit: bool = True, version: int | None = None) -> None:
    """The person's own scores for the rated indicators (score id -> 0–100), and a comment. ``version``: the
    appraisal's version the screen showed (db.versions)."""
    appraisal = _get(session, appraisal_id)
    check_version(session, appraisal, version)
    if actor.employee_id != appraisal.employee_id:
        raise PermissionDenied(action="fill in someone else's self-assessment")
    _check_unlocked(appraisal)
    if appraisal.state == "calibration":
        raise ValidationError("Your supervisor has already scored this appraisal.", field="state",
                              code="self_too_late")
    before = _snap(appraisal)
    by_id = {s.id: s for s in appraisal.scores}
    for score_id, value in scores.items():
        line = by_id.get(int(score_id))
        if line is None or line.method != "rating":
            continue
        line.self_score = _score_value(value, "self_score", line.name)
    appraisal.self_comment = comment.strip()
    if submit:
        appraisal.self_submitted_at = clock.now()
        if appraisal.state == "self_assessment":
            appraisal.state = "supervisor_review"
    recompute(session, appraisal)
    session.flush()
    audit.record(session, actor, "update", "appraisal", appraisal.id, before=before, after=_snap(appraisal),
                 summary=audit.note("self_assessment", period=f"{appraisal.cycle.year}-{appraisal.cycle.month:02d}"))


def save_review(session: Session, *, actor: Actor, appraisal_id: int, scores: dict[int, object] | None = None,
                actuals: dict[int, object] | None = None, comment: str | None = None,
                interview_notes: str | None = None, improvement_plan: str | None = None, submit: bool = False,
                version: int | None = None) -> AppraisalDetail:
    """The supervisor's scores (score id -> 0–100), actual figures of manual-source indicators, comment and
    interview notes; ``submit`` hands the appraisal on to calibration. Returns the recomputed appraisal."""
    appraisal = _get(session, appraisal_id)
    _require_review(session, actor, appraisal)
    _check_unlocked(appraisal)
    check_version(session, appraisal, version)
    before = _snap(appraisal)
    by_id = {s.id: s for s in appraisal.scores}
    for score_id, value in (scores or {}).items():
        line = by_id.get(int(score_id))
        if line is not None and line.method == "rating":
            line.supervisor_score = _score_value(value, "supervisor_score", line.name)
    for score_id, value in (actuals or {}).items():
        line = by_id.get(int(score_id))
        if line is None or line.source != "manual" or line.method in ("rating", "tasks", "attendance"):
            continue
        try:
            line.actual = None if value in (None, "") else float(value)
        except (TypeError, ValueError):
            raise ValidationError("{name}: {value} is not a number.", field="actual", code="actual_number",
                                  name=line.name, value=value) from None
    if comment is not None:
        appraisal.supervisor_comment = comment.strip()
    if interview_notes is not None:
        appraisal.interview_notes = interview_notes.strip()
    if improvement_plan is not None:
        appraisal.improvement_plan = improvement_plan.strip()
    appraisal.scored_by, appraisal.scored_at = actor.username, clock.now()
    if submit and appraisal.state in ("self_assessment", "supervisor_review"):
        appraisal.state = "calibration"
    recompute(session, appraisal)
    session.flush()
    audit.record(session, actor, "update", "appraisal", appraisal.id, before=before, after=_snap(appraisal),
                 summary=audit.note("supervisor_review", period=f"{appraisal.cycle.year}-{appraisal.cycle.month:02d}"))
    return _detail(session, actor, appraisal)


def adjust(session: Session, *, actor: Actor, appraisal_id: int, score, reason: str) -> AppraisalDetail:
    """Calibration: set the score (re-graded) with a recorded reason."""
    from shopteam.domain.grading import calibrate

    appraisal = _get(session, appraisal_id)
    _require_review(session, actor, appraisal)
    _check_unlocked(appraisal)
    value = _score_value(score, "score", "Score") if not isinstance(score, Decimal) else score
    if value is None:
        raise ValidationError("Give the adjusted score.", field="score", code="calibration_score")
    before = _snap(appraisal)
    result = calibrate(result_of(session, appraisal), score=value, reason=reason, by=actor.username)
    appraisal.calibrated_score, appraisal.calibrated_grade = result.score, result.grade.value
    appraisal.calibration_reason = reason.strip()
    session.flush()
    audit.record(session, actor, "calibrate", "appraisal", appraisal.id, before=before, after=_snap(appraisal),
                 summary=f"{appraisal.final_score} → {result.score}: {reason.strip()[:80]}")
    return _detail(session, actor, appraisal)


def finalise_cycle(session: Session, *, actor: Actor, cycle_id: int) -> None:
    """Lock the cycle: every appraisal must have a final score."""
    require(actor, APPRAISAL_SCORE, "finalise an appraisal cycle")
    cycle = _get_cycle(session, cycle_id)
    if cycle.state in LOCKED_STATES:
        raise AppraisalLocked(period=f"{cycle.year}-{cycle.month:02d}")
    incomplete = session.execute(
        select(Employee.name).join(Appraisal, Appraisal.employee_id == Employee.id)
        .where(Appraisal.cycle_id == cycle.id, Appraisal.final_score.is_(None))
        .order_by(Employee.employee_no)).scalars().all()
    if incomplete:
        shown = "、".join(incomplete[:5]) + (" …" if len(incomplete) > 5 else "")
        raise ValidationError("{count} appraisal(s) have no final score yet: {names}.", field="state",
                              code="cycle_incomplete", count=len(incomplete), names=shown)
    before = cycle.state
    cycle.state, cycle.finalised_by, cycle.finalised_at = "finalised", actor.username, clock.now()
    for appraisal in cycle.appraisals:
        appraisal.state = "finalised"
    session.flush()
    audit.record(session, actor, "lock", "appraisal_cycle", cycle.id, before={"state": before},
                 after={"state": "finalised"}, summary=audit.note("cycle_finalised", period=f"{cycle.year}-{cycle.month:02d}"))


def record_interview(session: Session, *, actor: Actor, appraisal_id: int, notes: str,
                     improvement_plan: str = "") -> None:
    """After finalising: the performance interview's notes and plan; the appraisal becomes 'interviewed'."""
    appraisal = _get(session, appraisal_id)
    _require_review(session, actor, appraisal)
    if appraisal.state != "finalised":
        if appraisal.state == "interviewed":
            raise AppraisalLocked(period=f"{appraisal.cycle.year}-{appraisal.cycle.month:02d}")
        raise ValidationError("Finalise the cycle before recording the interview.", field="state",
                              code="interview_too_early")
    before = _snap(appraisal)
    appraisal.interview_notes, appraisal.improvement_plan = notes.strip(), improvement_plan.strip()
    appraisal.state = "interviewed"
    cycle = appraisal.cycle
    if all(a.state == "interviewed" for a in cycle.appraisals):
        cycle.state = "interviewed"
    session.flush()
    audit.record(session, actor, "update", "appraisal", appraisal.id, before=before, after=_snap(appraisal),
                 summary=audit.note("interview"))


def reopen_cycle(session: Session, *, actor: Actor, cycle_id: int, reason: str) -> None:
    """Owner only: unlock a finalised cycle (back to calibration), with the reason kept in its history."""
    require(actor, APPRAISAL_ADMIN, "reopen a finalised appraisal cycle")
    if not reason.strip():
        raise ValidationError("Give a reason for reopening.", field="reason", code="reopen_reason")
    cycle = _get_cycle(session, cycle_id)
    if cycle.state not in LOCKED_STATES:
        raise ValidationError("The cycle of {period} is not finalised.", field="state", code="cycle_not_locked",
                              period=f"{cycle.year}-{cycle.month:02d}")
    history = json.loads(cycle.reopen_history or "[]")
    history.append({"at": clock.now().isoformat(timespec="seconds"), "by": actor.username, "reason": reason.strip(),
                    "from": cycle.state})
    before = cycle.state
    cycle.state, cycle.reopen_history = "calibration", json.dumps(history, ensure_ascii=False)
    cycle.finalised_by = cycle.finalised_at = None
    for appraisal in cycle.appraisals:
        appraisal.state = "calibration"
    session.flush()
    audit.record(session, actor, "reopen", "appraisal_cycle", cycle.id, before={"state": before},
                 after={"state": "calibration", "reason": reason.strip()},
                 summary=audit.note("cycle_reopened", period=f"{cycle.year}-{cycle.month:02d}", reason=reason.strip()[:80]))


def own_appraisals(session: Session, *, actor: Actor) -> list[AppraisalRow]:
    """The actor's own appraisals, newest month first."""
    if actor.employee_id is None:
        return []
    query = (select(Appraisal, Employee.employee_no, Employee.name).join(Employee, Employee.id == Appraisal.employee_id)
             .join(AppraisalCycle, AppraisalCycle.id == Appraisal.cycle_id)
             .where(Appraisal.employee_id == actor.employee_id)
             .order_by(AppraisalCycle.year.desc(), AppraisalCycle.month.desc()))
    return [_row(a, no, name) for a, no, name in session.execute(query)]


assert set(OPEN_STATES + LOCKED_STATES) <= set(CYCLE_STATES)
