import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from shopteam.db.models import AuditLog, Department, Employee, Role, RoleAssignment, StaffingPlan
from shopteam.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.presets import DEPARTMENTS, ROLES, STAFFING_PLANS
from shopteam.services import accounts, org
from shopteam.services.context import Actor


def add_person(s, no, name, *, department_id=None, manager_id=None, status="active", hired=date(2024, 1, 1),
               left=None):
    emp = Employee(employee_no=no, name=name, department_id=department_id, manager_id=manager_id,
                   hire_date=hired, status=status, leave_date=left)
    s.add(emp)
    s.flush()
    return emp.id


@pytest.fixture
def staff_actor(factory, owner):
    with factory.begin() as s:
        emp = add_person(s, "S001", "小李")
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff", employee_id=emp)
    with factory.begin() as s:
        return accounts.login(s, username="li", password="secret123").actor


# ---- departments -------------------------------------------------------------------------------------------

def test_department_tree_and_rows(factory, owner):
    with factory.begin() as s:
        ops = org.create_department(s, actor=owner, name="运营部")
        shop = org.create_department(s, actor=owner, name="  店铺组 ", parent_id=ops)
        boss = add_person(s, "A001", "王经理", department_id=ops)
        add_person(s, "A002", "离职者", department_id=ops, status="left", left=date(2025, 1, 1))
        add_person(s, "A003", "赵六", department_id=shop)
        org.update_department(s, actor=owner, department_id=ops, name="运营部", parent_id=None, head_id=boss)
    with factory() as s:
        rows = {r.name: r for r in org.list_departments(s, actor=owner)}
    assert rows["店铺组"].parent_id == ops
    assert rows["运营部"].head_name == "王经理" and rows["运营部"].head_id == boss
    assert rows["运营部"].headcount == 1  # the person who left does not count
    assert rows["店铺组"].headcount == 1


def test_cycles_are_refused(factory, owner):
    with factory.begin() as s:
        a = org.create_department(s, actor=owner, name="A")
        b = org.create_department(s, actor=owner, name="B", parent_id=a)
        c = org.create_department(s, actor=owner, name="C", parent_id=b)
    for parent in (a, c):  # itself, and its grandchild
        with pytest.raises(ValidationError) as err, factory.begin() as s:
            org.update_department(s, actor=owner, department_id=a, name="A", parent_id=parent, head_id=None)
        assert err.value.field == "parent" and err.value.code == "cycle"
    with factory.begin() as s:  # moving a leaf elsewhere is fine
        org.update_department(s, actor=owner, department_id=c, name="C", parent_id=a, head_id=None)
    with factory() as s:
        assert s.get(Department, c).parent_id == a


def test_department_name_unique_and_required(factory, owner):
    with factory.begin() as s:
        org.create_department(s, actor=owner, name="Operations")
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.create_department(s, actor=owner, name="operations ")
    assert err.value.code == "name_taken" and err.value.field == "name"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.create_department(s, actor=owner, name="   ")
    assert err.value.code == "required"
    with pytest.raises(NotFoundError), factory.begin() as s:
        org.create_department(s, actor=owner, name="X", parent_id=999)


def test_archive_rules(factory, owner):
    with factory.begin() as s:
        top = org.create_department(s, actor=owner, name="Top")
        sub = org.create_department(s, actor=owner, name="Sub", parent_id=top)
        person = add_person(s, "A001", "张三", department_id=sub)
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.archive_department(s, actor=owner, department_id=top)
    assert err.value.code == "has_children"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.archive_department(s, actor=owner, department_id=sub)
    assert err.value.code == "has_staff" and err.value.params["n"] == 1
    with factory.begin() as s:
        emp = s.get(Employee, person)
        emp.status, emp.leave_date = "left", date(2025, 6, 30)
    with factory.begin() as s:  # only people who left: archiving is allowed, then the parent too
        org.archive_department(s, actor=owner, department_id=sub)
        org.archive_department(s, actor=owner, department_id=top)
    with factory() as s:
        assert s.get(Department, top).archived and s.get(Department, sub).archived
        assert [r.name for r in org.list_departments(s, actor=owner, include_archived=False)] == []
    with pytest.raises(ValidationError) as err, factory.begin() as s:  # nothing new under an archived department
        org.create_department(s, actor=owner, name="New", parent_id=top)
    assert err.value.code == "parent_archived"


def test_version_conflict(factory, owner):
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="A")
        version = s.get(Department, dep).version
    with factory.begin() as s:
        org.update_department(s, actor=owner, department_id=dep, name="A1", parent_id=None, head_id=None,
                              expected_version=version)
    with pytest.raises(ConflictError), factory.begin() as s:  # a second editor with the old version
        org.update_department(s, actor=owner, department_id=dep, name="A2", parent_id=None, head_id=None,
                              expected_version=version)
    with factory() as s:
        assert s.get(Department, dep).name == "A1"


# ---- roles ---------------------------------------------------------------------------------------------------

def test_role_band_validation(factory, owner):
    with factory.begin() as s:
        rid = org.create_role(s, actor=owner, name="运营专员", duties="上架", salary_min="5,000", salary_max=9000)
    with factory() as s:
        role = s.get(Role, rid)
        assert (role.salary_min, role.salary_max) == (Decimal("5000.00"), Decimal("9000.00"))
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.create_role(s, actor=owner, name="美工", salary_min=8000, salary_max=6000)
    assert err.value.field == "salary_max" and err.value.code == "band"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.create_role(s, actor=owner, name="美工", salary_min="-1")
    assert err.value.field == "salary_min"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.create_role(s, actor=owner, name="美工", salary_max="lots")
    assert err.value.field == "salary_max" and err.value.code == "not_money"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.update_role(s, actor=owner, role_id=rid, name="运营专员", department_id=None, duties="", decision_rights="",
                        salary_min=9000, salary_max=5000)
    assert err.value.code == "band"
    with factory.begin() as s:
        org.update_role(s, actor=owner, role_id=rid, name="运营专员", department_id=None, duties="上架与优化",
                        decision_rights="改标题", salary_min=None, salary_max=None)
    with factory() as s:
        [row] = org.list_roles(s, actor=owner)
    assert row.duties == "上架与优化" and row.salary_min is None and row.decision_rights == "改标题"


# ---- assignments -------------------------------------------------------------------------------------------

@pytest.fixture
def people(factory, owner):
    with factory.begin() as s:
        ops = org.create_role(s, actor=owner, name="运营专员")
        mgr = org.create_role(s, actor=owner, name="运营经理")
        cs = org.create_role(s, actor=owner, name="客服专员")
        zhang = add_person(s, "A001", "张三", hired=date(2024, 1, 1))
    return {"ops": ops, "mgr": mgr, "cs": cs, "zhang": zhang}


def test_promotion_ends_previous_primary_role(factory, owner, people):
    with factory.begin() as s:
        first = org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                                start_date=date(2024, 1, 1))
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["mgr"],
                        start_date=date(2025, 3, 1), note="晋升")
    with factory() as s:
        history = org.list_assignments(s, actor=owner, employee_id=people["zhang"])
        assert s.get(RoleAssignment, first).end_date == date(2025, 2, 28)
        assert org.current_primary_roles(s) == {people["zhang"]: "运营经理"}
        assert org.current_primary_roles(s, on=date(2024, 6, 1)) == {people["zhang"]: "运营专员"}
    assert [(h.role_name, h.start_date, h.end_date) for h in history] == [
        ("运营经理", date(2025, 3, 1), None), ("运营专员", date(2024, 1, 1), date(2025, 2, 28))]
    assert history[0].note == "晋升" and history[0].is_current()


def test_primary_overlap_is_refused(factory, owner, people):
    with factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                        start_date=date(2024, 1, 1), end_date=date(2024, 12, 31))
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["mgr"],
                        start_date=date(2025, 1, 1))
    # starts inside a closed primary assignment
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["cs"],
                        start_date=date(2024, 6, 1), end_date=date(2024, 7, 1))
    assert err.value.code == "primary_overlap"
    assert err.value.params["role"] == "运营专员" and err.value.params["start"] == "2024-01-01"
    assert "2024-12-31" in err.value.message
    # starts on the same day as the open one: not "earlier", so not ended automatically
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["cs"], start_date=date(2025, 1, 1))
    assert err.value.code == "primary_overlap" and err.value.params["role"] == "运营经理"
    # a secondary role may overlap anything
    with factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["cs"],
                        start_date=date(2024, 6, 1), is_primary=False)
        # extending the closed one into the next would overlap
        closed = s.query(RoleAssignment).filter_by(role_id=people["ops"]).one().id
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.end_assignment(s, actor=owner, assignment_id=closed, end_date=date(2025, 2, 1))
    assert err.value.code == "primary_overlap"
    with factory() as s:  # nothing changed by the refused calls
        assert len(org.list_assignments(s, actor=owner, employee_id=people["zhang"])) == 3


def test_assignment_dates_checked(factory, owner, people):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                        start_date=date(2025, 1, 1), end_date=date(2024, 1, 1))
    assert err.value.field == "end_date"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                        start_date=date(2023, 1, 1))
    assert err.value.code == "before_hire"
    with pytest.raises(NotFoundError), factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=999, role_id=people["ops"], start_date=date(2025, 1, 1))


def test_archive_role_refused_while_held(factory, owner, people):
    with factory.begin() as s:
        aid = org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                              start_date=date(2024, 1, 1))
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.archive_role(s, actor=owner, role_id=people["ops"])
    assert err.value.code == "has_holders"
    with factory.begin() as s:
        org.end_assignment(s, actor=owner, assignment_id=aid, end_date=date.today() - timedelta(days=1))
        org.archive_role(s, actor=owner, role_id=people["ops"])
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                        start_date=date.today())
    assert err.value.code == "role_archived"


# ---- permissions and audit ---------------------------------------------------------------------------------

def test_staff_cannot_edit_org(factory, owner, staff_actor, people):
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="运营部")
    calls = [
        lambda s: org.create_department(s, actor=staff_actor, name="X"),
        lambda s: org.update_department(s, actor=staff_actor, department_id=dep, name="Y", parent_id=None,
                                        head_id=None),
        lambda s: org.archive_department(s, actor=staff_actor, department_id=dep),
        lambda s: org.create_role(s, actor=staff_actor, name="X"),
        lambda s: org.assign_role(s, actor=staff_actor, employee_id=staff_actor.employee_id,
                                  role_id=people["mgr"], start_date=date(2025, 1, 1)),
        lambda s: org.seed_presets(s, actor=staff_actor, language="zh_CN"),
        lambda s: org.create_plan_from_preset(s, actor=staff_actor, preset="small", language="en"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied), factory.begin() as s:
            call(s)
    with factory() as s:  # reading is fine, but only their own history
        assert [r.name for r in org.list_departments(s, actor=staff_actor)] == ["运营部"]
        assert org.list_assignments(s, actor=staff_actor, employee_id=staff_actor.employee_id) == []
        with pytest.raises(PermissionDenied):
            org.list_assignments(s, actor=staff_actor, employee_id=people["zhang"])
    nobody = Actor(user_id=None, username="ghost", level="visitor")
    with pytest.raises(PermissionDenied), factory() as s:
        org.list_departments(s, actor=nobody)


def test_changes_are_audited(factory, owner, people):
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="运营部")
        org.update_department(s, actor=owner, department_id=dep, name="运营中心", parent_id=None, head_id=None)
        first = org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["ops"],
                                start_date=date(2024, 1, 1))
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["mgr"],
                        start_date=date(2025, 1, 1))
    with factory() as s:
        logs = s.query(AuditLog).order_by(AuditLog.id).all()
    rename = next(log for log in logs if log.entity == "department" and log.action == "update")
    assert json.loads(rename.before)["name"] == "运营部" and json.loads(rename.after)["name"] == "运营中心"
    assert "parent_id" not in json.loads(rename.after)  # only what changed
    assert rename.username == "boss"
    ended = next(log for log in logs if log.entity == "role_assignment" and log.entity_id == first
                 and log.action == "update")
    assert json.loads(ended.before) == {"end_date": None}
    assert json.loads(ended.after) == {"end_date": "2024-12-31"}
    assert sum(1 for log in logs if log.entity == "role_assignment" and log.action == "create") == 2


# ---- org chart ---------------------------------------------------------------------------------------------

def test_org_chart_tree(factory, owner, people):
    with factory.begin() as s:
        dep = org.create_department(s, actor=owner, name="运营部")
        boss = add_person(s, "A000", "老板", department_id=dep)
        s.get(Employee, people["zhang"]).manager_id = boss
        add_person(s, "A002", "李四", manager_id=people["zhang"])
        add_person(s, "A003", "已离职", manager_id=boss, status="left", left=date(2025, 1, 1))
        orphan = add_person(s, "A004", "王五", manager_id=None)
        loop_a = add_person(s, "A005", "环甲")
        loop_b = add_person(s, "A006", "环乙", manager_id=loop_a)
        s.get(Employee, loop_a).manager_id = loop_b
        org.assign_role(s, actor=owner, employee_id=people["zhang"], role_id=people["mgr"],
                        start_date=date(2024, 1, 1))
    with factory() as s:
        roots = org.org_chart(s, actor=owner)
    assert [r.name for r in roots] == ["老板", "王五", "环甲"]
    top = roots[0]
    assert top.department == "运营部" and [c.name for c in top.children] == ["张三"]
    zhang = top.children[0]
    assert zhang.role == "运营经理" and [c.name for c in zhang.children] == ["李四"]
    assert top.count() == 3 and roots[1].employee_id == orphan
    assert [c.employee_id for c in roots[2].children] == [loop_b]


# ---- presets and staffing ----------------------------------------------------------------------------------

def test_seed_presets_is_idempotent_and_localised(factory, owner):
    with factory.begin() as s:
        first = org.seed_presets(s, actor=owner, language="zh_CN")
    assert first == org.SeedResult(len(DEPARTMENTS), len(ROLES), 3)
    with factory.begin() as s:
        again = org.seed_presets(s, actor=owner, language="en")  # other language: still recognised
    assert again == org.SeedResult(0, 0, 0)
    with factory() as s:
        assert s.query(Department).count() == len(DEPARTMENTS)
        manager = s.query(Role).filter_by(key="manager").one()
        assert manager.name == "店长" and manager.department.name == "综合管理部"
        assert manager.salary_min == Decimal("9000.00")
        plans = {p.preset: p for p in org.list_plans(s, actor=owner)}
    assert set(plans) == {"small", "medium", "large"}
    assert plans["small"].planned_total == sum(STAFFING_PLANS["small"][1].values())
    assert plans["small"].name == "小型团队"


def test_plan_from_preset_in_english(factory, owner):
    with factory.begin() as s:
        pid = org.create_plan_from_preset(s, actor=owner, preset="medium", language="en")
        pid2 = org.create_plan_from_preset(s, actor=owner, preset="medium", language="en")
    with factory() as s:
        plan = s.get(StaffingPlan, pid)
        assert plan.name == "Medium team" and s.get(StaffingPlan, pid2).name == "Medium team (2)"
        assert {line.role.name: line.headcount for line in plan.lines}["Operations Specialist"] == 2
        assert s.query(Role).count() == len(STAFFING_PLANS["medium"][1])
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.create_plan_from_preset(s, actor=owner, preset="huge", language="en")
    assert err.value.field == "preset"


def test_staffing_gap_on_small_roster(factory, owner):
    with factory.begin() as s:
        ops = org.create_role(s, actor=owner, name="运营专员")
        cs = org.create_role(s, actor=owner, name="客服专员")
        art = org.create_role(s, actor=owner, name="美工")
        video = org.create_role(s, actor=owner, name="视频编辑")
        pid = org.create_plan(s, actor=owner, name="我的配置")
        org.set_plan_line(s, actor=owner, plan_id=pid, role_id=ops, headcount=2)
        org.set_plan_line(s, actor=owner, plan_id=pid, role_id=cs, headcount=3)
        org.set_plan_line(s, actor=owner, plan_id=pid, role_id=video, headcount=1)
        org.set_plan_line(s, actor=owner, plan_id=pid, role_id=video, headcount=0)  # taken out again
        start = date(2024, 1, 1)
        for i, role in enumerate([ops, ops, ops, cs, art]):
            emp = add_person(s, f"B{i:03}", f"员工{i}")
            org.assign_role(s, actor=owner, employee_id=emp, role_id=role, start_date=start)
        gone = add_person(s, "B099", "走了", status="left", left=date(2025, 1, 1))
        org.assign_role(s, actor=owner, employee_id=gone, role_id=cs, start_date=start)
        moved = add_person(s, "B100", "转岗")
        org.assign_role(s, actor=owner, employee_id=moved, role_id=cs, start_date=start)
        org.assign_role(s, actor=owner, employee_id=moved, role_id=ops, start_date=date(2025, 1, 1))
        org.set_active_plan(s, actor=owner, plan_id=pid)
    with factory() as s:
        gap = org.staffing_gap(s, actor=owner, plan_id=pid)
        assert [p.is_active for p in org.list_plans(s, actor=owner)] == [True]
    assert [(g.role_name, g.planned, g.actual, g.gap) for g in gap] == [
        ("运营专员", 2, 4, 2), ("客服专员", 3, 1, -2), ("美工", 0, 1, 1)]
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        org.set_plan_line(s, actor=owner, plan_id=pid, role_id=ops, headcount=-1)
    assert err.value.field == "headcount"

