"""The Timesheets screen (工时): approve selected rows, totals per person; the card's logged hours; the
staff form's "attendance from timesheets"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.db.models import Employee
from shopteam.db.models.attendance import TimesheetEntry
from shopteam.services import accounts
from shopteam.services.attendance import timesheets
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.ui.attendance.timesheets import TimesheetsPage
from shopteam.ui.boards.card_dialog import CardDialog
from shopteam.ui.context import AppContext
from shopteam.ui.roster.form import StaffForm
from tests.test_translations import chinese  # noqa: F401


@pytest.fixture
def entries(factory, small_shop):
    """张三 (E001): 8 h + 2 h overtime on 09-01 and 6 h on 09-02; 李四 (E002): 7.5 h on 09-01."""
    with factory.begin() as s:
        rows = [TimesheetEntry(employee_id=small_shop["a"], work_date=date(2026, 9, 1), task="上架新品", hours=8,
                               overtime_hours=2, note="大促"),
                TimesheetEntry(employee_id=small_shop["a"], work_date=date(2026, 9, 2), task="回复评价", hours=6),
                TimesheetEntry(employee_id=small_shop["b"], work_date=date(2026, 9, 1), task="客服", hours=7.5)]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def page(qtbot, owner_ctx, entries):
    widget = TimesheetsPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_month(2026, 9)
    return widget


def column(model, title):
    col = model.headers.index(title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def select_rows(page, *rows):
    flag = QItemSelectionModel.SelectionFlag
    page.table.clearSelection()
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flag.Select | flag.Rows)


def test_approve_a_row_and_see_the_totals(page, factory, entries):
    assert column(page.model, "Person") == ["E001 张三", "E002 李四", "E001 张三"]
    assert column(page.model, "Status") == ["Pending"] * 3
    assert column(page.model, "Overtime (h)") == ["2", "0", "0"]
    assert column(page.totals_model, "Hours") == ["14", "7.5"]
    assert column(page.totals_model, "Waiting (h)") == ["16", "7.5"]
    assert not page.approve_button.isEnabled()
    select_rows(page, 0)
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    page.note.setText("辛苦了")
    page.approve_button.click()
    assert page.message.text() == "Approved: 1 entry(s)."
    assert column(page.model, "Status") == ["Approved", "Pending", "Pending"]
    assert column(page.totals_model, "Approved (h)") == ["10", "0"]
    with factory() as s:
        entry = s.get(TimesheetEntry, entries[0])
        assert (entry.status, entry.decided_by, entry.decision_note) == ("approved", "boss", "辛苦了")
    select_rows(page, 0, 1)  # a decided row among them: no decision for the selection
    assert not page.approve_button.isEnabled()


def test_reject_several_and_filter_by_person(page, factory, entries, small_shop):
    select_rows(page, 1, 2)
    page.reject_button.click()
    assert page.message.text() == "Rejected: 2 entry(s)."
    page.person_combo.setCurrentIndex(page.person_combo.findData(small_shop["b"]))
    assert column(page.model, "Person") == ["E002 李四"]
    assert column(page.model, "Status") == ["Rejected"]
    assert column(page.totals_model, "Person") == ["E002 李四"]


def test_staff_cannot_approve_their_own_and_log_hours(qtbot, factory, owner, small_shop, entries):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="zhangsan", password="secret123", level="staff",
                                employee_id=small_shop["a"])
    with factory() as s:
        staff = accounts.login(s, username="zhangsan", password="secret123").actor
    widget = TimesheetsPage(AppContext(factory=factory, actor=staff, shop_name="测试小店"))
    qtbot.addWidget(widget)
    widget.set_month(2026, 9)
    assert column(widget.model, "Person") == ["E001 张三", "E001 张三"]  # only their own
    select_rows(widget, 0)
    assert not widget.approve_button.isEnabled() and widget.edit_button.isEnabled()
    widget.log_hours()
    dialog = widget.dialog
    dialog.day.setDate(date(2026, 9, 3))
    dialog.task.setText("拍摄主图")
    dialog.hours.setValue(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.text() == "Enter the hours worked."
    dialog.hours.setValue(5.5)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert widget.selected()[0].task == "拍摄主图" and widget.selected()[0].status == "pending"
    assert widget.message.text() == "The hours were saved and wait for a decision."


@pytest.mark.usefixtures("chinese")
def test_the_screen_in_chinese(page, factory, entries):
    page.refresh()
    assert page.model.headers[2] == "任务 / 卡片"
    assert page.approve_button.text() == "批准"
    assert column(page.model, "状态") == ["待审批"] * 3
    select_rows(page, 2)
    page.approve_button.click()
    assert page.message.text() == "已批准 1 条工时记录。"
    assert column(page.model, "状态")[2] == "已批准"
    with factory() as s:
        assert s.get(TimesheetEntry, entries[1]).status == "approved"


def test_the_card_shows_the_hours_logged_on_it(qtbot, owner_ctx, factory, owner, small_shop):
    with factory.begin() as s:
        board = boards.create_board(s, actor=owner, name="内容看板", columns=["待办", "完成"])
        card = cards.create_card(s, actor=owner, board_id=board, data=cards.CardInput(title="双11详情页"))
        s.add_all([TimesheetEntry(employee_id=small_shop["a"], work_date=date(2026, 9, 1), task="双11详情页",
                                  hours=6, overtime_hours=1.5, card_id=card),
                   TimesheetEntry(employee_id=small_shop["b"], work_date=date(2026, 9, 1), task="双11详情页",
                                  hours=4, card_id=card, status="rejected")])
    dialog = CardDialog(owner_ctx, card_id=card)
    qtbot.addWidget(dialog)
    assert dialog.hours_label.text() == "7.5 h"
    with factory() as s:
        assert timesheets.card_hours(s, card_id=card) == 7.5


def test_the_staff_form_sets_attendance_from_timesheets(qtbot, owner_ctx, factory, small_shop):
    form = StaffForm(owner_ctx, staff_id=small_shop["b"])
    qtbot.addWidget(form)
    box = form.fields["attendance_from_timesheets"]
    assert not box.isChecked() and box.isEnabled()
    box.setChecked(True)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with factory() as s:
        assert s.get(Employee, small_shop["b"]).attendance_from_timesheets is True
    again = StaffForm(owner_ctx, staff_id=small_shop["b"])
    qtbot.addWidget(again)
    assert again.fields["attendance_from_timesheets"].isChecked()
