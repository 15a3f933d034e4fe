"""shopteam report probation and report training."""

import json
from datetime import date

import pytest

from shopteam import cli
from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.migrate import upgrade
from shopteam.db.models import Employee
from shopteam.domain import clock
from shopteam.services import accounts


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    clock.set_today(date(2026, 12, 7))
    path = tmp_path / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        accounts.create_shop(s, shop_name="店", owner_username="boss", password="secret123")
        s.add_all([Employee(employee_no="P002", name="钱二", hire_date=date(2026, 11, 1), status="probation",
                            probation_end=date(2027, 1, 31)),
                   Employee(employee_no="P001", name="赵一", hire_date=date(2026, 9, 20), status="probation",
                            probation_end=date(2026, 12, 19)),
                   Employee(employee_no="A001", name="在职", hire_date=date(2025, 1, 1), status="active")])
    engine.dispose()
    return path


def test_report_probation_json_and_text(db, capsys, monkeypatch):
    assert cli.main(["--db", str(db), "report", "probation", "--json"]) == 0
    out, err = capsys.readouterr()
    none = {"assessment": "none", "recommendation": None, "score": None, "grade": None, "decision": None}
    assert json.loads(out) == [
        {"employee_no": "P001", "name": "赵一", "probation_end": "2026-12-19", "review_state": "due", **none},
        {"employee_no": "P002", "name": "钱二", "probation_end": "2027-01-31", "review_state": "pending", **none}]
    assert cli.main(["--db", str(db), "--lang", "zh_CN", "report", "probation"]) == 0
    out, err = capsys.readouterr()
    assert "试用期中：2 人" in out and "P001\t赵一\t2026-12-19\t即将到期\t-" in out


def test_report_probation_shows_the_recommendation_and_the_decision(db, capsys):
    from shopteam.services.context import system_owner
    from shopteam.services.recruitment import assessment, probation

    scores = {"工作任务完成情况": 90, "工作质量与效率": 80, "岗位技能掌握": 85, "学习与适应能力": 70,
              "责任心与主动性": 95, "团队协作与纪律": 60}
    engine = make_engine(f"sqlite:///{db}")
    with make_session_factory(engine).begin() as s:
        ids = {e.employee_no: e.id for e in s.query(Employee)}
        owner = system_owner()
        assessment.recommend(s, actor=owner, employee_id=ids["P001"], scores=scores, recommendation="confirm")
        assessment.recommend(s, actor=owner, employee_id=ids["P002"], scores=dict.fromkeys(scores, 70),
                             recommendation="confirm")
        probation.review(s, actor=owner, employee_id=ids["P002"], outcome="extend", day=date(2027, 2, 28),
                         note="再看看")
    engine.dispose()
    assert cli.main(["--db", str(db), "report", "probation", "--json"]) == 0
    out, _ = capsys.readouterr()
    assert [{k: item[k] for k in ("employee_no", "assessment", "recommendation", "score", "grade", "decision")}
            for item in json.loads(out)] == [
        {"employee_no": "P001", "assessment": "recommended", "recommendation": "confirm", "score": 80.5,
         "grade": "good", "decision": None},
        {"employee_no": "P002", "assessment": "decided", "recommendation": "confirm", "score": 70.0,
         "grade": "pass", "decision": "extend"}]
    assert cli.main(["--db", str(db), "report", "probation"]) == 0
    out, _ = capsys.readouterr()
    assert "P001\t赵一\t2026-12-19\tdue\trecommended: confirmation 80.50" in out
    assert "decided: extension (recommended: confirmation)" in out
    assert cli.main(["--db", str(db), "--lang", "zh_CN", "report", "probation"]) == 0
    out, _ = capsys.readouterr()
    assert "上级建议：转正，评分 80.50" in out and "已决定：延长试用（上级建议：转正）" in out


def test_report_training_json_and_text(db, capsys):
    from shopteam.services.context import system_owner
    from shopteam.services.training import plans

    engine = make_engine(f"sqlite:///{db}")
    with make_session_factory(engine).begin() as s:
        ids = {e.employee_no: e.id for e in s.query(Employee)}
        owner = system_owner()
        plan = plans.create_plan(s, actor=owner, year=2026, topic="新人培训", planned_hours=6)
        first = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 11, 3), hours="2.5", place="会议室")
        second = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 12, 1), hours=3, online=True)
        plans.take_attendance(s, actor=owner, session_id=first, attended={ids["P001"]: True, ids["A001"]: True})
        plans.take_attendance(s, actor=owner, session_id=second, attended={ids["P001"]: True, ids["A001"]: False})
        plans.record_evaluation(s, actor=owner, session_id=first, employee_id=ids["P001"], test_score=80)
        plans.record_evaluation(s, actor=owner, session_id=second, employee_id=ids["P001"], test_score="95.5")
        plans.record_evaluation(s, actor=owner, session_id=first, employee_id=ids["A001"], satisfaction=5)
    engine.dispose()
    assert cli.main(["--db", str(db), "report", "training", "--year", "2026", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [
        {"employee_no": "A001", "name": "在职", "sessions": 1, "hours": "2.50", "average_score": None},
        {"employee_no": "P001", "name": "赵一", "sessions": 2, "hours": "5.50", "average_score": "87.75"},
        {"employee_no": "P002", "name": "钱二", "sessions": 0, "hours": "0.00", "average_score": None}]
    assert cli.main(["--db", str(db), "report", "training", "--json"]) == 0  # this year (2026) by default
    assert len(json.loads(capsys.readouterr()[0])) == 3
    assert cli.main(["--db", str(db), "--lang", "zh_CN", "report", "training", "--year", "2026"]) == 0
    out, err = capsys.readouterr()
    assert "2026 年培训：3 人" in out and "P001\t赵一\t2\t5.50\t87.75" in out and "A001\t在职\t1\t2.50\t-" in out
