"""The recruitment screen: the candidates board, the hire dialog and the probation review, in English and
in Chinese (the .ts compiled for the test)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from shopteam.db.models import Employee, RoleAssignment
from shopteam.db.models.people import Candidate, Position
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.recruitment import recruiting
from shopteam.services.recruitment.recruiting import CandidateInput
from shopteam.ui.context import AppContext
from shopteam.ui.people.page import RecruitmentPage
from shopteam.ui.widgets.dates import to_qdate

TODAY = date(2026, 12, 7)


@pytest.fixture
def shop(factory, owner, small_shop):
    clock.set_today(TODAY)
    with factory.begin() as s:
        pid = recruiting.open_position(s, actor=owner, role_id=small_shop["role"], headcount=1, reason="双十二")
        ids = {name: recruiting.add_candidate(s, actor=owner, position_id=pid, data=CandidateInput(
            name=name, source=source, expected_salary=Decimal("5200"), applied_on=date(2026, 12, 1)))
            for name, source in (("陈一", "BOSS直聘"), ("周二", "58同城"))}
        s.add(Employee(employee_no="P001", name="赵试用", hire_date=date(2026, 9, 20), status="probation",
                       probation_end=date(2026, 12, 19), department_id=small_shop["ops"]))
    return {"position": pid, **ids, **small_shop}


def _page(qtbot, factory, owner):
    page = RecruitmentPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    return page


def _texts(column):
    return [column.item(i).text().split("\n")[0] for i in range(column.count())]


def test_board_moves_scores_turns_down_and_hires(qtbot, factory, owner, shop, language):
    tr = QCoreApplication.translate
    page = _page(qtbot, factory, owner)
    assert page.tabs.tabText(0) == ("招聘" if language == "zh_CN" else "Recruitment")
    assert page.column_boxes["screening"].title() == ("筛选 (2)" if language == "zh_CN" else "Screening (2)")
    assert page.column_boxes["first_interview"].title().startswith("初试" if language == "zh_CN" else "First")
    assert _texts(page.columns["screening"]) == ["陈一", "周二"]
    assert not page.hire_button.isEnabled()

    page.select_candidate(shop["陈一"])
    page.move_combo.setCurrentIndex(page.move_combo.findData("offer"))
    page.move_button.click()
    assert _texts(page.columns["offer"]) == ["陈一"] and _texts(page.columns["screening"]) == ["周二"]

    page.select_candidate(shop["陈一"])
    page.score_button.click()
    dialog = page.dialog
    dialog.competence.setCurrentText("沟通")
    dialog.score.setValue(4)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _texts(page.columns["offer"]) == ["陈一 ★4.00"]

    page.select_candidate(shop["周二"])
    page.reject_button.click()
    dialog = page.dialog
    dialog.ok_button.click()  # no reason: refused, the dialog says so and stays
    assert dialog.isVisible() and dialog.error.text() == tr("Errors", "Enter the reason for the rejection.")
    assert dialog.error.text() == ("请输入淘汰原因。" if language == "zh_CN" else "Enter the reason for the rejection.")
    dialog.reason.setText("经验不足")
    dialog.ok_button.click()
    assert _texts(page.columns["rejected"]) == ["周二"]

    page.select_candidate(shop["陈一"])
    assert page.hire_button.isEnabled()
    page.hire_button.click()
    dialog = page.dialog
    assert dialog.windowTitle() == ("录用入职 陈一" if language == "zh_CN" else "Hire 陈一")
    assert dialog.salary.text() == "5200.00"
    dialog.hire_date.setDate(to_qdate(date(2026, 12, 10)))
    assert dialog.probation_end.date() == to_qdate(date(2027, 3, 9))  # 3 months by default
    dialog.ok_button.click()  # no employee no.
    assert dialog.isVisible() and dialog.error.text()
    dialog.employee_no.setText("E101")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _texts(page.columns["hired"]) == ["陈一 ★4.00"]
    with factory() as s:
        cand = s.get(Candidate, shop["陈一"])
        emp = s.get(Employee, cand.employee_id)
        assert (emp.employee_no, emp.status, emp.base_salary, emp.probation_end) == (
            "E101", "probation", Decimal("5200.00"), date(2027, 3, 9))
        assert s.query(RoleAssignment).filter_by(employee_id=emp.id).count() == 1
        assert s.get(Position, shop["position"]).state == "closed"
    closed = page.positions_model.row_at(0)
    assert closed.state == "closed"
    assert page.probation_model.rows()[0].employee_no == "P001"  # the new hire is on the probation list too
    assert [r.employee_no for r in page.probation_model.rows()] == ["P001", "E101"]


def test_probation_review_confirms(qtbot, factory, owner, shop, language):
    page = _page(qtbot, factory, owner)
    page.tabs.setCurrentIndex(1)
    assert page.tabs.tabText(1) == ("试用期" if language == "zh_CN" else "Probation")
    assert page.soon_label.text() == ("试用期 1 人，其中 1 人 14 天内到期或已逾期" if language == "zh_CN"
                                      else "1 on probation; 1 ending within 14 days or overdue")
    model = page.probation_model
    state_col = len(model.columns) - 2  # the review's column is last
    assert model.data(model.index(0, state_col)) == ("即将到期" if language == "zh_CN" else "Ends soon")
    person = model.rows()[0]
    page.select_probation(person.employee_id)
    page.review_button.click()
    dialog = page.dialog
    assert dialog.windowTitle() == ("转正评估：赵试用" if language == "zh_CN" else "Probation review: 赵试用")
    assert dialog.outcome.itemText(0) == ("转正，自" if language == "zh_CN" else "Confirm (end probation) from")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("extend"))
    dialog.day.setDate(to_qdate(date(2026, 12, 1)))  # before the current end: refused
    dialog.ok_button.click()
    assert dialog.isVisible() and "2026-12-19" in dialog.error.text()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("confirm"))
    dialog.day.setDate(to_qdate(date(2026, 12, 20)))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert model.rows() == []
    with factory() as s:
        assert s.get(Employee, person.employee_id).status == "active"


def test_staff_do_not_get_the_screen(qtbot, factory, owner, shop):
    from shopteam.services.permissions import RECRUITMENT, can

    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=shop["b"])
    with factory.begin() as s:
        staff = accounts.login(s, username="li", password="secret123").actor
    assert not can(staff, RECRUITMENT)
    page = RecruitmentPage(AppContext(factory=factory, actor=staff, shop_name="测试小店"))
    qtbot.addWidget(page)
    assert page.tabs.count() == 1 and not hasattr(page, "positions_model")


def test_import_and_export_candidates_from_the_page(qtbot, monkeypatch, factory, owner, shop, tmp_path, language):
    import openpyxl
    from openpyxl import load_workbook
    from sqlalchemy import select

    from tests.ui.test_import_wizard import advance, choose, commit

    book = openpyxl.Workbook()
    book.active.append(["候选人（58同城导出）"])
    book.active.append(["姓名", "手机", "来源", "期望薪资"])
    book.active.append(["吴三", "１３３００１３３０００", "58同城", "6.5k"])
    book.active.append(["郑四", "13200132000", "BOSS直聘", "6,000元"])
    book.active.append(["钱五", "123", "BOSS直聘", "6000"])
    path = tmp_path / "58.xlsx"
    book.save(path)
    page = _page(qtbot, factory, owner)
    page.import_button.click()  # rows without 应聘职位 go to the position chosen on the page
    wizard = page.wizard
    assert wizard.position_id == shop["position"]
    choose(monkeypatch, wizard, path, "candidates")
    advance(qtbot, wizard, wizard.PAGE_MAPPING)
    advance(qtbot, wizard, wizard.PAGE_PREVIEW)
    assert wizard.preview.counts["new"] == 2 and wizard.preview.counts["rejected"] == 1
    commit(qtbot, wizard)
    assert _texts(page.columns["screening"]) == ["陈一", "周二"]  # the page alone: no window to tell it
    page.refresh()  # in the window the change signal reloads it (tests/ui/test_changes.py)
    assert _texts(page.columns["screening"]) == ["陈一", "周二", "吴三", "郑四"]
    assert page.message.text() == ("导入了 2 名候选人。" if language == "zh_CN" else "2 candidate(s) imported.")
    with factory() as s:
        wu = s.scalar(select(Candidate).where(Candidate.name == "吴三"))
        assert (wu.phone, wu.expected_salary, wu.position_id) == ("13300133000", Decimal("6500.00"), shop["position"])
    target = tmp_path / "out.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_to(str(target))
    sheet = load_workbook(target).active  # the shop is Chinese: Chinese headers
    assert [c.value for c in sheet[1]][:4] == ["姓名", "电话", "应聘职位", "来源"]
    assert [sheet.cell(r, 1).value for r in range(2, 6)] == ["陈一", "周二", "吴三", "郑四"]
    assert page.message.text() == ("已将 4 名候选人导出到 %1。" if language == "zh_CN"
                                   else "4 candidate(s) exported to %1.").replace("%1", str(target))


def test_the_positions_figures_per_stage_and_source_and_time_to_hire(qtbot, factory, owner, shop, language):
    from shopteam.services.recruitment.recruiting import HireInput

    with factory.begin() as s:
        for stage in ("first_interview", "second_interview", "offer"):
            recruiting.move_stage(s, actor=owner, candidate_id=shop["陈一"], stage=stage)
        recruiting.hire(s, actor=owner, candidate_id=shop["陈一"], data=HireInput(employee_no="K001",
                                                                                 hire_date=date(2026, 12, 8)))
    page = _page(qtbot, factory, owner)
    page.select_position(shop["position"])
    if language == "zh_CN":
        assert page.position_figures.text().splitlines() == [
            "运营专员：候选人 2 名",
            "各阶段：筛选 1 · 初试 0 · 复试 0 · 录用 0 · 入职 1 · 淘汰 0",
            "各来源：58同城 1 人 · BOSS直聘 1 人（入职 1 人）",
            "招聘周期：1 人入职，平均 7.0 天"]
    else:
        assert page.position_figures.text().splitlines() == [
            "运营专员: 2 candidate(s)",
            "Per stage: Screening 1 · First interview 0 · Second interview 0 · Offer 0 · Hired 1 · Rejected 0",
            "Per source: 58同城 1 · BOSS直聘 1 (1 hired)",
            "Time to hire: 7.0 days on average over 1 hire(s)"]
    with factory.begin() as s:  # a second position with nobody hired yet
        other = recruiting.open_position(s, actor=owner, role_id=shop["role"], headcount=1)
    page.refresh()
    page.select_position(other)
    assert page.position_figures.text().splitlines()[-1] == (
        "招聘周期：尚无人入职" if language == "zh_CN" else "Time to hire: nobody hired yet")
