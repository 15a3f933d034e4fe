"""Find the header row (below title rows, possibly two rows with merged group cells) and map columns.

Columns are matched by name against Chinese and English synonyms. The result, a
:class:`ColumnMapping`, says which column holds which field and carries the layout's signature (the
normalised header names) so a mapping the user corrected can be remembered for files of the same layout.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from shopteam.io.errors import HeaderNotFoundError
from shopteam.io.reader import RawSheet

HEADER_SCAN_ROWS = 20

#: field -> synonyms, best first. A normalised name belongs to one field only.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_no": (
        "工号",
        "员工编号",
        "员工工号",
        "编号",
        "职工编号",
        "人员编号",
        "员工号",
        "工号/编号",
        "账号",
        "employee no",
        "employee no.",
        "employee_no",
        "employee number",
        "employee id",
        "staff no",
        "emp no",
        "userid",
        "user id",
    ),
    "name": (
        "姓名",
        "员工姓名",
        "名字",
        "人员姓名",
        "职工姓名",
        "员工",
        "name",
        "employee name",
        "full name",
    ),
    "department": ("部门", "所属部门", "部门名称", "department", "dept"),
    "role": ("岗位", "职位", "职务", "岗位名称", "role", "position", "job title", "job", "应聘职位", "应聘岗位",
             "招聘职位", "招聘岗位", "applied position", "position applied for"),
    "hire_date": ("入职日期", "入职时间", "入职", "hire date", "hired", "start date", "date joined"),
    "base_salary": ("基本工资", "底薪", "基本薪资", "月薪", "base salary", "basic salary", "salary"),
    "social_insurance_base": ("社保基数", "社保缴费基数", "社会保险缴费基数", "社会保险基数", "social insurance base",
                              "si base"),
    "housing_fund_base": ("公积金基数", "公积金缴存基数", "住房公积金基数", "住房公积金缴存基数", "housing fund base",
                          "hf base"),
    "additional_deduction": ("专项附加扣除", "每月专项附加扣除", "专项附加扣除额", "special additional deductions",
                             "additional deductions"),
    "gender": ("性别", "gender", "sex"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile"),
    "email": ("邮箱", "电子邮箱", "email", "e-mail"),
    "date": (
        "日期",
        "考勤日期",
        "工作日期",
        "打卡日期",
        "出勤日期",
        "时间",
        "date",
        "work date",
        "attendance date",
    ),
    "clock_in": (
        "上班打卡",
        "上班打卡时间",
        "签到时间",
        "上班1打卡时间",
        "上班时间",
        "最早",
        "最早打卡",
        "最早打卡时间",
        "签到",
        "上班",
        "clock in",
        "clock-in",
        "check in",
        "check-in",
        "time in",
        "in",
    ),
    "clock_out": (
        "下班打卡",
        "下班打卡时间",
        "签退时间",
        "下班1打卡时间",
        "下班时间",
        "最晚",
        "最晚打卡",
        "最晚打卡时间",
        "签退",
        "下班",
        "clock out",
        "clock-out",
        "check out",
        "check-out",
        "time out",
        "out",
    ),
    "punch_time": ("打卡时间", "打卡时刻", "刷卡时间", "punch time", "check time", "punch"),
    "task": ("任务", "工作内容", "任务名称", "事项", "工作事项", "看板卡片", "task", "card"),
    "hours": ("工时", "工作时长", "工时(小时)", "小时数", "时长", "hours", "work hours", "worked hours"),
    "overtime_hours": ("加班工时", "加班时长", "加班小时", "加班", "overtime", "overtime hours", "ot hours"),
    "note": ("备注", "说明", "note", "notes", "remark", "remarks", "comment"),
    # KPI actuals (绩效指标数据)
    "indicator": ("指标", "指标名称", "考核指标", "指标项", "kpi", "indicator", "metric", "kpi name"),
    "value": ("数值", "实际值", "完成值", "指标值", "实际", "value", "actual", "amount"),
    "period": ("期间", "考核期间", "月份", "考核月份", "统计月份", "period", "month"),
    # candidates (招聘候选人)
    "source": ("来源", "渠道", "招聘渠道", "简历来源", "应聘渠道", "source", "channel"),
    "expected_salary": ("期望薪资", "期望工资", "期望月薪", "期望薪酬", "薪资要求", "expected salary",
                        "salary expectation"),
    "cv_path": ("简历", "简历文件", "简历路径", "简历附件", "cv", "resume", "cv file"),
    "applied_on": ("投递日期", "投递时间", "应聘日期", "申请日期", "applied on", "application date", "applied"),
}

ROSTER, PUNCHES, PUNCH_LOG, TIMESHEET = "roster", "punches", "punch_log", "timesheet"
KPI = "kpi"
CANDIDATES = "candidates"
KINDS = (ROSTER, PUNCHES, PUNCH_LOG, TIMESHEET, KPI, CANDIDATES)
_PERSON = ("employee_no", "name", "department", "role")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    ROSTER: _PERSON + ("hire_date", "base_salary", "gender", "phone", "email", "note", "social_insurance_base",
                       "housing_fund_base", "additional_deduction"),
    PUNCHES: _PERSON + ("date", "clock_in", "clock_out", "note"),
    PUNCH_LOG: _PERSON + ("date", "punch_time", "note"),
    TIMESHEET: ("employee_no", "name", "date", "task", "hours", "overtime_hours", "note"),
    KPI: ("employee_no", "name", "indicator", "value", "period", "note"),
    CANDIDATES: ("name", "phone", "role", "source", "expected_salary", "cv_path", "applied_on", "note"),
}


def normalise_header(value: Any) -> str:
    """'  所属部门（必填）* ' -> '所属部门'; 'Clock In' -> 'clock in'; units in brackets are dropped."""
    if value is None:
        return ""
    text = str(value).replace("\u3000", " ").strip().lower()
    text = re.sub(r"[*＊:：]+$", "", text).strip("* ")
    text = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", text)
    return re.sub(r"\s+", " ", text).strip()


_LOOKUP: dict[str, tuple[str, int]] = {}
for _field, _names in SYNONYMS.items():
    for _rank, _name in enumerate(_names):
        _LOOKUP.setdefault(normalise_header(_name), (_field, _rank))


def field_for(header: str) -> tuple[str, int] | None:
    """The field a normalised header names and how good a synonym it is (0 = best)."""
    if not header:
        return None
    return _LOOKUP.get(header) or _LOOKUP.get(header.replace(" ", ""))


@dataclass(frozen=True)
class HeaderLayout:
    header_rows: tuple[int, ...]  # 0-based indexes of the header rows
    names: tuple[str, ...]  # one combined, normalised name per column ('考勤概况/最早')
    matches: tuple[tuple[str, int] | None, ...]  # per column: (field, rank) or None

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    @property
    def signature(self) -> tuple[str, ...]:
        names = list(self.names)
        while names and not names[-1]:
            names.pop()
        return tuple(names)


def _match_column(top: str, sub: str, top_is_group: bool) -> tuple[str, int] | None:
    if top and sub:
        return field_for(f"{top}/{sub}") or field_for(sub) or (None if top_is_group else field_for(top))
    return field_for(sub or top)


def _score(matches) -> int:
    return len({m[0] for m in matches if m})


def _single_row(cells: list[Any]) -> HeaderLayout:
    names = tuple(normalise_header(c) if isinstance(c, str) else "" for c in cells)
    return HeaderLayout((), names, tuple(field_for(n) for n in names))


def _group_spans(sheet: RawSheet, row: int, top: list[str]) -> list[bool]:
    """Per column: does the top-row label belong to a horizontal group (merged across columns)?"""
    width = len(top)
    grouped = [False] * width
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 <= row <= r1 and c1 > c0:
            label = top[c0] if c0 < width else ""
            for col in range(c0, min(c1, width - 1) + 1):
                top[col] = label
                grouped[col] = True
    return grouped


def _two_rows(sheet: RawSheet, row: int) -> HeaderLayout | None:
    rows = sheet.rows
    if row + 1 >= len(rows):
        return None
    top = [normalise_header(c) if isinstance(c, str) else "" for c in rows[row]]
    below = rows[row + 1]
    if any(
        isinstance(c, date | datetime | int | float) and not isinstance(c, bool) for c in below if c != ""
    ):
        return None
    sub = [normalise_header(c) if isinstance(c, str) else "" for c in below]
    width = max(len(top), len(sub))
    top += [""] * (width - len(top))
    sub += [""] * (width - len(sub))
    grouped = _group_spans(sheet, row, top)
    if not sheet.merged:  # no merge information (CSV, some .xls): a label runs on over empty cells
        label = ""
        for col in range(width):
            if top[col]:
                label = top[col]
            elif label and sub[col]:
                top[col] = label
                grouped[col] = grouped[col - 1] = True
            else:
                label = ""
    names, matches = [], []
    for col in range(width):
        t, s = top[col], sub[col]
        names.append(f"{t}/{s}" if t and s and t != s else (s or t))
        matches.append(_match_column(t, s if s != t else "", grouped[col]))
    return HeaderLayout((row, row + 1), tuple(names), tuple(matches))


def detect_header(sheet: RawSheet, *, scan_rows: int = HEADER_SCAN_ROWS) -> HeaderLayout:
    """The header row (or two rows) among the first ``scan_rows`` rows: the one naming most known fields."""
    best: HeaderLayout | None = None
    best_score = 0
    for index, cells in enumerate(sheet.rows[:scan_rows]):
        layout = _single_row(cells)
        score = _score(layout.matches)
        if score > best_score:
            best, best_score = replace(layout, header_rows=(index,)), score
    if best is None or best_score < 2:
        raise HeaderNotFoundError(file=f"'{sheet.file.name}'", sheet=sheet.name, rows=scan_rows)
    double = _two_rows(sheet, best.header_rows[0])
    if double is not None and _score(double.matches) > best_score:
        return double
    return best


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) holds which field, for one import kind and one layout."""

    kind: str
    columns: dict[str, int]
    layout: HeaderLayout
    required_missing: tuple[str, ...] = field(default=())

    @property
    def signature(self) -> tuple[str, ...]:
        return self.layout.signature

    @property
    def layout_key(self) -> str:
        """A short stable key of the layout, to remember a corrected mapping by."""
        return hashlib.sha1("\x1f".join(self.signature).encode("utf-8")).hexdigest()[:16]

    @property
    def first_data_row(self) -> int:
        return self.layout.first_data_row

    def header_of(self, field_name: str) -> str:
        col = self.columns.get(field_name)
        return self.layout.names[col] if col is not None and col < len(self.layout.names) else ""

    def with_columns(self, corrections: dict[str, int | None]) -> ColumnMapping:
        """A copy with the user's corrections (field -> column, or None to unmap a field)."""
        columns = dict(self.columns)
        for name, col in corrections.items():
            if col is None:
                columns.pop(name, None)
            else:
                for other, other_col in list(columns.items()):
                    if other_col == col and other != name:
                        del columns[other]
                columns[name] = col
        return replace(self, columns=columns, required_missing=missing_required(self.kind, columns))


def missing_required(kind: str, columns: dict[str, int]) -> tuple[str, ...]:
    missing = []
    if kind == CANDIDATES:
        return () if "name" in columns else ("name",)
    if "employee_no" not in columns and "name" not in columns:
        missing.append("employee_no")
    needs = {
        ROSTER: (),
        PUNCHES: ("date",),
        PUNCH_LOG: ("punch_time",),
        TIMESHEET: ("date", "hours"),
        KPI: ("indicator", "value"),
    }[kind]
    missing += [f for f in needs if f not in columns]
    if kind == PUNCHES and "clock_in" not in columns and "clock_out" not in columns:
        missing.append("clock_in")
    return tuple(missing)


def _best_columns(layout: HeaderLayout, fields: tuple[str, ...]) -> dict[str, int]:
    best: dict[str, tuple[int, int]] = {}
    for col, match in enumerate(layout.matches):
        if match and match[0] in fields:
            name, rank = match
            if name not in best or rank < best[name][0]:
                best[name] = (rank, col)
    return {name: col for name, (_, col) in best.items()}


def guess_kind(layout: HeaderLayout) -> str:
    present = {m[0] for m in layout.matches if m}
    if "employee_no" not in present and present & {"source", "expected_salary", "cv_path", "applied_on"}:
        return CANDIDATES
    if "indicator" in present and "value" in present:
        return KPI
    if "clock_in" in present or "clock_out" in present:
        return PUNCHES
    if "punch_time" in present:
        return PUNCH_LOG
    if "hours" in present or "task" in present or "overtime_hours" in present:
        return TIMESHEET
    return ROSTER


def _looks_like_moments(sheet: RawSheet, layout: HeaderLayout, col: int) -> bool:
    """Does the column hold full date-times (a '时间' column of a raw punch log) rather than dates?"""
    seen = with_time = 0
    for row in sheet.rows[layout.first_data_row : layout.first_data_row + 200]:
        value = row[col] if col < len(row) else ""
        if value in ("", None):
            continue
        seen += 1
        if isinstance(value, datetime) and (value.hour or value.minute or value.second):
            with_time += 1
        elif isinstance(value, str) and re.search(r"\d\s+\d{1,2}:\d{2}", value):
            with_time += 1
        if seen >= 20:
            break
    return seen > 0 and with_time * 2 > seen


def map_columns(
    sheet: RawSheet, kind: str | None = None, layout: HeaderLayout | None = None
) -> ColumnMapping:
    """Find the header and map its columns for ``kind`` (guessed from the headers when None)."""
    layout = layout or detect_header(sheet)
    if kind is None:
        kind = guess_kind(layout)
        if kind == ROSTER and "date" in {m[0] for m in layout.matches if m}:
            date_col = _best_columns(layout, ("date",))["date"]
            if _looks_like_moments(sheet, layout, date_col):
                kind = PUNCH_LOG
    if kind not in KIND_FIELDS:
        raise ValueError(f"unknown import kind {kind!r}")
    columns = _best_columns(layout, KIND_FIELDS[kind])
    if kind == PUNCH_LOG and "punch_time" not in columns and "date" in columns:
        # A log with one '时间' column of full date-times: that column is the punch time.
        if _looks_like_moments(sheet, layout, columns["date"]):
            columns["punch_time"] = columns.pop("date")
    return ColumnMapping(kind, columns, layout, missing_required(kind, columns))
