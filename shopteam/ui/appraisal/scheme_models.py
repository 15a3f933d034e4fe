"""Item models of the appraisal schemes dialog (tested with qtmodeltester): the list of schemes and the
indicator table of the scheme being edited, with the labels of groups, scoring methods and data sources."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from shopteam.services.appraisal.schemes import ATTENDANCE_PARAMS, IndicatorInput, SchemeView
from shopteam.ui.widgets.rows_model import RowsTableModel

CONTEXT = "SchemesDialog"
ID_ROLE = Qt.ItemDataRole.UserRole

GROUPS = {"results": QT_TRANSLATE_NOOP("SchemesDialog", "Results"),
          "ability": QT_TRANSLATE_NOOP("SchemesDialog", "Ability"),
          "attitude": QT_TRANSLATE_NOOP("SchemesDialog", "Attitude")}
METHODS = {"rating": QT_TRANSLATE_NOOP("SchemesDialog", "Manual rating"),
           "higher_is_better": QT_TRANSLATE_NOOP("SchemesDialog", "Target ratio, higher is better"),
           "lower_is_better": QT_TRANSLATE_NOOP("SchemesDialog", "Target ratio, lower is better"),
           "tiered": QT_TRANSLATE_NOOP("SchemesDialog", "Tiered table"),
           "tasks": QT_TRANSLATE_NOOP("SchemesDialog", "From tasks (done on time)"),
           "attendance": QT_TRANSLATE_NOOP("SchemesDialog", "From attendance")}
SOURCES = {"manual": QT_TRANSLATE_NOOP("SchemesDialog", "Entered by hand"),
           "kpi": QT_TRANSLATE_NOOP("SchemesDialog", "KPI import"),
           "boards": QT_TRANSLATE_NOOP("SchemesDialog", "Task boards"),
           "attendance": QT_TRANSLATE_NOOP("SchemesDialog", "Attendance"),
           "training": QT_TRANSLATE_NOOP("SchemesDialog", "Training record")}
# the data source a scoring method naturally reads (set when the method is changed)
#: The parameters each scoring method uses (domain.scoring); the others are dropped when the method changes.
PARAMS_OF_METHOD = {"rating": ("scale",), "higher_is_better": ("target", "cap"), "lower_is_better": ("target", "cap"),
                    "tiered": ("tiers", "direction"), "tasks": (), "attendance": tuple(ATTENDANCE_PARAMS)}
SOURCE_OF_METHOD = {"rating": "manual", "tasks": "boards", "attendance": "attendance", "higher_is_better": "kpi",
                    "lower_is_better": "kpi", "tiered": "kpi"}
NUMBER_PARAMS = ("target", "cap", "per_late", "per_absence", "per_missing")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(labels: dict[str, str], code: str) -> str:
    return tr(labels[code]) if code in labels else code


def num_text(value) -> str:
    """A stored number as the owner typed it: 500000, not 5e+05; 4.5; '' for none."""
    if value is None or value == "":
        return ""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return format(d.normalize(), "f")


def parse_number(text: str):
    """'45' -> 45, '4.5' -> 4.5, '' -> None; anything else comes back as the text (refused on save)."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        return text
    if not d.is_finite():
        return text
    return int(d) if d == d.to_integral_value() else float(d)


def tiers_text(tiers) -> str:
    if isinstance(tiers, str):
        return tiers
    return "; ".join(f"{num_text(t)}: {num_text(s)}" for t, s in tiers or ())


def parse_tiers(text: str):
    """'4.5: 60; 4.7: 80' -> [[4.5, 60], [4.7, 80]]; text that is not such a list comes back as it is."""
    tiers = []
    for part in text.replace("；", ";").replace("：", ":").split(";"):
        if not part.strip():
            continue
        threshold, sep, score = part.partition(":")
        pair = [parse_number(threshold), parse_number(score)]
        if not sep or any(not isinstance(v, int | float) for v in pair):
            return text
        tiers.append(pair)
    return tiers


def params_summary(ind: IndicatorInput) -> str:
    p = ind.params or {}
    if ind.method == "rating":
        if p.get("scale") in (5, "5", "five"):
            return QCoreApplication.translate("SchemesDialog", "1–5 (→ 20–100)")
        return QCoreApplication.translate("SchemesDialog", "0–100")
    if ind.method in ("higher_is_better", "lower_is_better"):
        text = QCoreApplication.translate("SchemesDialog", "Target %1, cap %2")
        return text.replace("%1", num_text(p.get("target")) or "?").replace("%2", num_text(p.get("cap")) or "100")
    if ind.method == "tiered":
        tiers = p.get("tiers") or []
        if isinstance(tiers, str):
            return tiers
        sign = "≤" if p.get("direction") == "lower" else "≥"
        return "; ".join(f"{sign}{num_text(t)} → {num_text(s)}" for t, s in tiers)
    if ind.method == "attendance":
        text = QCoreApplication.translate("SchemesDialog", "Late −%1, absent day −%2, missing punch −%3")
        for n, key in enumerate(("per_late", "per_absence", "per_missing"), start=1):
            text = text.replace(f"%{n}", num_text(p.get(key, ATTENDANCE_PARAMS[key])))
        return text
    return QCoreApplication.translate("SchemesDialog", "Done on time / due × 100")


class SchemeListModel(RowsTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("SchemesDialog", "Scheme"), QT_TRANSLATE_NOOP("SchemesDialog", "Roles"),
               QT_TRANSLATE_NOOP("SchemesDialog", "State"))

    def __init__(self, parent=None) -> None:
        super().__init__([tr(c) for c in self.COLUMNS], parent)
        self.rows: list[SchemeView] = []

    def row_of(self, scheme_id: int | None) -> int:
        return next((i for i, v in enumerate(self.rows) if v.id == scheme_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        v = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return v.name
            if index.column() == 1:
                if v.role_names:
                    return "、".join(v.role_names)
                return QCoreApplication.translate("SchemesDialog", "(no role)")
            if v.archived:
                return QCoreApplication.translate("SchemesDialog", "Archived")
            return QCoreApplication.translate("SchemesDialog", "In use")
        if role == Qt.ItemDataRole.ForegroundRole and (v.archived or (index.column() == 1 and not v.role_names)):
            return QColor("#888888")
        if role == ID_ROLE:
            return v.id
        return None


class IndicatorModel(RowsTableModel):
    """The indicators of the scheme being edited (copies; nothing is stored until the dialog saves)."""

    GROUP, NAME, WEIGHT, METHOD, SOURCE, KEY, UNIT, PARAMS = range(8)
    COLUMNS = (QT_TRANSLATE_NOOP("SchemesDialog", "Group"), QT_TRANSLATE_NOOP("SchemesDialog", "Indicator"),
               QT_TRANSLATE_NOOP("SchemesDialog", "Weight"), QT_TRANSLATE_NOOP("SchemesDialog", "Scoring method"),
               QT_TRANSLATE_NOOP("SchemesDialog", "Data source"), QT_TRANSLATE_NOOP("SchemesDialog", "KPI key"),
               QT_TRANSLATE_NOOP("SchemesDialog", "Unit"), QT_TRANSLATE_NOOP("SchemesDialog", "Parameters"))
    FIELDS = ("group", "name", "weight", "method", "source", "key", "unit")
    COMBOS = {GROUP: GROUPS, METHOD: METHODS, SOURCE: SOURCES}

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__([tr(c) for c in self.COLUMNS], parent)
        self.rows: list[IndicatorInput] = []
        self.bad_row: int | None = None  # the row an error names, drawn in red

    def set_indicators(self, indicators) -> None:
        self.beginResetModel()
        self.rows = [copy.deepcopy(i) for i in indicators]
        for ind in self.rows:  # 20.0 from the database reads 20, here and in the service's messages
            weight = parse_number(str(ind.weight))
            ind.weight = weight if isinstance(weight, int | float) else ind.weight
        self.bad_row = None
        self.endResetModel()
        self.changed.emit()

    def indicators(self) -> list[IndicatorInput]:
        return [copy.deepcopy(i) for i in self.rows]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == self.PARAMS else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        ind = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.EditRole and col < self.PARAMS:
            value = getattr(ind, self.FIELDS[col])
            return float(value) if col == self.WEIGHT else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.PARAMS:
                return params_summary(ind)
            if col in self.COMBOS:
                return label(self.COMBOS[col], getattr(ind, self.FIELDS[col]))
            if col == self.WEIGHT:
                return num_text(ind.weight)
            return getattr(ind, self.FIELDS[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() == self.bad_row:
            return QColor("#c62828")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= self.PARAMS:
            return False
        ind = self.rows[index.row()]
        col = index.column()
        if col == self.WEIGHT:
            number = parse_number(str(value))
            if not isinstance(number, int | float):
                return False
            value = number
        elif col in self.COMBOS:
            if value not in self.COMBOS[col]:
                return False
        else:
            value = str(value)
        if getattr(ind, self.FIELDS[col]) == value:
            return True
        setattr(ind, self.FIELDS[col], value)
        first = index.siblingAtColumn(0)
        if col == self.METHOD:
            ind.source = SOURCE_OF_METHOD.get(value, ind.source)
            keep = PARAMS_OF_METHOD.get(value, ())  # the old method's settings would be saved unseen
            ind.params = {k: v for k, v in (ind.params or {}).items() if k in keep}
            if value == "attendance":
                ind.params = {**ATTENDANCE_PARAMS, **(ind.params or {})}
            elif value == "tiered":
                ind.params = {"direction": "higher", **(ind.params or {})}
        self.dataChanged.emit(first, index.siblingAtColumn(self.PARAMS))
        self.changed.emit()
        return True

    def set_params(self, row: int, params: dict) -> None:
        if not 0 <= row < len(self.rows) or self.rows[row].params == params:
            return
        self.rows[row].params = dict(params)
        cell = self.index(row, self.PARAMS)
        self.dataChanged.emit(cell, cell)
        self.changed.emit()

    def set_bad_row(self, row: int | None) -> None:
        self.bad_row = row
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.PARAMS))

    def add(self, indicator: IndicatorInput) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(indicator)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.bad_row = None
        self.changed.emit()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        # beginMoveRows counts the destination before the move: moving down by one means "before row + 2"
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if step > 0 else target)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target

    def weight_total(self) -> Decimal:
        return sum((_weight(i) for i in self.rows), Decimal(0))

    def group_totals(self) -> dict[str, Decimal]:
        totals = {g: Decimal(0) for g in GROUPS}
        for i in self.rows:
            totals[i.group] = totals.get(i.group, Decimal(0)) + _weight(i)
        return totals


def _weight(ind: IndicatorInput) -> Decimal:
    try:
        return Decimal(str(ind.weight))
    except InvalidOperation:
        return Decimal(0)
