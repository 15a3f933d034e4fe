"""The staffing page: choose a plan, create one from the small/medium/large preset, edit planned headcount
per role, and see the gap (actual − planned) with shortages and surpluses coloured."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.services import org
from shopteam.services.org.staffing import GapRow, PlanRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, may_edit, read, run_change
from shopteam.ui.org.table_model import SORT_ROLE, Column, RowsModel

SHORTAGE = "#f6d5d8"
SURPLUS = "#fdebc8"
MATCH = "#d8efdc"


def gap_colour(row: GapRow) -> str:
    return SHORTAGE if row.gap < 0 else SURPLUS if row.gap > 0 else MATCH


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else "−" + str(-n) if n < 0 else "0"


def current_language() -> str:
    from shopteam.ui.i18n import chosen_language

    return chosen_language()


class StaffingPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"staffing_plan", "staffing_plan_line", "role", "role_assignment", "department",
                       "employee"})
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plans: list[PlanRow] = []
        editable = may_edit(ctx)

        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumContentsLength(18)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self.load_gap())
        self.active_button = QPushButton(self.tr("Make &active"))
        self.active_button.setToolTip(self.tr("The active plan is the one the dashboard compares with"))
        self.delete_button = QPushButton(self.tr("&Delete plan"))
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("Small team"), "small")
        self.preset_combo.addItem(self.tr("Medium team"), "medium")
        self.preset_combo.addItem(self.tr("Large team"), "large")
        self.create_button = QPushButton(self.tr("&New plan from preset"))
        self.active_button.clicked.connect(self.make_active)
        self.delete_button.clicked.connect(self.delete_plan)
        self.create_button.clicked.connect(self.create_from_preset)

        self.model = RowsModel([
            Column(self.tr("Role"), lambda r: r.role_name),
            Column(self.tr("Department"), lambda r: r.department_name),
            Column(self.tr("Planned"), lambda r: str(r.planned), sort=lambda r: r.planned, align_right=True,
                   edit=self._edit_planned if editable else None, edit_value=lambda r: r.planned),
            Column(self.tr("Actual"), lambda r: str(r.actual), sort=lambda r: r.actual, align_right=True),
            Column(self.tr("Gap"), lambda r: signed(r.gap), sort=lambda r: r.gap, align_right=True,
                   background=gap_colour),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.add_role_combo = QComboBox()
        self.add_count = QSpinBox()
        self.add_count.setRange(1, 999)
        self.add_button = QPushButton(self.tr("Add to plan"))
        self.add_button.clicked.connect(self.add_role)
        self.totals = QLabel()
        self.legend = QLabel(self.tr("Gap = actual − planned. Red: shortage, amber: surplus, green: as planned. "
                                     "Double-click a planned figure to change it."))
        self.legend.setWordWrap(True)
        self.error_label = ErrorLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:")))
        top.addWidget(self.plan_combo, 1)
        top.addWidget(self.active_button)
        top.addWidget(self.delete_button)
        top.addSpacing(24)
        top.addWidget(self.preset_combo)
        top.addWidget(self.create_button)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Role:")))
        add_row.addWidget(self.add_role_combo, 1)
        add_row.addWidget(QLabel(self.tr("Planned:")))
        add_row.addWidget(self.add_count)
        add_row.addWidget(self.add_button)
        for widget in (self.active_button, self.delete_button, self.preset_combo, self.create_button,
                       self.add_role_combo, self.add_count, self.add_button):
            widget.setVisible(editable)
        for i in range(add_row.count()):
            item = add_row.itemAt(i).widget()
            if isinstance(item, QLabel):
                item.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(add_row)
        layout.addWidget(self.legend)

    # -- loading --
    def refresh(self) -> None:
        current = self.plan_id()
        self.plans = read(self.ctx, lambda s: org.list_plans(s, actor=self.ctx.actor))
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans:
            label = self.tr("%1 (active)").replace("%1", plan.name) if plan.is_active else plan.name
            self.plan_combo.addItem(label, plan.id)
        wanted = current if current is not None else next((p.id for p in self.plans if p.is_active), None)
        index = self.plan_combo.findData(wanted)
        self.plan_combo.setCurrentIndex(index if index >= 0 else (0 if self.plans else -1))
        self.plan_combo.blockSignals(False)
        self.load_gap()

    def plan_id(self) -> int | None:
        return self.plan_combo.currentData()

    def select_plan(self, plan_id: int) -> None:
        index = self.plan_combo.findData(plan_id)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def load_gap(self) -> None:
        plan_id = self.plan_id()
        if plan_id is None:
            rows, roles = [], []
            self.totals.setText(self.tr("No staffing plan yet. Create one from a preset."))
        else:
            rows, roles, self.plans = read(self.ctx, lambda s: (  # the plans' versions read with the figures shown
                org.staffing_gap(s, actor=self.ctx.actor, plan_id=plan_id),
                org.list_roles(s, actor=self.ctx.actor, include_archived=False), org.list_plans(s, actor=self.ctx.actor)))
            planned, actual = sum(r.planned for r in rows), sum(r.actual for r in rows)
            short = sum(-r.gap for r in rows if r.gap < 0)
            self.totals.setText(self.tr("Planned %1, actual %2; %3 places to fill.")
                                .replace("%1", str(planned)).replace("%2", str(actual)).replace("%3", str(short)))
        self.model.set_rows(rows)
        in_plan = {r.role_id for r in rows if r.planned > 0}
        self.add_role_combo.clear()
        for role in roles:
            if role.id not in in_plan:
                self.add_role_combo.addItem(role.name, role.id)
        plan = next((p for p in self.plans if p.id == plan_id), None)
        self.active_button.setEnabled(plan is not None and not plan.is_active)
        self.delete_button.setEnabled(plan is not None)
        self.add_button.setEnabled(plan is not None and self.add_role_combo.count() > 0)

    def gap_rows(self) -> list[GapRow]:
        return self.model.rows()

    # -- changes --
    def plan(self) -> PlanRow | None:
        """The chosen plan as this page loaded it (its version is what a change is saved over)."""
        plan_id = self.plan_id()
        return next((p for p in self.plans if p.id == plan_id), None)

    def _refused(self) -> None:
        """Saved elsewhere since this page loaded the plan: show theirs (the refusal stays shown above it)."""
        QTimer.singleShot(0, self._after_line_change)  # not while the view is still committing the edit

    def _set_line(self, role_id: int, headcount: int) -> bool:
        plan = self.plan()
        if plan is None:
            return False
        ok, _ = run_change(self.ctx, self.error_label, lambda s: org.set_plan_line(
            s, actor=self.ctx.actor, plan_id=plan.id, role_id=role_id, headcount=headcount,
            expected_version=plan.version), on_conflict=self._refused)
        if ok:
            QTimer.singleShot(0, self._after_line_change)  # not while the view is still committing the edit
        return ok

    def _edit_planned(self, row: GapRow, value) -> bool:
        try:
            headcount = int(value)
        except (TypeError, ValueError):
            self.error_label.show_error(self.tr("Enter a whole number."))
            return False
        return self._set_line(row.role_id, headcount)

    def _after_line_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_role(self) -> None:
        role_id = self.add_role_combo.currentData()
        if role_id is not None:
            self._set_line(role_id, self.add_count.value())

    def make_active(self) -> None:
        plan = self.plan()
        if plan is not None:
            ok, _ = run_change(self.ctx, self.error_label, lambda s: org.set_active_plan(
                s, actor=self.ctx.actor, plan_id=plan.id, expected_version=plan.version), on_conflict=self.refresh)
            if ok:
                self._after_line_change()

    def delete_plan(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete staffing plan"),
                                      self.tr("Delete the plan %1?").replace("%1", self.plan_combo.currentText()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = run_change(self.ctx, self.error_label, lambda s: org.delete_plan(
            s, actor=self.ctx.actor, plan_id=plan.id, expected_version=plan.version), on_conflict=self.refresh)
        if ok:
            self.plan_combo.setCurrentIndex(-1)
            self._after_line_change()

    def create_from_preset(self) -> None:
        preset = self.preset_combo.currentData()
        ok, plan_id = run_change(self.ctx, self.error_label, lambda s: org.create_plan_from_preset(
            s, actor=self.ctx.actor, preset=preset, language=current_language()))
        if ok:
            self.refresh()
            self.select_plan(plan_id)
            self.changed.emit()
