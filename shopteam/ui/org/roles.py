"""The roles page: roles on the left; the chosen role's details and a person's role history on the right."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.collation import text_key
from shopteam.domain.money import format_money
from shopteam.services import org
from shopteam.services.org.roles import RoleRow
from shopteam.services.permissions import SALARY_VIEW, can
from shopteam.ui.context import AppContext
from shopteam.ui.org.assignments import AssignmentsPanel
from shopteam.ui.org.common import ErrorLabel, may_edit, read, run_change
from shopteam.ui.org.role_form import RoleForm
from shopteam.ui.org.table_model import SORT_ROLE, Column, RowsModel


def band_text(row: RoleRow) -> str:
    if row.salary_min is None and row.salary_max is None:
        return ""
    return f"{format_money(row.salary_min)} – {format_money(row.salary_max)}"


class RolesPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"role", "role_assignment", "department", "employee"})
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Role"), lambda r: r.name if not r.archived else self.tr("%1 (archived)").replace("%1", r.name),
                   sort=lambda r: text_key(r.name)),
            Column(self.tr("Department"), lambda r: r.department_name),
            Column(self.tr("Salary band"), band_text, sort=lambda r: r.salary_min or Decimal(0), align_right=True),
            Column(self.tr("Held by"), lambda r: str(r.holders), sort=lambda r: r.holders, align_right=True),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(2, not can(ctx.actor, SALARY_VIEW))  # the band is somebody's pay
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())

        self.new_button = QPushButton(self.tr("&New role"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.new_button.clicked.connect(self.new_role)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.error_label = ErrorLabel()

        self.form = RoleForm(ctx)
        self.form.saved.connect(self._on_saved)
        self.assignments = AssignmentsPanel(ctx)
        self.assignments.changed.connect(self._on_assignments_changed)

        left = QWidget()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.archive_button):
            button.setVisible(may_edit(ctx))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.error_label)
        left_layout.addWidget(self.table, 1)

        detail_box = QGroupBox(self.tr("Role details"))
        QVBoxLayout(detail_box).addWidget(self.form)
        history_box = QGroupBox(self.tr("Role history (assignments)"))
        QVBoxLayout(history_box).addWidget(self.assignments)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(detail_box)
        right.addWidget(history_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected_role()
        roles, deps = read(self.ctx, lambda s: (org.list_roles(s, actor=self.ctx.actor),
                                                org.list_departments(s, actor=self.ctx.actor, include_archived=False)))
        if not self.show_archived.isChecked():
            roles = [r for r in roles if not r.archived]
        self.form.set_departments([(d.id, d.name) for d in sorted(deps, key=lambda d: d.name)])
        self.model.set_rows(roles)
        if not (selected and self.select_role(selected.id)):
            self.form.show_role(None)
        self.assignments.refresh()
        self._update_buttons()

    def selected_role(self) -> RoleRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row()) if indexes else None

    def select_role(self, role_id: int) -> bool:
        row = self.model.find(lambda r: r.id == role_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._on_selection()
        return True

    def _on_selection(self) -> None:
        role = self.selected_role()
        if role is not None:
            self.form.show_role(role)
            self.assignments.role_hint = role.id
        self._update_buttons()

    def _update_buttons(self) -> None:
        role = self.selected_role()
        self.archive_button.setEnabled(role is not None)
        self.archive_button.setText(self.tr("&Restore") if role is not None and role.archived else self.tr("A&rchive"))

    def new_role(self) -> None:
        self.table.clearSelection()
        self.form.show_role(None)
        self.form.name_edit.setFocus()

    def toggle_archive(self) -> None:
        role = self.selected_role()
        if role is None:
            return
        ok, _ = run_change(self.ctx, self.error_label, lambda s: org.archive_role(
            s, actor=self.ctx.actor, role_id=role.id, archived=not role.archived))
        if ok:
            self.refresh()
            self.changed.emit()

    def _on_saved(self, role_id: int) -> None:
        self.refresh()
        self.select_role(role_id)
        self.changed.emit()

    def _on_assignments_changed(self) -> None:
        selected = self.selected_role()
        roles = read(self.ctx, lambda s: org.list_roles(s, actor=self.ctx.actor))
        if not self.show_archived.isChecked():
            roles = [r for r in roles if not r.archived]
        self.model.set_rows(roles)  # holder counts changed
        if selected is not None:
            self.select_role(selected.id)
        self.changed.emit()
