"""Rows of a mapped sheet as dicts of parsed fields, each with its Excel row number and its problems.

A bad cell never raises: it becomes a :class:`Problem` (field, what was expected, what was found) on
its row, so the preview can show every problem at once. Parsed values are cached per column, because
exports repeat the same dates, names and times on thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from shopteam.domain.money import parse_money
from shopteam.domain.timeparse import ClockTime, ParseError, parse_clock, parse_date, parse_datetime
from shopteam.io.headers import PUNCH_LOG, PUNCHES, TIMESHEET, ColumnMapping
from shopteam.io.reader import RawSheet


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # 1-based, as Excel shows it
    field: str
    expected: str
    got: Any

    @property
    def message(self) -> str:
        got = "an empty cell" if self.got in ("", None) else repr(self.got)
        return f"row {self.row}, {self.field}: expected {self.expected}, got {got}"


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


def _parsers(sheet: RawSheet, year: int | None) -> dict[str, Callable[[Any], Any]]:
    epoch = sheet.epoch1904

    def a_date(value: Any) -> date | None:
        if value is None or value == "":
            return None
        return parse_date(value, year=year, epoch1904=epoch)

    def a_clock(value: Any) -> ClockTime | None:
        return parse_clock(value, epoch1904=epoch)

    def a_moment(value: Any) -> datetime | ClockTime | None:
        if value is None or value == "":
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
    }


REQUIRED = {
    PUNCHES: ("date",),
    PUNCH_LOG: ("punch_time",),
    TIMESHEET: ("date", "hours"),
}
_EXPECTED = {"date": "a date", "punch_time": "a punch time", "hours": "a number of hours"}


def iter_records(sheet: RawSheet, mapping: ColumnMapping, *, year: int | None = None) -> Iterator[Record]:
    """Each data row below the header as a :class:`Record`; blank rows and repeated headers are skipped.

    ``year`` completes dates written without one ('10月1日').
    """
    parsers = _parsers(sheet, year)
    plan = [(name, col, parsers.get(name, _text), {}) for name, col in mapping.columns.items()]
    required = REQUIRED.get(mapping.kind, ())
    header_cells = set(range(len(mapping.layout.names)))
    names = mapping.layout.names
    rows = sheet.rows
    for index in range(mapping.first_data_row, len(rows)):
        cells = rows[index]
        width = len(cells)
        raw = [cells[col] if col < width else "" for _, col, _, _ in plan]
        if all(v == "" or v is None or (isinstance(v, str) and not v.strip()) for v in raw):
            continue
        if _is_header_again(raw, plan, names, header_cells):
            continue
        row_number = index + 1
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for (name, _col, parse, cache), value in zip(plan, raw, strict=True):
            try:
                parsed = cache[value]
            except KeyError:
                try:
                    parsed = parse(value)
                except ParseError as exc:
                    problems.append(Problem(row_number, name, exc.expected, value))
                    parsed = None
                else:
                    cache[value] = parsed
            except TypeError:  # an unhashable cell value
                parsed = parse(value)
            values[name] = parsed
        for name in required:
            if values.get(name) is None and not any(p.field == name for p in problems):
                problems.append(Problem(row_number, name, _EXPECTED.get(name, "a value"), ""))
        if values.get("employee_no") is None and values.get("name") is None:
            problems.append(Problem(row_number, "employee_no", "an employee no. or a name", ""))
        yield Record(row_number, values, problems)


def _is_header_again(raw, plan, names, header_cells) -> bool:
    """A header repeated inside the data (exports that print the header on every page)."""
    matches = 0
    for (_, col, _, _), value in zip(plan, raw, strict=True):
        if (
            isinstance(value, str)
            and col in header_cells
            and value.strip()
            and names[col].endswith(value.strip().lower())
        ):
            matches += 1
    return matches >= 2 and matches * 2 >= len(plan)
