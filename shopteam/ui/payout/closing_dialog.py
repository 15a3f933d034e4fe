"""Approving a month with things still open: the list of what the owner confirms (services.payout.closing)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.ui.payout.explanations import flag_text

KIND_TEXTS = {
    "pending_request": QT_TRANSLATE_NOOP("ClosingDialog", "%1: a %2 request is still pending"),
    "unfinalised_appraisal": QT_TRANSLATE_NOOP("ClosingDialog", "%1: the appraisal is not finalised (%2)"),
    "no_records": QT_TRANSLATE_NOOP("ClosingDialog", "%1: no punch and no timesheet all month"),
    "flagged_line": QT_TRANSLATE_NOOP("ClosingDialog", "%1: %2"),
}
REQUEST_KINDS = {
    "leave": QT_TRANSLATE_NOOP("ClosingDialog", "leave"),
    "overtime": QT_TRANSLATE_NOOP("ClosingDialog", "overtime"),
    "correction": QT_TRANSLATE_NOOP("ClosingDialog", "missing-punch correction"),
}
STATES = {
    "draft": QT_TRANSLATE_NOOP("ClosingDialog", "draft"),
    "self_assessment": QT_TRANSLATE_NOOP("ClosingDialog", "self-assessment"),
    "supervisor_review": QT_TRANSLATE_NOOP("ClosingDialog", "supervisor review"),
    "calibration": QT_TRANSLATE_NOOP("ClosingDialog", "calibration"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ClosingDialog", text)


def item_text(item, view) -> str:
    """One open item as a sentence; a flagged line lists its reasons."""
    who = f"{item.employee_no} {item.name}"
    if item.kind == "pending_request":
        detail = _t(REQUEST_KINDS.get(item.detail, item.detail))
    elif item.kind == "unfinalised_appraisal":
        detail = _t(STATES.get(item.detail, item.detail))
    elif item.kind == "flagged_line":
        row = next((r for r in view.rows if r.employee_no == item.employee_no), None)
        detail = "; ".join(flag_text(f) for f in row.flags) if row is not None else item.detail
    else:
        detail = ""
    return _t(KIND_TEXTS.get(item.kind, "%1: %2")).replace("%1", who).replace("%2", detail)


class ClosingDialog(QDialog):
    """Lists what is open or flagged; Accept means the owner confirms it and approves."""

    def __init__(self, check, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payout_closing_dialog")
        self.setWindowTitle(self.tr("Approve the payout of %1").replace("%1", check.period))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("%n item(s) are still open or need a second look. Approve anyway? Your "
                                 "confirmation is recorded in the audit log.", "", len(check.items)))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.items = QListWidget()
        self.items.setObjectName("payout_closing_items")
        for item in check.items:
            self.items.addItem(QListWidgetItem(item_text(item, view)))
        layout.addWidget(self.items, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(self.tr("Confirm and approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("payout_closing_confirm")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def texts(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]
