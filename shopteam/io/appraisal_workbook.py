"""The appraisal sheets as an Excel workbook for offline scoring, and reading the scores back (no Qt, no
database; openpyxl is imported only when used).

The workbook has an instruction sheet first, then one sheet per person laid out like the printed monthly
sheet (月度绩效考核表): the header (shop, month, name, no., department, role), the indicators grouped
工作业绩 / 工作能力 / 工作态度 with weight, scoring method, target, actual, self score, the supervisor's
score, the score and the weighted score at export (不适用 / n.a. for an indicator left out of the weights, with
the rescaling stated under the subtotal, as on the printed sheet); the totals, the self-assessment comment and
the supervisor's comment. Every sheet is protected; only the supervisor score cells of rated indicators and
the supervisor's comment are unlocked (filled light yellow), with data validation (0–100, or 1–5 for an
indicator on the 1–5 scale; a comment of at most ``MAX_COMMENT`` characters). Pages are A4 portrait, one per
person.

What a cell means is not taken from sheet names (a user may rename sheets): each editable cell has a
workbook-level defined name (``ShopTeam_Score_<score line id>``, ``ShopTeam_Comment_<appraisal id>``),
which Excel keeps pointing at the cell when a sheet is renamed or moved, and a very hidden sheet
``_shopteam`` holds the format and its version, the cycle, and for every cell its appraisal, score line,
employee no. and the value it had at export (so an import can tell a score changed in ShopTeam since).

The details are taken as the services give them (``services.appraisal.AppraisalDetail``, duck-typed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from shopteam.domain import clock
from shopteam.domain.appraisal_terms import SHEET_TERMS, language_key, rescaled_sentence, weighted_cell
from shopteam.domain.errors import ShopTeamError
from shopteam.domain.grading import weighted_lines
from shopteam.domain.indicator_text import actual_text, target_text
from shopteam.io.errors import FileReadError

FORMAT = "shopteam/appraisal-sheets"
FORMAT_VERSION = 1
META_SHEET = "_shopteam"
SCORE_NAME = "ShopTeam_Score_{id}"
COMMENT_NAME = "ShopTeam_Comment_{id}"
MAX_COMMENT = 2000
COLUMNS = "ABCDEFGHIJ"
WIDTHS = (10, 22, 7, 15, 11, 11, 8, 11, 9, 9)
LAST = COLUMNS[-1]
SCORE_COLUMN = "H"
EDIT_FILL = "FFF7C8"
LABEL_FILL = "F2F2F2"
HEAD_FILL = "E8E8E8"
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

LABELS = {  # the sheet's shared words (domain/appraisal_terms) and this document's own
    "zh": {
        **SHEET_TERMS["zh"], "lang": "zh",
        "method": "计分方式", "self_weight": "自评权重", "supervisor_weight": "上级权重", "state": "阶段",
        "employee_sign": "员工签字：________________", "assessor_sign": "考核人签字：________________",
        "date": "日期：______年____月____日", "foot": "得分和考核等级为导出时的数值；导入评分后由 ShopTeam 重新计算。", "m_rating": "评分",
        "m_rating5": "评分（1–5 分）", "m_higher_is_better": "目标达成（越高越好）", "m_lower_is_better": "目标达成（越低越好）",
        "m_tiered": "阶梯计分", "m_tasks": "任务按时完成率", "m_attendance": "考勤扣分", "s_draft": "草稿",
        "s_self_assessment": "自评", "s_supervisor_review": "上级评分", "s_calibration": "绩效校准",
        "s_finalised": "已定稿", "s_interviewed": "已面谈", "guide": "填写说明", "guide_title": "绩效考核表（离线评分）",
        "exported_by": "导出人", "exported_at": "导出时间", "people": "人数", "sheet": "工作表",
        "steps": (
            "1. 每位员工一张工作表，工作表名为“工号 姓名”。",
            "2. 只能填写黄色单元格：“上级评分”一列和“上级评语”。其他单元格已锁定。",
            "3. 评分填 0 到 100 的数字（1–5 分制的指标填 1 到 5），最多两位小数；留空表示不修改已有的评分。",
            "4. 得分和考核等级为导出时的数值，导入后由 ShopTeam 重新计算。",
            "5. 填好后保存为 .xlsx，在 ShopTeam 的“绩效考核”页面选择“导入评分…”。",
            "6. 文件中只要有一处错误，就不会导入任何内容，并会列出出错的工作表和单元格（例如 E002 李四!H9）。",
            "7. 请勿删除工作表或改变表格结构；工作表可以重命名。",
        ),
        "error_title": "评分无效", "error_score": "请输入 {low} 到 {high} 之间的数字，或留空。", "prompt_title": "上级评分",
        "error_comment": "评语最多 {max} 个字。",
    },
    "en": {
        **SHEET_TERMS["en"], "lang": "en",
        "method": "Method", "self_weight": "Self weight", "supervisor_weight": "Supervisor weight",
        "state": "Stage", "employee_sign": "Employee: ________________",
        "assessor_sign": "Assessor: ________________", "date": "Date: ______-____-____",
        "foot": "Score and grade as at export; ShopTeam computes them again when the scores are imported.",
        "m_rating": "Rating", "m_rating5": "Rating (1–5)", "m_higher_is_better": "Target (higher is better)",
        "m_lower_is_better": "Target (lower is better)", "m_tiered": "Tiers", "m_tasks": "Tasks on time",
        "m_attendance": "Attendance", "s_draft": "Draft", "s_self_assessment": "Self-assessment",
        "s_supervisor_review": "Supervisor review", "s_calibration": "Calibration",
        "s_finalised": "Finalised", "s_interviewed": "Interviewed", "guide": "Instructions",
        "guide_title": "Appraisal sheets for offline scoring", "exported_by": "Exported by",
        "exported_at": "Exported at", "people": "People", "sheet": "Sheet",
        "steps": (
            "1. One sheet per person, named 'employee no. name'.",
            "2. Only the yellow cells can be filled in: the 'Supervisor' column and the supervisor's comment.",
            "3. A score is a number from 0 to 100 (1 to 5 for an indicator on the 1–5 scale), at most two decimals; an empty cell leaves the score as it is.",
            "4. Score and grade are as at export; ShopTeam computes them again when the scores are imported.",
            "5. Save the file as .xlsx and choose 'Import scores…' on ShopTeam's Appraisal page.",
            "6. If anything in the file is wrong, nothing is imported and the sheets and cells at fault are listed (for example E002 Li Si!H9).",
            "7. Do not delete sheets or change their layout; renaming a sheet is fine.",
        ),
        "error_title": "Score not valid",
        "error_score": "Enter a number from {low} to {high}, or leave it empty.",
        "prompt_title": "Supervisor's score", "error_comment": "A comment holds at most {max} characters.",
    },
}


class NotAppraisalWorkbookError(FileReadError):
    code = "not_appraisal_workbook"
    template = "{file} is not a workbook of appraisal sheets exported by ShopTeam for offline scoring."


class NewerAppraisalWorkbookError(FileReadError):
    code = "appraisal_workbook_too_new"
    template = "{file} was written by a newer version of ShopTeam (format {version}); update ShopTeam to import it."


class CellProblem(ShopTeamError):
    """One thing wrong in the workbook, naming the sheet and the cell (``where``: "E002 李四!H9")."""

    code = "sheet_cell"
    template = "{where}: {reason}"


def labels(lang: str) -> dict:
    return LABELS[language_key(lang)]


def rating_range(params: dict) -> tuple[Decimal, Decimal]:
    """The scores a rated indicator takes: 1–5 on the five-point scale, else 0–100 (as domain.scoring)."""
    if (params or {}).get("scale") in (5, "5", "five"):
        return Decimal(1), Decimal(5)
    return Decimal(0), Decimal(100)


def clean_text(text: str | None) -> str:
    """Text as a cell can hold it (control characters Excel refuses are dropped)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text or "")


def sheet_title(employee_no: str, name: str, taken: set[str]) -> str:
    """"工号 姓名" within Excel's rules: at most 31 characters, none of []:*?/\\, no apostrophe at either end,
    not 'History', unique ignoring case (a suffix ~2, ~3 … when needed)."""
    base = _FORBIDDEN.sub("_", f"{employee_no} {name}".strip()).strip("'") or "Sheet"
    if base.lower() == "history":
        base += "_"
    title, n = base[:31].rstrip("'"), 1
    while title.lower() in taken:
        n += 1
        suffix = f"~{n}"
        title = base[:31 - len(suffix)].rstrip("'") + suffix
    taken.add(title.lower())
    return title


def _num(value) -> str:
    if value is None:
        return ""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return f"{number:,.0f}"
    return f"{number:,.4f}".rstrip("0").rstrip(".")


def _target(line) -> str:
    return target_text(line, 4)


def _actual(line) -> str:
    return actual_text(line, 4)


def _method(line, t: dict) -> str:
    if line.method == "rating" and rating_range(line.params)[1] == 5:
        return t["m_rating5"]
    return t.get(f"m_{line.method}", line.method)


def _score_value(value) -> float | int | None:
    if value is None:
        return None
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else float(number)


class _Styles:
    def __init__(self):
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.title, self.bold, self.foot = Font(bold=True, size=16), Font(bold=True), Font(size=8, color="555555")
        self.big = Font(bold=True, size=12)
        self.label_fill = PatternFill("solid", fgColor=LABEL_FILL)
        self.head_fill = PatternFill("solid", fgColor=HEAD_FILL)
        self.edit_fill = PatternFill("solid", fgColor=EDIT_FILL)
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
        self.right = Alignment(horizontal="right", vertical="center")
        self.unlocked = Protection(locked=False)


def _put(sheet, ref: str, value, *, font=None, fill=None, align=None, border=None, fmt: str | None = None):
    """Write a value (text stays text, even '=…') with its style."""
    cell = sheet[ref]
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    if border is not None:
        cell.border = border
    if fmt:
        cell.number_format = fmt
    return cell


def _box(sheet, first: str, last: str, st: _Styles) -> None:
    """Borders on every cell of a range (merged cells draw the border of each of their cells)."""
    for row in sheet[f"{first}:{last}"]:
        for cell in row:
            cell.border = st.border


def _merge(sheet, first: str, last: str, value, st: _Styles, **style):
    if first != last:
        sheet.merge_cells(f"{first}:{last}")
    cell = _put(sheet, first, value, **style)
    if style.get("border") is not None:
        _box(sheet, first, last, st)
    return cell


@dataclass
class _Meta:
    rows: list[list[Any]] = field(default_factory=list)


def _person_sheet(workbook, sheet, detail, t: dict, st: _Styles, meta: _Meta, shop_name: str) -> None:
    from openpyxl.utils import absolute_coordinate, quote_sheetname
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    row, cycle = detail.row, detail.cycle
    period = t["year_month"].format(y=cycle.year, m=cycle.month)
    for letter, width in zip(COLUMNS, WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    b = st.border
    _merge(sheet, "A1", f"{LAST}1", t["title"], st, font=st.title, align=st.center)
    sheet.row_dimensions[1].height = 36
    _merge(sheet, "A2", f"{LAST}2", f"{t['shop']}：{shop_name}\u3000\u3000{t['period']}：{period}", st, align=st.center)
    info = ((("A", t["name"]), ("B", row.name), ("C", t["no"]), ("D", row.employee_no), ("E", t["department"]),
             ("F", row.department), ("G", t["role"]), ("H", row.role)),
            (("A", t["scheme"]), ("B", row.scheme), ("C", t["self_weight"]), ("D", f"{detail.self_weight}%"),
             ("E", t["supervisor_weight"]), ("F", f"{100 - detail.self_weight}%"), ("G", t["state"]),
             ("H", t.get(f"s_{row.state}", row.state))))
    for r, pairs in enumerate(info, start=3):
        for i, (col, text) in enumerate(pairs):
            label = i % 2 == 0
            last = LAST if col == "H" else col
            _merge(sheet, f"{col}{r}", f"{last}{r}", text, st, font=st.bold if label else None,
                   fill=st.label_fill if label else None, align=st.left, border=b)
        sheet.row_dimensions[r].height = 26
    heads = ("group", "indicator", "weight", "method", "target", "actual", "self", "supervisor", "score", "weighted")
    r = 6
    for col, key in zip(COLUMNS, heads, strict=True):
        _put(sheet, f"{col}{r}", t[key], font=st.bold, fill=st.head_fill, align=st.center, border=b)
    sheet.row_dimensions[r].height = 26
    r += 1
    weighted = weighted_lines(((line.weight, line.computed_score) for line in detail.scores), detail.base_score)
    groups: dict[str, list] = {}
    for index, line in enumerate(detail.scores):
        groups.setdefault(line.group, []).append((index, line))
    validations: dict[tuple[Decimal, Decimal], list[str]] = {}
    comment_name = COMMENT_NAME.format(id=row.id)
    for group in ("results", "ability", "attitude", *[g for g in groups if g not in t]):
        lines = groups.get(group, [])
        if not lines:
            continue
        top = r
        for index, line in lines:
            values = (line.name, _num(line.weight), _method(line, t), _target(line), _actual(line))
            for col, value in zip("BCDEF", values, strict=True):
                _put(sheet, f"{col}{r}", value, align=st.left if col in "BD" else st.center, border=b)
            _put(sheet, f"G{r}", _score_value(line.self_score) if line.rated else None, align=st.center, border=b)
            _put(sheet, f"I{r}", _score_value(line.computed_score), align=st.right, border=b, fmt="0.00")
            part = weighted_cell(weighted, index, t["lang"])
            _put(sheet, f"J{r}", part if isinstance(part, str) else _score_value(part), align=st.right, border=b,
                 fmt="0.00")
            score_cell = _put(sheet, f"{SCORE_COLUMN}{r}", _score_value(line.supervisor_score) if line.rated else None,
                              align=st.center, border=b)
            if line.rated:
                score_cell.fill, score_cell.protection = st.edit_fill, st.unlocked
                name = SCORE_NAME.format(id=line.id)
                workbook.defined_names[name] = DefinedName(
                    name, attr_text=f"{quote_sheetname(sheet.title)}!{absolute_coordinate(score_cell.coordinate)}")
                validations.setdefault(rating_range(line.params), []).append(score_cell.coordinate)
                meta.rows.append(["score", row.id, line.id, row.employee_no, line.name, name,
                                  _score_value(line.supervisor_score)])
            sheet.row_dimensions[r].height = 34 if len(line.name) > 11 else 26
            r += 1
        _merge(sheet, f"A{top}", f"A{r - 1}", t.get(group, group), st, align=st.center, border=b)
    for key, value in (("subtotal", detail.base_score), ("points", detail.points or 0)):
        _merge(sheet, f"A{r}", f"I{r}", t[key], st, font=st.bold, fill=st.label_fill, align=st.left, border=b)
        _put(sheet, f"J{r}", _score_value(value), align=st.right, border=b, fmt="0.00")
        sheet.row_dimensions[r].height = 24
        r += 1
        rescaled = rescaled_sentence(weighted, t["lang"]) if key == "subtotal" else ""
        if rescaled:
            _merge(sheet, f"A{r}", f"{LAST}{r}", rescaled, st, align=st.left, border=b)
            sheet.row_dimensions[r].height = 24
            r += 1
    grade = row.effective_grade
    _merge(sheet, f"A{r}", f"C{r}", t["total"], st, font=st.big, fill=st.label_fill, align=st.left, border=b)
    total = _score_value(row.score) if row.score is not None else t["pending"]
    _merge(sheet, f"D{r}", f"E{r}", total, st, font=st.big, align=st.center, border=b).number_format = "0.00"
    _merge(sheet, f"F{r}", f"G{r}", t["grade"], st, font=st.big, fill=st.label_fill, align=st.left, border=b)
    _merge(sheet, f"H{r}", f"{LAST}{r}", t.get(grade, "") if grade else t["pending"], st, font=st.big, align=st.center,
           border=b)
    sheet.row_dimensions[r].height = 32
    r += 1
    _merge(sheet, f"A{r}", f"{LAST}{r}", t["foot"], st, font=st.foot, align=st.left)
    r += 1
    _merge(sheet, f"A{r}", f"A{r}", t["self_comment"], st, font=st.bold, fill=st.label_fill, align=st.top_left,
           border=b)
    _merge(sheet, f"B{r}", f"{LAST}{r}", detail.self_comment or "", st, align=st.top_left, border=b)
    sheet.row_dimensions[r].height = 90
    r += 1
    _merge(sheet, f"A{r}", f"A{r}", t["comment"], st, font=st.bold, fill=st.label_fill, align=st.top_left, border=b)
    comment = _merge(sheet, f"B{r}", f"{LAST}{r}", detail.supervisor_comment or "", st, fill=st.edit_fill,
                     align=st.top_left, border=b)
    for cell in sheet[f"B{r}:{LAST}{r}"][0]:
        cell.protection = st.unlocked
    sheet.row_dimensions[r].height = 180
    workbook.defined_names[comment_name] = DefinedName(
        comment_name, attr_text=f"{quote_sheetname(sheet.title)}!{absolute_coordinate(comment.coordinate)}")
    meta.rows.append(["comment", row.id, None, row.employee_no, row.name, comment_name,
                      clean_text(detail.supervisor_comment)])
    comment_rule = DataValidation(type="textLength", operator="lessThanOrEqual", formula1=str(MAX_COMMENT),
                                  allow_blank=True, showErrorMessage=True, errorTitle=t["error_title"],
                                  error=t["error_comment"].format(max=MAX_COMMENT))
    comment_rule.add(comment.coordinate)
    sheet.add_data_validation(comment_rule)
    for (low, high), cells in validations.items():
        rule = DataValidation(type="decimal", operator="between", formula1=str(low), formula2=str(high),
                              allow_blank=True, showErrorMessage=True, showInputMessage=True, errorStyle="stop",
                              errorTitle=t["error_title"], error=t["error_score"].format(low=low, high=high),
                              promptTitle=t["prompt_title"], prompt=f"{low}–{high}")
        for ref in cells:
            rule.add(ref)
        sheet.add_data_validation(rule)
    r += 2
    sheet.row_dimensions[r].height = sheet.row_dimensions[r + 1].height = 30
    _merge(sheet, f"A{r}", f"D{r}", t["employee_sign"], st, align=st.left)
    _merge(sheet, f"F{r}", f"{LAST}{r}", t["assessor_sign"], st, align=st.left)
    _merge(sheet, f"A{r + 1}", f"D{r + 1}", t["date"], st, align=st.left)
    _merge(sheet, f"F{r + 1}", f"{LAST}{r + 1}", t["date"], st, align=st.left)
    _page_setup(sheet, f"A1:{LAST}{r + 1}")
    _protect(sheet)


def _page_setup(sheet, area: str) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.print_area = area


def _protect(sheet) -> None:
    """Protection on (no password: it guards against slips; the import reads only the named cells anyway);
    column widths and row heights may still be changed to read long texts."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _guide_sheet(sheet, details, t: dict, st: _Styles, titles: list[str], *, shop_name: str, period: str,
                 exported_by: str, exported_at: datetime) -> None:
    from openpyxl.worksheet.hyperlink import Hyperlink

    for letter, width in zip("ABCD", (12, 14, 16, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    _merge(sheet, "A1", "D1", t["guide_title"], st, font=st.title, align=st.left)
    sheet.row_dimensions[1].height = 28
    facts = ((t["shop"], shop_name), (t["period"], period), (t["exported_by"], exported_by),
             (t["exported_at"], exported_at.strftime("%Y-%m-%d %H:%M")), (t["people"], len(details)))
    r = 3
    for label, value in facts:
        _put(sheet, f"A{r}", label, font=st.bold)
        _merge(sheet, f"B{r}", f"D{r}", value, st, align=st.left)
        r += 1
    r += 1
    for step in t["steps"]:
        _merge(sheet, f"A{r}", f"D{r}", step, st, align=st.left)
        sheet.row_dimensions[r].height = 32 if len(step) > 40 else 18
        r += 1
    r += 1
    for col, key in zip("ABCD", ("no", "name", "department", "sheet"), strict=True):
        _put(sheet, f"{col}{r}", t[key], font=st.bold, fill=st.head_fill, border=st.border)
    for detail, title in zip(details, titles, strict=True):
        r += 1
        for col, value in zip("ABC", (detail.row.employee_no, detail.row.name, detail.row.department), strict=True):
            _put(sheet, f"{col}{r}", value, border=st.border)
        link = _put(sheet, f"D{r}", title, border=st.border)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{title.replace(chr(39), chr(39) * 2)}'!A1")
        link.style = "Hyperlink"
        link.border = st.border
    _page_setup(sheet, f"A1:D{r}")
    sheet.page_setup.fitToHeight = 0
    _protect(sheet)


def write_appraisal_workbook(path: str | Path, details: Sequence, *, cycle_id: int, shop_name: str = "",
                             lang: str = "zh_CN", exported_by: str = "", exported_at: datetime | None = None,
                             progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the workbook (see the module's docstring) for ``details`` of the cycle ``cycle_id``; returns the
    path. ``progress(done, total)`` after each sheet may raise to stop (nothing is saved then)."""
    from openpyxl import Workbook

    if not details:
        raise ValueError("no appraisals to write")
    path = Path(path)
    t = labels(lang)
    cycle = details[0].cycle
    period_key = f"{cycle.year}-{cycle.month:02d}"
    exported_at = exported_at or clock.local_now()
    st = _Styles()
    workbook = Workbook()
    guide = workbook.active
    guide.title = t["guide"]
    taken = {guide.title.lower(), META_SHEET}
    meta = _Meta()
    titles = []
    for i, detail in enumerate(details):
        title = sheet_title(detail.row.employee_no, detail.row.name, taken)
        titles.append(title)
        _person_sheet(workbook, workbook.create_sheet(title), detail, t, st, meta, shop_name)
        if progress is not None:
            progress(i + 1, len(details))
    _guide_sheet(guide, details, t, st, titles, shop_name=shop_name,
                 period=t["year_month"].format(y=cycle.year, m=cycle.month), exported_by=exported_by,
                 exported_at=exported_at)
    hidden = workbook.create_sheet(META_SHEET)
    head = [["format", FORMAT], ["version", FORMAT_VERSION], ["cycle_id", cycle_id], ["period", period_key],
            ["exported_at", exported_at.isoformat(timespec="seconds")], ["exported_by", exported_by], [],
            ["kind", "appraisal_id", "score_id", "employee_no", "label", "defined_name", "exported"]]
    for values in head + meta.rows:
        hidden.append([clean_text(v) if isinstance(v, str) else v for v in values])
    hidden.sheet_state = "veryHidden"
    _protect(hidden)
    workbook.active = 0
    workbook.save(path)
    return path


# ------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class CellValue:
    """An editable cell as found in the workbook: where it is, what it holds, what it held at export."""

    sheet: str
    cell: str
    value: Any
    exported: Any

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}"


@dataclass(frozen=True)
class PersonCells:
    appraisal_id: int
    employee_no: str
    name: str
    sheet: str
    comment: CellValue | None
    scores: tuple[tuple[int, CellValue], ...]  # (score line id, cell)


@dataclass(frozen=True)
class SheetsFile:
    file: str
    cycle_id: int
    period: str
    version: int
    people: tuple[PersonCells, ...]
    problems: tuple[CellProblem, ...]


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_appraisal_workbook(path: str | Path) -> SheetsFile:
    """The editable cells of a workbook written by :func:`write_appraisal_workbook`, found through the hidden
    sheet and the defined names (never the sheet names). Cells that cannot be found are reported in
    ``problems``; a file that is not such a workbook raises ``NotAppraisalWorkbookError``."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        workbook = load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds
        raise NotAppraisalWorkbookError(file=path.name) if path.is_file() and path.stat().st_size \
            else FileReadError(file=path.name, reason=str(exc) or type(exc).__name__) from exc
    try:
        if META_SHEET not in workbook.sheetnames:
            raise NotAppraisalWorkbookError(file=path.name)
        rows = list(workbook[META_SHEET].iter_rows(values_only=True))
        head = {str(r[0]): r[1] for r in rows[:7] if r and r[0] is not None and len(r) > 1}
        if head.get("format") != FORMAT or _int(head.get("cycle_id")) is None:
            raise NotAppraisalWorkbookError(file=path.name)
        version = _int(head.get("version")) or 0
        if version > FORMAT_VERSION:
            raise NewerAppraisalWorkbookError(file=path.name, version=version)
        people: dict[int, dict] = {}
        problems: list[CellProblem] = []
        for values in rows[8:]:
            values = tuple(values) + (None,) * (7 - len(values))
            kind, appraisal_id, score_id, employee_no, label, name, exported = values[:7]
            appraisal_id = _int(appraisal_id)
            if kind not in ("score", "comment") or appraisal_id is None:
                continue
            person = people.setdefault(appraisal_id, {"no": str(employee_no or ""), "name": "", "sheet": "",
                                                      "comment": None, "scores": []})
            found = _find(workbook, str(name or ""))
            if found is None:
                problems.append(CellProblem(
                    "{who}: the cell for {what} is missing (the workbook was changed); export the sheets again.",
                    code="sheet_cell_missing", where="", who=f"{employee_no} {label or ''}".strip(),
                    what=str(label or name)))
                continue
            cell = CellValue(found[0], found[1], found[2], exported)
            person["sheet"] = person["sheet"] or found[0]
            if kind == "comment":
                person["comment"], person["name"] = cell, str(label or "")
            elif _int(score_id) is not None:
                person["scores"].append((_int(score_id), cell))
    finally:
        workbook.close()
    return SheetsFile(
        file=path.name, cycle_id=int(head["cycle_id"]), period=str(head.get("period") or ""), version=version,
        people=tuple(PersonCells(aid, p["no"], p["name"], p["sheet"], p["comment"], tuple(p["scores"]))
                     for aid, p in people.items()),
        problems=tuple(problems))


def _find(workbook, name: str) -> tuple[str, str, Any] | None:
    """(sheet title, cell, value) a defined name points at, or None."""
    defined = workbook.defined_names.get(name) if name else None
    if defined is None:
        return None
    try:
        destinations = list(defined.destinations)
    except Exception:  # noqa: BLE001 - a name edited into something that is not a cell
        return None
    if len(destinations) != 1:
        return None
    title, ref = destinations[0]
    if title not in workbook.sheetnames:
        return None
    ref = ref.replace("$", "")
    if ":" in ref:
        return None
    return title, ref, workbook[title][ref].value


def parse_score(value, low: Decimal, high: Decimal) -> tuple[Decimal | None, str | None]:
    """(score rounded to hundredths, None), (None, None) for an empty cell, or (None, problem code):
    'score_not_number' or 'score_out_of_range'. A number typed as text ("85") counts as the number."""
    from decimal import ROUND_HALF_UP

    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return None, "score_not_number"
    try:
        number = Decimal(value.strip().replace(",", "") if isinstance(value, str) else str(value))
    except InvalidOperation:
        return None, "score_not_number"
    if not number.is_finite():
        return None, "score_not_number"
    if not low <= number <= high:
        return None, "score_out_of_range"
    return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), None
