"""Inline error messages for the account dialogs: a red label under each field, plus one for the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopteam.domain.errors import ShopTeamError
from shopteam.ui.messages import ERROR_STYLE, describe


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def field_with_error(widget: QWidget, error: QLabel) -> QWidget:
    """The input with its red error label right under it (for a form row)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class InlineErrors:
    """Red labels keyed by a service error's ``field``; errors of unknown fields go to ``general``."""

    def __init__(self, parent: QWidget, fields: tuple[str, ...]) -> None:
        self.labels = {name: error_label(parent) for name in fields}
        self.general = error_label(parent)

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

    def show(self, field: str | None, text: str) -> None:
        label = self.labels.get(field or "", self.general)
        label.setText(text)
        label.show()

    def show_error(self, error: ShopTeamError) -> None:
        self.show(error.field, describe(error, by_code=True))

    def text(self, field: str | None = None) -> str:
        label = self.labels.get(field, self.general) if field else self.general
        return label.text()
