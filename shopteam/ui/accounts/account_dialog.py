"""New account: user name, password twice, access level, linked staff member and individual grants."""

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

from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.ui.accounts.form import InlineErrors, field_with_error
from shopteam.ui.accounts.grants_box import GrantsBox
from shopteam.ui.accounts.labels import LEVELS, level_text
from shopteam.ui.context import AppContext
from shopteam.ui.messages import field_message


class NewAccountDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New account"))

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(60)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        for level in LEVELS:
            if level != "owner" or ctx.actor.is_owner:
                self.level.addItem(level_text(level), level)
        self.employee = QComboBox(self)
        self.employee.setObjectName("employee")
        self.employee.addItem(self.tr("(no staff record)"), None)
        with ctx.factory() as session:
            staff = accounts.list_linkable_staff(session, actor=ctx.actor)
        for emp_id, number, name in staff:
            self.employee.addItem(f"{number}  {name}", emp_id)
        self.grants = GrantsBox(parent=self)

        self.errors = InlineErrors(self, ("username", "password", "repeat", "level", "employee", "grants"))
        form = QFormLayout()
        form.addRow(self.tr("User name:"), field_with_error(self.username, self.errors.labels["username"]))
        form.addRow(self.tr("Password:"), field_with_error(self.password, self.errors.labels["password"]))
        form.addRow(self.tr("Repeat password:"), field_with_error(self.repeat, self.errors.labels["repeat"]))
        form.addRow(self.tr("Access level:"), field_with_error(self.level, self.errors.labels["level"]))
        form.addRow(self.tr("Staff member:"), field_with_error(self.employee, self.errors.labels["employee"]))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grants)
        layout.addWidget(self.errors.labels["grants"])
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.level.currentIndexChanged.connect(self._level_changed)
        self._level_changed()

    def _level_changed(self) -> None:
        # The owner may do everything; individual grants mean nothing there.
        self.grants.setEnabled(self.level.currentData() != "owner")

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.errors.show("repeat", field_message("password_mismatch"))
            self.repeat.setFocus()
            return
        level = self.level.currentData()
        grants = self.grants.granted() if level != "owner" else ()
        try:
            with self.ctx.factory.begin() as session:
                self.created_id = accounts.create_account(
                    session, actor=self.ctx.actor, username=self.username.text(), password=self.password.text(),
                    level=level, employee_id=self.employee.currentData(), grants=grants)
        except ShopTeamError as error:
            self.errors.show_error(error)
            return
        self.accept()
