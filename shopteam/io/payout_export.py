"""The payout run and the payslips (工资条) as Excel workbooks (no Qt; openpyxl imported when used).

Both take the run as the services give it (``services.payout.RunView``: ``rows`` with ``employee_no``,
``name``, ``department``, ``amounts`` per component key and ``total``; ``departments`` and ``shop``
totals); a figure the reader may not see (None) is written as an empty cell. Money cells are numbers
with two decimals. The run sheet has a title row, a bold frozen header with an auto-filter, the
people grouped by department each followed by a subtotal row, the shop total last, the header repeated
on every printed page and an A4 landscape page setup fitted to the width. The payslip sheet has one
strip per person: its own header row, the figures, each line with its amount and a short explanation,
and a blank row to cut along. The run workbook's 明细 (Details) sheet has one row per person and
component: code, amount and the explanation in words and numbers, the same sentences the window shows
(``domain.explain.render``).

A run computed with withholding on (``view.withholding``) has two more columns after 应发合计 (the gross
``total``): 代扣合计 (``withheld``) and 实发合计 (``net``), and each person's withholding lines (养老保险 …
个人所得税) follow the components in the 明细 sheet, on the payslips and in the command line's lines. A run
without withholding shows none of these: its slips say 应发合计 only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from shopteam.domain.explain import Explanation, language_key, render, template_of
from shopteam.domain.incentives import COMPONENT_KEYS
from shopteam.io.table_export import MONEY_FORMAT, display_width

LABELS = {
    "zh": {
        "employee_no": "工号", "name": "姓名", "department": "部门", "base_salary": "基本工资", "overtime_pay": "加班费",
        "performance_bonus": "绩效奖金", "commission": "提成", "attendance_deduction": "考勤扣款",
        "full_attendance_bonus": "全勤奖", "rewards": "奖励", "year_end_bonus": "年终奖", "team_bonus": "团队奖金", "penalties": "罚款", "total": "应发合计",
        "run_title": "{shop} 奖金核算 {period}", "payslip": "工资条", "payslip_title": "{shop} 工资条 {period}",
        "subtotal": "本部门合计：{department}", "shop_total": "全店合计", "visible_total": "可见人员合计", "no_department": "（无部门）",
        "state_draft": "草稿", "state_approved": "已批准（锁定）", "state_reopened": "已重新开启", "state": "状态",
        "period": "{year}年{month}月", "sheet_run": "奖金核算", "sheet_payslips": "工资条", "sheet_details": "明细",
        "code": "项目代码", "item": "项目", "amount": "金额", "explanation": "计算说明", "separator": "；",
        "withheld": "代扣合计", "net": "实发合计", "withhold_pension": "养老保险", "withhold_medical": "医疗保险",
        "withhold_unemployment": "失业保险", "withhold_housing_fund": "住房公积金", "withhold_income_tax": "个人所得税",
    },
    "en": {
        "employee_no": "Employee no.", "name": "Name", "department": "Department", "base_salary": "Base salary",
        "overtime_pay": "Overtime pay", "performance_bonus": "Performance bonus", "commission": "Commission",
        "attendance_deduction": "Attendance deduction", "full_attendance_bonus": "Full-attendance bonus",
        "rewards": "Rewards", "year_end_bonus": "Year-end bonus", "team_bonus": "Team bonus", "penalties": "Penalties",
        "total": "Gross pay",
        "run_title": "{shop} payout {period}", "payslip": "Payslip", "payslip_title": "{shop} payslips {period}",
        "subtotal": "Department total: {department}", "shop_total": "Shop total",
        "visible_total": "Total of the people shown", "no_department": "(no department)",
        "state_draft": "draft", "state_approved": "approved (locked)", "state_reopened": "reopened", "state": "State",
        "period": "{year}-{month:02d}", "sheet_run": "Payout", "sheet_payslips": "Payslips", "sheet_details": "Details",
        "code": "Code", "item": "Item", "amount": "Amount", "explanation": "Explanation", "separator": "; ",
        "withheld": "Withheld", "net": "Net pay", "withhold_pension": "Pension insurance",
        "withhold_medical": "Medical insurance", "withhold_unemployment": "Unemployment insurance",
        "withhold_housing_fund": "Housing fund", "withhold_income_tax": "Income tax",
    },
}
COLUMNS = ("employee_no", "name", "department", *COMPONENT_KEYS, "total")
WITHHOLDING_COLUMNS = (*COLUMNS, "withheld", "net")


def columns(view) -> tuple[str, ...]:
    """The columns of the run's sheet and of each payslip: with 代扣合计 and 实发合计 when the run withholds."""
    return WITHHOLDING_COLUMNS if getattr(view, "withholding", False) else COLUMNS


def labels(lang: str) -> dict[str, str]:
    return LABELS[language_key(lang)]


@dataclass(frozen=True)
class LineItem:
    """One component of a person's payout as every document outside the window shows it."""

    code: str  # the component key (base_salary, year_end_bonus …)
    label: str
    amount: Decimal
    explanations: tuple[Explanation, ...]
    text: str  # the explanations in words and numbers, in the document's language

    def as_dict(self, lang: str) -> dict[str, Any]:
        """The command line's form: the text, and each sentence's template and values."""
        return {"code": self.code, "amount": f"{self.amount:.2f}", "explanation": self.text,
                "explanations": [{"code": e.code, "template": template_of(e.code, lang),
                                  "params": {k: (str(v) if isinstance(v, Decimal) else v) for k, v in e.params.items()},
                                  "text": render(e, lang)} for e in self.explanations]}


def line_items(row, lang: str, *, with_zero: bool = True) -> list[LineItem]:
    """The components of ``row`` the reader may see that have an amount (or, at zero and ``with_zero``, an
    explanation such as "no full-attendance bonus: 1 late"), in the order of the run's columns, then the
    withholding lines (insurance, fund, income tax) when the run has them."""
    t = labels(lang)
    items = []
    for key in COMPONENT_KEYS:
        amount = row.amounts[key]
        explanations = row.explanations.get(key, ())
        if amount is None or (not amount and not (with_zero and explanations)):
            continue
        items.append(LineItem(key, t[key], amount, explanations,
                              t["separator"].join(render(e, lang) for e in explanations)))
    for line in getattr(row, "withholding", ()):
        if line.amount or with_zero:
            items.append(LineItem(line.code, t.get(line.code, line.code), line.amount, line.explanations,
                                  t["separator"].join(render(e, lang) for e in line.explanations)))
    return items


def period_text(view, lang: str) -> str:
    return labels(lang)["period"].format(year=view.year, month=view.month)


def grouped(view) -> list[tuple[str, list]]:
    """The rows by department, in order of first appearance."""
    groups: dict[str, list] = {}
    for row in view.rows:
        groups.setdefault(row.department, []).append(row)
    return list(groups.items())


def page_setup(sheet, title_rows: str | None) -> None:
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def put_cell(sheet, row: int, col: int, value: Any, widths: list[int], *, font=None, fill=None):
    cell = sheet.cell(row=row, column=col)
    if isinstance(value, Decimal):
        cell.value = value
        cell.number_format = MONEY_FORMAT
        shown = len(f"{value:,.2f}")
    elif value is None or value == "":
        shown = 0
    else:
        cell.value = str(value)
        cell.data_type = "s"  # text stays text, even "=SUM(A1)"
        shown = display_width(str(value))
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    widths[col - 1] = max(widths[col - 1], min(shown, 40))
    return cell


def _values(row_or_totals, key: str):
    if key in ("total", "withheld", "net"):
        return getattr(row_or_totals, key)
    return row_or_totals.amounts[key]


def write_run_xlsx(view, path: str | Path, *, lang: str = "zh", shop_name: str = "",
                   progress: Callable[[int, int], None] | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = labels(lang)
    cols = columns(view)
    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = f"{t['sheet_run']} {view.year}-{view.month:02d}"[:31]
    widths = [display_width(t[c]) for c in cols]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="F2F2F2")
    title = t["run_title"].format(shop=shop_name, period=period_text(view, lang)).strip()
    sheet.cell(row=1, column=1, value=f"{title}（{t['state_' + view.state]}）" if lang.startswith("zh")
               else f"{title} ({t['state_' + view.state]})").font = Font(bold=True, size=13)
    for col, key in enumerate(cols, start=1):
        put_cell(sheet, 2, col, t[key], widths, font=bold, fill=fill)
    r = 3
    done = 0
    for department, rows in grouped(view):
        for row in rows:
            for col, key in enumerate(cols, start=1):
                value = getattr(row, key) if key in ("employee_no", "name", "department") else _values(row, key)
                put_cell(sheet, r, col, value, widths)
            r += 1
            done += 1
            if progress is not None and done % 200 == 0:
                progress(done, len(view.rows))
        subtotal = view.departments[department]
        put_cell(sheet, r, 1, t["subtotal"].format(department=department or t["no_department"]), [0] * len(cols),
             font=bold)
        for col, key in enumerate(cols[3:], start=4):
            put_cell(sheet, r, col, _values(subtotal, key), widths, font=bold)
        r += 1
    put_cell(sheet, r, 1, t["shop_total"] if view.everyone else t["visible_total"], widths, font=bold, fill=fill)
    for col in (2, 3):
        sheet.cell(row=r, column=col).fill = fill
    for col, key in enumerate(cols[3:], start=4):
        put_cell(sheet, r, col, _values(view.shop, key), widths, font=bold, fill=fill)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 3
    sheet.freeze_panes = "D3"
    sheet.auto_filter.ref = f"A2:{get_column_letter(len(cols))}{r}"
    page_setup(sheet, "2:2")
    _details_sheet(book.create_sheet(f"{t['sheet_details']} {view.year}-{view.month:02d}"[:31]), view, lang)
    book.save(path)
    if progress is not None:
        progress(len(view.rows), len(view.rows))
    return path


DETAIL_COLUMNS = ("employee_no", "name", "department", "code", "item", "amount", "explanation")


def _details_sheet(sheet, view, lang: str) -> None:
    """One row per person and component: code, item, amount and the explanation in words and numbers."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = labels(lang)
    widths = [display_width(t[c]) for c in DETAIL_COLUMNS]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="F2F2F2")
    for col, key in enumerate(DETAIL_COLUMNS, start=1):
        put_cell(sheet, 1, col, t[key], widths, font=bold, fill=fill)
    r = 2
    for row in view.rows:
        for item in line_items(row, lang):
            for col, value in enumerate((row.employee_no, row.name, row.department, item.code, item.label,
                                         item.amount, item.text), start=1):
                put_cell(sheet, r, col, value, widths)
            sheet.cell(row=r, column=len(DETAIL_COLUMNS)).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    widths[-1] = 80
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 3
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DETAIL_COLUMNS))}{max(r - 1, 1)}"
    page_setup(sheet, "1:1")


def write_payslips_xlsx(view, path: str | Path, *, lang: str = "zh", shop_name: str = "") -> Path:
    """One strip per person: a title line, its own header row, the figures, one row per line (item, amount,
    explanation), a blank row."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    t = labels(lang)
    cols = columns(view)
    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = f"{t['sheet_payslips']} {view.year}-{view.month:02d}"[:31]
    widths = [display_width(t[c]) for c in cols]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="F2F2F2")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    for row in view.rows:
        sheet.cell(row=r, column=1, value=f"{t['payslip']} {period_text(view, lang)}  {shop_name}".strip()).font = bold
        for col, key in enumerate(cols, start=1):
            put_cell(sheet, r + 1, col, t[key], widths, font=bold, fill=fill).border = box
            value = getattr(row, key) if key in ("employee_no", "name", "department") else _values(row, key)
            put_cell(sheet, r + 2, col, value, widths).border = box
        r += 3
        for item in line_items(row, lang, with_zero=False):
            put_cell(sheet, r, 2, item.label, widths)
            put_cell(sheet, r, 3, item.amount, widths)
            sheet.cell(row=r, column=4, value=item.text).data_type = "s"  # spans the columns to its right
            r += 1
        r += 1
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 3
    page_setup(sheet, None)
    book.save(path)
    return path
