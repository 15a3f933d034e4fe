"""The probation review dialog (转正评估), in English and in Chinese: the supervisor types a score per indicator
of the probation scheme and sees the weighted total and grade change, recommends, saves; the owner sees the
recommendation and decides — the same outcome or another — and the roster changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from shopteam.db.models import Department, Employee
from shopteam.db.models.people import ProbationAssessment
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.ui.context import AppContext
from shopteam.ui.people.page import RecruitmentPage
from shopteam.ui.widgets.dates import to_qdate

TODAY = date(2026, 12, 7)
SCORES = (90, 80, 85, 70, 95, 60)  # weights 20 20 15 15 15 15 -> 80.50 良好


@pytest.fixture
def shop(factory, owner, small_shop):
    clock.set_today(TODAY)
    with factory.begin() as s:
        p = Employee(employee_no="P001", name="赵试用", hire_date=date(2026, 9, 20), status="probation",
                     probation_end=date(2026, 12, 19), department_id=small_shop["ops"])
        s.add(p)
        s.flush()
        s.get(Department, small_shop["ops"]).head_id = small_shop["a"]  # 张三 heads 运营部
        accounts.create_account(s, actor=owner, username="zhang", password="secret123", level="manager",
                                employee_id=small_shop["a"])
        person = p.id
    with factory.begin() as s:
        manager = accounts.login(s, username="zhang", password="secret123").actor
    return {**small_shop, "person": person, "manager": manager}


def _dialog(qtbot, factory, actor, person):
    page = RecruitmentPage(AppContext(factory=factory, actor=actor, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.probation_tab)
    page.select_probation(person)
    page.review_button.click()
    return page, page.dialog


def _type_scores(qtbot, spins, scores):
    for spin, value in zip(spins, scores, strict=True):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, str(value))
        qtbot.keyClick(spin, Qt.Key.Key_Tab)


def _review_cell(page):
    model = page.probation_model
    return model.data(model.index(0, len(model.columns) - 1))


def test_the_supervisor_scores_and_recommends_and_the_owner_confirms(qtbot, factory, owner, shop, language,
                                                                     tmp_path):
    zh = language == "zh_CN"
    page, dialog = _dialog(qtbot, factory, shop["manager"], shop["person"])
    assert dialog.windowTitle() == ("转正评估：赵试用" if zh else "Probation review: 赵试用")
    assert list(dialog.score_boxes) == ["工作任务完成情况", "工作质量与效率", "岗位技能掌握", "学习与适应能力",
                                        "责任心与主动性", "团队协作与纪律"]
    assert dialog.supervisor_label.text() == "张三"
    assert dialog.total_label.text() == ("—（还有 6 项指标未评分）" if zh else "— (6 indicator(s) still to score)")
    assert dialog.recommended_label.text() == ("尚无上级建议。" if zh else "No recommendation yet.")
    spins = list(dialog.score_boxes.values())
    _type_scores(qtbot, spins[:3], SCORES[:3])
    assert dialog.total_label.text() == ("—（还有 3 项指标未评分）" if zh else "— (3 indicator(s) still to score)")
    _type_scores(qtbot, spins[3:], SCORES[3:])
    assert dialog.total_label.text() == ("<b>80.50</b> · 良好" if zh else "<b>80.50</b> · Good")
    assert [dialog.recommendation.itemText(i) for i in range(3)] == (
        ["转正", "延长试用", "不予录用"] if zh else ["Confirm (转正)", "Extend the probation", "Do not keep (不予录用)"])
    dialog.recommendation.setCurrentIndex(dialog.recommendation.findData("extend"))
    dialog.recommend_button.click()  # extending needs a reason
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text() == ("请输入原因。" if zh else "Enter the reason.")
    dialog.recommendation.setCurrentIndex(dialog.recommendation.findData("confirm"))
    dialog.comment.setPlainText("上手快，客户评价好")  # QTest types Latin-1 only
    dialog.recommend_button.click()
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.recommended_label.text().startswith(
        "张三 于 2026-12-07 建议：转正（80.50 分）" if zh else "张三 recommended Confirm (转正) (80.50) on 2026-12-07")
    assert _review_cell(page) == ("上级建议：转正 · 80.50 分" if zh else "Recommended: Confirm (转正) · 80.50")
    dialog.resize(1366 * 2 // 5, dialog.sizeHint().height())
    dialog.grab().save(str(Path(tmp_path) / f"review-{language}.png"))
    dialog.reject()

    # the owner opens it: the scores and the recommendation are there, the outcome preselected from it
    page, dialog = _dialog(qtbot, factory, owner, shop["person"])
    assert [spin.value() for spin in dialog.score_boxes.values()] == list(SCORES)
    assert dialog.total_label.text() == ("<b>80.50</b> · 良好" if zh else "<b>80.50</b> · Good")
    assert dialog.supervisor_label.text() == "张三" and dialog.comment.toPlainText() == "上手快，客户评价好"
    assert dialog.outcome.currentData() == "confirm"
    assert dialog.ok_button.text() == ("决定(&D)" if zh else "&Decide")
    dialog.day.setDate(to_qdate(date(2026, 12, 20)))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.probation_model.rows() == []
    with factory() as s:
        emp = s.get(Employee, shop["person"])
        assert (emp.status, emp.probation_end) == ("active", date(2026, 12, 19))
        item = s.scalar(select(ProbationAssessment))
        assert (item.total, item.recommendation, item.review_id is not None) == (Decimal("80.50"), "confirm", True)


def test_the_owner_decides_otherwise_and_both_are_shown(qtbot, factory, owner, shop, language):
    zh = language == "zh_CN"
    page, dialog = _dialog(qtbot, factory, owner, shop["person"])
    assert dialog.supervisor_label.text() == "张三"  # the owner records it for the department head
    for spin in dialog.score_boxes.values():
        spin.setValue(70)
    assert dialog.total_label.text() == ("<b>70.00</b> · 合格" if zh else "<b>70.00</b> · Pass")
    dialog.recommend_button.click()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("extend"))
    dialog.day.setDate(to_qdate(date(2027, 1, 19)))
    dialog.note.setPlainText("再观察一个月")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _review_cell(page) == ("已决定：延长试用（上级建议：转正）" if zh
                                  else "Decided: Extend the probation (recommended: Confirm (转正))")
    with factory() as s:
        assert s.get(Employee, shop["person"]).probation_end == date(2027, 1, 19)
