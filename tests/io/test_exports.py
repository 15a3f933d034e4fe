"""Attendance/roster exports and templates are real spreadsheets: typed cells, frozen header, print setup,
text that looks like a formula stays text, drop-down lists in templates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl

from shopteam.io.attendance_export import write_attendance_summary, write_roster, write_template
from shopteam.io.table_export import MONEY_FORMAT

ROW = {"employee_no": "A001", "name": "=SUM(A1)", "department": "运营部", "scheduled_days": 22, "days_worked": 21, "late_count": 3,
       "late_minutes": 90, "early_leave_count": 0, "missing_punch_count": 2, "absence_days": 1, "leave_hours": 4.0,
       "overtime_hours_workday": 5.5, "overtime_hours_restday": 0.0, "overtime_hours_holiday": 8.0,
       "unapproved_overtime_hours": 5.5}


def test_attendance_summary_sheet(tmp_path):
    for language, first in (("zh_CN", "工号"), ("en", "Employee no.")):
        path = write_attendance_summary(tmp_path / f"{language}.xlsx", [ROW], year=2026, month=9, language=language)
        sheet = openpyxl.load_workbook(path).active
        assert sheet["A1"].value == first and sheet["A1"].font.bold
        assert sheet["B2"].value == "=SUM(A1)" and sheet["B2"].data_type == "s"
        assert sheet["D2"].value == 22 and sheet["E2"].value == 21 and sheet["E2"].data_type == "n"
        assert sheet["L2"].value == 5.5 and sheet["N2"].value == 8
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:O2"
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.orientation == "landscape" and str(sheet.page_setup.paperSize) == "9"
        assert sheet.column_dimensions["A"].width >= 6
    assert openpyxl.load_workbook(tmp_path / "zh_CN.xlsx").active.title == "2026-09 考勤汇总"


def test_a_month_in_progress_names_its_day_in_the_sheet(tmp_path):
    row = {**ROW, "counted_until": "2026-09-15"}
    for language, title in (("zh_CN", "2026-09 考勤汇总（截至09-15）"), ("en", "2026-09 Attendance to 09-15")):
        path = write_attendance_summary(tmp_path / f"{language}.xlsx", [row], year=2026, month=9, language=language)
        assert openpyxl.load_workbook(path).active.title == title


def test_roster_export_typed(tmp_path):
    row = {"employee_no": "A001", "name": "+cmd|' /C calc'!A0", "gender": "female", "department": "客服部",
           "role": "客服专员", "manager": "", "phone": "13800000000", "hire_date": date(2024, 3, 1),
           "status": "active", "base_salary": Decimal("6000.50"), "leave_date": None}
    sheet = openpyxl.load_workbook(write_roster(tmp_path / "r.xlsx", [row])).active
    values = [c.value for c in sheet[2]]
    assert values[2] == "女" and values[8] == "在职"
    assert sheet["B2"].data_type == "s" and sheet["B2"].value.startswith("+cmd")
    assert sheet["H2"].is_date and sheet["J2"].value == 6000.5 and sheet["J2"].number_format == MONEY_FORMAT
    assert sheet["G2"].data_type == "s"  # a phone number stays text


def test_templates_have_drop_downs_and_instructions(tmp_path):
    path = write_template(tmp_path / "roster.xlsx", "roster", departments=["运营部", "=客服部"], roles=["运营专员"])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "花名册" and "说明" in book.sheetnames
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]][:5] == ["工号*", "姓名*", "部门", "岗位", "入职日期*"]
    formulas = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert formulas["C2:C1001"] == "=Lists!$A$2:$A$3" and formulas["D2:D1001"].startswith("=Lists!$B$2")
    assert book["Lists"]["A3"].value == "=客服部" and book["Lists"]["A3"].data_type == "s"
    assert book["Lists"].sheet_state == "hidden"
    attendance = openpyxl.load_workbook(write_template(tmp_path / "a.xlsx", "attendance", language="en"))
    first = attendance.worksheets[0]
    leave = [v for v in first.data_validations.dataValidation if str(v.sqref).startswith("F")]
    assert leave and attendance["Lists"]["C2"].value == "annual"
    assert "Instructions" in attendance.sheetnames
    # a template read back by the importer maps with no help
    from shopteam.io import map_columns, read_table

    rows = {"kpi": ["A001", "张伟", "询单转化率", "3.5%", "2026-10", ""],
            "candidates": ["张伟", "13800138000", "运营专员", "BOSS直聘", "8k", "", "2026-12-01", ""]}
    for kind, expected in (("roster", "roster"), ("attendance", "punches"), ("timesheet", "timesheet"),
                           ("kpi", "kpi"), ("candidates", "candidates")):
        out = write_template(tmp_path / f"{kind}_zh.xlsx", kind, departments=["运营部"], roles=["运营专员"],
                             indicators=["询单转化率"])
        wb = openpyxl.load_workbook(out)
        wb.worksheets[0].append(rows.get(kind, ["A001", "张伟", "2026-09-01", "09:00", "18:00", "7"]))
        wb.save(out)
        mapping = map_columns(read_table(out, 0))
        assert mapping.kind == expected and mapping.required_missing == ()
