"""The weekly meeting (周例会): the prefill from cards and timesheets, who may edit which part, action items
that become cards, the search and the audit records."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from shopteam.db.models import AuditLog, Department, Employee
from shopteam.db.models.attendance import TimesheetEntry
from shopteam.db.models.boards import Card, card_assignee
from shopteam.domain import clock
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.domain.meetings import week_label, week_start
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards.cards import CardInput
from shopteam.services.meetings import meeting as meetings
from shopteam.services.meetings.prefill import weekly_parts

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the search ignores case on both.
pytestmark = pytest.mark.both_backends

TODAY = date(2026, 11, 6)  # Friday of 2026-W45 (2–8 November)
WEEK = "2026-W45"


@pytest.fixture
def shop(factory, owner):
    """运营部 (head 王经理) with 小李 and 小张, 客服部 with 小赵; accounts for the manager, 小李 and 小张; a
    content board of 运营部 with: a card 小李 finished on Wednesday, one due next week, one due next month;
    approved timesheet hours of 小李 (and a pending entry that does not count)."""
    clock.set_today(TODAY)
    with factory.begin() as s:
        ops, cs = Department(name="运营部"), Department(name="客服部")
        s.add_all([ops, cs])
        s.flush()
        people = {}
        for key, no, name, dep in (("mgr", "E001", "王经理", ops), ("li", "E002", "小李", ops),
                                   ("zhang", "E003", "小张", ops), ("zhao", "E004", "小赵", cs)):
            emp = Employee(employee_no=no, name=name, department_id=dep.id, hire_date=date(2025, 1, 1))
            s.add(emp)
            s.flush()
            people[key] = emp.id
        ops.head_id = people["mgr"]
        for username, level, key in (("wang", "manager", "mgr"), ("li", "staff", "li"), ("zhang", "staff", "zhang")):
            accounts.create_account(s, actor=owner, username=username, password="secret123", level=level,
                                    employee_id=people[key])
        board = boards.create_board(s, actor=owner, name="内容", kind="content", department_id=ops.id)
        done = boards.active_columns(s, board)[-1].id
        finished = cards.create_card(s, actor=owner, board_id=board, data=CardInput("双十一主图", assignee_ids=(
            people["li"],)), now=datetime(2026, 11, 2, 2, tzinfo=UTC))
        cards.move_card(s, actor=owner, card_id=finished, to_column_id=done, to_position=0,
                        now=datetime(2026, 11, 4, 8, tzinfo=UTC))
        cards.create_card(s, actor=owner, board_id=board, data=CardInput(
            "双十二预热文案", due_date=date(2026, 11, 12), assignee_ids=(people["li"],)))
        cards.create_card(s, actor=owner, board_id=board, data=CardInput(
            "年货节策划", due_date=date(2026, 12, 20), assignee_ids=(people["li"],)))
        for day, hours, overtime, status in ((date(2026, 11, 2), 8, 0, "approved"), (date(2026, 11, 3), 7.5, 2,
                                             "approved"), (date(2026, 11, 4), 8, 0, "pending"),
                                             (date(2026, 10, 30), 8, 0, "approved")):
            s.add(TimesheetEntry(employee_id=people["li"], work_date=day, task="主图", hours=hours,
                                 overtime_hours=overtime, status=status))
    with factory.begin() as s:
        actors = {f"{name}_actor": accounts.login(s, username=name, password="secret123").actor
                  for name in ("wang", "li", "zhang")}
    return {**people, "ops": ops.id, "cs": cs.id, "board": board, "finished": finished, **actors}


def _audits(s, entity, action=None):
    query = select(AuditLog).where(AuditLog.entity == entity)
    if action:
        query = query.where(AuditLog.action == action)
    return list(s.scalars(query.order_by(AuditLog.id)))


def _part(detail, employee_id):
    return next(p for p in detail.parts if p.employee_id == employee_id)


def test_iso_weeks():
    assert week_start("2026-W45") == date(2026, 11, 2)
    assert week_label(date(2026, 11, 8)) == "2026-W45" and week_label(date(2026, 11, 9)) == "2026-W46"
    assert week_start("2026w1") == date(2025, 12, 29)  # the ISO week of 1 January may start in December
    for bad in ("2026-W54", "W45", "2026-45", ""):
        with pytest.raises(ValidationError) as err:
            week_start(bad)
        assert err.value.code == "week"


def test_create_prefills_from_done_cards_and_approved_hours(factory, owner, shop):
    with factory.begin() as s:
        mid = meetings.create_meeting(s, actor=shop["wang_actor"], week="2026-w45", department_id=shop["ops"])
    with factory() as s:
        detail = meetings.read_meeting(s, actor=owner, meeting_id=mid)
        assert (detail.week, detail.department, detail.held_on) == (WEEK, "运营部", TODAY)
        assert [p.name for p in detail.parts] == ["王经理", "小李", "小张"]  # 客服部's 小赵 is not in it
        li = _part(detail, shop["li"])
        assert li.summary == "本周完成：\n- 双十一主图\n工时：15.5 小时（已批准），其中加班 2 小时"
        assert li.plan == "- 双十二预热文案（截止 2026-11-12）"  # next month's card is not next week's plan
        assert li.attended is True
        zhang = _part(detail, shop["zhang"])
        assert (zhang.summary, zhang.plan) == ("本周无已完成任务", "下周暂无到期任务")
        (record,) = _audits(s, "meeting", "create")
        assert record.summary.startswith('{"code": "meeting_department"') and "运营部" in record.summary


def test_one_meeting_per_week_and_department_and_the_shops_for_the_owner(factory, owner, shop):
    with factory.begin() as s:
        meetings.create_meeting(s, actor=owner, week=WEEK)
        shop_meeting = meetings.find_meeting(s, week=WEEK)
        assert len(meetings.read_meeting(s, actor=owner, meeting_id=shop_meeting).parts) == 4
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        meetings.create_meeting(s, actor=owner, week="2026-W45")
    assert err.value.code == "meeting_exists"
    for actor, department in ((shop["wang_actor"], None), (shop["wang_actor"], shop["cs"]),
                              (shop["li_actor"], shop["ops"])):
        with pytest.raises(PermissionDenied), factory.begin() as s:
            meetings.create_meeting(s, actor=actor, week=WEEK, department_id=department)


def test_staff_edit_only_their_own_part_managers_their_departments(factory, owner, shop):
    with factory.begin() as s:
        mid = meetings.create_meeting(s, actor=shop["wang_actor"], week=WEEK, department_id=shop["ops"])
        detail = meetings.read_meeting(s, actor=shop["li_actor"], meeting_id=mid)
        assert [p.can_edit for p in detail.parts] == [False, True, False] and detail.can_hold is False
        li, zhang = _part(detail, shop["li"]).id, _part(detail, shop["zhang"]).id
        meetings.edit_part(s, actor=shop["li_actor"], part_id=li, summary="  主图做完了 ", plan="写双十二文案")
    with pytest.raises(PermissionDenied), factory.begin() as s:
        meetings.edit_part(s, actor=shop["li_actor"], part_id=zhang, summary="替小张写")
    with pytest.raises(PermissionDenied), factory.begin() as s:
        meetings.set_attended(s, actor=shop["li_actor"], part_id=li, attended=False)
    with factory.begin() as s:
        meetings.edit_part(s, actor=shop["wang_actor"], part_id=zhang, plan="上架新品")
        meetings.set_attended(s, actor=shop["wang_actor"], part_id=zhang, attended=False)
        meetings.edit_part(s, actor=owner, part_id=li, plan="写双十二文案；复盘")
    with factory() as s:
        detail = meetings.read_meeting(s, actor=owner, meeting_id=mid)
        assert (_part(detail, shop["li"]).summary, _part(detail, shop["li"]).plan) == ("主图做完了", "写双十二文案；复盘")
        assert (_part(detail, shop["zhang"]).plan, _part(detail, shop["zhang"]).attended) == ("上架新品", False)
        edits = _audits(s, "meeting_part", "update")
        assert [e.username for e in edits] == ["li", "wang", "wang", "boss"]
        assert '"code": "meeting_attendance"' in edits[2].summary and '"state": "absent"' in edits[2].summary
        assert '"summary": "主图做完了"' in edits[0].after


def test_action_item_becomes_exactly_one_card_with_owner_and_due_date(factory, owner, shop):
    with factory.begin() as s:
        mid = meetings.create_meeting(s, actor=shop["wang_actor"], week=WEEK, department_id=shop["ops"])
        before = s.scalar(select(func.count()).select_from(Card))
        action = meetings.add_action(s, actor=shop["wang_actor"], meeting_id=mid, text="整理差评原因", owner_id=shop["zhang"],
                                     due_date=date(2026, 11, 13), board_id=shop["board"])
        assert s.scalar(select(func.count()).select_from(Card)) == before + 1
        (row,) = meetings.read_meeting(s, actor=owner, meeting_id=mid).actions
        card = s.get(Card, row.card_id)
        assert (row.id, row.owner, row.board, row.due_date) == (action, "E003 小张", "内容", date(2026, 11, 13))
        assert (card.title, card.due_date, card.board_id) == ("整理差评原因", date(2026, 11, 13), shop["board"])
        assert list(s.scalars(select(card_assignee.c.employee_id).where(card_assignee.c.card_id == card.id))) == \
            [shop["zhang"]]
        assert "2026-W45" in card.description
    with pytest.raises(ValidationError) as err, factory.begin() as s:  # once only
        meetings.make_card(s, actor=shop["wang_actor"], action_id=action)
    assert err.value.code == "action_has_card"
    with factory.begin() as s:  # an action item without a board becomes a card later
        later = meetings.add_action(s, actor=owner, meeting_id=mid, text="核对库存", owner_id=shop["li"])
        with pytest.raises(ValidationError):
            meetings.make_card(s, actor=owner, action_id=later)
        meetings.make_card(s, actor=owner, action_id=later, board_id=shop["board"])
        assert s.scalar(select(func.count()).select_from(Card)) == before + 2
        codes = [a.summary.split('"code": "')[1].split('"')[0] for a in _audits(s, "meeting_action")]
        assert codes == ["meeting_action", "meeting_action_card", "meeting_action", "meeting_action_card"]
        assert len(_audits(s, "card", "create")) == 3 + 2
    with pytest.raises(PermissionDenied), factory.begin() as s:
        meetings.add_action(s, actor=shop["li_actor"], meeting_id=mid, text="x", owner_id=shop["li"])


def test_issues_decisions_notes_and_search(factory, owner, shop):
    with factory.begin() as s:
        ops = meetings.create_meeting(s, actor=shop["wang_actor"], week=WEEK, department_id=shop["ops"])
        cs = meetings.create_meeting(s, actor=owner, week=WEEK, department_id=shop["cs"])
        older = meetings.create_meeting(s, actor=owner, week="2026-W44", department_id=shop["ops"])
        meetings.add_item(s, actor=shop["wang_actor"], meeting_id=ops, kind="issue", text="主图点击率下降")
        meetings.add_item(s, actor=shop["wang_actor"], meeting_id=ops, kind="decision", text="双十二主推 A 款")
        gone = meetings.add_item(s, actor=shop["wang_actor"], meeting_id=ops, kind="risk", text="库存不足")
        meetings.remove_item(s, actor=shop["wang_actor"], item_id=gone)
        meetings.set_notes(s, actor=owner, meeting_id=cs, notes="Response time OK")
        with pytest.raises(ValidationError):
            meetings.add_item(s, actor=owner, meeting_id=ops, kind="gossip", text="x")
        with pytest.raises(PermissionDenied):
            meetings.add_item(s, actor=shop["wang_actor"], meeting_id=cs, kind="issue", text="不是我的部门")
    with factory() as s:
        detail = meetings.read_meeting(s, actor=shop["wang_actor"], meeting_id=ops)
        assert [(i.kind, i.text) for i in detail.items] == [("issue", "主图点击率下降"), ("decision", "双十二主推 A 款")]
        assert [m.id for m in meetings.list_meetings(s, actor=owner)] == [cs, ops, older]
        assert [m.id for m in meetings.list_meetings(s, actor=owner, week="2026-W44")] == [older]
        assert [m.id for m in meetings.list_meetings(s, actor=owner, department_id=shop["cs"])] == [cs]
        assert [m.id for m in meetings.list_meetings(s, actor=owner, text="主推")] == [ops]
        assert [m.id for m in meetings.list_meetings(s, actor=owner, text="response")] == [cs]  # any case
        assert [m.id for m in meetings.list_meetings(s, actor=owner, text="双十二预热")] == [ops]  # in a plan
        assert [m.id for m in meetings.list_meetings(s, actor=shop["wang_actor"])] == [ops, older]
        assert [m.id for m in meetings.list_meetings(s, actor=shop["li_actor"])] == [ops, older]  # has a part
        (row,) = meetings.list_meetings(s, actor=owner, department_id=shop["cs"])
        assert (row.department, row.people, row.attended) == ("客服部", 1, 1)
        with pytest.raises(PermissionDenied):
            meetings.read_meeting(s, actor=shop["li_actor"], meeting_id=cs)
        assert [a.action for a in _audits(s, "meeting_item")] == ["create", "create", "create", "delete"]


def test_weekly_parts_from_the_saved_meeting_else_the_prefill(factory, owner, shop):
    with factory.begin() as s:
        prefilled = {p.employee_no: p for p in weekly_parts(s, actor=owner, week=WEEK, department_id=shop["ops"])}
        assert prefilled["E002"].summary.startswith("本周完成：\n- 双十一主图") and prefilled["E002"].attended is None
        mid = meetings.create_meeting(s, actor=owner, week=WEEK, department_id=shop["ops"])
        part = _part(meetings.read_meeting(s, actor=owner, meeting_id=mid), shop["li"])
        meetings.edit_part(s, actor=owner, part_id=part.id, summary="改过的总结")
        saved = {p.employee_no: p.as_dict() for p in weekly_parts(s, actor=owner, week=WEEK, department_id=shop["ops"])}
        assert saved["E002"] == {"employee_no": "E002", "name": "小李", "summary": "改过的总结",
                                 "plan": "- 双十二预热文案（截止 2026-11-12）"}
        assert [p.employee_no for p in weekly_parts(s, actor=shop["li_actor"], week=WEEK, department_id=shop["ops"])] == \
            ["E002"]


def test_export_the_meeting_record_with_chinese_headers(factory, owner, shop, tmp_path):
    from openpyxl import load_workbook

    from shopteam.services.meetings.exports import export_meeting

    with factory.begin() as s:
        mid = meetings.create_meeting(s, actor=owner, week=WEEK, department_id=shop["ops"])
        meetings.add_item(s, actor=owner, meeting_id=mid, kind="decision", text="=主推 A 款")
        meetings.add_action(s, actor=owner, meeting_id=mid, text="整理差评", owner_id=shop["zhang"],
                            due_date=date(2026, 11, 13), board_id=shop["board"])
        meetings.set_notes(s, actor=owner, meeting_id=mid, notes="准时开始")
        path = export_meeting(s, actor=owner, meeting_id=mid, path=tmp_path / "周例会.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["个人汇报", "问题与决议", "待办事项"]
    parts = book["个人汇报"]
    assert parts["A1"].value == "2026-W45 运营部周例会（2026-11-06）"
    assert [c.value for c in parts[2]] == ["工号", "姓名", "部门", "出席", "本周总结", "下周计划"]
    assert [c.value for c in parts[4]][:4] == ["E002", "小李", "运营部", "是"]
    assert parts["E4"].value.startswith("本周完成：\n- 双十一主图") and parts["A7"].value == "会议记录：准时开始"
    assert [c.value for c in book["问题与决议"][3]] == ["决议", "=主推 A 款"]  # text, not a formula
    row = [c.value for c in book["待办事项"][3]]
    assert row[:2] == ["整理差评", "E003 小张"] and row[2].date() == date(2026, 11, 13) and row[3] == "内容"
