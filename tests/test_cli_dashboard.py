"""`shopteam report dashboard --month YYYY-MM --json` prints the home screen's figures (services/dashboard)."""

from __future__ import annotations

import json

import pytest

from shopteam import cli
from shopteam.domain import clock
from tests.services.dashboard_shop import TODAY, make_dashboard_shop


def run(capsys, *argv):
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def shop(factory, owner):
    with clock.frozen(TODAY):
        yield make_dashboard_shop(factory)


def test_the_figures_as_json(db_url, capsys, shop):
    status, out, err = run(capsys, "report", "dashboard", "--month", "2026-11", "--json", "--db", db_url)
    assert status == 0, err
    data = json.loads(out)
    assert (data["headcount"], data["joiners"], data["leavers"]) == (4, 2, 1)
    assert (data["open_tasks"], data["overdue_tasks"]) == (4, 2)
    assert data["attendance_exceptions"] == {"late": 2, "missing_punches": 1, "absence_days": 1}
    assert data["pending_approvals"] == {"leave": 1, "overtime": 1, "correction": 1, "timesheet": 1}
    assert data["appraisal_progress"] == {"finalised": 1, "self_assessment": 2, "supervisor_review": 1}
    assert data["payout_status"] == "not_computed"
    assert [b["kind"] for b in data["month_end_blockers"]] == [
        "not_computed", *["pending_request"] * 3, *["unfinalised_appraisal"] * 3]


def test_the_figures_in_chinese(db_url, capsys, shop):
    status, out, err = run(capsys, "--lang", "zh_CN", "report", "dashboard", "--month", "2026-11", "--db", db_url)
    assert status == 0, err
    assert "在职 4 人（入职 2，离职 1）" in out
    assert "未完成任务 4，已逾期 2" in out
    assert "考勤异常：迟到 2 次，缺卡 1 次，旷工 1 天" in out
    assert "月结：尚有 7 项未完成" in out
