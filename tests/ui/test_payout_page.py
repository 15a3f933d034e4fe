"""The payout page: compute, click a figure to see its explanation, approve through the real screen and see it
locked, reopen with a reason; staff see only their line; the model passes qtmodeltester; explanations in the
window's language are the sentences of domain.explain.render; the bonus pool dialog saves, approves and exports."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from shopteam.domain.explain import Explanation, render
from shopteam.services.payout import runs as payout
from shopteam.ui.context import AppContext
from shopteam.ui.payout.explanations import explanation_text
from shopteam.ui.payout.model import PayoutModel
from shopteam.ui.payout.page import PayoutPage
from tests.services.payout_shop import MONTH, YEAR, make_month
from tests.test_translations import chinese  # noqa: F401


@pytest.fixture
def shop(factory, owner):
    return make_month(factory, owner)


def _page(qtbot, ctx) -> PayoutPage:
    page = PayoutPage(ctx)
    qtbot.addWidget(page)
    page.set_month(YEAR, MONTH)
    return page


def _cell(page, row_no: str, column: int) -> str:
    model = page.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == row_no:
            return model.index(r, column).data()
    raise AssertionError(row_no)


def test_compute_explain_approve_and_see_it_locked(qtbot, factory, owner, shop):
    page = _page(qtbot, AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    assert page.model.rowCount() == 0 and page.compute_button.isEnabled() and not page.approve_button.isEnabled()
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.view.state == "draft"
    assert _cell(page, "E101", 13) == "9,266.90" and _cell(page, "E101", 3) == "6,000.00"
    labels = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert labels == ["E100", "E101", "E103", "Department total", "E102", "Department total", "Shop total"]
    assert page.model.index(6, 13).data() == "22,285.95"
    # clicking the attendance deduction of 李运营 explains it in the side panel
    rect = page.table.visualRect(page.model.index(1, 7))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "1 late arrival after 2 free ones × 20.00 = 20.00" in page.detail.toPlainText()
    assert "1 missing punch(es) × 20.00 = 20.00" in page.detail.toPlainText()
    # approve through the screen: locked, compute and approve disabled, reopen enabled
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.view.locked and "locked" in page.state_label.text()
    assert not page.compute_button.isEnabled() and not page.approve_button.isEnabled()
    assert page.reopen_button.isEnabled()
    with factory() as s:
        assert payout.get_run(s, actor=owner, year=YEAR, month=MONTH).state == "approved"
    # reopening asks for a reason (the dialog is patched); cancelling changes nothing
    page.ask_reason = lambda: ("", False)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert page.view.locked
    page.ask_reason = lambda: ("fine corrected", True)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert page.view.state == "reopened" and page.compute_button.isEnabled()


def test_staff_and_manager_views(qtbot, factory, owner, shop):
    with factory.begin() as s:
        payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    staff = _page(qtbot, AppContext(factory=factory, actor=shop["s101"], shop_name="测试小店"))
    assert [staff.model.index(r, 0).data() for r in range(staff.model.rowCount())] == [
        "E101", "Department total", "Total of the people shown"]
    assert not staff.compute_button.isVisibleTo(staff) and not staff.approve_button.isVisibleTo(staff)
    manager = _page(qtbot, AppContext(factory=factory, actor=shop["mgr"], shop_name="测试小店"))
    assert _cell(manager, "E101", 3) == "***" and _cell(manager, "E101", 6) == "1,650.00"
    assert manager.model.index(manager.model.rowCount() - 1, 0).data() == "Total of the people shown"
    assert _cell(manager, "E100", 3) == "5,000.00"


def test_an_estimate_cannot_be_approved_and_a_red_line_is_confirmed_in_the_list(qtbot, factory, owner, shop):
    from datetime import date, datetime

    from PySide6.QtCore import QTimer

    from shopteam.db.models.appraisal import LedgerEntry
    from shopteam.domain import clock

    page = _page(qtbot, AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    with clock.frozen(datetime(2026, 11, 20, 18, 0)):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.view.estimate and page.state_label.text() == "Estimate (Draft)"
    assert not page.approve_button.isEnabled() and page.message.text().startswith(
        "Computed for 4 person(s). Estimate: computed before 2026-11 ended")
    with factory.begin() as s:
        s.add(LedgerEntry(entry_date=date(2026, 11, 25), employee_id=shop["E102"], kind="fine",
                          amount=Decimal("6000.00"), reason="丢失样品", recorded_by="boss"))
    with clock.frozen(date(2026, 12, 6)):
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
        assert not page.view.estimate and page.approve_button.isEnabled()
        assert page.message.text() == ("Computed for 4 person(s). 1 line(s) in red need a second look before "
                                       "approval (hover for the reason).")
        row = [page.model.index(r, 0).data() for r in range(page.model.rowCount())].index("E102")
        assert page.model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7d7"
        assert page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
            "Pay -800.00 is below zero\nDeductions 6,000.00 exceed 20% of the month's pay (1,040.00)")
        seen = []

        def answer(accept: bool):
            dialog = page.closing_dialog
            seen.append(dialog.texts())
            (dialog.confirm_button.click if accept else dialog.reject)()

        QTimer.singleShot(0, lambda: answer(False))
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        assert page.view.state == "draft"
        QTimer.singleShot(0, lambda: answer(True))
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert seen[0] == seen[1] == ["E102 张客服: Pay -800.00 is below zero; Deductions 6,000.00 exceed 20% of the "
                                  "month's pay (1,040.00)"]
    assert page.view.locked


def test_model_passes_qtmodeltester(qtmodeltester, factory, owner, shop):
    with factory.begin() as s:
        view = payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    model = PayoutModel()
    model.set_view(view)
    qtmodeltester.check(model)
    model.set_view(None)
    qtmodeltester.check(model)


def test_explanations_render_in_the_windows_language(qapp):
    line = Explanation("overtime", {"hours": 4, "base": Decimal("6000.00"), "days": "21.75",
                                    "hours_per_day": 8, "multiplier": "1.5", "kind": "workday",
                                    "amount": Decimal("206.90")})
    assert explanation_text(line) == line.text() == "4 h × 6,000.00 / 21.75 / 8 × 1.5 (workday) = 206.90"


@pytest.mark.usefixtures("chinese")
def test_explanations_in_chinese_are_the_workbooks_words(qapp):
    line = Explanation("overtime", {"hours": 4, "base": Decimal("6000.00"), "days": "21.75",
                                    "hours_per_day": 8, "multiplier": "1.5", "kind": "workday",
                                    "amount": Decimal("206.90")})
    assert explanation_text(line) == render(line, "zh") == "4 小时 × 6,000.00 / 21.75 / 8 × 1.5（工作日）= 206.90"


def test_team_pool_dialog_saves_approves_reopens_and_exports(qtbot, factory, owner, shop, tmp_path):
    from shopteam.services.payout import pools
    from shopteam.ui.payout.pool_dialog import PoolDialog

    page = _page(qtbot, AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.mouseClick(page.team_pool_button, Qt.MouseButton.LeftButton)
    dialog = page.pool_dialog
    assert isinstance(dialog, PoolDialog) and dialog.scores_month.month() == (YEAR, MONTH)
    assert not dialog.approve_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findText("运营部"))
    qtbot.keyClicks(dialog.pool_edit, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "abc" in dialog.message.text() and dialog.pool is None  # refused, nothing saved
    dialog.pool_edit.clear()
    qtbot.keyClicks(dialog.pool_edit, "100.00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pool is not None and dialog.state_label.text() == "Draft"
    assert [dialog.table.item(r, 6).text() for r in range(dialog.table.rowCount())] == ["0.00", "100.00", "0.00"]
    assert dialog.table.item(1, 7).text() == "Weight = final score 85.00; 100.00 × 85 / 85 = 100.0000 → 100.00"
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.pool.locked and not dialog.save_button.isEnabled() and dialog.reopen_button.isEnabled()
    assert "2026-11" in dialog.state_label.text()
    # the page's month pays it: recompute and see the line with its explanation
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert _cell(page, "E101", 11) == "100.00" and _cell(page, "E101", 13) == "9,366.90"
    dialog.ask_path = lambda: str(tmp_path / "pool.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert (tmp_path / "pool.xlsx").exists() and str(tmp_path / "pool.xlsx") in dialog.message.text()
    dialog.ask_reason = lambda: ("wrong month", True)
    with factory.begin() as s:  # reopening is refused while the pay month's payout is approved
        payout.approve_run(s, actor=owner, year=YEAR, month=MONTH)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.pool.locked and "2026-11" in dialog.message.text()
    with factory.begin() as s:
        payout.reopen_run(s, actor=owner, year=YEAR, month=MONTH, reason="pool")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.pool.state == "draft" and dialog.save_button.isEnabled()
    with factory() as s:
        assert [p.state for p in pools.list_pools(s, actor=owner)] == ["draft"]


@pytest.mark.usefixtures("chinese")
def test_year_end_dialog_in_chinese(qtbot, factory, owner, shop):
    page = _page(qtbot, AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    page.open_pool("year_end")
    dialog = page.pool_dialog
    assert dialog.windowTitle() == "年终奖" and dialog.save_button.text() == "保存草稿"
    qtbot.keyClicks(dialog.pool_edit, "100.00")
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 4 and dialog.pool is None  # a split is a preview
    assert dialog.table.item(1, 7).text().startswith("权重 = 6,000.00 × 1.2（考核等级 良好）")
