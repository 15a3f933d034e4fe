"""The roster's leaving dialog (离职) for one person and the handover checklist, in English and Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select as query

from shopteam.db.models import AuditLog, Employee
from shopteam.domain import clock
from shopteam.services.org import leaving
from shopteam.ui.roster.leave_dialog import LeaveDialog
from shopteam.ui.roster.leaving_dialog import HandoverDialog, LeavingDialog
from shopteam.ui.roster.page import RosterPage


def shown(page):  # the employee numbers in the table (column 0, in either language)
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def select(page, *employee_nos):
    selection = page.table.selectionModel()
    selection.clearSelection()
    for no in employee_nos:
        selection.select(page.model.index(shown(page).index(no), 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


@pytest.fixture
def page(qtbot, owner_ctx, small_shop):
    clock.set_today(date(2026, 12, 7))
    widget = RosterPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_one_person_leaves_with_a_handover_checklist_ticked_off(qtbot, page, factory, small_shop, language):
    zh = language == "zh_CN"
    select(page, "E002")
    page.leave_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, LeavingDialog)
    assert dialog.windowTitle() == ("离职：E002 李四" if zh else "Leaving: E002 李四")
    assert [dialog.kind.itemText(i) for i in range(2)] == (["辞职", "辞退"] if zh else
                                                         ["Resignation (辞职)", "Dismissal (辞退)"])
    lines = dialog.handover.toPlainText().splitlines()
    assert len(lines) == 4 and lines[0] == ("工作交接给接手人" if zh else "Work handed over to the successor")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason
    assert dialog.isVisible() and dialog.error.text() == ("请填写离职原因。" if zh else "Enter the reason for leaving.")
    dialog.kind.setCurrentIndex(dialog.kind.findData("dismissal"))
    dialog.last_day.setDate(QDate(2026, 11, 30))
    dialog.reason.setText("多次违反店规")
    dialog.handover.setPlainText("交还客服账号\n\n归还工牌")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert shown(page) == ["E001", "E003"]  # the default filter hides who left
    assert page.message.text() == ("已为 1 人办理离职。" if zh else "1 people marked as left.")
    with factory() as s:
        emp = s.get(Employee, small_shop["b"])
        assert (emp.status, emp.leave_kind, emp.leave_date, emp.leave_reason) == (
            "left", "dismissal", date(2026, 11, 30), "多次违反店规")
    page.status_combo.setCurrentIndex(page.status_combo.findData("left"))
    select(page, "E002")
    assert page.handover_action.isEnabled()
    page.handover_action.trigger()
    checklist = page.dialog
    assert isinstance(checklist, HandoverDialog)
    assert checklist.summary.text() == ("已完成 0 / 2 项" if zh else "0 of 2 items done")
    assert [checklist.items.item(i).text() for i in range(2)] == ["交还客服账号", "归还工牌"]
    checklist.items.item(1).setCheckState(Qt.CheckState.Checked)
    assert checklist.summary.text() == ("已完成 1 / 2 项" if zh else "1 of 2 items done")
    assert checklist.items.item(1).text() == ("归还工牌（2026-12-07 完成，boss）" if zh
                                              else "归还工牌 (done 2026-12-07, boss)")
    checklist.new_item.setText("结清借款")
    checklist.new_item.returnPressed.emit()
    assert checklist.items.count() == 3 and checklist.new_item.text() == ""
    with factory() as s:
        items = leaving.handover_items(s, actor=page.ctx.actor, staff_id=small_shop["b"])
        assert [(i.text, i.done) for i in items] == [("交还客服账号", False), ("归还工牌", True), ("结清借款", False)]
        assert [a.action for a in s.scalars(query(AuditLog).where(AuditLog.entity == "handover_item")
                                            .order_by(AuditLog.id))] == ["create", "create", "update", "create"]


def test_several_people_still_leave_together(qtbot, page):
    select(page, "E002", "E003")
    page.leave_action.trigger()
    assert isinstance(page.dialog, LeaveDialog)
    assert not page.handover_action.isEnabled()
