"""shopteam report probation."""

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
    assert json.loads(out) == [
        {"employee_no": "P001", "name": "赵一", "probation_end": "2026-12-19", "review_state": "due"},
        {"employee_no": "P002", "name": "钱二", "probation_end": "2027-01-31", "review_state": "pending"}]
    assert cli.main(["--db", str(db), "--lang", "zh_CN", "report", "probation"]) == 0
    out, err = capsys.readouterr()
    assert "试用期中：2 人" in out and "P001\t赵一\t2026-12-19\t即将到期" in out
