"""The payout run as a table: one row per person, a total row after each department, and the total of the
shop (of the people shown, for a viewer who does not see everyone). Flagged lines are red, with the reason
as their tooltip. A run computed with withholding on has two more columns after the gross total: the
withheld sum (代扣合计) and the net pay (实发合计)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from shopteam.domain.incentives import COMPONENT_KEYS
from shopteam.domain.money import format_money
from shopteam.ui.payout.explanations import flag_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the component key of a money column ("total" for the total)
HIDDEN = "***"
FLAGGED_BRUSH = QBrush(QColor("#f8d7d7"))  # a line that needs a second look before approval
MONEY_KEYS = (*COMPONENT_KEYS, "total")
WITHHOLDING_KEYS = (*MONEY_KEYS, "withheld", "net")
TOTAL_KEYS = ("total", "withheld", "net")  # read from the row (or the totals), not from its components


def _t(text: str) -> str:
    return QCoreApplication.translate("PayoutModel", text)


# lupdate cannot see through _t(); QT_TRANSLATE_NOOP marks the titles with their context
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("PayoutModel", "Employee no."), QT_TRANSLATE_NOOP("PayoutModel", "Name"),
    QT_TRANSLATE_NOOP("PayoutModel", "Department"), QT_TRANSLATE_NOOP("PayoutModel", "Base salary"),
    QT_TRANSLATE_NOOP("PayoutModel", "Overtime pay"), QT_TRANSLATE_NOOP("PayoutModel", "Performance bonus"),
    QT_TRANSLATE_NOOP("PayoutModel", "Commission"), QT_TRANSLATE_NOOP("PayoutModel", "Attendance deduction"),
    QT_TRANSLATE_NOOP("PayoutModel", "Full-attendance bonus"), QT_TRANSLATE_NOOP("PayoutModel", "Rewards"),
    QT_TRANSLATE_NOOP("PayoutModel", "Year-end bonus"), QT_TRANSLATE_NOOP("PayoutModel", "Team bonus"),
    QT_TRANSLATE_NOOP("PayoutModel", "Penalties"), QT_TRANSLATE_NOOP("PayoutModel", "Gross pay"),
)
WITHHOLDING_TITLES = (QT_TRANSLATE_NOOP("PayoutModel", "Withheld"), QT_TRANSLATE_NOOP("PayoutModel", "Net pay"))


def column_titles(withholding: bool = False) -> list[str]:
    return [_t(title) for title in (*COLUMN_TITLES, *(WITHHOLDING_TITLES if withholding else ()))]


class PayoutModel(QAbstractTableModel):
    """Rows are ("person", PayoutRow), ("subtotal", department, Totals) or ("shop", Totals)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[tuple] = []
        self.titles = column_titles()
        self.keys = MONEY_KEYS  # the money columns, from the fourth on
        self.everyone = True  # the viewer sees the whole shop (else the last row is "the people shown")

    def set_view(self, view) -> None:
        self.beginResetModel()
        self.items = []
        self.everyone = view is None or view.everyone
        withholding = view is not None and view.withholding
        self.keys = WITHHOLDING_KEYS if withholding else MONEY_KEYS
        self.titles = column_titles(withholding)
        if view is not None:
            groups: dict[str, list] = {}
            for row in view.rows:
                groups.setdefault(row.department, []).append(row)
            for department, rows in groups.items():
                self.items += [("person", r) for r in rows]
                self.items.append(("subtotal", department, view.departments[department]))
            if view.rows:
                self.items.append(("shop", view.shop))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.titles):
                return self.titles[section]
        return None

    def person(self, row: int):
        item = self.items[row] if 0 <= row < len(self.items) else None
        return item[1] if item and item[0] == "person" else None

    def key_of(self, column: int) -> str | None:
        return self.keys[column - 3] if 3 <= column < 3 + len(self.keys) else None

    def _value(self, item: tuple, column: int):
        kind = item[0]
        key = self.key_of(column)
        if kind == "person":
            row = item[1]
            if key is None:
                return (row.employee_no, row.name, row.department)[column]
            return getattr(row, key) if key in TOTAL_KEYS else row.amounts[key]
        totals = item[2] if kind == "subtotal" else item[1]
        if key is None:
            if column == 0:
                if kind == "subtotal":
                    return QCoreApplication.translate("PayoutModel", "Department total")
                return (QCoreApplication.translate("PayoutModel", "Shop total") if self.everyone
                        else QCoreApplication.translate("PayoutModel", "Total of the people shown"))
            if column == 2 and kind == "subtotal":
                return item[1]
            if column == 1:
                people = totals.headcount  # a plain name: lupdate skips translate() whose n is an expression
                return QCoreApplication.translate("PayoutModel", "%n person(s)", "", people)
            return ""
        return getattr(totals, key) if key in TOTAL_KEYS else totals.amounts[key]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = self._value(item, column)
            if column >= 3:
                if value is None:
                    return HIDDEN if role == Qt.ItemDataRole.DisplayRole else None
                return format_money(value) if role == Qt.ItemDataRole.DisplayRole else float(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= 3:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (item[0] != "person" or self.key_of(column) in ("total", "net")):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item[0] != "person":
            return QBrush(QColor("#eef2f7") if item[0] == "subtotal" else QColor("#dfe7f1"))
        if role == Qt.ItemDataRole.BackgroundRole and item[1].flags:
            return FLAGGED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and column >= 3 and item[0] == "person":
            key = self.key_of(column)
            value = self._value(item, column)
            if key in ("attendance_deduction", "penalties") and value:
                return QBrush(QColor("#c62828"))
        if role == KEY_ROLE:
            return self.key_of(column)
        if role == Qt.ItemDataRole.ToolTipRole and item[0] == "person" and item[1].flags:
            return "\n".join(flag_text(f) for f in item[1].flags)
        if role == Qt.ItemDataRole.ToolTipRole and item[0] == "person" and column >= 3:
            return QCoreApplication.translate("PayoutModel", "Click to see how this figure was computed")
        return None

    def money(self, row: int, column: int) -> Decimal | None:
        return self._value(self.items[row], column) if column >= 3 else None
