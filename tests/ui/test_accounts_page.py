from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.db.models import Employee, User
from shopteam.services import accounts
from shopteam.ui.accounts import AccountsPage, ChangePasswordDialog
from shopteam.ui.accounts.model import AccountsModel
from shopteam.ui.context import AppContext


@pytest.fixture
def employee_id(factory, owner):
    with factory.begin() as s:
        emp = Employee(employee_no="A001", name="张三", hire_date=date(2025, 1, 1))
        s.add(emp)
        s.flush()
        return emp.id


@pytest.fixture
def page(qtbot, factory, owner, employee_id):
    widget = AccountsPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cells(page):
    proxy = page.view.model()
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def click_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_create_account_through_the_dialog(qtbot, page, factory, employee_id):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.employee.itemText(1) == "A001  张三"
    qtbot.keyClicks(dialog.username, "zhang")
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.keyClicks(dialog.repeat, "secret123")
    dialog.level.setCurrentIndex(dialog.level.findData("manager"))
    dialog.employee.setCurrentIndex(dialog.employee.findData(employee_id))
    dialog.grants.boxes["salary.view"].setChecked(True)
    assert dialog.grants.boxes["salary.view"].text() == "May see salaries"
    with qtbot.waitSignal(dialog.accepted):
        click_ok(dialog)
    rows = {row[0]: row for row in cells(page)}
    assert rows["zhang"][1:5] == ["Manager", "张三", "Yes", "May see salaries"]
    assert rows["boss"][1] == "Owner"
    assert page.selected_row().username == "zhang"
    assert "zhang" in page.status.text()
    with factory() as s:
        user = s.query(User).filter_by(username="zhang").one()
        assert (user.level, user.employee_id) == ("manager", employee_id)
        assert [g.permission for g in user.grants] == ["salary.view"]


def test_mismatched_passwords_show_inline_message_and_create_nothing(qtbot, page, factory):
    page.new_account()
    dialog = page.dialog
    qtbot.keyClicks(dialog.username, "li")
    qtbot.keyClicks(dialog.password, "secret123")
    qtbot.keyClicks(dialog.repeat, "secret124")
    click_ok(dialog)
    assert dialog.isVisible()
    label = dialog.errors.labels["repeat"]
    assert label.isVisible() and label.text() == "The two passwords are not the same."
    assert "c62828" in label.styleSheet()  # ui/messages.ERROR_STYLE
    with factory() as s:
        assert s.query(User).count() == 1
    assert [row[0] for row in cells(page)] == ["boss"]


def test_service_errors_appear_next_to_their_field(qtbot, page, factory):
    page.new_account()
    dialog = page.dialog
    qtbot.keyClicks(dialog.username, "BOSS")
    qtbot.keyClicks(dialog.password, "123")
    qtbot.keyClicks(dialog.repeat, "123")
    click_ok(dialog)
    assert dialog.errors.text("password") == "The password needs at least 6 characters."
    dialog.password.setText("secret123")
    dialog.repeat.setText("secret123")
    click_ok(dialog)
    assert dialog.errors.text("password") == ""
    assert dialog.errors.text("username") == "The user name BOSS is taken."
    assert dialog.isVisible()
    with factory() as s:
        assert s.query(User).count() == 1


def test_edit_grants_reset_password_and_switch_off(qtbot, page, factory, owner):
    with factory.begin() as s:
        uid = accounts.create_account(s, actor=owner, username="wang", password="secret123", level="staff")
    page.refresh()
    page.select_user(uid)
    assert page.grants_button.isEnabled() and page.active_button.text() == "Switch off"

    page.edit_grants()
    page.dialog.grants.boxes["audit.view"].setChecked(True)
    dialog = page.dialog
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert {r[0]: r for r in cells(page)}["wang"][4] == "May see the audit log"

    page.reset_password()
    dialog = page.dialog
    qtbot.keyClicks(dialog.password, "newpass99")
    qtbot.keyClicks(dialog.repeat, "newpass99")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(dialog)
    with factory.begin() as s:
        assert accounts.login(s, username="wang", password="newpass99").actor is not None

    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert {r[0]: r for r in cells(page)}["wang"][3] == "Switched off"
    assert page.active_button.text() == "Switch on"
    with factory.begin() as s:
        assert accounts.login(s, username="wang", password="newpass99").actor is None
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert {r[0]: r for r in cells(page)}["wang"][3] == "Yes"


def test_owner_cannot_switch_off_own_account(page, owner):
    page.select_user(owner.user_id)
    assert not page.active_button.isEnabled()
    assert not page.grants_button.isEnabled()  # the owner may do everything anyway


def test_staff_actor_sees_not_allowed(qtbot, factory, owner, employee_id):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="zhang", password="secret123", level="staff",
                                employee_id=employee_id)
        staff = accounts.login(s, username="zhang", password="secret123").actor
    widget = AccountsPage(AppContext(factory=factory, actor=staff))
    qtbot.addWidget(widget)
    assert widget.view is None and widget.model is None
    assert widget.denied_label.text().startswith("You are not allowed to manage accounts.")
    widget.refresh()  # harmless


def test_change_my_password(qtbot, factory, owner):
    dialog = ChangePasswordDialog(AppContext(factory=factory, actor=owner))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old_password, "wrong")
    qtbot.keyClicks(dialog.password, "another1")
    qtbot.keyClicks(dialog.repeat, "another1")
    click_ok(dialog)
    assert dialog.errors.text("old_password") == "The current password is wrong."
    assert dialog.isVisible()
    dialog.old_password.setText("secret123")
    dialog.repeat.setText("another2")
    click_ok(dialog)
    assert dialog.errors.text("repeat") == "The two passwords are not the same."
    dialog.repeat.setText("another1")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(dialog)
    with factory.begin() as s:
        assert accounts.login(s, username="boss", password="another1").actor is not None


def test_accounts_model(qtmodeltester, factory, owner):
    model = AccountsModel()
    with factory() as s:
        model.set_rows(accounts.list_accounts(s, actor=owner))
    assert model.rowCount() == 1
    assert model.index(0, 1).data(Qt.ItemDataRole.UserRole) == 2  # owner sorts after manager and staff
    qtmodeltester.check(model)
