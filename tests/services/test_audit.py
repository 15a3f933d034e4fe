from datetime import date

import pytest

from shopteam.db.models import Employee
from shopteam.domain.errors import PermissionDenied
from shopteam.services import accounts, audit


@pytest.fixture
def staff_actor(factory, owner):
    with factory.begin() as s:
        emp = Employee(employee_no="A001", name="张三", hire_date=date(2025, 1, 1))
        s.add(emp)
        s.flush()
        accounts.create_account(s, actor=owner, username="zhang", password="secret123", level="staff",
                                employee_id=emp.id)
    with factory.begin() as s:
        return accounts.login(s, username="zhang", password="secret123").actor


def test_search_audit_newest_first_with_decoded_changes(factory, owner, staff_actor):
    with factory.begin() as s:
        uid = accounts.list_accounts(s, actor=owner)[1].id
        accounts.set_grants(s, actor=owner, user_id=uid, grants=("salary.view",))
    with factory() as s:
        rows = audit.search_audit(s, actor=owner)
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    newest = rows[0]
    assert (newest.action, newest.entity, newest.entity_id, newest.summary) == ("update", "user", uid, "zhang")
    assert newest.before == {"grants": []} and newest.after == {"grants": ["salary.view"]}
    assert audit.changed_fields(newest.before, newest.after) == [("grants", [], ["salary.view"])]


def test_search_audit_filters(factory, owner, staff_actor):
    with factory() as s:
        assert {r.entity for r in audit.search_audit(s, actor=owner, entity="shop")} == {"shop"}
        assert [r.summary for r in audit.search_audit(s, actor=owner, text="ZHANG")] == ["zhang"]
        assert audit.search_audit(s, actor=owner, username="nobody") == []
        # LIKE wildcards in the search text are taken literally
        assert audit.search_audit(s, actor=owner, text="%") == []
        entities, users = audit.audit_filter_choices(s, actor=owner)
    assert entities == ["shop", "user"] and users == ["boss"]


def test_staff_cannot_read_the_audit_log(factory, staff_actor):
    with pytest.raises(PermissionDenied), factory() as s:
        audit.search_audit(s, actor=staff_actor)
    with pytest.raises(PermissionDenied), factory() as s:
        audit.audit_filter_choices(s, actor=staff_actor)


def test_linkable_staff_excludes_linked_and_left(factory, owner, staff_actor):
    with factory.begin() as s:
        s.add_all([
            Employee(employee_no="A002", name="李四", hire_date=date(2025, 1, 1)),
            Employee(employee_no="A003", name="王五", hire_date=date(2024, 1, 1), status="left",
                     leave_date=date(2025, 1, 1)),
        ])
    with factory() as s:
        rows = accounts.list_linkable_staff(s, actor=owner)
        assert [(no, name) for _id, no, name in rows] == [("A002", "李四")]
        with pytest.raises(PermissionDenied):
            accounts.list_linkable_staff(s, actor=staff_actor)
