"""The reward/penalty ledger page (奖惩记录): add a fine through the real dialog and see it in the table, edit
its amount, a service error shown inline in the dialog, delete; a staff actor cannot add and is told why;
filters by month and person; the model passes qtmodeltester."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.services import accounts
from shopteam.services.payout import ledger
from shopteam.ui.context import AppContext
from shopteam.ui.main_window import PAGES
from shopteam.ui.payout.ledger_page import LedgerModel, LedgerPage

YEAR, MONTH = 2025, 10


def _page(qtbot, ctx) -> LedgerPage:
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.set_month(YEAR, MONTH)
    return page


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _cells(page) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_registered_after_payout():
    keys = [spec.key for spec in PAGES]
    assert keys[keys.index("payout") + 1] == "ledger"


def test_add_a_fine_edit_its_amount_and_delete_it(qtbot, owner_ctx, small_shop, factory, owner):
    page = _page(qtbot, owner_ctx)
    assert page.model.rowCount() == 0 and page.new_button.isEnabled() and not page.edit_button.isEnabled()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.person.setCurrentIndex(dialog.person.findData(small_shop["b"]))
    dialog.day.setDate(QDate(YEAR, MONTH, 14))
    dialog.kind.setCurrentIndex(dialog.kind.findData("fine"))
    qtbot.keyClicks(dialog.amount, "50")
    qtbot.keyClicks(dialog.points, "-2")
    # no reason: the service refuses and the dialog says why, in red, and stays open
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Give a reason for the entry."
    assert "c62828" in dialog.error.styleSheet()
    dialog.reason.setText("迟到未报备")
    _ok(qtbot, dialog)
    assert page.dialog is None
    assert _cells(page) == [["2025-10-14", "E002", "李四", "Fine", "50.00", "-2", "迟到未报备", "boss"]]
    assert page.current() is not None and page.current().kind == "fine"

    # edit its amount through the dialog: a bad amount is refused inline, then 80 is saved
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.person.isEnabled() and dialog.amount.text() == "50.00"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "-5")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "cannot be negative" in dialog.error.text()
    dialog.amount.setText("80")
    _ok(qtbot, dialog)
    assert page.model.index(0, 4).data() == "80.00" and page.model.index(0, 3).data() == "Fine"
    with factory() as s:
        (row,) = ledger.list_entries(s, actor=owner)
        assert row.amount == Decimal("80.00") and row.version == 2

    # filters: another month or another person shows nothing
    page.person_filter.setCurrentIndex(page.person_filter.findData(small_shop["a"]))
    assert page.model.rowCount() == 0
    page.person_filter.setCurrentIndex(page.person_filter.findData(small_shop["b"]))
    assert page.model.rowCount() == 1
    page.set_month(YEAR, MONTH + 1)
    assert page.model.rowCount() == 0
    page.all_months.setChecked(True)
    assert page.model.rowCount() == 1

    # delete (the confirmation is patched)
    page.table.selectRow(0)
    page.confirm_delete = lambda entry: False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    page.confirm_delete = lambda entry: True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0


def test_staff_cannot_add_and_sees_why(qtbot, factory, owner, small_shop):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=small_shop["b"])
        ledger.add_entry(s, actor=owner, employee_id=small_shop["b"], entry_date=date(YEAR, MONTH, 3),
                         kind="commendation", reason="好评", points=3)
        ledger.add_entry(s, actor=owner, employee_id=small_shop["a"], entry_date=date(YEAR, MONTH, 3),
                         kind="bonus", reason="大促", amount=100)
        staff = accounts.login(s, username="li", password="secret123").actor
    page = _page(qtbot, AppContext(factory=factory, actor=staff, shop_name="测试小店"))
    assert _cells(page) == [["2025-10-03", "E002", "李四", "Commendation", "", "+3", "好评", "boss"]]
    assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
    assert "Only the owner and managers" in page.message.text()
    page.new_entry()
    assert page.dialog is None and "Only the owner and managers" in page.message.text()
    # the service refuses too, and a dialog opened anyway says so inline
    from shopteam.ui.payout.ledger_page import LedgerEntryDialog

    dialog = LedgerEntryDialog(page.ctx, [(small_shop["b"], "E002 李四")], parent=page)
    qtbot.addWidget(dialog)
    dialog.reason.setText("自己加奖金")
    dialog.save()
    assert not dialog.error.isHidden() and "record rewards and penalties" in dialog.error.text()


@pytest.mark.parametrize("kinds", [("fine", "bonus", "warning", "commendation", "demotion_note")])
def test_model_passes_qtmodeltester(qtmodeltester, factory, owner, small_shop, kinds):
    with factory.begin() as s:
        for day, kind in enumerate(kinds, start=1):
            ledger.add_entry(s, actor=owner, employee_id=small_shop["a"], entry_date=date(YEAR, MONTH, day),
                             kind=kind, reason="r", amount=10 if kind in ("fine", "bonus") else None)
        rows = ledger.list_entries(s, actor=owner)
    model = LedgerModel()
    model.set_rows(rows)
    assert [model.index(r, 3).data() for r in range(5)] == ["Demotion note", "Commendation", "Warning", "Bonus",
                                                             "Fine"]
    qtmodeltester.check(model)
