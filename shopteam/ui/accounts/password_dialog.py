"""Change my own password: the current one, then the new one twice. Open to every logged-in user."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.ui.accounts.form import InlineErrors, field_with_error
from shopteam.ui.context import AppContext
from shopteam.ui.messages import field_message


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change my password"))
        self.old_password = QLineEdit(self)
        self.old_password.setObjectName("old_password")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        for edit in (self.old_password, self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = InlineErrors(self, ("old_password", "password", "repeat"))
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), field_with_error(self.old_password, self.errors.labels["old_password"]))
        form.addRow(self.tr("New password:"), field_with_error(self.password, self.errors.labels["password"]))
        form.addRow(self.tr("Repeat new password:"), field_with_error(self.repeat, self.errors.labels["repeat"]))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        if ctx.actor.user_id is None:  # the command line's owner has no account to change
            self.errors.show(None, self.tr("You are not logged in with an account."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.errors.show("repeat", field_message("password_mismatch"))
            return
        try:
            with self.ctx.factory.begin() as session:
                accounts.change_password(session, actor=self.ctx.actor, user_id=self.ctx.actor.user_id,
                                         old_password=self.old_password.text(), new_password=self.password.text())
        except ShopTeamError as error:
            self.errors.show_error(error)
            return
        self.accept()
