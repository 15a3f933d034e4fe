"""Recruitment (招聘) and probation (试用期): every state change, its permission and its audit record."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shopteam.db.models import AuditLog, Employee, RoleAssignment
from shopteam.db.models.people import Candidate, Position
from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import accounts, org
from shopteam.services.recruitment import probation, recruiting
from shopteam.services.recruitment.recruiting import CandidateInput, HireInput

TODAY = date(2026, 12, 7)


@pytest.fixture
def shop(factory, owner):
    clock.set_today(TODAY)
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="客服部")
        role = org.create_role(s, actor=owner, name="客服专员", department_id=dep)
        plan = org.create_plan(s, actor=owner, name="编制")
        org.set_plan_line(s, actor=owner, plan_id=plan, role_id=role, headcount=2)
        boss_emp = Employee(employee_no="M001", name="王主管", hire_date=date(2024, 1, 1), department_id=dep)
        staff_emp = Employee(employee_no="S001", name="小李", hire_date=date(2024, 1, 1), department_id=dep)
        s.add_all([boss_emp, staff_emp])
        s.flush()
        accounts.create_account(s, actor=owner, username="mgr", password="secret123", level="manager",
                                employee_id=boss_emp.id)
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=staff_emp.id)
    with factory.begin() as s:
        manager = accounts.login(s, username="mgr", password="secret123").actor
        staff = accounts.login(s, username="li", password="secret123").actor
    return {"dep": dep, "role": role, "plan": plan, "manager": manager, "staff": staff}


def _audits(s, entity, action=None):
    query = select(AuditLog).where(AuditLog.entity == entity)
    if action:
        query = query.where(AuditLog.action == action)
    return list(s.scalars(query))


def _to_offer(s, actor, cid):
    for stage in ("first_interview", "second_interview", "offer"):
        recruiting.move_stage(s, actor=actor, candidate_id=cid, stage=stage)


def test_position_from_the_staffing_gap(factory, owner, shop):
    with factory.begin() as s:
        pid = recruiting.open_from_gap(s, actor=shop["manager"], plan_id=shop["plan"], role_id=shop["role"],
                                       reason="双十二", wanted_by=date(2026, 12, 20))
    with factory() as s:
        (row,) = recruiting.list_positions(s, actor=owner)
        assert (row.id, row.role, row.department, row.headcount, row.state, row.opened_on) == \
            (pid, "客服专员", "客服部", 2, "open", TODAY)
        assert [a.summary for a in _audits(s, "recruit_position")][0].startswith('{"code": "position_opened"')
    with pytest.raises(ValidationError) as err, factory.begin() as s:  # the gap is covered by the open position
        recruiting.open_from_gap(s, actor=owner, plan_id=shop["plan"], role_id=shop["role"])
    assert err.value.code == "no_gap"


def test_candidate_stages_scores_reject_and_audit(factory, owner, shop):
    manager = shop["manager"]
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=manager, role_id=shop["role"], headcount=1)
        a = recruiting.add_candidate(s, actor=manager, position_id=pid, data=CandidateInput(
            name="张三", phone="13800138000", source="BOSS直聘", cv_path="cv/张三.pdf",
            expected_salary=Decimal("5000.555"), applied_on=date(2026, 12, 1)))
        b = recruiting.add_candidate(s, actor=manager, position_id=pid, data=CandidateInput(name="李四",
                                                                                          source="58同城"))
        recruiting.move_stage(s, actor=manager, candidate_id=a, stage="first_interview")
        recruiting.record_score(s, actor=manager, candidate_id=a, competence="沟通", score=4, note="清楚")
        recruiting.record_score(s, actor=manager, candidate_id=a, competence="打字速度", score=5)
        recruiting.move_stage(s, actor=manager, candidate_id=a, stage="second_interview")
        recruiting.reject(s, actor=manager, candidate_id=b, reason="期望薪资过高")
    with factory() as s:
        rows = {r.name: r for r in recruiting.list_candidates(s, actor=owner, position_id=pid)}
        assert rows["张三"].stage == "second_interview" and rows["张三"].expected_salary == Decimal("5000.56")
        assert rows["张三"].average_score == Decimal("4.50")
        assert (rows["李四"].stage, rows["李四"].reject_reason) == ("rejected", "期望薪资过高")
        scores = recruiting.list_scores(s, actor=owner, candidate_id=a)
        assert [(x.stage, x.competence, x.score, x.interviewer) for x in scores] == [
            ("first_interview", "沟通", 4, "mgr"), ("first_interview", "打字速度", 5, "mgr")]
        stages = _audits(s, "recruit_candidate", "stage")
        assert len(stages) == 3 and all(a.username == "mgr" for a in stages)
        assert len(_audits(s, "recruit_score")) == 2
    for call, code in ((lambda s: recruiting.reject(s, actor=owner, candidate_id=b, reason="x"), "candidate_final"),
                       (lambda s: recruiting.move_stage(s, actor=owner, candidate_id=b, stage="offer"),
                        "candidate_final"),
                       (lambda s: recruiting.reject(s, actor=owner, candidate_id=a, reason=" "), "required"),
                       (lambda s: recruiting.record_score(s, actor=owner, candidate_id=a, competence="x", score=6),
                        "score_1_5"),
                       (lambda s: recruiting.move_stage(s, actor=owner, candidate_id=a, stage="hired"), "stage"),
                       (lambda s: recruiting.hire(s, actor=owner, candidate_id=a, data=HireInput(
                           employee_no="K001", hire_date=TODAY)), "not_offer")):
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            call(s)
        assert err.value.code == code


def test_hire_makes_one_record_one_role_and_closes_the_full_position(factory, owner, shop):
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=owner, role_id=shop["role"], headcount=1)
        a = recruiting.add_candidate(s, actor=owner, position_id=pid, data=CandidateInput(
            name="张三", phone="13800138000", source="BOSS直聘", applied_on=date(2026, 11, 27)))
        _to_offer(s, owner, a)
        before = s.scalar(select(func.count()).select_from(Employee))
    with factory.begin() as s:
        emp_id = recruiting.hire(s, actor=owner, candidate_id=a, data=HireInput(
            employee_no="K001", hire_date=date(2026, 12, 10), base_salary=Decimal("4500")))
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == before + 1
        emp = s.get(Employee, emp_id)
        assert (emp.name, emp.employee_no, emp.phone, emp.department_id, emp.status, emp.base_salary,
                emp.hire_date, emp.probation_end) == ("张三", "K001", "13800138000", shop["dep"], "probation",
                                                      Decimal("4500.00"), date(2026, 12, 10), date(2027, 3, 9))
        (assignment,) = s.scalars(select(RoleAssignment).where(RoleAssignment.employee_id == emp_id)).all()
        assert (assignment.role_id, assignment.start_date, assignment.end_date, assignment.is_primary) == \
            (shop["role"], date(2026, 12, 10), None, True)
        cand = s.get(Candidate, a)
        assert (cand.stage, cand.employee_id, cand.hired_on) == ("hired", emp_id, date(2026, 12, 10))
        position = s.get(Position, pid)
        assert (position.state, position.closed_on) == ("closed", date(2026, 12, 10))
        assert len(_audits(s, "recruit_candidate", "hire")) == 1
        assert len(_audits(s, "employee", "create")) == 1 and len(_audits(s, "role_assignment")) == 1
        by_position, by_source = recruiting.figures(s, actor=owner)
        assert [(f.candidates, f.hired, f.average_days_to_hire) for f in by_position] == [(1, 1, Decimal("13.0"))]
        assert by_source[0].key == "BOSS直聘"
        assert by_source[0].explanation.text() == "13 days from application to hire over 1 hire(s) / 1 = 13.0 days"
    with pytest.raises(ValidationError) as err, factory.begin() as s:  # closed: no more candidates
        recruiting.add_candidate(s, actor=owner, position_id=pid, data=CandidateInput(name="王五"))
    assert err.value.code == "position_closed"


def test_a_failed_hire_leaves_nothing(factory, owner, shop):
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=owner, role_id=shop["role"], headcount=1)
        a = recruiting.add_candidate(s, actor=owner, position_id=pid, data=CandidateInput(name="张三"))
        _to_offer(s, owner, a)
        count = s.scalar(select(func.count()).select_from(Employee))
    with pytest.raises(ValidationError), factory.begin() as s:  # the employee no. is taken
        recruiting.hire(s, actor=owner, candidate_id=a, data=HireInput(employee_no="S001", hire_date=TODAY))
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == count
        assert s.get(Candidate, a).stage == "offer" and s.get(Position, pid).state == "open"


def test_manager_hires_without_a_salary_and_staff_see_nothing(factory, owner, shop):
    manager, staff = shop["manager"], shop["staff"]
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=manager, role_id=shop["role"], headcount=2)
        a = recruiting.add_candidate(s, actor=manager, position_id=pid, data=CandidateInput(name="张三"))
        _to_offer(s, manager, a)
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        recruiting.hire(s, actor=manager, candidate_id=a, data=HireInput(employee_no="K001", hire_date=TODAY,
                                                                          base_salary=Decimal("1")))
    assert err.value.code == "salary_edit"
    with factory.begin() as s:
        recruiting.hire(s, actor=manager, candidate_id=a, data=HireInput(employee_no="K001", hire_date=TODAY))
        assert s.get(Position, pid).state == "open"  # 1 of 2
    calls = (lambda s: recruiting.list_positions(s, actor=staff),
             lambda s: recruiting.list_candidates(s, actor=staff),
             lambda s: recruiting.figures(s, actor=staff),
             lambda s: recruiting.open_position(s, actor=staff, role_id=shop["role"], headcount=1),
             lambda s: recruiting.add_candidate(s, actor=staff, position_id=pid, data=CandidateInput(name="x")),
             lambda s: recruiting.move_stage(s, actor=staff, candidate_id=a, stage="offer"),
             lambda s: recruiting.reject(s, actor=staff, candidate_id=a, reason="x"),
             lambda s: recruiting.record_score(s, actor=staff, candidate_id=a, competence="x", score=3),
             lambda s: recruiting.hire(s, actor=staff, candidate_id=a, data=HireInput("K9", TODAY)),
             lambda s: recruiting.close_position(s, actor=staff, position_id=pid),
             lambda s: probation.list_probation(s, actor=staff),
             lambda s: probation.review(s, actor=staff, employee_id=1, outcome="confirm", day=TODAY))
    for call in calls:
        with pytest.raises(PermissionDenied), factory.begin() as s:
            call(s)


# ---------------------------------------------------------------- probation

def _on_probation(s, no, name, dep, hired, end):
    emp = Employee(employee_no=no, name=name, hire_date=hired, department_id=dep, status="probation",
                   probation_end=end)
    s.add(emp)
    s.flush()
    return emp.id


def test_probation_months_per_role_setting(factory, owner, shop):
    with factory.begin() as s:
        assert probation.default_probation_end(s, shop["role"], date(2026, 1, 31)) == date(2026, 4, 29)
        probation.set_probation_months(s, actor=owner, months=1, role_id=shop["role"])
        probation.set_probation_months(s, actor=owner, months=2)
    with factory() as s:
        assert probation.default_probation_end(s, shop["role"], date(2026, 1, 31)) == date(2026, 2, 27)
        assert probation.default_probation_end(s, None, date(2026, 1, 1)) == date(2026, 2, 28)
        assert len(_audits(s, "setting")) == 2
    with pytest.raises(ValidationError), factory.begin() as s:
        probation.set_probation_months(s, actor=owner, months=7)
    with pytest.raises(PermissionDenied), factory.begin() as s:
        probation.set_probation_months(s, actor=shop["manager"], months=1)


def test_probation_list_and_outcomes(factory, owner, shop):
    with factory.begin() as s:
        soon = _on_probation(s, "P001", "赵一", shop["dep"], date(2026, 9, 20), date(2026, 12, 19))
        later = _on_probation(s, "P002", "钱二", shop["dep"], date(2026, 11, 1), date(2027, 1, 31))
        gone = _on_probation(s, "P003", "孙三", shop["dep"], date(2026, 10, 1), date(2026, 12, 31))
    with factory() as s:
        rows = probation.list_probation(s, actor=shop["manager"])
        assert [(r.employee_no, r.probation_end, r.days_left, r.review_state) for r in rows] == [
            ("P001", date(2026, 12, 19), 12, "due"), ("P003", date(2026, 12, 31), 24, "pending"),
            ("P002", date(2027, 1, 31), 55, "pending")]
        assert [r.employee_no for r in probation.ending_soon(s, actor=owner)] == ["P001"]
        assert rows[0].as_dict() == {"employee_no": "P001", "name": "赵一", "probation_end": "2026-12-19",
                                     "review_state": "due", "assessment": "none", "recommendation": None,
                                     "score": None, "grade": None, "decision": None}
    with factory.begin() as s:
        probation.review(s, actor=shop["manager"], employee_id=soon, outcome="confirm", day=date(2026, 12, 20))
        probation.review(s, actor=owner, employee_id=later, outcome="extend", day=date(2027, 3, 31), note="再观察")
        probation.review(s, actor=owner, employee_id=gone, outcome="end", day=date(2026, 12, 15), note="不合适")
    with factory() as s:
        e1, e2, e3 = (s.get(Employee, i) for i in (soon, later, gone))
        assert (e1.status, e1.probation_end) == ("active", date(2026, 12, 19))
        assert (e2.status, e2.probation_end) == ("probation", date(2027, 3, 31))
        assert (e3.status, e3.leave_date, e3.leave_reason) == ("left", date(2026, 12, 15), "不合适")
        assert [r.review_state for r in probation.list_probation(s, actor=owner)] == ["extended"]
        reviews = _audits(s, "probation", "review")
        assert sorted(a.entity_id for a in reviews) == sorted([soon, later, gone])
    bad = ((soon, "confirm", TODAY, "", "not_on_probation"), (later, "extend", date(2027, 3, 1), "", "extend_not_later"),
           (later, "end", TODAY, "", "required"), (later, "promote", TODAY, "", "outcome"))
    for emp, outcome, day, note, code in bad:
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            probation.review(s, actor=owner, employee_id=emp, outcome=outcome, day=day, note=note)
        assert err.value.code == code


def test_probation_review_outside_the_managers_scope_is_refused(factory, owner, shop):
    with factory.begin() as s:
        other = org.create_department(s, actor=owner, name="运营部")
        emp = _on_probation(s, "P009", "外部", other, date(2026, 10, 1), date(2026, 12, 31))
    with factory() as s:
        assert [r.employee_no for r in probation.list_probation(s, actor=shop["manager"])] == []
    with pytest.raises(PermissionDenied), factory.begin() as s:
        probation.review(s, actor=shop["manager"], employee_id=emp, outcome="confirm", day=TODAY)


def test_position_figures_per_stage_and_source_and_time_to_hire(factory, owner, shop):
    manager = shop["manager"]
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=manager, role_id=shop["role"], headcount=3)
        ids = {name: recruiting.add_candidate(s, actor=manager, position_id=pid, data=CandidateInput(
            name=name, source=source, applied_on=applied)) for name, source, applied in (
            ("甲", "BOSS直聘", date(2026, 11, 27)), ("乙", "BOSS直聘", date(2026, 12, 1)),
            ("丙", "58同城", date(2026, 12, 2)), ("丁", "", date(2026, 12, 3)))}
        for name, employee_no, hired in (("甲", "K001", date(2026, 12, 10)), ("乙", "K002", date(2026, 12, 3))):
            _to_offer(s, manager, ids[name])
            recruiting.hire(s, actor=manager, candidate_id=ids[name], data=HireInput(employee_no=employee_no,
                                                                                    hire_date=hired))
        recruiting.reject(s, actor=manager, candidate_id=ids["丙"], reason="薪资不符")
        recruiting.move_stage(s, actor=manager, candidate_id=ids["丁"], stage="first_interview")
    with factory() as s:
        f = recruiting.position_figures(s, actor=manager, position_id=pid)
        assert (f.role, f.candidates, f.hired) == ("客服专员", 4, 2)
        assert f.by_stage == {"screening": 0, "first_interview": 1, "second_interview": 0, "offer": 0, "hired": 2,
                              "rejected": 1}
        assert [(c.source, c.candidates, c.hired) for c in f.by_source] == [
            ("BOSS直聘", 2, 2), ("58同城", 1, 0), ("", 1, 0)]
        assert f.average_days_to_hire == Decimal("7.5")  # (13 + 2) / 2
        assert f.explanation.text() == "15 days from application to hire over 2 hire(s) / 2 = 7.5 days"
        with pytest.raises(PermissionDenied):
            recruiting.position_figures(s, actor=shop["staff"], position_id=pid)
