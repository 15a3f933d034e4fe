"""Leave requests and overtime applications: who may decide, and what a decision does to the month."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.attendance import PunchRecord
from shopteam.domain.calendar import WorkCalendar, month_days
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.attendance.month import month_summary
from shopteam.services.attendance.requests import apply_overtime, decide_request, list_requests, request_leave
from shopteam.services.imports.pipeline import commit_import, preview_import
from tests.conftest import SAMPLE_DATA

ATTENDANCE = SAMPLE_DATA / "attendance"


@pytest.fixture
def shop(factory, owner):
    """The sample roster and September's punches; A001 manages A002; accounts for both and for A003."""
    for name, kind in (("roster_foreign.xlsx", "roster"), ("punch_gbk_2026-09.csv", "attendance")):
        with factory.begin() as s:
            commit_import(s, actor=owner, preview=preview_import(s, actor=owner, path=ATTENDANCE / name, kind=kind))
    with factory.begin() as s:
        ids = dict(s.execute(select(Employee.employee_no, Employee.id)).all())
        s.get(Employee, ids["A002"]).manager_id = ids["A001"]
        for username, number in (("zhangwei", "A001"), ("wangfang", "A002"), ("lina", "A003")):
            accounts.create_account(s, actor=owner, username=username, password="secret123", level="staff",
                                    employee_id=ids[number])
    actors = {}
    with factory() as s:
        for username in ("zhangwei", "wangfang", "lina"):
            actors[username] = accounts.login(s, username=username, password="secret123").actor
    return owner, actors, ids


def row_of(factory, actor, number):
    with factory() as s:
        return next(r for r in month_summary(s, actor=actor, year=2026, month=9) if r.employee_no == number)


def absent_day(factory, employee_id):
    with factory() as s:
        punched = set(s.scalars(select(PunchRecord.work_date).where(PunchRecord.employee_id == employee_id)))
    calendar = WorkCalendar()
    return next(d for d in calendar.workdays(month_days(2026, 9)) if d not in punched)


def test_who_may_decide(factory, shop):
    owner, actors, ids = shop
    with factory.begin() as s:
        own = request_leave(s, actor=actors["wangfang"], kind="事假", start=date(2026, 9, 7), reason="看病")
        other = request_leave(s, actor=actors["lina"], kind="annual", start=date(2026, 9, 8))
    for actor in (actors["wangfang"], actors["lina"]):  # the person, and a colleague
        with pytest.raises(PermissionDenied), factory.begin() as s:
            decide_request(s, actor=actor, kind="leave", request_id=own, approve=True)
    with pytest.raises(PermissionDenied), factory.begin() as s:  # A001 is not A003's manager
        decide_request(s, actor=actors["zhangwei"], kind="leave", request_id=other, approve=True)
    with factory() as s:
        pending = {r.id: r for r in list_requests(s, actor=actors["zhangwei"], status="pending")}
        assert set(pending) == {own} and pending[own].can_decide and pending[own].leave_kind == "personal"
        assert pending[own].hours == 8.0
    with factory.begin() as s:  # the manager (reports-to) approves; the owner rejects the other one
        decide_request(s, actor=actors["zhangwei"], kind="leave", request_id=own, approve=True, note="好")
        decide_request(s, actor=owner, kind="leave", request_id=other, approve=False, note="旺季")
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        decide_request(s, actor=owner, kind="leave", request_id=own, approve=False)
    assert err.value.code == "already_decided"
    with factory() as s:
        rows = {r.id: r for r in list_requests(s, actor=owner, kind="leave")}
        assert rows[own].status == "approved" and rows[own].decided_by == "zhangwei"
        assert rows[other].status == "rejected" and rows[other].decision_note == "旺季"
        actions = [a.action for a in s.scalars(select(AuditLog).where(AuditLog.entity == "leave_request"))]
        assert actions.count("approve") == 1 and actions.count("reject") == 1


def test_staff_file_only_their_own_requests(factory, shop):
    _owner, actors, ids = shop
    with pytest.raises(PermissionDenied), factory.begin() as s:
        request_leave(s, actor=actors["lina"], kind="sick", start=date(2026, 9, 7), employee_id=ids["A002"])


def test_approved_leave_removes_the_absence(factory, shop):
    owner, actors, ids = shop
    assert row_of(factory, owner, "A001").absence_days == 1
    day = absent_day(factory, ids["A001"])
    with factory.begin() as s:
        request = request_leave(s, actor=actors["zhangwei"], kind="年假", start=day, reason="回家")
    assert row_of(factory, owner, "A001").absence_days == 1  # pending leave changes nothing
    with factory.begin() as s:
        decide_request(s, actor=owner, kind="leave", request_id=request, approve=True)
    row = row_of(factory, owner, "A001")
    assert (row.absence_days, row.leave_hours) == (0, 8.0)
    assert row.days_worked == 21  # the rest of the month is as before


def test_unapproved_overtime_is_shown_but_flagged(factory, shop):
    owner, actors, ids = shop
    before = row_of(factory, owner, "A001")
    assert before.overtime_hours_workday == 5.5 and before.unapproved_overtime_hours == 5.5
    with factory() as s:
        day, clock_out = s.execute(select(PunchRecord.work_date, PunchRecord.clock_out).where(
            PunchRecord.employee_id == ids["A001"], PunchRecord.clock_out.is_not(None))
            .order_by(PunchRecord.clock_out.desc())).first()
    with factory.begin() as s:
        wanted = apply_overtime(s, actor=actors["zhangwei"], work_date=day, start=time(18), end=time(19),
                                reason="大促")
        rejected = apply_overtime(s, actor=owner, work_date=day, hours=2, employee_id=ids["A001"])
    with factory.begin() as s:
        decide_request(s, actor=owner, kind="overtime", request_id=wanted, approve=True)
        decide_request(s, actor=owner, kind="overtime", request_id=rejected, approve=False)
    after = row_of(factory, owner, "A001")
    assert after.overtime_hours_workday == 5.5  # shown as worked
    assert after.unapproved_overtime_hours == pytest.approx(4.5)  # but only one hour was approved
