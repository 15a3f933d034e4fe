"""A database failure that a screen's own handling lets through is still said to the user.

Most screens catch the refusals of the services (ShopTeamError) around a synchronous action and show them
beside it; a driver error (the server gone mid-action, the disk full) raised there escapes the click
handler, and Qt would only print it. :func:`install` puts a ``sys.excepthook`` in front that shows such an
error as the one sentence of ``messages.describe`` in a warning box (the action was rolled back by its
transaction; the window keeps working). Everything else goes on to the previous hook.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from shopteam import APP_NAME


def database_failure_text(error: BaseException) -> str | None:
    """The sentence of a database failure the user should see, or None for any other error."""
    from shopteam.db.failures import database_failure
    from shopteam.ui.messages import describe

    if not isinstance(error, Exception) or database_failure(error) is None:
        return None
    return describe(error)


def install() -> None:
    """Idempotent: the hook is installed once per process."""
    if getattr(sys.excepthook, "_shopteam", False):
        return
    previous = sys.excepthook
    showing = []

    def hook(kind, error, tb):
        text = database_failure_text(error)
        if text is None:
            previous(kind, error, tb)
            return
        if showing:  # one box at a time: a lost server fails every click until it is back
            return
        showing.append(text)
        try:
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, text)
        finally:
            showing.clear()

    hook._shopteam = True
    sys.excepthook = hook
