"""The training screen: a plan, a session, the attendance list and an evaluation through the dialogs (a bad
test score refused with its sentence, in English and in Chinese), the year's report, and a staff member who
sees only their own record."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.training import plans
from shopteam.ui.context import AppContext
from shopteam.ui.main_window import PAGES
from shopteam.ui.training.page import TrainingPage
from shopteam.ui.widgets.dates import to_qdate

TODAY = date(2026, 12, 7)


def _page(qtbot, factory, actor):
    page = TrainingPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    return page


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_registered_after_recruitment():
    keys = [spec.key for spec in PAGES]
    assert keys[keys.index("recruitment") + 1] == "training"


def test_plan_session_attendance_and_evaluation(qtbot, factory, owner, small_shop, language):
    clock.set_today(TODAY)
    page = _page(qtbot, factory, owner)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == (
        ["计划与场次", "报表"] if language == "zh_CN" else ["Plans and sessions", "Report"])
    assert page.plans_model.rowCount() == 0 and not page.new_session_button.isEnabled()

    page.new_plan_button.click()
    dialog = page.dialog
    dialog.topic.setText("售前话术")
    dialog.quarter.setCurrentIndex(dialog.quarter.findData(4))
    dialog.planned_hours.setText("6")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert _cells(page.plans_model)[0][:3] == ["2026", "Q4", "售前话术"]

    page.new_session_button.click()
    dialog = page.dialog
    dialog.day.setDate(to_qdate(date(2026, 12, 3)))
    dialog.hours.setText("2.5")
    dialog.trainer.setText("张三")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no place and not online: refused
    assert dialog.isVisible() and dialog.error.text() == (
        "请填写地点，或将本场标为线上。" if language == "zh_CN" else "Enter the place, or mark the session as online.")
    dialog.online.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert _cells(page.sessions_model)[0][:5] == ["2026-12-03", "张三", "线上" if language == "zh_CN" else "Online",
                                                  "2.50", "0 / 0"]

    page.attendance_button.click()
    dialog = page.dialog
    for i in range(dialog.people.count()):
        item = dialog.people.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in (small_shop["b"], small_shop["c"]):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert [row[:3] for row in _cells(page.attendees_model)] == [["E002", "李四", "是" if language == "zh_CN" else "Yes"],
                                                                 ["E003", "王五", "是" if language == "zh_CN" else "Yes"]]

    page.select_attendee(small_shop["b"])
    page.evaluate_button.click()
    dialog = page.dialog
    dialog.test_score.setText("120")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.text() == (
        "测试成绩必须是 0 到 100 之间的数字，而不是 120。" if language == "zh_CN"
        else "The test score must be a number from 0 to 100, not 120.")
    dialog.test_score.setText("88.5")
    dialog.passed.setCurrentIndex(dialog.passed.findData(True))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    yes = "是" if language == "zh_CN" else "Yes"
    assert _cells(page.attendees_model)[0][:6] == ["E002", "李四", yes, "88.50", yes, "4"]
    page.tabs.setCurrentWidget(page.report_tab)  # the report loads when its tab is shown
    report = {row[0]: row for row in _cells(page.report_model)}
    assert report["E002"] == ["E002", "李四", "1", "2.50", "88.50"] and report["E001"][2:] == ["0", "0.00", ""]
    page.select_attendee(small_shop["b"])
    assert page.clear_button.isEnabled()
    page.clear_button.click()
    assert _cells(page.attendees_model)[0][3:6] == ["", "", ""]


def test_staff_see_only_their_own_record(qtbot, factory, owner, small_shop):
    clock.set_today(TODAY)
    with factory.begin() as s:
        plan = plans.create_plan(s, actor=owner, year=2026, topic="新人培训", planned_hours=4)
        held = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 11, 20), hours=3, place="会议室")
        plans.take_attendance(s, actor=owner, session_id=held, attended={small_shop["b"]: True, small_shop["c"]: True})
        plans.record_evaluation(s, actor=owner, session_id=held, employee_id=small_shop["b"], test_score=76)
        accounts.create_account(s, actor=owner, username="lisi", password="secret123", level="staff",
                                employee_id=small_shop["b"])
    with factory.begin() as s:
        staff = accounts.login(s, username="lisi", password="secret123").actor
    page = _page(qtbot, factory, staff)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["My training"]
    assert not hasattr(page, "plans_model")
    assert _cells(page.record_model) == [["2026-11-20", "新人培训", "", "3.00", "Yes", "76.00", "", ""]]
    assert page.record_summary.text() == "Hours per year: 2026: 3.00 h · average test score: 76.00"
    assert Decimal("76.00") == page.record_model.row_at(0).test_score
