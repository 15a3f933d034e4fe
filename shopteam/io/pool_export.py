"""A bonus pool (年终奖 / 团队奖金池) as an Excel workbook (no Qt; openpyxl imported when used).

Takes the pool as ``services.payout.pools.PoolView`` gives it: one sheet with a title row, a bold frozen
header, one row per person (employee no., name, department, base salary, grade, grade coefficient,
months worked, final score, weight, share, how), and the total row, which equals the pool to the fen.
Money cells are numbers with two decimals; a figure the pool's kind does not use is an empty cell.
"""

from __future__ import annotations

from pathlib import Path

from shopteam.domain.explain import language_key, render
from shopteam.io.payout_export import page_setup, put_cell
from shopteam.io.table_export import display_width

LABELS = {
    "zh": {
        "employee_no": "工号", "name": "姓名", "department": "部门", "base": "基本工资", "grade": "考核等级",
        "coefficient": "等级系数", "months": "在职月数", "score": "最终得分", "weight": "权重", "amount": "分配金额",
        "how": "计算说明", "total": "合计", "year_end": "{shop} 年终奖 {period}", "team": "{shop} 团队奖金池 {period}",
        "whole_shop": "全店", "pool": "奖金池", "pay": "发放月份", "draft": "草稿", "approved": "已批准（锁定）",
        "excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格", "sheet": "奖金分配", "separator": "；",
    },
    "en": {
        "employee_no": "Employee no.", "name": "Name", "department": "Department", "base": "Base salary",
        "grade": "Grade", "coefficient": "Grade coefficient", "months": "Months worked", "score": "Final score",
        "weight": "Weight", "amount": "Share", "how": "How", "total": "Total", "year_end": "{shop} year-end bonus {period}",
        "team": "{shop} team bonus pool {period}", "whole_shop": "whole shop", "pool": "Pool", "pay": "Paid in",
        "draft": "draft", "approved": "approved (locked)", "excellent": "Excellent", "good": "Good", "pass": "Pass",
        "fail": "Fail", "sheet": "Bonus pool", "separator": "; ",
    },
}
COLUMNS = ("employee_no", "name", "department", "base", "grade", "coefficient", "months", "score", "weight",
           "amount", "how")


def write_pool_xlsx(pool, path: str | Path, *, lang: str = "zh", shop_name: str = "") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    t = LABELS[language_key(lang)]
    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = f"{t['sheet']} {pool.period}"[:31]
    scope = "" if pool.kind == "year_end" else f" · {pool.department or t['whole_shop']}"
    title = t[pool.kind].format(shop=shop_name, period=pool.period).strip() + scope
    sheet.cell(row=1, column=1, value=f"{title} · {t['pool']} {pool.amount:,.2f} · {t['pay']} {pool.pay_period}"
               f" · {t[pool.state]}").font = Font(bold=True, size=13)
    widths = [display_width(t[c]) for c in COLUMNS]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="F2F2F2")
    for col, key in enumerate(COLUMNS, start=1):
        put_cell(sheet, 2, col, t[key], widths, font=bold, fill=fill)
    r = 3
    for share in pool.shares:
        how = t["separator"].join(render(e, lang) for e in share.explanations)
        values = (share.employee_no, share.name, share.department, share.base, t.get(share.grade, share.grade),
                  None if share.coefficient is None else str(share.coefficient),
                  None if share.months is None else str(share.months),
                  None if share.score is None else str(share.score), str(share.weight), share.amount, how)
        for col, value in enumerate(values, start=1):
            put_cell(sheet, r, col, value, widths)
        for col in (6, 7, 8, 9):  # figures, not money: numbers Excel can sum
            cell = sheet.cell(row=r, column=col)
            if cell.value not in (None, ""):
                cell.value = float(cell.value)
                cell.data_type = "n"
        r += 1
    put_cell(sheet, r, 1, t["total"], widths, font=bold, fill=fill)
    put_cell(sheet, r, COLUMNS.index("amount") + 1, pool.total, widths, font=bold, fill=fill)
    widths[-1] = min(max(widths[-1], 30), 90)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 3
    sheet.freeze_panes = "D3"
    page_setup(sheet, "2:2")
    book.save(path)
    return path
