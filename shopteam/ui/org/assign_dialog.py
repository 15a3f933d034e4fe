"""The "Assign role…" dialog (role, start date, optional end date, primary, note) and the "End…" dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services import org
from shopteam.services.org.roles import AssignmentRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, from_qdate, read, run_change, to_qdate

DATE_FORMAT = "yyyy-MM-dd"


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class AssignRoleDialog(QDialog):
    def __init__(self, ctx: AppContext, employee_id: int, person_label: str, parent: QWidget | None = None,
                 role_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.employee_id = ctx, employee_id
        self.assignment_id: int | None = None
        self.setWindowTitle(self.tr("Assign role"))
        roles = read(ctx, lambda s: org.list_roles(s, actor=ctx.actor, include_archived=False))

        self.role_combo = QComboBox()
        for role in roles:
            label = f"{role.name} · {role.department_name}" if role.department_name else role.name
            self.role_combo.addItem(label, role.id)
        if role_id is not None and self.role_combo.findData(role_id) >= 0:
            self.role_combo.setCurrentIndex(self.role_combo.findData(role_id))
        self.start_edit = date_edit(clock.today())
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end_edit = date_edit(clock.today())
        self.end_edit.setEnabled(False)
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        self.primary_check = QCheckBox(self.tr("Primary role"))
        self.primary_check.setChecked(True)
        self.primary_check.setToolTip(self.tr("A person has one primary role at a time. A new primary role ends "
                                              "the current one on the day before it starts."))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. promotion, transfer"))

        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), QLabel(person_label))
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Start date:"), self.start_edit)
        form.addRow(self.tr("End date:"), end_row)
        form.addRow("", self.primary_check)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.error_label = ErrorLabel()
        if not roles:
            self.error_label.show_error(self.tr("There are no roles yet. Add roles first."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        role_id = self.role_combo.currentData()
        if role_id is None:
            self.error_label.show_error(self.tr("Choose a role."))
            return
        start = from_qdate(self.start_edit.date())
        end = from_qdate(self.end_edit.date()) if self.has_end.isChecked() else None
        primary, note = self.primary_check.isChecked(), self.note_edit.text()
        ok, new_id = run_change(self.ctx, self.error_label, lambda s: org.assign_role(
            s, actor=self.ctx.actor, employee_id=self.employee_id, role_id=role_id, start_date=start, end_date=end,
            is_primary=primary, note=note))
        if ok:
            self.assignment_id = new_id
            self.accept()


class EndAssignmentDialog(QDialog):
    def __init__(self, ctx: AppContext, assignment: AssignmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.assignment = ctx, assignment
        self.setWindowTitle(self.tr("End role assignment"))
        self.end_edit = date_edit(assignment.end_date or max(clock.today(), assignment.start_date))
        form = QFormLayout()
        form.addRow(self.tr("Role:"), QLabel(assignment.role_name))
        form.addRow(self.tr("Started:"), QLabel(assignment.start_date.isoformat()))
        form.addRow(self.tr("&Last day:"), self.end_edit)
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        end = from_qdate(self.end_edit.date())
        ok, _ = run_change(self.ctx, self.error_label, lambda s: org.end_assignment(
            s, actor=self.ctx.actor, assignment_id=self.assignment.id, end_date=end))
        if ok:
            self.accept()
