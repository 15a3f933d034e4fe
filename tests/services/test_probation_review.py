"""The probation review's assessment (转正评估): the supervisor's scores on the probation scheme give the weighted
total and grade by the appraisal's rules, their recommendation waits for the decision, which may differ; both
are kept, audited, and the decision changes the roster."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shopteam.db.models import AuditLog, Department, Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalScheme
from shopteam.db.models.people import ProbationAssessment
from shopteam.domain import clock
from shopteam.domain.audit_summary import decode, render
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import accounts, org
from shopteam.services.appraisal import cycles, schemes
from shopteam.services.recruitment import assessment, probation

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 12, 7)
SCORES = {"工作任务完成情况": 90, "工作质量与效率": 80, "岗位技能掌握": 85, "学习与适应能力": 70,
          "责任心与主动性": 95, "团队协作与纪律": 60}  # weights 20 20 15 15 15 15 -> 80.50 良好


@pytest.fixture
def shop(factory, owner):
    clock.set_today(TODAY)
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="客服部")
        other = org.create_department(s, actor=owner, name="运营部")
        boss = Employee(employee_no="M001", name="王主管", hire_date=date(2024, 1, 1), department_id=dep)
        staff = Employee(employee_no="S001", name="小李", hire_date=date(2024, 1, 1), department_id=dep)
        p1 = Employee(employee_no="P001", name="赵试用", hire_date=date(2026, 9, 20), status="probation",
                      probation_end=date(2026, 12, 19), department_id=dep)
        p2 = Employee(employee_no="P002", name="钱试用", hire_date=date(2026, 11, 1), status="probation",
                      probation_end=date(2027, 1, 31), department_id=dep)
        p9 = Employee(employee_no="P009", name="外部", hire_date=date(2026, 10, 1), status="probation",
                      probation_end=date(2026, 12, 31), department_id=other)
        s.add_all([boss, staff, p1, p2, p9])
        s.flush()
        s.get(Department, dep).head_id = boss.id
        accounts.create_account(s, actor=owner, username="mgr", password="secret123", level="manager",
                                employee_id=boss.id)
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=staff.id)
        ids = {e.employee_no: e.id for e in (boss, staff, p1, p2, p9)}
    with factory.begin() as s:
        manager = accounts.login(s, username="mgr", password="secret123").actor
        staff_actor = accounts.login(s, username="li", password="secret123").actor
    return {**ids, "manager": manager, "staff": staff_actor}


def _audits(s, action):
    return list(s.scalars(select(AuditLog).where(AuditLog.entity == "probation", AuditLog.action == action)
                          .order_by(AuditLog.id)))


def test_the_same_rules_as_the_monthly_appraisal_weight_the_scores():
    indicators = [schemes.IndicatorInput("results", "业绩", 40), schemes.IndicatorInput("ability", "能力", 30),
                  schemes.IndicatorInput("attitude", "态度", 30)]
    result = assessment.score(indicators, {"业绩": 90, "能力": 80, "态度": 70})
    assert (result.score, result.grade.value) == (Decimal("81.00"), "good")  # 36 + 24 + 21
    waiting = assessment.score(indicators, {"业绩": 90})
    assert waiting.score is None and waiting.missing == ("能力", "态度")
    with pytest.raises(ValidationError):
        assessment.score(indicators, {"业绩": 120, "能力": 80, "态度": 70})


def test_a_fresh_shop_gets_the_default_scheme_and_the_recommendation_waits_for_the_decision(factory, owner, shop):
    manager = shop["manager"]
    with factory() as s:
        form = assessment.review_form(s, actor=manager, employee_id=shop["P001"])
        assert form.scheme_id is None and form.scheme_name == "转正评估方案" and form.current is None
        assert [(i.group, i.name, i.weight) for i in form.indicators] == [
            ("results", "工作任务完成情况", 20), ("results", "工作质量与效率", 20), ("ability", "岗位技能掌握", 15),
            ("ability", "学习与适应能力", 15), ("attitude", "责任心与主动性", 15), ("attitude", "团队协作与纪律", 15)]
        assert form.supervisor == "王主管"
    with factory.begin() as s:
        assessment.recommend(s, actor=manager, employee_id=shop["P001"], scores=SCORES, recommendation="confirm",
                             comment="上手快，客户评价好")
    with factory() as s:
        scheme = s.scalar(select(AppraisalScheme).where(AppraisalScheme.purpose == "probation"))
        assert (scheme.name, scheme.self_weight, scheme.roles, scheme.preset) == ("转正评估方案", 0, [], "probation")
        item = s.scalar(select(ProbationAssessment))
        assert (item.total, item.grade, item.recommendation, item.supervisor, item.supervisor_id, item.review_id) == (
            Decimal("80.50"), "good", "confirm", "王主管", shop["M001"], None)
        row = next(r for r in probation.list_probation(s, actor=owner) if r.employee_no == "P001")
        assert row.as_dict() == {"employee_no": "P001", "name": "赵试用", "probation_end": "2026-12-19",
                                 "review_state": "due", "assessment": "recommended", "recommendation": "confirm",
                                 "score": 80.5, "grade": "good", "decision": None}
        form = assessment.review_form(s, actor=owner, employee_id=shop["P001"])
        assert form.scheme_id == scheme.id and form.current.total == Decimal("80.50")
        assert [i.score for i in form.current.indicators] == [Decimal(v) for v in SCORES.values()]
        (audit,) = _audits(s, "recommend")
        assert audit.username == "mgr" and audit.entity_id == shop["P001"]
        assert render(decode(audit.summary), "zh") == "P001 赵试用：王主管 建议转正，评分 80.50"
        assert render(decode(audit.summary), "en") == \
            "P001 赵试用: 王主管 recommends confirming (转正), score 80.50"

    # the owner decides otherwise: extend to a new end date; the recommendation stays beside the decision
    with factory.begin() as s:
        probation.review(s, actor=owner, employee_id=shop["P001"], outcome="extend", day=date(2027, 2, 19),
                         note="再观察一个月")
    with factory() as s:
        emp = s.get(Employee, shop["P001"])
        assert (emp.status, emp.probation_end) == ("probation", date(2027, 2, 19))
        latest = assessment.latest_assessments(s, [shop["P001"]])[shop["P001"]]
        assert (latest.state, latest.recommendation, latest.decision, latest.decided_by, latest.decided_on) == (
            "decided", "confirm", "extend", "boss", date(2027, 2, 19))
        row = next(r for r in probation.list_probation(s, actor=owner) if r.employee_no == "P001")
        assert (row.assessment, row.recommendation, row.decision, row.review_state) == (
            "decided", "confirm", "extend", "extended")
        (review,) = _audits(s, "review")
        assert '"recommendation": "confirm"' in review.after and '"outcome": "extend"' in review.after
        assert assessment.review_form(s, actor=owner, employee_id=shop["P001"]).current is None  # a new one may start


def test_recommending_again_replaces_the_open_one_and_the_owner_records_for_the_department_head(
        factory, owner, shop):
    with factory.begin() as s:
        assessment.recommend(s, actor=owner, employee_id=shop["P002"], scores=SCORES, recommendation="confirm")
    lower = dict.fromkeys(SCORES, 55)
    with factory.begin() as s:
        assessment.recommend(s, actor=owner, employee_id=shop["P002"], scores=lower, recommendation="end",
                             comment="达不到岗位要求")
    with factory() as s:
        (item,) = s.scalars(select(ProbationAssessment))
        assert (item.total, item.grade, item.recommendation, item.supervisor, item.recommended_by) == (
            Decimal("55.00"), "fail", "end", "王主管", "boss")
        first, second = _audits(s, "recommend")
        assert first.before is None and '"recommendation": "confirm"' in second.before
    with factory.begin() as s:
        probation.review(s, actor=owner, employee_id=shop["P002"], outcome="end", day=date(2026, 12, 10),
                         note="达不到岗位要求")
    with factory() as s:
        emp = s.get(Employee, shop["P002"])
        assert (emp.status, emp.leave_date) == ("left", date(2026, 12, 10))
        assert s.scalar(select(ProbationAssessment.review_id)) is not None


def test_who_may_assess(factory, owner, shop):
    refused = [(shop["staff"], shop["P001"]),  # staff review nothing
               (shop["manager"], shop["P009"]),  # outside the manager's department
               (shop["manager"], shop["M001"])]  # their own record
    for actor, emp in refused:
        with pytest.raises(PermissionDenied), factory.begin() as s:
            assessment.recommend(s, actor=actor, employee_id=emp, scores=SCORES, recommendation="confirm")
    with pytest.raises(PermissionDenied), factory() as s:
        assessment.review_form(s, actor=shop["staff"], employee_id=shop["P001"])
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(ProbationAssessment)) == 0
        assert _audits(s, "recommend") == []


@pytest.mark.parametrize(("employee", "scores", "recommendation", "comment", "code"), [
    ("P001", {"工作任务完成情况": 90}, "confirm", "", "scores_missing"),
    ("P001", {**SCORES, "团队协作与纪律": 101}, "confirm", "", "rating_range"),
    ("P001", {**SCORES, "销售额": 80}, "confirm", "", "unknown_indicator"),
    ("P001", SCORES, "extend", "", "required"),
    ("P001", SCORES, "promote", "", "outcome"),
    ("M001", SCORES, "confirm", "", "not_on_probation"),
])
def test_what_a_recommendation_needs(factory, owner, shop, employee, scores, recommendation, comment, code):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        assessment.recommend(s, actor=owner, employee_id=shop[employee], scores=scores,
                             recommendation=recommendation, comment=comment)
    assert err.value.code == code


def test_the_probation_scheme_stays_out_of_the_monthly_cycle(factory, owner, shop):
    with factory.begin() as s:
        pid = schemes.ensure_probation_scheme(s, actor=owner)
        assert schemes.ensure_probation_scheme(s, actor=owner) == pid
        cycle = cycles.open_cycle(s, actor=owner, year=2026, month=12)
    with factory() as s:
        used = set(s.scalars(select(Appraisal.scheme_name).where(Appraisal.cycle_id == cycle)))
        assert used == {"通用考核方案"}
        view = schemes.get_scheme(s, actor=owner, scheme_id=pid)
        assert view.purpose == "probation" and view.weight_sum == 100
    bad = [schemes.SchemeInput(view.name, list(view.indicators), 0, role_ids=[1]),
           schemes.SchemeInput(view.name, [*view.indicators[:-1], schemes.IndicatorInput(
               "attitude", "考勤纪律", 15, "attendance", "attendance")], 0)]
    for data, code in zip(bad, ("probation_scheme_roles", "probation_scheme_rating"), strict=True):
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            schemes.update_scheme(s, actor=owner, scheme_id=pid, data=data)
        assert err.value.code == code
