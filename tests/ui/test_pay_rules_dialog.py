"""The pay-rules dialog (owner only, from the payout page): change a rule and see it stored; a bad value is
refused inline next to the rule; a manager has no button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.services import accounts
from shopteam.services.payout import rules as payout_rules
from shopteam.ui.context import AppContext
from shopteam.ui.payout.page import PayoutPage
from shopteam.ui.payout.rules_dialog import PayRulesDialog


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_change_a_rule_and_see_it_stored(qtbot, factory, owner_ctx):
    page = PayoutPage(owner_ctx)
    qtbot.addWidget(page)
    assert page.rules_button.isVisibleTo(page)
    qtbot.mouseClick(page.rules_button, Qt.MouseButton.LeftButton)
    dialog = page.rules_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.edits["late_deduction"].text() == "20.00"
    assert dialog.tiers.texts() == [("0", "1"), ("50,000", "1.5"), ("100,000", "2")]
    # a bad value: refused inline, nothing stored
    dialog.edits["late_deduction"].clear()
    qtbot.keyClicks(dialog.edits["late_deduction"], "abc")
    _save(qtbot, dialog)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "abc is not a number." in dialog.error.text() and "late arrival" in dialog.error.text()
    with factory() as s:
        assert payout_rules.shop_rules(s)["late_deduction"] == "20.00"
    dialog.edits["late_deduction"].clear()
    qtbot.keyClicks(dialog.edits["late_deduction"], "30")
    dialog.commission_mode.setCurrentIndex(dialog.commission_mode.findData("whole"))
    dialog.pay_unapproved.setChecked(True)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    with factory() as s:
        rules = payout_rules.shop_rules(s)
    assert rules["late_deduction"] == "30" and rules["commission_mode"] == "whole"
    assert rules["pay_unapproved_overtime"] is True and rules["late_free_count"] == 2


def test_manager_has_no_pay_rules_button(qtbot, factory, owner, small_shop):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="wang", password="secret123", level="manager",
                                employee_id=small_shop["a"])
        manager = accounts.login(s, username="wang", password="secret123").actor
    page = PayoutPage(AppContext(factory=factory, actor=manager, shop_name="测试小店"))
    qtbot.addWidget(page)
    assert not page.rules_button.isVisibleTo(page)


def test_overrides_add_refuse_and_remove(qtbot, qtmodeltester, factory, owner_ctx, small_shop):
    dialog = PayRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    table = dialog.override_table
    assert table.rowCount() == 0 and not dialog.remove_override_button.isEnabled()
    # the role 运营专员 is offered for a role override, the people for a person override
    assert dialog.override_target.findData(small_shop["role"]) >= 0
    dialog.override_scope.setCurrentIndex(dialog.override_scope.findData("person"))
    person = dialog.override_target.findData(small_shop["a"])
    assert person >= 0 and dialog.override_target.itemText(person) == "E001 张三"
    dialog.override_target.setCurrentIndex(person)
    dialog.override_key.setCurrentIndex(dialog.override_key.findData("late_deduction"))
    # a bad value: refused inline, nothing stored
    qtbot.keyClicks(dialog.override_value, "abc")
    qtbot.mouseClick(dialog.add_override_button, Qt.MouseButton.LeftButton)
    assert not dialog.override_error.isHidden()
    assert "abc is not a number." in dialog.override_error.text()
    assert "late arrival" in dialog.override_error.text()
    with factory() as s:
        assert payout_rules.overrides(s) == {}
    assert table.rowCount() == 0
    # a good one: stored and listed
    dialog.override_value.clear()
    qtbot.keyClicks(dialog.override_value, "50")
    qtbot.mouseClick(dialog.add_override_button, Qt.MouseButton.LeftButton)
    assert dialog.override_error.isHidden()
    with factory() as s:
        assert payout_rules.overrides(s) == {("person", small_shop["a"]): {"late_deduction": "50"}}
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(4)] == ["Person", "E001 张三", "Deduction per late arrival", "50"]
    qtmodeltester.check(table.model())
    # removing deletes it
    table.selectRow(0)
    assert dialog.remove_override_button.isEnabled()
    qtbot.mouseClick(dialog.remove_override_button, Qt.MouseButton.LeftButton)
    with factory() as s:
        assert payout_rules.overrides(s) == {}
    assert table.rowCount() == 0
    assert dialog.isVisible()


def test_closing_flags_and_the_partial_month_rule_are_settings(qtbot, factory, owner_ctx):
    dialog = PayRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["deduction_cap_share"].text() == "0.20" and dialog.edits["minimum_wage"].text() == "0.00"
    assert not dialog.partial_month.isChecked()
    dialog.edits["deduction_cap_share"].setText("2")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "2 is not a share between 0 and 1." in dialog.error.text()
    dialog.edits["deduction_cap_share"].setText("0.3")
    dialog.edits["minimum_wage"].setText("2690")  # 上海 2025
    dialog.partial_month.setChecked(True)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    with factory() as s:
        rules = payout_rules.shop_rules(s)
    assert (rules["deduction_cap_share"], rules["minimum_wage"], rules["full_attendance_partial_month"]) == (
        "0.3", "2690", True)
