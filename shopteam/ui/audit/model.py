"""Item models of the audit screen: the records, and the changed fields of one record.

The raw sort value of each cell is under Qt.UserRole.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopteam.services.audit import AuditRow, changed_fields
from shopteam.ui.audit.labels import action_text, entity_text, field_text, value_text

_Index = QModelIndex | QPersistentModelIndex

WHEN, WHO, ACTION, WHAT, SUMMARY = range(5)


def when_text(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def what_text(row: AuditRow) -> str:
    name = entity_text(row.entity)
    return f"{name} #{row.entity_id}" if row.entity_id is not None else name


class _TableModel(QAbstractTableModel):
    headers: list[str]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class AuditModel(_TableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Summary")]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
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
                return row.summary
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
                return row.summary
        return None


class ChangesModel(_TableModel):
    """Field | Before | After for one audit record."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []
        self.headers = [self.tr("Field"), self.tr("Before"), self.tr("After")]

    def set_record(self, row: AuditRow | None) -> None:
        self.beginResetModel()
        if row is None:
            self._rows = []
        else:
            self._rows = [(field_text(name), value_text(old, name), value_text(new, name))
                          for name, old, new in changed_fields(row.before, row.after)]
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return self._rows[index.row()][index.column()]
        return None
