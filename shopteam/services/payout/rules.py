"""Pay rules (PRODUCT §3.6): the shop's settings, overridable per role and per person.

The shop's rules are one JSON object in the ``setting`` table (key ``payout.rules``), holding only what
differs from :data:`DEFAULTS`; an override (``pay_rule_override``) changes one key for a role or a
person. For a person the value is: their own override, else their primary role's, else the shop's.
Values are JSON: money and rates as strings (``"20.00"``, ``"1.5"``), counts as integers, flags as
booleans, commission tiers as ``[[threshold, rate], …]`` with the rate a fraction (``"0.015"``).

Besides the rules of :class:`~shopteam.domain.incentives.PayRules` the service keeps:
``bonus_base`` (the performance bonus base), ``pay_unapproved_overtime`` (pay all recorded overtime,
not only approved applications), ``unpaid_leave_kinds`` (leave deducted at the hourly rate) and
``sales_indicators`` (the KPI indicator names that are a person's sales), and for closing the month
``deduction_cap_share`` (lines whose deductions exceed this share of the month's pay are flagged; 0.20
after the cap on wage deductions of the 工资支付暂行规定) and ``minimum_wage`` (lines below it are
flagged; 0.00 is off — set the local 最低工资标准), and ``correction_deduction`` (money per approved
missing-punch correction beyond the month's free allowance; 0.00, the default, deducts nothing).

Withholding (PRODUCT §3.14) is off by default: ``withholding`` true gives every payout line the employee's
social insurance and housing fund at the rates ``pension_rate`` (8 %), ``medical_rate`` (2 %),
``unemployment_rate`` (0.5 %) and ``housing_fund_rate`` (7 %) — fractions of the person's contribution
bases — and income tax by the cumulative method (``domain.withholding``). The rates are checked against
:data:`RATE_RANGES` (the housing fund is 5–12 %, or 0 where the shop pays none).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shopteam.db.models import Setting
from shopteam.db.models.payout import OVERRIDE_SCOPES, PayRuleOverride
from shopteam.db.versions import check_version
from shopteam.domain.commission import CommissionMode, CommissionTier, check_commission_tiers
from shopteam.domain.errors import ValidationError
from shopteam.domain.incentives import BonusMode, OvertimeKind, PayRules
from shopteam.domain.scoring import Grade
from shopteam.domain.withholding import ContributionRates
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import PAY_RULES_EDIT, require

SETTING_KEY = "payout.rules"

DEFAULTS: dict[str, Any] = {
    "days_per_month": "21.75",
    "hours_per_day": "8",
    "overtime_workday": "1.5",
    "overtime_restday": "2.0",
    "overtime_holiday": "3.0",
    "pay_unapproved_overtime": False,
    "bonus_mode": "grade",
    "bonus_base": "1000.00",
    "grade_excellent": "1.5",
    "grade_good": "1.2",
    "grade_pass": "1.0",
    "grade_fail": "0",
    "commission_mode": "progressive",
    "commission_tiers": [["0", "0.01"], ["50000", "0.015"], ["100000", "0.02"]],
    "late_free_count": 2,
    "late_deduction": "20.00",
    "missing_punch_deduction": "20.00",
    "correction_deduction": "0.00",
    "full_attendance_bonus": "200.00",
    "full_attendance_ignores_free_lates": False,
    "full_attendance_partial_month": False,
    "deduction_cap_share": "0.20",
    "minimum_wage": "0.00",
    "unpaid_leave_kinds": ["personal"],
    "sales_indicators": ["销售额", "sales"],
    "withholding": False,
    "pension_rate": "0.08",
    "medical_rate": "0.02",
    "unemployment_rate": "0.005",
    "housing_fund_rate": "0.07",
}
BOOLEAN_KEYS = {"pay_unapproved_overtime", "full_attendance_ignores_free_lates", "full_attendance_partial_month",
                "withholding"}
#: The employee's contribution rates a shop may set, as fractions (low, high), both inclusive; the housing
#: fund also accepts 0 (no fund).
RATE_RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "pension_rate": (Decimal("0"), Decimal("0.2")),
    "medical_rate": (Decimal("0"), Decimal("0.1")),
    "unemployment_rate": (Decimal("0"), Decimal("0.05")),
    "housing_fund_rate": (Decimal("0.05"), Decimal("0.12")),
}
INTEGER_KEYS = {"late_free_count"}
LIST_KEYS = {"commission_tiers", "unpaid_leave_kinds", "sales_indicators"}
CHOICES = {"bonus_mode": tuple(m.value for m in BonusMode), "commission_mode": tuple(m.value for m in CommissionMode)}


def _decimal(key: str, value: Any) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError("{value} is not a number.", field=key, code="number", value=value) from None
    if not number.is_finite() or number < 0:
        raise ValidationError("{value} is not a number.", field=key, code="number", value=value)
    return number


def normalise(key: str, value: Any) -> Any:
    """The stored (JSON) form of one rule value; raises ValidationError for a bad one."""
    if key not in DEFAULTS:
        raise ValidationError("Unknown pay rule {key}.", field="key", code="pay_rule_key", key=key)
    if key in BOOLEAN_KEYS:
        return bool(value)
    if key in INTEGER_KEYS:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError("{value} is not a number.", field=key, code="number", value=value) from None
        if number < 0:
            raise ValidationError("{value} is not a number.", field=key, code="number", value=value)
        return number
    if key in CHOICES:
        if value not in CHOICES[key]:
            raise ValidationError("Unknown choice {value}.", field=key, code="pay_rule_choice", value=value)
        return value
    if key == "commission_tiers":
        problems = tier_problems(value)
        if problems:
            raise problems[0][2]
        return [[str(Decimal(str(t).strip())), str(Decimal(str(r).strip()))] for t, r in value]
    if key in LIST_KEYS:
        return [str(v).strip() for v in value if str(v).strip()]
    number = _decimal(key, value)
    if key == "deduction_cap_share" and number > 1:
        raise ValidationError("{value} is not a share between 0 and 1.", field=key, code="share", value=value)
    if key in RATE_RANGES:
        low, high = RATE_RANGES[key]
        if key == "housing_fund_rate" and not (number == 0 or low <= number <= high):
            raise ValidationError("Enter 0 (no housing fund) or a rate from {low} % to {high} %.", field=key,
                                  code="housing_fund_rate_range", low=_percent(low), high=_percent(high))
        if not low <= number <= high and key != "housing_fund_rate":
            raise ValidationError("Enter a rate from {low} % to {high} %.", field=key, code="rate_range",
                                  low=_percent(low), high=_percent(high))
    if key in ("days_per_month", "hours_per_day") and number == 0:
        raise ValidationError("{value} is not a number.", field=key, code="number", value=value)
    return str(number)


def _percent(rate: Decimal) -> str:
    text = f"{rate * 100:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def contribution_rates(values: dict[str, Any]) -> ContributionRates:
    """The employee's contribution rates of rule values."""
    d = Decimal
    return ContributionRates(pension=d(str(values["pension_rate"])), medical=d(str(values["medical_rate"])),
                             unemployment=d(str(values["unemployment_rate"])),
                             housing_fund=d(str(values["housing_fund_rate"])))


def tier_problems(tiers: Any) -> list[tuple[int, int, ValidationError]]:
    """Every bad cell of commission tiers ``[[threshold, rate], …]`` (rate a fraction) as (row, column, error),
    rows and columns counted from 0 (column 0 the threshold, 1 the rate): a cell that is empty or not a
    number, a negative one, a threshold not above the row before (``domain.commission``'s rule)."""
    problems: list[tuple[int, int, ValidationError]] = []
    previous: CommissionTier | None = None
    for row, (threshold, rate) in enumerate(tiers):
        numbers = []
        for column, value in enumerate((threshold, rate)):
            try:
                number = Decimal(str(value).strip())
            except InvalidOperation:
                number = None
            if str(value).strip() == "":
                problems.append((row, column, ValidationError("Enter a number.", field="commission_tiers",
                                                              code="number_missing")))
            elif number is None or not number.is_finite():
                problems.append((row, column, ValidationError("{value} is not a number.", field="commission_tiers",
                                                              code="number", value=value)))
            numbers.append(number if number is not None and number.is_finite() else None)
        if None in numbers:
            continue
        tier = CommissionTier(*numbers)
        try:
            check_commission_tiers([tier] if previous is None else [previous, tier])
        except ValidationError as err:
            negative = err.code == "commission_tier_negative"
            column = 1 if negative and tier.threshold >= 0 else 0
            problems.append((row, column, ValidationError(err.template, field="commission_tiers", code=err.code,
                                                          **err.params)))
            if negative:
                continue
        previous = tier
    return problems


def shop_rules(session: Session) -> dict[str, Any]:
    """The shop's rules: the defaults with the stored changes applied."""
    stored = session.get(Setting, SETTING_KEY)
    values = dict(DEFAULTS)
    if stored is not None:
        try:
            values.update({k: v for k, v in json.loads(stored.value).items() if k in DEFAULTS})
        except ValueError:
            pass
    return values


def shop_rules_version(session: Session) -> int:
    """The version of the stored shop rules (db.versions), 0 while the defaults apply: set_shop_rules'
    expected_version."""
    stored = session.get(Setting, SETTING_KEY)
    return 0 if stored is None else stored.version


def set_shop_rules(session: Session, *, actor: Actor, changes: dict[str, Any],
                   expected_version: int | None = None) -> dict[str, Any]:
    """Owner only: change some of the shop's rules (audited); returns the rules now in force.
    ``expected_version``: :func:`shop_rules_version` as the screen read it; rules someone else saved since
    are refused with ChangedElsewhere, not written over."""
    require(actor, PAY_RULES_EDIT, "change the pay rules")
    stored_row = session.get(Setting, SETTING_KEY)
    if stored_row is not None:
        check_version(session, stored_row, expected_version)
    before = shop_rules(session)
    after = dict(before)
    after.update({k: normalise(k, v) for k, v in changes.items()})
    pay_rules(after)  # every value must make valid rules
    stored = {k: v for k, v in after.items() if v != DEFAULTS[k]}
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=json.dumps(stored, ensure_ascii=False)))
    else:
        row.value = json.dumps(stored, ensure_ascii=False)
    session.flush()
    changed = {k for k in after if after[k] != before[k]}
    audit.record(session, actor, "update", "pay_rules", None, before={k: before[k] for k in changed},
                 after={k: after[k] for k in changed}, summary=audit.note("pay_rules"))
    return after


def override_versions(session: Session) -> dict[tuple[str, int, str], int]:
    """(scope, target id, key) -> the override's version (db.versions): set/delete_override's expected_version."""
    return {(r.scope, r.target_id, r.key): r.version for r in session.scalars(select(PayRuleOverride))}


def set_override(session: Session, *, actor: Actor, scope: str, target_id: int, key: str, value: Any,
                 expected_version: int | None = None) -> None:
    """Owner only: one rule for a role or a person (replacing an earlier override of the same key).
    ``expected_version``: that override's version as the screen showed it, 0 when it showed none; one
    someone else saved since is refused with ChangedElsewhere, not replaced."""
    require(actor, PAY_RULES_EDIT, "change the pay rules")
    if scope not in OVERRIDE_SCOPES:
        raise ValidationError("Unknown scope {scope}.", field="scope", code="pay_rule_scope", scope=scope)
    stored = normalise(key, value)
    pay_rules({**DEFAULTS, key: stored})
    row = session.scalar(select(PayRuleOverride).where(
        PayRuleOverride.scope == scope, PayRuleOverride.target_id == target_id, PayRuleOverride.key == key))
    if row is not None:
        check_version(session, row, expected_version)
    before = None if row is None else json.loads(row.value)
    if row is None:
        row = PayRuleOverride(scope=scope, target_id=target_id, key=key, value="")
        session.add(row)
    row.value = json.dumps(stored, ensure_ascii=False)
    session.flush()
    audit.record(session, actor, "update", "pay_rule_override", row.id, before={key: before},
                 after={key: stored}, summary=f"{scope} {target_id}: {key}")


def delete_override(session: Session, *, actor: Actor, scope: str, target_id: int, key: str,
                    expected_version: int | None = None) -> None:
    """``expected_version``: the override as the screen showed it (one changed elsewhere is not removed unseen)."""
    require(actor, PAY_RULES_EDIT, "change the pay rules")
    row = session.scalar(select(PayRuleOverride).where(
        PayRuleOverride.scope == scope, PayRuleOverride.target_id == target_id, PayRuleOverride.key == key))
    if row is None:
        return
    check_version(session, row, expected_version)
    audit.record(session, actor, "delete", "pay_rule_override", row.id, before={key: json.loads(row.value)},
                 summary=f"{scope} {target_id}: {key}")
    session.execute(delete(PayRuleOverride).where(PayRuleOverride.id == row.id))


def overrides(session: Session) -> dict[tuple[str, int], dict[str, Any]]:
    """(scope, target id) -> {key: value} of every override."""
    result: dict[tuple[str, int], dict[str, Any]] = {}
    for row in session.scalars(select(PayRuleOverride)):
        result.setdefault((row.scope, row.target_id), {})[row.key] = json.loads(row.value)
    return result


def effective_rules(shop: dict[str, Any], role: dict[str, Any] | None = None,
                    person: dict[str, Any] | None = None) -> dict[str, Any]:
    """The person's rules: the shop's, then their role's overrides, then their own."""
    return {**shop, **(role or {}), **(person or {})}


def pay_rules(values: dict[str, Any]) -> PayRules:
    """The domain's :class:`PayRules` from rule values."""
    d = Decimal
    tiers = tuple(CommissionTier(d(str(t)), d(str(r))) for t, r in values["commission_tiers"])
    return PayRules(
        days_per_month=d(str(values["days_per_month"])),
        hours_per_day=d(str(values["hours_per_day"])),
        overtime_multipliers={OvertimeKind.WORKDAY: d(str(values["overtime_workday"])),
                              OvertimeKind.RESTDAY: d(str(values["overtime_restday"])),
                              OvertimeKind.HOLIDAY: d(str(values["overtime_holiday"]))},
        bonus_mode=BonusMode(values["bonus_mode"]),
        grade_coefficients={Grade.EXCELLENT: d(str(values["grade_excellent"])),
                            Grade.GOOD: d(str(values["grade_good"])),
                            Grade.PASS: d(str(values["grade_pass"])),
                            Grade.FAIL: d(str(values["grade_fail"]))},
        commission_tiers=tiers,
        commission_mode=CommissionMode(values["commission_mode"]),
        late_free_count=int(values["late_free_count"]),
        late_deduction=d(str(values["late_deduction"])),
        missing_punch_deduction=d(str(values["missing_punch_deduction"])),
        correction_deduction=d(str(values["correction_deduction"])),
        full_attendance_bonus=d(str(values["full_attendance_bonus"])),
        full_attendance_ignores_free_lates=bool(values["full_attendance_ignores_free_lates"]),
        full_attendance_partial_month=bool(values["full_attendance_partial_month"]),
    )
