"""Rows of a mapped sheet as dicts of parsed fields, each with its Excel row number and its problems.

A bad cell never raises: it becomes a :class:`Problem` (field, what was expected, what was found) on
its row, so the preview can show every problem at once. Parsed values are cached per column, because
exports repeat the same dates, names and times on thousands of rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from shopteam.domain.money import parse_money
from shopteam.domain.timeparse import ClockTime, ParseError, parse_clock, parse_date, parse_datetime
from shopteam.io.headers import CANDIDATES, PUNCH_LOG, PUNCHES, TIMESHEET, ColumnMapping
from shopteam.io.reader import RawSheet


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one cell: its row, its field, what was expected there and what was found.

    ``expected`` is an English phrase written as a literal where the problem is found ("a date", "one row
    per person and day (row {first} has this day)"), with ``{name}`` placeholders filled from ``params``.
    It is the problem's message id, as a ValidationError's template is: tools/collect_error_texts.py lists
    every such literal for the translators ("Errors" context) and the screens build the sentence from the
    row, the field's label, the translated phrase and the value (ui/imports/problems.py). The services'
    English sentence is ``services.imports.preview.problem_sentence``.
    """

    row: int  # 1-based, as Excel shows it
    field: str
    expected: str
    got: Any
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def expected_text(self) -> str:
        """The expected phrase in English with its placeholders filled."""
        return self.expected.format(**self.params) if self.params else self.expected

    @property
    def empty(self) -> bool:
        """Was the cell empty (or the value missing altogether)?"""
        return self.got is None or (isinstance(self.got, str) and not self.got.strip())

    @property
    def message(self) -> str:
        got = "an empty cell" if self.empty else repr(self.got)
        return f"row {self.row}, {self.field}: expected {self.expected_text}, got {got}"


@dataclass(slots=True)
class Record:
    row: int  # 1-based, as Excel shows it
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _number(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParseError("a number", value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    text = str(value).strip().removesuffix("小时").removesuffix("h").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ParseError("a number of hours", value) from None
    if not number.is_finite() or number < 0:
        raise ParseError("a number of hours", value)
    return number


def _money(value: Any) -> Decimal | None:
    try:
        return parse_money(value if not isinstance(value, str) or value.strip() else None)
    except ValueError:
        raise ParseError("an amount of money", value) from None


_SALARY = re.compile(r"^(\d+(?:\.\d+)?)\s*(k|千|w|万)?$", re.IGNORECASE)
_SALARY_UNITS = {None: 1, "k": 1000, "千": 1000, "w": 10000, "万": 10000}


def _half_width(value: Any) -> Any:
    """Full-width digits, letters and punctuation ('１３８', '８Ｋ', '，') as their ASCII forms (NFKC)."""
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


def _salary(value: Any) -> Decimal | None:
    """A monthly salary as people write it: 8000, '8,000', '8000元', '¥8000', '8k', '8K', '8千', '1.2万',
    '８０００' (full-width) -> yuan with fen precision, half-up. A range ('8-10k') is not one amount."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParseError("an amount such as 8000, 8k or 8,000元", value)
    if isinstance(value, int | float):
        if value < 0:
            raise ParseError("an amount such as 8000, 8k or 8,000元", value)
        return parse_money(value)
    text = _half_width(str(value)).strip().lower().replace(",", "").replace(" ", "")
    text = text.replace("¥", "").replace("￥", "").removesuffix("/月").removesuffix("每月").removesuffix("元")
    if not text:
        return None
    match = _SALARY.match(text)
    if not match:
        raise ParseError("an amount such as 8000, 8k or 8,000元", value)
    unit = (match.group(2) or "").lower() or None
    return parse_money(Decimal(match.group(1)) * _SALARY_UNITS[unit])


def _phone(value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _text(_half_width(value) if isinstance(value, str) else value)
    return None if text is None else re.sub(r"[\s-]", "", text) if re.fullmatch(r"[\d\s+-]+", text) else text


def _parsers(sheet: RawSheet, year: int | None, kind: str = "") -> dict[str, Callable[[Any], Any]]:
    epoch = sheet.epoch1904

    def a_date(value: Any) -> date | None:
        if value is None or value == "" or (type(value) is str and not value.strip()):
            return None
        return parse_date(value, year=year, epoch1904=epoch)

    def a_clock(value: Any) -> ClockTime | None:
        return parse_clock(value, epoch1904=epoch)

    def a_moment(value: Any) -> datetime | ClockTime | None:
        if value is None or value == "" or (type(value) is str and not value.strip()):
            return None
        if isinstance(value, datetime) or (isinstance(value, int | float) and value >= 2):
            return parse_datetime(value, year=year, epoch1904=epoch)
        if isinstance(value, str) and any(sep in value.strip() for sep in ("-", "/", "年")):
            return parse_datetime(value, year=year, epoch1904=epoch)
        clock = parse_clock(value, epoch1904=epoch)
        if clock is None:
            return None
        return clock

    return {
        "date": a_date,
        "hire_date": a_date,
        "clock_in": a_clock,
        "clock_out": a_clock,
        "punch_time": a_moment,
        "hours": _number,
        "overtime_hours": _number,
        "base_salary": _money,
        "social_insurance_base": _money,
        "housing_fund_base": _money,
        "additional_deduction": _money,
        "expected_salary": _salary,
        "applied_on": lambda value: a_date(_half_width(value)),
        **({"phone": _phone} if kind == CANDIDATES else {}),
    }


REQUIRED = {
    PUNCHES: ("date",),
    PUNCH_LOG: ("punch_time",),
    TIMESHEET: ("date", "hours"),
    CANDIDATES: ("name",),
}


def _missing(row: int, name: str) -> Problem:
    """The problem of a required cell left empty (each phrase a literal, for the translators)."""
    if name == "date":
        return Problem(row, name, "a date", "")
    if name == "punch_time":
        return Problem(row, name, "a punch time", "")
    if name == "hours":
        return Problem(row, name, "a number of hours", "")
    if name == "name":
        return Problem(row, name, "a name", "")
    return Problem(row, name, "a value", "")


def iter_records(sheet: RawSheet, mapping: ColumnMapping, *, year: int | None = None) -> Iterator[Record]:
    """Each data row below the header as a :class:`Record`; blank rows and repeated headers are skipped.

    ``year`` completes dates written without one ('10月1日'). Work is done column by column: each
    distinct cell value of a column is parsed once (exports repeat dates, names and times endlessly).
    """
    parsers = _parsers(sheet, year, mapping.kind)
    plan = [(name, col, parsers.get(name, _text)) for name, col in mapping.columns.items()]
    if not plan:
        return
    names = [name for name, _, _ in plan]
    required = REQUIRED.get(mapping.kind, ())
    first = mapping.first_data_row
    header_row = sheet.rows[first - 1] if first else []
    header_texts = [header_row[col] if col < len(header_row) else None for _, col, _ in plan]
    body = sheet.rows[first:]

    raw_columns, parsed_columns, failures = [], [], []
    for _name, col, parse in plan:
        raw = [cells[col] if col < len(cells) else "" for cells in body]
        parsed: dict[Any, Any] = {}
        errors: dict[Any, ParseError] = {}
        for value in set(raw):
            try:
                parsed[value] = parse(value)
            except ParseError as exc:
                parsed[value] = None
                errors[value] = exc
        raw_columns.append(raw)
        parsed_columns.append(list(map(parsed.__getitem__, raw)))
        failures.append(errors)
    failing = [k for k, errors in enumerate(failures) if errors]

    for offset, (raw, values_row) in enumerate(
        zip(zip(*raw_columns, strict=True), zip(*parsed_columns, strict=True), strict=True)
    ):
        if not any(raw):
            continue
        if raw[0] == header_texts[0] and _is_header_again(raw, header_texts):
            continue
        row_number = first + offset + 1
        problems: list[Problem] = []
        for k in failing:
            error = failures[k].get(raw[k])
            if error is not None:
                problems.append(Problem(row_number, names[k], error.expected, raw[k]))
        if not problems and not any(value is not None for value in values_row):
            continue  # only blanks and whitespace (an identity test: count(None) would call every value's __eq__)
        values = dict(zip(names, values_row, strict=True))
        for name in required:
            if values.get(name) is None and not any(p.field == name for p in problems):
                problems.append(_missing(row_number, name))
        if mapping.kind != CANDIDATES and values.get("employee_no") is None and values.get("name") is None:
            problems.append(Problem(row_number, "employee_no", "an employee no. or a name", ""))
        yield Record(row_number, values, problems)


def _is_header_again(raw: list, header_texts: list) -> bool:
    """The header repeated inside the data (exports that print it on every page)."""
    same = sum(1 for value, text in zip(raw, header_texts, strict=True) if value and value == text)
    return same >= 2 and same * 2 >= len(raw)
