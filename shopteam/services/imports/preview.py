"""The rows of an import preview and the English sentences of their problems, shared by the pipeline and
each kind of import (kpi), which fill the preview the pipeline commits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from shopteam.io.rows import Problem, Record

FIELD_LABELS = {
    "employee_no": "Employee no.",
    "name": "Name",
    "department": "Department",
    "role": "Role",
    "hire_date": "Hire date",
    "base_salary": "Base salary",
    "social_insurance_base": "Social-insurance base",
    "housing_fund_base": "Housing-fund base",
    "additional_deduction": "Special additional deductions",
    "gender": "Gender",
    "phone": "Phone",
    "email": "E-mail",
    "date": "Date",
    "clock_in": "Clock-in",
    "clock_out": "Clock-out",
    "punch_time": "Punch time",
    "task": "Task",
    "hours": "Hours",
    "overtime_hours": "Overtime hours",
    "note": "Note",
    "indicator": "Indicator",
    "value": "Value",
    "period": "Month",
    "source": "Source",
    "expected_salary": "Expected salary",
    "cv_path": "CV",
    "applied_on": "Applied on",
}


@dataclass(slots=True)
class PreviewRow:
    row: int  # the Excel row number
    values: dict[str, Any]  # field -> parsed value
    problems: list[Problem]  # each names the field, what was expected and what was found
    status: str  # 'new' | 'duplicate' | 'rejected'
    raw: list[Any] | None = None  # the row's original cells (for the error workbook)

    @property
    def reason(self) -> str:
        """The row's problems as English sentences (the screens translate ``problems`` themselves)."""
        return problems_text(self.problems)


def problem_sentence(problem: Problem) -> str:
    """The problem in English, naming the row, the field and what was expected (the CLI's language)."""
    label = FIELD_LABELS.get(problem.field, problem.field)
    if problem.empty:
        return f"Row {problem.row}, {label}: expected {problem.expected_text}, the cell is empty."
    return f"Row {problem.row}, {label}: expected {problem.expected_text}, got “{problem.got!s}”."


def problems_text(problems: Iterable[Problem]) -> str:
    return " ".join(problem_sentence(p) for p in problems)


def rejected_row(record: Record, problems: Iterable[Problem], cells: list[list[Any]]) -> PreviewRow:
    return PreviewRow(record.row, record.values, list(problems), "rejected",
                      cells[record.row - 1] if record.row - 1 < len(cells) else None)
