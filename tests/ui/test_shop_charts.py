"""The shop's charts on their screens (issue 14), against the hand-built shop of tests/services/test_shop_charts
(seen on 2026-11-18): the roster's headcount chart, the attendance page's overtime chart (all departments or
one), the payout page's cost against sales (owner only), the home screen's headcount chart (owner and
managers, not staff); each plots the service's figures, saves a PNG through Save as PNG…, and renders its
Chinese labels without a missing glyph."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import Qt

from shopteam.domain import clock
from shopteam.services.context import Actor
from shopteam.ui.attendance.page import AttendancePage
from shopteam.ui.context import AppContext
from shopteam.ui.home.page import HomePage
from shopteam.ui.payout.page import PayoutPage
from shopteam.ui.roster.page import RosterPage
from shopteam.ui.widgets import export
from tests.services.test_shop_charts import TODAY, make_chart_shop, manager
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation


@pytest.fixture
def shop(factory, owner):
    ids = make_chart_shop(factory)
    with clock.frozen(TODAY):
        yield ids


def _ctx(factory, actor) -> AppContext:
    return AppContext(factory=factory, actor=actor, shop_name="测试小店")


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _heights(ax, container: int) -> list[float]:
    return [b.get_height() for b in ax.containers[container]]


def _save(qtbot, chart, tmp_path, monkeypatch, name: str):
    target = tmp_path / name
    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(chart.save_button, Qt.MouseButton.LeftButton)
    png = (target.parent / (target.name if target.suffix == ".png" else target.name + ".png")).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    assert chart.message.isVisibleTo(chart) and chart.message.text().endswith(".png")
    return png


def test_the_roster_opens_the_headcount_chart_and_saves_it(qtbot, factory, owner, shop, tmp_path, monkeypatch):
    page = _show(qtbot, RosterPage(_ctx(factory, owner)))
    assert page.chart_action.isVisible()
    page.chart_action.trigger()
    dialog = page.chart_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Headcount by department"
    chart = dialog.chart
    assert chart.canvas.isVisible()
    ax = chart.figure.axes[0]
    assert ax.get_title() == "Headcount by department at each month end"
    assert _heights(ax, 0) == [1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]  # 运营部
    assert _heights(ax, 1) == [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]  # 客服部
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["运营部", "客服部", "No department"]
    assert [t.get_text() for t in ax.get_xticklabels()][-1] == "26-11"
    _save(qtbot, chart, tmp_path, monkeypatch, "人数")  # ".png" added


def test_attendance_opens_the_overtime_chart_for_a_department(qtbot, factory, owner, shop):
    page = _show(qtbot, AttendancePage(_ctx(factory, owner)))
    page.set_month(2026, 11)
    qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
    chart = page.chart_dialog.chart
    qtbot.addWidget(page.chart_dialog)
    assert [chart.department.itemText(i) for i in range(chart.department.count())] == [
        "All departments", "运营部", "客服部", "No department"]
    ax = chart.figure.axes[0]
    assert ax.get_title() == "Approved overtime hours by kind · All departments"
    assert _heights(ax, 0)[-1] == 4.5 and _heights(ax, 0)[5] == 3.0  # workday: A 2.5 + E 2; C in May
    assert _heights(ax, 1)[-1] == 4.0 and _heights(ax, 2)[10] == 8.0  # rest day; the National Day
    chart.department.setCurrentIndex(chart.department.findText("客服部"))
    ax = chart.figure.axes[0]
    assert ax.get_title() == "Approved overtime hours by kind · 客服部"
    assert _heights(ax, 0) == [0, 0, 0, 0, 0, 3.0, 0, 0, 0, 0, 0, 0]
    assert sum(_heights(ax, 1)) == 0 and sum(_heights(ax, 2)) == 0


def test_attendance_opens_the_chart_on_the_page_department(qtbot, factory, owner, shop):
    page = _show(qtbot, AttendancePage(_ctx(factory, owner)))
    page.department_combo.setCurrentIndex(page.department_combo.findText("运营部"))
    page.open_overtime_chart()
    qtbot.addWidget(page.chart_dialog)
    assert page.chart_dialog.chart.department.currentText() == "运营部"
    assert sum(_heights(page.chart_dialog.chart.figure.axes[0], 0)) == 2.5


def test_the_payout_page_shows_cost_against_sales_to_the_owner(qtbot, factory, owner, shop, tmp_path, monkeypatch):
    page = _show(qtbot, PayoutPage(_ctx(factory, owner)))
    page.set_month(2026, 11)
    assert page.chart_button.isVisible()
    qtbot.mouseClick(page.chart_button, Qt.MouseButton.LeftButton)
    chart = page.chart_dialog.chart
    qtbot.addWidget(page.chart_dialog)
    ax, right = chart.figure.axes
    assert _heights(ax, 0)[-3:] == [80000.25, 40000.0, 10000.0]  # sales
    assert _heights(ax, 1)[-3:] == [5000.5, 5200.0, 0.0]  # approved runs only
    assert [t.get_text() for t in right.texts] == ["6.3%", "13.0%"]
    _save(qtbot, chart, tmp_path, monkeypatch, "成本.png")


def test_a_manager_has_no_payout_cost_chart(qtbot, factory, shop):
    page = _show(qtbot, PayoutPage(_ctx(factory, manager(shop))))
    assert not page.chart_button.isVisible()


def _home(qtbot, factory, actor) -> HomePage:
    home = _show(qtbot, HomePage(_ctx(factory, actor)))
    qtbot.waitUntil(lambda: home.dashboard is not None and not home.loading, timeout=10000)
    return home


def test_the_home_screen_shows_the_headcount_chart_for_the_scope(qtbot, factory, owner, shop):
    home = _home(qtbot, factory, owner)
    qtbot.waitUntil(lambda: home.chart is not None and home.chart.series is not None, timeout=10000)
    assert home.chart.isVisible()
    ax = home.chart.figure.axes[0]
    assert [t.get_text() for t in ax.texts] == ["2", "2", "2", "3", "3", "3", "2", "2", "2", "2", "3", "3"]
    mine = _home(qtbot, factory, manager(shop))
    qtbot.waitUntil(lambda: mine.chart is not None and mine.chart.series is not None, timeout=10000)
    assert mine.chart.series.departments == ("运营部",)


def test_staff_have_no_chart_on_the_home_screen(qtbot, factory, shop):
    staff = Actor(user_id=None, username="b", level="staff", employee_id=shop["B"])
    home = _home(qtbot, factory, staff)
    assert home.chart is None
    roster = _show(qtbot, RosterPage(_ctx(factory, staff)))
    assert not roster.chart_action.isVisible()


@pytest.mark.usefixtures("chinese")
def test_the_charts_in_chinese_render_every_glyph(qtbot, factory, owner, shop, tmp_path, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib's "Glyph ... missing from font(s)" fails the test
        roster = _show(qtbot, RosterPage(_ctx(factory, owner)))
        assert roster.chart_action.text() == "人数图表…"
        roster.open_headcount_chart()
        qtbot.addWidget(roster.chart_dialog)
        assert roster.chart_dialog.windowTitle() == "各部门人数"
        headcount = roster.chart_dialog.chart
        headcount.canvas.draw()
        ax = headcount.figure.axes[0]
        assert ax.get_title() == "各部门月末人数"
        assert [t.get_text() for t in ax.get_legend().get_texts()][-1] == "未分配部门"
        assert headcount.save_button.text() == "另存为 PNG…"
        _save(qtbot, headcount, tmp_path, monkeypatch, "人数.png")

        attendance = _show(qtbot, AttendancePage(_ctx(factory, owner)))
        assert attendance.chart_button.text() == "加班图表…"
        attendance.open_overtime_chart()
        qtbot.addWidget(attendance.chart_dialog)
        overtime = attendance.chart_dialog.chart
        overtime.canvas.draw()
        ax = overtime.figure.axes[0]
        assert ax.get_title() == "已批准加班时长（按类型）· 全部部门"
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["工作日加班", "休息日加班", "节假日加班"]
        _save(qtbot, overtime, tmp_path, monkeypatch, "加班.png")

        payout = _show(qtbot, PayoutPage(_ctx(factory, owner)))
        payout.open_cost_chart()
        qtbot.addWidget(payout.chart_dialog)
        cost = payout.chart_dialog.chart
        cost.canvas.draw()
        ax = cost.figure.axes[0]
        assert ax.get_title() == "薪酬成本与销售额"
        assert [t.get_text() for t in ax.get_legend().get_texts()] == [
            "销售额（KPI 数据）", "薪酬成本（已审批的发放）", "成本占销售额 %"]
        _save(qtbot, cost, tmp_path, monkeypatch, "成本.png")
