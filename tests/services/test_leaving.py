"""Leaving (离职): a resignation or dismissal with its last day and reason, the handover checklist, the account
refused from the day after the last day, the last month paid pro rata, and the record kept as 'left'."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import delete, select

from shopteam.db.models import AuditLog, Employee, RoleAssignment
from shopteam.db.models.attendance import PunchRecord
from shopteam.domain import clock
from shopteam.domain.audit_summary import decode, render
from shopteam.domain.errors import AccountClosed, PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.org import leaving, roster
from shopteam.services.payout import runs as payout
from tests.services.appraisal_shop import PASSWORD
from tests.services.payout_shop import make_month

pytestmark = pytest.mark.both_backends

LAST_DAY = date(2026, 11, 13)  # a Friday: 10 of November's 21 workdays employed


@pytest.fixture
def shop(factory, owner):
    clock.set_today(date(2026, 11, 10))
    return make_month(factory, owner)


def _audits(s, entity):
    return list(s.scalars(select(AuditLog).where(AuditLog.entity == entity).order_by(AuditLog.id)))


def _leave(factory, actor, staff_id, **kw):
    args = {"kind": "resignation", "last_day": LAST_DAY, "reason": "回老家发展",
            "handover": ["客服话术交给小王", "", "归还工牌"]} | kw
    with factory.begin() as s:
        leaving.record_leaving(s, actor=actor, staff_id=staff_id, **args)


def test_a_resignation_keeps_the_record_as_left_with_its_checklist_and_audit(factory, owner, shop):
    _leave(factory, owner, shop["E102"])
    with factory() as s:
        emp = s.get(Employee, shop["E102"])
        assert (emp.status, emp.leave_date, emp.leave_kind, emp.leave_reason) == (
            "left", LAST_DAY, "resignation", "回老家发展")
        assert [a.end_date for a in s.scalars(select(RoleAssignment).where(
            RoleAssignment.employee_id == emp.id))] == [LAST_DAY]
        assert any(r.id == emp.id and r.status == "left" for r in roster.list_staff(s, actor=owner))
        items = leaving.handover_items(s, actor=owner, staff_id=emp.id)
        assert [(i.text, i.done) for i in items] == [("客服话术交给小王", False), ("归还工牌", False)]
        (left,) = [a for a in _audits(s, "employee") if a.action == "leave"]
        assert render(decode(left.summary), "en") == "E102 张客服: last day 2026-11-13 (resignation): 回老家发展"
        assert render(decode(left.summary), "zh_CN") == "E102 张客服：最后工作日 2026-11-13（辞职）：回老家发展"
        assert [a.action for a in _audits(s, "handover_item")] == ["create", "create"]
    with factory.begin() as s:
        leaving.set_handover_done(s, actor=owner, item_id=items[1].id, done=True)
        leaving.set_handover_done(s, actor=owner, item_id=items[1].id, done=True)  # no change: no record
        extra = leaving.add_handover_item(s, actor=owner, staff_id=emp.id, text="结清借款")
    with factory() as s:
        items = leaving.handover_items(s, actor=owner, staff_id=emp.id)
        assert [(i.text, i.done, i.done_on, i.done_by) for i in items] == [
            ("客服话术交给小王", False, None, ""), ("归还工牌", True, date(2026, 11, 10), "boss"),
            ("结清借款", False, None, "")]
        assert items[2].id == extra
        ticked = _audits(s, "handover_item")[2]
        assert ticked.action == "update"
        assert render(decode(ticked.summary), "zh_CN") == "E102 张客服：交接项 归还工牌 已完成"
    with factory.begin() as s:
        leaving.set_handover_done(s, actor=owner, item_id=items[1].id, done=False)
    with factory() as s:
        assert leaving.handover_items(s, actor=owner, staff_id=emp.id)[1].done_on is None


def test_a_dismissal_and_what_is_refused(factory, owner, shop):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        leaving.record_leaving(s, actor=owner, staff_id=shop["E101"], kind="fired", last_day=LAST_DAY, reason="x")
    assert err.value.code == "leave_kind"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        leaving.record_leaving(s, actor=owner, staff_id=shop["E101"], kind="dismissal", last_day=LAST_DAY,
                               reason=" ")
    assert err.value.code == "required"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        leaving.record_leaving(s, actor=owner, staff_id=shop["E101"], kind="dismissal",
                               last_day=date(2024, 12, 31), reason="严重违纪")
    assert err.value.code == "leave_before_hire"
    with pytest.raises(PermissionDenied), factory.begin() as s:  # staff: no
        leaving.record_leaving(s, actor=shop["s101"], staff_id=shop["E101"], kind="dismissal", last_day=LAST_DAY,
                               reason="严重违纪")
    with pytest.raises(PermissionDenied), factory.begin() as s:  # 运营部's manager: not 客服部's people
        leaving.record_leaving(s, actor=shop["mgr"], staff_id=shop["E102"], kind="dismissal", last_day=LAST_DAY,
                               reason="严重违纪")
    _leave(factory, shop["mgr"], shop["E101"], kind="dismissal", reason="严重违纪", handover=[])
    with factory() as s:
        emp = s.get(Employee, shop["E101"])
        assert (emp.status, emp.leave_kind) == ("left", "dismissal")
        assert _audits(s, "handover_item") == []
        assert leaving.handover_items(s, actor=shop["s101"], staff_id=shop["E101"]) == []  # one's own
        with pytest.raises(PermissionDenied):  # someone else's
            leaving.handover_items(s, actor=shop["s102"], staff_id=shop["E101"])
    with pytest.raises(ValidationError) as err:
        _leave(factory, owner, shop["E101"])
    assert err.value.code == "left_already"
    with factory.begin() as s:  # coming back clears how they left
        roster.rejoin(s, actor=owner, staff_id=shop["E101"])
    with factory() as s:
        assert (s.get(Employee, shop["E101"]).leave_kind, s.get(Employee, shop["E101"]).leave_date) == ("", None)


def test_the_account_logs_in_up_to_the_last_day_and_not_after(factory, owner, shop):
    _leave(factory, owner, shop["E102"])
    for today, ok in ((date(2026, 11, 10), True), (LAST_DAY, True), (date(2026, 11, 14), False)):
        clock.set_today(today)
        with factory.begin() as s:
            result = accounts.login(s, username="s102", password=PASSWORD)
        assert (result.actor is not None) == ok, today
        if not ok:
            assert isinstance(result.error, AccountClosed)
            assert str(result.error) == "This account was closed after the last working day (2026-11-13)."
    with factory.begin() as s:  # a wrong password still says only that
        assert type(accounts.login(s, username="s102", password="wrong-one").error).__name__ == "LoginError"
        assert accounts.login(s, username="s101", password=PASSWORD).actor is not None  # others log in



def test_the_accounts_list_says_until_when_and_that_an_account_is_closed(factory, owner, shop):
    _leave(factory, owner, shop["E102"])
    for today, closed in ((LAST_DAY, False), (date(2026, 11, 14), True)):
        clock.set_today(today)
        with factory() as s:
            rows = {r.username: (r.last_day, r.closed) for r in accounts.list_accounts(s, actor=owner)}
        assert rows["s102"] == (LAST_DAY, closed), today
        assert rows["s101"] == (None, False)


def test_the_last_month_is_paid_pro_rata_to_the_last_day(factory, owner, shop):
    _leave(factory, owner, shop["E102"])
    with factory.begin() as s:  # no punches after the last day
        s.execute(delete(PunchRecord).where(PunchRecord.employee_id == shop["E102"], PunchRecord.work_date > LAST_DAY))
    clock.set_today(date(2026, 12, 7))
    with factory.begin() as s:
        view = payout.compute_run(s, actor=owner, year=2026, month=11)
    row = next(r for r in view.rows if r.employee_no == "E102")
    assert row.amounts["base_salary"] == Decimal("2380.95")  # 5000 × 10 / 21
    assert row.explanations["base_salary"][0].text() == (
        "Base salary 5,000.00 × 10 / 21 workdays employed = 2,380.95")
    assert row.amounts["full_attendance_bonus"] == 0 and row.amounts["attendance_deduction"] == 0
    with factory.begin() as s:
        december = payout.compute_run(s, actor=owner, year=2026, month=12)
    assert "E102" not in [r.employee_no for r in december.rows]
