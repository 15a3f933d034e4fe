"""The audit log must not become a way round the salary permission."""

from datetime import date
from decimal import Decimal

import pytest

from shopteam.domain.errors import PermissionDenied
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.org import roster
from shopteam.services.permissions import AUDIT_VIEW


def _make_person(factory, owner):
    with factory.begin() as s:
        return roster.create_staff(s, actor=owner, data=roster.StaffInput(
            employee_no="A001", name="张三", hire_date=date(2025, 3, 1), status="active",
            base_salary=Decimal("6543.21")))


def test_auditor_without_salary_grant_sees_no_salary(factory, owner):
    _make_person(factory, owner)
    auditor = Actor(user_id=99, username="auditor", level="manager", grants=frozenset({AUDIT_VIEW}))
    with factory() as s:
        rows = audit.search_audit(s, actor=auditor, entity="employee")
        assert rows and all("6543" not in (r.before_text + r.after_text) for r in rows)
        assert rows[0].after["base_salary"] == audit.SALARY_HIDDEN
        assert audit.search_audit(s, actor=auditor, text="6543") == []  # no guessing by search
        with pytest.raises(PermissionDenied):
            audit.list_audit(s, actor=auditor)
        owner_rows = audit.search_audit(s, actor=owner, text="6543")
    assert owner_rows and owner_rows[0].after["base_salary"] == "6543.21"
