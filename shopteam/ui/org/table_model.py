"""One small table model for the organisation screens: a list of rows and a list of column specs.

Each column gives the display text and the raw sort value (under Qt.UserRole) of a row, and optionally
a background colour, an alignment and an editor callback (for editable cells).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from shopteam.domain.collation import text_key
from shopteam.ui.widgets.columns import fit_columns

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY, _EDIT, _SORT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole), int(SORT_ROLE)
_BACKGROUND, _ALIGNMENT = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES_ANSWERED = frozenset({_DISPLAY, _EDIT, _SORT, _BACKGROUND, _ALIGNMENT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    background: Callable[[Any], str | None] | None = None  # "#rrggbb" or None
    align_right: bool = False
    edit: Callable[[Any, Any], bool] | None = None  # (row, value) -> accepted
    edit_value: Callable[[Any], Any] | None = None  # the value the editor starts with


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Any] = []

    # -- data in and out --
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find(self, predicate: Callable[[Any], bool]) -> int | None:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), None)

    # -- Qt interface --
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Qt asks for a dozen roles per cell each time it sizes or paints one: the roles answered here are
        # compared as plain ints first, the rest return at once (enum comparisons made this the page's cost)
        role = int(role)
        if role not in _ROLES_ANSWERED:
            return None
        r, c = index.row(), index.column()
        if not index.isValid() or not 0 <= r < len(self._rows) or not 0 <= c < len(self.columns):
            return None
        row, col = self._rows[r], self.columns[c]
        if role == _DISPLAY:
            return col.text(row)
        if role == _EDIT:
            return col.edit_value(row) if col.edit_value else col.text(row)
        if role == _SORT:
            return col.sort(row) if col.sort else text_key(col.text(row))
        if role == _BACKGROUND:
            colour = col.background(row) if col.background else None
            return QBrush(QColor(colour)) if colour else None
        if col.align_right:  # the alignment role
            return _RIGHT
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.edit is None or not col.edit(self._rows[index.row()], value):
            return False
        self.dataChanged.emit(index, index)
        return True


def sorted_view(model: RowsModel) -> QTableView:
    """A read-only table of ``model`` behind a sorting proxy (the columns' sort keys, names by pinyin): one row
    selected at a time, columns sized to their contents."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    fit_columns(view)
    return view


def selected_row(view: QTableView, model: RowsModel):
    """The row object selected in a :func:`sorted_view`, or None."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    return model.row_at(view.model().mapToSource(rows[0]).row())
