"""Onboarding (入职清单): templates per role with a default, the checklist made on hire and on adding a person,
items ticked off with who and when, the progress on the probation list; permissions and audit records."""

from datetime import date

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Employee, RoleAssignment
from shopteam.domain import clock
from shopteam.domain.audit_summary import decode, render
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.domain.onboarding import default_onboarding
from shopteam.services import accounts, org
from shopteam.services.org import onboarding, roster
from shopteam.services.org.roster import StaffInput
from shopteam.services.recruitment import probation, recruiting
from shopteam.services.recruitment.recruiting import CandidateInput, HireInput

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 12, 7)
CS_TEMPLATE = [("accounts", "开通千牛子账号"), ("training", "售前话术培训"), ("equipment", "领取耳机")]


@pytest.fixture
def shop(factory, owner):
    clock.set_today(TODAY)
    with factory.begin() as s:
        cs = org.create_department(s, actor=owner, name="客服部")
        ops = org.create_department(s, actor=owner, name="运营部")
        cs_role = org.create_role(s, actor=owner, name="客服专员", department_id=cs)
        ops_role = org.create_role(s, actor=owner, name="运营专员", department_id=ops)
        boss = Employee(employee_no="M001", name="王主管", hire_date=date(2024, 1, 1), department_id=cs)
        li = Employee(employee_no="S001", name="小李", hire_date=date(2026, 11, 20), department_id=cs,
                      status="probation", probation_end=date(2027, 2, 19))
        zhao = Employee(employee_no="S002", name="小赵", hire_date=date(2026, 11, 25), department_id=ops,
                        status="probation", probation_end=date(2027, 2, 24))
        s.add_all([boss, li, zhao])
        s.flush()
        accounts.create_account(s, actor=owner, username="mgr", password="secret123", level="manager",
                                employee_id=boss.id)
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=li.id)
        ids = {"cs": cs, "ops": ops, "cs_role": cs_role, "ops_role": ops_role, "boss": boss.id, "li": li.id,
               "zhao": zhao.id}
    with factory.begin() as s:
        ids["manager"] = accounts.login(s, username="mgr", password="secret123").actor
        ids["staff"] = accounts.login(s, username="li", password="secret123").actor
    return ids


def _audits(s, entity):
    return list(s.scalars(select(AuditLog).where(AuditLog.entity == entity).order_by(AuditLog.id)))


def _hire(factory, actor, role_id, name="张三", no="K001"):
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=actor, role_id=role_id, headcount=1)
        cid = recruiting.add_candidate(s, actor=actor, position_id=pid, data=CandidateInput(name=name))
        for stage in ("first_interview", "second_interview", "offer"):
            recruiting.move_stage(s, actor=actor, candidate_id=cid, stage=stage)
        return recruiting.hire(s, actor=actor, candidate_id=cid, data=HireInput(employee_no=no, hire_date=TODAY))


def test_templates_default_and_per_role_and_the_checklist_made_on_hire(factory, owner, shop):
    with factory() as s:
        default = onboarding.template(s, actor=owner, role_id=None)
        assert default.items == default_onboarding("zh_CN") and default.own  # the built-in one, in Chinese
        role = onboarding.template(s, actor=owner, role_id=shop["cs_role"])
        assert (role.items, role.own) == (default_onboarding("zh_CN"), False)
        assert [(r.role_id, r.name, r.items) for r in onboarding.template_roles(s, actor=owner)] == [
            (None, "", 0), (shop["cs_role"], "客服专员", 0), (shop["ops_role"], "运营专员", 0)]
    with factory.begin() as s:
        onboarding.set_template(s, actor=owner, role_id=shop["cs_role"], items=[*CS_TEMPLATE, ("training", " ")])
    with factory() as s:
        assert onboarding.template(s, actor=owner, role_id=shop["cs_role"]).items == tuple(CS_TEMPLATE)
        (record,) = _audits(s, "onboarding_template")
        assert render(decode(record.summary), "en") == "onboarding checklist template of 客服专员: 3 item(s)"
        assert render(decode(record.summary), "zh_CN") == "客服专员 的入职清单模板：3 项"
    emp_id = _hire(factory, owner, shop["cs_role"])
    with factory() as s:
        rows = onboarding.checklist(s, actor=owner, staff_id=emp_id)
        assert [(r.category, r.text, r.done) for r in rows] == [(c, t, False) for c, t in CS_TEMPLATE]
        assert s.scalar(select(RoleAssignment.role_id).where(RoleAssignment.employee_id == emp_id)) == shop["cs_role"]
        (started,) = [a for a in _audits(s, "onboarding_item") if a.entity_id == emp_id]
        assert render(decode(started.summary), "zh_CN") == "K001 张三：入职清单 3 项"
    # a role without a template of its own: the shop's default template (once edited, the edited one)
    with factory.begin() as s:
        onboarding.set_template(s, actor=owner, role_id=None, items=[("equipment", "领取工牌")])
    ops_person = _hire(factory, owner, shop["ops_role"], name="李四", no="K002")
    with factory() as s:
        assert [(r.category, r.text) for r in onboarding.checklist(s, actor=owner, staff_id=ops_person)] == [
            ("equipment", "领取工牌")]
        assert render(decode(_audits(s, "onboarding_template")[-1].summary), "en") == \
            "default onboarding checklist template: 1 item(s)"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        onboarding.set_template(s, actor=owner, role_id=None, items=[("party", "团建")])
    assert err.value.code == "category"
    with factory.begin() as s:  # no items of its own: the role uses the default again
        onboarding.set_template(s, actor=owner, role_id=shop["cs_role"], items=[])
    with factory() as s:
        assert onboarding.template(s, actor=owner, role_id=shop["cs_role"]).items == (("equipment", "领取工牌"),)
        assert len(onboarding.checklist(s, actor=owner, staff_id=emp_id)) == 3  # made before: kept


def test_adding_someone_to_the_roster_makes_their_checklist_and_ticking_is_recorded(factory, owner, shop):
    with factory.begin() as s:
        new_id = roster.create_staff(s, actor=owner, data=StaffInput(
            employee_no="S010", name="小周", hire_date=TODAY, status="probation", department_id=shop["cs"]))
    with factory() as s:
        rows = onboarding.checklist(s, actor=owner, staff_id=new_id)
        assert [(r.category, r.text) for r in rows] == list(default_onboarding("zh_CN"))
    with factory.begin() as s:
        onboarding.set_done(s, actor=shop["manager"], item_id=rows[0].id, done=True)
        onboarding.set_done(s, actor=shop["manager"], item_id=rows[0].id, done=True)  # no change: no record
        extra = onboarding.add_item(s, actor=owner, staff_id=new_id, category="handover", text="接手售后工单")
    with factory() as s:
        rows = onboarding.checklist(s, actor=owner, staff_id=new_id)
        assert (rows[0].done, rows[0].done_on, rows[0].done_by) == (True, TODAY, "mgr")
        assert (rows[-1].id, rows[-1].category, rows[-1].text, rows[-1].done) == (extra, "handover", "接手售后工单",
                                                                                  False)
        audits = _audits(s, "onboarding_item")
        assert [a.action for a in audits] == ["create", "update", "create"]
        assert render(decode(audits[1].summary), "en") == "S010 小周: onboarding item 开通 ShopTeam 账号 done"
        assert render(decode(audits[1].summary), "zh_CN") == "S010 小周：入职清单项 开通 ShopTeam 账号 已完成"
        assert render(decode(audits[2].summary), "zh_CN") == "S010 小周 的入职清单项（交接）：接手售后工单"
        assert render(decode(audits[2].summary), "en") == "S010 小周: onboarding item (handover) 接手售后工单"
    with factory.begin() as s:
        onboarding.set_done(s, actor=owner, item_id=rows[0].id, done=False)
    with factory() as s:
        first = onboarding.checklist(s, actor=owner, staff_id=new_id)[0]
        assert (first.done, first.done_on, first.done_by) == (False, None, "")
        assert render(decode(_audits(s, "onboarding_item")[-1].summary), "zh_CN") == \
            "S010 小周：入职清单项 开通 ShopTeam 账号 改为未完成"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        onboarding.add_item(s, actor=owner, staff_id=new_id, category="training", text="  ")
    assert err.value.code == "required"


def test_staff_see_their_own_checklist_and_nothing_else(factory, owner, shop):
    with factory.begin() as s:
        assert onboarding.create_checklist(s, actor=owner, staff_id=shop["li"]) == len(default_onboarding("zh_CN"))
        assert onboarding.create_checklist(s, actor=owner, staff_id=shop["li"]) == 0  # has one: unchanged
        onboarding.create_checklist(s, actor=owner, staff_id=shop["zhao"])
    staff = shop["staff"]
    with factory() as s:
        mine = onboarding.checklist(s, actor=staff, staff_id=shop["li"])
        assert len(mine) == 6
        with pytest.raises(PermissionDenied):
            onboarding.checklist(s, actor=staff, staff_id=shop["zhao"])
        with pytest.raises(PermissionDenied):
            onboarding.template(s, actor=staff, role_id=shop["cs_role"])
        with pytest.raises(PermissionDenied):
            onboarding.template_roles(s, actor=staff)
        zhao_item = onboarding.checklist(s, actor=owner, staff_id=shop["zhao"])[0].id
    for call in (lambda s: onboarding.set_done(s, actor=staff, item_id=mine[0].id, done=True),
                 lambda s: onboarding.add_item(s, actor=staff, staff_id=shop["li"], category="training", text="x"),
                 lambda s: onboarding.set_template(s, actor=staff, role_id=shop["cs_role"], items=[]),
                 lambda s: onboarding.create_checklist(s, actor=staff, staff_id=shop["li"])):
        with pytest.raises(PermissionDenied), factory.begin() as s:
            call(s)
    manager = shop["manager"]  # heads 客服部: its roles and people, not 运营部's, and not the default template
    with factory() as s:
        assert [r.name for r in onboarding.template_roles(s, actor=manager)] == ["客服专员"]
    with factory.begin() as s:
        onboarding.set_template(s, actor=manager, role_id=shop["cs_role"], items=CS_TEMPLATE)
        onboarding.set_done(s, actor=manager, item_id=mine[0].id, done=True)
    for call in (lambda s: onboarding.set_template(s, actor=manager, role_id=shop["ops_role"], items=CS_TEMPLATE),
                 lambda s: onboarding.set_template(s, actor=manager, role_id=None, items=CS_TEMPLATE),
                 lambda s: onboarding.set_done(s, actor=manager, item_id=zhao_item, done=True),
                 lambda s: onboarding.checklist(s, actor=manager, staff_id=shop["zhao"])):
        with pytest.raises(PermissionDenied), factory.begin() as s:
            call(s)
    with factory() as s:
        assert onboarding.checklist(s, actor=staff, staff_id=shop["li"])[0].done_by == "mgr"


def test_the_probation_list_shows_the_onboarding_progress(factory, owner, shop):
    with factory.begin() as s:
        onboarding.create_checklist(s, actor=owner, staff_id=shop["li"])
        first, second = onboarding.checklist(s, actor=owner, staff_id=shop["li"])[:2]
        onboarding.set_done(s, actor=owner, item_id=first.id, done=True)
        onboarding.set_done(s, actor=owner, item_id=second.id, done=True)
    with factory() as s:
        rows = {r.employee_no: (r.onboarding_done, r.onboarding_total)
                for r in probation.list_probation(s, actor=owner)}
        assert rows == {"S001": (2, 6), "S002": (0, 0)}
        assert onboarding.progress(s, [shop["li"], shop["zhao"]]) == {shop["li"]: (2, 6)}
