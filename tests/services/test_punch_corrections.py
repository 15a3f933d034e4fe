"""Missing-punch corrections (补卡): filed by staff, decided by the manager, used by the month."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.attendance import PunchCorrection, PunchRecord
from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services.attendance.month import month_summary
from shopteam.services.attendance.requests import decide_request, list_requests, request_correction
from shopteam.services.attendance.settings import AttendanceSettings, set_attendance_settings
from shopteam.services.attendance.worktime import save_work_pattern
from tests.services.test_work_rules import shop  # noqa: F401  (the fixture)

DAY = date(2026, 9, 8)  # a Tuesday


@pytest.fixture
def forgot_clock_in(factory, shop):  # noqa: F811
    """E001 forgot to clock in on 8 September (only the 19:00 clock-out was recorded); E001 reports to E003."""
    with factory.begin() as s:
        s.scalars(select(PunchRecord).where(PunchRecord.employee_id == shop["a"],
                                            PunchRecord.work_date == DAY)).one().clock_in = None
        s.get(Employee, shop["a"]).manager_id = shop["c"]
    return shop


def figures(factory, owner, number="E001"):
    with clock.frozen(date(2026, 10, 10)), factory() as s:
        return next(r for r in month_summary(s, actor=owner, year=2026, month=9) if r.employee_no == number)


def file(factory, actor, day=DAY, **times):
    with clock.frozen(date(2026, 9, 9)), factory.begin() as s:
        return request_correction(s, actor=actor, work_date=day, reason="忘记打卡", **times)


def decide(factory, actor, request_id, approve=True):
    with factory.begin() as s:
        decide_request(s, actor=actor, kind="correction", request_id=request_id, approve=approve, note="ok")


def test_an_approved_correction_removes_the_missing_punch_and_the_lateness(factory, owner, forgot_clock_in):
    ids = forgot_clock_in
    with factory.begin() as s:  # 08:58 is on time for the 09:00 default shift
        for p in s.scalars(select(PunchRecord).where(PunchRecord.employee_id == ids["a"])):
            if p.clock_in is not None:
                p.clock_in = datetime.combine(p.work_date, time(8, 55))
    before = figures(factory, owner)
    assert (before.missing_punch_count, before.late_count, before.corrections) == (1, 0, 0)
    request_id = file(factory, ids["staff"], clock_in=time(8, 58))
    assert figures(factory, owner).missing_punch_count == 1  # pending: nothing changes yet
    decide(factory, ids["manager"], request_id)
    after = figures(factory, owner)
    assert (after.missing_punch_count, after.late_count, after.late_minutes) == (0, 0, 0)
    assert (after.corrections, after.corrections_over_allowance) == (1, 0)
    with factory() as s:
        (row,) = list_requests(s, actor=owner, kind="correction")
        assert s.scalar(select(AuditLog.action).where(AuditLog.entity == "correction_request",
                                                      AuditLog.entity_id == request_id)
                        .order_by(AuditLog.id.desc()).limit(1)) == "approve"
    assert (row.work_date, row.start, row.end, row.status) == (DAY, datetime(2026, 9, 8, 8, 58), None, "approved")


def test_a_late_corrected_clock_in_counts_as_late(factory, owner, forgot_clock_in):
    ids = forgot_clock_in
    before = figures(factory, owner)
    decide(factory, owner, file(factory, ids["staff"], clock_in=time(9, 20)))
    row = figures(factory, owner)
    assert row.missing_punch_count == 0
    assert (row.late_count, row.late_minutes) == (before.late_count + 1, before.late_minutes + 20)


def test_a_rejected_correction_changes_nothing(factory, owner, forgot_clock_in):
    ids = forgot_clock_in
    before = figures(factory, owner)
    decide(factory, ids["manager"], file(factory, ids["staff"], clock_in=time(8, 58)), approve=False)
    assert figures(factory, owner) == before


def test_who_may_decide_and_what_is_refused(factory, owner, forgot_clock_in):
    ids = forgot_clock_in
    request_id = file(factory, ids["staff"], clock_in=time(8, 58))
    with pytest.raises(PermissionDenied), factory.begin() as s:
        decide_request(s, actor=ids["staff"], kind="correction", request_id=request_id, approve=True)
    with pytest.raises(ValidationError) as err:
        file(factory, ids["staff"], clock_in=time(9))
    assert err.value.code == "correction_exists"  # the same punch is already waiting
    with pytest.raises(ValidationError) as err:
        file(factory, ids["staff"])
    assert err.value.code == "correction_time"
    with pytest.raises(ValidationError) as err:
        file(factory, ids["staff"], day=date(2026, 9, 10), clock_out=time(19))
    assert err.value.code == "correction_future"
    with pytest.raises(PermissionDenied):  # staff file only for themselves
        file(factory, ids["staff"], clock_in=time(9), employee_id=ids["b"])


def test_corrections_beyond_the_allowance_are_counted(factory, owner, forgot_clock_in):
    ids = forgot_clock_in
    with clock.frozen(date(2026, 9, 9)), factory.begin() as s:
        set_attendance_settings(s, actor=owner, settings=AttendanceSettings(free_corrections_per_month=2))
    for day in (1, 2, 3, 4):
        decide(factory, owner, file(factory, ids["staff"], day=date(2026, 9, day), clock_out=time(19, 5)))
    row = figures(factory, owner)
    assert (row.corrections, row.corrections_over_allowance) == (4, 2)
    assert row.missing_punch_count == 1  # the recorded punches of 1–4 September stay as they were


def test_a_clock_out_after_midnight_is_on_the_next_day(factory, owner, forgot_clock_in):
    ids = forgot_clock_in
    with clock.frozen(date(2026, 9, 9)), factory.begin() as s:
        save_work_pattern(s, actor=owner, name="夜班", weekdays=0b0011111, periods=[(time(20), time(0, 30))],
                          employee_id=ids["b"], effective_from=date(2026, 9, 1))
        punch = s.scalars(select(PunchRecord).where(PunchRecord.employee_id == ids["b"],
                                                    PunchRecord.work_date == DAY)).one()
        punch.clock_in, punch.clock_out = None, None
    request_id = file(factory, owner, clock_out=time(0, 30), employee_id=ids["b"])
    with factory() as s:
        assert s.get(PunchCorrection, request_id).clock_out == datetime(2026, 9, 9, 0, 30)
    decide(factory, owner, request_id)
    assert figures(factory, owner, "E002").corrections == 1
