"""The controls a manager decides with, the same on the requests and the timesheets page: an optional note,
Approve, Reject, and the line that says what happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

NOTE = QT_TRANSLATE_NOOP("DecisionBar", "Note for the decision (optional)")
APPROVE = QT_TRANSLATE_NOOP("DecisionBar", "Approve")
REJECT = QT_TRANSLATE_NOOP("DecisionBar", "Reject")


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionBar", text)


def decision_controls(prefix: str, decide: Callable[[bool], None]) -> tuple[QLineEdit, QPushButton, QPushButton,
                                                                            QLabel]:
    """(note, approve, reject, message), named ``{prefix}_note`` … for tests and style sheets."""
    note = QLineEdit()
    note.setObjectName(f"{prefix}_note")
    note.setPlaceholderText(_t(NOTE))
    approve = QPushButton(_t(APPROVE))
    approve.setObjectName(f"{prefix}_approve")
    approve.clicked.connect(lambda: decide(True))
    reject = QPushButton(_t(REJECT))
    reject.setObjectName(f"{prefix}_reject")
    reject.clicked.connect(lambda: decide(False))
    message = QLabel()
    message.setObjectName(f"{prefix}_message")
    message.setWordWrap(True)
    return note, approve, reject, message

