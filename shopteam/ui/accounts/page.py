"""The owner's screen for login accounts: list, create, grants, password reset, switch off/on."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services import accounts
from shopteam.services.permissions import ACCOUNTS_MANAGE, can
from shopteam.ui.accounts.account_dialog import NewAccountDialog
from shopteam.ui.accounts.grants_dialog import GrantsDialog
from shopteam.ui.accounts.model import USERNAME, AccountsModel
from shopteam.ui.accounts.password_dialog import ChangePasswordDialog
from shopteam.ui.accounts.reset_dialog import ResetPasswordDialog
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.columns import fit_columns


class AccountsPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"user_account", "permission_grant", "employee"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.allowed = can(ctx.actor, ACCOUNTS_MANAGE)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Accounts"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        if not self.allowed:
            self.denied_label = QLabel(self.tr(
                "You are not allowed to manage accounts. Ask the shop owner if you need a new account "
                "or a permission."), self)
            self.denied_label.setWordWrap(True)
            layout.addWidget(self.denied_label)
            layout.addStretch(1)
            self.model = None
            self.view = None
            return

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.grants_button = QPushButton(self.tr("Edit permissions…"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Switch off"), self)
        self.own_password_button = QPushButton(self.tr("Change my password…"), self)
        for button in (self.new_button, self.grants_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_password_button)
        layout.addLayout(buttons)

        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(USERNAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        fit_columns(self.view)
        layout.addWidget(self.view, 1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.new_button.clicked.connect(self.new_account)
        self.grants_button.clicked.connect(self.edit_grants)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.own_password_button.clicked.connect(self.change_own_password)
        self.view.doubleClicked.connect(lambda _index: self.edit_grants())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.allowed:
            return
        selected = self.selected_row()
        try:
            with self.ctx.factory() as session:
                rows = accounts.list_accounts(session, actor=self.ctx.actor)
        except ShopTeamError as error:
            self._show_status(describe(error, by_code=True), error=True)
            return
        self.model.set_rows(rows)
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def selected_row(self) -> accounts.AccountRow | None:
        if self.view is None:
            return None
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is not None:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.grants_button.setEnabled(row is not None and row.level != "owner")
        self.reset_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None and row.id != self.ctx.actor.user_id)
        self.active_button.setText(self.tr("Switch on") if row is not None and not row.is_active
                                   else self.tr("Switch off"))
        self.own_password_button.setEnabled(self.ctx.actor.user_id is not None)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    # -- actions ----------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accepted) -> None:
        """Show a dialog window-modally without a nested event loop; ``self.dialog`` is the open one."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def new_account(self) -> None:
        dialog = NewAccountDialog(self.ctx, self)

        def created() -> None:
            self.refresh()
            if dialog.created_id is not None:
                self.select_user(dialog.created_id)
            self._show_status(self.tr("Account {name} created.").format(name=dialog.username.text().strip()))

        self._open(dialog, created)

    def edit_grants(self) -> None:
        row = self.selected_row()
        if row is None or row.level == "owner":
            return

        def saved() -> None:
            self.refresh()
            self._show_status(self.tr("Permissions of {name} saved.").format(name=row.username))

        self._open(GrantsDialog(self.ctx, row, self), saved)

    def reset_password(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.id == self.ctx.actor.user_id:
            self.change_own_password()
            return
        self._open(ResetPasswordDialog(self.ctx, row, self), lambda: self._show_status(
            self.tr("The password of {name} was reset.").format(name=row.username)))

    def change_own_password(self) -> None:
        self._open(ChangePasswordDialog(self.ctx, self),
                   lambda: self._show_status(self.tr("Your password was changed.")))

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            with self.ctx.factory.begin() as session:
                accounts.set_active(session, actor=self.ctx.actor, user_id=row.id, active=not row.is_active)
        except ShopTeamError as error:
            self._show_status(describe(error, by_code=True), error=True)
            return
        self.refresh()
        if row.is_active:
            self._show_status(self.tr("{name} can no longer log in.").format(name=row.username))
        else:
            self._show_status(self.tr("{name} can log in again.").format(name=row.username))
