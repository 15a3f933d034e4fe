"""Goals as a tree (a goal under its parent: year → quarter → month), with the rolled-up progress under
ProgressRole for the progress-bar delegate and raw sort values under Qt.UserRole."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from shopteam.services.boards.goals import GoalRow

_Index = QModelIndex | QPersistentModelIndex
NAME, PERIOD, OWNER_OF, METRIC, TARGET, ACTUAL, PROGRESS, OWNER, DEADLINE = range(9)
ProgressRole = Qt.ItemDataRole.UserRole + 1


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


class GoalTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: dict[int, GoalRow] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent: dict[int, int | None] = {}
        self._headers = [self.tr("Goal"), self.tr("Period"), self.tr("For"), self.tr("Metric"), self.tr("Target"),
                         self.tr("Actual"), self.tr("Progress"), self.tr("Owner"), self.tr("Deadline")]
        self._scopes = {"shop": self.tr("Whole shop")}

    def set_rows(self, rows: list[GoalRow]) -> None:
        self.beginResetModel()
        self._rows = {r.id: r for r in rows}
        self._children = {None: []}
        self._parent = {}
        for r in rows:
            parent = r.data.parent_id if r.data.parent_id in self._rows else None
            self._parent[r.id] = parent
            self._children.setdefault(parent, []).append(r.id)
        self.endResetModel()

    def goal_at(self, index: _Index) -> GoalRow | None:
        return self._rows.get(index.internalId()) if index.isValid() else None

    def index_of(self, goal_id: int) -> QModelIndex:
        if goal_id not in self._rows:
            return QModelIndex()
        parent = self._parent[goal_id]
        return self.createIndex(self._children[parent].index(goal_id), 0, goal_id)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        key = parent.internalId() if parent.isValid() else None
        children = self._children.get(key, [])
        if not 0 <= row < len(children) or not 0 <= column < len(self._headers):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._parent.get(index.internalId())
        if parent is None:
            return QModelIndex()
        grand = self._parent[parent]
        return self.createIndex(self._children[grand].index(parent), 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        key = parent.internalId() if parent.isValid() else None
        return len(self._children.get(key, []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def period_text(self, row: GoalRow) -> str:
        d = row.data
        if d.period == "year":
            return str(d.year)
        if d.period == "quarter":
            return self.tr("%1 Q%2").replace("%1", str(d.year)).replace("%2", str(d.number))
        return self.tr("%1-%2").replace("%1", str(d.year)).replace("%2", f"{d.number:02d}")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.goal_at(index)
        if row is None:
            return None
        col, d = index.column(), row.data
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return d.name
            if col == PERIOD:
                return self.period_text(row)
            if col == OWNER_OF:
                return row.department or row.employee or self._scopes["shop"]
            if col == METRIC:
                return f"{d.metric} ({d.unit})" if d.unit else d.metric
            if col == TARGET:
                return number_text(d.target)
            if col == ACTUAL:
                text = number_text(row.actual)
                return text + (self.tr(" (cards)") if d.actual_from_cards else "")
            if col == PROGRESS:
                return "" if row.progress is None else f"{row.progress * 100:.0f}%"
            if col == OWNER:
                return row.owner
            if col == DEADLINE:
                return d.deadline.isoformat() if d.deadline else ""
            return None
        if role == ProgressRole and col == PROGRESS:
            return row.progress
        if role == Qt.ItemDataRole.UserRole:
            return (d.name, (d.year, d.period != "year", d.number or 0), row.department or row.employee, d.metric,
                    d.target, row.actual if row.actual is not None else -1.0,
                    row.progress if row.progress is not None else -1.0, row.owner,
                    d.deadline.toordinal() if d.deadline else 0)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (TARGET, ACTUAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
