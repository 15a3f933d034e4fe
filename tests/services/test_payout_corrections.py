"""The pay rule ``correction_deduction``: missing-punch corrections (补卡) beyond the month's free allowance
are deducted as their own explained line of the attendance deduction."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from shopteam.domain import clock
from shopteam.domain.explain import render
from shopteam.services.attendance.settings import AttendanceSettings, set_attendance_settings
from shopteam.services.payout import rules as payout_rules
from shopteam.services.payout import runs as payout
from tests.services.test_punch_corrections import decide, file, forgot_clock_in  # noqa: F401  (fixtures)
from tests.services.test_work_rules import shop  # noqa: F401

D = Decimal


def september(factory, owner):
    with clock.frozen(date(2026, 10, 10)), factory.begin() as s:
        view = payout.compute_run(s, actor=owner, year=2026, month=9)
    return next(r for r in view.rows if r.employee_no == "E001")


def four_corrections_two_free(factory, owner, ids):
    with clock.frozen(date(2026, 9, 9)), factory.begin() as s:
        set_attendance_settings(s, actor=owner, settings=AttendanceSettings(free_corrections_per_month=2))
    for day in (1, 2, 3, 4):
        decide(factory, owner, file(factory, ids["staff"], day=date(2026, 9, day), clock_out=time(19, 5)))


def test_corrections_beyond_the_allowance_are_deducted(factory, owner, forgot_clock_in):  # noqa: F811
    four_corrections_two_free(factory, owner, forgot_clock_in)
    before = september(factory, owner)
    assert [e.code for e in before.explanations["attendance_deduction"]].count("correction_deduction") == 0
    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"correction_deduction": "15"})
    after = september(factory, owner)
    (line,) = [e for e in after.explanations["attendance_deduction"] if e.code == "correction_deduction"]
    assert line.text() == "4 missing-punch correction(s), 2 free: 2 × 15 = 30.00"
    assert render(line, "zh") == "补卡 4 次，免费 2 次：超出 2 次 × 15 = 30.00"
    assert after.amounts["attendance_deduction"] == before.amounts["attendance_deduction"] + D("30.00")
    assert after.total == before.total - D("30.00")
    assert after.inputs["corrections"] == [4, 2]


def test_no_deduction_within_the_allowance(factory, owner, forgot_clock_in):  # noqa: F811
    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"correction_deduction": "15"})
    decide(factory, owner, file(factory, forgot_clock_in["staff"], day=date(2026, 9, 1), clock_out=time(19, 5)))
    row = september(factory, owner)  # 1 correction, 3 free by default
    assert "correction_deduction" not in [e.code for e in row.explanations["attendance_deduction"]]
