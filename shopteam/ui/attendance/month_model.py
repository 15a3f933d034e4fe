"""The month's attendance per person: every figure of a MonthRow, sortable by its raw value.

``Qt.UserRole`` gives the raw value (text, int or float). The exception columns (late, early leave,
missing punch, absence, unapproved overtime, corrections beyond the allowance) are tinted when they are not zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopteam.domain.collation import text_key

Index = QModelIndex | QPersistentModelIndex

EXCEPTION_BRUSH = QBrush(QColor("#fde2e1"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, translated in context "MonthModel"
    kind: str = "text"  # text | count | hours
    exception: bool = False


COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("MonthModel", "Employee\nno.")),
    Column("name", QT_TRANSLATE_NOOP("MonthModel", "Name")),
    Column("department", QT_TRANSLATE_NOOP("MonthModel", "Department")),
    Column("scheduled_days", QT_TRANSLATE_NOOP("MonthModel", "Scheduled\ndays"), "count"),
    Column("days_worked", QT_TRANSLATE_NOOP("MonthModel", "Days\nworked"), "count"),
    Column("late_count", QT_TRANSLATE_NOOP("MonthModel", "Late"), "count", True),
    Column("late_minutes", QT_TRANSLATE_NOOP("MonthModel", "Late\nminutes"), "count", True),
    Column("early_leave_count", QT_TRANSLATE_NOOP("MonthModel", "Early\nleave"), "count", True),
    Column("missing_punch_count", QT_TRANSLATE_NOOP("MonthModel", "Missing\npunch"), "count", True),
    Column("absence_days", QT_TRANSLATE_NOOP("MonthModel", "Absence\ndays"), "hours", True),
    Column("leave_hours", QT_TRANSLATE_NOOP("MonthModel", "Leave\nhours"), "hours"),
    Column("overtime_hours_workday", QT_TRANSLATE_NOOP("MonthModel", "Overtime\nworkday\n(h)"), "hours"),
    Column("overtime_hours_restday", QT_TRANSLATE_NOOP("MonthModel", "Overtime\nrest day\n(h)"), "hours"),
    Column("overtime_hours_holiday", QT_TRANSLATE_NOOP("MonthModel", "Overtime\nholiday\n(h)"), "hours"),
    Column("unapproved_overtime_hours", QT_TRANSLATE_NOOP("MonthModel", "Unapproved\novertime\n(h)"), "hours",
           True),
    Column("corrections", QT_TRANSLATE_NOOP("MonthModel", "Punch\ncorrections"), "count"),
    Column("corrections_over_allowance", QT_TRANSLATE_NOOP("MonthModel", "Corrections\nbeyond\nallowance"), "count",
           True),
)
#: The columns for those who do not set the work rules (the owner sees the corrections beyond the allowance).
STAFF_COLUMNS = tuple(c for c in COLUMNS if c.key != "corrections_over_allowance")


def number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)


class MonthModel(QAbstractTableModel):
    def __init__(self, columns: tuple[Column, ...] = COLUMNS, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(*self._sort)
        self.endResetModel()

    def keep_columns_of(self, row) -> None:
        """Drop columns the service's rows do not have (e.g. no unapproved-overtime figure)."""
        kept = tuple(c for c in self.columns if hasattr(row, c.key))
        if kept != self.columns:
            self.beginResetModel()
            self.columns = kept
            self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def headers(self) -> list[str]:
        """The column titles on one line each (the table shows them on two)."""
        return [" ".join(self.tr(c.title).split()) for c in self.columns]

    def export_table(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and typed values, in the order shown."""
        out = []
        for row in self._rows:
            values = []
            for c in self.columns:
                value = self.raw(row, c)
                values.append(float(value) if isinstance(value, Decimal) else value)
            out.append(values)
        return self.headers(), out

    @staticmethod
    def raw(row, column: Column) -> Any:
        value = getattr(row, column.key, None)
        if column.kind == "text":
            return value or ""
        return 0 if value is None else value

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self.raw(self._rows[index.row()], column)
        if role == Qt.ItemDataRole.DisplayRole:
            return value if column.kind == "text" else number_text(value)
        if role == Qt.ItemDataRole.UserRole:
            return float(value) if isinstance(value, Decimal) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and column.exception and value:
            return EXCEPTION_BRUSH
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind != "text":
                return _RIGHT
            return None
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(id(self._rows[p.row()]), p.column()) for p in persistent]
        self._sort = (column, order)
        self._rows = self._sorted(column, order)
        position = {id(r): pos for pos, r in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(position[r], c) for r, c in remembered])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[Any]:
        spec = self.columns[column]
        if spec.kind == "text":
            def key(row):
                return text_key(str(self.raw(row, spec)))
        else:
            def key(row):
                return float(self.raw(row, spec))
        return sorted(self._rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
