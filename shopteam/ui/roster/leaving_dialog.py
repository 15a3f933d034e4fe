"""One person leaves (离职): resignation or dismissal, the last working day, the reason and the handover
checklist (one item a line, the shop's usual items filled in); and the checklist of someone leaving or left,
whose items are ticked off as they are done."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services.org import leaving
from shopteam.services.org.roster import StaffRow
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.roster.form import ERROR_STYLE, from_qdate, to_qdate
from shopteam.ui.widgets.checklist import ChecklistDialog


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class LeavingDialog(QDialog):
    """Record the leaving of one person: the record stays as 'left', the account works up to the last day."""

    def __init__(self, ctx: AppContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("Leaving: %1").replace("%1", f"{row.employee_no} {row.name}"))
        self.kind = QComboBox()
        self.kind.setObjectName("leave_kind")
        self.kind.addItem(self.tr("Resignation (辞职)"), "resignation")
        self.kind.addItem(self.tr("Dismissal (辞退)"), "dismissal")
        self.last_day = QDateEdit()
        self.last_day.setObjectName("last_day")
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat("yyyy-MM-dd")
        self.last_day.setDate(to_qdate(clock.today()))
        self.reason = QLineEdit()
        self.reason.setObjectName("leave_reason")
        self.handover = QPlainTextEdit()
        self.handover.setObjectName("handover")
        self.handover.setPlainText("\n".join((  # the usual items, in the language of the screens
            self.tr("Work handed over to the successor"), self.tr("Computer, badge and other equipment returned"),
            self.tr("Shop back-office and customer-service accounts handed back"),
            self.tr("Advances and expense claims settled"))))
        note = QLabel(self.tr("The record stays on the roster as left; the account can log in up to the last day "
                              "and not after; the last month is paid up to the last day."))
        note.setWordWrap(True)
        self.error = _error_label("leaving_error")
        form = QFormLayout()
        form.addRow(self.tr("How"), self.kind)
        form.addRow(self.tr("Last working day"), self.last_day)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Handover checklist (one item a line)"), self.handover)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        items = [line.strip() for line in self.handover.toPlainText().splitlines() if line.strip()]
        try:
            with self.ctx.factory.begin() as session:
                leaving.record_leaving(session, actor=self.ctx.actor, staff_id=self.row.id,
                                       kind=self.kind.currentData(), last_day=from_qdate(self.last_day.date()),
                                       reason=self.reason.text(), handover=items, expected_version=self.row.version)
        except ShopTeamError as err:
            self.error.setText(describe(err))
            self.error.show()
            return
        self.accept()


class HandoverDialog(ChecklistDialog):
    """The handover checklist of one person: each tick is saved at once (and audited)."""

    def __init__(self, ctx: AppContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Handover: %1").replace("%1", f"{row.employee_no} {row.name}"), "handover",
                         True, parent)
        self.row = row
        self.start()

    def rows(self, session):
        return leaving.handover_items(session, actor=self.ctx.actor, staff_id=self.row.id)

    def tick(self, session, item_id: int, done: bool) -> None:
        leaving.set_handover_done(session, actor=self.ctx.actor, item_id=item_id, done=done)

    def add(self, session, text: str) -> None:
        leaving.add_handover_item(session, actor=self.ctx.actor, staff_id=self.row.id, text=text)
