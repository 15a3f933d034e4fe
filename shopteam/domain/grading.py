"""From indicator scores to the final score and grade; calibration, forced distribution, aggregation.

The rules and the decisions taken where the product text is silent are in ``scoring``'s docstring.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import Explanation, explain, plain
from shopteam.domain.pools import employee_no_key
from shopteam.domain.scoring import (
    DEFAULT_THRESHOLDS,
    ZERO,
    Grade,
    GradeThresholds,
    IndicatorInput,
    IndicatorScore,
    Scheme,
    Status,
    round_score,
    score_indicator,
)


@dataclass(frozen=True, slots=True)
class FinalResult:
    score: Decimal | None  # rounded half-up to 2 decimals; None when not complete
    grade: Grade | None
    weighted: Decimal | None  # Σ weight × score / Σ weight, full precision
    points: Decimal  # the capped points that were added
    indicators: tuple[IndicatorScore, ...]
    explanations: tuple[Explanation, ...]
    missing: tuple[str, ...] = ()  # keys of incomplete indicators
    thresholds: GradeThresholds = DEFAULT_THRESHOLDS

    @property
    def complete(self) -> bool:
        return self.score is not None


def counted_score(final: Decimal | None, calibrated: Decimal | None) -> Decimal | None:
    """The score that counts: the calibrated one when the manager adjusted it (even to 0), else the final."""
    return calibrated if calibrated is not None else final


def counted_grade(grade: str, calibrated_grade: str) -> str:
    """The grade that counts: the calibrated one when there is one, else the computed grade."""
    return calibrated_grade or grade


def cap_points(points: Decimal, cap: Decimal) -> Decimal:
    """The ledger points of the period limited to ``[-cap, +cap]``."""
    return max(-cap, min(cap, Decimal(points)))


def final_score(
    scores: Sequence[IndicatorScore],
    *,
    points: Decimal = ZERO,
    points_cap: Decimal = Decimal(10),
    thresholds: GradeThresholds = DEFAULT_THRESHOLDS,
) -> FinalResult:
    """``Σ weight × score / Σ weight`` over the applicable indicators, plus capped points, rounded."""
    scores = tuple(scores)
    missing = tuple(s.key for s in scores if s.status is Status.INCOMPLETE)
    applied = cap_points(points, points_cap)
    if missing:
        return FinalResult(
            None,
            None,
            None,
            applied,
            scores,
            (explain("incomplete", missing=", ".join(missing)),),
            missing,
            thresholds,
        )
    counted = [s for s in scores if s.status is Status.SCORED]
    skipped = [s for s in scores if s.status is Status.NOT_APPLICABLE]
    lines: list[Explanation] = []
    if skipped:
        lines.append(
            explain(
                "not_applicable_excluded",
                count=len(skipped),
                weight=plain(sum((s.weight for s in skipped), ZERO)),
            )
        )
    if not counted:
        lines.append(explain("incomplete", missing="no applicable indicator"))
        return FinalResult(None, None, None, applied, scores, tuple(lines), (), thresholds)
    weights = sum((s.weight for s in counted), ZERO)
    total = sum((s.weight * s.score for s in counted), ZERO)
    weighted = total / weights
    lines.append(
        explain("weighted", sum=round_score(total), weights=plain(weights), score=round_score(weighted))
    )
    if points:
        if applied != points:
            lines.append(
                explain("points_capped", points=plain(points), cap=plain(points_cap), applied=plain(applied))
            )
        else:
            lines.append(explain("points", points=plain(points)))
    raw = weighted + applied
    if raw < 0:
        lines.append(explain("floor_zero"))
        raw = ZERO
    score = round_score(raw)
    grade = thresholds.grade(score)
    lines.append(explain("final", score=score, grade=grade.value))
    return FinalResult(score, grade, weighted, applied, scores, tuple(lines), (), thresholds)


def appraise(scheme: Scheme, inputs: Mapping[str, IndicatorInput], *, points: Decimal = ZERO) -> FinalResult:
    """Score every indicator of ``scheme`` from ``inputs`` (by indicator key) and combine them.

    An indicator without an input is scored from an empty :class:`IndicatorInput` (so a rating
    without scores is incomplete, a KPI without an actual is incomplete).
    """
    empty = IndicatorInput()
    scores = [
        score_indicator(ind, inputs.get(ind.key, empty), alpha=scheme.alpha, missing_self=scheme.missing_self)
        for ind in scheme.indicators
    ]
    return final_score(scores, points=points, points_cap=scheme.points_cap, thresholds=scheme.thresholds)


@dataclass(frozen=True, slots=True)
class WeightedLines:
    """The weighted scores a sheet shows (score × weight / 100 per indicator, half-up to 2 decimals) and how
    they make the indicators' total: ``weighted_sum ÷ weight × 100 = total`` over the indicators with a
    figure. An indicator without a figure in a total that exists is *not applicable* (left out of the
    weights, PRODUCT §3.5); without a total (not complete) a line without a figure is merely waiting."""

    weighted: tuple[Decimal | None, ...]
    not_applicable: tuple[bool, ...]
    weight: Decimal  # Σ weight of the indicators with a figure
    weighted_sum: Decimal  # Σ of their weighted scores as shown
    total: Decimal | None  # the indicators' total, rounded (None when not complete)

    @property
    def rescaled(self) -> bool:
        """True when some weight has no figure, so the total is rescaled over ``weight``, not 100."""
        return any(self.not_applicable)


def weighted_lines(lines: Iterable[tuple[Decimal | float, Decimal | None]], total: Decimal | None) -> WeightedLines:
    """``lines``: (weight, indicator score shown or None) in sheet order; ``total``: the indicators' total.

    Weights 40 (score 90), 30 (87.9), 30 (no figure), total 89.10 -> weighted 36.00, 26.37, None;
    not applicable False, False, True; rescaled over 70: 62.37 ÷ 70 × 100 = 89.10."""
    weighted: list[Decimal | None] = []
    not_applicable: list[bool] = []
    weight = weighted_sum = ZERO
    for line_weight, score in lines:
        w = Decimal(str(line_weight))
        if score is None:
            weighted.append(None)
            not_applicable.append(total is not None)
            continue
        part = round_score(Decimal(score) * w / 100)
        weighted.append(part)
        not_applicable.append(False)
        weight += w
        weighted_sum += part
    return WeightedLines(tuple(weighted), tuple(not_applicable), plain(weight), weighted_sum,
                         None if total is None else round_score(total))


def calibrate(result: FinalResult, *, score: Decimal, reason: str, by: str = "") -> FinalResult:
    """A new result with the score set by the manager (rounded half-up), re-graded, reason recorded."""
    if not reason or not reason.strip():
        raise ValidationError(
            "An adjustment needs a reason.", field="reason", code="calibration_reason_missing"
        )
    if not result.complete:
        raise ValidationError(
            "An incomplete appraisal cannot be calibrated.", field="score", code="calibration_incomplete"
        )
    if score < 0:
        raise ValidationError(
            "A score cannot be below 0 ({score}).", field="score", code="score_negative", score=score
        )
    new = round_score(score)
    grade = result.thresholds.grade(new)
    line = explain("calibration", old=result.score, new=new, by=by or "—", reason=reason.strip())
    return replace(
        result,
        score=new,
        grade=grade,
        explanations=(*result.explanations, line, explain("final", score=new, grade=grade.value)),
    )


# --- forced distribution --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ranked:
    employee_no: str
    score: Decimal
    grade: Grade


@dataclass(frozen=True, slots=True)
class DistributionExcess:
    grade: Grade
    limit_percent: Decimal
    allowed: int
    count: int
    over: tuple[str, ...]  # employee nos beyond the limit, highest-ranked of them first


def rank(people: Sequence[Ranked]) -> list[Ranked]:
    """Highest score first; equal scores by employee no. (natural order)."""
    return sorted(people, key=lambda p: (-p.score, employee_no_key(p.employee_no)))


def check_distribution(people: Sequence[Ranked], limits: Mapping[Grade, Decimal]) -> list[DistributionExcess]:
    """The grades whose head count exceeds ``floor(n × limit / 100)``, with who is over, by rank."""
    ranked = rank(people)
    n = len(ranked)
    excesses = []
    for grade in Grade:
        if grade not in limits:
            continue
        limit = Decimal(limits[grade])
        allowed = int(n * limit / 100)  # floor: 20 % of 7 people allows 1
        in_grade = [p.employee_no for p in ranked if p.grade is grade]
        if len(in_grade) > allowed:
            excesses.append(
                DistributionExcess(grade, limit, allowed, len(in_grade), tuple(in_grade[allowed:]))
            )
    return excesses


# --- quarter and year -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodScore:
    period: str  # 'YYYY-MM'
    score: Decimal | None  # the month's final (rounded); None = no final, left out
    months: Decimal = Decimal(1)  # months (or fraction) the score covers, for the weighted mode


@dataclass(frozen=True, slots=True)
class AggregateResult:
    score: Decimal | None
    grade: Grade | None
    explanations: tuple[Explanation, ...]


def aggregate(
    monthly: Sequence[PeriodScore],
    *,
    weighted: bool = False,
    thresholds: GradeThresholds = DEFAULT_THRESHOLDS,
) -> AggregateResult:
    """Quarter or year from the monthly finals: plain average, or weighted by months in role."""
    counted = [m for m in monthly if m.score is not None and (not weighted or m.months > 0)]
    if not counted:
        return AggregateResult(None, None, (explain("incomplete", missing="no monthly final"),))
    if weighted:
        months = sum((Decimal(m.months) for m in counted), ZERO)
        total = sum((m.score * Decimal(m.months) for m in counted), ZERO)
        score = round_score(total / months)
        line = explain("aggregate_weighted", sum=round_score(total), months=plain(months), score=score)
    else:
        total = sum((m.score for m in counted), ZERO)
        score = round_score(total / len(counted))
        line = explain("aggregate_average", sum=total, count=len(counted), score=score)
    grade = thresholds.grade(score)
    return AggregateResult(score, grade, (line, explain("final", score=score, grade=grade.value)))
