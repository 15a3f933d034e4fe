"""The missing-punch correction (补卡申请) dialog on the requests page, in English and Chinese: nothing ticked
is refused inline, a filed correction is listed and, once approved, fills the month's missing clock-in."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.db.models.attendance import PunchRecord
from shopteam.domain import clock
from shopteam.services.attendance.month import month_summary
from shopteam.ui.attendance.requests import RequestsPage
from shopteam.ui.widgets.dates import to_qdate
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation

DAY = date(2026, 9, 8)


@pytest.fixture(autouse=True)
def _today():
    with clock.frozen(date(2026, 9, 9)):
        yield


@pytest.fixture
def page(qtbot, owner_ctx, small_shop, factory):
    with factory.begin() as s:  # 张三 forgot to clock in on 8 September
        s.add(PunchRecord(employee_id=small_shop["a"], work_date=DAY, clock_out=datetime(2026, 9, 8, 18, 5)))
    widget = RequestsPage(owner_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(page, column):
    col = page.model.headers().index(column)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def fill(page, small_shop):
    page.new_correction.click()
    dialog = page.dialog
    dialog.person.setCurrentIndex(dialog.person.findData(small_shop["a"]))
    dialog.day.setDate(to_qdate(DAY))
    dialog.reason.setText("忘记打卡")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # nothing ticked
    assert dialog.isVisible() and dialog.error.isVisible()
    assert not dialog.clock_in.isEnabled()
    dialog.has_in.setChecked(True)
    assert dialog.clock_in.isEnabled()
    dialog.clock_in.setTime(QTime(8, 58))
    return dialog


def test_file_and_approve_a_correction(page, qtbot, small_shop, factory, owner):
    dialog = fill(page, small_shop)
    assert dialog.windowTitle() == "Missing-punch correction"
    assert dialog.error.text() == "Tick the clock-in or the clock-out the day is missing."
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert texts(page, "Request") == ["Missing-punch correction"]
    assert texts(page, "When") == ["2026-09-08 clock-in 08:58"]
    assert texts(page, "Hours") == [""]
    assert page.message.text() == "The request was filed and waits for a decision."
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("overtime"))
    assert page.model.rowCount() == 0
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("correction"))
    assert page.select("correction", dialog.saved_id)
    page.approve_button.click()
    assert page.message.text() == "Approved: E001 张三."
    with factory() as s:
        row = next(r for r in month_summary(s, actor=owner, year=2026, month=9) if r.employee_no == "E001")
    assert (row.missing_punch_count, row.late_count, row.corrections) == (0, 0, 1)


def test_an_empty_reason_is_refused_inline(page, small_shop):
    dialog = fill(page, small_shop)
    dialog.reason.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.text() == "Give the reason for the correction."


@pytest.mark.usefixtures("chinese")
def test_the_correction_in_chinese(page, qtbot, small_shop):
    assert page.new_correction.text() == "新建补卡申请…"
    dialog = fill(page, small_shop)
    assert dialog.windowTitle() == "补卡申请"
    assert dialog.error.text() == "请勾选当天缺少的上班或下班打卡。"
    assert dialog.has_in.text() == "上班打卡"
    dialog.has_out.setChecked(True)
    dialog.clock_out.setTime(QTime(18, 5))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    kind_col, when_col = 0, 4
    assert page.model.index(0, kind_col).data() == "补卡申请"
    assert page.model.index(0, when_col).data() == "2026-09-08 上班 08:58, 下班 18:05"
    assert page.selected() is not None and page.selected().start.time() == time(8, 58)
