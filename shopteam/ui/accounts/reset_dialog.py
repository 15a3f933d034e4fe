"""Set a new password for someone else's account (owner or accounts.manage)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.ui.accounts.form import InlineErrors, field_with_error
from shopteam.ui.context import AppContext
from shopteam.ui.messages import field_message


class ResetPasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, row: accounts.AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Reset password of {name}").format(name=row.username))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = InlineErrors(self, ("password", "repeat"))
        form = QFormLayout()
        form.addRow(self.tr("New password:"), field_with_error(self.password, self.errors.labels["password"]))
        form.addRow(self.tr("Repeat password:"), field_with_error(self.repeat, self.errors.labels["repeat"]))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set password"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Tell {name} the new password; they can change it afterwards.").format(
            name=row.username), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.repeat.text():
            self.errors.show("repeat", field_message("password_mismatch"))
            return
        try:
            with self.ctx.factory.begin() as session:
                accounts.change_password(session, actor=self.ctx.actor, user_id=self.row.id,
                                         new_password=self.password.text())
        except ShopTeamError as error:
            self.errors.show_error(error)
            return
        self.accept()
