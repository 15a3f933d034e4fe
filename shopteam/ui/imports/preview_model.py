"""The preview table: one row per data row of the file with its status, its parsed values and its problems.

``Qt.UserRole`` gives the raw value of a cell (row number, status key, date, number) for sorting; rows
with problems are tinted. "Only problems" hides the rows that would import cleanly.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopteam.domain.timeparse import ClockTime
from shopteam.ui.imports.problems import problem_text, problems_text
from shopteam.ui.imports.texts import field_label, status_label, value_text

Index = QModelIndex | QPersistentModelIndex

REJECTED_BRUSH = QBrush(QColor("#fde2e1"))
DUPLICATE_BRUSH = QBrush(QColor("#fff4d6"))
PROBLEMS = 2  # the column of the row's problems (Row, Status, Problems, then the fields)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def sort_value(value: Any) -> Any:
    if isinstance(value, ClockTime):
        return value.minutes()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


class PreviewModel(QAbstractTableModel):
    """Columns: the Excel row number, the status, the problems, then one per mapped field."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._shown: list[int] = []
        self._fields: list[str] = []
        self._only_problems = False

    # ------------------------------------------------------------ data in

    def set_preview(self, rows, fields: list[str]) -> None:
        """``rows``: objects with .row, .status, .values (field -> value) and .problems (io.rows.Problem)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._fields = list(fields)
        self._shown = self._filtered()
        self.endResetModel()

    def set_only_problems(self, on: bool) -> None:
        if on == self._only_problems:
            return
        self.beginResetModel()
        self._only_problems = on
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if not self._only_problems:
            return list(range(len(self._rows)))
        return [i for i, r in enumerate(self._rows) if r.problems or r.status == "rejected"]

    def row_at(self, row: int):
        return self._rows[self._shown[row]]

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def headers(self) -> list[str]:
        return [self.headerData(c, Qt.Orientation.Horizontal) for c in range(self.columnCount())]

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields) + 3

    def _raw(self, row, col: int) -> tuple[str, Any]:
        if col == 0:
            return str(row.row), row.row
        if col == 1:
            return status_label(row.status), row.status
        if col == PROBLEMS:
            text = problems_text(row.problems)
            return text, text
        value = row.values.get(self._fields[col - 3])
        return value_text(value), sort_value(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._rows[self._shown[index.row()]]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._raw(row, col)[0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(problem_text(p) for p in row.problems) if row.problems else None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._raw(row, col)[1]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status == "rejected":
                return REJECTED_BRUSH
            if row.status == "duplicate":
                return DUPLICATE_BRUSH
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Status")
        if section == PROBLEMS:
            return self.tr("Problems")
        return field_label(self._fields[section - 3])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._shown[p.row()], p.column()) for p in persistent]

        values = [self._raw(r, column)[1] for r in self._rows]
        empty = [i for i, v in enumerate(values) if v is None or v == ""]
        present = [i for i, v in enumerate(values) if not (v is None or v == "")]
        try:
            present.sort(key=values.__getitem__)
        except TypeError:  # mixed types in one column: compare as text
            present.sort(key=lambda i: str(values[i]))
        if order == Qt.SortOrder.DescendingOrder:
            present.reverse()
        order_ = present + empty  # blanks last either way
        self._rows = [self._rows[i] for i in order_]
        moved = {old: new for new, old in enumerate(order_)}
        self._shown = self._filtered()
        position = {r: pos for pos, r in enumerate(self._shown)}
        self.changePersistentIndexList(
            persistent,
            [self.index(position[moved[r]], c) if moved[r] in position else QModelIndex() for r, c in remembered])
        self.layoutChanged.emit()
