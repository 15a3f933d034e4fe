"""Edit the individual permissions of one account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.ui.accounts.form import InlineErrors
from shopteam.ui.accounts.grants_box import GrantsBox
from shopteam.ui.context import AppContext


class GrantsDialog(QDialog):
    def __init__(self, ctx: AppContext, row: accounts.AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Permissions of {name}").format(name=row.username))
        self.grants = GrantsBox(row.grants, self)
        self.errors = InlineErrors(self, ())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("These permissions come on top of what the access level allows."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.grants)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.factory.begin() as session:
                accounts.set_grants(session, actor=self.ctx.actor, user_id=self.row.id, grants=self.grants.granted())
        except ShopTeamError as error:
            self.errors.show_error(error)
            return
        self.accept()
