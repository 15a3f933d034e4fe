"""The home screen's figures (services/dashboard) for each access level, every number asserted against the
hand-built shop of dashboard_shop."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from shopteam.domain import clock
from shopteam.services.dashboard import AttendanceExceptions, month_dashboard
from shopteam.services.payout import runs as payout
from tests.services.dashboard_shop import MONTH, TODAY, YEAR, make_dashboard_shop, manager_actor, staff_actor


@pytest.fixture
def shop(factory, owner):
    with clock.frozen(TODAY):
        yield make_dashboard_shop(factory)


def _dashboard(factory, actor, year=YEAR, month=MONTH):
    with factory() as s:
        return month_dashboard(s, actor=actor, year=year, month=month)


def test_the_owner_sees_the_whole_shop(factory, owner, shop):
    d = _dashboard(factory, owner)
    assert d.as_of == TODAY
    assert (d.headcount, d.joiners, d.leavers) == (4, 2, 1)  # E1–E4; E4 and E6 join; E5 left
    assert (d.open_tasks, d.overdue_tasks) == (4, 2)  # c1–c4; c1 and c4 are past due
    assert d.attendance_exceptions == AttendanceExceptions(late=2, missing_punches=1, absence_days=1)
    assert d.pending_approvals == {"leave": 1, "overtime": 1, "correction": 1, "timesheet": 1}
    assert d.pending_total == 4
    assert d.appraisal_progress == {"finalised": 1, "self_assessment": 2, "supervisor_review": 1}
    assert d.payout_status == "not_computed"
    assert d.mine is None
    items = [(i.kind, i.employee_no, i.detail) for i in d.month_end.items]
    assert items == [("not_computed", "", ""),
                     ("pending_request", "E1", "correction"), ("pending_request", "E2", "leave"),
                     ("pending_request", "E3", "overtime"),
                     ("unfinalised_appraisal", "E1", "supervisor_review"),
                     ("unfinalised_appraisal", "E2", "self_assessment"),
                     ("unfinalised_appraisal", "E3", "self_assessment")]
    assert _dashboard(factory, owner, 2026, 10).payout_status == "approved"


def test_a_manager_sees_their_department(factory, shop):
    d = _dashboard(factory, manager_actor(shop))
    assert (d.headcount, d.joiners, d.leavers) == (3, 1, 0)  # E1, E2, E4
    assert (d.open_tasks, d.overdue_tasks) == (1, 1)  # c1 of E2
    assert d.attendance_exceptions == AttendanceExceptions(late=2, missing_punches=1, absence_days=0)
    # E2's leave and E4's timesheet; not the manager's own correction, not 客服部's overtime
    assert d.pending_approvals == {"leave": 1, "overtime": 0, "correction": 0, "timesheet": 1}
    assert d.appraisal_progress == {"finalised": 1, "self_assessment": 1, "supervisor_review": 1}
    assert d.month_end is None  # only who approves the payout has the month-end checklist
    assert d.as_dict()["month_end_blockers"] is None


def test_staff_see_themselves_and_their_own_month(factory, shop):
    d = _dashboard(factory, staff_actor(shop))
    assert (d.headcount, d.joiners, d.leavers) == (1, 0, 0)
    assert (d.open_tasks, d.overdue_tasks) == (2, 0)  # c2, c3
    assert d.attendance_exceptions == AttendanceExceptions(late=0, missing_punches=0, absence_days=1)
    assert d.pending_approvals == {"leave": 0, "overtime": 0, "correction": 0, "timesheet": 0}
    assert d.appraisal_progress == {"self_assessment": 1}
    mine = d.mine
    assert [t.title for t in mine.tasks_this_week] == ["c2"]  # due 11-20, within Mon 16 … Sun 22; c3 is later
    assert (mine.attendance.absence_days, mine.attendance.late_count, mine.attendance.days_worked) == (1, 0, 12)
    assert (mine.last_appraisal.period, mine.last_appraisal.grade, mine.last_appraisal.score) == (
        "2026-10", "良好", Decimal("85.00"))
    assert [(p.period, p.total) for p in mine.payslips] == [("2026-10", Decimal("5000.00"))]
    assert [(r.kind, r.day, r.status) for r in mine.requests] == [
        ("overtime", date(2026, 11, 12), "pending"), ("leave", date(2026, 11, 17), "rejected")]
    data = d.as_dict()
    assert data["mine"]["payslips"] == [{"period": "2026-10", "total": "5000.00", "net": None}]


def test_days_after_today_do_not_count(factory, owner, shop):
    with clock.frozen(date(2026, 11, 5)):  # E3's absence on the 10th is still to come
        d = _dashboard(factory, owner)
    assert (d.attendance_exceptions.late, d.attendance_exceptions.absence_days) == (2, 0)
    assert (d.headcount, d.joiners, d.leavers) == (4, 2, 1)  # E5 still works on the 5th; E4 joins on the 9th


def test_the_checklist_is_the_one_approving_the_payout_shows(factory, owner, shop):
    with factory.begin() as s:
        payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    d = _dashboard(factory, owner)
    with factory() as s:
        check = payout.closing_check_of(s, actor=owner, year=YEAR, month=MONTH)
    assert d.month_end.items == check.items and d.month_end.estimate
    assert "not_computed" not in [i.kind for i in d.month_end.items]
    assert d.payout_status == "estimate"


def test_probation_ends_within_two_weeks_for_who_reviews_them(factory, owner, shop):
    from datetime import timedelta

    from shopteam.db.models import Employee

    with factory.begin() as s:
        for number, days in (("E4", 5), ("E2", 30)):  # 赵新人 ends in 5 days; 李运营 in a month: not yet listed
            e = s.get(Employee, shop[number])
            e.status, e.probation_end = "probation", TODAY + timedelta(days=days)
    with clock.frozen(TODAY):
        d = _dashboard(factory, owner)
        assert d.probation_ends == (("E4", "赵新人", date(2026, 11, 23)),)
        assert d.as_dict()["probation_ends"] == [{"employee_no": "E4", "name": "赵新人", "date": "2026-11-23"}]
        assert _dashboard(factory, manager_actor(shop)).probation_ends == (("E4", "赵新人", date(2026, 11, 23)),)
        assert _dashboard(factory, staff_actor(shop)).probation_ends == ()


def test_training_sessions_of_the_next_two_weeks_for_who_manages_training(factory, owner, shop):
    from datetime import timedelta

    from shopteam.services.training.plans import create_plan, create_session

    with clock.frozen(TODAY), factory.begin() as s:  # TODAY is 2026-11-18
        plan = create_plan(s, actor=owner, year=YEAR, topic="客服话术", planned_hours=6)
        for days in (-1, 0, 6, 14, 15):  # yesterday's is past; the one 15 days ahead not yet listed
            create_session(s, actor=owner, plan_id=plan, day=TODAY + timedelta(days=days), hours=2, place="会议室")
    with clock.frozen(TODAY):
        d = _dashboard(factory, owner)
        assert d.training_upcoming == (("客服话术", date(2026, 11, 18)), ("客服话术", date(2026, 11, 24)),
                                       ("客服话术", date(2026, 12, 2)))
        assert d.as_dict()["training_upcoming"][1] == {"topic": "客服话术", "date": "2026-11-24"}
        assert len(_dashboard(factory, manager_actor(shop)).training_upcoming) == 3  # managers hold training.manage
        assert _dashboard(factory, staff_actor(shop)).training_upcoming == ()


def test_my_last_appraisal_shows_the_score_that_counts(factory, shop):
    """A calibrated score (even 0) and grade count over the computed ones (domain.grading.counted_score)."""
    from sqlalchemy import select

    from shopteam.db.models.appraisal import Appraisal

    me = staff_actor(shop)
    with factory.begin() as s:
        appraisal = s.scalars(select(Appraisal).where(Appraisal.employee_id == me.employee_id,
                                                      Appraisal.final_score.is_not(None))).one()
        appraisal.calibrated_score, appraisal.calibrated_grade = Decimal("0.00"), "不合格"
    last = _dashboard(factory, me).mine.last_appraisal
    assert (last.period, last.grade, last.score) == ("2026-10", "不合格", Decimal("0.00"))
