"""The bonus pool dialog: the year-end bonus (年终奖, split by base salary × annual grade coefficient × months
/ 12) or a team bonus pool (团队奖金池, split by a month's final scores, of a department or the whole shop).

Split shows the shares; Save draft keeps them; Approve locks them and pays them in the chosen payout month;
Reopen… (with a reason) makes an approved pool a draft again; Export… writes the workbook."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from shopteam.services.org.departments import list_departments
from shopteam.services.payout import pools
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import chosen_language
from shopteam.ui.messages import describe
from shopteam.ui.payout.explanations import explanation_text
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path, run_export
from shopteam.ui.widgets.month_picker import MonthPicker

EXPORT_DIR_KEY = "payout/export_dir"


def _write_pool(progress, factory, actor, pool_id, path, language):
    from shopteam.services.payout.exports import export_pool

    with factory() as session:
        return export_pool(session, actor=actor, pool_id=pool_id, path=path, language=language,
                           progress=progress).file


class PoolDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.pool = None  # the saved pool shown (PoolView), None for a new one
        self.task = None
        team = kind == "team"
        self.setWindowTitle(self.tr("Team bonus pool") if team else self.tr("Year-end bonus"))
        self.resize(1000, 560)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("pool_saved")
        self.saved_combo.activated.connect(lambda _i: self.load(self.saved_combo.currentData()))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.scores_month = MonthPicker(year, month, "pool_scores_month")
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("pool_department")
        self.department_combo.addItem(self.tr("Whole shop"), None)
        with ctx.factory() as session:
            for dep in list_departments(session, actor=ctx.actor, include_archived=False):
                self.department_combo.addItem(dep.name, dep.id)
        self.pool_edit = QLineEdit()
        self.pool_edit.setObjectName("pool_amount")
        self.pool_edit.setPlaceholderText("100000.00")
        self.pay_month = MonthPicker(year, month, "pool_pay_month")
        self.split_button = self._button(self.tr("Split"), "pool_split", self.split)
        self.save_button = self._button(self.tr("Save draft"), "pool_save", self.save)
        self.approve_button = self._button(self.tr("Approve and lock"), "pool_approve", self.approve)
        self.reopen_button = self._button(self.tr("Reopen…"), "pool_reopen", self.reopen)
        self.delete_button = self._button(self.tr("Delete draft"), "pool_delete", self.delete)
        self.export_button = self._button(self.tr("Export…"), "pool_export", self.export)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("pool_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Employee no."), self.tr("Name"), self.tr("Department"),
            self.tr("Final score") if team else self.tr("Annual grade"),
            self.tr("Weight"), self.tr("Months worked"), self.tr("Amount"), self.tr("How")])
        self.table.setColumnHidden(5, team)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.state_label = QLabel()
        self.state_label.setObjectName("pool_state")
        self.message = QLabel()
        self.message.setObjectName("pool_message")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved pools")))
        top.addWidget(self.saved_combo, 1)
        top.addWidget(self.state_label)
        bar = QHBoxLayout()
        if team:
            bar.addWidget(QLabel(self.tr("Month of the scores")))
            bar.addWidget(self.scores_month)
            bar.addWidget(self.department_combo)
        else:
            bar.addWidget(QLabel(self.tr("Year")))
            bar.addWidget(self.year_spin)
        bar.addWidget(QLabel(self.tr("Pool")))
        bar.addWidget(self.pool_edit)
        bar.addWidget(QLabel(self.tr("Paid with the payout of")))
        bar.addWidget(self.pay_month)
        bar.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.split_button, self.save_button, self.approve_button, self.reopen_button,
                       self.delete_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload_saved()
        self._update_state()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ showing

    def reload_saved(self, select: int | None = None) -> None:
        states = {"draft": self.tr("draft"), "approved": self.tr("approved")}
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(new pool)"), None)
        try:
            with self.ctx.factory() as session:
                saved = pools.list_pools(session, actor=self.ctx.actor, kind=self.kind)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        for pool in saved:
            scope = "" if self.kind == "year_end" else f" · {pool.department or self.tr('Whole shop')}"
            self.saved_combo.addItem(f"#{pool.id} {pool.period}{scope} · {pool.amount:,.2f} · "
                                     f"{states.get(pool.state, pool.state)}", pool.id)
        if select is not None:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(select)))

    def load(self, pool_id: int | None) -> None:
        """Show a saved pool (or a new one when ``pool_id`` is None)."""
        if pool_id is None:
            self.pool = None
            self.table.setRowCount(0)
            self._update_state()
            return
        try:
            with self.ctx.factory() as session:
                self.pool = pools.get_pool(session, actor=self.ctx.actor, pool_id=pool_id)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        pool = self.pool
        if pool.month is None:
            self.year_spin.setValue(pool.year)
        else:
            self.scores_month.set_month(pool.year, pool.month)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(pool.department_id)))
        self.pool_edit.setText(f"{pool.amount:.2f}")
        self.pay_month.set_month(pool.pay_year, pool.pay_month)
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(pool.id)))
        self._show_rows(pool.shares)
        self._update_state()

    def _show_rows(self, rows) -> None:
        grades = {"excellent": self.tr("Excellent"), "good": self.tr("Good"), "pass": self.tr("Pass"),
                  "fail": self.tr("Fail")}
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            first = (("" if row.score is None else f"{row.score}") if self.kind == "team"
                     else grades.get(row.grade, "—"))
            values = [row.employee_no, row.name, row.department, first, f"{row.weight:,}",
                      "" if row.months is None else f"{row.months}", f"{row.amount:,.2f}",
                      "; ".join(explanation_text(e) for e in row.explanations)]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        total = sum((row.amount for row in rows), start=Decimal(0))
        self._say(self.tr("%n person(s), %1 in all.", "", len(rows)).replace("%1", f"{total:,.2f}"))

    def _update_state(self) -> None:
        pool = self.pool
        locked = pool is not None and pool.locked
        if pool is None:
            self.state_label.setText(self.tr("Not saved"))
        elif locked:
            self.state_label.setText(self.tr("Approved — paid with the payout of %1").replace("%1", pool.pay_period))
        else:
            self.state_label.setText(self.tr("Draft"))
        for widget in (self.year_spin, self.scores_month, self.department_combo, self.pool_edit, self.pay_month,
                       self.split_button, self.save_button):
            widget.setEnabled(not locked)
        self.approve_button.setEnabled(pool is not None and not locked)
        self.delete_button.setEnabled(pool is not None and not locked)
        self.reopen_button.setEnabled(locked)
        self.export_button.setEnabled(pool is not None and self.task is None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    # ------------------------------------------------------------ actions

    def _period(self) -> tuple[int, int | None]:
        return (self.year_spin.value(), None) if self.kind == "year_end" else self.scores_month.month()

    def split(self) -> None:
        year, month = self._period()
        try:
            with self.ctx.factory() as session:
                if self.kind == "year_end":
                    rows = pools.split_year_end_pool(session, actor=self.ctx.actor, year=year,
                                                     pool=self.pool_edit.text())
                else:
                    rows = pools.split_team_pool(session, actor=self.ctx.actor, year=year, month=month,
                                                 pool=self.pool_edit.text(),
                                                 department=self.department_combo.currentData() and
                                                 self.department_combo.currentText())
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self._show_rows(rows)

    def _act(self, fn, **kw) -> bool:
        try:
            with self.ctx.factory.begin() as session:
                view = fn(session, actor=self.ctx.actor, **kw)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return False
        self.reload_saved()
        self.load(None if view is None else view.id)
        return True

    def save(self) -> None:
        year, month = self._period()
        pay_year, pay_month = self.pay_month.month()
        if self._act(pools.save_draft, kind=self.kind, year=year, month=month, amount=self.pool_edit.text(),
                     pay_year=pay_year, pay_month=pay_month, department_id=self.department_combo.currentData(),
                     pool_id=self.pool.id if self.pool is not None else None):
            self._say(self.message.text() + " " + self.tr("Saved as a draft."))

    def approve(self) -> None:
        if self.pool is not None and self._act(pools.approve_pool, pool_id=self.pool.id):
            self._say(self.tr("Approved: paid with the payout of %1 when it is next computed.")
                      .replace("%1", self.pool.pay_period))

    def ask_reason(self) -> tuple[str, bool]:
        return QInputDialog.getText(self, self.tr("Reopen the bonus pool"),
                                    self.tr("Why is the approved bonus pool reopened?"))

    def reopen(self) -> None:
        reason, ok = self.ask_reason()
        if ok and self.pool is not None and self._act(pools.reopen_pool, pool_id=self.pool.id, reason=reason):
            self._say(self.tr("The bonus pool is a draft again."))

    def delete(self) -> None:
        if self.pool is None:
            return
        pool_id = self.pool.id
        try:
            with self.ctx.factory.begin() as session:
                pools.delete_pool(session, actor=self.ctx.actor, pool_id=pool_id)
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            return
        self.reload_saved()
        self.load(None)
        self._say(self.tr("The draft is deleted."))

    def ask_path(self) -> str:
        name = self.tr("bonus-pool-%1.xlsx").replace("%1", str(self.pool.id))
        return ask_save_path(self, title=self.tr("Export to Excel"), name=name,
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=EXPORT_DIR_KEY)

    def export(self) -> None:
        if self.pool is None:
            return
        path = self.ask_path()
        if not path:
            return
        lang = chosen_language() or "zh_CN"
        self.task = run_export(self, partial(_write_pool, factory=self.ctx.factory, actor=self.ctx.actor,
                                             pool_id=self.pool.id, path=path, language=lang),
                               title=self.tr("Writing…"), on_saved=self._exported, on_failed=self._export_failed)
        self._update_state()

    def _export_failed(self, sentence: str) -> None:
        self.task = None
        self._update_state()
        self._say(sentence, error=True)

    def _exported(self, result) -> None:
        self.task = None
        self._update_state()
        self._say(self.tr("Saved %1").replace("%1", str(result)))
