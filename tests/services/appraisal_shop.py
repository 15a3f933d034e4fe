"""A small shop for the appraisal tests: roles with preset keys, a manager with a department, staff accounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from shopteam.db.models import Department, Role, RoleAssignment
from shopteam.services import accounts
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput

PASSWORD = "secret123"


def make_shop(factory, owner) -> dict:
    """运营部 (head 王经理 E100: 李运营 E101 ops, 赵美工 E103 designer) and 客服部 (张客服 E102 cs_presale).
    Accounts: mgr (manager, E100), s101 (staff, E101), s102 (staff, E102)."""
    ids: dict = {}
    with factory.begin() as s:
        ops, cs = Department(name="运营部"), Department(name="客服部")
        roles = {key: Role(key=key, name=name) for key, name in (
            ("ops", "运营专员"), ("ops_manager", "运营经理"), ("cs_presale", "客服专员（售前）"),
            ("designer", "美工设计师"))}
        s.add_all([ops, cs, *roles.values()])
        s.flush()
        ids["ops"], ids["cs"] = ops.id, cs.id
        for key, no, name, dep, role, boss in (
                ("E100", "E100", "王经理", ops.id, "ops_manager", None),
                ("E101", "E101", "李运营", ops.id, "ops", "E100"),
                ("E102", "E102", "张客服", cs.id, "cs_presale", None),
                ("E103", "E103", "赵美工", ops.id, "designer", "E100")):
            ids[key] = roster.create_staff(s, actor=owner, data=StaffInput(
                employee_no=no, name=name, hire_date=date(2025, 1, 6), department_id=dep,
                manager_id=ids.get(boss) if boss else None, base_salary=Decimal("5000"), status="active"))
            s.add(RoleAssignment(employee_id=ids[key], role_id=roles[role].id, start_date=date(2025, 1, 6)))
        s.flush()
        s.get(Department, ops.id).head_id = ids["E100"]
        for username, level, emp in (("mgr", "manager", "E100"), ("s101", "staff", "E101"),
                                     ("s102", "staff", "E102")):
            accounts.create_account(s, actor=owner, username=username, password=PASSWORD, level=level,
                                    employee_id=ids[emp])
    with factory.begin() as s:
        from shopteam.db.models import User

        for username in ("mgr", "s101", "s102"):
            user = s.query(User).filter_by(username=username).one()
            ids[username] = accounts.actor_for(user)
    return ids
