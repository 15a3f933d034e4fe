"""The work-rules screen (考勤规则): owner only, reached from the Attendance page; rules, patterns (a night
shift past midnight, a bad period refused inline) and calendar days, each from a date; in English and Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.attendance import worktime
from shopteam.services.attendance.settings import get_attendance_settings
from shopteam.ui.attendance.page import AttendancePage
from shopteam.ui.attendance.work_rules import WorkRulesDialog
from shopteam.ui.context import AppContext
from shopteam.ui.widgets.dates import to_qdate
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation

TODAY = date(2026, 9, 10)


@pytest.fixture(autouse=True)
def _today():
    with clock.frozen(TODAY):
        yield


@pytest.fixture
def rules(qtbot, owner_ctx, small_shop):
    dialog = WorkRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_only_the_owner_sees_the_work_rules_button(qtbot, factory, owner, owner_ctx, small_shop):
    page = AttendancePage(owner_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.rules_button.isVisible()
    assert "Corrections beyond allowance" in page.model.headers()
    page.rules_button.click()
    assert isinstance(page.rules_dialog, WorkRulesDialog)
    page.rules_dialog.reject()
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="lead", password="secret123", level="manager",
                                employee_id=small_shop["a"])
    with factory() as s:
        manager = accounts.login(s, username="lead", password="secret123").actor
    page = AttendancePage(AppContext(factory=factory, actor=manager, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    assert not page.rules_button.isVisible()
    assert "Punch corrections" in page.model.headers()
    assert "Corrections beyond allowance" not in page.model.headers()


def test_rules_saved_from_a_date(rules, factory):
    tab = rules.settings_tab
    assert tab.effective_from.date() == to_qdate(date(2026, 9, 1))  # the first of this month by default
    assert tab.free_corrections.value() == 3
    tab.late_grace.setValue(10)
    tab.free_corrections.setValue(2)
    tab.effective_from.setDate(to_qdate(date(2026, 9, 15)))
    tab.save_button.click()
    assert tab.message.text() == "Saved: the rules apply from 2026-09-15; the days before keep theirs."
    assert cells(tab.history, 0) == ["2026-09-15", "from the start"] and cells(tab.history, 4) == ["2", "3"]
    with factory() as s:
        assert get_attendance_settings(s, on=date(2026, 9, 14)).late_grace_minutes == 5
        assert get_attendance_settings(s, on=date(2026, 9, 15)).late_grace_minutes == 10


def test_a_night_shift_for_a_person_and_a_bad_period_refused_inline(rules, qtbot, factory, small_shop):
    tab = rules.patterns_tab
    tab.new_button.click()
    dialog = tab.dialog
    dialog.name.setText("夜班")
    dialog.target.setCurrentIndex(dialog.target.findData("person"))
    dialog.who.setCurrentIndex(dialog.who.findData(small_shop["a"]))
    dialog.periods.setText("20:00–25:30")
    ok(dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == ("Write the working periods like 09:00–12:00, 13:00–18:00 (20:00–00:30 runs past "
                                   "midnight): “20:00–25:30” is not one.")
    dialog.periods.setText("20:00–00:30")  # from the first of this month, the default
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
    table = tab.table
    assert cells(table, 0) == ["Person: 张三 (E001)"]
    assert cells(table, 3) == ["20:00–00:30"] and cells(table, 4) == ["2026-09-01"]
    assert cells(table, 2) == ["Mon Tue Wed Thu Fri"]
    with factory() as s:
        _default, calendars = worktime.calendars_for(s, None, date(2026, 8, 31), date(2026, 9, 30))
    assert calendars[small_shop["a"]].shift_for(date(2026, 9, 1)).end == 24 * 60 + 30
    assert calendars[small_shop["a"]].shift_for(date(2026, 8, 31)).end == 18 * 60  # before: the default

    table.selectRow(0)  # a change of the same person is a new version from its date
    tab.change_button.click()
    dialog = tab.dialog
    assert dialog.target.currentData() == "person" and dialog.who.currentData() == small_shop["a"]
    assert dialog.periods.text() == "20:00–00:30"
    dialog.periods.setText("21:00–01:00")
    dialog.effective_from.setDate(to_qdate(date(2026, 10, 1)))
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
    assert cells(table, 4) == ["2026-09-01", "2026-10-01"]
    assert cells(table, 5) == ["2026-09-30", ""]
    table.selectRow(0)
    tab.delete_button.click()  # in force: refused inline
    assert "already in force" in tab.message.text() and table.rowCount() == 2
    table.selectRow(1)
    tab.delete_button.click()  # not yet in force: gone
    assert table.rowCount() == 1 and tab.message.text() == "The version was deleted."


def test_a_calendar_day_made_a_rest_day(rules, factory):
    tab = rules.calendar_tab
    assert tab.table.rowCount() == 30
    national = [r for r, d in enumerate(tab.days) if d.day == date(2026, 9, 25)][0]
    assert tab.table.item(national, 2).text() == "Statutory holiday"  # Mid-Autumn Festival 2026
    tab.select_day(date(2026, 9, 7))
    tab.kind.setCurrentIndex(tab.kind.findData("restday"))
    tab.note.setText("团建")
    tab.apply_button.click()
    row = [r for r, d in enumerate(tab.days) if d.day == date(2026, 9, 7)][0]
    assert (tab.table.item(row, 4).text(), tab.table.item(row, 5).text()) == ("Rest day", "团建")
    assert tab.message.text() == "2026-09-07 is set."
    with factory() as s:
        assert worktime.calendar_overrides(s, date(2026, 9, 1), date(2026, 9, 30)) == {
            date(2026, 9, 7): worktime.DayKind.REST_DAY}


@pytest.mark.usefixtures("chinese")
def test_the_work_rules_in_chinese(rules, qtbot, small_shop):
    assert rules.windowTitle() == "考勤规则"
    assert [rules.tabs.tabText(i) for i in range(3)] == ["规则", "班次与工作周", "日历"]
    tab = rules.patterns_tab
    tab.new_button.click()
    dialog = tab.dialog
    assert dialog.windowTitle() == "新建班次"
    assert dialog.form.labelForField(dialog.target).text() == "适用于"
    assert dialog.days[0].text() == "周一"
    dialog.periods.setText("晚上八点")
    ok(dialog)
    assert dialog.error.text() == ("工作时段请写成 09:00–12:00, 13:00–18:00（20:00–00:30 表示跨过零点）："
                                   "“晚上八点”不是有效的时段。")
    dialog.periods.setText("20:00-00:30")
    dialog.target.setCurrentIndex(dialog.target.findData("role"))
    with qtbot.waitSignal(dialog.accepted):
        ok(dialog)
    assert cells(tab.table, 0) == ["岗位：运营专员"]
    assert cells(tab.table, 2) == ["周一 周二 周三 周四 周五"]
    assert tab.message.text() == "已保存为新版本；之前的日子保持原来的班次。"
    assert rules.calendar_tab.table.item(24, 2).text() == "法定节假日"
