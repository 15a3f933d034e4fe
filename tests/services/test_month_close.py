"""Closing the month's payout (PRODUCT §3.14): an estimate while the month runs, nothing for a month to come,
and approval only once what is open or flagged is cleared or confirmed — with the confirmation audited."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle, LedgerEntry
from shopteam.db.models.attendance import LeaveRequest
from shopteam.domain import clock
from shopteam.domain.errors import ValidationError
from shopteam.services import demo
from shopteam.services.payout import rules as payout_rules
from shopteam.services.payout import runs as payout
from tests.services.payout_shop import MONTH, YEAR, make_month

D = Decimal
AFTER = date(2026, 12, 6)  # November is over


@pytest.fixture
def shop(factory, owner):
    with clock.frozen(AFTER):
        ids = make_month(factory, owner)
        yield ids


def _compute(factory, actor, year=YEAR, month=MONTH):
    with factory.begin() as s:
        return payout.compute_run(s, actor=actor, year=year, month=month)


def _approve(factory, actor, **kw):
    with factory.begin() as s:
        return payout.approve_run(s, actor=actor, year=YEAR, month=MONTH, **kw)


def test_a_month_to_come_has_no_pay(factory, owner, shop):
    with pytest.raises(ValidationError) as err:
        _compute(factory, owner, 2027, 1)
    assert err.value.code == "payout_future_month"
    with factory() as s:
        assert payout.get_run(s, actor=owner, year=2027, month=1) is None


def test_a_month_in_progress_is_an_estimate_that_cannot_be_approved(factory, owner, shop):
    with clock.frozen(datetime(2026, 11, 20, 18, 0)):
        view = _compute(factory, owner)
        assert view.estimate and view.state == "draft"
        e102 = next(r for r in view.rows if r.employee_no == "E102")
        assert e102.total == D("5200.00")  # to date: present every day so far, nobody absent on the 21st … 30th
        with pytest.raises(payout.PayoutEstimate):
            _approve(factory, owner)
    with factory() as s:  # the month is over now, but the figures still are those of the 20th
        assert payout.get_run(s, actor=owner, year=YEAR, month=MONTH).estimate
    with pytest.raises(payout.PayoutEstimate) as err:
        _approve(factory, owner)
    assert err.value.params["last_day"] == "2026-11-30"
    assert not _compute(factory, owner).estimate
    assert _approve(factory, owner).locked


def test_a_negative_line_is_flagged_and_blocks_approval_until_confirmed(factory, owner, shop):
    with factory.begin() as s:
        s.add(LedgerEntry(entry_date=date(2026, 11, 25), employee_id=shop["E102"], kind="fine",
                          amount=D("6000.00"), reason="丢失样品", recorded_by="boss"))
    view = _compute(factory, owner)
    line = next(r for r in view.rows if r.employee_no == "E102")
    assert line.total == D("-800.00")  # 5000 + 200 full attendance − 6000
    assert [(f.code, f.amount, f.limit) for f in line.flags] == [
        ("negative", D("-800.00"), D("0")), ("deductions_over_cap", D("6000.00"), D("1040.00"))]  # 20 % of 5200
    assert [r.employee_no for r in view.rows if r.flags] == ["E102"]
    with factory() as s:
        check = payout.closing_check_of(s, actor=owner, year=YEAR, month=MONTH)
    assert [(i.kind, i.employee_no, i.detail) for i in check.items] == [
        ("flagged_line", "E102", "negative,deductions_over_cap")]
    with pytest.raises(payout.PayoutNeedsConfirmation) as err:
        _approve(factory, owner)
    assert err.value.params["count"] == 1
    with factory() as s:
        assert payout.get_run(s, actor=owner, year=YEAR, month=MONTH).state == "draft"
    assert _approve(factory, owner, confirmed=True).locked
    with factory() as s:
        entry = s.scalars(select(AuditLog).where(AuditLog.entity == "payout_run", AuditLog.action == "lock")).one()
    after = json.loads(entry.after)
    assert after["confirmed"] == {"flagged_line": 1} and after["flagged"] == ["E102 negative,deductions_over_cap"]
    assert "1 open item(s) confirmed" in entry.summary


def test_the_checklist_names_pending_requests_open_appraisals_and_people_without_records(factory, owner, shop):
    with factory.begin() as s:
        s.add(LeaveRequest(employee_id=shop["E101"], kind="annual", start=datetime(2026, 11, 27, 9),
                           end=datetime(2026, 11, 27, 18), hours=8.0, reason="年假", status="pending",
                           requested_by="s101"))
        cycle = s.scalars(select(AppraisalCycle).where(AppraisalCycle.year == YEAR)).one()
        s.add(Appraisal(cycle_id=cycle.id, employee_id=shop["E102"], state="supervisor_review"))
        from shopteam.db.models.attendance import PunchRecord

        s.query(PunchRecord).filter(PunchRecord.employee_id == shop["E100"]).delete()
    _compute(factory, owner)
    with factory() as s:
        check = payout.closing_check_of(s, actor=owner, year=YEAR, month=MONTH)
    assert [(i.kind, i.employee_no, i.detail) for i in check.items] == [
        ("pending_request", "E101", "leave"),
        ("unfinalised_appraisal", "E102", "supervisor_review"),
        ("no_records", "E100", ""),
        ("flagged_line", "E100", "deductions_over_cap"),  # absent all month: 21 days' deduction
    ]
    assert not check.estimate and not check.clear


def test_a_minimum_wage_floor_flags_low_lines_prorated_for_a_joiner(factory, owner, shop):
    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"minimum_wage": "5300", "deduction_cap_share": "0.5"})
    view = _compute(factory, owner)
    flagged = {r.employee_no: [(f.code, f.limit) for f in r.flags] for r in view.rows if r.flags}
    # E100 and E102 earn 5200 < 5300; E103 joined on the 16th: 2619.05 against 5300 × 11 / 21 = 2776.19
    assert flagged == {"E100": [("below_minimum_wage", D("5300.00"))], "E102": [("below_minimum_wage", D("5300.00"))],
                       "E103": [("below_minimum_wage", D("2776.19"))]}


def test_a_deduction_cap_outside_0_to_1_is_refused(factory, owner, shop):
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        payout_rules.set_shop_rules(s, actor=owner, changes={"deduction_cap_share": "1.5"})
    assert err.value.code == "share"


def test_the_demo_shops_month_in_progress_is_an_estimate_without_a_negative_line(factory):
    today = date(2026, 12, 8)
    with clock.frozen(today), factory.begin() as s:
        owner = demo.create_demo_shop(s, language="zh_CN", today=today)
    with clock.frozen(today), factory.begin() as s:
        view = payout.compute_run(s, actor=owner, year=2026, month=12)
    assert view.estimate and view.rows
    assert all(r.total > 0 for r in view.rows)
    assert not [r.employee_no for r in view.rows if any(f.code == "negative" for f in r.flags)]
