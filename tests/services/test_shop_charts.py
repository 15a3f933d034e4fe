"""The figures behind the shop's charts (services/dashboard/charts) against a hand-built shop seen on
Wednesday 2026-11-18, every number asserted; the last 12 months are 2025-12 … 2026-11.

运营部 (sort 0, head A) and 客服部 (sort 1). People:
- A 运营部, hired 2024-01-01; B 运营部, hired 2026-03-15;
- C 客服部, hired 2025-06-01, left 2026-05-31 (counted at the May month end, his last day);
- D 客服部, joins 2026-11-25 (after today: not counted);
- E no department, hired 2026-10-10, attendance from timesheets.
Approved overtime: A 2.5 h on Thu 11-12 (workday) and 4 h on Sat 11-14 (rest day), B 8 h on 10-01 (National
Day), C 3 h on 2026-05-06; not counted: B's pending 1 h on 11-12, A's 2 h of 2025-11-20 (before the window).
E's approved timesheet of Mon 11-16: 8 h and 2 h overtime.
Payout: 2026-09 approved (3000.00 + 2000.50), 2026-10 approved (5200.00), 2026-11 a draft (not a cost yet).
Sales (KPI 销售额, else 'sales'): 2026-09 A 50000 + B 30000.25 (B's 'sales' 99999 ignored, 销售额 first),
2026-10 A 'sales' 40000, 2026-11 A 10000; a 好评率 figure is no sale.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shopteam.db.models import Department, Employee
from shopteam.db.models.appraisal import KpiActual
from shopteam.db.models.attendance import OvertimeRequest, TimesheetEntry
from shopteam.db.models.payout import PayoutLine, PayoutRun
from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services.context import Actor
from shopteam.services.dashboard.charts import (
    headcount_by_department,
    overtime_by_department,
    payout_cost_against_sales,
)

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 11, 18)
MONTHS = ("2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
          "2026-09", "2026-10", "2026-11")


def make_chart_shop(factory) -> dict:
    """The shop of the module's docstring (the screens' tests use it too); returns the people's ids."""
    ids: dict = {}
    with clock.frozen(TODAY), factory.begin() as s:
        ops, service = Department(name="运营部", sort_order=0), Department(name="客服部", sort_order=1)
        s.add_all([service, ops])
        s.flush()
        for number, dep, hired, left, timesheets in (
                ("A", ops, date(2024, 1, 1), None, False), ("B", ops, date(2026, 3, 15), None, False),
                ("C", service, date(2025, 6, 1), date(2026, 5, 31), False),
                ("D", service, date(2026, 11, 25), None, False), ("E", None, date(2026, 10, 10), None, True)):
            e = Employee(employee_no=number, name=f"员工{number}", department_id=dep.id if dep else None,
                         hire_date=hired, leave_date=left, status="left" if left else "active",
                         attendance_from_timesheets=timesheets)
            s.add(e)
            s.flush()
            ids[number] = e.id
        ops.head_id = ids["A"]
        for who, day, hours, status in (("A", date(2026, 11, 12), 2.5, "approved"),
                                        ("A", date(2026, 11, 14), 4, "approved"),
                                        ("B", date(2026, 10, 1), 8, "approved"),
                                        ("C", date(2026, 5, 6), 3, "approved"),
                                        ("B", date(2026, 11, 12), 1, "pending"),
                                        ("A", date(2025, 11, 20), 2, "approved")):
            s.add(OvertimeRequest(employee_id=ids[who], work_date=day, hours=hours, status=status))
        s.add(TimesheetEntry(employee_id=ids["E"], work_date=date(2026, 11, 16), task="客服", hours=8, overtime_hours=2,
                             status="approved"))
        for month, state, totals in ((9, "approved", ("3000.00", "2000.50")), (10, "approved", ("5200.00",)),
                                     (11, "draft", ("9999.00",))):
            run = PayoutRun(year=2026, month=month, state=state)
            s.add(run)
            s.flush()
            for who, total in zip("AB", totals, strict=False):
                s.add(PayoutLine(run_id=run.id, employee_id=ids[who], employee_no=who, name=f"员工{who}",
                                 total=Decimal(total)))
        for who, month, indicator, value in (("A", 9, "销售额", 50000), ("B", 9, "销售额", 30000.25),
                                             ("B", 9, "sales", 99999), ("A", 10, "sales", 40000),
                                             ("A", 11, "销售额", 10000), ("A", 11, "好评率", 98.5)):
            s.add(KpiActual(employee_id=ids[who], year=2026, month=month, indicator=indicator, value=value))
    return ids


@pytest.fixture
def shop(factory, owner):
    ids = make_chart_shop(factory)
    with clock.frozen(TODAY):
        yield ids


def manager(ids) -> Actor:
    return Actor(user_id=None, username="a", level="manager", employee_id=ids["A"])


def test_headcount_at_each_month_end_by_department(factory, owner, shop):
    with factory() as s:
        h = headcount_by_department(s, actor=owner)
    assert h.months == MONTHS
    assert h.as_of[0] == date(2025, 12, 31) and h.as_of[5] == date(2026, 5, 31) and h.as_of[-1] == TODAY
    assert h.departments == ("运营部", "客服部", "")  # the shop's order, people without a department last
    assert h.counts == {"运营部": (1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2),
                        "客服部": (1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0),
                        "": (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1)}
    assert h.total() == (2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 3, 3)


def test_headcount_of_a_chosen_month_and_a_manager_scope(factory, owner, shop):
    with factory() as s:
        h = headcount_by_department(s, actor=owner, year=2026, month=6, months=3)
        mine = headcount_by_department(s, actor=manager(shop))
    assert h.months == ("2026-04", "2026-05", "2026-06")
    assert h.counts == {"运营部": (2, 2, 2), "客服部": (1, 1, 0)}
    assert mine.departments == ("运营部",)
    assert mine.counts == {"运营部": (1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2)}


def test_overtime_by_department_month_and_kind(factory, owner, shop):
    with factory() as s:
        o = overtime_by_department(s, actor=owner)
    assert o.months == MONTHS
    assert o.departments == ("运营部", "客服部", "")
    zero = (0.0,) * 12
    assert o.hours["运营部"] == {"workday": zero[:11] + (2.5,), "restday": zero[:11] + (4.0,),
                                 "holiday": zero[:10] + (8.0, 0.0)}
    assert o.hours["客服部"] == {"workday": zero[:5] + (3.0,) + zero[6:], "restday": zero, "holiday": zero}
    assert o.hours[""] == {"workday": zero[:11] + (2.0,), "restday": zero, "holiday": zero}
    everyone = o.of(None)
    assert everyone["workday"][-1] == 4.5 and everyone["workday"][5] == 3.0
    assert everyone["restday"][-1] == 4.0 and everyone["holiday"][10] == 8.0
    assert o.of("没有的部门") == {"workday": zero, "restday": zero, "holiday": zero}


def test_overtime_of_a_manager_scope(factory, shop):
    with factory() as s:
        o = overtime_by_department(s, actor=manager(shop))
    assert o.departments == ("运营部",)
    assert sum(sum(v) for v in o.hours["运营部"].values()) == 14.5


def test_payout_cost_against_sales(factory, owner, shop):
    with factory() as s:
        c = payout_cost_against_sales(s, actor=owner)
    assert c.months == MONTHS
    assert c.indicators == ("销售额", "sales")
    assert c.cost == (None,) * 9 + (Decimal("5000.50"), Decimal("5200.00"), None)  # November is a draft
    assert c.sales == (Decimal("0"),) * 9 + (Decimal("80000.25"), Decimal("40000.00"), Decimal("10000.00"))
    assert c.ratio() == (None,) * 9 + (Decimal("6.3"), Decimal("13.0"), None)


def test_payout_cost_is_for_who_manages_the_payout(factory, shop):
    with factory() as s, pytest.raises(PermissionDenied):
        payout_cost_against_sales(s, actor=manager(shop))


def test_an_unknown_month_is_refused(factory, owner, shop):
    with factory() as s, pytest.raises(ValidationError):
        headcount_by_department(s, actor=owner, year=2026, month=13)
