"""Explanations of computed figures: a code plus the values the sentence needs.

Every score and every money line the appraisal and payout rules produce carries one or more
:class:`Explanation` objects. :func:`render` gives the sentence in English or Chinese (``domain.explain_zh``);
the window, the workbooks, the payslips and the command line all show that one text.
:meth:`Explanation.text` is the English sentence. Params are display-ready: money is a ``Decimal`` rounded to
the fen, scores are rounded to 2 decimals, rates are percentages (``Decimal('1.5')`` for 1.5 %).

All the codes are listed in :data:`TEMPLATES`, so the translation catalogue can be checked against it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


def _n(value: Any) -> str:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def plain(value: Decimal) -> Decimal:
    """Drop trailing zeros without going to exponent form: 30.0 -> 30, 1.50 -> 1.5, 100 -> 100."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def percent(rate: Decimal) -> Decimal:
    """A rate as a display percentage: 0.015 -> 1.5, 0.3 -> 30."""
    return plain(rate * 100)


def _s(count: Any) -> str:
    return "" if count == 1 else "s"


def _late(p: Mapping[str, Any]) -> str:
    c = p["charged"]
    return f"{_n(c)} late arrival{_s(c)} after {_n(p['free'])} free ones × {_n(p['per'])} = {_n(p['amount'])}"


Template = str | Callable[[Mapping[str, Any]], str]

TEMPLATES: dict[str, Template] = {
    # --- appraisal: indicator scores -------------------------------------------------------------
    "rating_scale": "Rating {rating} on the 1–5 scale = {score} points",
    "blend": "{alpha_percent}% × self {self} + {supervisor_percent}% × supervisor {supervisor} = {score}",
    "blend_self_not_counted": "Supervisor {supervisor} (self-score {self} recorded, weight 0) = {score}",
    "blend_supervisor_only": "Supervisor {supervisor} (no self-score) = {score}",
    "missing_supervisor": "Waiting for the supervisor's score",
    "missing_self": "Waiting for the self-assessment",
    "missing_actual": "Waiting for the actual figure",
    "ratio_higher": "Actual {actual} / target {target} × 100 = {ratio}, capped at {cap} → {score}",
    "ratio_lower": "Target {target} / actual {actual} × 100 = {ratio}, capped at {cap} → {score}",
    "ratio_lower_zero": "Actual 0 (better than any target) scores the cap {cap}",
    "tier_higher": "{value} reaches the tier from {threshold} → {score}",
    "tier_lower": "{value} is within the tier up to {threshold} → {score}",
    "tier_none": "{value} reaches no tier → 0",
    "tasks": "{on_time} of {due} tasks done on time × 100 = {score}",
    "tasks_none_due": "No tasks were due in the period: not applicable, left out of the weights",
    "attendance_score": (
        "100 − {late} late × {per_late} − {absence} absence days × {per_absence} − "
        "{missing} missing punches × {per_missing} = {score}"
    ),
    # --- appraisal: final score ------------------------------------------------------------------
    "weighted": "Σ weight × score / Σ weight = {sum} / {weights} = {score}",
    "not_applicable_excluded": "{count} indicator(s) not applicable, weight {weight} left out",
    "points": "Reward/penalty points {points}",
    "points_capped": "Reward/penalty points {points}, capped at {cap} → {applied}",
    "floor_zero": "A final score below 0 counts as 0",
    "final": "Final score {score} → grade {grade}",
    "incomplete": "Not complete: {missing}",
    "calibration": "Calibrated from {old} to {new} by {by}: {reason}",
    "aggregate_average": "Average of {count} months: {sum} / {count} = {score}",
    "aggregate_weighted": "Σ score × months / Σ months = {sum} / {months} = {score}",
    # --- payout ----------------------------------------------------------------------------------
    "base_salary": "Base salary {amount}",
    "base_salary_prorated": "Base salary {base} × {days} / {month_days} workdays employed = {amount}",
    "overtime": "{hours} h × {base} / {days} / {hours_per_day} × {multiplier} ({kind}) = {amount}",
    "bonus_grade": "Bonus base {bonus_base} × {coefficient} (grade {grade}) = {amount}",
    "bonus_score": "Bonus base {bonus_base} × score {score} / 100 = {amount}",
    "bonus_no_appraisal": "No finalised appraisal for the period: no performance bonus",
    "commission_slice": "{lower}–{upper} at {rate}% = {amount}",
    "commission_progressive": "Sales {sales}, each slice at its own rate = {amount}",
    "commission_whole": "Sales {sales} reach the tier from {threshold}: {sales} × {rate}% = {amount}",
    "commission_none": "Sales {sales} reach no commission tier",
    "late_deduction": _late,
    "missing_punch_deduction": "{count} missing punch(es) × {per} = {amount}",
    "correction_deduction": "{count} missing-punch correction(s), {free} free: {charged} × {per} = {amount}",
    "absence_deduction": "{days} absence day(s) × {base} / {days_per_month} = {amount}",
    "unpaid_leave_deduction": "{hours} h unpaid leave × {base} / {days_per_month} / {hours_per_day} = {amount}",
    "full_attendance": "Full attendance = {amount}",
    "full_attendance_forfeited": (
        "No full-attendance bonus: {late} late, {early} early leave, {missing} missing punches, "
        "{absence} absence days, {unpaid_leave_hours} h unpaid leave"
    ),
    "full_attendance_partial_month": (
        "No full-attendance bonus: employed {days} of {month_days} workdays (joined or left during the month)"
    ),
    "ledger_bonus": "{day} {reason}: {amount}",
    "ledger_fine": "{day} {reason}: {amount}",
    # --- withholding (domain.withholding) ---------------------------------------------------------
    "withhold_pension": "Pension insurance {base} × {rate}% = {amount}",
    "withhold_medical": "Medical insurance {base} × {rate}% = {amount}",
    "withhold_unemployment": "Unemployment insurance {base} × {rate}% = {amount}",
    "withhold_housing_fund": "Housing fund {base} × {rate}% = {amount}",
    "withhold_income_tax": "Income to date {income} − {basic} ({months} × 5,000) − insurance and fund {specials} − special additional deductions {extras} = taxable {taxable}; × {rate}% − {quick} = {due}; less {withheld} already withheld = {amount}",
    # --- pools -----------------------------------------------------------------------------------
    "pool_share": "{pool} × {weight} / {total_weight} = {exact} → {amount}",
    "year_end_weight": "Weight = {base} × {coefficient} (grade {grade}) × {months} / 12 = {weight}",
    "team_weight": "Weight = final score {score}",
    "year_end_pool": "Year-end bonus {year} (pool of {pool})",
    "team_pool_shop": "Team bonus pool of {period}, whole shop (pool of {pool})",
    "team_pool_department": "Team bonus pool of {period}, {department} (pool of {pool})",
    # --- recruitment -----------------------------------------------------------------------------
    "time_to_hire": "{days} days from application to hire over {hired} hire(s) / {hired} = {average} days",
    "time_to_hire_none": "Nobody hired yet",
}


@dataclass(frozen=True, slots=True)
class Explanation:
    """One sentence explaining a figure: ``code`` names the sentence, ``params`` fill it in."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def text(self) -> str:
        template = TEMPLATES[self.code]
        if callable(template):
            return template(self.params)
        return template.format(**{k: _n(v) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.text()


#: Params whose values are words to translate (workday, good …).
WORD_PARAMS = frozenset({"kind", "grade"})


def language_key(lang: str | None) -> str:
    """'zh' for any Chinese locale name (zh, zh_CN), else 'en'."""
    return "zh" if (lang or "").startswith("zh") else "en"


def render(explanation: Explanation, lang: str | None = "en") -> str:
    """The sentence in ``lang`` ('zh', 'zh_CN' or 'en'); an unknown code shows as itself."""
    from shopteam.domain.explain_zh import ZH_TEMPLATES, ZH_WORDS

    if explanation.code not in TEMPLATES:
        return explanation.code
    if language_key(lang) == "en" or explanation.code not in ZH_TEMPLATES:
        return explanation.text()
    params = {k: (ZH_WORDS.get(v, v) if k in WORD_PARAMS and isinstance(v, str) else _n(v))
              for k, v in explanation.params.items()}
    try:
        return ZH_TEMPLATES[explanation.code].format(**params)
    except (KeyError, IndexError, ValueError):
        return explanation.text()


def template_of(code: str, lang: str | None = "en") -> str:
    """The sentence of ``code`` with its placeholders (the English of a plural-aware one is written out)."""
    from shopteam.domain.explain_zh import ZH_TEMPLATES

    if language_key(lang) == "zh":
        return ZH_TEMPLATES.get(code, code)
    template = TEMPLATES[code]
    return _LATE if callable(template) else template


_LATE = "{charged} late arrival(s) after {free} free ones × {per} = {amount}"


def to_data(explanations: Iterable[Explanation]) -> list[dict[str, Any]]:
    """JSON-ready form: [{code, params}] with Decimals as {"$d": "1.50"} (read back by :func:`from_data`)."""
    return [{"code": e.code, "params": {k: ({"$d": str(v)} if isinstance(v, Decimal) else v)
                                          for k, v in e.params.items()}} for e in explanations]


def from_data(items: Iterable[Mapping[str, Any]]) -> tuple[Explanation, ...]:
    return tuple(Explanation(item["code"], {k: (Decimal(v["$d"]) if isinstance(v, dict) and "$d" in v else v)
                                            for k, v in item.get("params", {}).items()}) for item in items)


def explain(code: str, **params: Any) -> Explanation:
    if code not in TEMPLATES:
        raise KeyError(f"no template for explanation code {code!r}")
    return Explanation(code, params)
