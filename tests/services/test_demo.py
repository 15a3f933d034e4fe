from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shopteam.db.models import AuditLog, Department, Employee, Role, RoleAssignment, StaffingPlan, User
from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts, demo
from shopteam.services.maintenance import business_problems

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo_owner(factory):
    with factory.begin() as s:
        return demo.create_demo_shop(s, language="zh_CN", today=TODAY)


def test_shop_and_people(factory, demo_owner):
    with factory() as s:
        assert accounts.get_shop(s).name == "小鹿优选旗舰店"
        people = s.scalars(select(Employee).order_by(Employee.employee_no)).all()
        assert len(people) == 20
        assert [p.employee_no for p in people] == [f"XL{i:03d}" for i in range(1, 21)]
        assert people[0].name == "陈志强"
        assert sum(p.status == "left" for p in people) == 3
        assert sum(p.status == "probation" for p in people) == 2  # 刘洋 (new) and 罗刚 (extended)
        assert len({p.phone for p in people}) == 20
        assert all(len(p.phone) == 11 and p.phone.startswith("1") for p in people)
        hires = [p.hire_date for p in people]
        assert min(hires) >= TODAY - timedelta(days=3 * 366) and max(hires) <= TODAY
        assert max(hires) - min(hires) > timedelta(days=2 * 365)  # spread over the years


def test_departments_heads_and_reporting_tree(factory, demo_owner):
    with factory() as s:
        staffed = s.scalars(select(Department).join(Employee, Employee.department_id == Department.id)
                            .distinct()).all()
        assert len(staffed) == 6
        assert all(d.head is not None and d.head.department_id == d.id for d in staffed)
        assert s.scalar(select(func.count()).select_from(Department)) == 8
        marketing = s.scalar(select(Department).where(Department.name == "推广部"))
        assert marketing.parent.name == "运营部"
        people = {p.employee_no: p for p in s.scalars(select(Employee))}
        roots = [p for p in people.values() if p.manager is None]
        assert [p.employee_no for p in roots] == ["XL001"]
        assert people["XL014"].manager.manager.employee_no == "XL002"  # 马超 → 何俊 → 王磊


def test_left_staff_have_dates_and_reasons(factory, demo_owner):
    with factory() as s:
        left = s.scalars(select(Employee).where(Employee.status == "left")).all()
        assert {p.employee_no for p in left} == {"XL018", "XL019", "XL020"}
        for p in left:
            assert p.hire_date < p.leave_date <= TODAY
            assert p.leave_reason
            last = s.scalars(select(RoleAssignment).where(RoleAssignment.employee_id == p.id)).all()
            assert [a.end_date for a in last] == [p.leave_date]
        assert {p.employee_no: p.leave_kind for p in left} == {"XL018": "resignation", "XL019": "resignation",
                                                               "XL020": "dismissal"}


def test_one_person_left_last_month_with_the_handover_done_and_a_pro_rata_month(factory, demo_owner):
    from shopteam.db.models.people import HandoverItem
    from shopteam.services.payout import runs

    with factory() as s:
        xu = s.scalar(select(Employee).where(Employee.employee_no == "XL020"))
        assert (xu.name, xu.status, xu.leave_date) == ("徐强", "left", date(2026, 10, 20))  # last month
        items = s.scalars(select(HandoverItem).where(HandoverItem.employee_id == xu.id)
                          .order_by(HandoverItem.position)).all()
        assert [(i.text, i.done, i.done_on, i.done_by) for i in items] == [
            (text, True, date(2026, 10, 20), "boss")
            for text in ("工作交接给接手人", "归还电脑、工牌等设备", "交还店铺后台与客服账号", "结清借款与报销")]
        october = runs.get_run(s, actor=demo_owner, year=2026, month=10)
        line = next(r for r in october.rows if r.employee_no == "XL020")
        assert line.amounts["base_salary"] == Decimal("3277.78")  # 5,900 × 10 of October's 18 workdays
        assert line.explanations["base_salary"][0].text() == (
            "Base salary 5,900.00 × 10 / 18 workdays employed = 3,277.78")


def test_role_history(factory, demo_owner):
    with factory() as s:
        def history(no):
            return [(a.role.name, a.start_date, a.end_date) for a in s.scalars(
                select(RoleAssignment).join(Employee).where(Employee.employee_no == no)
                .order_by(RoleAssignment.start_date))]

        promoted = history("XL002")
        assert [r[0] for r in promoted] == ["运营专员", "运营经理"]
        assert promoted[0][2] == promoted[1][1] - timedelta(days=1) and promoted[1][2] is None
        moved = history("XL011")
        assert [r[0] for r in moved] == ["客服专员（售前）", "客服专员（售后）"]
        assert business_problems(s) == []  # no overlapping primary roles, no cycles, …


def test_salaries_fit_the_role_bands(factory, demo_owner):
    with factory() as s:
        rows = s.execute(select(Employee, Role).join(RoleAssignment, RoleAssignment.employee_id == Employee.id)
                         .join(Role).where(RoleAssignment.end_date.is_(None))).all()
        assert len(rows) == 17
        for emp, role in rows:
            assert role.salary_min <= emp.base_salary <= role.salary_max, emp.employee_no
            assert emp.base_salary % 100 == 0
        assert sum(emp.base_salary for emp, _ in rows) > Decimal("100000")


def test_plans_and_active_medium(factory, demo_owner):
    with factory() as s:
        plans = {p.preset: p for p in s.scalars(select(StaffingPlan))}
        assert set(plans) == {"small", "medium", "large"}
        assert [k for k, p in plans.items() if p.is_active] == ["medium"]
        assert sum(line.headcount for line in plans["medium"].lines) == 13
        assert s.scalar(select(func.count()).select_from(Role)) == 13


def test_accounts_log_in(factory, demo_owner):
    assert demo_owner.is_owner and demo_owner.employee_id is not None
    with factory.begin() as s:
        results = {name: accounts.login(s, username=name, password=demo.DEMO_PASSWORD).actor
                   for name in ("boss", "yunying", "kefu01")}
        assert {n: a.level for n, a in results.items()} == {"boss": "owner", "yunying": "manager",
                                                              "kefu01": "staff"}
        assert s.get(Employee, results["yunying"].employee_id).employee_no == "XL002"
        kefu = s.get(Employee, results["kefu01"].employee_id)
        assert kefu.department.name == "客服部"
        assert s.scalar(select(func.count()).select_from(User)) == 3


def test_audit_records_what_was_created(factory, demo_owner):
    with factory() as s:
        summary = s.scalar(select(AuditLog).where(AuditLog.entity == "demo"))
        assert summary.username == "boss" and "20 staff" in summary.summary


def test_english_demo_uses_pinyin_and_english_presets(factory):
    with factory.begin() as s:
        demo.create_demo_shop(s, language="en", today=TODAY)
    with factory() as s:
        assert accounts.get_shop(s).name == "Little Deer Select Store"
        assert s.scalar(select(Employee.name).where(Employee.employee_no == "XL004")) == "Zhang Wei"
        assert s.scalar(select(Role.name).where(Role.key == "ops_manager")) == "Operations Manager"


def test_deterministic(factory, demo_owner, tmp_path):
    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.db.migrate import upgrade

    other = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        upgrade(other)
        with make_session_factory(other).begin() as s:
            demo.create_demo_shop(s, today=TODAY)
        query = select(Employee.employee_no, Employee.phone, Employee.base_salary, Employee.hire_date).order_by(
            Employee.employee_no
        )
        with factory() as a, make_session_factory(other)() as b:
            assert a.execute(query).all() == b.execute(query).all()
    finally:
        other.dispose()


def test_refuses_a_database_with_a_shop(factory, owner):
    with pytest.raises(ShopTeamError) as err, factory.begin() as s:
        demo.create_demo_shop(s)
    assert err.value.code == "shop_exists"
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == 0


def test_recruitment_and_probation(factory, demo_owner):
    from shopteam.domain import clock
    from shopteam.services.recruitment import probation, recruiting

    clock.set_today(TODAY)
    with factory() as s:
        (position,) = recruiting.list_positions(s, actor=demo_owner)
        assert (position.role, position.state, position.headcount, position.candidates) == ("客服专员（售前）", "open", 2, 6)
        stages = [c.stage for c in recruiting.list_candidates(s, actor=demo_owner, position_id=position.id)]
        assert stages == ["screening", "screening", "first_interview", "second_interview", "offer", "rejected"]
        rows = probation.list_probation(s, actor=demo_owner)
        assert [(r.employee_no, r.review_state) for r in rows] == [("XL017", "due"), ("XL005", "pending")]
        assert rows[0].probation_end == TODAY + timedelta(days=10)
        assert [r.employee_no for r in probation.ending_soon(s, actor=demo_owner)] == ["XL017"]
        # their onboarding checklists: 罗刚's done, 刘洋's half way; the pre-sale role has a template of its own
        assert [(r.employee_no, r.onboarding_done, r.onboarding_total) for r in rows] == [("XL017", 6, 6),
                                                                                       ("XL005", 3, 6)]
        from shopteam.services.org import onboarding

        liu = s.scalar(select(Employee.id).where(Employee.employee_no == "XL005"))
        items = onboarding.checklist(s, actor=demo_owner, staff_id=liu)
        assert [(i.text, i.done, i.done_by) for i in items[2:4]] == [("学习团队管理制度与考勤规则", True, "boss"),
                                                                    ("岗位技能培训（由直属上级安排）", False, "")]
        presale = s.scalar(select(Role.id).where(Role.name == "客服专员（售前）"))
        template = onboarding.template(s, actor=demo_owner, role_id=presale)
        assert template.own and template.items[0] == ("accounts", "开通千牛客服子账号") and len(template.items) == 6
        # the one ending soon has his supervisor's recommendation waiting for the owner's decision
        assert [(r.employee_no, r.assessment, r.recommendation, r.score, r.grade) for r in rows] == [
            ("XL017", "recommended", "confirm", Decimal("82.50"), "good"), ("XL005", "none", "", None, "")]
        from shopteam.services.recruitment import assessment

        form = assessment.review_form(s, actor=demo_owner, employee_id=rows[0].employee_id)
        assert form.scheme_name == "转正评估方案" and form.current.supervisor == s.get(Employee, rows[0].employee_id).manager.name


def test_training_plan_sessions_and_scores(factory, demo_owner):
    from shopteam.domain import clock
    from shopteam.services.training import plans, records

    clock.set_today(TODAY)
    with factory.begin() as s:
        (plan,) = plans.list_plans(s, actor=demo_owner)
        assert (plan.topic, plan.year, plan.sessions, plan.held_hours) == ("客服话术与售后流程", 2026, 4,
                                                                           Decimal("5.50"))
        days = [r.session_date for r in plans.list_sessions(s, actor=demo_owner, plan_id=plan.id)]
        assert days == [TODAY + timedelta(days=d) for d in (6, -9, -24, -45)]
        report = {r.employee_no: (r.sessions, r.hours, r.average_score)
                  for r in records.training_report(s, actor=demo_owner, year=2026)}
        assert report["XL009"] == (3, Decimal("5.50"), Decimal("91.67"))  # (92 + 88 + 95) / 3
        assert report["XL010"] == (2, Decimal("4.00"), Decimal("79.50"))
        assert report["XL011"] == (3, Decimal("5.50"), Decimal("87.17"))
        assert report["XL012"] == (2, Decimal("3.50"), Decimal("65.00"))
        assert report["XL001"] == (0, Decimal("0.00"), None)
        kefu = accounts.login(s, username="kefu01", password=demo.DEMO_PASSWORD).actor
        mine = records.training_record(s, actor=kefu)
        assert mine.employee_no == "XL009" and len(mine.sessions) == 3 and mine.sessions[0].passed is True


def test_last_weeks_shop_meeting_with_items_and_an_action_on_a_board(factory, demo_owner):
    from shopteam.db.models.boards import Card
    from shopteam.services.meetings.meeting import list_meetings, read_meeting

    with factory.begin() as s:
        (row,) = list_meetings(s, actor=demo_owner)
        assert row.week == "2026-W46"  # the week of 2026-11-15, seven days before TODAY (a Sunday)
        detail = read_meeting(s, actor=demo_owner, meeting_id=row.id)
        assert detail.held_on == date(2026, 11, 13)  # that week's Friday
        assert len(detail.parts) == len(demo.PEOPLE) - sum(p.has_left for p in demo.PEOPLE)
        assert [i.kind for i in detail.items] == ["issue", "issue", "risk", "decision"]
        (action,) = detail.actions
        assert action.due_date == date(2026, 11, 25) and action.card_id is not None
        assert s.get(Card, action.card_id).title == "整理差评处理话术并培训晚班客服"
