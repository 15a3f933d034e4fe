"""The record of a weekly meeting (周例会) as an Excel workbook: the people's parts, the issues and
decisions, the action items, one sheet each, headers in the shop's language. No Qt and no database: the
meeting comes as a plain dict (services/meetings/exports)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from shopteam.io.table_export import DATE_FORMAT, MAX_WIDTH, display_width

# (Chinese, English)
PART_HEADERS = (("工号", "Employee no."), ("姓名", "Name"), ("部门", "Department"), ("出席", "Attended"),
                ("本周总结", "This week's summary"), ("下周计划", "Next week's plan"))
ITEM_HEADERS = (("类别", "Kind"), ("内容", "Text"))
ACTION_HEADERS = (("待办事项", "Action item"), ("负责人", "Owner"), ("截止日期", "Due date"), ("看板", "Board"),
                  ("任务卡片", "Card"))
SHEETS = (("个人汇报", "Parts"), ("问题与决议", "Issues and decisions"), ("待办事项", "Action items"))
KINDS = {"issue": ("问题", "Issue"), "risk": ("风险", "Risk"), "decision": ("决议", "Decision")}
YES_NO = (("是", "Yes"), ("否", "No"))
TITLE = ("{week} {scope}周例会（{day}）", "Weekly meeting {week} of {scope} ({day})")
SHOP = ("全店", "the shop")
NOTES = ("会议记录：", "Notes: ")


def _sheet(workbook, title: str, caption: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           wrap: Sequence[int] = ()) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title[:31])
    sheet.cell(row=1, column=1, value=caption).font = Font(bold=True, size=13)
    widths = [display_width(h) for h in headers]
    for col, header in enumerate(headers, start=1):
        cell = sheet.cell(row=2, column=col, value=header)
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=3):
        for col, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=col)
            if isinstance(value, date):
                cell.value, cell.number_format, shown = value, DATE_FORMAT, 10
            elif isinstance(value, int):
                cell.value, shown = value, len(str(value))
            else:
                text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                cell.value, cell.data_type = text, "s"  # text stays text, even "=SUM(A1)"
                shown = max(display_width(line) for line in text.splitlines() or [""])
            if col - 1 in wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[col - 1] = max(widths[col - 1], min(shown, MAX_WIDTH))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 2
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "2:2"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def write_meeting_xlsx(path: str | Path, meeting: dict, *, language: str = "zh_CN") -> Path:
    """``meeting``: week, department ("" for the shop), held_on, notes, parts (dicts with employee_no, name,
    department, attended, summary, plan), items (kind, text), actions (text, owner, due_date, board, card_id)."""
    from openpyxl import Workbook

    i = 0 if language.startswith("zh") else 1
    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    caption = TITLE[i].format(week=meeting["week"], scope=meeting["department"] or SHOP[i],
                              day=meeting["held_on"].isoformat())
    _sheet(workbook, SHEETS[0][i], caption, [h[i] for h in PART_HEADERS],
           [[p["employee_no"], p["name"], p["department"], YES_NO[0 if p["attended"] else 1][i], p["summary"],
             p["plan"]] for p in meeting["parts"]], wrap=(4, 5))
    _sheet(workbook, SHEETS[1][i], caption, [h[i] for h in ITEM_HEADERS],
           [[KINDS[item["kind"]][i], item["text"]] for item in meeting["items"]], wrap=(1,))
    _sheet(workbook, SHEETS[2][i], caption, [h[i] for h in ACTION_HEADERS],
           [[a["text"], a["owner"], a["due_date"], a["board"], a["card_id"]] for a in meeting["actions"]], wrap=(0,))
    if meeting.get("notes"):
        notes = f"{NOTES[i]}{meeting['notes']}"
        workbook[SHEETS[0][i]].cell(row=len(meeting["parts"]) + 4, column=1, value=notes).data_type = "s"
    workbook.save(path)
    return path
