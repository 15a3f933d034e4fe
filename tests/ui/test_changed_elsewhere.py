"""Two PCs on one database: the screen that saves second says who changed the record and when, and shows theirs.

PC A is the window under test (the owner's AppContext); PC B is a second engine on the same database file,
where the manager 小林 (user ``lin``) saves first."""

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.models import Employee
from shopteam.db.models.boards import Card
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards.cards import CardInput
from shopteam.services.org import roster
from shopteam.ui.boards.card_dialog import CardDialog
from shopteam.ui.roster.form import StaffForm
from tests.services.test_versions import person_input
from tests.test_translations import chinese  # noqa: F401 - the fixture installing the Chinese translation

B_SAVES = datetime(2026, 12, 7, 2, 5, tzinfo=UTC)


def when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def pc_b(db_url, factory, owner):
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="lin", password="secret123", level="owner")
    engine = make_engine(db_url)
    factory_b = make_session_factory(engine)
    with factory_b.begin() as s:
        lin = accounts.login(s, username="lin", password="secret123").actor
    yield factory_b, lin
    engine.dispose()


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append((a[1], a[2])))
    return shown


def b_changes_the_phone(pc_b, staff_id):
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        mine = roster.get_staff(s, actor=lin, staff_id=staff_id)
        data = person_input(mine)
        data.phone, data.notes = "13911112222", "B 的备注"
        roster.update_staff(s, actor=lin, staff_id=staff_id, data=data, expected_version=mine.version)


def open_form(qtbot, ctx, staff_id) -> StaffForm:
    form = StaffForm(ctx, staff_id)
    qtbot.addWidget(form)
    form.show()
    return form


def save(form):
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_roster_edit_dialog_refuses_names_who_and_when_and_reloads(qtbot, owner_ctx, factory, small_shop, pc_b,
                                                                   warnings):
    form = open_form(qtbot, owner_ctx, small_shop["c"])
    assert form.fields["phone"].text() == "13900000003"
    b_changes_the_phone(pc_b, small_shop["c"])
    form.fields["wechat"].setText("wangwu")
    save(form)
    assert warnings == [("Changed by someone else",
                         f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded.")]
    assert form.isVisible()
    assert (form.fields["phone"].text(), form.fields["notes"].toPlainText(), form.fields["wechat"].text()) == \
        ("13911112222", "B 的备注", "")
    with factory() as s:  # A's WeChat was not written over B's record
        emp = s.get(Employee, small_shop["c"])
        assert (emp.phone, emp.wechat, emp.version) == ("13911112222", "", 2)
    form.fields["wechat"].setText("wangwu")  # saved again over what is now shown: accepted
    save(form)
    assert not form.isVisible() and len(warnings) == 1
    with factory() as s:
        emp = s.get(Employee, small_shop["c"])
        assert (emp.phone, emp.notes, emp.wechat, emp.version) == ("13911112222", "B 的备注", "wangwu", 3)


@pytest.mark.usefixtures("chinese")
def test_roster_edit_dialog_refusal_in_chinese(qtbot, owner_ctx, small_shop, pc_b, warnings):
    form = open_form(qtbot, owner_ctx, small_shop["c"])
    b_changes_the_phone(pc_b, small_shop["c"])
    save(form)
    assert warnings == [("已被他人修改", f"此记录已被 lin 于 {when(B_SAVES)} 修改，已重新载入。")]
    assert form.fields["phone"].text() == "13911112222"


def test_card_dialog_refuses_and_reloads(qtbot, owner_ctx, factory, owner, pc_b):
    with factory.begin() as s:
        board = boards.create_board(s, actor=owner, name="内容", kind="custom")
        card_id = cards.create_card(s, actor=owner, board_id=board, data=CardInput("双十二海报"))
    dialog = CardDialog(owner_ctx, card_id=card_id)
    qtbot.addWidget(dialog)
    dialog.show()
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        cards.update_card(s, actor=lin, card_id=card_id, data=CardInput("双十二海报（终稿）"), version=1)
    dialog.title.setText("海报 A")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert dialog.title.text() == "双十二海报（终稿）" and dialog.detail.version == 2
    with factory() as s:
        assert s.get(Card, card_id).title == "双十二海报（终稿）"
    dialog.title.setText("海报 A")
    dialog.save()
    with factory() as s:
        assert s.get(Card, card_id).title == "海报 A"


def test_department_dialog_refuses_and_reloads(qtbot, owner_ctx, factory, small_shop, pc_b):
    from shopteam.services import org
    from shopteam.ui.org.department_dialog import DepartmentDialog

    with factory() as s:
        shown = next(d for d in org.list_departments(s, actor=owner_ctx.actor) if d.id == small_shop["cs"])
    dialog = DepartmentDialog(owner_ctx, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        org.update_department(s, actor=lin, department_id=shown.id, name="售后客服部", parent_id=None,
                              head_id=small_shop["b"], expected_version=shown.version)
    dialog.name_edit.setText("客服中心")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert (dialog.name_edit.text(), dialog.head_combo.currentData()) == ("售后客服部", small_shop["b"])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # again, over what is shown: accepted
    assert not dialog.isVisible()


def test_goal_dialog_refuses_and_reloads(qtbot, owner_ctx, factory, owner, pc_b):
    from dataclasses import replace

    from shopteam.services.boards import goals
    from shopteam.services.boards.goals import GoalInput
    from shopteam.ui.goals.dialog import GoalDialog

    with factory.begin() as s:
        goal_id = goals.create_goal(s, actor=owner, data=GoalInput(name="全年 GMV", year=2026, target=1000000))
    with factory() as s:
        shown = next(g for g in goals.list_goals(s, actor=owner) if g.id == goal_id)
    dialog = GoalDialog(owner_ctx, goal=shown)
    qtbot.addWidget(dialog)
    dialog.show()
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        goals.update_goal(s, actor=lin, goal_id=goal_id, data=replace(shown.data, target=1200000, notes="上调"),
                          version=shown.version)
    dialog.name.setText("全年 GMV（A）")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert (dialog.name.text(), dialog.target.value(), dialog.notes.toPlainText()) == ("全年 GMV", 1200000, "上调")
    dialog.save()
    assert dialog.saved_id == goal_id


def test_payout_page_does_not_approve_figures_recomputed_elsewhere(qtbot, owner_ctx, factory, owner, pc_b):
    from PySide6.QtCore import Qt

    from shopteam.services.payout import runs as payout
    from shopteam.ui.payout.page import PayoutPage
    from tests.services.payout_shop import MONTH, YEAR, make_month

    make_month(factory, owner)
    page = PayoutPage(owner_ctx)
    qtbot.addWidget(page)
    page.set_month(YEAR, MONTH)
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert page.view.computed_by == "boss"
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # the other PC recomputes after a correction
        payout.compute_run(s, actor=lin, year=YEAR, month=MONTH)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert page.view.state == "draft" and page.view.computed_by == "lin"  # theirs is shown, not approved
    with factory() as s:
        assert payout.get_run(s, actor=owner, year=YEAR, month=MONTH).state == "draft"
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)  # approving what is shown now: done
    assert page.view.locked


def test_appraisal_review_refuses_and_reloads(qtbot, owner_ctx, factory, owner, pc_b):
    from datetime import date

    from shopteam.services.appraisal import cycles as ap
    from shopteam.ui.appraisal.page import AppraisalPage
    from tests.services.appraisal_shop import make_shop

    make_shop(factory, owner)
    today = date.today()
    with factory.begin() as s:
        cycle_id = ap.open_cycle(s, actor=owner, year=today.year, month=today.month)
    page = AppraisalPage(owner_ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    assert page.select_person("E101")
    form = page.form
    with factory() as s:
        row = next(r for r in ap.list_appraisals(s, actor=owner, cycle_id=cycle_id) if r.employee_no == "E101")
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        ap.save_review(s, actor=lin, appraisal_id=row.id, comment="B 的评语", version=row.version)
    form.comment.setPlainText("A 的评语")
    form.save(submit=False)
    assert form.message.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert form.comment.toPlainText() == "B 的评语" and form.detail.row.version == row.version + 1
    form.comment.setPlainText("A 的评语")
    form.save(submit=False)
    assert form.message.text() == "Saved."
    with factory() as s:
        assert ap.get_appraisal(s, actor=owner, appraisal_id=row.id).supervisor_comment == "A 的评语"


def test_staffing_page_refuses_a_change_over_a_plan_changed_elsewhere_and_reloads(qtbot, owner_ctx, factory, owner,
                                                                                  pc_b):
    from PySide6.QtCore import Qt

    from shopteam.services import org
    from shopteam.ui.org.staffing import StaffingPage
    from tests.ui.test_org import table_texts

    with factory.begin() as s:
        ops = org.create_role(s, actor=owner, name="运营专员")
        cs = org.create_role(s, actor=owner, name="客服专员")
        plan_id = org.create_plan(s, actor=owner, name="我的配置")
        org.set_plan_line(s, actor=owner, plan_id=plan_id, role_id=ops, headcount=2)
    page = StaffingPage(owner_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert table_texts(page.table) == [["运营专员", "", "2", "0", "−2"]]
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # the other PC plans three operators
        org.set_plan_line(s, actor=lin, plan_id=plan_id, role_id=ops, headcount=3, expected_version=2)
    page.add_role_combo.setCurrentIndex(page.add_role_combo.findData(cs))
    page.add_count.setValue(4)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    qtbot.waitUntil(lambda: table_texts(page.table) == [["运营专员", "", "3", "0", "−3"]])  # theirs is shown
    assert page.error_label.isVisibleTo(page) and "Planned 3, actual 0" in page.totals.text()
    with factory() as s:
        assert [(g.role_name, g.planned) for g in org.staffing_gap(s, actor=owner, plan_id=plan_id)] == \
            [("运营专员", 3)]
    page.add_role_combo.setCurrentIndex(page.add_role_combo.findData(cs))  # again, over what is shown: saved
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(table_texts(page.table)) == 2)
    assert not page.error_label.isVisibleTo(page)


@pytest.mark.usefixtures("chinese")
def test_staffing_page_refusal_in_chinese(qtbot, owner_ctx, factory, owner, pc_b):
    from PySide6.QtCore import Qt

    from shopteam.services import org
    from shopteam.ui.org.staffing import StaffingPage

    with factory.begin() as s:
        ops = org.create_role(s, actor=owner, name="运营专员")
        plan_id = org.create_plan(s, actor=owner, name="我的配置")
    page = StaffingPage(owner_ctx)
    qtbot.addWidget(page)
    page.refresh()
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        org.set_active_plan(s, actor=lin, plan_id=plan_id)
    page.add_role_combo.setCurrentIndex(page.add_role_combo.findData(ops))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == f"此记录已被 lin 于 {when(B_SAVES)} 修改，已重新载入。"
    qtbot.waitUntil(lambda: page.plan_combo.currentText() == "我的配置（当前使用）")  # theirs: now the active plan
    assert page.model.rowCount() == 0 and not page.active_button.isEnabled()


def test_pattern_dialog_refuses_a_version_saved_elsewhere_and_shows_theirs(qtbot, owner_ctx, factory, small_shop,
                                                                             pc_b):
    from datetime import date, time

    from shopteam.services.attendance import worktime
    from shopteam.ui.attendance.work_rules import WorkRulesDialog
    from shopteam.ui.widgets.dates import to_qdate

    rules = WorkRulesDialog(owner_ctx)
    qtbot.addWidget(rules)
    rules.show()
    tab = rules.patterns_tab
    tab.new_button.click()
    dialog = tab.dialog
    dialog.name.setText("晚班")
    dialog.periods.setText("13:00–22:00")
    dialog.effective_from.setDate(to_qdate(date(2027, 1, 1)))
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # the other PC sets the shop's pattern from that day first
        worktime.save_work_pattern(s, actor=lin, name="白班", weekdays=0b0011111,
                                   periods=[(time(9), time(12)), (time(13), time(18))], is_default=True,
                                   effective_from=date(2027, 1, 1), expected_version=0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert (dialog.name.text(), dialog.periods.text()) == ("白班", "09:00–12:00, 13:00–18:00")
    with factory() as s:
        assert [(p.name, p.version) for p in worktime.list_work_patterns(s)] == [("白班", 1)]
    dialog.name.setText("晚班")  # again, over what is shown now: replaced
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with factory() as s:
        assert [(p.name, p.version) for p in worktime.list_work_patterns(s)] == [("晚班", 2)]


def test_pay_rules_dialog_refuses_rules_saved_elsewhere_and_shows_theirs(qtbot, owner_ctx, factory, pc_b):
    from shopteam.services.payout import rules as payout_rules
    from shopteam.ui.payout.rules_dialog import PayRulesDialog

    dialog = PayRulesDialog(owner_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["late_deduction"].text() == "20.00"
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # the other PC raises the deduction first
        payout_rules.set_shop_rules(s, actor=lin, changes={"late_deduction": "50"}, expected_version=0)
    dialog.edits["full_attendance_bonus"].setText("300")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible()
    assert dialog.error.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert dialog.edits["late_deduction"].text() == "50"  # theirs is shown; A's 300 is not kept
    with factory() as s:
        assert payout_rules.shop_rules(s)["full_attendance_bonus"] != "300"
    dialog.edits["full_attendance_bonus"].setText("300")  # again, over what is shown: saved, theirs kept
    save.click()
    assert not dialog.isVisible()
    with factory() as s:
        stored = payout_rules.shop_rules(s)
    assert (str(stored["late_deduction"]), str(stored["full_attendance_bonus"])) == ("50", "300")


@pytest.mark.usefixtures("chinese")
def test_calendar_tab_refuses_a_day_set_elsewhere_and_shows_theirs_in_chinese(qtbot, owner_ctx, factory, pc_b):
    from datetime import date

    from shopteam.services.attendance import worktime
    from shopteam.ui.attendance.work_rules import WorkRulesDialog

    with clock.frozen(date(2026, 12, 7)):
        rules = WorkRulesDialog(owner_ctx)
        qtbot.addWidget(rules)
        rules.show()
        tab = rules.calendar_tab
        day = date(2026, 12, 26)
        tab.select_day(day)
        factory_b, lin = pc_b
        with clock.frozen(B_SAVES), factory_b.begin() as s:
            worktime.set_calendar_override(s, actor=lin, day=day, kind="workday", note="补班", expected_version=0)
        tab.kind.setCurrentIndex(tab.kind.findData("holiday"))
        tab.note.setText("店休")
        tab.apply_button.click()
        assert tab.message.text() == f"此记录已被 lin 于 {when(B_SAVES)} 修改，已重新载入。"
        assert (tab.selected().override, tab.selected().note, tab.note.text()) == ("workday", "补班", "补班")
        with factory() as s:
            assert next(d for d in worktime.list_calendar(s, year=2026, month=12) if d.day == day).note == "补班"


def test_evaluation_dialog_refuses_an_evaluation_entered_elsewhere_and_shows_theirs(qtbot, owner_ctx, factory, owner,
                                                                                     small_shop, pc_b):
    from datetime import date

    from shopteam.services.training import plans
    from shopteam.ui.training.dialogs import EvaluationDialog

    with factory.begin() as s:
        plan = plans.create_plan(s, actor=owner, year=2026, quarter=4, topic="售前话术", planned_hours="8")
        session_id = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 11, 10), hours=2,
                                          place="会议室")
        plans.take_attendance(s, actor=owner, session_id=session_id, attended={small_shop["a"]: True})
    with factory() as s:
        [shown] = plans.session_attendees(s, actor=owner, session_id=session_id)
    dialog = EvaluationDialog(owner_ctx, session_id, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        plans.record_evaluation(s, actor=lin, session_id=session_id, employee_id=small_shop["a"], test_score=85,
                                comment="B 的评价", expected_version=0)
    dialog.test_score.setText("60")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.text() == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    assert (dialog.test_score.text(), dialog.comment.text()) == ("85.00", "B 的评价")
    dialog.test_score.setText("60")  # again, over what is shown: saved
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    with factory() as s:
        [now] = plans.session_attendees(s, actor=owner, session_id=session_id)
    assert (now.test_score, now.comment, now.evaluation_version) == (60, "B 的评价", 2)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_requests_page_refuses_a_request_decided_on_another_pc_naming_who(qtbot, owner_ctx, factory, owner,
                                                                            small_shop, pc_b, language, request):
    from datetime import date

    from shopteam.services.attendance import requests as attendance
    from shopteam.ui.attendance.requests import RequestsPage

    if language == "zh_CN":
        request.getfixturevalue("chinese")
    with factory.begin() as s:
        leave_id = attendance.request_leave(s, actor=owner, kind="annual", start=date(2026, 9, 7),
                                            end=date(2026, 9, 8), reason="回老家", employee_id=small_shop["a"])
    page = RequestsPage(owner_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.select("leave", leave_id)  # PC A shows it waiting
    factory_b, lin = pc_b
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        attendance.decide_request(s, actor=lin, kind="leave", request_id=leave_id, approve=True, note="好")
    page.reject_button.click()
    assert page.message.text() == {
        "en": f"This request was already approved by lin at {when(B_SAVES)}.",
        "zh_CN": f"该申请已由 lin 于 {when(B_SAVES)} 批准。"}[language]
    assert page.model.rowCount() == 0  # reloaded: nothing waits any more
    with factory() as s:
        [row] = attendance.list_requests(s, actor=owner)
    assert (row.status, row.decided_by, row.decision_note) == ("approved", "lin", "好")
