"""The training screen's new actions, in English and Chinese: a plan and a session edited through their dialogs,
a session with attendance refused deletion with the reason (one without deleted after the question), rewards
and penalties booked from the results through their dialog, and the sign-in sheet PDF and the year's workbook
written through ui/widgets/export."""

from __future__ import annotations

from datetime import date

import openpyxl
from sqlalchemy import select

from shopteam.db.models.appraisal import LedgerEntry
from shopteam.domain import clock
from shopteam.services.training import plans
from shopteam.ui.context import AppContext
from shopteam.ui.training.page import TrainingPage
from tests.pdf_text import fonts, page_texts

TODAY = date(2026, 12, 7)


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _ok(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def _setup(factory, owner, small_shop) -> dict:
    clock.set_today(TODAY)
    with factory.begin() as s:
        plan = plans.create_plan(s, actor=owner, year=2026, topic="售后流程", planned_hours=4)
        held = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 11, 20), hours=2, trainer="张三",
                                    place="会议室")
        coming = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 12, 20), hours=1, online=True)
        plans.take_attendance(s, actor=owner, session_id=held, attended={small_shop["b"]: True, small_shop["c"]: True})
        plans.record_evaluation(s, actor=owner, session_id=held, employee_id=small_shop["b"], test_score=90,
                                passed=True)
        plans.record_evaluation(s, actor=owner, session_id=held, employee_id=small_shop["c"], test_score=40,
                                passed=False)
    return {"plan": plan, "held": held, "coming": coming}


def test_edit_delete_and_rewards_from_results(qtbot, factory, owner, small_shop, language, monkeypatch):
    t = _setup(factory, owner, small_shop)
    zh = language == "zh_CN"
    page = TrainingPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    assert page.sign_in_button.text() == ("签到表（PDF）…" if zh else "Sign-in sheet (PDF)…")

    page.edit_plan_button.click()
    dialog = page.dialog
    assert dialog.topic.text() == "售后流程" and dialog.planned_hours.text() == "4"
    dialog.topic.setText("售后流程进阶")
    dialog.planned_hours.setText("6")
    _ok(dialog)
    assert not dialog.isVisible()
    assert _cells(page.plans_model)[0][2:5] == ["售后流程进阶", "", "6.00"]

    page.select_session(t["held"])
    page.edit_session_button.click()
    dialog = page.dialog
    assert (dialog.hours.text(), dialog.trainer.text(), dialog.place.text()) == ("2", "张三", "会议室")
    dialog.trainer.setText("李老师")
    _ok(dialog)
    assert not dialog.isVisible()
    assert _cells(page.sessions_model)[1][:3] == ["2026-11-20", "李老师", "会议室"]

    asked = []
    monkeypatch.setattr(page, "_confirm", lambda title, text: asked.append(text) or True)
    page.select_session(t["held"])
    page.delete_session_button.click()  # attendance taken: refused with the reason, no question asked
    assert asked == [] and page.sessions_model.rowCount() == 2
    assert page.error.text() == ("2026-11-20 的场次不能删除：已登记签到（名单 2 人），这些记录是员工的培训档案。" if zh else
                                 "The session on 2026-11-20 cannot be deleted: attendance has been taken (2 on the "
                                 "list). Those records are the people's training record.")
    page.select_session(t["coming"])
    page.delete_session_button.click()
    assert len(asked) == 1 and "2026-12-20" in asked[0]
    assert [row[5] for row in _cells(page.sessions_model)] == [str(t["held"])]

    page.select_session(t["held"])
    assert page.results_button.isEnabled()
    page.results_button.click()
    dialog = page.dialog
    assert dialog.summary.text() == ("通过：1 人 · 未通过：1 人 · 已记入奖惩：0 人" if zh else
                                     "Passed: 1 · not passed: 1 · already in the ledger: 0")
    _ok(dialog)  # nothing entered: refused with the reason
    assert dialog.isVisible() and dialog.error.text() == (
        "请填写通过的奖励或未通过的处罚。" if zh else "Enter the reward for a pass or the penalty for a fail.")
    dialog.reward_amount.setText("30")
    dialog.penalty_amount.setText("10.50")
    dialog.penalty_points.setText("1")
    _ok(dialog)
    assert not dialog.isVisible()
    assert page.status.text() == ("已记入奖惩记录：奖励 1 人，处罚 1 人；0 人此前已记录。" if zh else
                                  "Recorded in the reward/penalty ledger: 1 reward(s), 1 penalty(ies); 0 already there.")
    with factory() as s:
        entries = [(e.employee_id, e.kind, e.amount, e.points, e.reason) for e in s.scalars(select(LedgerEntry))]
    assert sorted(entries) == sorted([
        (small_shop["b"], "bonus", 30, None, "培训考核通过：售后流程进阶"),
        (small_shop["c"], "fine", 10.5, -1, "培训考核未通过：售后流程进阶")])
    page.results_button.click()  # again: both already booked
    assert page.dialog.summary.text().endswith("已记入奖惩：2 人" if zh else "already in the ledger: 2")


def test_sign_in_sheet_and_workbook_from_the_page(qtbot, factory, owner, small_shop, language, tmp_path,
                                                  monkeypatch):
    monkeypatch.setenv("SHOPTEAM_LANG", language)  # the files speak the window's language
    t = _setup(factory, owner, small_shop)
    zh = language == "zh_CN"
    page = TrainingPage(AppContext(factory=factory, actor=owner, shop_name="测试小店"))
    qtbot.addWidget(page)
    page.show()
    page.select_session(t["held"])
    pdf = tmp_path / "sign-in.pdf"
    page.export_sign_in(str(pdf))
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20000)
    assert page.status.text() == (f"签到表已生成：{pdf}（名单 2 人）。" if zh else
                                  f"Sign-in sheet written: {pdf} (2 people listed).")
    (text,) = page_texts(pdf)
    assert all(name in text for name in ("李四", "王五", "售后流程", "客服部"))
    assert "E001" not in text and "E002" in text  # only the list (张三 is the trainer here)
    assert all(embedded for _name, embedded in fonts(pdf))
    assert ("签到" in text) if zh else ("Signature" in " ".join(text.split()))

    page.tabs.setCurrentWidget(page.report_tab)
    book_path = tmp_path / "training.xlsx"
    page.export_workbook(str(book_path))
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20000)
    assert page.report_status.text().startswith("已写入：" if zh else "Written: ")
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == (["计划", "场次", "培训记录"] if zh else ["Plans", "Sessions", "Records"])
    records = [tuple(c.value for c in row) for row in book.worksheets[2].iter_rows(min_row=2)]
    assert [(r[1], r[3], r[4], r[5]) for r in records] == [("E001", 0, 0, None), ("E002", 1, 2, 90),
                                                           ("E003", 1, 2, 40)]
