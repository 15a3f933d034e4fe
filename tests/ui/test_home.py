"""The home screen (工作台): the figures shown are the service's, and a click on one opens the screen behind it
already filtered; staff see their own month."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopteam.domain import clock
from shopteam.services.dashboard import month_dashboard
from shopteam.ui.context import AppContext
from shopteam.ui.home.page import HomePage
from shopteam.ui.main_window import MainWindow
from tests.services.dashboard_shop import MONTH, TODAY, YEAR, make_dashboard_shop, staff_actor


def shown_cards(board) -> set[str]:
    from shopteam.ui.boards.card_model import CardRole

    return {model.index(r, 0).data(CardRole).title for model in board.kanban.models.values()
            for r in range(model.rowCount())}


@pytest.fixture
def shop(factory, owner):
    with clock.frozen(TODAY):
        yield make_dashboard_shop(factory)


@pytest.fixture
def window(qtbot, owner_ctx, shop):
    window = MainWindow(owner_ctx)
    qtbot.addWidget(window)
    loaded(qtbot, window.stack.currentWidget())
    return window


def loaded(qtbot, home):
    qtbot.waitUntil(lambda: home.dashboard is not None and not home.loading, timeout=10000)


def test_home_is_the_first_screen_and_shows_the_service_figures(window, factory, owner):
    assert window.nav.item(0).data(Qt.ItemDataRole.UserRole) == "home"
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    with factory() as s:
        d = month_dashboard(s, actor=owner, year=YEAR, month=MONTH)
    value = {key: tile.value.text() for key, tile in home.tiles.items()}
    assert value["headcount"] == str(d.headcount) == "4"
    assert "2 joined" in home.tiles["headcount"].detail.text() and "1 left" in home.tiles["headcount"].detail.text()
    assert value["open_tasks"] == str(d.open_tasks) == "4"
    assert value["overdue_tasks"] == str(d.overdue_tasks) == "2"
    assert value["attendance"] == "4"  # late 2 + missing 1 + absent 1
    assert home.tiles["attendance"].detail.text() == "late 2 · missing punches 1 · absent 1 d"
    assert value["approvals"] == "3" and value["timesheets"] == "1"
    assert value["appraisal"] == "1/4"
    assert value["payout"] == "not computed"
    items = [home.items.item(i).text() for i in range(home.items.count())]
    assert len(items) == len(d.month_end.items) == 7
    assert items[0] == "The month's payout is not computed yet"
    assert "E2 李运营: leave request waiting for a decision" in items


def test_overdue_tasks_open_the_board_filtered(window, qtbot, shop):
    home = window.stack.currentWidget()
    qtbot.mouseClick(home.tiles["overdue_tasks"], Qt.MouseButton.LeftButton)
    board = window.stack.currentWidget()
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "boards"
    assert board.overdue_only.isChecked() and board.current_board_id() == shop["board"]
    assert shown_cards(board) == {"c1", "c4"}
    window.show_page("home")
    qtbot.mouseClick(home.tiles["open_tasks"], Qt.MouseButton.LeftButton)
    assert not board.overdue_only.isChecked()
    assert shown_cards(board) == {"c1", "c2", "c3", "c4", "c5"}


def test_pending_approvals_open_the_requests_waiting(window, qtbot):
    home = window.stack.currentWidget()
    qtbot.mouseClick(home.tiles["approvals"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "requests"
    assert page.show_combo.currentData() == "pending"
    assert page.model.rowCount() == 3


def test_the_checklist_opens_the_payout_of_the_month(window, qtbot):
    home = window.stack.currentWidget()
    qtbot.mouseClick(home.list_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "payout"
    assert page.month() == (YEAR, MONTH)


def test_attendance_exceptions_open_the_month(window, qtbot):
    home = window.stack.currentWidget()
    qtbot.mouseClick(home.tiles["attendance"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert page.month() == (YEAR, MONTH)


def test_staff_see_their_own_month(qtbot, factory, shop):
    actor = staff_actor(shop)
    window = MainWindow(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(window)
    home = window.stack.currentWidget()
    loaded(qtbot, home)
    assert set(home.tiles) == {"tasks_week", "attendance", "appraisal", "payslips", "requests"}
    assert home.tiles["tasks_week"].value.text() == "1"
    assert home.tiles["attendance"].value.text() == "12 days worked"
    assert home.tiles["appraisal"].value.text() == "良好"
    assert home.tiles["payslips"].value.text() == "¥5,000.00"
    assert home.tiles["requests"].value.text() == "1"
    assert [home.items.item(i).text() for i in range(home.items.count())] == ["2026-11-20  c2"]
    qtbot.mouseClick(home.tiles["tasks_week"], Qt.MouseButton.LeftButton)
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "my_tasks"


def test_probation_and_training_tiles_show_what_is_coming_and_open_their_screens(window, qtbot, factory, owner, shop):
    from datetime import timedelta

    from shopteam.db.models import Employee
    from shopteam.services.training.plans import create_plan, create_session

    with factory.begin() as s:
        e = s.get(Employee, shop["E4"])
        e.status, e.probation_end = "probation", TODAY + timedelta(days=5)
        plan = create_plan(s, actor=owner, year=YEAR, topic="客服话术", planned_hours=6)
        create_session(s, actor=owner, plan_id=plan, day=TODAY + timedelta(days=6), hours=2, place="会议室")
    home = window.stack.currentWidget()
    home.dashboard = None
    qtbot.mouseClick(home.refresh_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, home)
    assert home.tiles["probation"].value.text() == "1"
    assert home.tiles["probation"].detail.text() == "赵新人 11/23"
    assert home.tiles["training"].value.text() == "1"
    assert home.tiles["training"].detail.text() == "next: 客服话术 on 11/24"
    qtbot.mouseClick(home.tiles["probation"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "recruitment"
    assert page.tabs.currentWidget() is page.probation_tab
    window.show_page("home")
    qtbot.mouseClick(home.tiles["training"], Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "training"
    assert page.tabs.currentWidget() is page.plans_tab
