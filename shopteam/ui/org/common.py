"""Small pieces shared by the organisation screens: the inline error label and running a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.services.permissions import ORG_EDIT, can
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.dates import from_qdate, to_qdate  # noqa: F401  (re-exported for the dialogs)


class ErrorLabel(QLabel):
    """A red line under a form or above a table that says what went wrong; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setObjectName("errorLabel")
        self.hide()

    def show_error(self, error: BaseException | str) -> None:
        self.setText(error if isinstance(error, str) else describe(error))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def run_change(ctx: AppContext, label: ErrorLabel, fn: Callable[..., Any],
               on_conflict: Callable[[], Any] | None = None) -> tuple[bool, Any]:
    """Run ``fn(session)`` in one transaction; a ShopTeamError is shown in ``label`` and rolled back.
    ``on_conflict``: how the screen reloads the record when the save was refused because another PC saved it
    first (ConflictError, ChangedElsewhere); the refusal is shown after it."""
    try:
        with ctx.factory.begin() as session:
            result = fn(session)
    except ConflictError as error:
        if on_conflict is not None:
            on_conflict()
        label.show_error(error)
        return False, None
    except ShopTeamError as error:
        label.show_error(error)
        return False, None
    label.clear_error()
    return True, result


def read(ctx: AppContext, fn: Callable[..., Any]) -> Any:
    with ctx.factory() as session:
        return fn(session)


def may_edit(ctx: AppContext) -> bool:
    return can(ctx.actor, ORG_EDIT)


