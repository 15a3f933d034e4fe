import json
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

import pytest

from shopteam.db.models import AuditLog, Department, Employee, Role, RoleAssignment
from shopteam.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends

VALID_ID = "11010519491231002X"
SALARY = Decimal("6543.21")


def person(no="E001", name="张三", **kw) -> StaffInput:
    kw.setdefault("employee_no", no)
    base = dict( name=name, hire_date=date(2025, 3, 1), gender="male", phone="13800138000",
                email="zhang@example.com", wechat="zs", id_card_no=VALID_ID, base_salary=SALARY,
                bank_account="6222020200112233445", notes="")
    base.update(kw)
    return StaffInput(**base)


@pytest.fixture
def org(factory, owner):
    """Two departments (运营部 with a sub-team, 客服部), a role, and five people; returns their ids."""
    with factory.begin() as s:
        ops = Department(name="运营部")
        cs = Department(name="客服部")
        s.add_all([ops, cs])
        s.flush()
        team = Department(name="运营一组", parent_id=ops.id)
        role = Role(name="运营专员")
        s.add_all([team, role])
        s.flush()
        ids = {"ops": ops.id, "cs": cs.id, "team": team.id, "role": role.id}
        ids["boss"] = roster.create_staff(s, actor=owner, data=person("M001", "王经理", department_id=ops.id))
        ids["a"] = roster.create_staff(s, actor=owner, data=person("E001", "张三", department_id=team.id,
                                                                     manager_id=ids["boss"]))
        ids["b"] = roster.create_staff(s, actor=owner, data=person("E002", "李四", department_id=cs.id,
                                                                     id_card_no=None))
        ids["c"] = roster.create_staff(s, actor=owner, data=person("E003", "赵五", department_id=cs.id,
                                                                     manager_id=ids["boss"]))
        s.add(RoleAssignment(employee_id=ids["a"], role_id=role.id, start_date=date(2025, 3, 1)))
    return ids


def account(factory, owner, employee_id, level, grants=()):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username=f"u{employee_id}", password="secret123", level=level,
                                employee_id=employee_id, grants=grants)
    with factory.begin() as s:
        return accounts.login(s, username=f"u{employee_id}", password="secret123").actor


def test_create_and_read_back(factory, owner, org):
    with factory() as s:
        rows = roster.list_staff(s, actor=owner)
        detail = roster.get_staff(s, actor=owner, staff_id=org["a"])
    assert [r.employee_no for r in rows] == ["E001", "E002", "E003", "M001"]
    a = next(r for r in rows if r.id == org["a"])
    assert (a.name, a.department, a.role, a.manager, a.status, a.base_salary) == (
        "张三", "运营一组", "运营专员", "王经理", "active", SALARY)
    assert detail.id_card_no == VALID_ID and detail.bank_account == "6222020200112233445"
    assert detail.base_salary == SALARY and detail.has_history


def test_list_filters_by_status(factory, owner, org):
    with factory.begin() as s:
        roster.mark_left(s, actor=owner, staff_id=org["b"], leave_date=date(2026, 1, 31), reason="回老家")
    with factory() as s:
        assert [r.employee_no for r in roster.list_staff(s, actor=owner, status="left")] == ["E002"]
        assert "E002" not in [r.employee_no for r in roster.list_staff(s, actor=owner, status="active")]


@pytest.mark.parametrize(("field", "change", "code"), [
    ("employee_no", {"employee_no": ""}, "required"),
    ("employee_no", {"employee_no": "E 01!"}, "employee_no_format"),
    ("employee_no", {"employee_no": "e001"}, "employee_no_taken"),
    ("name", {"name": "  "}, "required"),
    ("phone", {"phone": "12345"}, "phone_format"),
    ("email", {"email": "not-mail"}, "email_format"),
    ("id_card_no", {"id_card_no": "110105194912310021"}, "id_card_check"),
    ("base_salary", {"base_salary": Decimal("-1")}, "salary_negative"),
    ("hire_date", {"hire_date": None}, "required"),
    ("department_id", {"department_id": 9999}, "unknown_department"),
    ("bank_account", {"bank_account": "12ab"}, "bank_format"),
])
def test_create_validation_names_the_field(factory, owner, org, field, change, code):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.create_staff(s, actor=owner, data=person(**{"no": "N001", "name": "新人", **change}))
    assert (err.value.field, err.value.code) == (field, code)


def test_manager_not_self_and_no_cycle(factory, owner, org):
    with factory() as s:
        boss = roster.get_staff(s, actor=owner, staff_id=org["boss"])
    data = person("M001", "王经理", department_id=org["ops"], manager_id=org["boss"])
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=org["boss"], data=data, expected_version=boss.version)
    assert (err.value.field, err.value.code) == ("manager_id", "manager_self")
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=org["boss"], data=replace(data, manager_id=org["a"]),
                            expected_version=boss.version)
    assert (err.value.field, err.value.code) == ("manager_id", "manager_cycle")


def test_update_writes_audit_with_before_and_after(factory, owner, org):
    with factory() as s:
        d = roster.get_staff(s, actor=owner, staff_id=org["b"])
    with factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=org["b"], expected_version=d.version,
                            data=person("E002", "李四", department_id=org["cs"], phone="13911112222",
                                        base_salary=Decimal("7000"), id_card_no=None, bank_account=None))
    with factory() as s:
        log = s.query(AuditLog).filter_by(entity="employee", entity_id=org["b"], action="update").one()
        emp = s.get(Employee, org["b"])
        assert emp.phone == "13911112222" and emp.version == d.version + 1
        assert emp.id_card_no == ""  # None kept the stored (empty) value
    before, after = json.loads(log.before), json.loads(log.after)
    assert before["phone"] == "13800138000" and after["phone"] == "13911112222"
    assert before["base_salary"] == "6543.21" and after["base_salary"] == "7000.00"
    assert "name" not in after  # only what changed
    with factory() as s:
        created = s.query(AuditLog).filter_by(entity="employee", entity_id=org["a"], action="create").one()
    assert json.loads(created.after)["id_card_no"] == "110***********002X"  # masked in the log


def test_stale_version_is_a_conflict(factory, owner, org):
    with factory() as s:
        d = roster.get_staff(s, actor=owner, staff_id=org["c"])
    data = person("E003", "赵五", department_id=org["cs"], manager_id=org["boss"])
    with factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=org["c"], data=replace(data, notes="first"),
                            expected_version=d.version)
    with pytest.raises(ConflictError), factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=org["c"], data=replace(data, notes="second"),
                            expected_version=d.version)
    with factory() as s:
        assert s.get(Employee, org["c"]).notes == "first"


def test_mark_left_ends_roles_and_rejects_early_date(factory, owner, org):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.mark_left(s, actor=owner, staff_id=org["a"], leave_date=date(2025, 2, 1), reason="x")
    assert (err.value.field, err.value.code) == ("leave_date", "leave_before_hire")
    with factory.begin() as s:
        roster.mark_left(s, actor=owner, staff_id=org["a"], leave_date=date(2026, 6, 30), reason="个人原因")
    with factory() as s:
        emp = s.get(Employee, org["a"])
        assert (emp.status, emp.leave_date, emp.leave_reason) == ("left", date(2026, 6, 30), "个人原因")
        assert s.query(RoleAssignment).filter_by(employee_id=org["a"]).one().end_date == date(2026, 6, 30)
        assert s.query(AuditLog).filter_by(entity_id=org["a"], action="leave").count() == 1
        row = next(r for r in roster.list_staff(s, actor=owner, today=date(2026, 8, 1)) if r.id == org["a"])
        assert row.role == "运营专员"  # the last role is still shown for people who left
    with factory.begin() as s:
        roster.rejoin(s, actor=owner, staff_id=org["a"])
    with factory() as s:
        assert s.get(Employee, org["a"]).status == "active" and s.get(Employee, org["a"]).leave_date is None


def test_delete_only_without_history(factory, owner, org):
    with factory() as s:
        assert roster.has_history(s, staff_id=org["a"])  # role assignment
        assert roster.has_history(s, staff_id=org["boss"])  # people report to them
        assert not roster.has_history(s, staff_id=org["b"])
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.delete_staff(s, actor=owner, staff_id=org["boss"])
    assert err.value.code == "has_history" and "left" in str(err.value)
    account(factory, owner, org["b"], "staff")
    with pytest.raises(ValidationError), factory.begin() as s:
        roster.delete_staff(s, actor=owner, staff_id=org["b"])  # has an account now
    with factory.begin() as s:
        new = roster.create_staff(s, actor=owner, data=person("T001", "手误"))
    with factory.begin() as s:
        roster.delete_staff(s, actor=owner, staff_id=new)
    with factory() as s:
        assert s.get(Employee, new) is None
        assert s.query(AuditLog).filter_by(entity_id=new, action="delete").one().before is not None


def test_punches_are_history_too(factory, owner, org):
    """Tables of every capability count, not only the roster's: deleting would cascade away punches."""
    from datetime import datetime

    from shopteam.db.models.attendance import PunchRecord

    with factory.begin() as s:
        new = roster.create_staff(s, actor=owner, data=person("T002", "打过卡"))
        assert not roster.has_history(s, staff_id=new)
        s.add(PunchRecord(employee_id=new, work_date=date(2026, 9, 1), clock_in=datetime(2026, 9, 1, 9, 0)))
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.delete_staff(s, actor=owner, staff_id=new)
    assert err.value.code == "has_history"
    with factory() as s:
        assert s.get(Employee, new) is not None and s.query(PunchRecord).filter_by(employee_id=new).count() == 1


def test_manager_scope(factory, owner, org):
    boss = account(factory, owner, org["boss"], "manager")
    with factory() as s:
        seen = {r.employee_no for r in roster.list_staff(s, actor=boss)}
        assert seen == {"M001", "E001", "E003"}  # own department subtree + direct report in 客服部
        with pytest.raises(PermissionDenied):
            roster.get_staff(s, actor=boss, staff_id=org["b"])
        assert all(r.base_salary is None for r in roster.list_staff(s, actor=boss))
    with pytest.raises(PermissionDenied), factory.begin() as s:
        roster.mark_left(s, actor=boss, staff_id=org["b"], leave_date=date(2026, 1, 1))
    with pytest.raises(PermissionDenied), factory.begin() as s:  # not into another department
        roster.create_staff(s, actor=boss, data=person("N001", "新人", department_id=org["cs"], base_salary=None,
                                                       id_card_no=None, bank_account=None))
    with factory.begin() as s:
        new = roster.create_staff(s, actor=boss, data=person("N001", "新人", department_id=org["team"],
                                                             base_salary=None, id_card_no=None, bank_account=None))
    with pytest.raises(PermissionDenied) as err, factory.begin() as s:
        roster.create_staff(s, actor=boss, data=person("N002", "新人二", department_id=org["team"]))
    assert err.value.field == "base_salary"
    with factory() as s:
        d = roster.get_staff(s, actor=boss, staff_id=org["a"])
        assert d.base_salary is None and d.id_card_no == "110***********002X" and d.bank_account == "**** 3445"
        assert s.get(Employee, new).base_salary == Decimal("0.00")
    # an edit without the sensitive fields keeps what is stored
    with factory.begin() as s:
        roster.update_staff(s, actor=boss, staff_id=org["a"], expected_version=d.version,
                            data=person("E001", "张三", department_id=org["team"], manager_id=org["boss"],
                                        base_salary=None, id_card_no=None, bank_account=None, notes="ok"))
    with factory() as s:
        emp = s.get(Employee, org["a"])
        assert (emp.base_salary, emp.id_card_no, emp.bank_account, emp.notes) == (
            SALARY, VALID_ID, "6222020200112233445", "ok")


def test_grants_open_sensitive_fields(factory, owner, org):
    boss = account(factory, owner, org["boss"], "manager", grants=("salary.view", "idcard.view"))
    with factory() as s:
        d = roster.get_staff(s, actor=boss, staff_id=org["a"])
        assert d.base_salary == SALARY and d.id_card_no == VALID_ID and d.bank_account == "**** 3445"
        assert {r.base_salary for r in roster.list_staff(s, actor=boss)} == {SALARY}


def test_staff_sees_only_themselves_and_no_salary_anywhere(factory, owner, org):
    """Call every roster function as a staff account: none of them may hand out a salary."""
    staff = account(factory, owner, org["a"], "staff")
    leaks = []

    def check(value):
        if isinstance(value, list | tuple):
            for v in value:
                check(v)
        elif hasattr(value, "__dataclass_fields__"):
            for f in fields(value):
                v = getattr(value, f.name)
                if f.name == "base_salary" and v is not None:
                    leaks.append(value)
                if isinstance(v, str) and ("6543" in v or VALID_ID in v):
                    leaks.append(value)
                check(v)
        elif isinstance(value, Decimal) or (isinstance(value, str) and "6543" in value):
            leaks.append(value)

    with factory() as s:
        rows = roster.list_staff(s, actor=staff)
        assert [r.id for r in rows] == [org["a"]]
        check(rows)
        for status in ("active", "probation", "left"):
            check(roster.list_staff(s, actor=staff, status=status))
        check(roster.get_staff(s, actor=staff, staff_id=org["a"]))
        for other in (org["b"], org["c"], org["boss"]):
            with pytest.raises(PermissionDenied):
                roster.get_staff(s, actor=staff, staff_id=other)
        check(roster.department_choices(s, actor=staff))
        check(roster.manager_choices(s, actor=staff))
        check(roster.has_history(s, staff_id=org["b"]))
    assert roster.sensitive_access(staff) == roster.SensitiveAccess(False, False, False, False)
    writes = [
        lambda s: roster.create_staff(s, actor=staff, data=person("X1", "x")),
        lambda s: roster.update_staff(s, actor=staff, staff_id=org["a"], data=person(), expected_version=1),
        lambda s: roster.mark_left(s, actor=staff, staff_id=org["b"], leave_date=date(2026, 1, 1)),
        lambda s: roster.rejoin(s, actor=staff, staff_id=org["b"]),
        lambda s: roster.delete_staff(s, actor=staff, staff_id=org["b"]),
    ]
    for write in writes:
        with pytest.raises(PermissionDenied), factory.begin() as s:
            write(s)
    assert leaks == []


def test_unknown_record(factory, owner, org):
    with pytest.raises(NotFoundError), factory() as s:
        roster.get_staff(s, actor=owner, staff_id=12345)


def test_update_left_person_needs_leave_date_after_hire(factory, owner, org):
    with factory.begin() as s:
        roster.mark_left(s, actor=owner, staff_id=org["c"], leave_date=date(2025, 6, 1))
    with factory() as s:
        d = roster.get_staff(s, actor=owner, staff_id=org["c"])
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=org["c"], expected_version=d.version,
                            data=person("E003", "赵五", status="left", hire_date=date(2025, 9, 1)))
    assert (err.value.field, err.value.code) == ("leave_date", "leave_before_hire")
