"""Leave requests, overtime applications and missing-punch corrections as one table; ``Qt.UserRole`` gives
each cell's raw value."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shopteam.domain.collation import text_key
from shopteam.ui.attendance.labels import leave_kind_label, request_kind_label, status_label

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLOURS = {"pending": "#8a5a00", "approved": "#1b5e20", "rejected": "#b71c1c"}

COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("RequestsModel", "Request")),
    ("employee_no", QT_TRANSLATE_NOOP("RequestsModel", "Employee no.")),
    ("name", QT_TRANSLATE_NOOP("RequestsModel", "Name")),
    ("department", QT_TRANSLATE_NOOP("RequestsModel", "Department")),
    ("when", QT_TRANSLATE_NOOP("RequestsModel", "When")),
    ("hours", QT_TRANSLATE_NOOP("RequestsModel", "Hours")),
    ("reason", QT_TRANSLATE_NOOP("RequestsModel", "Reason")),
    ("status", QT_TRANSLATE_NOOP("RequestsModel", "Status")),
    ("decided_by", QT_TRANSLATE_NOOP("RequestsModel", "Decided by")),
    ("decision_note", QT_TRANSLATE_NOOP("RequestsModel", "Note")),
)


def _moment(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d") if value.time() == time() else value.strftime("%Y-%m-%d %H:%M")


def _clock(moment: datetime, work_date) -> str:
    """'18:30', or '+1 00:30' for a time on the day after the work day."""
    text = moment.strftime("%H:%M")
    return f"+1 {text}" if work_date is not None and moment.date() > work_date else text


def when_text(row) -> str:
    if row.kind == "overtime":
        day = row.work_date.isoformat() if row.work_date else ""
        if row.start is not None and row.end is not None:
            return f"{day} {_clock(row.start, row.work_date)}–{_clock(row.end, row.work_date)}"
        return day
    if row.start is None or row.end is None:
        return ""
    if row.start.date() == row.end.date():
        return f"{row.start.date().isoformat()} {row.start.strftime('%H:%M')}–{row.end.strftime('%H:%M')}"
    if row.start.time() == time() and row.end.time() == time():
        from datetime import timedelta

        last = (row.end - timedelta(days=1)).date()
        first = row.start.date()
        return first.isoformat() if last <= first else f"{first.isoformat()} – {last.isoformat()}"
    return f"{_moment(row.start)} – {_moment(row.end)}"


def when_sort(row) -> str:
    if row.kind == "correction":
        return row.work_date.isoformat() if row.work_date else ""
    if row.kind == "overtime":
        return (row.start.isoformat() if row.start else row.work_date.isoformat() if row.work_date else "")
    return row.start.isoformat() if row.start else ""


def hours_text(hours: float) -> str:
    return str(int(hours)) if float(hours).is_integer() else f"{hours:g}"


class RequestsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[str, bool] | None = None  # (column key, descending) once the user sorted

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def _sort_rows(self, key: str, descending: bool) -> None:
        def value(row):
            raw = self._cell(row, key)[1]
            return text_key(raw) if isinstance(raw, str) else raw

        self._rows.sort(key=value, reverse=descending)

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, kind: str, request_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.kind == kind and r.id == request_id), None)

    def headers(self) -> list[str]:
        return [self.tr(title) for _key, title in COLUMNS]

    def _cell(self, row, key: str) -> tuple[str, Any]:
        if key == "kind":
            text = request_kind_label(row.kind)
            if row.kind == "leave":
                text = leave_kind_label(row.leave_kind)
            return text, text
        if key == "when":
            return (self._correction_text(row) if row.kind == "correction" else when_text(row)), when_sort(row)
        if key == "hours":
            if row.kind == "correction":
                return "", 0.0
            return hours_text(row.hours), float(row.hours)
        if key == "status":
            return status_label(row.status), row.status
        value = getattr(row, key) or ""
        return str(value), str(value)

    def _correction_text(self, row) -> str:
        """'2026-09-08 clock-in 08:58, clock-out +1 00:30'."""
        parts = []
        if row.start is not None:
            parts.append(self.tr("clock-in %1").replace("%1", _clock(row.start, row.work_date)))
        if row.end is not None:
            parts.append(self.tr("clock-out %1").replace("%1", _clock(row.end, row.work_date)))
        day = row.work_date.isoformat() if row.work_date else ""
        return f"{day} {', '.join(parts)}".strip()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, key)[0]
        if role == Qt.ItemDataRole.UserRole:
            return self._cell(row, key)[1]
        if role == Qt.ItemDataRole.ToolTipRole and key in ("reason", "decision_note"):
            return getattr(row, key) or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#000000")))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "hours":
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][1])
            return None
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(id(self._rows[p.row()]), p.column()) for p in persistent]
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self._sort_rows(*self._sort)
        position = {id(r): pos for pos, r in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(position[r], c) for r, c in remembered])
        self.layoutChanged.emit()
