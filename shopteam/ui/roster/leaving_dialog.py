"""One person leaves (离职): resignation or dismissal, the last working day, the reason and the handover
checklist (one item a line, the shop's usual items filled in); and the checklist of someone leaving or left,
whose items are ticked off as they are done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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


class HandoverDialog(QDialog):
    """The handover checklist of one person: each tick is saved at once (and audited)."""

    def __init__(self, ctx: AppContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("Handover: %1").replace("%1", f"{row.employee_no} {row.name}"))
        self.items = QListWidget()
        self.items.setObjectName("handover_items")
        self.new_item = QLineEdit()
        self.new_item.setObjectName("handover_new")
        self.new_item.setPlaceholderText(self.tr("Another item, then Enter"))
        self.new_item.returnPressed.connect(self.add_item)
        self.summary = QLabel()
        self.summary.setObjectName("handover_summary")
        self.error = _error_label("handover_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.new_item)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.load()
        self.items.itemChanged.connect(self._ticked)

    def load(self) -> None:
        with self.ctx.factory() as session:
            rows = leaving.handover_items(session, actor=self.ctx.actor, staff_id=self.row.id)
        self.items.blockSignals(True)
        self.items.clear()
        for r in rows:
            text = r.text if not r.done else self.tr("%1 (done %2, %3)").replace("%1", r.text).replace(
                "%2", r.done_on.isoformat() if r.done_on else "").replace("%3", r.done_by)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.done else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        done = sum(1 for r in rows if r.done)
        self.summary.setText(self.tr("%1 of %2 items done").replace("%1", str(done)).replace("%2", str(len(rows))))

    def _run(self, work) -> None:
        try:
            with self.ctx.factory.begin() as session:
                work(session)
        except ShopTeamError as err:
            self.error.setText(describe(err))
            self.error.show()
        else:
            self.error.hide()
        self.load()

    def _ticked(self, item: QListWidgetItem) -> None:
        item_id, done = item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked
        self._run(lambda s: leaving.set_handover_done(s, actor=self.ctx.actor, item_id=item_id, done=done))

    def add_item(self) -> None:
        text = self.new_item.text()
        self._run(lambda s: leaving.add_handover_item(s, actor=self.ctx.actor, staff_id=self.row.id, text=text))
        if self.error.isHidden():
            self.new_item.clear()
