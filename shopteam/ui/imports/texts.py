"""Labels the import screens show for import kinds, fields, row statuses and cell values (context "ImportTexts")."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopteam.domain.timeparse import ClockTime

#: The choices on the file page: (key, English label). "auto" lets the headers decide.
KIND_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("ImportTexts", "Find out from the headers")),
    ("roster", QT_TRANSLATE_NOOP("ImportTexts", "Roster (staff list)")),
    ("attendance", QT_TRANSLATE_NOOP("ImportTexts", "Attendance (punch records)")),
    ("timesheet", QT_TRANSLATE_NOOP("ImportTexts", "Timesheet (hours reported)")),
    ("kpi", QT_TRANSLATE_NOOP("ImportTexts", "KPI actuals (sales, conversion, DSR …)")),
    ("candidates", QT_TRANSLATE_NOOP("ImportTexts", "Candidates (recruitment)")),
)

KIND_LABELS = {
    "roster": QT_TRANSLATE_NOOP("ImportTexts", "a roster"),
    "punches": QT_TRANSLATE_NOOP("ImportTexts", "attendance, one row per person and day"),
    "punch_log": QT_TRANSLATE_NOOP("ImportTexts", "attendance, one row per punch"),
    "attendance": QT_TRANSLATE_NOOP("ImportTexts", "attendance"),
    "timesheet": QT_TRANSLATE_NOOP("ImportTexts", "a timesheet"),
    "kpi": QT_TRANSLATE_NOOP("ImportTexts", "KPI actuals"),
    "candidates": QT_TRANSLATE_NOOP("ImportTexts", "candidates"),
}

FIELD_LABELS = {
    "employee_no": QT_TRANSLATE_NOOP("ImportTexts", "Employee no."),
    "name": QT_TRANSLATE_NOOP("ImportTexts", "Name"),
    "department": QT_TRANSLATE_NOOP("ImportTexts", "Department"),
    "role": QT_TRANSLATE_NOOP("ImportTexts", "Role"),
    "hire_date": QT_TRANSLATE_NOOP("ImportTexts", "Hire date"),
    "base_salary": QT_TRANSLATE_NOOP("ImportTexts", "Base salary"),
    "social_insurance_base": QT_TRANSLATE_NOOP("ImportTexts", "Social-insurance base"),
    "housing_fund_base": QT_TRANSLATE_NOOP("ImportTexts", "Housing-fund base"),
    "additional_deduction": QT_TRANSLATE_NOOP("ImportTexts", "Special additional deductions"),
    "gender": QT_TRANSLATE_NOOP("ImportTexts", "Gender"),
    "phone": QT_TRANSLATE_NOOP("ImportTexts", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportTexts", "E-mail"),
    "date": QT_TRANSLATE_NOOP("ImportTexts", "Date"),
    "clock_in": QT_TRANSLATE_NOOP("ImportTexts", "Clock-in"),
    "clock_out": QT_TRANSLATE_NOOP("ImportTexts", "Clock-out"),
    "punch_time": QT_TRANSLATE_NOOP("ImportTexts", "Punch time"),
    "task": QT_TRANSLATE_NOOP("ImportTexts", "Task"),
    "hours": QT_TRANSLATE_NOOP("ImportTexts", "Hours"),
    "overtime_hours": QT_TRANSLATE_NOOP("ImportTexts", "Overtime hours"),
    "note": QT_TRANSLATE_NOOP("ImportTexts", "Note"),
    "indicator": QT_TRANSLATE_NOOP("ImportTexts", "Indicator"),
    "value": QT_TRANSLATE_NOOP("ImportTexts", "Value"),
    "period": QT_TRANSLATE_NOOP("ImportTexts", "Month"),
    "source": QT_TRANSLATE_NOOP("ImportTexts", "Source"),
    "expected_salary": QT_TRANSLATE_NOOP("ImportTexts", "Expected salary"),
    "cv_path": QT_TRANSLATE_NOOP("ImportTexts", "CV"),
    "applied_on": QT_TRANSLATE_NOOP("ImportTexts", "Applied on"),
}

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("ImportTexts", "New"),
    "duplicate": QT_TRANSLATE_NOOP("ImportTexts", "Duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ImportTexts", "Rejected"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportTexts", text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def field_label(name: str) -> str:
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def value_text(value: Any) -> str:
    """A parsed cell as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, ClockTime):
        text = value.time.strftime("%H:%M:%S" if value.time.second else "%H:%M")
        return ("+1 " + text) if value.next_day else text
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
