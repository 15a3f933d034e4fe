"""The owner's screen for login accounts, and the dialog where anyone changes their own password."""

from shopteam.ui.accounts.page import AccountsPage
from shopteam.ui.accounts.password_dialog import ChangePasswordDialog

__all__ = ["AccountsPage", "ChangePasswordDialog"]
