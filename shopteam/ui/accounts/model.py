"""Table model of the login accounts; the raw sort value of each cell is under Qt.UserRole."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopteam.services.accounts import AccountRow
from shopteam.ui.accounts.labels import LEVELS, level_text, permission_text
from shopteam.ui.widgets.rows_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex

USERNAME, LEVEL, STAFF, ACTIVE, GRANTS, LAST_LOGIN = range(6)


def local_time_text(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class AccountsModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("User name"), self.tr("Access level"), self.tr("Staff member"),
                         self.tr("Active"), self.tr("Individual permissions"), self.tr("Last login")]

    def row_at(self, row: int) -> AccountRow:
        return self.rows[row]

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == user_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == GRANTS and row.grants:
            return "\n".join(permission_text(p) for p in row.grants)
        if role == Qt.ItemDataRole.ForegroundRole and (not row.is_active or row.closed):
            return QBrush(QColor("#888888"))
        return None

    def _display(self, row: AccountRow, col: int) -> str:
        if col == USERNAME:
            return row.username
        if col == LEVEL:
            return level_text(row.level)
        if col == STAFF:
            return row.employee_name
        if col == ACTIVE:
            if row.closed:  # the person left: refused from the day after their last day
                return self.tr("Closed (left %1)").replace("%1", row.last_day.isoformat())
            if not row.is_active:
                return self.tr("Switched off")
            if row.last_day is not None:
                return self.tr("Yes, until %1").replace("%1", row.last_day.isoformat())
            return self.tr("Yes")
        if col == GRANTS:
            if row.level == "owner":
                return self.tr("Everything")
            return ", ".join(permission_text(p) for p in row.grants)
        if col == LAST_LOGIN:
            return local_time_text(row.last_login)
        return ""

    def _sort_value(self, row: AccountRow, col: int):
        if col == USERNAME:
            return row.username.lower()
        if col == LEVEL:
            return LEVELS.index(row.level) if row.level in LEVELS else -1
        if col == STAFF:
            return row.employee_name
        if col == ACTIVE:
            return int(row.is_active and not row.closed)
        if col == GRANTS:
            return len(row.grants) if row.level != "owner" else 1000
        if col == LAST_LOGIN:
            return row.last_login.timestamp() if row.last_login else 0.0
        return None
