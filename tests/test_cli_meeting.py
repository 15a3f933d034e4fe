"""shopteam report weekly: each person's summary and plan of a week, from the saved weekly meeting when
there is one, else the prefill from cards and timesheets."""

import json
from datetime import UTC, date, datetime

import pytest

from shopteam import cli
from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.migrate import upgrade
from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import TimesheetEntry
from shopteam.domain import clock
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards.cards import CardInput
from shopteam.services.meetings import meeting as meetings


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    clock.set_today(date(2026, 11, 6))
    path = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        owner = accounts.create_shop(s, shop_name="店", owner_username="boss", password="secret123")
        ops, cs = Department(name="运营部"), Department(name="客服部")
        s.add_all([ops, cs])
        s.flush()
        li = Employee(employee_no="E002", name="小李", department_id=ops.id, hire_date=date(2025, 1, 1))
        zhao = Employee(employee_no="E001", name="小赵", department_id=cs.id, hire_date=date(2025, 1, 1))
        s.add_all([li, zhao])
        s.flush()
        board = boards.create_board(s, actor=owner, name="内容", kind="content", department_id=ops.id)
        done = boards.active_columns(s, board)[-1].id
        card = cards.create_card(s, actor=owner, board_id=board, data=CardInput("双十一主图", assignee_ids=(li.id,)))
        cards.move_card(s, actor=owner, card_id=card, to_column_id=done, to_position=0,
                        now=datetime(2026, 11, 4, 8, tzinfo=UTC))
        cards.create_card(s, actor=owner, board_id=board, data=CardInput(
            "双十二预热文案", due_date=date(2026, 11, 12), assignee_ids=(li.id,)))
        s.add(TimesheetEntry(employee_id=li.id, work_date=date(2026, 11, 3), task="主图", hours=6, status="approved"))
    engine.dispose()
    return path


def test_report_weekly_json_from_the_prefill_then_the_saved_meeting(db, capsys):
    assert cli.main(["--db", str(db), "report", "weekly", "--week", "2026-W45", "--department", "运营部",
                     "--json"]) == 0
    out, _err = capsys.readouterr()
    assert json.loads(out) == [{"employee_no": "E002", "name": "小李",
                                "summary": "本周完成：\n- 双十一主图\n工时：6 小时（已批准）",
                                "plan": "- 双十二预热文案（截止 2026-11-12）"}]
    assert cli.main(["--db", str(db), "report", "weekly", "--week", "2026-W45", "--json"]) == 0
    out, _err = capsys.readouterr()
    assert [p["employee_no"] for p in json.loads(out)] == ["E001", "E002"]  # the shop: everyone

    engine = make_engine(f"sqlite:///{db}")
    factory = make_session_factory(engine)
    with factory.begin() as s:
        owner = accounts.login(s, username="boss", password="secret123").actor
        ops = s.query(Department).filter_by(name="运营部").one().id
        mid = meetings.create_meeting(s, actor=owner, week="2026-W45", department_id=ops)
        (part,) = meetings.read_meeting(s, actor=owner, meeting_id=mid).parts
        meetings.edit_part(s, actor=owner, part_id=part.id, summary="主图全部上线", plan="写文案")
    engine.dispose()
    assert cli.main(["--db", str(db), "report", "weekly", "--week", "2026w45", "--department", "运营部",
                     "--json"]) == 0
    out, _err = capsys.readouterr()
    assert json.loads(out) == [{"employee_no": "E002", "name": "小李", "summary": "主图全部上线", "plan": "写文案"}]
    assert cli.main(["--db", str(db), "--lang", "zh_CN", "report", "weekly", "--week", "2026-W45",
                     "--department", "运营部"]) == 0
    out, _err = capsys.readouterr()
    assert "2026-W45 周报：1 人" in out and "E002\t小李" in out and "  本周: 主图全部上线" in out


def test_report_weekly_needs_a_week_and_a_known_department(db, capsys):
    assert cli.main(["--db", str(db), "report", "weekly", "--json"]) == 1
    out, _err = capsys.readouterr()
    assert json.loads(out)["error"]["code"] == "usage"
    assert cli.main(["--db", str(db), "report", "weekly", "--week", "2026-W45", "--department", "没有", "--json"]) != 0
    out, _err = capsys.readouterr()
    assert json.loads(out)["error"]["code"] == "not_found"
    assert cli.main(["--db", str(db), "report", "weekly", "--week", "W45", "--json"]) != 0
    out, _err = capsys.readouterr()
    assert json.loads(out)["error"]["code"] == "week"
