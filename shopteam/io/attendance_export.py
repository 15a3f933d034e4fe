"""Attendance and roster workbooks: the monthly summary, the roster, blank import templates, and the
error workbook of an import. No Qt, no database: callers hand in plain rows; openpyxl is imported
inside the functions.

Every sheet follows :mod:`shopteam.io.table_export`: typed cells, a bold frozen header with an
auto-filter, fitted column widths, the header repeated on printed pages, A4 landscape. Text typed by
users is always written as text (a name like ``=SUM(A1)`` never becomes a formula).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from shopteam.io.table_export import display_width, write_xlsx

SUMMARY_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("employee_no", "工号", "Employee no."),
    ("name", "姓名", "Name"),
    ("department", "部门", "Department"),
    ("scheduled_days", "应出勤天数", "Scheduled days"),
    ("days_worked", "出勤天数", "Days worked"),
    ("late_count", "迟到次数", "Late arrivals"),
    ("late_minutes", "迟到分钟", "Late minutes"),
    ("early_leave_count", "早退次数", "Early leaves"),
    ("missing_punch_count", "缺卡次数", "Missing punches"),
    ("absence_days", "旷工天数", "Absence days"),
    ("leave_hours", "请假(小时)", "Leave (h)"),
    ("overtime_hours_workday", "工作日加班(小时)", "Workday overtime (h)"),
    ("overtime_hours_restday", "休息日加班(小时)", "Rest-day overtime (h)"),
    ("overtime_hours_holiday", "法定节假日加班(小时)", "Holiday overtime (h)"),
    ("unapproved_overtime_hours", "其中未批准加班(小时)", "Of which unapproved (h)"),
)

ROSTER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("employee_no", "工号", "Employee no."),
    ("name", "姓名", "Name"),
    ("gender", "性别", "Gender"),
    ("department", "部门", "Department"),
    ("role", "岗位", "Role"),
    ("manager", "直属上级", "Reports to"),
    ("phone", "手机", "Phone"),
    ("hire_date", "入职日期", "Hire date"),
    ("status", "状态", "Status"),
    ("base_salary", "基本工资", "Base salary"),
    ("leave_date", "离职日期", "Leave date"),
    ("social_insurance_base", "社保基数", "Social-insurance base"),
    ("housing_fund_base", "公积金基数", "Housing-fund base"),
    ("additional_deduction", "专项附加扣除", "Special additional deductions"),
)
_GENDER = {"zh": {"male": "男", "female": "女"}, "en": {"male": "male", "female": "female"}}
_STATUS = {"zh": {"probation": "试用期", "active": "在职", "left": "离职"},
           "en": {"probation": "probation", "active": "active", "left": "left"}}

LEAVE_TYPES = {"zh": ("年假", "事假", "病假", "调休", "婚假", "产假", "丧假"),
               "en": ("annual", "personal", "sick", "compensatory", "marriage", "maternity", "bereavement")}


def _lang(language: str) -> str:
    return "zh" if (language or "").lower().startswith("zh") else "en"


def summary_heading(key: str, language: str) -> str:
    """The heading of a summary column in ``language``; a key without a label (counted_until) stays itself in
    English and is 截至 in Chinese."""
    lang = _lang(language)
    for name, zh, en in SUMMARY_COLUMNS:
        if name == key:
            return zh if lang == "zh" else en
    return "截至" if lang == "zh" and key == "counted_until" else key


def _get(row: Any, key: str) -> Any:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def write_attendance_summary(path: str | Path, rows: Iterable[Any], *, year: int, month: int,
                             language: str = "zh_CN") -> Path:
    """The month's attendance per person (MonthRow objects or dicts with the same keys). For a month in
    progress the sheet's name says up to which day it counts (截至 12-06)."""
    lang = _lang(language)
    rows = list(rows)
    headers = [zh if lang == "zh" else en for _, zh, en in SUMMARY_COLUMNS]
    data = [[_get(row, key) for key, _, _ in SUMMARY_COLUMNS] for row in rows]
    title = f"{year}-{month:02d} {'考勤汇总' if lang == 'zh' else 'Attendance'}"
    until = _get(rows[0], "counted_until") if rows else None
    if until and str(until)[:7] == f"{year}-{month:02d}":
        day = str(until)[5:10]
        title += f"（截至{day}）" if lang == "zh" else f" to {day}"
    return write_xlsx(path, headers, data, sheet_title=title)


def write_roster(path: str | Path, rows: Iterable[Any], *, language: str = "zh_CN") -> Path:
    """The roster (StaffRow objects or dicts); a salary the reader may not see is None and stays empty."""
    lang = _lang(language)
    headers = [zh if lang == "zh" else en for _, zh, en in ROSTER_COLUMNS]
    data = []
    for row in rows:
        line = []
        for key, _, _ in ROSTER_COLUMNS:
            value = _get(row, key)
            if key == "gender":
                value = _GENDER[lang].get(value or "", value or "")
            elif key == "status":
                value = _STATUS[lang].get(value or "", value or "")
            line.append(value)
        data.append(line)
    return write_xlsx(path, headers, data, sheet_title="花名册" if lang == "zh" else "Roster")


# ------------------------------------------------------------------------------------------ templates

_TEMPLATE_COLUMNS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    # (field, Chinese heading, English heading, note for the instruction sheet: zh | en)
    "roster": (
        ("employee_no", "工号*", "Employee no.*", "必填，唯一 | required, unique"),
        ("name", "姓名*", "Name*", "必填 | required"),
        ("department", "部门", "Department", "从下拉列表选择，新名称会新建部门 | pick from the list; a new name creates it"),
        ("role", "岗位", "Role", "从下拉列表选择 | pick from the list"),
        ("hire_date", "入职日期*", "Hire date*", "如 2026-09-01 | e.g. 2026-09-01"),
        ("base_salary", "基本工资", "Base salary", "元，两位小数 | yuan, two decimals"),
        ("gender", "性别", "Gender", "男 / 女 | male / female"),
        ("phone", "手机", "Phone", ""),
        ("email", "邮箱", "Email", ""),
        ("note", "备注", "Note", ""),
        ("social_insurance_base", "社保基数", "Social-insurance base", "元/月，代扣社保时用 | yuan a month, for withholding"),
        ("housing_fund_base", "公积金基数", "Housing-fund base", "元/月，代扣公积金时用 | yuan a month, for withholding"),
        ("additional_deduction", "专项附加扣除", "Special additional deductions",
         "元/月，代扣个税时用 | yuan a month, for withholding income tax"),
    ),
    "attendance": (
        ("employee_no", "工号", "Employee no.", "工号或姓名至少填一个 | employee no. or name"),
        ("name", "姓名", "Name", ""),
        ("date", "日期*", "Date*", "如 2026-09-01 | e.g. 2026-09-01"),
        ("clock_in", "上班时间", "Clock in", "如 09:02 | e.g. 09:02"),
        ("clock_out", "下班时间", "Clock out", "如 18:05；过了午夜写 次日 01:30 | e.g. 18:05; after midnight 次日 01:30"),
        ("note", "备注", "Note", "可从下拉列表选假别 | a leave type may be picked from the list"),
    ),
    "timesheet": (
        ("employee_no", "工号", "Employee no.", "工号或姓名至少填一个 | employee no. or name"),
        ("name", "姓名", "Name", ""),
        ("date", "日期*", "Date*", "如 2026-09-01 | e.g. 2026-09-01"),
        ("task", "任务", "Task", "任务或看板卡片 | task or board card"),
        ("hours", "工时*", "Hours*", "小时，如 7.5 | hours, e.g. 7.5"),
        ("overtime_hours", "加班工时", "Overtime hours", "小时 | hours"),
        ("note", "备注", "Note", ""),
    ),
    "kpi": (
        ("employee_no", "工号", "Employee no.", "工号或姓名至少填一个 | employee no. or name"),
        ("name", "姓名", "Name", ""),
        ("indicator", "指标*", "Indicator*", "从下拉列表选择考核方案里的指标 | pick an indicator of the schemes"),
        ("value", "数值*", "Value*", "数字，如 125000 或 3.5%；不写单位 | a number, e.g. 125000 or 3.5%; no unit"),
        ("period", "月份", "Month", "如 2026-10；不填则导入时选择月份 | e.g. 2026-10; if empty, chosen on import"),
        ("note", "备注", "Note", ""),
    ),
    "candidates": (
        ("name", "姓名*", "Name*", "必填 | required"),
        ("phone", "电话", "Phone", "同一电话只导入一次 | one row per phone number"),
        ("role", "应聘职位", "Position", "在招职位的岗位；不填则导入时选择职位 | the role of an open position; if empty, "
                                       "chosen on import"),
        ("source", "来源", "Source", "如 BOSS直聘、58同城、内部推荐 | e.g. BOSS直聘, 58同城, a referral"),
        ("expected_salary", "期望薪资", "Expected salary", "元/月，如 8000、8k、8,000元 | yuan a month, e.g. 8000, 8k"),
        ("cv_path", "简历", "CV", "简历文件的路径 | the CV file's path"),
        ("applied_on", "投递日期", "Applied on", "如 2026-12-01；不填为导入当天 | e.g. 2026-12-01; if empty, today"),
        ("note", "备注", "Notes", ""),
    ),
}
TEMPLATE_KINDS = tuple(_TEMPLATE_COLUMNS)
TEMPLATE_ROWS = 1000


def write_template(path: str | Path, kind: str, *, departments: Sequence[str] = (), roles: Sequence[str] = (),
                   indicators: Sequence[str] = (), language: str = "zh_CN") -> Path:
    """A blank workbook for an import: the header, drop-down lists and an instruction sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind == "punches":
        kind = "attendance"
    if kind not in _TEMPLATE_COLUMNS:
        raise ValueError(f"unknown template kind {kind!r}")
    lang = _lang(language)
    columns = _TEMPLATE_COLUMNS[kind]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = {"roster": ("花名册", "Roster"), "attendance": ("打卡记录", "Punches"),
                   "timesheet": ("工时", "Timesheet"), "kpi": ("指标数据", "KPI actuals"),
                   "candidates": ("候选人", "Candidates")}[kind][lang == "en"]
    bold = Font(bold=True)
    for col, (_field, zh, en, _note) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=col, value=zh if lang == "zh" else en)
        cell.data_type = "s"
        cell.font = bold
        sheet.column_dimensions[get_column_letter(col)].width = max(12, display_width(str(cell.value)) + 4)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"

    lists = workbook.create_sheet("Lists")
    values = {"department": list(departments), "role": list(roles),
              "leave": list(LEAVE_TYPES[lang]), "gender": ["男", "女"] if lang == "zh" else ["male", "female"],
              "indicator": list(indicators)}
    list_ranges: dict[str, str] = {}
    for col, (name, items) in enumerate(values.items(), start=1):
        letter = get_column_letter(col)
        lists.cell(row=1, column=col, value=name).data_type = "s"
        for r, item in enumerate(items, start=2):
            cell = lists.cell(row=r, column=col, value=str(item))
            cell.data_type = "s"
        if items:
            list_ranges[name] = f"Lists!${letter}$2:${letter}${len(items) + 1}"
    lists.sheet_state = "hidden"

    date_format = "yyyy-mm-dd"
    for col, (field_name, *_rest) in enumerate(columns, start=1):
        letter = get_column_letter(col)
        target = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        source = {"department": "department", "role": "role", "gender": "gender",
                  "indicator": "indicator"}.get(field_name)
        if kind == "attendance" and field_name == "note":
            source = "leave"
        if source and source in list_ranges:
            strict = source in ("role", "gender")
            validation = DataValidation(type="list", formula1=f"={list_ranges[source]}", allow_blank=True,
                                        showErrorMessage=strict)
            validation.add(target)
            sheet.add_data_validation(validation)
        if field_name in ("date", "hire_date", "applied_on"):
            for r in range(2, TEMPLATE_ROWS + 2):
                sheet.cell(row=r, column=col).number_format = date_format
        elif field_name in ("clock_in", "clock_out", "employee_no", "phone", "period"):
            for r in range(2, TEMPLATE_ROWS + 2):
                sheet.cell(row=r, column=col).number_format = "@"

    guide = workbook.create_sheet("说明" if lang == "zh" else "Instructions")
    title = {"roster": ("花名册导入模板", "Roster import template"),
             "attendance": ("打卡记录导入模板", "Punch records import template"),
             "timesheet": ("工时导入模板", "Timesheet import template"),
             "kpi": ("考核指标数据导入模板", "KPI actuals import template"),
             "candidates": ("候选人导入模板", "Candidates import template")}[kind][lang == "en"]
    guide.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    intro = ("在第一个工作表中每行填写一条记录，不要修改表头。带 * 的列必填。日期可写 2026-09-01、2026/9/1 或 "
             "2026年9月1日；时间可写 9:02 或 09:02:33，过了午夜写 次日 01:30。导入时可以选择跳过或替换已有记录；"
             "有问题的行不会导入，而会写入一个错误工作簿并注明原因。"
             if lang == "zh" else
             "Fill one record per row on the first sheet and keep the header. Columns marked * are required. "
             "Dates as 2026-09-01, 2026/9/1 or 2026年9月1日; times as 9:02 or 09:02:33, after midnight 次日 01:30. "
             "On import, records that already exist are skipped or replaced as you choose; rows with problems "
             "are not imported but written to an error workbook with the reason beside each.")
    guide.cell(row=2, column=1, value=intro).alignment = Alignment(wrap_text=True, vertical="top")
    guide.merge_cells("A2:C2")
    guide.row_dimensions[2].height = 90
    heads = ("列", "说明") if lang == "zh" else ("Column", "What to enter")
    for col, text in enumerate(heads, start=1):
        guide.cell(row=4, column=col, value=text).font = Font(bold=True)
    for r, (_field, zh, en, note) in enumerate(columns, start=5):
        guide.cell(row=r, column=1, value=zh if lang == "zh" else en).data_type = "s"
        parts = note.split(" | ") if note else ["", ""]
        cell = guide.cell(row=r, column=2, value=parts[0] if lang == "zh" else parts[-1])
        cell.data_type = "s"
    guide.column_dimensions["A"].width = 22
    guide.column_dimensions["B"].width = 60
    guide.column_dimensions["C"].width = 20
    path = Path(path)
    workbook.save(path)
    return path


# ------------------------------------------------------------------------------------------ error workbook


def _cell_value(value: Any) -> Any:
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if isinstance(value, datetime | date | time | int | float | Decimal) or value is None:
        return value
    return str(value)


def write_error_workbook(summary_or_preview: Any, path: str | Path, *, language: str = "zh_CN",
                         describe: Callable[[list], str] | None = None) -> Path:
    """The rejected rows of an import with their original cells and a reason column.

    Takes an ``ImportSummary`` (rejected_rows, rejected_values, rejected_problems, headers) or an
    ``ImportPreview`` (rows with status 'rejected', headers) — duck-typed, so this module needs nothing
    from the services. ``describe`` turns a row's problems (io.rows.Problem) into its reason in the
    reader's language (the screens pass their translated sentences); without it the reason is English.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lang = _lang(language)
    headers = list(getattr(summary_or_preview, "headers", []) or [])
    rejected: list[tuple[int, str, list[Any]]] = []
    if hasattr(summary_or_preview, "rejected_rows") and hasattr(summary_or_preview, "rejected_values"):
        values = summary_or_preview.rejected_values
        problems = getattr(summary_or_preview, "rejected_problems", {})
        for row, reason in summary_or_preview.rejected_rows:
            if describe is not None and problems.get(row):
                reason = describe(problems[row])
            rejected.append((row, reason, list(values.get(row) or [])))
    else:
        for row in summary_or_preview.rows:
            if row.status == "rejected":
                reason = describe(row.problems) if describe is not None else row.reason
                rejected.append((row.row, reason, list(row.raw or [])))
    rejected.sort(key=lambda item: item[0])
    width = max([len(headers)] + [len(cells) for _, _, cells in rejected])
    headers += [""] * (width - len(headers))
    row_label, reason_label = ("行号", "原因") if lang == "zh" else ("Row", "Reason")

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "未导入的行" if lang == "zh" else "Rejected rows"
    bold = Font(bold=True)
    titles = [row_label, *headers, reason_label]
    widths = [display_width(str(t)) for t in titles]
    for col, text in enumerate(titles, start=1):
        cell = sheet.cell(row=1, column=col, value=str(text))
        cell.data_type = "s"
        cell.font = bold
    for r, (row_number, reason, cells) in enumerate(rejected, start=2):
        line = [row_number, *(cells + [""] * (width - len(cells))), reason]
        for col, value in enumerate(line, start=1):
            value = _cell_value(value)
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=col)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"
            else:
                cell.value = value
                if isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
                elif isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(value, time):
                    cell.number_format = "hh:mm:ss"
            widths[col - 1] = max(widths[col - 1], min(display_width(str(value)), 60))
    for col, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = w + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{len(rejected) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    path = Path(path)
    workbook.save(path)
    return path
