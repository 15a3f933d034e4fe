"""The roster table model: every StaffRow kept in Python, filtered and sorted in place.

A roster has at most some thousands of people, so the whole list lives in memory. A lowercase search
string per row is computed once when the rows arrive (from the raw searchable fields, which need no
translation); display texts are made when a row is first painted or exported. Typing in the filter box
then only runs a substring test per row, which stays far below a frame's time for 10,000 rows.
``Qt.UserRole`` gives the raw value of a cell (date, Decimal, status key) — the sort uses it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from shopteam.domain.collation import text_key
from shopteam.domain.money import format_money
from shopteam.services.org.roster import StaffRow

CURRENT = frozenset({"probation", "active"})  # the default status filter: everyone who has not left

Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    if status == "probation":
        return QCoreApplication.translate("Roster", "Probation")
    if status == "active":
        return QCoreApplication.translate("Roster", "Active")
    if status == "left":
        return QCoreApplication.translate("Roster", "Left")
    return status


def gender_text(gender: str) -> str:
    if gender == "male":
        return QCoreApplication.translate("Roster", "Male")
    if gender == "female":
        return QCoreApplication.translate("Roster", "Female")
    return ""


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text; translated in context "StaffTableModel"
    searchable: bool = False
    right: bool = False


COLUMNS = (
    Column("employee_no", QT_TRANSLATE_NOOP("StaffTableModel", "Employee no."), searchable=True),
    Column("name", QT_TRANSLATE_NOOP("StaffTableModel", "Name"), searchable=True),
    Column("gender", QT_TRANSLATE_NOOP("StaffTableModel", "Gender")),
    Column("department", QT_TRANSLATE_NOOP("StaffTableModel", "Department"), searchable=True),
    Column("role", QT_TRANSLATE_NOOP("StaffTableModel", "Role"), searchable=True),
    Column("manager", QT_TRANSLATE_NOOP("StaffTableModel", "Reports to")),
    Column("phone", QT_TRANSLATE_NOOP("StaffTableModel", "Phone"), searchable=True),
    Column("hire_date", QT_TRANSLATE_NOOP("StaffTableModel", "Hire date")),
    Column("status", QT_TRANSLATE_NOOP("StaffTableModel", "Status")),
    Column("base_salary", QT_TRANSLATE_NOOP("StaffTableModel", "Base salary"), right=True),
    Column("social_insurance_base", QT_TRANSLATE_NOOP("StaffTableModel", "Social-insurance base"), right=True),
    Column("housing_fund_base", QT_TRANSLATE_NOOP("StaffTableModel", "Housing-fund base"), right=True),
    Column("additional_deduction", QT_TRANSLATE_NOOP("StaffTableModel", "Special additional deductions"), right=True),
)
#: The salary columns (shown only to those who may see salaries): money, typed in exports, sorted as numbers.
SALARY_COLUMNS = frozenset({"base_salary", "social_insurance_base", "housing_fund_base", "additional_deduction"})

_LEFT_BRUSH = QBrush(QColor(128, 128, 128))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _display(row: StaffRow, key: str) -> str:
    return _display_value(key, getattr(row, key))


def _display_value(key: str, value: Any) -> str:
    if key == "status":
        return status_text(value)
    if key == "gender":
        return gender_text(value)
    if key == "hire_date":
        return value.isoformat() if value else ""
    if key in SALARY_COLUMNS:
        return format_money(value)
    return value or ""


class StaffTableModel(QAbstractTableModel):
    def __init__(self, show_salary: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.columns = COLUMNS if show_salary else tuple(c for c in COLUMNS if c.key not in SALARY_COLUMNS)
        self._rows: list[StaffRow] = []
        self._keys: list[str] = [c.key for c in self.columns]
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> display texts, made on first use
        self._haystack: list[str] = []
        self._order: list[int] = []  # every row, in the current sort order
        self._shown: list[int] = []  # the rows that pass the filters, in sort order
        self._needles: tuple[str, ...] = ()
        self._statuses: frozenset[str] | None = CURRENT
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------ data in

    def set_rows(self, rows: Sequence[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        keys = [c.key for c in self.columns]
        searchable = [i for i, c in enumerate(self.columns) if c.searchable]
        self._keys = keys
        self._texts = {}
        searchable_keys = [keys[i] for i in searchable]  # raw strings: the same as their display text
        self._haystack = ["\x1f".join(getattr(r, k) or "" for k in searchable_keys).casefold() for r in self._rows]
        self._order = self._sorted(range(len(self._rows)))
        self._shown = self._filtered()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        needles = tuple(text.casefold().split())
        if needles == self._needles:
            return
        self.beginResetModel()
        self._needles = needles
        self._shown = self._filtered()
        self.endResetModel()

    def set_status_filter(self, statuses: Iterable[str] | None) -> None:
        statuses = None if statuses is None else frozenset(statuses)
        if statuses == self._statuses:
            return
        self.beginResetModel()
        self._statuses = statuses
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        hay, rows, statuses, needles = self._haystack, self._rows, self._statuses, self._needles
        shown = self._order
        if statuses is not None:
            shown = [i for i in shown if rows[i].status in statuses]
        for needle in needles:
            shown = [i for i in shown if needle in hay[i]]
        return list(shown)

    def _text_row(self, i: int) -> tuple[str, ...]:
        texts = self._texts.get(i)
        if texts is None:
            row = self._rows[i]
            texts = self._texts[i] = tuple(_display(row, k) for k in self._keys)
        return texts

    # ------------------------------------------------------------ what is shown

    def row_at(self, row: int) -> StaffRow:
        return self._rows[self._shown[row]]

    def rows_shown(self) -> list[StaffRow]:
        return [self._rows[i] for i in self._shown]

    def row_of(self, staff_id: int) -> int | None:
        for pos, i in enumerate(self._shown):
            if self._rows[i].id == staff_id:
                return pos
        return None

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def headers(self) -> list[str]:
        return [self.tr(c.title) for c in self.columns]

    def export_table(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and typed values of exactly the rows and columns shown, in the order shown."""
        typed = {"hire_date", *SALARY_COLUMNS}
        out = []
        for i in self._shown:
            row, texts = self._rows[i], self._text_row(i)
            out.append([getattr(row, c.key) if c.key in typed else texts[n] for n, c in enumerate(self.columns)])
        return self.headers(), out

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._shown[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text_row(r)[col]
        if role == Qt.ItemDataRole.UserRole:
            value = getattr(self._rows[r], self.columns[col].key)
            return float(value) if isinstance(value, Decimal) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[col].right:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[r].status == "left":
            return _LEFT_BRUSH
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(self.columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
                return _RIGHT
            return None
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._shown[p.row()], p.column()) for p in persistent]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted(self._order)
        self._shown = self._filtered()
        position = {row: pos for pos, row in enumerate(self._shown)}
        self.changePersistentIndexList(
            persistent, [self.index(position[r], c) if r in position else QModelIndex() for r, c in remembered])
        self.layoutChanged.emit()

    def _sorted(self, indices: Iterable[int]) -> list[int]:
        indices = list(indices)
        if self._sort_column < 0:
            return indices
        key = self.columns[self._sort_column].key
        rows = self._rows
        present = [i for i in indices if getattr(rows[i], key) not in (None, "")]
        empty = [i for i in indices if getattr(rows[i], key) in (None, "")]
        if key in ("status", "gender"):
            shown_as = {value: text_key(_display_value(key, value)) for value in {getattr(rows[i], key) for i in present}}
            present.sort(key=lambda i: shown_as[getattr(rows[i], key)])
        elif key == "hire_date" or key in SALARY_COLUMNS:
            present.sort(key=lambda i: getattr(rows[i], key))
        else:
            present.sort(key=lambda i: text_key(getattr(rows[i], key)))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            present.reverse()
        return present + empty  # blanks last either way
