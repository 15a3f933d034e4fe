"""The role-history panel of the roles page: pick a person, see their assignments, assign or end one."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services import org
from shopteam.services.org.roles import AssignmentRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.assign_dialog import AssignRoleDialog, EndAssignmentDialog
from shopteam.ui.org.common import ErrorLabel, may_edit, read, run_change
from shopteam.ui.org.table_model import SORT_ROLE, Column, RowsModel


class AssignmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role_hint: int | None = None  # the role selected on the page, offered first in the dialog

        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setMinimumContentsLength(16)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.load_history())

        self.model = RowsModel([
            Column(self.tr("Role"), lambda a: a.role_name),
            Column(self.tr("From"), lambda a: a.start_date.isoformat()),
            Column(self.tr("To"), lambda a: a.end_date.isoformat() if a.end_date else self.tr("(current)")
                   if a.is_current() else "", sort=lambda a: a.end_date.isoformat() if a.end_date else "9999"),
            Column(self.tr("Primary"), lambda a: self.tr("Yes") if a.is_primary else self.tr("No")),
            Column(self.tr("Note"), lambda a: a.note),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.assign_button = QPushButton(self.tr("Assign role…"))
        self.end_button = QPushButton(self.tr("End…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Remove an assignment that was entered by mistake"))
        self.assign_button.clicked.connect(self.assign)
        self.end_button.clicked.connect(self.end_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.error_label = ErrorLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person:")))
        top.addWidget(self.person_combo, 1)
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.end_button, self.delete_button):
            button.setVisible(may_edit(ctx))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update_buttons()

    def refresh(self) -> None:
        current = self.person_combo.currentData()
        people = read(self.ctx, lambda s: org.staff_choices(s, actor=self.ctx.actor, include_left=True))
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in people:
            label = person.label if person.status != "left" else self.tr("%1 (left)").replace("%1", person.label)
            self.person_combo.addItem(label, person.id)
        index = self.person_combo.findData(current)
        self.person_combo.setCurrentIndex(index if index >= 0 else (0 if people else -1))
        self.person_combo.blockSignals(False)
        self.load_history()

    def select_person(self, employee_id: int) -> None:
        index = self.person_combo.findData(employee_id)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)

    def employee_id(self) -> int | None:
        return self.person_combo.currentData()

    def load_history(self) -> None:
        employee_id = self.employee_id()
        rows: list[AssignmentRow] = []
        if employee_id is not None:
            try:
                rows = read(self.ctx, lambda s: org.list_assignments(s, actor=self.ctx.actor, employee_id=employee_id))
            except ShopTeamError as error:
                self.error_label.show_error(error)
            else:
                self.error_label.clear_error()
        self.model.set_rows(rows)  # newest first, as the service returns them
        self.proxy.sort(-1)
        self._update_buttons()

    def selected(self) -> AssignmentRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row()) if indexes else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.assign_button.setEnabled(self.employee_id() is not None)
        self.end_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)

    def assign(self) -> None:
        employee_id = self.employee_id()
        if employee_id is None:
            return
        dialog = AssignRoleDialog(self.ctx, employee_id, self.person_combo.currentText(), self, role_id=self.role_hint)
        if dialog.exec() == AssignRoleDialog.DialogCode.Accepted:
            self._after_change()

    def end_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and EndAssignmentDialog(self.ctx, chosen, self).exec() == EndAssignmentDialog.DialogCode.Accepted:
            self._after_change()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete role assignment"),
                                      self.tr("Delete the assignment to %1 from %2? Use this only for a mistake; "
                                              "to record that someone stopped holding a role, end it instead.")
                                      .replace("%1", chosen.role_name).replace("%2", chosen.start_date.isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = run_change(self.ctx, self.error_label,
                           lambda s: org.delete_assignment(s, actor=self.ctx.actor, assignment_id=chosen.id))
        if ok:
            self._after_change()

    def _after_change(self) -> None:
        self.load_history()
        self.changed.emit()
