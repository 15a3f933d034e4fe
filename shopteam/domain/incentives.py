"""Incentive and payout rules (PRODUCT §3.6): one explained payout line per person.

Money is ``Decimal`` yuan. Every :class:`Line` is rounded half-up to the fen exactly once;
intermediate figures (hourly and daily rates, shares) are never rounded: 10 h workday overtime on a
base of 6000.00 is ``10 × 6000 / 21.75 / 8 × 1.5 = 517.24`` (not 517.20 from a rate rounded to 34.48).
A :class:`Component` (overtime pay, attendance deduction …) is the exact sum of its lines.

Decisions where the product text is silent:

- Joiners and leavers: the base salary line is base × workdays employed / workdays of the month (their
  own calendar); hourly and daily rates stay on the full monthly base.
- Overtime kinds are the attendance ones: ``workday`` (also a make-up working day, 调休上班),
  ``restday`` (weekend or substituted day off, 调休放假) and ``holiday`` (statutory holiday). One line
  per kind that has hours.
- Performance bonus: with no grade (no finalised appraisal) there is no bonus; in score mode the
  score is used as is (a score above 100 pays more than the base).
- Attendance: late arrivals beyond the first ``late_free_count`` are deducted at ``late_deduction``
  each; every missing punch at ``missing_punch_deduction``; every approved missing-punch correction (补卡)
  beyond the month's free allowance at ``correction_deduction`` (0 by default: no deduction); absence days at the daily rate; unpaid leave
  hours (事假, and any leave the service counts as unpaid) at the hourly rate. Paid leave (annual
  leave, 调休) is neither deducted nor counted against full attendance.
- Full-attendance bonus (全勤奖): only when there was no late arrival (the free ones included, unless
  ``full_attendance_ignores_free_lates``), no early leave, no missing punch, no absence and no unpaid
  leave.
- Ledger: each bonus and fine of the period is its own line (rewards / penalties); warnings,
  commendations and demotion notes carry no money.
- Bonus pools: an approved year-end or team pool paid in the month is one line per pool of the
  ``year_end_bonus`` / ``team_bonus`` component, the share as the pool split gave it (already whole
  fen), explained by the pool, the person's weight and the total weight (see :class:`PoolPayment`).
- Total = base + overtime + performance bonus + commission + full attendance + rewards + year-end
  bonus + team bonus − attendance deduction − penalties. It is not floored at 0.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

from shopteam.domain.calendar import DayKind
from shopteam.domain.commission import CommissionMode, CommissionTier, commission
from shopteam.domain.explain import Explanation, explain, plain
from shopteam.domain.ledger import LedgerEntry, LedgerKind
from shopteam.domain.money import ZERO, round_fen
from shopteam.domain.scoring import Grade


class OvertimeKind(enum.StrEnum):
    WORKDAY = "workday"  # 工作日加班 (also 调休上班日)
    RESTDAY = "restday"  # 休息日加班
    HOLIDAY = "holiday"  # 法定节假日加班


def overtime_kind(day_kind: DayKind) -> OvertimeKind:
    """The overtime rate a calendar day earns: a make-up working day is a normal workday."""
    if day_kind is DayKind.HOLIDAY:
        return OvertimeKind.HOLIDAY
    if day_kind is DayKind.REST_DAY:
        return OvertimeKind.RESTDAY
    return OvertimeKind.WORKDAY


class BonusMode(enum.StrEnum):
    GRADE = "grade"  # bonus base × grade coefficient
    SCORE = "score"  # bonus base × final score / 100


DEFAULT_GRADE_COEFFICIENTS = MappingProxyType(
    {
        Grade.EXCELLENT: Decimal("1.5"),
        Grade.GOOD: Decimal("1.2"),
        Grade.PASS: Decimal("1.0"),
        Grade.FAIL: Decimal(0),
    }
)
DEFAULT_OVERTIME_MULTIPLIERS = MappingProxyType(
    {
        OvertimeKind.WORKDAY: Decimal("1.5"),
        OvertimeKind.RESTDAY: Decimal("2.0"),
        OvertimeKind.HOLIDAY: Decimal("3.0"),
    }
)


@dataclass(frozen=True)
class PayRules:
    """The shop's pay rules (overridable per role or person by the service before calling)."""

    days_per_month: Decimal = Decimal("21.75")
    hours_per_day: Decimal = Decimal(8)
    overtime_multipliers: Mapping[OvertimeKind, Decimal] = field(
        default_factory=lambda: DEFAULT_OVERTIME_MULTIPLIERS, hash=False
    )
    bonus_mode: BonusMode = BonusMode.GRADE
    grade_coefficients: Mapping[Grade, Decimal] = field(
        default_factory=lambda: DEFAULT_GRADE_COEFFICIENTS, hash=False
    )
    commission_tiers: tuple[CommissionTier, ...] = ()
    commission_mode: CommissionMode = CommissionMode.PROGRESSIVE
    late_free_count: int = 2
    late_deduction: Decimal = Decimal("20.00")
    missing_punch_deduction: Decimal = Decimal("20.00")
    correction_deduction: Decimal = Decimal("0.00")  # per missing-punch correction beyond the free ones
    full_attendance_bonus: Decimal = Decimal("200.00")
    full_attendance_ignores_free_lates: bool = False
    full_attendance_partial_month: bool = False  # pay it to someone who joined or left during the month


DEFAULT_PAY_RULES = PayRules()


def hourly_rate(base: Decimal, rules: PayRules = DEFAULT_PAY_RULES) -> Decimal:
    """base / 21.75 / 8, never rounded."""
    return Decimal(base) / rules.days_per_month / rules.hours_per_day


def daily_rate(base: Decimal, rules: PayRules = DEFAULT_PAY_RULES) -> Decimal:
    """base / 21.75, never rounded."""
    return Decimal(base) / rules.days_per_month


@dataclass(frozen=True, slots=True)
class Line:
    """One rounded money figure with its explanation; ``amount`` ≥ 0, the component gives the sign."""

    code: str
    amount: Decimal
    explanation: Explanation
    details: tuple[Explanation, ...] = ()  # e.g. the commission slices, shown under the line


@dataclass(frozen=True, slots=True)
class Component:
    key: str
    amount: Decimal  # the sum of the lines (each already rounded)
    lines: tuple[Line, ...] = ()

    @property
    def explanations(self) -> tuple[Explanation, ...]:
        return tuple(e for line in self.lines for e in (*line.details, line.explanation))


def _component(key: str, lines: Iterable[Line]) -> Component:
    lines = tuple(lines)
    return Component(key, sum((line.amount for line in lines), ZERO), lines)


def _line(code: str, amount: Decimal, **params) -> Line:
    amount = round_fen(amount)
    return Line(code, amount, explain(code, amount=amount, **params))


# --- the rules, one by one -----------------------------------------------------------------------


def overtime_lines(
    base: Decimal, hours: Mapping[OvertimeKind | str, Decimal], rules: PayRules = DEFAULT_PAY_RULES
) -> list[Line]:
    lines = []
    for kind in OvertimeKind:
        h = Decimal(hours.get(kind, hours.get(kind.value, ZERO)))
        if not h:
            continue
        multiplier = rules.overtime_multipliers[kind]
        lines.append(
            _line(
                "overtime",
                h * hourly_rate(base, rules) * multiplier,
                hours=plain(h),
                base=round_fen(base),
                days=rules.days_per_month,
                hours_per_day=plain(rules.hours_per_day),
                multiplier=multiplier,
                kind=kind.value,
            )
        )
    return lines


def performance_bonus(
    bonus_base: Decimal, grade: Grade | None, score: Decimal | None, rules: PayRules = DEFAULT_PAY_RULES
) -> Line:
    if rules.bonus_mode is BonusMode.SCORE:
        if score is None:
            return Line("bonus_no_appraisal", round_fen(0), explain("bonus_no_appraisal"))
        return _line(
            "bonus_score",
            Decimal(bonus_base) * Decimal(score) / 100,
            bonus_base=round_fen(bonus_base),
            score=score,
        )
    if grade is None:
        return Line("bonus_no_appraisal", round_fen(0), explain("bonus_no_appraisal"))
    coefficient = rules.grade_coefficients[grade]
    return _line(
        "bonus_grade",
        Decimal(bonus_base) * coefficient,
        bonus_base=round_fen(bonus_base),
        coefficient=coefficient,
        grade=grade.value,
    )


def commission_line(sales: Decimal, rules: PayRules = DEFAULT_PAY_RULES) -> Component:
    result = commission(sales, rules.commission_tiers, rules.commission_mode)
    *slices, last = result.explanations
    return _component("commission", [Line(last.code, result.amount, last, tuple(slices))])


@dataclass(frozen=True, slots=True)
class AttendanceFigures:
    """The month's attendance figures of one person (from the attendance summary)."""

    late_count: int = 0
    early_leave_count: int = 0
    missing_punches: int = 0
    absence_days: Decimal = ZERO
    unpaid_leave_hours: Decimal = ZERO
    corrections: int = 0  # approved missing-punch corrections (补卡) of the month
    corrections_charged: int = 0  # of those, beyond the month's free allowance


def attendance_deduction_lines(
    base: Decimal, figures: AttendanceFigures, rules: PayRules = DEFAULT_PAY_RULES
) -> list[Line]:
    lines = []
    charged = max(0, figures.late_count - rules.late_free_count)
    if charged:
        lines.append(
            _line(
                "late_deduction",
                charged * rules.late_deduction,
                count=figures.late_count,
                free=rules.late_free_count,
                charged=charged,
                per=rules.late_deduction,
            )
        )
    if figures.missing_punches:
        lines.append(
            _line(
                "missing_punch_deduction",
                figures.missing_punches * rules.missing_punch_deduction,
                count=figures.missing_punches,
                per=rules.missing_punch_deduction,
            )
        )
    if figures.corrections_charged and rules.correction_deduction > 0:
        lines.append(
            _line(
                "correction_deduction",
                figures.corrections_charged * rules.correction_deduction,
                count=figures.corrections,
                free=figures.corrections - figures.corrections_charged,
                charged=figures.corrections_charged,
                per=rules.correction_deduction,
            )
        )
    if figures.absence_days:
        lines.append(
            _line(
                "absence_deduction",
                Decimal(figures.absence_days) * daily_rate(base, rules),
                days=plain(Decimal(figures.absence_days)),
                base=round_fen(base),
                days_per_month=rules.days_per_month,
            )
        )
    if figures.unpaid_leave_hours:
        lines.append(
            _line(
                "unpaid_leave_deduction",
                Decimal(figures.unpaid_leave_hours) * hourly_rate(base, rules),
                hours=plain(Decimal(figures.unpaid_leave_hours)),
                base=round_fen(base),
                days_per_month=rules.days_per_month,
                hours_per_day=plain(rules.hours_per_day),
            )
        )
    return lines


def full_attendance_line(figures: AttendanceFigures, rules: PayRules = DEFAULT_PAY_RULES,
                         base_days: tuple[int, int] | None = None) -> Line:
    """The full-attendance bonus; not for a partial month (joined or left in it) unless the rules say so."""
    if _partial(base_days) and not rules.full_attendance_partial_month:
        return Line("full_attendance_partial_month", round_fen(0),
                    explain("full_attendance_partial_month", days=base_days[0], month_days=base_days[1]))
    late = figures.late_count
    if rules.full_attendance_ignores_free_lates:
        late = max(0, late - rules.late_free_count)
    if (
        late
        or figures.early_leave_count
        or figures.missing_punches
        or figures.absence_days
        or figures.unpaid_leave_hours
    ):
        return Line(
            "full_attendance_forfeited",
            round_fen(0),
            explain(
                "full_attendance_forfeited",
                late=figures.late_count,
                early=figures.early_leave_count,
                missing=figures.missing_punches,
                absence=plain(Decimal(figures.absence_days)),
                unpaid_leave_hours=plain(Decimal(figures.unpaid_leave_hours)),
            ),
        )
    return _line("full_attendance", rules.full_attendance_bonus)


def ledger_lines(entries: Iterable[LedgerEntry]) -> tuple[list[Line], list[Line]]:
    """(rewards, penalties): one line per bonus and per fine, in the order given."""
    rewards, penalties = [], []
    for e in entries:
        if e.kind is LedgerKind.BONUS:
            rewards.append(_line("ledger_bonus", e.amount, day=e.day.isoformat(), reason=e.reason))
        elif e.kind is LedgerKind.FINE:
            penalties.append(_line("ledger_fine", e.amount, day=e.day.isoformat(), reason=e.reason))
    return rewards, penalties


# --- the payout line -------------------------------------------------------------------------------

ADDING = (
    "base_salary",
    "overtime_pay",
    "performance_bonus",
    "commission",
    "full_attendance_bonus",
    "rewards",
    "year_end_bonus",
    "team_bonus",
)
POOL_COMPONENTS = {"year_end": "year_end_bonus", "team": "team_bonus"}  # pool kind -> component key
DEDUCTING = ("attendance_deduction", "penalties")
COMPONENT_KEYS = ADDING[:4] + ("attendance_deduction",) + ADDING[4:] + ("penalties",)


@dataclass(frozen=True, slots=True)
class PoolPayment:
    """One person's share of an approved bonus pool paid in the month (``kind``: 'year_end' or 'team');
    ``explanations`` (at least one) end with the ``pool_share`` sentence (pool × weight / total weight →
    share); the ones before it (which pool, how the weight was made) are shown above it."""

    kind: str
    amount: Decimal
    explanations: tuple[Explanation, ...] = ()


def pool_lines(payments: Iterable[PoolPayment], kind: str) -> list[Line]:
    lines = []
    for p in payments:
        if p.kind != kind:
            continue
        *details, last = p.explanations
        lines.append(Line(POOL_COMPONENTS[kind], round_fen(p.amount), last, tuple(details)))
    return lines


@dataclass(frozen=True, slots=True)
class PayoutInput:
    employee_no: str
    name: str
    base_salary: Decimal
    department: str = ""
    overtime_hours: Mapping[OvertimeKind | str, Decimal] = field(default_factory=dict, hash=False)
    bonus_base: Decimal = ZERO
    grade: Grade | None = None
    final_score: Decimal | None = None
    sales: Decimal = ZERO
    attendance: AttendanceFigures = AttendanceFigures()
    ledger: tuple[LedgerEntry, ...] = ()  # the entries of the month (see ledger.entries_in_period)
    # (workdays employed, workdays of the month) for a person who joined or left during the month: the base
    # salary line is pro-rated by them; the rates (overtime, absence) stay on the full monthly base.
    base_days: tuple[int, int] | None = None
    pools: tuple[PoolPayment, ...] = ()  # shares of approved bonus pools paid this month


@dataclass(frozen=True, slots=True)
class Payout:
    employee_no: str
    name: str
    department: str
    components: Mapping[str, Component] = field(hash=False)  # keyed by COMPONENT_KEYS, in that order
    total: Decimal = ZERO

    def amount(self, key: str) -> Decimal:
        return self.components[key].amount


def _partial(base_days: tuple[int, int] | None) -> bool:
    return base_days is not None and 0 < base_days[1] and base_days[0] < base_days[1]


def base_salary_line(base: Decimal, base_days: tuple[int, int] | None = None) -> Line:
    """The month's base salary; pro-rated by workdays employed / workdays of the month when given."""
    if not _partial(base_days):
        return _line("base_salary", base)
    days, month_days = base_days
    return _line(
        "base_salary_prorated",
        Decimal(base) * max(days, 0) / month_days,
        base=round_fen(base),
        days=max(days, 0),
        month_days=month_days,
    )


def compute_payout(person: PayoutInput, rules: PayRules = DEFAULT_PAY_RULES) -> Payout:
    base = Decimal(person.base_salary)
    rewards, penalties = ledger_lines(person.ledger)
    parts = {
        "base_salary": _component("base_salary", [base_salary_line(base, person.base_days)]),
        "overtime_pay": _component("overtime_pay", overtime_lines(base, person.overtime_hours, rules)),
        "performance_bonus": _component(
            "performance_bonus",
            [performance_bonus(person.bonus_base, person.grade, person.final_score, rules)],
        ),
        "commission": commission_line(person.sales, rules),
        "attendance_deduction": _component(
            "attendance_deduction", attendance_deduction_lines(base, person.attendance, rules)
        ),
        "full_attendance_bonus": _component(
            "full_attendance_bonus", [full_attendance_line(person.attendance, rules, person.base_days)]
        ),
        "rewards": _component("rewards", rewards),
        "penalties": _component("penalties", penalties),
        **{key: _component(key, pool_lines(person.pools, kind)) for kind, key in POOL_COMPONENTS.items()},
    }
    components = {key: parts[key] for key in COMPONENT_KEYS}
    total = sum((components[k].amount for k in ADDING), ZERO) - sum(
        (components[k].amount for k in DEDUCTING), ZERO
    )
    return Payout(person.employee_no, person.name, person.department, MappingProxyType(components), total)


@dataclass(frozen=True, slots=True)
class PayoutTotals:
    headcount: int
    amounts: Mapping[str, Decimal] = field(hash=False)  # per component key
    total: Decimal = ZERO


def payout_totals(payouts: Sequence[Payout]) -> PayoutTotals:
    amounts = {k: sum((p.amount(k) for p in payouts), ZERO) for k in COMPONENT_KEYS}
    return PayoutTotals(len(payouts), MappingProxyType(amounts), sum((p.total for p in payouts), ZERO))


def totals_by_department(payouts: Sequence[Payout]) -> dict[str, PayoutTotals]:
    """Per department (in order of first appearance); the shop total is ``payout_totals(payouts)``."""
    groups: dict[str, list[Payout]] = {}
    for p in payouts:
        groups.setdefault(p.department, []).append(p)
    return {dept: payout_totals(group) for dept, group in groups.items()}
