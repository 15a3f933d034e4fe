"""Bonus pools: saved as a draft with shares that add up to the pool to the fen, approved (locked) and reopened by
the owner only, paid as a line of the chosen month's payout with its explanation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle
from shopteam.db.models.payout import BonusPool
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.domain.explain import render
from shopteam.services.payout import pools
from shopteam.services.payout import runs as payout
from tests.services.payout_shop import MONTH, YEAR, make_month

D = Decimal


@pytest.fixture
def shop(factory, owner):
    ids = make_month(factory, owner)
    with factory.begin() as s:  # E100 and E102 score as E101 does: three equal weights
        cycle = s.scalar(select(AppraisalCycle).where(AppraisalCycle.year == YEAR, AppraisalCycle.month == MONTH))
        for no in ("E100", "E102"):
            s.add(Appraisal(cycle_id=cycle.id, employee_id=ids[no], final_score=D("85.00"), grade="good",
                            state="finalised"))
    return ids


def _team(factory, actor, **kw):
    values = dict(kind="team", year=YEAR, month=MONTH, amount="100.00", pay_year=YEAR, pay_month=MONTH)
    values.update(kw)
    with factory.begin() as s:
        return pools.save_draft(s, actor=actor, **values)


def test_equal_weights_split_to_the_fen_largest_remainder_to_the_smaller_employee_no(factory, owner, shop):
    pool = _team(factory, owner)
    assert pool.state == "draft" and not pool.locked
    assert [(r.employee_no, r.amount) for r in pool.shares] == [
        ("E100", D("33.34")), ("E101", D("33.33")), ("E102", D("33.33")), ("E103", D("0.00"))]
    assert pool.total == D("100.00") == pool.amount
    with factory() as s:  # what was stored reads back the same
        again = pools.get_pool(s, actor=owner, pool_id=pool.id)
    assert [r.amount for r in again.shares] == [r.amount for r in pool.shares]
    assert again.shares[0].score == D("85.00") and again.shares[0].weight == D("85.00")
    assert [e.code for e in again.shares[0].explanations] == ["team_weight", "pool_share"]


@pytest.mark.parametrize("amount", ["0.01", "99.99", "1000.00", "12345.67"])
def test_the_shares_always_sum_to_the_pool(factory, owner, shop, amount):
    with factory.begin() as s:
        s.get(Employee, shop["E100"]).base_salary = D("5333.33")
    with factory.begin() as s:
        year_end = pools.save_draft(s, actor=owner, kind="year_end", year=YEAR, amount=amount, pay_year=YEAR,
                                    pay_month=12)
    team = _team(factory, owner, amount=amount)
    assert year_end.total == team.total == D(amount)


def test_department_pool(factory, owner, shop):
    pool = _team(factory, owner, department_id=shop["cs"])
    assert pool.department == "客服部" and [(r.employee_no, r.amount) for r in pool.shares] == [("E102", D("100.00"))]


def test_approve_locks_reopen_needs_the_owner_and_a_reason(factory, owner, shop):
    pool = _team(factory, owner)
    for fn, kw in ((pools.approve_pool, {}), (pools.reopen_pool, {"reason": "x"}), (pools.delete_pool, {}),
                   (pools.list_pools, None)):
        with factory.begin() as s, pytest.raises(PermissionDenied):
            fn(s, actor=shop["mgr"], **({} if kw is None else {"pool_id": pool.id, **kw}))
    with factory.begin() as s, pytest.raises(PermissionDenied):
        pools.save_draft(s, actor=shop["s101"], kind="team", year=YEAR, month=MONTH, amount="1", pay_year=YEAR,
                         pay_month=MONTH)
    with factory.begin() as s:
        approved = pools.approve_pool(s, actor=owner, pool_id=pool.id)
    assert approved.locked and approved.approved_by == "boss"
    with factory.begin() as s, pytest.raises(ValidationError) as err:  # locked: no change, no delete
        pools.save_draft(s, actor=owner, kind="team", year=YEAR, month=MONTH, amount="200.00", pay_year=YEAR,
                         pay_month=MONTH, pool_id=pool.id)
    assert err.value.code == "pool_locked"
    with factory.begin() as s, pytest.raises(ValidationError):
        pools.delete_pool(s, actor=owner, pool_id=pool.id)
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        pools.reopen_pool(s, actor=owner, pool_id=pool.id, reason="  ")
    assert err.value.code == "reopen_reason"
    with factory.begin() as s:
        reopened = pools.reopen_pool(s, actor=owner, pool_id=pool.id, reason="wrong amount")
    assert reopened.state == "draft" and reopened.reopen_history[0]["reason"] == "wrong amount"
    with factory.begin() as s:
        changed = pools.save_draft(s, actor=owner, kind="team", year=YEAR, month=MONTH, amount="200.00",
                                   pay_year=YEAR, pay_month=MONTH, pool_id=pool.id)
        assert changed.id == pool.id and changed.total == D("200.00")
        pools.delete_pool(s, actor=owner, pool_id=pool.id)
    with factory() as s:
        assert s.get(BonusPool, pool.id) is None
        actions = [a for (a,) in s.execute(select(AuditLog.action).where(AuditLog.entity == "bonus_pool")
                                           .order_by(AuditLog.id))]
    assert actions == ["create", "lock", "reopen", "update", "delete"]


def test_bad_input_is_refused_and_nothing_saved(factory, owner, shop):
    for kw, code in (({"amount": "abc"}, None), ({"amount": "-5"}, None), ({"pay_month": 13}, "month"), ({"month": None}, "pool_month"),
                     ({"kind": "weekly"}, "pool_kind")):
        with factory.begin() as s, pytest.raises(ValidationError) as err:
            pools.save_draft(s, actor=owner, **{**dict(kind="team", year=YEAR, month=MONTH, amount="100.00",
                                                     pay_year=YEAR, pay_month=MONTH), **kw})
        assert code is None or err.value.code == code
    with factory() as s:
        assert s.scalars(select(BonusPool)).all() == []


def test_an_approved_pool_is_paid_in_its_month_with_its_explanation(factory, owner, shop):
    draft = _team(factory, owner)
    with factory.begin() as s:  # a draft is not paid
        view = payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    assert all(r.amounts["team_bonus"] == 0 for r in view.rows)
    before = {r.employee_no: r.total for r in view.rows}
    with factory.begin() as s:
        pools.approve_pool(s, actor=owner, pool_id=draft.id)
        view = payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    li = next(r for r in view.rows if r.employee_no == "E101")
    assert li.amounts["team_bonus"] == D("33.33") and li.total == before["E101"] + D("33.33") == D("9300.23")
    assert [render(e, "en") for e in li.explanations["team_bonus"]] == [
        "Team bonus pool of 2026-11, whole shop (pool of 100.00)", "Weight = final score 85.00",
        "100.00 × 85 / 255 = 33.3333 → 33.33"]
    assert render(li.explanations["team_bonus"][0], "zh") == "2026-11 团队奖金池，全店（奖金池 100.00）"
    assert view.shop.amounts["team_bonus"] == D("100.00")  # the parts add up to the pool in the payout too
    assert view.shop.total == sum(before.values()) + D("100.00")
    with factory.begin() as s:  # not paid twice: another month does not see it
        december = payout.compute_run(s, actor=owner, year=YEAR, month=12)
    assert all(r.amounts["team_bonus"] == 0 for r in december.rows)
    # the payout of the pay month is approved: the pool can be neither reopened nor (another one) approved
    other = _team(factory, owner, amount="10.00")
    with factory.begin() as s:
        payout.approve_run(s, actor=owner, year=YEAR, month=MONTH)
    for fn, kw in ((pools.reopen_pool, {"pool_id": draft.id, "reason": "x"}), (pools.approve_pool,
                                                                                {"pool_id": other.id})):
        with factory.begin() as s, pytest.raises(payout.PayoutLocked):
            fn(s, actor=owner, **kw)


def test_a_pay_month_after_someone_with_a_share_left_is_refused(factory, owner, shop):
    pool = _team(factory, owner, pay_month=12)
    with factory.begin() as s:
        s.get(Employee, shop["E102"]).leave_date = date(2026, 11, 30)
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        pools.approve_pool(s, actor=owner, pool_id=pool.id)
    assert err.value.code == "pool_pay_month" and err.value.params["people"] == "E102"
