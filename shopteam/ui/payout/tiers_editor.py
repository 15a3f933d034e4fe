"""The commission tiers of the pay rules as a small table: from which sales (yuan) which rate (in %, as people
say it: 1.5 % is stored as the rule's fraction 0.015). Rows are kept in order of threshold; every bad cell is
marked and its sentence — the one services/payout/rules.tier_problems gives, so the dialog says what the
rule says — is listed under the table. The dialog does not save while a cell is bad."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.explain import percent, plain
from shopteam.services.payout.rules import tier_problems
from shopteam.ui.messages import ERROR_STYLE, describe

THRESHOLD, RATE = 0, 1
BAD_CELL = QColor("#fde0e0")
DEFAULT_STEP = Decimal(10000)


def _number(text: str) -> Decimal | None:
    try:
        number = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def threshold_text(value) -> str:
    """50000 -> '50,000'; 1234.5 -> '1,234.5' (yuan as people read them)."""
    number = _number(str(value))
    return str(value) if number is None else f"{plain(number):,}"


def rate_text(fraction) -> str:
    """The rule's fraction as a percentage: '0.015' -> '1.5'."""
    number = _number(str(fraction))
    return str(fraction) if number is None else str(percent(number))


class CommissionTiersEditor(QWidget):
    changed = Signal()

    def __init__(self, tiers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("commission_tiers_table")
        self.table.setHorizontalHeaderLabels([self.tr("From sales (yuan)"), self.tr("Rate (%)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(170)
        self.add_button = QPushButton(self.tr("Add tier"))
        self.add_button.setObjectName("add_commission_tier")
        self.remove_button = QPushButton(self.tr("Remove tier"))
        self.remove_button.setObjectName("remove_commission_tier")
        self.error = QLabel()
        self.error.setObjectName("commission_tiers_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setObjectName("commission_tiers_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.add_button.clicked.connect(self.add_tier)
        self.remove_button.clicked.connect(self.remove_tier)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._update_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.set_tiers(tiers)

    # ------------------------------------------------------------------ reading and writing the rows

    def set_tiers(self, tiers) -> None:
        """Show the rule's tiers [[threshold, rate fraction], …]."""
        self._fill([(threshold_text(t), rate_text(r)) for t, r in tiers])

    def _fill(self, rows: list[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.validate()

    def texts(self) -> list[tuple[str, str]]:
        """The cells as typed, row by row."""
        return [tuple((self.table.item(r, c).text() if self.table.item(r, c) else "") for c in (THRESHOLD, RATE))
                for r in range(self.table.rowCount())]

    def tiers(self) -> list[list[str]]:
        """The tiers in the rule's form: threshold in yuan, rate as a fraction ('1.5' % -> '0.015'); a cell that
        is not a number is passed on as typed, for the rule to name."""
        result = []
        for threshold, rate in self.texts():
            number = _number(threshold)
            fraction = _number(rate)
            result.append([threshold.strip() if number is None else str(number),
                           rate.strip() if fraction is None else str(plain(fraction / 100))])
        return result

    # ------------------------------------------------------------------ editing

    def add_tier(self) -> None:
        """A row above the last one (one more step of the same size, else 10,000 more), at the last rate."""
        rows = self.texts()
        numbers = [_number(t) for t, _r in rows]
        if not rows:
            new = ("0", "1")
        else:
            last = numbers[-1] if numbers[-1] is not None else Decimal(0)
            step = last - numbers[-2] if len(rows) > 1 and numbers[-2] is not None and last > numbers[-2] \
                else DEFAULT_STEP
            new = (threshold_text(last + step), rows[-1][1])
        self._fill([*rows, new])
        self.table.setCurrentCell(self.table.rowCount() - 1, THRESHOLD)
        self.changed.emit()

    def remove_tier(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            rows = self.texts()
            del rows[row]
            self._fill(rows)
            self.changed.emit()

    def _edited(self, item: QTableWidgetItem) -> None:
        """Keep the rows in order of threshold (rows whose threshold is not a number last) and check again."""
        row, column = item.row(), item.column()
        if column == THRESHOLD and _number(item.text()) is not None:
            self.table.blockSignals(True)
            item.setText(threshold_text(item.text()))
            self.table.blockSignals(False)
        rows = self.texts()
        edited = rows[row]
        ordered = sorted(rows, key=lambda r: (_number(r[0]) is None, _number(r[0]) or Decimal(0)))
        if ordered != rows:
            self._fill(ordered)
            self.table.setCurrentCell(ordered.index(edited), column)
        else:
            self.validate()
        self.changed.emit()

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    # ------------------------------------------------------------------ checking

    def problems(self):
        """(row, column, ValidationError) for every bad cell, as the pay rule says it."""
        return tier_problems(self.tiers())

    def validate(self) -> bool:
        """Mark the bad cells and list their sentences; True when every cell is good."""
        problems = self.problems()
        bad = {(row, column): describe(err) for row, column, err in problems}
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in (THRESHOLD, RATE):
                item = self.table.item(row, column)
                text = bad.get((row, column))
                item.setBackground(QBrush(BAD_CELL) if text else QBrush())
                item.setToolTip(text or "")
        self.table.blockSignals(False)
        names = {THRESHOLD: self.tr("from sales"), RATE: self.tr("rate")}
        lines = [self.tr("Tier %1, %2: %3").replace("%1", str(row + 1)).replace("%2", names[column])
                 .replace("%3", text) for (row, column), text in sorted(bad.items())]
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))
        first = _number(self.texts()[0][0]) if self.table.rowCount() else None
        self.hint.setText(self.tr("Sales below %1 earn no commission.").replace("%1", threshold_text(first))
                          if first else "")
        self.hint.setVisible(bool(first))
        self._update_remove()
        return not problems
