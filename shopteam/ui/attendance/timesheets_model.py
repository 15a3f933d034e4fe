"""The Timesheets screen's tables: the month's entries, and the totals per person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopteam.ui.attendance.labels import status_label
from shopteam.ui.attendance.requests_model import STATUS_COLOURS, hours_text
from shopteam.ui.widgets.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

ENTRY_COLUMNS = (
    ("work_date", QT_TRANSLATE_NOOP("TimesheetsModel", "Date")),
    ("person", QT_TRANSLATE_NOOP("TimesheetsModel", "Person")),
    ("task", QT_TRANSLATE_NOOP("TimesheetsModel", "Task / card")),
    ("hours", QT_TRANSLATE_NOOP("TimesheetsModel", "Hours")),
    ("overtime_hours", QT_TRANSLATE_NOOP("TimesheetsModel", "Overtime (h)")),
    ("note", QT_TRANSLATE_NOOP("TimesheetsModel", "Note")),
    ("status", QT_TRANSLATE_NOOP("TimesheetsModel", "Status")),
)
TOTAL_COLUMNS = (
    ("person", QT_TRANSLATE_NOOP("TimesheetsModel", "Person")),
    ("hours", QT_TRANSLATE_NOOP("TimesheetsModel", "Hours")),
    ("overtime_hours", QT_TRANSLATE_NOOP("TimesheetsModel", "Overtime (h)")),
    ("approved", QT_TRANSLATE_NOOP("TimesheetsModel", "Approved (h)")),
    ("pending", QT_TRANSLATE_NOOP("TimesheetsModel", "Waiting (h)")),
)
_FIGURES = frozenset({"hours", "overtime_hours", "approved", "pending"})


def _headers(columns) -> list[str]:
    return [QCoreApplication.translate("TimesheetsModel", title) for _key, title in columns]


def person_text(row) -> str:
    return f"{row.employee_no} {row.name}"


def task_text(row) -> str:
    """The task as reported; the card's title after it when the card is called differently now."""
    if row.card_title and row.card_title != row.task:
        return f"{row.task} → {row.card_title}" if row.task else row.card_title
    return row.task


class EntriesModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(_headers(ENTRY_COLUMNS), parent)

    def row_at(self, row: int):
        return self.rows[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == entry_id), None)

    def _text(self, row, key: str) -> str:
        if key == "work_date":
            return row.work_date.isoformat()
        if key == "person":
            return person_text(row)
        if key == "task":
            return task_text(row)
        if key in _FIGURES:
            return hours_text(getattr(row, key))
        if key == "status":
            return status_label(row.status)
        return str(getattr(row, key) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = ENTRY_COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("note", "status"):
            if key == "status" and row.decided_by:
                return f"{row.decided_by}: {row.decision_note}" if row.decision_note else row.decided_by
            return row.note or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#000000")))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _FIGURES:
            return _RIGHT
        return None


@dataclass(frozen=True)
class PersonTotal:
    employee_id: int
    person: str
    hours: float
    overtime_hours: float
    approved: float  # hours and overtime approved
    pending: float  # hours and overtime waiting for a decision


def totals_per_person(rows: Iterable) -> list[PersonTotal]:
    """Per person (by employee no.): hours, overtime, and how much of both is approved or waiting."""
    sums: dict[int, list] = {}
    for row in rows:
        entry = sums.setdefault(row.employee_id, [person_text(row), 0.0, 0.0, 0.0, 0.0])
        both = row.hours + row.overtime_hours
        entry[1] += row.hours
        entry[2] += row.overtime_hours
        entry[3] += both if row.status == "approved" else 0.0
        entry[4] += both if row.status == "pending" else 0.0
    return [PersonTotal(emp, person, *(round(v, 2) for v in figures))
            for emp, (person, *figures) in sorted(sums.items(), key=lambda item: item[1][0])]


class TotalsModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(_headers(TOTAL_COLUMNS), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = TOTAL_COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.person if key == "person" else hours_text(getattr(row, key))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _FIGURES:
            return _RIGHT
        return None
