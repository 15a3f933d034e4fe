"""Onboarding (入职清单) on screen, in English and Chinese: the Probation tab's progress column and the checklist
ticked off, the templates dialog, staff looking at their own checklist; and, beside it, how someone left on the
staff form and a closed account on the accounts page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from shopteam.db.models import AuditLog, Employee
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.org import leaving, onboarding
from shopteam.ui.accounts import AccountsPage
from shopteam.ui.context import AppContext
from shopteam.ui.people.onboarding import OnboardingDialog, OnboardingTemplatesDialog
from shopteam.ui.people.page import RecruitmentPage
from shopteam.ui.roster.form import StaffForm
from shopteam.ui.roster.page import RosterPage

TODAY = date(2026, 12, 7)


@pytest.fixture
def newcomer(factory, small_shop):
    """李四 (E002) on probation since 2026-11-20, with the default checklist made when the record was added."""
    clock.set_today(TODAY)
    with factory.begin() as s:
        emp = s.get(Employee, small_shop["b"])
        emp.hire_date, emp.status, emp.probation_end = date(2026, 11, 20), "probation", date(2027, 2, 19)
    return small_shop["b"]


def texts(dialog):
    return [dialog.items.item(i).text() for i in range(dialog.items.count())]


def test_ticking_the_onboarding_checklist_on_the_probation_tab(qtbot, owner_ctx, factory, newcomer, language):
    zh = language == "zh_CN"
    page = RecruitmentPage(owner_ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.probation_tab)
    model = page.probation_model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(
        "入职清单" if zh else "Onboarding")
    assert model.data(model.index(0, column)) == "0/6"
    assert page.soon_label.text().endswith("；入职清单未完成 6 项" if zh else "; 6 onboarding item(s) open")
    page.select_probation(newcomer)
    page.onboarding_button.click()
    dialog = page.dialog
    assert isinstance(dialog, OnboardingDialog) and dialog.isVisible()
    assert dialog.windowTitle() == ("入职清单：E002 李四" if zh else "Onboarding: E002 李四")
    assert dialog.summary.text() == ("已完成 0 / 6 项" if zh else "0 of 6 items done")
    assert texts(dialog)[:3] == (["账号", "开通 ShopTeam 账号", "开通店铺后台与千牛/客服子账号"] if zh
                                 else ["Accounts", "开通 ShopTeam 账号", "开通店铺后台与千牛/客服子账号"])
    assert texts(dialog)[-2:] == (["设备", "领取电脑、工牌与耳机"] if zh else ["Equipment", "领取电脑、工牌与耳机"])
    dialog.items.item(1).setCheckState(Qt.CheckState.Checked)  # the first item under the heading
    assert dialog.summary.text() == ("已完成 1 / 6 项" if zh else "1 of 6 items done")
    assert dialog.items.item(1).text() == ("开通 ShopTeam 账号（2026-12-07 完成，boss）" if zh
                                           else "开通 ShopTeam 账号 (done 2026-12-07, boss)")
    assert dialog.items.item(1).checkState() == Qt.CheckState.Checked
    dialog.category.setCurrentIndex(dialog.category.findData("equipment"))
    assert dialog.category.currentText() == ("设备" if zh else "Equipment")
    dialog.new_item.setText("领取工位钥匙")
    dialog.new_item.returnPressed.emit()
    assert dialog.new_item.text() == "" and texts(dialog)[-1] == "领取工位钥匙"
    dialog.new_item.setText("   ")
    dialog.new_item.returnPressed.emit()
    assert dialog.error.isVisible() and dialog.error.text() == ("请填写入职清单项。" if zh else "Enter the onboarding item.")
    dialog.reject()
    assert model.data(model.index(0, column)) == "1/7"  # the list shows the ticks once the dialog closes
    with factory() as s:
        rows = onboarding.checklist(s, actor=owner_ctx.actor, staff_id=newcomer)
        assert [(r.text, r.done, r.done_by) for r in rows if r.done] == [("开通 ShopTeam 账号", True, "boss")]
        assert [a.action for a in s.scalars(select(AuditLog).where(AuditLog.entity == "onboarding_item",
                                                                   AuditLog.action != "create")
                                           .order_by(AuditLog.id))] == ["update"]


def test_editing_the_templates(qtbot, owner_ctx, factory, small_shop, language):
    zh = language == "zh_CN"
    dialog = OnboardingTemplatesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [dialog.roles.item(i).text() for i in range(dialog.roles.count())]
    assert labels == (["默认清单", "运营专员（使用默认清单）"] if zh else ["Default checklist", "运营专员 (uses the default)"])
    assert dialog.texts["equipment"].toPlainText() == "领取电脑、工牌与耳机"
    dialog.select_role(small_shop["role"])
    assert dialog.heading.text().startswith("运营专员 使用默认清单" if zh else "运营专员 uses the default checklist")
    dialog.texts["accounts"].setPlainText("开通生意参谋\n\n开通直通车账号")
    dialog.texts["training"].setPlainText("")
    dialog.texts["handover"].setPlainText("接手 3 个店铺的日常运营")
    dialog.texts["equipment"].setPlainText("")
    dialog.select_role(None)  # moving to another template saves the one shown
    assert dialog.message.text() == ("已保存。" if zh else "Saved.")
    labels = [dialog.roles.item(i).text() for i in range(dialog.roles.count())]
    assert labels[1] == ("运营专员（3 项）" if zh else "运营专员 (3 item(s))")
    with factory() as s:
        assert onboarding.template(s, actor=owner_ctx.actor, role_id=small_shop["role"]).items == (
            ("accounts", "开通生意参谋"), ("accounts", "开通直通车账号"), ("handover", "接手 3 个店铺的日常运营"))


def test_staff_see_their_own_checklist_without_ticking(qtbot, factory, owner, newcomer, language):
    zh = language == "zh_CN"
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="lisi", password="secret123", level="staff",
                                employee_id=newcomer)
        first = onboarding.checklist(s, actor=owner, staff_id=newcomer)[0]
        onboarding.set_done(s, actor=owner, item_id=first.id, done=True)
    with factory.begin() as s:
        staff = accounts.login(s, username="lisi", password="secret123").actor
    page = RosterPage(AppContext(factory=factory, actor=staff, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    page.table.selectionModel().select(page.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    assert page.onboarding_action.isVisible() and page.onboarding_action.isEnabled()
    page.onboarding_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, OnboardingDialog)
    assert dialog.summary.text() == ("已完成 1 / 6 项" if zh else "1 of 6 items done")
    assert not dialog.adding.isVisible() and not dialog.start_button.isVisible()
    item = dialog.items.item(1)
    assert item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_the_staff_form_shows_how_someone_left_and_the_accounts_page_the_closed_account(
        qtbot, owner_ctx, factory, owner, small_shop, language):
    zh = language == "zh_CN"
    clock.set_today(date(2026, 11, 10))
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="wangwu", password="secret123", level="staff",
                                employee_id=small_shop["c"])
        leaving.record_leaving(s, actor=owner, staff_id=small_shop["c"], kind="resignation",
                               last_day=date(2026, 11, 20), reason="回老家发展")
    form = StaffForm(owner_ctx, small_shop["c"])
    qtbot.addWidget(form)
    form.show()
    f = form.fields
    assert f["leave_kind"].isVisible() and f["leave_kind"].text() == ("辞职" if zh else "Resignation (辞职)")
    assert f["leave_date"].date().toPython() == date(2026, 11, 20) and f["leave_reason"].text() == "回老家发展"
    assert not any(f[k].isEnabled() for k in ("leave_kind", "leave_date", "leave_reason"))
    other = StaffForm(owner_ctx, small_shop["a"])  # someone who has not left: no such rows
    qtbot.addWidget(other)
    other.show()
    assert not other.fields["leave_kind"].isVisible() and not other.fields["leave_date"].isVisible()

    def state():
        page = AccountsPage(owner_ctx)
        qtbot.addWidget(page)
        proxy = page.view.model()
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "wangwu")
        return proxy.index(row, 3).data()

    assert state() == ("是（至 2026-11-20）" if zh else "Yes, until 2026-11-20")
    clock.set_today(date(2026, 11, 21))
    assert state() == ("已停用（离职 2026-11-20）" if zh else "Closed (left 2026-11-20)")
