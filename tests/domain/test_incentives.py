"""Incentive and payout rules, hand-worked: each expected amount has its arithmetic beside it."""

from datetime import date
from decimal import Decimal as D

import pytest

from shopteam.domain.calendar import DayKind, WorkCalendar
from shopteam.domain.commission import CommissionMode, CommissionTier, commission
from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import TEMPLATES, explain
from shopteam.domain.incentives import (
    COMPONENT_KEYS,
    AttendanceFigures,
    BonusMode,
    OvertimeKind,
    PayoutInput,
    PayRules,
    PoolPayment,
    attendance_deduction_lines,
    compute_payout,
    daily_rate,
    full_attendance_line,
    hourly_rate,
    ledger_lines,
    overtime_kind,
    overtime_lines,
    payout_totals,
    performance_bonus,
    totals_by_department,
)
from shopteam.domain.ledger import LedgerEntry, LedgerKind, entries_in_period
from shopteam.domain.money import round_fen
from shopteam.domain.scoring import Grade

BASE = D("6000.00")

# --- rounding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fen"), [("0.125", "0.13"), ("2.675", "2.68"), ("0.124", "0.12"), ("-0.125", "-0.13")]
)
def test_round_half_up_to_the_fen(value, fen):
    # from strings: float 2.675 is 2.67499999… and would round down
    assert round_fen(D(value)) == D(fen)


# --- rates and overtime ---------------------------------------------------------------------------


def test_rates_are_never_rounded():
    # 6000 / 21.75 = 275.862068…; / 8 = 34.482758…
    assert daily_rate(BASE) == D(6000) / D("21.75")
    assert hourly_rate(BASE) == D(6000) / D("21.75") / 8
    assert round_fen(hourly_rate(BASE)) == D("34.48")


def test_workday_overtime_517_24_not_517_20():
    # 10 × 6000 / 21.75 / 8 × 1.5 = 517.2413… → 517.24 (10 × 34.48 × 1.5 would be 517.20)
    (line,) = overtime_lines(BASE, {OvertimeKind.WORKDAY: D(10)})
    assert line.amount == D("517.24")
    assert line.explanation.text() == "10 h × 6,000.00 / 21.75 / 8 × 1.5 (workday) = 517.24"


@pytest.mark.parametrize(
    ("day", "kind", "amount"),
    [
        # 2026-10-01 国庆节 statutory holiday: 8 × 6000 / 21.75 / 8 × 3.0 = 827.586… → 827.59
        (date(2026, 10, 1), OvertimeKind.HOLIDAY, "827.59"),
        # 2026-10-07 substituted day off (a rest day): 8 × 6000 / 21.75 / 8 × 2.0 = 551.724… → 551.72
        (date(2026, 10, 7), OvertimeKind.RESTDAY, "551.72"),
        # 2026-09-20 Sunday make-up working day (调休上班) is a normal workday: × 1.5 = 413.793… → 413.79
        (date(2026, 9, 20), OvertimeKind.WORKDAY, "413.79"),
    ],
)
def test_overtime_by_kind_of_day(day, kind, amount):
    day_kind = WorkCalendar().classify(day)
    assert overtime_kind(day_kind) is kind
    (line,) = overtime_lines(BASE, {overtime_kind(day_kind): D(8)})
    assert line.amount == D(amount)


def test_overtime_kind_mapping():
    assert overtime_kind(DayKind.MAKEUP_WORKDAY) is OvertimeKind.WORKDAY
    assert overtime_kind(DayKind.REST_DAY) is OvertimeKind.RESTDAY
    assert overtime_kind(DayKind.HOLIDAY) is OvertimeKind.HOLIDAY


def test_overtime_one_line_per_kind_each_rounded():
    # base 5000: hourly 5000 / 21.75 / 8 = 28.735632…
    # workday 2.5 h × 1.5 = 107.758620… → 107.76; rest day 4 h × 2.0 = 229.885057… → 229.89
    lines = overtime_lines(D(5000), {"workday": D("2.5"), "restday": D(4), "holiday": D(0)})
    assert [(line.explanation.params["kind"], line.amount) for line in lines] == [
        ("workday", D("107.76")),
        ("restday", D("229.89")),
    ]


# --- performance bonus ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "amount"),
    [(Grade.EXCELLENT, "1500.00"), (Grade.GOOD, "1200.00"), (Grade.PASS, "1000.00"), (Grade.FAIL, "0.00")],
)
def test_bonus_by_grade(grade, amount):
    # 1000 × 1.5 / 1.2 / 1.0 / 0
    assert performance_bonus(D(1000), grade, None).amount == D(amount)


def test_bonus_by_score():
    # 1500 × 87.45 / 100 = 1311.75
    rules = PayRules(bonus_mode=BonusMode.SCORE)
    assert performance_bonus(D(1500), Grade.GOOD, D("87.45"), rules).amount == D("1311.75")
    # 333 × 88.93 / 100 = 296.1369 → 296.14
    assert performance_bonus(D(333), None, D("88.93"), rules).amount == D("296.14")


def test_no_appraisal_no_bonus():
    line = performance_bonus(D(1000), None, None)
    assert line.amount == D("0.00") and line.code == "bonus_no_appraisal"


# --- commission -----------------------------------------------------------------------------------

TIERS = (
    CommissionTier(D(0), D("0.01")),
    CommissionTier(D(50000), D("0.015")),
    CommissionTier(D(100000), D("0.02")),
)


@pytest.mark.parametrize(
    ("sales", "progressive", "whole"),
    [
        ("0", "0.00", "0.00"),
        # 49,999.99 × 1 % = 499.9999 → 500.00 either way
        ("49999.99", "500.00", "500.00"),
        # at the threshold: 500 + 0 = 500.00 progressive; 50,000 × 1.5 % = 750.00 whole
        ("50000", "500.00", "750.00"),
        # 500 + 0.01 × 1.5 % = 500.00015 → 500.00; 50,000.01 × 1.5 % = 750.00015 → 750.00
        ("50000.01", "500.00", "750.00"),
        # 500 + 30,000 × 1.5 % = 950.00; 80,000 × 1.5 % = 1,200.00
        ("80000", "950.00", "1200.00"),
        # 500 + 49,999.99 × 1.5 % = 500 + 749.99985 = 1,249.99985 → 1,250.00; 99,999.99 × 1.5 % = 1,499.99985 → 1,500.00
        ("99999.99", "1250.00", "1500.00"),
        # at the top threshold: 500 + 750 = 1,250.00; 100,000 × 2 % = 2,000.00
        ("100000", "1250.00", "2000.00"),
        # 500 + 750 + 20,000 × 2 % = 1,650.00; 120,000 × 2 % = 2,400.00
        ("120000", "1650.00", "2400.00"),
    ],
)
def test_commission_both_modes_across_tier_boundaries(sales, progressive, whole):
    assert commission(D(sales), TIERS, CommissionMode.PROGRESSIVE).amount == D(progressive)
    assert commission(D(sales), TIERS, CommissionMode.WHOLE).amount == D(whole)


def test_commission_below_the_first_threshold_and_negative_sales():
    tiers = (CommissionTier(D(10000), D("0.02")),)
    assert commission(D(9999), tiers, CommissionMode.PROGRESSIVE).amount == D("0.00")
    # 15,000 − 10,000 = 5,000 × 2 % = 100.00 progressive; 15,000 × 2 % = 300.00 whole
    assert commission(D(15000), tiers, CommissionMode.PROGRESSIVE).amount == D("100.00")
    assert commission(D(15000), tiers, CommissionMode.WHOLE).amount == D("300.00")
    assert commission(D(-500), TIERS, CommissionMode.WHOLE).amount == D("0.00")


def test_commission_rounds_once_not_per_slice():
    # tiers 0 → 0.5 %, 1 → 0.5 % on sales of 2.00: slices 1.00 × 0.5 % = 0.005 and 0.005
    # rounded once: 0.01; rounded per slice it would be 0.01 + 0.01 = 0.02
    half = (CommissionTier(D(0), D("0.005")), CommissionTier(D(1), D("0.005")))
    assert commission(D(2), half, CommissionMode.PROGRESSIVE).amount == D("0.01")


def test_commission_explanation():
    result = commission(D(120000), TIERS, CommissionMode.PROGRESSIVE)
    assert [e.text() for e in result.explanations] == [
        "0.00–50,000.00 at 1% = 500.00",
        "50,000.00–100,000.00 at 1.5% = 750.00",
        "100,000.00–120,000.00 at 2% = 400.00",
        "Sales 120,000.00, each slice at its own rate = 1,650.00",
    ]
    whole = commission(D(50000), TIERS, CommissionMode.WHOLE)
    assert (
        whole.explanations[0].text()
        == "Sales 50,000.00 reach the tier from 50,000.00: 50,000.00 × 1.5% = 750.00"
    )


def test_commission_tiers_must_ascend():
    with pytest.raises(ValidationError) as info:
        commission(
            D(1), (CommissionTier(D(100), D("0.01")), CommissionTier(D(50), D("0.02"))), CommissionMode.WHOLE
        )
    assert info.value.code == "commission_tiers_not_ascending"


# --- attendance -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("late", "amount"), [(0, None), (2, None), (3, "20.00"), (5, "60.00")])
def test_late_deduction_after_free_ones(late, amount):
    # (late − 2 free) × 20.00
    lines = attendance_deduction_lines(BASE, AttendanceFigures(late_count=late))
    assert [line.amount for line in lines] == ([D(amount)] if amount else [])


def test_late_deduction_explanation():
    (line,) = attendance_deduction_lines(BASE, AttendanceFigures(late_count=3))
    assert line.explanation.code == "late_deduction"
    assert dict(line.explanation.params) == {
        "count": 3,
        "free": 2,
        "charged": 1,
        "per": D("20.00"),
        "amount": D("20.00"),
    }
    assert line.explanation.text() == "1 late arrival after 2 free ones × 20.00 = 20.00"
    (two,) = attendance_deduction_lines(BASE, AttendanceFigures(late_count=4))
    assert two.explanation.text() == "2 late arrivals after 2 free ones × 20.00 = 40.00"


def test_missing_punch_absence_and_unpaid_leave():
    figures = AttendanceFigures(missing_punches=2, absence_days=D("1.5"), unpaid_leave_hours=D(4))
    lines = attendance_deduction_lines(BASE, figures)
    # 2 × 20.00 = 40.00
    # 1.5 × 6000 / 21.75 = 413.793… → 413.79
    # 4 × 6000 / 21.75 / 8 = 137.931… → 137.93
    assert [(line.code, line.amount) for line in lines] == [
        ("missing_punch_deduction", D("40.00")),
        ("absence_deduction", D("413.79")),
        ("unpaid_leave_deduction", D("137.93")),
    ]


def test_custom_attendance_rules():
    rules = PayRules(late_free_count=0, late_deduction=D("50.00"))
    # 2 × 50.00 = 100.00
    (line,) = attendance_deduction_lines(BASE, AttendanceFigures(late_count=2), rules)
    assert line.amount == D("100.00")


def test_full_attendance_bonus_only_with_a_clean_month():
    assert full_attendance_line(AttendanceFigures()).amount == D("200.00")
    spoilers = [
        AttendanceFigures(late_count=1),  # even a free late arrival
        AttendanceFigures(early_leave_count=1),
        AttendanceFigures(missing_punches=1),
        AttendanceFigures(absence_days=D("0.5")),
        AttendanceFigures(unpaid_leave_hours=D(2)),
    ]
    for figures in spoilers:
        line = full_attendance_line(figures)
        assert line.amount == D("0.00") and line.code == "full_attendance_forfeited", figures


def test_full_attendance_may_tolerate_the_free_late_arrivals():
    rules = PayRules(full_attendance_ignores_free_lates=True)
    assert full_attendance_line(AttendanceFigures(late_count=2), rules).amount == D("200.00")
    assert full_attendance_line(AttendanceFigures(late_count=3), rules).amount == D("0.00")


# --- ledger ---------------------------------------------------------------------------------------


def test_ledger_bonus_and_fine_lines():
    entries = [
        LedgerEntry(LedgerKind.BONUS, date(2026, 10, 12), "双十一冲刺", D("300.00")),
        LedgerEntry(LedgerKind.FINE, date(2026, 10, 20), "私自改价", D("100.00")),
        LedgerEntry(LedgerKind.WARNING, date(2026, 10, 21), "迟到", points=D(-2)),
        LedgerEntry(LedgerKind.COMMENDATION, date(2026, 10, 22), "客户表扬", points=D(2)),
    ]
    rewards, penalties = ledger_lines(entries)
    assert [line.amount for line in rewards] == [D("300.00")]
    assert [line.amount for line in penalties] == [D("100.00")]
    assert penalties[0].explanation.text() == "2026-10-20 私自改价: 100.00"


def test_ledger_amount_only_for_bonus_and_fine():
    with pytest.raises(ValidationError) as info:
        LedgerEntry(LedgerKind.WARNING, date(2026, 10, 1), "x", D("10.00"))
    assert info.value.code == "ledger_amount_not_allowed"
    with pytest.raises(ValidationError):
        LedgerEntry(LedgerKind.FINE, date(2026, 10, 1), "x", D("-10.00"))
    with pytest.raises(ValidationError):
        LedgerEntry(LedgerKind.FINE, date(2026, 10, 1), "x", D("10.005"))


def test_entries_in_period_inclusive():
    entries = [
        LedgerEntry(LedgerKind.BONUS, date(2026, m, d), "", D(1))
        for m, d in ((9, 30), (10, 1), (10, 31), (11, 1))
    ]
    assert [e.day for e in entries_in_period(entries, date(2026, 10, 1), date(2026, 10, 31))] == [
        date(2026, 10, 1),
        date(2026, 10, 31),
    ]


# --- the payout line ------------------------------------------------------------------------------

RULES = PayRules(commission_tiers=TIERS)


def _person(**kw):
    values = dict(
        employee_no="E001",
        name="张三",
        base_salary=BASE,
        department="运营部",
        overtime_hours={"workday": D(10), "holiday": D(8)},
        bonus_base=D("1000.00"),
        grade=Grade.GOOD,
        sales=D(120000),
        attendance=AttendanceFigures(late_count=3, absence_days=D(1)),
        ledger=(
            LedgerEntry(LedgerKind.BONUS, date(2026, 10, 9), "双十一", D("300.00")),
            LedgerEntry(LedgerKind.FINE, date(2026, 10, 3), "违规", D("50.00")),
        ),
    )
    values.update(kw)
    return PayoutInput(**values)


YEAR_END = PoolPayment("year_end", D("3807.11"), (
    explain("year_end_pool", year="2026", pool=D("10000.00")),
    explain("year_end_weight", base=D("5000.00"), coefficient=D("1.5"), grade="excellent", months=12,
            weight=D("7500.00")),
    explain("pool_share", pool=D("10000.00"), weight=7500, total_weight=19700, exact=D("3807.1066"),
            amount=D("3807.11"))))
TEAM = PoolPayment("team", D("33.34"), (
    explain("team_pool_shop", period="2026-11", pool=D("100.00")), explain("team_weight", score=D("85.00")),
    explain("pool_share", pool=D("100.00"), weight=85, total_weight=255, exact=D("33.3333"), amount=D("33.34"))))


def test_payout_line_composes_every_component():
    payout = compute_payout(_person(pools=(YEAR_END, TEAM)), RULES)
    amounts = {k: payout.amount(k) for k in COMPONENT_KEYS}
    assert amounts == {
        "base_salary": D("6000.00"),
        "overtime_pay": D("1344.83"),  # 517.24 + 827.59 (8 × 6000 / 21.75 / 8 × 3 = 827.586…)
        "performance_bonus": D("1200.00"),  # 1000 × 1.2
        "commission": D("1650.00"),  # 500 + 750 + 400
        "attendance_deduction": D("295.86"),  # 1 × 20.00 + 6000 / 21.75 = 275.862… → 275.86
        "full_attendance_bonus": D("0.00"),
        "rewards": D("300.00"),
        "year_end_bonus": D("3807.11"),  # the share as the pool's split gave it
        "team_bonus": D("33.34"),
        "penalties": D("50.00"),
    }
    # 6000 + 1344.83 + 1200 + 1650 + 0 + 300 + 3807.11 + 33.34 − 295.86 − 50 = 13,989.42
    assert payout.total == D("13989.42")
    assert [e.text() for e in payout.components["year_end_bonus"].explanations] == [
        "Year-end bonus 2026 (pool of 10,000.00)",
        "Weight = 5,000.00 × 1.5 (grade excellent) × 12 / 12 = 7,500.00",
        "10,000.00 × 7,500 / 19,700 = 3,807.1066 → 3,807.11"]
    assert list(payout.components) == list(COMPONENT_KEYS)
    explained = [e.text() for e in payout.components["attendance_deduction"].explanations]
    assert explained[0] == "1 late arrival after 2 free ones × 20.00 = 20.00"
    assert len(payout.components["commission"].explanations) == 4  # three slices and the sum
    # every figure explains itself, in a sentence the UI can also translate by code
    for component in payout.components.values():
        assert component.explanations and all(
            e.code in TEMPLATES and e.text() for e in component.explanations
        )


def test_clean_month_earns_full_attendance():
    payout = compute_payout(
        _person(attendance=AttendanceFigures(), overtime_hours={}, ledger=(), sales=D(0)), RULES
    )
    # 6000 + 1200 + 200 = 7,400.00
    assert payout.amount("full_attendance_bonus") == D("200.00") and payout.total == D("7400.00")


def test_department_and_shop_totals():
    a = compute_payout(_person(), RULES)  # 10,148.97
    b = compute_payout(_person(employee_no="E002", grade=Grade.EXCELLENT), RULES)  # +300 bonus: 10,448.97
    c = compute_payout(_person(employee_no="E003", department="客服部", sales=D(0)), RULES)  # −1650: 8,498.97
    by_dept = totals_by_department([a, b, c])
    assert by_dept["运营部"].headcount == 2 and by_dept["运营部"].total == D("20597.94")
    assert by_dept["客服部"].total == D("8498.97")
    shop = payout_totals([a, b, c])
    # 10,148.97 + 10,448.97 + 8,498.97 = 29,096.91
    assert shop.total == D("29096.91") and shop.amounts["commission"] == D("3300.00")
    # the shop total is the sum of the component totals
    adding = sum(shop.amounts[k] for k in COMPONENT_KEYS if k not in ("attendance_deduction", "penalties"))
    assert adding - shop.amounts["attendance_deduction"] - shop.amounts["penalties"] == shop.total


def test_full_attendance_for_a_part_month_only_when_the_rule_says_so():
    from shopteam.domain.incentives import AttendanceFigures, PayRules, full_attendance_line

    perfect = AttendanceFigures()
    line = full_attendance_line(perfect, PayRules(), base_days=(11, 21))
    assert (line.code, line.amount) == ("full_attendance_partial_month", D("0.00"))
    assert line.explanation.text() == (
        "No full-attendance bonus: employed 11 of 21 workdays (joined or left during the month)")
    paid = full_attendance_line(perfect, PayRules(full_attendance_partial_month=True), base_days=(11, 21))
    assert (paid.code, paid.amount) == ("full_attendance", D("200.00"))
    assert full_attendance_line(perfect, PayRules(), base_days=(21, 21)).amount == D("200.00")
