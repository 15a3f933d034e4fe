"""Task cards in Excel: the sheet a board's cards are exported to, read back by the card import, and the
weekly-report workbook. No Qt and no database: rows are plain dicts keyed by ``CARD_FIELDS``.

The card sheet's headers are in the user's language; the reader accepts the Chinese and the English ones
(and a few synonyms), in any order, with the header row anywhere in the first ten rows. Assignees are
written as "工号 姓名" separated by "、"; the checklist as one line per item, "[x] " for a done one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from shopteam.domain.errors import ShopTeamError
from shopteam.io.errors import EmptySheetError, FileReadError, HeaderNotFoundError
from shopteam.io.table_export import write_xlsx

# (key, Chinese header, English header, more accepted headers)
CARD_FIELDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("title", "任务", "Title", ("标题", "任务名称", "任务卡片")),
    ("column", "阶段", "Column", ("列", "状态", "Stage")),
    ("assignees", "负责人", "Assignees", ("执行人", "Assignee")),
    ("priority", "优先级", "Priority", ()),
    ("tags", "标签", "Tags", ()),
    ("start_date", "开始日期", "Start date", ("开始",)),
    ("due_date", "截止日期", "Due date", ("截止", "Due")),
    ("estimate_hours", "预计工时", "Estimate (hours)", ("预计工时(小时)", "Estimate")),
    ("goal", "目标", "Goal", ()),
    ("description", "描述", "Description", ("说明",)),
    ("checklist", "检查清单", "Checklist", ("子任务",)),
)
PRIORITY_NAMES = {0: ("低", "Low"), 1: ("普通", "Normal"), 2: ("高", "High"), 3: ("紧急", "Urgent")}
WEEKLY_HEADERS = (("工号", "Employee no."), ("姓名", "Name"), ("部门", "Department"), ("类别", "Section"),
                  ("看板", "Board"), ("阶段", "Column"), ("任务", "Title"), ("截止日期", "Due date"),
                  ("完成日期", "Done on"))
WEEKLY_SECTIONS = {"done": ("本周完成", "Done this week"), "planned": ("下周计划", "Planned for next week")}
_SPLIT = re.compile(r"[、,，;；\n]+")


class CardSheetError(ShopTeamError):
    code = "card_sheet"
    template = "Row {row}: {reason}"


def _lang_index(language: str) -> int:
    return 0 if language.startswith("zh") else 1


def card_headers(language: str) -> list[str]:
    i = _lang_index(language)
    return [f[1 + i] for f in CARD_FIELDS]


def priority_text(priority: int, language: str) -> str:
    return PRIORITY_NAMES.get(priority, PRIORITY_NAMES[1])[_lang_index(language)]


def parse_priority(value: Any) -> int:
    if value is None or value == "":
        return 1
    if isinstance(value, int | float):
        return int(value)
    text = str(value).strip().lower()
    for number, names in PRIORITY_NAMES.items():
        if text in (names[0], names[1].lower(), str(number)):
            return number
    raise ValueError(f"unknown priority {value}")


def write_cards_xlsx(path: str | Path, cards: Sequence[dict], *, language: str = "zh_CN", sheet_title: str = "",
                     progress: Callable[[int, int], None] | None = None) -> Path:
    """One row per card, keyed by CARD_FIELDS (assignees: list of (no, name); checklist: list of (text, done);
    tags: list of str; priority: int; dates: date or None)."""
    rows = []
    for card in cards:
        rows.append([
            card.get("title", ""), card.get("column", ""),
            "、".join(f"{no} {name}".strip() for no, name in card.get("assignees", ())),
            priority_text(card.get("priority", 1), language), ", ".join(card.get("tags", ())),
            card.get("start_date"), card.get("due_date"), card.get("estimate_hours"), card.get("goal", ""),
            card.get("description", ""),
            "\n".join(("[x] " if done else "[ ] ") + text for text, done in card.get("checklist", ())),
        ])
    return write_xlsx(path, card_headers(language), rows, sheet_title=sheet_title or "Cards", progress=progress)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if not match:
        raise ValueError(f"{text} is not a date")
    return date(*(int(g) for g in match.groups()))


def _header_map(cells: Sequence[Any]) -> dict[int, str]:
    names = {}
    for key, zh, en, more in CARD_FIELDS:
        for name in (zh, en, *more):
            names[name.strip().lower()] = key
    return {i: names[str(c).strip().lower()] for i, c in enumerate(cells)
            if c is not None and str(c).strip().lower() in names}


def read_cards_xlsx(path: str | Path) -> list[dict]:
    """The cards of the first sheet, in row order: dicts with CARD_FIELDS keys (assignees: list of
    "no name" texts; checklist: list of (text, done); tags: list; priority: int; dates: date or None).
    Rows without a title are skipped. Raises CardSheetError naming the row for a bad value."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds
        raise FileReadError(file=path.name, reason=str(exc) or type(exc).__name__) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    if not rows:
        raise EmptySheetError(file=path.name, sheet=sheet.title)
    header_at, mapping = None, {}
    for i, row in enumerate(rows[:10]):
        mapping = _header_map(row)
        if "title" in mapping.values():
            header_at = i
            break
    if header_at is None:
        raise HeaderNotFoundError(file=path.name, sheet=sheet.title, rows=10)
    cards = []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        raw = {key: row[i] if i < len(row) else None for i, key in mapping.items()}
        title = str(raw.get("title") or "").strip()
        if not title:
            continue
        try:
            estimate = raw.get("estimate_hours")
            cards.append({
                "row": number, "title": title, "column": str(raw.get("column") or "").strip(),
                "assignees": [t.strip() for t in _SPLIT.split(str(raw.get("assignees") or "")) if t.strip()],
                "priority": parse_priority(raw.get("priority")),
                "tags": [t.strip() for t in _SPLIT.split(str(raw.get("tags") or "")) if t.strip()],
                "start_date": _as_date(raw.get("start_date")), "due_date": _as_date(raw.get("due_date")),
                "estimate_hours": None if estimate in (None, "") else float(estimate),
                "goal": str(raw.get("goal") or "").strip(),
                "description": str(raw.get("description") or ""),
                "checklist": [(line[4:].strip(), line.startswith("[x]")) if line[:3] in ("[x]", "[ ]")
                              else (line.strip(), False)
                              for line in str(raw.get("checklist") or "").splitlines() if line.strip()],
            })
        except ValueError as exc:
            raise CardSheetError(row=number, reason=str(exc)) from exc
    return cards


def write_weekly_xlsx(path: str | Path, reports: Sequence[dict], *, language: str = "zh_CN",
                      progress: Callable[[int, int], None] | None = None) -> Path:
    """Weekly reports: dicts with employee_no, name, department, done and planned (lists of dicts with
    board, column, title, due_date, done_on). One row per card, a person without cards gets one row."""
    i = _lang_index(language)
    rows = []
    for report in reports:
        person = [report["employee_no"], report["name"], report["department"]]
        lines = [(WEEKLY_SECTIONS[section][i], line) for section in ("done", "planned") for line in report[section]]
        if not lines:
            rows.append([*person, "", "", "", "", None, None])
        for section, line in lines:
            rows.append([*person, section, line["board"], line["column"], line["title"], line["due_date"],
                         line["done_on"]])
    title = "周报" if i == 0 else "Weekly report"
    return write_xlsx(path, [h[i] for h in WEEKLY_HEADERS], rows, sheet_title=title, progress=progress)
