"""Training (培训): plans, sessions, attendance and evaluations with their permissions and audit records, the
person's record, the year's report, and the appraisal's ``training`` indicator source, with figures."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Department, Employee
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.appraisal import schemes
from shopteam.services.training import plans, records

TODAY = date(2026, 12, 7)


@pytest.fixture
def shop(factory, owner):
    """客服部 (head 王主管 M001; 小李 S001, 小张 S002) and 运营部 (小赵 O001, outside the manager's scope)."""
    clock.set_today(TODAY)
    with factory.begin() as s:
        cs, ops = Department(name="客服部"), Department(name="运营部")
        s.add_all([cs, ops])
        s.flush()
        people = {no: Employee(employee_no=no, name=name, hire_date=date(2024, 1, 1), department_id=dep.id)
                  for no, name, dep in (("M001", "王主管", cs), ("S001", "小李", cs), ("S002", "小张", cs),
                                        ("O001", "小赵", ops))}
        s.add_all(people.values())
        s.flush()
        cs.head_id = people["M001"].id
        accounts.create_account(s, actor=owner, username="mgr", password="secret123", level="manager",
                                employee_id=people["M001"].id)
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=people["S001"].id)
        ids = {no: p.id for no, p in people.items()}
    with factory.begin() as s:
        ids["manager"] = accounts.login(s, username="mgr", password="secret123").actor
        ids["staff"] = accounts.login(s, username="li", password="secret123").actor
    return ids


def _audits(s, entity):
    return [(a.action, a.summary) for a in s.scalars(select(AuditLog).where(AuditLog.entity == entity)
                                                       .order_by(AuditLog.id))]


def _trained(factory, owner, shop) -> dict:
    """A Q4 plan with three sessions: 11-10 (2 h: S001 came, S002 did not), 11-24 (1.5 h online: both came),
    12-20 (not yet held). Test scores S001 85.5 and 90, S002 70."""
    manager = shop["manager"]
    with factory.begin() as s:
        plan = plans.create_plan(s, actor=owner, year=2026, quarter=4, topic="售前话术", planned_hours="8",
                                 target_roles="客服专员（售前）")
        first = plans.create_session(s, actor=manager, plan_id=plan, day=date(2026, 11, 10), hours=2,
                                     trainer="王主管", place="会议室", materials="话术手册.pdf")
        second = plans.create_session(s, actor=manager, plan_id=plan, day=date(2026, 11, 24), hours="1.5",
                                      trainer="外请讲师", online=True)
        future = plans.create_session(s, actor=manager, plan_id=plan, day=date(2026, 12, 20), hours=2,
                                      place="会议室")
        assert plans.take_attendance(s, actor=manager, session_id=first,
                                     attended={shop["S001"]: True, shop["S002"]: False}) == 2
        plans.take_attendance(s, actor=manager, session_id=second, attended={shop["S001"]: True, shop["S002"]: True})
        plans.record_evaluation(s, actor=manager, session_id=first, employee_id=shop["S001"], test_score="85.5",
                                passed=True, satisfaction=4)
        plans.record_evaluation(s, actor=manager, session_id=second, employee_id=shop["S001"], test_score=90,
                                passed=True, satisfaction=5, comment="很好")
        plans.record_evaluation(s, actor=manager, session_id=second, employee_id=shop["S002"], test_score=70,
                                passed=True, satisfaction=3)
    return {"plan": plan, "first": first, "second": second, "future": future}


def test_plan_sessions_attendance_evaluation_and_audit(factory, owner, shop):
    t = _trained(factory, owner, shop)
    with factory() as s:
        (plan,) = plans.list_plans(s, actor=owner, year=2026)
        assert (plan.topic, plan.quarter, plan.planned_hours, plan.sessions, plan.held_hours) == \
            ("售前话术", 4, Decimal("8.00"), 3, Decimal("3.50"))
        sessions = plans.list_sessions(s, actor=owner, plan_id=t["plan"])
        assert [(r.session_date, r.hours, r.online, r.listed, r.attended) for r in sessions] == [
            (date(2026, 12, 20), Decimal("2.00"), False, 0, 0), (date(2026, 11, 24), Decimal("1.50"), True, 2, 2),
            (date(2026, 11, 10), Decimal("2.00"), False, 2, 1)]
        attendees = plans.session_attendees(s, actor=owner, session_id=t["first"])
        assert [(a.employee_no, a.attended, a.test_score, a.passed, a.satisfaction) for a in attendees] == [
            ("S001", True, Decimal("85.50"), True, 4), ("S002", False, None, None, None)]
        assert [a for a, _ in _audits(s, "training_plan")] == ["create"]
        assert [a for a, _ in _audits(s, "training_session")] == ["create"] * 3 + ["update"] * 2
        assert '"code": "training_attendance"' in _audits(s, "training_session")[3][1]
        assert [a for a, _ in _audits(s, "training_evaluation")] == ["create"] * 3
    with factory.begin() as s:  # recording again replaces the evaluation, audited as an update
        plans.record_evaluation(s, actor=owner, session_id=t["first"], employee_id=shop["S001"], test_score=88)
    with factory() as s:
        assert [a for a, _ in _audits(s, "training_evaluation")] == ["create"] * 3 + ["update"]
        assert plans.session_attendees(s, actor=owner, session_id=t["first"])[0].test_score == Decimal("88.00")


def test_clear_errors_for_scores_satisfaction_and_attendance(factory, owner, shop):
    t = _trained(factory, owner, shop)
    cases = [({"test_score": 101}, "test_score", "The test score must be a number from 0 to 100, not 101."),
             ({"test_score": "-1"}, "test_score", "The test score must be a number from 0 to 100, not -1."),
             ({"test_score": "八十"}, "test_score", "The test score must be a number from 0 to 100, not 八十."),
             ({"satisfaction": 6}, "satisfaction", "Satisfaction must be a whole number from 1 to 5, not 6."),
             ({"satisfaction": 3.5}, "satisfaction", "Satisfaction must be a whole number from 1 to 5, not 3.5."),
             ({"satisfaction": 0}, "satisfaction", "Satisfaction must be a whole number from 1 to 5, not 0.")]
    for values, code, message in cases:
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            plans.record_evaluation(s, actor=owner, session_id=t["first"], employee_id=shop["S001"], **values)
        assert (err.value.code, err.value.field, str(err.value)) == (code, code, message)
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        plans.record_evaluation(s, actor=owner, session_id=t["first"], employee_id=shop["S002"], test_score=60)
    assert err.value.code == "not_attended" and str(err.value) == "小张 did not attend this session."
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        plans.take_attendance(s, actor=owner, session_id=t["future"], attended={shop["S001"]: True})
    assert err.value.code == "session_in_future"
    with pytest.raises(ValidationError) as err, factory.begin() as s:  # an attendee with an evaluation
        plans.take_attendance(s, actor=owner, session_id=t["first"], attended={shop["S001"]: False})
    assert err.value.code == "evaluated"
    for kwargs, code in (({"hours": 0}, "session_hours"), ({"hours": 25}, "session_hours"),
                         ({"hours": 1, "place": ""}, "place_required")):
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            plans.create_session(s, actor=owner, plan_id=t["plan"], day=TODAY, **{"place": "会议室", **kwargs})
        assert err.value.code == code
    for kwargs, code in (({"quarter": 5}, "quarter"), ({"topic": " "}, "required"),
                         ({"planned_hours": "-2"}, "planned_hours"), ({"year": 1999}, "year")):
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            plans.create_plan(s, actor=owner, **{"year": 2026, "topic": "新人培训", "planned_hours": 4, **kwargs})
        assert err.value.code == code
    with pytest.raises(NotFoundError), factory.begin() as s:
        plans.create_session(s, actor=owner, plan_id=999, day=TODAY, hours=1, online=True)
    with factory() as s:  # nothing of the refused changes was written
        assert len(_audits(s, "training_evaluation")) == 3
    with factory.begin() as s:  # cleared, the attendee can be marked absent
        assert plans.clear_evaluation(s, actor=owner, session_id=t["first"], employee_id=shop["S001"]) is True
        assert plans.clear_evaluation(s, actor=owner, session_id=t["first"], employee_id=shop["S001"]) is False
        plans.take_attendance(s, actor=owner, session_id=t["first"], attended={shop["S001"]: False})
    with factory() as s:
        assert [a for a, _ in _audits(s, "training_evaluation")] == ["create"] * 3 + ["delete"]
        assert [(a.employee_no, a.attended, a.test_score) for a in plans.session_attendees(
            s, actor=owner, session_id=t["first"])] == [("S001", False, None), ("S002", False, None)]
    with pytest.raises(PermissionDenied), factory.begin() as s:
        plans.clear_evaluation(s, actor=shop["staff"], session_id=t["second"], employee_id=shop["S001"])


def test_permissions_staff_and_scope(factory, owner, shop):
    t = _trained(factory, owner, shop)
    staff, manager = shop["staff"], shop["manager"]
    for call in (lambda s: plans.create_plan(s, actor=staff, year=2026, topic="x", planned_hours=1),
                 lambda s: plans.create_session(s, actor=staff, plan_id=t["plan"], day=TODAY, hours=1, online=True),
                 lambda s: plans.take_attendance(s, actor=staff, session_id=t["first"], attended={shop["S001"]: True}),
                 lambda s: plans.record_evaluation(s, actor=staff, session_id=t["second"], employee_id=shop["S001"],
                                                   test_score=100),
                 lambda s: plans.list_plans(s, actor=staff),
                 lambda s: plans.session_attendees(s, actor=staff, session_id=t["first"]),
                 lambda s: records.training_report(s, actor=staff, year=2026),
                 lambda s: records.training_record(s, actor=staff, employee_id=shop["S002"]),
                 # the manager only for the people of their departments
                 lambda s: plans.take_attendance(s, actor=manager, session_id=t["first"],
                                                 attended={shop["O001"]: True}),
                 lambda s: records.training_record(s, actor=manager, employee_id=shop["O001"])):
        with pytest.raises(PermissionDenied), factory.begin() as s:
            call(s)
    with factory() as s:
        assert records.training_record(s, actor=staff).employee_no == "S001"  # their own
        assert records.training_record(s, actor=manager, employee_id=shop["S002"]).employee_no == "S002"
        assert {r.employee_no for r in records.training_report(s, actor=manager, year=2026)} == {
            "M001", "S001", "S002"}


def test_record_and_report_figures(factory, owner, shop):
    _trained(factory, owner, shop)
    with factory() as s:
        mine = records.training_record(s, actor=shop["staff"])
        assert [(r.day, r.hours, r.attended, r.test_score) for r in mine.sessions] == [
            (date(2026, 11, 24), Decimal("1.50"), True, Decimal("90.00")),
            (date(2026, 11, 10), Decimal("2.00"), True, Decimal("85.50"))]
        assert mine.hours_by_year == {2026: Decimal("3.50")}
        assert mine.average_score == Decimal("87.75")  # (85.5 + 90) / 2
        other = records.training_record(s, actor=owner, employee_id=shop["S002"])
        assert [(r.day, r.attended) for r in other.sessions] == [(date(2026, 11, 24), True),
                                                                  (date(2026, 11, 10), False)]
        assert other.hours_by_year == {2026: Decimal("1.50")} and other.average_score == Decimal("70.00")
        report = records.training_report(s, actor=owner, year=2026)
        assert [r.as_dict() for r in report] == [
            {"employee_no": "M001", "name": "王主管", "sessions": 0, "hours": "0.00", "average_score": None},
            {"employee_no": "O001", "name": "小赵", "sessions": 0, "hours": "0.00", "average_score": None},
            {"employee_no": "S001", "name": "小李", "sessions": 2, "hours": "3.50", "average_score": "87.75"},
            {"employee_no": "S002", "name": "小张", "sessions": 1, "hours": "1.50", "average_score": "70.00"}]
        assert records.training_report(s, actor=owner, year=2027)[2].sessions == 0


def test_appraisal_training_indicators_score_from_the_record(factory, owner, shop):
    """November 2026: 培训学时 (weight 50, hours against a target of 4), 培训成绩 (weight 30, the average test
    score against 80, cap 120) and 服务态度 (weight 20, rated by the supervisor alone: 80).
    S001: 3.5 h → 87.5; average 87.75 → 109.6875; final (50×87.5 + 30×109.6875 + 20×80) / 100 = 92.66 优秀.
    S002: 1.5 h → 37.5; average 70 → 87.5; final (1875 + 2625 + 1600) / 100 = 61.00 合格.
    M001 has no training: 0 h scores 0, and without a test score 培训成绩 waits for its figure."""
    _trained(factory, owner, shop)
    indicators = [
        schemes.IndicatorInput("results", "培训学时", 50, "higher_is_better", "training", {"target": 4, "cap": 100},
                               key="hours", unit="h"),
        schemes.IndicatorInput("ability", "培训成绩", 30, "higher_is_better", "training", {"target": 80, "cap": 120},
                               key="score"),
        schemes.IndicatorInput("attitude", "服务态度", 20, "rating", "manual", {"scale": "percent"})]
    with factory.begin() as s:
        schemes.create_scheme(s, actor=owner, data=schemes.SchemeInput("培训方案", indicators, self_weight=0))
        cycle_id = ap.open_cycle(s, actor=owner, year=2026, month=11)
    with factory.begin() as s:
        comp.compute_cycle(s, actor=owner, cycle_id=cycle_id)
        rows = {r.employee_no: r for r in ap.list_appraisals(s, actor=owner, cycle_id=cycle_id)}
        results = {}
        for no in ("S001", "S002", "M001"):
            detail = ap.get_appraisal(s, actor=owner, appraisal_id=rows[no].id)
            results[no] = ap.save_review(s, actor=owner, appraisal_id=rows[no].id,
                                         scores={ln.id: 80 for ln in detail.scores if ln.rated})
    lines = {no: {ln.name: ln for ln in d.scores} for no, d in results.items()}
    assert lines["S001"]["培训学时"].actual == 3.5 and lines["S001"]["培训学时"].computed_score == Decimal("87.50")
    assert lines["S001"]["培训成绩"].actual == 87.75 and lines["S001"]["培训成绩"].computed_score == Decimal("109.69")
    assert (results["S001"].row.final_score, results["S001"].row.grade) == (Decimal("92.66"), "excellent")
    assert lines["S002"]["培训学时"].computed_score == Decimal("37.50")
    assert lines["S002"]["培训成绩"].computed_score == Decimal("87.50")
    assert (results["S002"].row.final_score, results["S002"].row.grade) == (Decimal("61.00"), "pass")
    assert lines["M001"]["培训学时"].actual == 0 and lines["M001"]["培训学时"].computed_score == Decimal("0.00")
    assert lines["M001"]["培训成绩"].actual is None and results["M001"].row.final_score is None
    assert '"hours": "3.50"' in lines["S001"]["培训学时"].explanation  # the figures it was scored from
