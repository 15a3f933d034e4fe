"""Performance appraisal rules (PRODUCT §3.5): indicator scores, the final score and the grade.

Pure: no database, no Qt. Scores are ``Decimal``; intermediate scores keep full precision and only
the final score is rounded, half-up to 2 decimals (explanations show 2-decimal display values).

Decisions where the product text is silent:

- Ratings: the 0–100 scale takes any value in [0, 100]; the 1–5 scale takes [1, 5] and maps ×20
  (1 → 20 … 5 → 100; 3.5 → 70). Out of range is refused.
- Target ratios: the target must be > 0. Higher is better: ``min(cap, actual / target × 100)``, a
  negative actual scores 0. Lower is better: ``min(cap, target / actual × 100)``, actual 0 scores the
  cap, a negative actual is refused. ``cap`` defaults to 100 and may not be below 100.
- Tiered table, inclusive from the threshold. Direction *higher*: the score of the highest
  threshold ≤ value (thresholds 0/60/80 → 60, 80, 100: 80 scores 100, 79.99 scores 80); below the
  lowest threshold scores 0. Direction *lower*: thresholds are ceilings, the score of the lowest
  threshold ≥ value (response time ≤ 30 s → 100, ≤ 60 s → 80: 30 scores 100, 30.5 scores 80); above
  the highest scores 0. Thresholds must be strictly ascending.
- From tasks: no task due in the period → the indicator is *not applicable*: it is left out of the
  weights (the others are renormalised by Σ weight), rather than scoring a free 100.
- From attendance: ``max(0, 100 − late × p − absence days × q − missing punches × r)``; defaults
  p = 2, q = 10, r = 2 (settings, per indicator).
- α blend (rated indicators): a missing supervisor score → the indicator is *incomplete* (never 0,
  never divided away). α = 0 → the supervisor score alone; a self-score is recorded and shown but
  does not count. A missing self-score with α > 0 → *incomplete* by default (the scheme's
  ``missing_self`` policy may say ``supervisor_only`` instead, for a cycle closed without it).
- Final score: any incomplete indicator → no final score (``score is None``, ``missing`` names them);
  all indicators not applicable → no final score either. Points from the ledger are summed and capped
  to ±``points_cap``; a result below 0 counts as 0; there is no ceiling above 100 (over-achievement
  caps and bonus points may lift it). The grade comes from the *rounded* score (89.995 → 90.00 → 优秀).
- Forced distribution: at most ``floor(n × limit %)`` people in a limited grade; people are ranked
  by score (high first), ties by employee no. (natural order); the lowest-ranked ones beyond the
  allowed count are reported.
- Aggregation over months uses the rounded monthly finals (the figures people signed) and rounds
  the quarter/year result half-up to 2 decimals once; months without a final are left out.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import Explanation, explain, percent, plain

HUNDRED = Decimal(100)
ZERO = Decimal(0)
SCORE_QUANTUM = Decimal("0.01")
DEFAULT_ALPHA = Decimal("0.3")


def round_score(value: Decimal) -> Decimal:
    """Half-up to 2 decimals: 89.995 -> 90.00."""
    return Decimal(value).quantize(SCORE_QUANTUM, rounding=ROUND_HALF_UP)


class Method(enum.StrEnum):
    RATING = "rating"  # 人工评分 (self + supervisor)
    HIGHER_IS_BETTER = "higher_is_better"  # 目标比率，越高越好
    LOWER_IS_BETTER = "lower_is_better"  # 目标比率，越低越好
    TIERED = "tiered"  # 分档
    TASKS = "tasks"  # 任务按时完成率
    ATTENDANCE = "attendance"  # 考勤


class Group(enum.StrEnum):
    RESULTS = "results"  # 工作业绩
    ABILITY = "ability"  # 工作能力
    ATTITUDE = "attitude"  # 工作态度


class RatingScale(enum.StrEnum):
    PERCENT = "percent"  # 0–100
    FIVE = "five"  # 1–5 → 20–100


class Direction(enum.StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Status(enum.StrEnum):
    SCORED = "scored"
    INCOMPLETE = "incomplete"
    NOT_APPLICABLE = "not_applicable"


class MissingSelf(enum.StrEnum):
    INCOMPLETE = "incomplete"
    SUPERVISOR_ONLY = "supervisor_only"


class Grade(enum.StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    PASS = "pass"
    FAIL = "fail"

    @property
    def label_zh(self) -> str:
        return {"excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格"}[self.value]


@dataclass(frozen=True, slots=True)
class GradeThresholds:
    excellent: Decimal = Decimal(90)
    good: Decimal = Decimal(80)
    passing: Decimal = Decimal(60)

    def grade(self, score: Decimal) -> Grade:
        if score >= self.excellent:
            return Grade.EXCELLENT
        if score >= self.good:
            return Grade.GOOD
        if score >= self.passing:
            return Grade.PASS
        return Grade.FAIL


DEFAULT_THRESHOLDS = GradeThresholds()


def grade_for(score: Decimal, thresholds: GradeThresholds = DEFAULT_THRESHOLDS) -> Grade:
    """The grade of a score as it will be shown: rounded half-up to 2 decimals first."""
    return thresholds.grade(round_score(score))


# --- scoring methods -----------------------------------------------------------------------------


def _invalid(template: str, field_name: str, code: str, **params) -> ValidationError:
    return ValidationError(template, field=field_name, code=code, **params)


def rating_to_score(value: Decimal, scale: RatingScale = RatingScale.PERCENT) -> Decimal:
    value = Decimal(value)
    if scale is RatingScale.FIVE:
        if not 1 <= value <= 5:
            raise _invalid(
                "A rating on the 1–5 scale must be from 1 to 5, not {value}.",
                "rating",
                "rating_range",
                value=value,
            )
        return value * 20
    if not 0 <= value <= 100:
        raise _invalid("A score must be from 0 to 100, not {value}.", "rating", "rating_range", value=value)
    return value


def _check_target(target: Decimal | None) -> Decimal:
    if target is None or target <= 0:
        raise _invalid(
            "The target must be greater than 0, not {target}.", "target", "target_not_positive", target=target
        )
    return Decimal(target)


def ratio_higher_score(actual: Decimal, target: Decimal, cap: Decimal = HUNDRED) -> Decimal:
    """``min(cap, actual / target × 100)``, at least 0."""
    target = _check_target(target)
    return max(ZERO, min(Decimal(cap), Decimal(actual) / target * HUNDRED))


def ratio_lower_score(actual: Decimal, target: Decimal, cap: Decimal = HUNDRED) -> Decimal:
    """``min(cap, target / actual × 100)``; actual 0 scores the cap."""
    target = _check_target(target)
    if actual < 0:
        raise _invalid(
            "The actual figure cannot be negative ({actual}).", "actual", "actual_negative", actual=actual
        )
    if actual == 0:
        return Decimal(cap)
    return min(Decimal(cap), target / Decimal(actual) * HUNDRED)


@dataclass(frozen=True, slots=True)
class Tier:
    threshold: Decimal
    score: Decimal


def check_tiers(tiers: Sequence[Tier]) -> None:
    if not tiers:
        raise _invalid("A tiered indicator needs at least one tier.", "tiers", "tiers_empty")
    for before, after in zip(tiers, tiers[1:], strict=False):
        if after.threshold <= before.threshold:
            raise _invalid("Tier thresholds must be in ascending order.", "tiers", "tiers_not_ascending")


def tiered_score(
    value: Decimal, tiers: Sequence[Tier], direction: Direction = Direction.HIGHER
) -> Tier | None:
    """The tier that ``value`` falls in (see the module text), or None (scores 0)."""
    check_tiers(tiers)
    if direction is Direction.HIGHER:
        reached = [t for t in tiers if value >= t.threshold]
        return reached[-1] if reached else None
    within = [t for t in tiers if value <= t.threshold]
    return within[0] if within else None


def tasks_score(on_time: int, due: int) -> Decimal | None:
    """Share of the tasks due that were done on time × 100; None (not applicable) when none were due."""
    if due < 0 or not 0 <= on_time <= due:
        raise _invalid(
            "{on_time} of {due} tasks on time is impossible.",
            "tasks",
            "tasks_count",
            on_time=on_time,
            due=due,
        )
    if due == 0:
        return None
    return Decimal(on_time) / Decimal(due) * HUNDRED


@dataclass(frozen=True, slots=True)
class AttendancePoints:
    per_late: Decimal = Decimal(2)
    per_absence_day: Decimal = Decimal(10)
    per_missing_punch: Decimal = Decimal(2)


def attendance_score(
    late: int, absence_days: Decimal, missing_punches: int, points: AttendancePoints = AttendancePoints()
) -> Decimal:
    deducted = late * points.per_late + Decimal(absence_days) * points.per_absence_day
    deducted += missing_punches * points.per_missing_punch
    return max(ZERO, HUNDRED - deducted)


def blend(
    self_score: Decimal | None,
    supervisor_score: Decimal | None,
    alpha: Decimal = DEFAULT_ALPHA,
    missing_self: MissingSelf = MissingSelf.INCOMPLETE,
) -> Decimal | None:
    """``α × self + (1 − α) × supervisor``; None when a part that counts is missing."""
    if supervisor_score is None:
        return None
    if alpha == 0:
        return Decimal(supervisor_score)
    if self_score is None:
        return Decimal(supervisor_score) if missing_self is MissingSelf.SUPERVISOR_ONLY else None
    return alpha * Decimal(self_score) + (1 - alpha) * Decimal(supervisor_score)


# --- indicators and schemes ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    weight: Decimal
    method: Method
    name: str = ""
    group: Group = Group.RESULTS
    target: Decimal | None = None
    cap: Decimal = HUNDRED
    tiers: tuple[Tier, ...] = ()
    direction: Direction = Direction.HIGHER
    scale: RatingScale = RatingScale.PERCENT
    attendance_points: AttendancePoints = AttendancePoints()


@dataclass(frozen=True, slots=True)
class IndicatorInput:
    """What the services gathered for one person and one indicator; unused fields stay default."""

    self_rating: Decimal | None = None
    supervisor_rating: Decimal | None = None
    actual: Decimal | None = None
    tasks_due: int = 0
    tasks_on_time: int = 0
    late_count: int = 0
    absence_days: Decimal = ZERO
    missing_punches: int = 0


@dataclass(frozen=True, slots=True)
class IndicatorScore:
    key: str
    weight: Decimal
    status: Status
    score: Decimal | None  # full precision; None unless scored
    self_score: Decimal | None = None  # ratings mapped to 0–100, for the sheet
    supervisor_score: Decimal | None = None
    explanations: tuple[Explanation, ...] = ()

    @property
    def display_score(self) -> Decimal | None:
        return None if self.score is None else round_score(self.score)


@dataclass(frozen=True, slots=True)
class Scheme:
    indicators: tuple[Indicator, ...]
    alpha: Decimal = DEFAULT_ALPHA
    thresholds: GradeThresholds = DEFAULT_THRESHOLDS
    points_cap: Decimal = Decimal(10)
    missing_self: MissingSelf = MissingSelf.INCOMPLETE


def check_weights(weights: Iterable[Decimal]) -> Decimal:
    """The weights of a scheme must each be > 0 and sum to exactly 100; returns the sum."""
    weights = [Decimal(w) for w in weights]
    if any(w <= 0 for w in weights):
        raise _invalid("Every indicator needs a weight above 0.", "weight", "weight_not_positive")
    total = sum(weights, ZERO)
    if total != HUNDRED:
        raise _invalid("The weights add up to {total}, not 100.", "weight", "weights_not_100", total=total)
    return total


def validate_scheme(scheme: Scheme) -> None:
    """Raise a ValidationError (with a code) for the first thing wrong with a scheme."""
    if not scheme.indicators:
        raise _invalid("A scheme needs at least one indicator.", "indicators", "scheme_empty")
    keys = [i.key for i in scheme.indicators]
    if len(set(keys)) != len(keys):
        raise _invalid("Two indicators have the same key.", "indicators", "indicator_duplicate")
    check_weights(i.weight for i in scheme.indicators)
    if not 0 <= scheme.alpha <= 1:
        raise _invalid(
            "The self-score weight must be from 0 to 1, not {alpha}.",
            "alpha",
            "alpha_range",
            alpha=scheme.alpha,
        )
    t = scheme.thresholds
    if not t.excellent > t.good > t.passing >= 0:
        raise _invalid("Grade thresholds must descend: 优秀 > 良好 > 合格.", "thresholds", "thresholds_order")
    if scheme.points_cap < 0:
        raise _invalid("The points cap cannot be negative.", "points_cap", "points_cap_negative")
    for ind in scheme.indicators:
        if ind.cap < HUNDRED:
            raise _invalid("A cap must be at least 100, not {cap}.", "cap", "cap_below_100", cap=ind.cap)
        if ind.method in (Method.HIGHER_IS_BETTER, Method.LOWER_IS_BETTER):
            _check_target(ind.target)
        if ind.method is Method.TIERED:
            check_tiers(ind.tiers)


def _d(value: Decimal) -> Decimal:
    return round_score(value)


def score_indicator(
    indicator: Indicator,
    data: IndicatorInput,
    *,
    alpha: Decimal = DEFAULT_ALPHA,
    missing_self: MissingSelf = MissingSelf.INCOMPLETE,
) -> IndicatorScore:
    """One indicator's score with its explanation (scored, incomplete or not applicable)."""
    ind = indicator

    def done(score: Decimal, *lines: Explanation, **extra) -> IndicatorScore:
        return IndicatorScore(ind.key, ind.weight, Status.SCORED, score, explanations=lines, **extra)

    def waiting(*lines: Explanation, **extra) -> IndicatorScore:
        return IndicatorScore(ind.key, ind.weight, Status.INCOMPLETE, None, explanations=lines, **extra)

    if ind.method is Method.RATING:
        lines: list[Explanation] = []
        parts = {}
        for who, raw in (("self", data.self_rating), ("supervisor", data.supervisor_rating)):
            parts[who] = None if raw is None else rating_to_score(raw, ind.scale)
            if raw is not None and ind.scale is RatingScale.FIVE:
                lines.append(explain("rating_scale", rating=plain(Decimal(raw)), score=plain(parts[who])))
        s, v = parts["self"], parts["supervisor"]
        extra = {"self_score": s, "supervisor_score": v}
        score = blend(s, v, alpha, missing_self)
        if score is None:
            return waiting(*lines, explain("missing_supervisor" if v is None else "missing_self"), **extra)
        if alpha == 0:
            line = explain(
                "blend_self_not_counted",
                self=_d(s) if s is not None else "—",
                supervisor=_d(v),
                score=_d(score),
            )
        elif s is None:
            line = explain("blend_supervisor_only", supervisor=_d(v), score=_d(score))
        else:
            line = explain(
                "blend",
                alpha_percent=percent(alpha),
                self=_d(s),
                supervisor_percent=percent(1 - alpha),
                supervisor=_d(v),
                score=_d(score),
            )
        return done(score, *lines, line, **extra)

    if ind.method is Method.TASKS:
        score = tasks_score(data.tasks_on_time, data.tasks_due)
        if score is None:
            return IndicatorScore(
                ind.key, ind.weight, Status.NOT_APPLICABLE, None, explanations=(explain("tasks_none_due"),)
            )
        return done(score, explain("tasks", on_time=data.tasks_on_time, due=data.tasks_due, score=_d(score)))

    if ind.method is Method.ATTENDANCE:
        p = ind.attendance_points
        score = attendance_score(data.late_count, data.absence_days, data.missing_punches, p)
        return done(
            score,
            explain(
                "attendance_score",
                late=data.late_count,
                per_late=plain(p.per_late),
                absence=plain(Decimal(data.absence_days)),
                per_absence=plain(p.per_absence_day),
                missing=data.missing_punches,
                per_missing=plain(p.per_missing_punch),
                score=_d(score),
            ),
        )

    if data.actual is None:
        return waiting(explain("missing_actual"))
    actual = Decimal(data.actual)
    if ind.method is Method.HIGHER_IS_BETTER:
        score = ratio_higher_score(actual, ind.target, ind.cap)
        ratio = _d(actual / ind.target * HUNDRED)
        return done(
            score,
            explain(
                "ratio_higher", actual=actual, target=ind.target, ratio=ratio, cap=ind.cap, score=_d(score)
            ),
        )
    if ind.method is Method.LOWER_IS_BETTER:
        score = ratio_lower_score(actual, ind.target, ind.cap)
        if actual == 0:
            return done(score, explain("ratio_lower_zero", cap=ind.cap))
        ratio = _d(ind.target / actual * HUNDRED)
        return done(
            score,
            explain(
                "ratio_lower", actual=actual, target=ind.target, ratio=ratio, cap=ind.cap, score=_d(score)
            ),
        )
    tier = tiered_score(actual, ind.tiers, ind.direction)
    if tier is None:
        return done(ZERO, explain("tier_none", value=actual))
    code = "tier_higher" if ind.direction is Direction.HIGHER else "tier_lower"
    return done(Decimal(tier.score), explain(code, value=actual, threshold=tier.threshold, score=tier.score))
