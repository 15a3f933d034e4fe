"""Matching people by name when a file numbers them its own way: the DingTalk sample with every 工号 A001…
rewritten XL001… (same names). Without the option every row is rejected for its unknown number (and the
preview says how many names would match); with ``match_by_name`` the rows go to the person of that name and
the month comes out as with the real numbers; a name on the roster twice stays rejected, saying so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from shopteam.io.attendance_export import write_error_workbook
from shopteam.services.imports.pipeline import preview_import, rejected_summary
from shopteam.services.org import roster as roster_service
from shopteam.services.org.roster import StaffInput
from tests.services.test_imports import ATTENDANCE, EXPECTED, roster, run_import, summary_dicts  # noqa: F401

DINGTALK = ATTENDANCE / "dingtalk_daily_2026-09.xlsx"
NUMBER_COLUMN = 4  # 工号 in the DingTalk layout (1-based)


def foreign_numbers() -> dict[str, str]:
    """The roster's numbers (A001, A002 … F001) -> the other system's (XL001, XL002 … XL012)."""
    sheet = openpyxl.load_workbook(ATTENDANCE / "roster_foreign.xlsx").active
    numbers = [row[1] for row in sheet.iter_rows(min_row=3, values_only=True) if row[1]]
    return {number: f"XL{i:03d}" for i, number in enumerate(numbers, start=1)}


def renumbered(tmp_path, source=DINGTALK):
    """The sample with every roster number rewritten as the other system's; names unchanged (Z999 王小明 stays)."""
    numbers = foreign_numbers()
    book = openpyxl.load_workbook(source)
    sheet = book.active
    for (cell,) in sheet.iter_rows(min_row=4, min_col=NUMBER_COLUMN, max_col=NUMBER_COLUMN):
        cell.value = numbers.get(cell.value, cell.value)
    path = tmp_path / "dingtalk_xl.xlsx"
    book.save(path)
    return path


def test_unknown_numbers_are_rejected_and_the_match_is_offered(factory, roster, tmp_path):  # noqa: F811
    with factory() as s:
        preview = preview_import(s, actor=roster, path=renumbered(tmp_path), kind="attendance")
    rows = preview.counts["rows"]
    assert preview.counts["new"] == 0 and preview.counts["rejected"] == rows > 300
    assert preview.name_matches == rows - 1  # all but 王小明 (Z999), who is not on the roster under any name
    assert preview.counts["matched_by_name"] == 0 and not preview.match_by_name
    first = preview.rows[0]
    assert first.problems[0].field == "employee_no" and "XL001" in str(first.problems[0].got)


def test_match_by_name_gives_the_same_month_as_the_real_numbers(factory, roster, tmp_path):  # noqa: F811
    preview, summary = run_import(factory, roster, renumbered(tmp_path), "attendance", match_by_name=True)
    assert preview.match_by_name and preview.counts["matched_by_name"] == preview.counts["rows"] - 1
    assert preview.counts["rejected"] == summary.rejected == 1  # 王小明 Z999, as with the real numbers
    assert summary.inserted == preview.counts["new"] > 300
    got = summary_dicts(factory, roster)
    for number, expected in EXPECTED["staff"].items():
        assert {k: got[number][k] for k in expected} == expected, number


def test_a_name_on_the_roster_twice_stays_rejected(factory, roster, tmp_path):  # noqa: F811
    with factory.begin() as s:
        roster_service.create_staff(s, actor=roster, data=StaffInput(
            employee_no="C900", name="张伟", hire_date=date(2026, 1, 5), base_salary=Decimal("5000"),
            status="active"))
    with factory() as s:
        preview = preview_import(s, actor=roster, path=renumbered(tmp_path), kind="attendance", match_by_name=True)
    zhang = [r for r in preview.rows if r.values.get("name") == "张伟"]
    assert zhang and all(r.status == "rejected" for r in zhang)
    assert {(p.field, p.expected_text) for r in zhang for p in r.problems} == {
        ("name", "a unique name on the roster (several people have it)")}
    others = [r for r in preview.rows if r.values.get("name") not in ("张伟", "王小明")]
    assert others and all(r.status == "new" for r in others)
    assert preview.counts["matched_by_name"] == len(others)


def test_every_row_rejected_still_gives_the_error_workbook(factory, roster, tmp_path):  # noqa: F811
    with factory() as s:
        preview = preview_import(s, actor=roster, path=renumbered(tmp_path), kind="attendance")
    summary = rejected_summary(preview)
    assert (summary.inserted, summary.rejected) == (0, preview.counts["rows"])
    out = write_error_workbook(summary, tmp_path / "errors.xlsx", language="en")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == preview.counts["rows"] + 1 and rows[0][0] == "Row" and rows[0][-1] == "Reason"
    assert rows[1][0] == 4 and "XL001" in rows[1] and "roster" in rows[1][-1]


@pytest.mark.parametrize("match", [False, True])
def test_timesheet_rows_are_matched_by_name_too(factory, roster, tmp_path, match):  # noqa: F811
    path = tmp_path / "timesheet.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["工号", "姓名", "日期", "任务", "工时"])
    book.active.append(["XL002", "王芳", "2026-09-01", "上架新品", 7.5])
    book.active.append(["XL099", "查无此人", "2026-09-01", "回复评价", 1])
    book.save(path)
    with factory() as s:
        preview = preview_import(s, actor=roster, path=path, kind="timesheet", match_by_name=match)
    assert preview.name_matches == 1
    assert [r.status for r in preview.rows] == (["new", "rejected"] if match else ["rejected", "rejected"])
    assert preview.counts["matched_by_name"] == (1 if match else 0)
