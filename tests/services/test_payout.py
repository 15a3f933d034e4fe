"""The payout run: hand-worked November 2026 (see payout_shop), locking, reopening, visibility, totals, pools."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest
from sqlalchemy import delete, select

from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle, LedgerEntry
from shopteam.db.models.attendance import PunchRecord
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.incentives import COMPONENT_KEYS
from shopteam.services.payout import ledger, pools
from shopteam.services.payout import rules as payout_rules
from shopteam.services.payout import runs as payout
from tests.services.payout_shop import MONTH, YEAR, make_month

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends

D = Decimal


@pytest.fixture
def shop(factory, owner):
    return make_month(factory, owner)


def _compute(factory, actor, **kw):
    with factory.begin() as s:
        return payout.compute_run(s, actor=actor, year=YEAR, month=MONTH, **kw)


def _get(factory, actor):
    with factory() as s:
        return payout.get_run(s, actor=actor, year=YEAR, month=MONTH)


def _row(view, no):
    return next(r for r in view.rows if r.employee_no == no)


def test_hand_worked_month(factory, owner, shop):
    view = _compute(factory, owner)
    assert view.state == "draft" and [r.employee_no for r in view.rows] == ["E100", "E101", "E102", "E103"]
    li = _row(view, "E101")
    assert li.as_dict() == {
        "employee_no": "E101", "name": "李运营", "base_salary": "6000.00",
        "overtime_pay": "206.90",  # 4 approved h × 6000 / 21.75 / 8 × 1.5; the 2 unapproved h are not paid
        "performance_bonus": "1200.00",  # 1000 × 1.2 (良好)
        "commission": "1650.00",  # 500 + 750 + 400 progressive
        "attendance_deduction": "40.00",  # 1 late after 2 free × 20 + 1 missing punch × 20
        "full_attendance_bonus": "0.00", "rewards": "300.00", "year_end_bonus": "0.00", "team_bonus": "0.00",
        "penalties": "50.00",  # October's fine not counted
        "total": "9266.90", "flags": []}
    texts = [e.text() for e in li.explanations["attendance_deduction"]]
    assert texts == ["1 late arrival after 2 free ones × 20.00 = 20.00", "1 missing punch(es) × 20.00 = 20.00"]
    assert _row(view, "E102").total == D("5200.00")  # 5000 + full attendance 200
    joiner = _row(view, "E103")
    assert joiner.amounts["base_salary"] == D("2619.05")  # 5000 × 11 / 21
    assert joiner.explanations["base_salary"][0].text() == "Base salary 5,000.00 × 11 / 21 workdays employed = 2,619.05"
    assert joiner.amounts["attendance_deduction"] == 0  # the days before joining are no absence
    assert joiner.amounts["full_attendance_bonus"] == 0 and joiner.total == D("2619.05")  # not for a part month
    assert joiner.explanations["full_attendance_bonus"][0].text() == (
        "No full-attendance bonus: employed 11 of 21 workdays (joined or left during the month)")


def test_every_non_zero_component_is_explained(factory, owner, shop):
    view = _compute(factory, owner)
    for row in view.rows:
        for key in COMPONENT_KEYS:
            if row.amounts[key]:
                assert row.explanations[key], (row.employee_no, key)
                assert all(e.text() for e in row.explanations[key])
    with factory() as s:
        only = payout.explain_line(s, actor=owner, year=YEAR, month=MONTH, employee_id=shop["E101"],
                                   component="overtime_pay")
    assert [e.text() for e in only["overtime_pay"]] == ["4 h × 6,000.00 / 21.75 / 8 × 1.5 (workday) = 206.90"]


def test_rules_pay_all_recorded_overtime_and_whole_commission_for_one_person(factory, owner, shop):
    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"pay_unapproved_overtime": True})
        payout_rules.set_override(s, actor=owner, scope="person", target_id=shop["E101"], key="commission_mode",
                                  value="whole")
    li = _row(_compute(factory, owner), "E101")
    assert li.amounts["overtime_pay"] == D("310.34")  # 6 h × 6000 / 21.75 / 8 × 1.5
    assert li.amounts["commission"] == D("2400.00")  # 120,000 × 2 % on the whole amount


def test_role_override_and_rule_validation(factory, owner, shop):
    with factory.begin() as s, pytest.raises(ValidationError):
        payout_rules.set_shop_rules(s, actor=owner, changes={"commission_tiers": [["100", "0.01"], ["50", "0.02"]]})
    with factory.begin() as s, pytest.raises(PermissionDenied):
        payout_rules.set_shop_rules(s, actor=shop["mgr"], changes={"late_deduction": "0"})
    with factory.begin() as s:
        from shopteam.db.models import RoleAssignment

        role_id = s.scalar(select(RoleAssignment.role_id).where(RoleAssignment.employee_id == shop["E101"]))
        payout_rules.set_override(s, actor=owner, scope="role", target_id=role_id, key="bonus_base", value="2000")
    assert _row(_compute(factory, owner), "E101").amounts["performance_bonus"] == D("2400.00")


def test_locked_run_is_a_snapshot(factory, owner, shop):
    _compute(factory, owner)
    with factory.begin() as s:
        payout.approve_run(s, actor=owner, year=YEAR, month=MONTH)
    before = _get(factory, owner)
    assert before.locked
    # the attendance under it changes: the late arrivals and the missing punch are corrected
    with factory.begin() as s:
        s.execute(delete(PunchRecord).where(PunchRecord.employee_id == shop["E101"]))
        s.get(Employee, shop["E102"]).base_salary = D("9999.00")
        fine = s.scalar(select(LedgerEntry).where(LedgerEntry.reason == "漏发货"))
        ledger.edit_entry(s, actor=owner, entry_id=fine.id, amount="80.00")
        s.execute(delete(Appraisal))
    after = _get(factory, owner)
    assert [r.as_dict() for r in after.rows] == [r.as_dict() for r in before.rows]
    assert after.rows == before.rows and after.shop == before.shop
    with factory.begin() as s, pytest.raises(payout.PayoutLocked):
        payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    # reopened and recomputed, the new data counts
    with factory.begin() as s:
        payout.reopen_run(s, actor=owner, year=YEAR, month=MONTH, reason="罚款金额更正")
    li = _row(_compute(factory, owner), "E101")
    assert li.amounts["penalties"] == D("80.00") and li.amounts["performance_bonus"] == 0
    assert _row(_get(factory, owner), "E102").amounts["base_salary"] == D("9999.00")


def test_reopen_is_owner_only_with_a_reason_and_audited(factory, owner, shop):
    _compute(factory, owner)
    with factory.begin() as s:
        payout.approve_run(s, actor=owner, year=YEAR, month=MONTH)
    for actor in (shop["mgr"], shop["s101"]):
        with factory.begin() as s, pytest.raises(PermissionDenied):
            payout.reopen_run(s, actor=actor, year=YEAR, month=MONTH, reason="改一下")
    for action in (payout.compute_run, payout.approve_run):
        with factory.begin() as s, pytest.raises(PermissionDenied):
            action(s, actor=shop["mgr"], year=YEAR, month=MONTH)
    with factory.begin() as s, pytest.raises(ValidationError):
        payout.reopen_run(s, actor=owner, year=YEAR, month=MONTH, reason="  ")
    assert _get(factory, owner).locked
    with factory.begin() as s:
        view = payout.reopen_run(s, actor=owner, year=YEAR, month=MONTH, reason="罚款金额更正")
    assert view.state == "reopened" and view.reopen_history[0]["reason"] == "罚款金额更正"
    with factory() as s:
        actions = [a for a, in s.execute(select(AuditLog.action).where(AuditLog.entity == "payout_run")
                                         .order_by(AuditLog.id))]
        reopen = s.scalar(select(AuditLog).where(AuditLog.action == "reopen", AuditLog.entity == "payout_run"))
    assert actions == ["create", "lock", "reopen"]
    assert json.loads(reopen.after)["reason"] == "罚款金额更正" and reopen.username == "boss"


def test_staff_see_only_their_own_line(factory, owner, shop):
    _compute(factory, owner)
    view = _get(factory, shop["s101"])
    assert [r.employee_no for r in view.rows] == ["E101"]
    assert view.rows[0].total == D("9266.90") and view.rows[0].amounts["base_salary"] == D("6000.00")
    assert view.shop.total == D("9266.90")
    with factory() as s, pytest.raises(NotFoundError):
        payout.explain_line(s, actor=shop["s101"], year=YEAR, month=MONTH, employee_id=shop["E102"])


def test_manager_sees_the_department_without_salaries_unless_granted(factory, owner, shop):
    _compute(factory, owner)
    mgr = shop["mgr"]
    view = _get(factory, mgr)
    assert [r.employee_no for r in view.rows] == ["E100", "E101", "E103"]  # 运营部, not 张客服
    own, other = _row(view, "E100"), _row(view, "E101")
    assert own.amounts["base_salary"] == D("5000.00") and own.total == D("5200.00")
    assert other.hidden == payout.SALARY_COMPONENTS and other.total is None
    assert other.explanations["base_salary"] == () and other.explanations["overtime_pay"] == ()
    assert other.amounts["commission"] == D("1650.00") and other.amounts["penalties"] == D("50.00")
    assert view.shop.total is None and view.shop.amounts["base_salary"] is None
    assert view.shop.amounts["commission"] == D("1650.00")
    granted = _get(factory, dataclasses.replace(mgr, grants=frozenset({"salary.view"})))
    assert _row(granted, "E101").total == D("9266.90")
    assert granted.shop.total == D("5200.00") + D("9266.90") + D("2619.05")


def test_department_totals_add_up_to_the_shop_total(factory, owner, shop):
    view = _compute(factory, owner)
    assert set(view.departments) == {"运营部", "客服部"}
    assert sum(t.total for t in view.departments.values()) == view.shop.total == D("22285.95")
    for key in COMPONENT_KEYS:
        assert sum(t.amounts[key] for t in view.departments.values()) == view.shop.amounts[key]
        assert view.shop.amounts[key] == sum(r.amounts[key] for r in view.rows)
    assert view.departments["运营部"].headcount == 3
    assert view.shop.total == sum(payout.signed(k, view.shop.amounts[k]) for k in COMPONENT_KEYS)


def test_no_run_and_bad_month(factory, owner, shop):
    assert _get(factory, owner) is None
    with factory.begin() as s, pytest.raises(ValidationError):
        payout.compute_run(s, actor=owner, year=YEAR, month=13)


def _finalised_year(factory, shop, scores: dict[str, list[str]]):
    with factory.begin() as s:
        for month in range(1, 4):
            cycle = AppraisalCycle(year=2026, month=month, state="finalised")
            s.add(cycle)
            s.flush()
            for no, values in scores.items():
                score = D(values[month - 1])
                grade = "excellent" if score >= 90 else "good" if score >= 80 else "pass" if score >= 60 else "fail"
                s.add(Appraisal(cycle_id=cycle.id, employee_id=shop[no], final_score=score, grade=grade,
                                state="finalised"))


def test_year_end_pool_by_annual_grade_and_months(factory, owner, shop):
    _finalised_year(factory, shop, {"E100": ["95", "90", "92"], "E101": ["85", "80", "82"],
                                    "E102": ["70", "65", "60"]})
    with factory.begin() as s:
        rows = pools.split_year_end_pool(s, actor=owner, year=2026, pool="10000.00")
    by_no = {r.employee_no: r for r in rows}
    assert sum(r.amount for r in rows) == D("10000.00")
    # E103 joined 2026-11-16 and has no annual grade: nothing
    assert by_no["E103"].amount == 0 and by_no["E103"].months == D("1.50")
    # weights 5000 × 1.5 × 12/12 = 7500, 6000 × 1.2 = 7200, 5000 × 1.0 = 5000 (total 19700)
    assert by_no["E100"].grade == "excellent" and by_no["E101"].grade == "good" and by_no["E102"].grade == "pass"
    assert by_no["E100"].amount == D("3807.11") and by_no["E101"].amount == D("3654.82")
    assert by_no["E102"].amount == D("2538.07")
    assert by_no["E100"].explanations[-1].code == "pool_share"
    with factory.begin() as s, pytest.raises(PermissionDenied):
        pools.split_year_end_pool(s, actor=shop["mgr"], year=2026, pool="100")


def test_team_pool_by_final_score(factory, owner, shop):
    with factory.begin() as s:
        rows = pools.split_team_pool(s, actor=owner, year=YEAR, month=MONTH, pool="100.00", department="运营部")
    assert [r.employee_no for r in rows] == ["E100", "E101", "E103"]
    assert [r.amount for r in rows] == [D("0.00"), D("100.00"), D("0.00")]  # only E101 has a November score
    assert rows[1].score == D("85.00")
