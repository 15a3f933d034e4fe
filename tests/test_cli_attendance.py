"""`shopteam import roster` + `import attendance` + `report attendance --json` give the expected month."""

from __future__ import annotations

import json

import openpyxl
import pytest

from shopteam import cli
from shopteam.domain.attendance import SUMMARY_KEYS
from tests.conftest import SAMPLE_DATA

ATTENDANCE = SAMPLE_DATA / "attendance"
EXPECTED = json.loads((ATTENDANCE / "expected_2026-09.json").read_text(encoding="utf-8"))


def run(capsys, *argv):
    status = cli.main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize("filename", ["dingtalk_daily_2026-09.xlsx", "wecom_detail_2026-09.xlsx",
                                      "punch_gbk_2026-09.csv"])
def test_import_and_report(db_url, capsys, filename):
    status, out, _ = run(capsys, "import", "roster", str(ATTENDANCE / "roster_foreign.xlsx"), "--db", db_url,
                         "--json")
    assert status == 0 and json.loads(out)["inserted"] == 12
    status, out, _ = run(capsys, "import", "attendance", str(ATTENDANCE / filename), "--db", db_url)
    assert status == 0 and "inserted" in out and "rejected" in out
    if filename.startswith("dingtalk"):
        assert "Row 364, Employee no.:" in out and "Z999" in out
    status, out, _ = run(capsys, "import", "attendance", str(ATTENDANCE / filename), "--db", db_url, "--json")
    again = json.loads(out)
    assert again["inserted"] == 0 and again["skipped"] > 200
    status, out, _ = run(capsys, "report", "attendance", "--month", "2026-09", "--json", "--db", db_url)
    assert status == 0
    report = json.loads(out)
    assert all(tuple(item) == (*SUMMARY_KEYS, "counted_until") for item in report)
    by_no = {item["employee_no"]: item for item in report}
    assert set(by_no) == set(EXPECTED["staff"])
    for number, expected in EXPECTED["staff"].items():
        assert {k: by_no[number][k] for k in expected} == expected


def test_export_template_and_errors(db_url, capsys, tmp_path):
    run(capsys, "import", "roster", str(ATTENDANCE / "roster_foreign.xlsx"), "--db", db_url)
    run(capsys, "import", "attendance", str(ATTENDANCE / "punch_gbk_2026-09.csv"), "--db", db_url)
    out_file = tmp_path / "september.xlsx"
    status, _, _ = run(capsys, "export", "attendance", "--month", "2026-09", "--out", str(out_file), "--db", db_url,
                       "--lang", "zh_CN")
    assert status == 0
    sheet = openpyxl.load_workbook(out_file).active
    assert sheet["A1"].value == "工号" and sheet.max_row == 13
    status, _, _ = run(capsys, "export", "roster", "--out", str(tmp_path / "roster.xlsx"), "--db", db_url)
    assert status == 0
    status, _, _ = run(capsys, "template", "timesheet", "--out", str(tmp_path / "t.xlsx"), "--db", db_url)
    assert status == 0 and (tmp_path / "t.xlsx").exists()
    status, _, err = run(capsys, "report", "attendance", "--month", "2026-13", "--db", db_url)
    assert status != 0 and err.count("\n") == 1 and "2026-09" in err
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a workbook")
    status, _, err = run(capsys, "import", "attendance", str(bad), "--db", db_url)
    assert status == 1 and err.startswith("shopteam: error:") and "PDF" in err


def test_report_of_a_month_in_progress_says_to_date(db_url, capsys, monkeypatch):
    run(capsys, "import", "roster", str(ATTENDANCE / "roster_foreign.xlsx"), "--db", db_url)
    run(capsys, "import", "attendance", str(ATTENDANCE / "punch_gbk_2026-09.csv"), "--db", db_url)
    monkeypatch.setenv("SHOPTEAM_TODAY", "2026-09-15")
    status, out, _ = run(capsys, "report", "attendance", "--month", "2026-09", "--db", db_url)
    assert status == 0 and out.startswith("Attendance 2026-09 to date (2026-09-15): 12 people")
    status, out, _ = run(capsys, "report", "attendance", "--month", "2026-09", "--json", "--db", db_url)
    report = json.loads(out)
    assert {item["counted_until"] for item in report} == {"2026-09-15"}
    assert max(item["scheduled_days"] for item in report) == 11  # 1st … 15th: 11 workdays
    status, out, _ = run(capsys, "report", "attendance", "--month", "2026-10", "--db", db_url)
    assert "2026-10 (not begun: nothing counted yet)" in out
    monkeypatch.setenv("SHOPTEAM_TODAY", "15.09.2026")
    status, out, err = run(capsys, "report", "attendance", "--month", "2026-09", "--db", db_url)
    assert status != 0 and "SHOPTEAM_TODAY must be a date such as 2026-12-06" in err
