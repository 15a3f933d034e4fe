"""Cards to Excel and back: the round trip gives the same cards; bad rows are named; the weekly report."""

from datetime import date

import pytest
from openpyxl import load_workbook

from shopteam.db.models import Department, Employee
from shopteam.domain.errors import ValidationError
from shopteam.io import card_sheet
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards, goals
from shopteam.services.boards import transfer as card_transfer
from shopteam.services.boards.cards import CardInput
from shopteam.services.boards.goals import GoalInput


@pytest.fixture
def board_with_cards(factory, owner):
    with factory.begin() as s:
        dep = Department(name="运营部")
        s.add(dep)
        s.flush()
        people = []
        for no, name in (("E001", "小李"), ("E002", "小张")):
            emp = Employee(employee_no=no, name=name, department_id=dep.id, hire_date=date(2025, 1, 1))
            s.add(emp)
            s.flush()
            people.append(emp.id)
        goal = goals.create_goal(s, actor=owner, data=GoalInput("双十一销售额", 2026, target=100))
        board = boards.create_board(s, actor=owner, name="内容", kind="content")
        cols = [c.id for c in boards.active_columns(s, board)]
        a = cards.create_card(s, actor=owner, board_id=board, column_id=cols[1], data=CardInput(
            "=SUM(A1) 不是公式", description="第一行\n第二行", priority=3, tags=("双十一", "直播"),
            start_date=date(2026, 10, 1), due_date=date(2026, 10, 20), estimate_hours=2.5, goal_id=goal,
            assignee_ids=tuple(people)))
        cards.add_checklist_item(s, actor=owner, card_id=a, text="写脚本")
        item = cards.add_checklist_item(s, actor=owner, card_id=a, text="拍摄")
        cards.set_checklist_done(s, actor=owner, item_id=item, done=True)
        cards.create_card(s, actor=owner, board_id=board, data=CardInput("选题会", priority=0))
        cards.create_card(s, actor=owner, board_id=board, column_id=cols[-1], data=CardInput("已发布", assignee_ids=(people[1],)))
        cards.create_card(s, actor=owner, board_id=board, column_id=cols[1], data=CardInput("第二张", due_date=date(2026, 11, 1)))
    return board


def test_round_trip_into_an_empty_board_gives_the_same_cards(factory, owner, board_with_cards, tmp_path):
    path = tmp_path / "cards.xlsx"
    with factory() as s:
        assert card_transfer.export_cards(s, actor=owner, board_id=board_with_cards, path=path) == 4
        before = card_transfer.board_card_rows(s, actor=owner, board_id=board_with_cards)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]][:3] == ["任务", "阶段", "负责人"]
    assert sheet["A3"].data_type == "s" and sheet["A3"].value == "=SUM(A1) 不是公式"
    with factory.begin() as s:
        empty = boards.create_board(s, actor=owner, name="空看板", kind="content")
        result = card_transfer.import_cards(s, actor=owner, board_id=empty, path=path)
        assert result.created == 4
    with factory() as s:
        after = card_transfer.board_card_rows(s, actor=owner, board_id=empty)
    assert after == before
    assert before[1]["checklist"] == [("写脚本", False), ("拍摄", True)]
    assert before[1]["assignees"] == [("E001", "小李"), ("E002", "小张")]


def test_english_headers_and_bad_rows(factory, owner, board_with_cards, tmp_path):
    path = tmp_path / "en.xlsx"
    card_sheet.write_cards_xlsx(path, [{"title": "A", "column": "策划", "priority": 2},
                                      {"title": "B", "column": "没有这列"}], language="en")
    with factory() as s, pytest.raises(ValidationError, match="Row 3: the board has no column 没有这列"):
        card_transfer.import_cards(s, actor=owner, board_id=board_with_cards, path=path)
    path2 = tmp_path / "people.xlsx"
    card_sheet.write_cards_xlsx(path2, [{"title": "A", "assignees": [("E999", "不存在")]}])
    with factory() as s, pytest.raises(ValidationError, match="no staff record"):
        card_transfer.import_cards(s, actor=owner, board_id=board_with_cards, path=path2)


def test_weekly_report_workbook(factory, owner, board_with_cards, tmp_path):
    path = tmp_path / "weekly.xlsx"
    with factory() as s:
        people = card_transfer.export_weekly(s, actor=owner, week_of=date(2026, 10, 14), path=path)
    assert people == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("工号", "姓名", "部门", "类别")
    planned = [r for r in rows[1:] if r[3] == "下周计划"]
    assert {(r[0], r[6]) for r in planned} == {("E001", "=SUM(A1) 不是公式"), ("E002", "=SUM(A1) 不是公式")}
