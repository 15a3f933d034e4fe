from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.services.attendance import requests as attendance
from shopteam.services.attendance.month import MonthRow
from shopteam.services.attendance.requests import RequestRow
from shopteam.ui.attendance.month_model import MonthModel
from shopteam.ui.attendance.requests import RequestsPage
from shopteam.ui.attendance.requests_model import RequestsModel


def request_row(i, kind="leave", status="pending"):
    return RequestRow(kind=kind, id=i, employee_id=i, employee_no=f"E{i:03d}", name=f"员工{i}", department="运营部",
                      leave_kind="annual" if kind == "leave" else "",
                      work_date=date(2026, 9, i) if kind == "overtime" else None,
                      start=datetime(2026, 9, i, 18 if kind == "overtime" else 0),
                      end=datetime(2026, 9, i, 20) if kind == "overtime" else datetime(2026, 9, i + 1),
                      hours=2.0 if kind == "overtime" else 8.0, reason="事由", status=status, requested_by="boss",
                      created_at=datetime(2026, 9, 1, 8, i), decided_by="", decided_at=None, decision_note="",
                      can_decide=status == "pending")


def month_row(i, late=0):
    return MonthRow(employee_id=i, employee_no=f"E{i:03d}", name=f"员工{i}", department="运营部", scheduled_days=22, days_worked=20 + i,
                    late_count=late, late_minutes=late * 7, early_leave_count=0, missing_punch_count=0,
                    absence_days=0, leave_hours=0.0, overtime_hours_workday=1.5 * i, overtime_hours_restday=0.0,
                    overtime_hours_holiday=0.0, unapproved_overtime_hours=0.0)


def test_month_model_passes_the_model_tester_and_sorts_by_raw_values(qtmodeltester):
    model = MonthModel()
    model.set_rows([month_row(1, late=2), month_row(2), month_row(3, late=1)])
    qtmodeltester.check(model)
    col = model.headers().index("Overtime workday (h)")
    model.sort(col, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    assert [model.index(r, col).data() for r in range(3)] == ["4.5", "3", "1.5"]
    late = model.headers().index("Late")
    tinted = [model.index(r, late).data(__import__("PySide6.QtCore").QtCore.Qt.ItemDataRole.BackgroundRole)
              for r in range(3)]
    assert [t is not None for t in tinted] == [True, False, True]  # rows 3, 2, 1 after the sort
    qtmodeltester.check(model)


def test_requests_model_passes_the_model_tester(qtmodeltester):
    model = RequestsModel()
    model.set_rows([request_row(1), request_row(2, "overtime"), request_row(3, status="approved")])
    qtmodeltester.check(model)
    assert model.index(1, 4).data() == "2026-09-02 18:00–20:00"
    assert model.index(0, 4).data() == "2026-09-01"
    model.sort(5)
    qtmodeltester.check(model)


@pytest.fixture
def leave_id(factory, owner, small_shop):
    with factory.begin() as s:
        return attendance.request_leave(s, actor=owner, kind="annual", start=date(2026, 9, 7),
                                        end=date(2026, 9, 8), reason="回老家", employee_id=small_shop["a"])


@pytest.fixture
def page(qtbot, owner_ctx, small_shop):
    widget = RequestsPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(page, column):
    col = page.model.headers().index(column)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_approve_a_leave_request(page, leave_id, factory, owner):
    page.refresh()
    assert texts(page, "Name") == ["张三"]
    assert texts(page, "When") == ["2026-09-07 – 2026-09-08"]
    assert not page.approve_button.isEnabled()
    assert page.select("leave", leave_id)
    assert page.approve_button.isEnabled()
    page.note.setText("同意，注意交接")
    page.approve_button.click()
    assert page.model.rowCount() == 0  # nothing waits any more
    assert "张三" in page.message.text()
    page.show_combo.setCurrentIndex(page.show_combo.findData("decided"))
    assert texts(page, "Status") == ["Approved"]
    assert texts(page, "Note") == ["同意，注意交接"]
    assert texts(page, "Decided by") == ["boss"]
    with factory() as s:
        [row] = attendance.list_requests(s, actor=owner)
    assert row.status == "approved"


def test_a_refused_decision_is_shown_inline(page, leave_id, factory, owner):
    page.refresh()
    page.select("leave", leave_id)
    with factory.begin() as s:  # someone else decides first
        attendance.decide_request(s, actor=owner, kind="leave", request_id=leave_id, approve=False)
    page.reject_button.click()
    assert "already" in page.message.text()
    assert "c62828" in page.message.styleSheet()
    assert page.model.rowCount() == 0


def test_file_a_leave_request_and_an_overtime_application(page, qtbot, small_shop):
    page.new_leave.click()
    dialog = page.dialog
    dialog.person.setCurrentIndex(dialog.person.findData(small_shop["b"]))
    dialog.kind.setCurrentIndex(dialog.kind.findData("sick"))
    dialog.reason.setText("感冒")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert texts(page, "Request") == ["Sick leave"]
    assert texts(page, "Name") == ["李四"]
    assert page.selected().reason == "感冒"

    page.new_overtime.click()
    dialog = page.dialog
    dialog.person.setCurrentIndex(dialog.person.findData(small_shop["c"]))
    dialog.end.setTime(dialog.start.time())  # no time at all: refused inline
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text()
    dialog.end.setTime(dialog.start.time().addSecs(90 * 60))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sorted(texts(page, "Request")) == ["Overtime", "Sick leave"]
    assert page.selected().name == "王五" and page.selected().hours == 1.5


def test_month_picker_steps_and_reports_the_month(qtbot):
    from shopteam.ui.widgets.month_picker import MonthPicker

    picker = MonthPicker(2026, 12, "m")
    qtbot.addWidget(picker)
    seen = []
    picker.changed.connect(lambda y, m: seen.append((y, m)))
    picker.next_button.click()
    assert picker.month() == (2027, 1) and picker.edit.text() == "2027-01"
    picker.prev_button.click()
    picker.set_month(2026, 9)
    assert seen == [(2027, 1), (2026, 12), (2026, 9)]
