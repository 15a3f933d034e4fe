"""Withholding on screen: the pay-rules switch and rates (inline errors, stored as fractions; English and
Chinese), the correction deduction rule, the staff form's withholding fields (only for those who may see
salaries), and the payout table's withheld and net columns with their explanation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.db.models import Employee
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.audit import search_audit
from shopteam.services.payout import rules as payout_rules
from shopteam.ui.context import AppContext
from shopteam.ui.payout.page import PayoutPage
from shopteam.ui.payout.rules_dialog import PayRulesDialog
from shopteam.ui.roster.form import StaffForm
from tests.services.test_payout_withholding import TODAY, compute
from tests.services.test_payout_withholding import shop as withholding_shop  # noqa: F401  (the fixture)
from tests.test_translations import chinese  # noqa: F401

D = Decimal


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type(qtbot, edit, text) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_the_withholding_switch_and_rates(qtbot, factory, owner_ctx):
    dialog = PayRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.withholding_tab)) == "Withholding"
    assert not dialog.withholding.isChecked()  # off by default: the payout stays gross
    assert [dialog.rate_edits[k].text() for k in ("pension_rate", "medical_rate", "unemployment_rate",
                                                  "housing_fund_rate")] == ["8", "2", "0.5", "7"]
    assert not dialog.rate_edits["pension_rate"].isEnabled()
    dialog.withholding.setChecked(True)
    assert dialog.rate_edits["pension_rate"].isEnabled()
    _type(qtbot, dialog.rate_edits["housing_fund_rate"], "13")
    _type(qtbot, dialog.edits["correction_deduction"], "15")
    dialog.tabs.setCurrentIndex(0)
    _save(qtbot, dialog)
    error = dialog.rate_errors["housing_fund_rate"]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.withholding_tab
    assert not error.isHidden() and error.text() == "Enter 0 (no housing fund) or a rate from 5 % to 12 %."
    with factory() as s:
        assert payout_rules.shop_rules(s)["withholding"] is False  # nothing stored
    _type(qtbot, dialog.rate_edits["housing_fund_rate"], "12")
    assert error.isHidden()  # typing clears the error
    _type(qtbot, dialog.rate_edits["unemployment_rate"], "abc")
    _save(qtbot, dialog)
    assert dialog.rate_errors["unemployment_rate"].text() == "abc is not a number."
    _type(qtbot, dialog.rate_edits["unemployment_rate"], "0.3")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    with factory() as s:
        rules = payout_rules.shop_rules(s)
    assert rules["withholding"] is True and rules["correction_deduction"] == "15"
    assert (rules["housing_fund_rate"], rules["unemployment_rate"], rules["pension_rate"]) == ("0.12", "0.003", "0.08")
    again = PayRulesDialog(owner_ctx)
    qtbot.addWidget(again)
    assert again.withholding.isChecked() and again.rate_edits["housing_fund_rate"].text() == "12"
    assert again.edits["correction_deduction"].text() == "15"


@pytest.mark.usefixtures("chinese")
def test_the_withholding_tab_in_chinese(qtbot, owner_ctx):
    dialog = PayRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.withholding_tab)) == "代扣代缴"
    assert dialog.withholding.text() == "代扣社保、公积金和个人所得税：工资条显示实发合计"
    assert dialog.labels["housing_fund_rate"] == "住房公积金个人缴存比例（%）"
    assert dialog.labels["correction_deduction"] == "超出免费次数的每次补卡扣款（0 = 不扣）"
    dialog.withholding.setChecked(True)
    _type(qtbot, dialog.rate_edits["pension_rate"], "25")
    _save(qtbot, dialog)
    assert dialog.rate_errors["pension_rate"].text() == "请填写 0% 到 20% 之间的比例。"


def test_the_staff_form_withholding_fields(qtbot, factory, owner, owner_ctx, small_shop):
    form = StaffForm(owner_ctx, small_shop["a"])
    qtbot.addWidget(form)
    form.show()
    f = form.fields
    assert [form._rows[k][0].text() for k in ("social_insurance_base", "housing_fund_base", "additional_deduction")] \
        == ["Social-insurance contribution base (CNY/month)", "Housing-fund contribution base (CNY/month)",
            "Special additional deductions (CNY/month)"]
    assert f["social_insurance_base"].text() == "0.00"
    _type(qtbot, f["social_insurance_base"], "-1")
    assert form.error_text("social_insurance_base") == "The amount cannot be negative."
    _type(qtbot, f["social_insurance_base"], "8,000")
    _type(qtbot, f["housing_fund_base"], "6000.5")
    _type(qtbot, f["additional_deduction"], "3000")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    with factory() as s:
        emp = s.get(Employee, small_shop["a"])
        assert (emp.social_insurance_base, emp.housing_fund_base, emp.additional_deduction) == (
            D("8000.00"), D("6000.50"), D("3000.00"))
        (log,) = [r for r in search_audit(s, actor=owner, entity="employee") if r.action == "update"]
        assert log.after == {"social_insurance_base": "8000.00", "housing_fund_base": "6000.50",
                             "additional_deduction": "3000.00", "version": 2}


def test_the_staff_form_hides_them_without_salary_rights(qtbot, factory, owner, small_shop):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="wang", password="secret123", level="manager",
                                employee_id=small_shop["b"])
        manager = accounts.login(s, username="wang", password="secret123").actor
    form = StaffForm(AppContext(factory=factory, actor=manager), small_shop["c"])
    qtbot.addWidget(form)
    form.show()
    for key in ("base_salary", "social_insurance_base", "housing_fund_base", "additional_deduction"):
        assert not form._rows[key][1].isVisibleTo(form), key
        assert form.fields[key].text() == ""
    assert form.values().social_insurance_base is None  # unchanged


def _cell(page, no, title):
    model = page.model
    column = model.titles.index(title)
    return next(model.index(r, column).data() for r in range(model.rowCount()) if model.index(r, 0).data() == no)


def test_payout_table_shows_withheld_and_net(qtbot, qtmodeltester, factory, owner, withholding_shop):  # noqa: F811
    compute(factory, owner, 1)
    page = PayoutPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(page)
    with clock.frozen(TODAY):
        page.set_month(2027, 1)
    assert page.model.titles[-3:] == ["Gross pay", "Withheld", "Net pay"]
    qtmodeltester.check(page.model)
    assert (_cell(page, "E101", "Gross pay"), _cell(page, "E101", "Withheld"), _cell(page, "E101", "Net pay")) == (
        "10,000.00", "1,787.50", "8,212.50")
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "E101")
    rect = page.table.visualRect(page.model.index(row, page.model.titles.index("Withheld")))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = page.detail.toPlainText()
    assert "Withheld: 1,787.50" in text and "Pension insurance 10,000.00 × 8% = 800.00" in text
    assert "less 0.00 already withheld = 37.50" in text and "Net pay: 8,212.50" in text
    assert "Base salary" not in text  # the withheld figure alone
    with factory.begin() as s:
        payout_rules.set_shop_rules(s, actor=owner, changes={"withholding": False})
    compute(factory, owner, 1)
    with clock.frozen(TODAY):
        page.refresh()
    assert page.model.titles[-1] == "Gross pay" and page.model.columnCount() == 14
