"""Computing appraisals: gather each indicator's figures from its data source (KPI import, boards, attendance,
the training record, the reward/penalty ledger), score them with ``domain.scoring``/``domain.grading``, and store the results.

Each score row keeps the figures it was scored from (``explanation`` JSON ``{"in": {...}, "lines": [...]}``)
so one appraisal can be rescored when the supervisor changes a score without gathering the sources again;
``compute_cycle`` refreshes the figures of every open appraisal in the actor's scope.

Missing self-scores: while the appraisal waits for its supervisor, a rated indicator without a
self-score is incomplete; once the supervisor has submitted (state calibration), the supervisor's
score stands alone for it (``MissingSelf.SUPERVISOR_ONLY``), so one missing self-assessment cannot
block a cycle from being finalised.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle, AppraisalScheme, KpiActual
from shopteam.domain import grading, scoring
from shopteam.services import audit
from shopteam.services.appraisal.cycles import (
    LOCKED_STATES,
    _get,
    _get_cycle,
    _period,
    _require_view,
    list_appraisals,
    may_review,
)
from shopteam.services.appraisal.schemes import (
    DEFAULT_FORCED,
)
from shopteam.services.appraisal.scores import dump_figures, recompute, result_of, set_if_changed
from shopteam.services.context import Actor, system_owner
from shopteam.services.payout.ledger import points_by_employee
from shopteam.services.permissions import APPRAISAL_SCORE, require, visible_employee_ids
from shopteam.services.progress import NullProgress, Progress


def result_lines(session: Session, *, actor: Actor, appraisal_id: int,
                 overrides: dict[int, dict] | None = None) -> grading.FinalResult:
    """The appraisal's result with its explanation, optionally with unsaved input (the live score of a form)."""
    appraisal = _get(session, appraisal_id)
    _require_view(session, actor, appraisal)
    return result_of(session, appraisal, overrides)


# ------------------------------------------------------------------------------------------ gathering


@dataclass(frozen=True)
class ComputeRow:
    appraisal_id: int
    employee_no: str
    name: str
    scheme: str
    final_score: Decimal | None
    grade: str
    state: str
    missing: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"employee_no": self.employee_no, "name": self.name, "scheme": self.scheme,
                "final_score": None if self.final_score is None else float(self.final_score),
                "grade": self.grade, "state": self.state}


def _kpis(session: Session, year: int, month: int) -> dict[tuple[int, str], tuple[float, str]]:
    rows = session.execute(select(KpiActual.employee_id, KpiActual.indicator, KpiActual.value, KpiActual.source_file)
                           .where(KpiActual.year == year, KpiActual.month == month))
    return {(emp, name.strip().casefold()): (value, source) for emp, name, value, source in rows}


def _attendance(session: Session, year: int, month: int) -> dict[int, dict]:
    from shopteam.services.attendance.month import month_summary

    return {r.employee_id: {"late": r.late_count, "absence": r.absence_days, "missing": r.missing_punch_count}
            for r in month_summary(session, actor=system_owner(), year=year, month=month)}


TRAINING_SCORE_KEYS = ("score", "test_score", "average_score", "成绩", "平均分")


def training_actual(key: str, hours, average_score) -> float | None:
    """The figure a ``training`` indicator scores: the hours attended in the cycle's month, or — with the key
    ``score`` (test_score, average_score, 成绩, 平均分) — the average test score of the month (None without a
    test: the indicator waits for its figure)."""
    if (key or "").strip().casefold() in TRAINING_SCORE_KEYS:
        return None if average_score is None else float(average_score)
    return float(hours)


def refresh_sources(session: Session, cycle: AppraisalCycle, appraisals: list[Appraisal],
                    progress: Progress | None = None) -> None:
    """Fill each open appraisal's figures from KPI actuals, boards, attendance, training and the ledger."""
    from shopteam.services.boards.flow import on_time_shares
    from shopteam.services.training.records import PeriodFigures, period_figures

    progress = progress or NullProgress()
    first, last = _period(cycle.year, cycle.month)
    methods = {s.source for a in appraisals for s in a.scores}
    kpis = _kpis(session, cycle.year, cycle.month) if "kpi" in methods else {}
    attendance = _attendance(session, cycle.year, cycle.month) if "attendance" in methods else {}
    training = period_figures(session, first, last) if "training" in methods else {}
    no_training = PeriodFigures(0, Decimal("0.00"), None)
    points = points_by_employee(session, first, last)
    task_people = [a.employee_id for a in appraisals if any(s.method == "tasks" for s in a.scores)]
    shares = on_time_shares(session, employee_ids=task_people, start=first, end=last)  # one query
    for i, appraisal in enumerate(appraisals):
        if i % 50 == 0:
            progress.report(i, len(appraisals), "gathering")
        set_if_changed(appraisal, "points", points.get(appraisal.employee_id, Decimal(0)))
        for s in appraisal.scores:
            if s.source == "kpi":
                found = kpis.get((appraisal.employee_id, (s.key or "").casefold())) or kpis.get(
                    (appraisal.employee_id, s.name.strip().casefold()))
                if found is not None:
                    set_if_changed(s, "actual", found[0])
                    s.explanation = dump_figures({"file": found[1]}, ())
            elif s.source == "training":
                t = training.get(appraisal.employee_id, no_training)
                set_if_changed(s, "actual", training_actual(s.key, t.hours, t.average_score))
                s.explanation = dump_figures({"sessions": t.sessions, "hours": str(t.hours),
                                              "average_score": None if t.average_score is None
                                              else str(t.average_score)}, ())
            elif s.method == "tasks":
                on_time, due, share = shares[appraisal.employee_id]
                set_if_changed(s, "actual", None if share is None else round(share * 100, 2))
                s.explanation = dump_figures({"on_time": on_time, "due": due}, ())
            elif s.method == "attendance":
                figures = attendance.get(appraisal.employee_id, {"late": 0, "absence": 0, "missing": 0})
                set_if_changed(s, "actual", None)
                s.explanation = dump_figures(figures, ())


def _same_columns(objects, names: tuple[str, ...]) -> None:
    """Changed rows are written with the same columns, so the flush sends each table's updates as one
    executemany: it batches consecutive rows only while they change the same columns, and a cycle's rows
    change different ones (a KPI line its actual, a rated one only its score), which made ~1,600 small
    statements for 500 people. Unchanged rows stay unwritten."""
    for obj in objects:
        attrs = sa_inspect(obj).attrs
        if any(attrs[name].history.has_changes() for name in names):
            for name in names:
                flag_modified(obj, name)


def compute_cycle(session: Session, *, actor: Actor, cycle_id: int, progress: Progress | None = None,
                  refresh: bool = True) -> list[ComputeRow]:
    """Gather the figures and score every open appraisal of the cycle the actor may see (finalised ones are
    returned as they are). The actor must be the owner or a manager; staff see their own result."""
    progress = progress or NullProgress()
    cycle = _get_cycle(session, cycle_id)
    query = (select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id)
             .where(Appraisal.cycle_id == cycle.id).order_by(Employee.employee_no)
             .options(selectinload(Appraisal.scores), selectinload(Appraisal.employee)))
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Appraisal.employee_id.in_(scope))
    appraisals = list(session.scalars(query))
    editable = [a for a in appraisals if a.state not in LOCKED_STATES and cycle.state not in LOCKED_STATES
                and may_review(session, actor, a.employee_id)]
    editable_ids = {a.id for a in editable}
    if refresh and editable:
        refresh_sources(session, cycle, editable, progress)
    rows = []
    for i, appraisal in enumerate(appraisals):
        if i % 50 == 0:
            progress.check()
            progress.report(i, len(appraisals), "scoring")
        if appraisal.id in editable_ids:
            result = recompute(session, appraisal)
            missing = result.missing
        else:
            missing = ()
        rows.append(ComputeRow(appraisal.id, appraisal.employee.employee_no, appraisal.employee.name,
                               appraisal.scheme_name,
                               grading.counted_score(appraisal.final_score, appraisal.calibrated_score),
                               grading.counted_grade(appraisal.grade, appraisal.calibrated_grade), appraisal.state,
                               missing))
    _same_columns(editable, ("points", "base_score", "final_score", "grade", "calibrated_score", "calibrated_grade"))
    _same_columns([s for a in editable for s in a.scores], ("actual", "computed_score", "explanation"))
    session.flush()
    if editable:
        audit.record(session, actor, "compute", "appraisal_cycle", cycle.id,
                     after={"computed": len(editable)},
                     summary=audit.note("appraisals_computed", period=f"{cycle.year}-{cycle.month:02d}", count=len(editable)))
    return rows


# ------------------------------------------------------------------------------------------ calibration


@dataclass(frozen=True)
class CalibrationRow:
    rank: int
    appraisal_id: int
    employee_no: str
    name: str
    department: str
    final_score: Decimal | None
    grade: str
    calibrated_score: Decimal | None
    calibrated_grade: str
    reason: str
    over_limit: bool

    @property
    def score(self) -> Decimal | None:
        return grading.counted_score(self.final_score, self.calibrated_score)

    @property
    def effective_grade(self) -> str:
        return grading.counted_grade(self.grade, self.calibrated_grade)


@dataclass(frozen=True)
class CalibrationView:
    rows: tuple[CalibrationRow, ...]
    counts: dict[str, int]  # grade -> people
    limits: dict[str, float | None]  # grade -> max % (None: no limit)
    allowed: dict[str, int]  # grade -> people allowed by its limit
    excess: tuple[grading.DistributionExcess, ...]


def calibration_view(session: Session, *, actor: Actor, cycle_id: int) -> CalibrationView:
    """Everyone the actor may see ranked by the score that counts, the grade distribution and the forced
    limits (of the scheme most of them are appraised with). The owner and managers only."""
    require(actor, APPRAISAL_SCORE, "calibrate an appraisal cycle")
    rows = list_appraisals(session, actor=actor, cycle_id=cycle_id)
    scored = [r for r in rows if r.score is not None]
    ranked = grading.rank([grading.Ranked(r.employee_no, r.score, scoring.Grade(r.effective_grade)) for r in scored])
    schemes = Counter(session.scalar(select(Appraisal.scheme_id).where(Appraisal.id == r.id)) for r in rows)
    scheme = session.get(AppraisalScheme, schemes.most_common(1)[0][0]) if schemes and schemes.most_common(1)[0][0] else None
    limits = {**DEFAULT_FORCED, **(json.loads(scheme.forced_limits or "{}") if scheme else {})}
    applied = {scoring.Grade(g): Decimal(str(v)) for g, v in limits.items() if v is not None}
    excess = grading.check_distribution(ranked, applied)
    over = {no for e in excess for no in e.over}
    by_no = {r.employee_no: r for r in scored}
    out = [CalibrationRow(i + 1, by_no[p.employee_no].id, p.employee_no, by_no[p.employee_no].name,
                          by_no[p.employee_no].department, by_no[p.employee_no].final_score,
                          by_no[p.employee_no].grade, by_no[p.employee_no].calibrated_score,
                          by_no[p.employee_no].calibrated_grade, by_no[p.employee_no].calibration_reason,
                          p.employee_no in over) for i, p in enumerate(ranked)]
    out += [CalibrationRow(len(out) + i + 1, r.id, r.employee_no, r.name, r.department, None, "", None, "", "", False)
            for i, r in enumerate(r for r in rows if r.score is None)]
    counts = {g.value: sum(1 for p in ranked if p.grade is g) for g in scoring.Grade}
    allowed = {g.value: int(len(ranked) * Decimal(str(limits[g.value])) / 100)
               for g in scoring.Grade if limits.get(g.value) is not None}
    return CalibrationView(tuple(out), counts, limits, allowed, tuple(excess))


# ------------------------------------------------------------------------------------------ periods


@dataclass(frozen=True)
class PeriodResult:
    employee_id: int
    employee_no: str
    name: str
    monthly: dict[str, Decimal | None]  # 'YYYY-MM' -> final (calibrated if adjusted)
    score: Decimal | None
    grade: str
    explanation: str


def _months_of(year: int, quarter: int | None) -> list[tuple[int, int]]:
    months = range(quarter * 3 - 2, quarter * 3 + 1) if quarter else range(1, 13)
    return [(year, m) for m in months]


def period_results(session: Session, *, actor: Actor, year: int, quarter: int | None = None) -> list[PeriodResult]:
    """Quarter (1–4) or year results: the average of the finalised monthly scores of the period."""
    if quarter is not None and not 1 <= quarter <= 4:
        from shopteam.domain.errors import ValidationError

        raise ValidationError("Unknown quarter {quarter}.", field="quarter", code="quarter", quarter=quarter)
    months = _months_of(year, quarter)
    query = (select(Appraisal.employee_id, Employee.employee_no, Employee.name, AppraisalCycle.year,
                    AppraisalCycle.month, Appraisal.final_score, Appraisal.calibrated_score)
             .join(AppraisalCycle, AppraisalCycle.id == Appraisal.cycle_id)
             .join(Employee, Employee.id == Appraisal.employee_id)
             .where(AppraisalCycle.year == year, AppraisalCycle.month.in_([m for _, m in months]),
                    AppraisalCycle.state.in_(LOCKED_STATES))
             .order_by(Employee.employee_no))
    scope = visible_employee_ids(session, actor)
    people: dict[int, tuple[str, str, dict]] = {}
    for emp, no, name, y, m, final, calibrated in session.execute(query):
        if scope is not None and emp not in scope:
            continue
        people.setdefault(emp, (no, name, {}))[2][f"{y}-{m:02d}"] = grading.counted_score(final, calibrated)
    result = []
    for emp, (no, name, monthly) in people.items():
        agg = grading.aggregate([grading.PeriodScore(p, s) for p, s in sorted(monthly.items())])
        result.append(PeriodResult(emp, no, name, monthly, agg.score, agg.grade.value if agg.grade else "",
                                   "; ".join(e.text() for e in agg.explanations)))
    return result


def score_trend(session: Session, *, actor: Actor, employee_id: int, year: int, month: int,
                months: int = 12) -> list[tuple[str, Decimal | None]]:
    """The person's monthly score (calibrated if adjusted) for the ``months`` months ending with year-month."""
    scope = visible_employee_ids(session, actor)
    if scope is not None and employee_id not in scope:
        from shopteam.domain.errors import PermissionDenied

        raise PermissionDenied(action="open someone else's appraisal")
    periods = []
    y, m = year, month
    for _ in range(months):
        periods.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    periods.reverse()
    rows = session.execute(
        select(AppraisalCycle.year, AppraisalCycle.month, Appraisal.final_score, Appraisal.calibrated_score)
        .join(AppraisalCycle, AppraisalCycle.id == Appraisal.cycle_id)
        .where(Appraisal.employee_id == employee_id))
    found = {(y, m): grading.counted_score(f, c) for y, m, f, c in rows}
    return [(f"{y}-{m:02d}", found.get((y, m))) for y, m in periods]


def grade_distribution(session: Session, *, actor: Actor, cycle_id: int) -> dict[str, int]:
    """People per grade (the grade that counts) in the cycle, among those the actor may see."""
    counts = {g.value: 0 for g in scoring.Grade}
    for r in list_appraisals(session, actor=actor, cycle_id=cycle_id):
        if r.effective_grade:
            counts[r.effective_grade] += 1
    return counts
