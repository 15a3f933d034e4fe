"""Add or edit a department: name, parent department and head. Errors stay in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.services import org
from shopteam.services.org.departments import DepartmentRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, read, run_change


def descendants(rows: list[DepartmentRow], root_id: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row.id)
    found, todo = set(), [root_id]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(children.get(current, []))
    return found


class DepartmentDialog(QDialog):
    def __init__(self, ctx: AppContext, department: DepartmentRow | None = None, parent: QWidget | None = None,
                 default_parent_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.department = ctx, department
        self.department_id: int | None = department.id if department else None
        self.setWindowTitle(self.tr("Edit department") if department else self.tr("Add department"))
        rows, people = read(ctx, lambda s: (org.list_departments(s, actor=ctx.actor),
                                            org.staff_choices(s, actor=ctx.actor)))

        self.name_edit = QLineEdit(department.name if department else "")
        self.name_edit.setMaxLength(100)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        excluded = descendants(rows, department.id) if department else set()
        for row in sorted(rows, key=lambda r: r.name):
            if row.id not in excluded and (not row.archived or (department and row.id == department.parent_id)):
                self.parent_combo.addItem(row.name, row.id)
        wanted_parent = department.parent_id if department else default_parent_id
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(wanted_parent)))
        self.head_combo = QComboBox()
        self.head_combo.addItem(self.tr("(no head)"), None)
        for person in people:
            self.head_combo.addItem(person.label, person.id)
        if department and department.head_id is not None:
            if self.head_combo.findData(department.head_id) < 0:
                self.head_combo.addItem(department.head_name, department.head_id)
            self.head_combo.setCurrentIndex(self.head_combo.findData(department.head_id))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Parent department:"), self.parent_combo)
        form.addRow(self.tr("&Head:"), self.head_combo)
        self.error_label = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def reload(self) -> None:
        """Show the department as it is saved now (after a save refused because another PC saved it first)."""
        rows = read(self.ctx, lambda s: org.list_departments(s, actor=self.ctx.actor))
        dep = next((r for r in rows if r.id == self.department.id), None)
        if dep is None:
            return
        self.department = dep
        self.name_edit.setText(dep.name)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(dep.parent_id)))
        if dep.head_id is not None and self.head_combo.findData(dep.head_id) < 0:
            self.head_combo.addItem(dep.head_name, dep.head_id)
        self.head_combo.setCurrentIndex(max(0, self.head_combo.findData(dep.head_id)))

    def save(self) -> None:
        name, parent_id, head_id = self.name_edit.text(), self.parent_combo.currentData(), self.head_combo.currentData()
        if self.department is None:
            ok, new_id = run_change(self.ctx, self.error_label, lambda s: org.create_department(
                s, actor=self.ctx.actor, name=name, parent_id=parent_id, head_id=head_id))
            if ok:
                self.department_id = new_id
        else:
            dep = self.department
            ok, _ = run_change(self.ctx, self.error_label, lambda s: org.update_department(
                s, actor=self.ctx.actor, department_id=dep.id, name=name, parent_id=parent_id, head_id=head_id,
                expected_version=dep.version), on_conflict=self.reload)
        if ok:
            self.accept()
        else:
            self.name_edit.setFocus()
