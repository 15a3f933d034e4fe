"""The detail panel of a role: name, department, salary band, duties and decision rights."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.money import format_money
from shopteam.services import org
from shopteam.services.org.roles import RoleRow
from shopteam.services.permissions import SALARY_VIEW, can
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, may_edit, read, run_change


class RoleForm(QWidget):
    saved = Signal(int)  # role id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role: RoleRow | None = None
        editable = self.editable = may_edit(ctx)

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.department_combo = QComboBox()
        self.salary_min_edit = QLineEdit()
        self.salary_max_edit = QLineEdit()
        for edit in (self.salary_min_edit, self.salary_max_edit):
            edit.setPlaceholderText(self.tr("yuan per month"))
        self.duties_edit = QPlainTextEdit()
        self.rights_edit = QPlainTextEdit()
        for edit in (self.duties_edit, self.rights_edit):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
        self.holders_label = QLabel()
        for widget in (self.name_edit, self.salary_min_edit, self.salary_max_edit):
            widget.setReadOnly(not editable)
        for widget in (self.duties_edit, self.rights_edit):
            widget.setReadOnly(not editable)
        self.department_combo.setEnabled(editable)

        band = QHBoxLayout()
        band.addWidget(self.salary_min_edit)
        band.addWidget(QLabel("–"))
        band.addWidget(self.salary_max_edit)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Department:"), self.department_combo)
        form.addRow(self.tr("Salary band:"), band)
        if not can(ctx.actor, SALARY_VIEW):  # the band is somebody's pay
            form.setRowVisible(2, False)
        form.addRow(self.tr("D&uties:"), self.duties_edit)
        form.addRow(self.tr("Decision &rights:"), self.rights_edit)
        form.addRow(self.tr("Held by:"), self.holders_label)
        self.error_label = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.show_role(self.role))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        for button in (self.save_button, self.revert_button):
            button.setVisible(editable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.show_role(None)

    def set_departments(self, departments: list[tuple[int, str]]) -> None:
        current = self.department_combo.currentData()
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("(none)"), None)
        for dep_id, name in departments:
            self.department_combo.addItem(name, dep_id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(current)))

    def _reload(self, role_id: int) -> None:
        """Show the role as it is saved now (after a save refused because another PC saved it first)."""
        rows = read(self.ctx, lambda s: org.list_roles(s, actor=self.ctx.actor))
        self.show_role(next((r for r in rows if r.id == role_id), None))

    def show_role(self, role: RoleRow | None) -> None:
        """Show a role, or an empty form for a new one (role=None)."""
        self.role = role
        self.error_label.clear_error()
        if role is None and not self.editable:
            self.title.setText(self.tr("Choose a role to see its duties and decision rights."))
        else:
            self.title.setText(role.name if role else self.tr("New role"))
        self.name_edit.setText(role.name if role else "")
        if role and role.department_id is not None and self.department_combo.findData(role.department_id) < 0:
            self.department_combo.addItem(role.department_name, role.department_id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(role.department_id if role else None)))
        self.salary_min_edit.setText(format_money(role.salary_min) if role else "")
        self.salary_max_edit.setText(format_money(role.salary_max) if role else "")
        self.duties_edit.setPlainText(role.duties if role else "")
        self.rights_edit.setPlainText(role.decision_rights if role else "")
        self.holders_label.setText(self.tr("%n people", "", role.holders) if role else "")
        self.save_button.setText(self.tr("&Save") if role else self.tr("&Create"))

    def save(self) -> None:
        values = dict(name=self.name_edit.text(), department_id=self.department_combo.currentData(),
                      duties=self.duties_edit.toPlainText(), decision_rights=self.rights_edit.toPlainText(),
                      salary_min=self.salary_min_edit.text(), salary_max=self.salary_max_edit.text())
        role = self.role
        if role is None:
            ok, role_id = run_change(self.ctx, self.error_label,
                                     lambda s: org.create_role(s, actor=self.ctx.actor, **values))
        else:
            role_id = role.id
            ok, _ = run_change(self.ctx, self.error_label, lambda s: org.update_role(
                s, actor=self.ctx.actor, role_id=role.id, expected_version=role.version, **values),
                on_conflict=lambda: self._reload(role.id))
        if ok:
            self.saved.emit(role_id)
