"""The year-end bonus dialog (年终奖): a pool split by base salary × annual grade coefficient × months / 12."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services.payout import runs as payout
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.payout.explanations import explanation_text


class YearEndDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Year-end bonus"))
        self.resize(900, 520)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.pool_edit = QLineEdit()
        self.pool_edit.setObjectName("year_end_pool")
        self.pool_edit.setPlaceholderText("100000.00")
        self.split_button = QPushButton(self.tr("Split"))
        self.split_button.setObjectName("year_end_split")
        self.split_button.clicked.connect(self.split)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("year_end_table")
        self.table.setHorizontalHeaderLabels([self.tr("Employee no."), self.tr("Name"), self.tr("Department"),
                                              self.tr("Annual grade"), self.tr("Months worked"), self.tr("Amount"),
                                              self.tr("How")])
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year_spin)
        bar.addWidget(QLabel(self.tr("Pool")))
        bar.addWidget(self.pool_edit)
        bar.addWidget(self.split_button)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def split(self) -> None:
        grades = {"excellent": self.tr("Excellent"), "good": self.tr("Good"), "pass": self.tr("Pass"),
                  "fail": self.tr("Fail")}
        try:
            with self.ctx.factory.begin() as session:
                rows = payout.split_year_end_pool(session, actor=self.ctx.actor, year=self.year_spin.value(),
                                                  pool=self.pool_edit.text())
        except ShopTeamError as err:
            self.message.setText(describe(err))
            return
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.employee_no, row.name, row.department, grades.get(row.grade, "—"),
                      "" if row.months is None else f"{row.months}", f"{row.amount:,.2f}",
                      "; ".join(explanation_text(e) for e in row.explanations)]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        total = sum((row.amount for row in rows), start=0)
        self.message.setText(self.tr("%n person(s), %1 in all.", "", len(rows)).replace("%1", f"{total:,.2f}"))
