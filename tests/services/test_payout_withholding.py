"""Withholding in the payout (PRODUCT §3.14), worked by hand over January–April 2027.

Everyone punches 09:00–18:00 on every workday; no appraisal, no sales, full-attendance bonus 0, so each
gross (应发合计) is the base salary. Rates are the defaults: pension 8 %, medical 2 %, unemployment 0.5 %,
housing fund 7 %.

- E101 李运营: base 10,000, both bases 10,000, 专项附加扣除 2,000 a month (insurance and fund 1,750).
- E100 王经理: base 30,000, social-insurance base 20,000 (2,100), no housing fund: crosses 36,000 in February.
- E103 赵美工: joins on 1 March 2027, base 8,000, both bases 8,000 (1,400).
- E102 张客服: base 5,000, no bases: taxable 0.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from shopteam.db.models import Employee
from shopteam.db.models.attendance import PunchRecord
from shopteam.domain import clock
from shopteam.domain.calendar import WorkCalendar, month_days
from shopteam.services.payout import rules as payout_rules
from shopteam.services.payout import runs as payout
from tests.services.appraisal_shop import make_shop

D = Decimal
YEAR = 2027
TODAY = date(2027, 5, 10)


@pytest.fixture
def shop(factory, owner):
    ids = make_shop(factory, owner)
    people = {"E101": ("10000", "10000", "10000", "2000"), "E100": ("30000", "20000", "0", "0"),
              "E103": ("8000", "8000", "8000", "0"), "E102": ("5000", "0", "0", "0")}
    with factory.begin() as s:
        for no, (base, si, hf, extra) in people.items():
            emp = s.get(Employee, ids[no])
            emp.base_salary, emp.social_insurance_base, emp.housing_fund_base = D(base), D(si), D(hf)
            emp.additional_deduction = D(extra)
        s.get(Employee, ids["E103"]).hire_date = date(2027, 3, 1)
        for month in range(1, 5):
            for day in month_days(YEAR, month):
                if not WorkCalendar().classify(day).is_workday:
                    continue
                for no in people:
                    if no == "E103" and day < date(2027, 3, 1):
                        continue
                    s.add(PunchRecord(employee_id=ids[no], work_date=day,
                                      clock_in=datetime(day.year, day.month, day.day, 8, 55),
                                      clock_out=datetime(day.year, day.month, day.day, 18, 5)))
        payout_rules.set_shop_rules(s, actor=owner, changes={"withholding": True, "full_attendance_bonus": "0"})
    return ids


def compute(factory, owner, month, approve=False):
    with clock.frozen(TODAY), factory.begin() as s:
        view = payout.compute_run(s, actor=owner, year=YEAR, month=month)
        if approve:
            view = payout.approve_run(s, actor=owner, year=YEAR, month=month, confirmed=True)
    return view


def row(view, no):
    return next(r for r in view.rows if r.employee_no == no)


def lines(r):
    return [(w.code, w.amount) for w in r.withholding]


def test_january_the_first_month(factory, owner, shop):
    view = compute(factory, owner, 1)
    assert view.withholding
    li = row(view, "E101")
    assert li.total == D("10000.00")
    assert lines(li) == [("withhold_pension", D("800.00")), ("withhold_medical", D("200.00")),
                         ("withhold_unemployment", D("50.00")), ("withhold_housing_fund", D("700.00")),
                         ("withhold_income_tax", D("37.50"))]  # (10,000 − 5,000 − 1,750 − 2,000) × 3 %
    assert (li.withheld, li.net) == (D("1787.50"), D("8212.50"))
    assert li.withholding[-1].explanations[0].text() == (
        "Income to date 10,000.00 − 5,000.00 (1 × 5,000) − insurance and fund 1,750.00 − special additional "
        "deductions 2,000.00 = taxable 1,250.00; × 3% − 0.00 = 37.50; less 0.00 already withheld = 37.50")
    cs = row(view, "E102")
    assert lines(cs) == [("withhold_income_tax", D("0.00"))] and cs.net == D("5000.00")
    assert "E103" not in {r.employee_no for r in view.rows}  # not yet hired
    data = li.as_dict()
    assert (data["total"], data["withheld"], data["net"]) == ("10000.00", "1787.50", "8212.50")
    assert (view.shop.withheld, view.shop.net) == (sum((r.withheld for r in view.rows), D(0)),
                                                   sum((r.net for r in view.rows), D(0)))


def test_a_month_that_crosses_the_36000_bracket(factory, owner, shop):
    january = row(compute(factory, owner, 1, approve=True), "E100")
    # 30,000 − 5,000 − 2,100 = 22,900 × 3 % = 687.00; no housing-fund base: no fund line
    assert lines(january) == [("withhold_pension", D("1600.00")), ("withhold_medical", D("400.00")),
                              ("withhold_unemployment", D("100.00")), ("withhold_income_tax", D("687.00"))]
    february = row(compute(factory, owner, 2), "E100")
    # to date 60,000 − 10,000 − 4,200 = 45,800 > 36,000: × 10 % − 2,520 = 2,060.00, less 687.00 withheld
    assert february.withholding[-1].amount == D("1373.00")
    assert february.withholding[-1].explanations[0].text() == (
        "Income to date 60,000.00 − 10,000.00 (2 × 5,000) − insurance and fund 4,200.00 − special additional "
        "deductions 0.00 = taxable 45,800.00; × 10% − 2,520.00 = 2,060.00; less 687.00 already withheld = 1,373.00")
    assert (february.withheld, february.net) == (D("3473.00"), D("26527.00"))


def test_a_mid_year_joiner_counts_months_from_the_hire_month(factory, owner, shop):
    for month in (1, 2):
        compute(factory, owner, month, approve=True)
    march = row(compute(factory, owner, 3, approve=True), "E103")
    # 8,000 − 5,000 (1 month) − 1,400 = 1,600 × 3 % = 48.00
    assert [w.amount for w in march.withholding] == [D("640.00"), D("160.00"), D("40.00"), D("560.00"), D("48.00")]
    april = row(compute(factory, owner, 4), "E103")
    tax = april.withholding[-1]
    assert tax.explanations[0].params["months"] == 2  # March and April, not January to April
    assert tax.amount == D("48.00")  # 16,000 − 10,000 − 2,800 = 3,200 × 3 % = 96.00, less 48.00
    assert (april.withheld, april.net) == (D("1448.00"), D("6552.00"))


def test_year_to_date_reads_approved_runs_only(factory, owner, shop):
    compute(factory, owner, 1, approve=True)
    compute(factory, owner, 2)  # a draft: does not count
    march = row(compute(factory, owner, 3), "E101")
    params = march.withholding[-1].explanations[0].params
    assert (params["income"], params["months"], params["withheld"]) == (D("20000.00"), 2, D("37.50"))
    assert march.withholding[-1].amount == D("37.50")  # (20,000 − 10,000 − 3,500 − 4,000) × 3 % − 37.50


def test_history_is_what_the_approved_lines_stored(factory, owner, shop):
    compute(factory, owner, 1, approve=True)
    with factory.begin() as s:  # a later change of a base and a rate does not rewrite January
        s.get(Employee, shop["E101"]).additional_deduction = D("0")
        payout_rules.set_shop_rules(s, actor=owner, changes={"housing_fund_rate": "0.12"})
    february = row(compute(factory, owner, 2), "E101")
    params = february.withholding[-1].explanations[0].params
    # January's 1,750 and 2,000 as stored, February's 800 + 200 + 50 + 1,200 and 0
    assert (params["specials"], params["extras"]) == (D("4000.00"), D("2000.00"))


def test_switched_off_gives_no_withholding(factory, owner, shop):
    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"withholding": False})
    view = compute(factory, owner, 1)
    li = row(view, "E101")
    assert not view.withholding and li.withholding == () and (li.withheld, li.net) == (None, None)
    assert "withheld" not in li.as_dict() and "net" not in li.as_dict()
    assert (view.shop.withheld, view.shop.net) == (None, None)


def test_negative_flag_looks_at_net_pay(factory, owner, shop):
    with factory.begin() as s:
        s.get(Employee, shop["E102"]).social_insurance_base = D("60000")  # 10.5 % of 60,000 = 6,300 > 5,000
    view = compute(factory, owner, 1)
    cs = row(view, "E102")
    assert cs.total == D("5000.00") and cs.net == D("-1300.00")
    assert [(f.code, f.amount) for f in cs.flags] == [("negative", D("-1300.00"))]


def test_manager_without_salary_view_sees_no_withholding(factory, owner, shop):
    compute(factory, owner, 1)
    with factory() as s:
        view = payout.get_run(s, actor=shop["mgr"], year=YEAR, month=1)
    li = row(view, "E101")
    assert (li.total, li.withheld, li.net, li.withholding) == (None, None, None, ())
    assert li.as_dict()["withheld"] is None
