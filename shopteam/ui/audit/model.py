"""Item models of the audit screen: the records, and the changed fields of one record.

The raw sort value of each cell is under Qt.UserRole.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from shopteam.services.audit import AuditRow, changed_fields
from shopteam.ui.audit.labels import action_text, entity_text, field_text, summary_text, value_text
from shopteam.ui.widgets.rows_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex

WHEN, WHO, ACTION, WHAT, SUMMARY = range(5)


def when_text(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def what_text(row: AuditRow) -> str:
    name = entity_text(row.entity)
    return f"{name} #{row.entity_id}" if row.entity_id is not None else name


class AuditModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Summary")]

    def row_at(self, row: int) -> AuditRow:
        return self.rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == WHEN:
                return when_text(row)
            if col == WHO:
                return row.username
            if col == ACTION:
                return action_text(row.action)
            if col == WHAT:
                return what_text(row)
            if col == SUMMARY:
                return summary_text(row)
        if role == Qt.ItemDataRole.UserRole:
            if col == WHEN:
                return row.id  # ids grow with time and break ties within one transaction
            if col == WHO:
                return row.username.lower()
            if col == ACTION:
                return action_text(row.action)
            if col == WHAT:
                return f"{entity_text(row.entity)} {row.entity_id or 0:012d}"
            if col == SUMMARY:
                return summary_text(row)
        return None


class ChangesModel(RowsTableModel):
    """Field | Before | After for one audit record."""

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.rows: list[tuple[str, str, str]] = []
        self.headers = [self.tr("Field"), self.tr("Before"), self.tr("After")]

    def set_record(self, row: AuditRow | None) -> None:
        self.beginResetModel()
        if row is None:
            self.rows = []
        else:
            self.rows = [(field_text(name), value_text(old, name), value_text(new, name))
                          for name, old, new in changed_fields(row.before, row.after)]
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return self.rows[index.row()][index.column()]
        return None
