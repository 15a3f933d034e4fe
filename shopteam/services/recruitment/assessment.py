"""The probation review's assessment (转正评估): the supervisor scores the person on the shop's probation scheme
and recommends confirm (转正), extend (延长试用) or end (不予录用); then whoever may review probations decides
(``probation.review``), which may differ from the recommendation — both are kept.

The total and grade come from the monthly appraisal's rules (``domain.grading.appraise`` on the scheme as
``schemes.domain_scheme`` builds it), with the supervisor's rating alone counting (α = 0). The assessment keeps a
copy of the indicators it was scored on, so editing the scheme later never changes it. One assessment is open
(undecided) per person at a time: recommending again replaces its scores and recommendation (audited).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.people import ProbationAssessment, ProbationReview
from shopteam.domain import clock, grading, scoring
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.appraisal.schemes import (
    DEFAULT_THRESHOLDS,
    IndicatorInput,
    domain_scheme,
    ensure_probation_scheme,
    get_scheme,
    probation_preset,
    probation_scheme_id,
)
from shopteam.services.context import Actor
from shopteam.services.permissions import PROBATION_REVIEW, require
from shopteam.services.recruitment.probation import OUTCOMES, person_in_scope


@dataclass(frozen=True)
class ScoredIndicator:
    group: str
    name: str
    weight: float
    score: Decimal | None  # the supervisor's rating, 0–100


@dataclass(frozen=True)
class AssessmentView:
    id: int
    employee_id: int
    scheme_name: str
    indicators: tuple[ScoredIndicator, ...]
    total: Decimal | None
    grade: str
    recommendation: str  # confirm / extend / end
    comment: str
    supervisor: str
    recommended_by: str
    recommended_at: datetime
    decision: str = ""  # the outcome decided ('' while it waits for the decision)
    decided_by: str = ""
    decided_on: date | None = None

    @property
    def state(self) -> str:
        """recommended (waiting for the decision) or decided."""
        return "decided" if self.decision else "recommended"


@dataclass(frozen=True)
class ReviewForm:
    """What the review dialog shows: the scheme's indicators, the supervisor the assessment would name, and the
    open assessment (None when there is none yet)."""

    employee_id: int
    scheme_id: int | None  # None: the shop has no probation scheme yet; the default one is used (and created)
    scheme_name: str
    indicators: tuple[IndicatorInput, ...]
    thresholds: dict
    supervisor: str
    current: AssessmentView | None


def _invalid(field: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field, code=code, **params)


# ---------------------------------------------------------------- scoring

def _rating(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise _invalid("scores", "score_number", "Enter a score from 0 to 100.") from None


def score(indicators, scores: Mapping[str, object], thresholds: dict | None = None) -> grading.FinalResult:
    """The weighted total and grade of ``scores`` (indicator name -> the supervisor's 0–100 rating), by the
    monthly appraisal's rules: weights 40/30/30 rated 90, 80, 70 -> 81.00, 良好. Missing ratings leave the
    result incomplete (``score`` None, ``missing`` names them); a rating out of range is refused."""
    scheme = domain_scheme(list(indicators), self_weight=0, thresholds=thresholds or DEFAULT_THRESHOLDS,
                           points_cap=0)
    inputs = {i.name: scoring.IndicatorInput(supervisor_rating=_rating(scores.get(i.name))) for i in indicators}
    return grading.appraise(scheme, inputs)


# ---------------------------------------------------------------- reading

def _view(item: ProbationAssessment, review: ProbationReview | None) -> AssessmentView:
    rows = json.loads(item.indicators or "[]")
    return AssessmentView(
        item.id, item.employee_id, item.scheme_name,
        tuple(ScoredIndicator(r["group"], r["name"], r["weight"], None if r.get("score") is None
                              else Decimal(str(r["score"]))) for r in rows),
        item.total, item.grade, item.recommendation, item.comment, item.supervisor, item.recommended_by,
        item.recommended_at, review.outcome if review else "", review.decided_by if review else "",
        review.effective_date if review else None)


def latest_assessments(session: Session, employee_ids) -> dict[int, AssessmentView]:
    """Each person's latest assessment (open or decided), by employee id; one query."""
    ids = list(employee_ids)
    if not ids:
        return {}
    rows = session.execute(select(ProbationAssessment, ProbationReview)
                           .outerjoin(ProbationReview, ProbationReview.id == ProbationAssessment.review_id)
                           .where(ProbationAssessment.employee_id.in_(ids))
                           .order_by(ProbationAssessment.id))
    return {item.employee_id: _view(item, review) for item, review in rows}


def open_assessment(session: Session, employee_id: int) -> ProbationAssessment | None:
    return session.scalar(select(ProbationAssessment).where(ProbationAssessment.employee_id == employee_id,
                                                            ProbationAssessment.review_id.is_(None))
                          .order_by(ProbationAssessment.id.desc()).limit(1))


def _supervisor(session: Session, actor: Actor, emp: Employee) -> tuple[int | None, str]:
    """The actor's own staff record, else the head of the person's department (the owner records it for them),
    else the actor's user name."""
    if actor.employee_id:
        me = session.get(Employee, actor.employee_id)
        if me is not None:
            return me.id, me.name
    if emp.department_id:
        head = session.scalar(select(Employee).join(Department, Department.head_id == Employee.id)
                              .where(Department.id == emp.department_id))
        if head is not None and head.id != emp.id:
            return head.id, head.name
    return None, actor.username


def review_form(session: Session, *, actor: Actor, employee_id: int) -> ReviewForm:
    require(actor, PROBATION_REVIEW, "review probations")
    emp = person_in_scope(session, actor, employee_id)
    scheme_id = probation_scheme_id(session)
    if scheme_id is None:
        preset = probation_preset()
        name, indicators, thresholds = preset.name, tuple(preset.indicators), dict(preset.thresholds)
    else:
        view = get_scheme(session, actor=actor, scheme_id=scheme_id)
        name, indicators, thresholds = view.name, view.indicators, dict(view.thresholds)
    current = open_assessment(session, emp.id)
    return ReviewForm(emp.id, scheme_id, name, indicators, thresholds, _supervisor(session, actor, emp)[1],
                      None if current is None else _view(current, None))


# ---------------------------------------------------------------- recommending

def recommend(session: Session, *, actor: Actor, employee_id: int, scores: Mapping[str, object],
              recommendation: str, comment: str = "") -> int:
    """The supervisor's assessment: a 0–100 rating for every indicator of the probation scheme, and their
    recommendation (confirm / extend / end) with a comment (required unless confirming). Replaces the
    person's open assessment if there is one. Audited; returns the assessment's id."""
    require(actor, PROBATION_REVIEW, "review probations")
    emp = person_in_scope(session, actor, employee_id)
    if actor.employee_id == emp.id:
        raise PermissionDenied(action="assess your own probation")
    if emp.status != "probation":
        raise _invalid("status", "not_on_probation", "{name} is not on probation.", name=emp.name)
    if recommendation not in OUTCOMES:
        raise _invalid("recommendation", "outcome", "Unknown outcome {outcome}.", outcome=recommendation)
    comment = (comment or "").strip()
    if recommendation != "confirm" and not comment:
        raise _invalid("comment", "required", "Enter the reason.")
    scheme = get_scheme(session, actor=actor, scheme_id=ensure_probation_scheme(session, actor=actor))
    known = {i.name for i in scheme.indicators}
    unknown = sorted(set(scores) - known)
    if unknown:
        raise _invalid("scores", "unknown_indicator", "{name} is not an indicator of {scheme}.", name=unknown[0],
                       scheme=scheme.name)
    result = score(scheme.indicators, scores, scheme.thresholds)
    if result.score is None:
        raise _invalid("scores", "scores_missing", "Score every indicator: {names}.", names="、".join(result.missing))
    supervisor_id, supervisor = _supervisor(session, actor, emp)
    rows = [{"group": i.group, "name": i.name, "weight": i.weight, "method": i.method, "params": i.params,
             "score": str(_rating(scores.get(i.name)))} for i in scheme.indicators]
    item = open_assessment(session, emp.id)
    before = None
    if item is None:
        item = ProbationAssessment(employee_id=emp.id)
        session.add(item)
    else:
        before = {"scores": {r["name"]: r.get("score") for r in json.loads(item.indicators or "[]")},
                  "total": str(item.total), "grade": item.grade, "recommendation": item.recommendation,
                  "comment": item.comment, "supervisor": item.supervisor}
    item.scheme_id, item.scheme_name = scheme.id, scheme.name
    item.indicators = json.dumps(rows, ensure_ascii=False)
    item.total, item.grade = result.score, result.grade.value
    item.recommendation, item.comment = recommendation, comment
    item.supervisor_id, item.supervisor = supervisor_id, supervisor
    item.recommended_by, item.recommended_at = actor.username, clock.now()
    session.flush()
    audit.record(session, actor, "recommend", "probation", emp.id, before=before,
                 after={"scores": {r["name"]: r["score"] for r in rows}, "total": str(result.score),
                        "grade": result.grade.value, "recommendation": recommendation, "comment": comment,
                        "supervisor": supervisor, "scheme": scheme.name},
                 summary=audit.note(f"probation_recommend_{recommendation}", employee_no=emp.employee_no,
                                    name=emp.name, supervisor=supervisor, score=str(result.score)))
    return item.id
