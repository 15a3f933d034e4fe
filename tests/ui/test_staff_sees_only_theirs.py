"""What each access level sees on the screens that hold other people's pay or change the shop: a staff
login sees no salary band (a band is one person's pay when one person holds the role), no editable role
form and no import button; a manager sees no band either; the owner sees and edits all of it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shopteam.services import org
from shopteam.services.context import Actor
from shopteam.ui.attendance.page import AttendancePage
from shopteam.ui.context import AppContext
from shopteam.ui.org.roles import RolesPage


@pytest.fixture
def banded(factory, owner, small_shop):
    with factory.begin() as s:
        role = org.create_role(s, actor=owner, name="店长", salary_min="9000", salary_max="18000")
    return role


def ctx_for(factory, level):
    return AppContext(factory=factory, actor=Actor(user_id=50, username=level, level=level), shop_name="测试小店")


@pytest.mark.parametrize(("level", "sees_band", "edits", "imports"), [
    ("owner", True, True, True),
    ("manager", False, False, True),
    ("staff", False, False, False),
])
def test_roles_and_attendance_by_access_level(qtbot, factory, owner, banded, level, sees_band, edits, imports):
    ctx = AppContext(factory=factory, actor=owner, shop_name="测试小店") if level == "owner" else ctx_for(factory, level)
    roles = RolesPage(ctx)
    qtbot.addWidget(roles)
    roles.show()
    roles.refresh()
    assert roles.table.isColumnHidden(2) is not sees_band
    assert roles.new_button.isVisible() is edits and roles.form.save_button.isVisible() is edits
    assert roles.form.salary_min_edit.isVisible() is sees_band
    if not edits:
        assert roles.form.title.text() == "Choose a role to see its duties and decision rights."
    roles.select_role(banded)
    assert roles.form.salary_max_edit.text() == ("18,000.00" if sees_band else "")
    with factory() as s:
        row = next(r for r in org.list_roles(s, actor=ctx.actor) if r.id == banded)
    assert (row.salary_min, row.salary_max) == ((Decimal("9000"), Decimal("18000")) if sees_band else (None, None))

    attendance = AttendancePage(ctx)
    qtbot.addWidget(attendance)
    attendance.show()
    assert attendance.import_button.isVisible() is imports


def test_saving_a_role_without_the_salary_grant_keeps_its_band(factory, owner, banded):
    editor = Actor(user_id=51, username="orgonly", level="manager", grants=frozenset({"org.edit"}))
    with factory.begin() as s:
        org.update_role(s, actor=editor, role_id=banded, name="店长", department_id=None, duties="带团队",
                        decision_rights="", salary_min="", salary_max="")
    with factory() as s:
        row = next(r for r in org.list_roles(s, actor=owner) if r.id == banded)
    assert (row.salary_min, row.salary_max, row.duties) == (Decimal("9000"), Decimal("18000"), "带团队")
