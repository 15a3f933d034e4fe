"""Mark one or more people as left: a leave date and a reason, applied to all of them in one go."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffRow
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.roster.form import from_qdate, to_qdate

MAX_NAMES = 8


class LeaveDialog(QDialog):
    """All selected people leave on the same date; if one of them cannot, nobody is changed."""

    def __init__(self, ctx: AppContext, rows: list[StaffRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = rows
        self.setWindowTitle(self.tr("Mark as left"))
        names = "、".join(r.name for r in rows[:MAX_NAMES])
        if len(rows) > MAX_NAMES:
            names += self.tr(" and %n more", "", len(rows) - MAX_NAMES)
        intro = QLabel(self.tr("%n people will be marked as left: %1", "", len(rows)).replace("%1", names))
        intro.setWordWrap(True)
        self.leave_date = QDateEdit()
        self.leave_date.setObjectName("leave_date")
        self.leave_date.setCalendarPopup(True)
        self.leave_date.setDisplayFormat("yyyy-MM-dd")
        self.leave_date.setDate(to_qdate(clock.today()))
        self.reason = QLineEdit()
        self.reason.setObjectName("leave_reason")
        self.error = QLabel()
        self.error.setObjectName("leave_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Leave date"), self.leave_date)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        when = from_qdate(self.leave_date.date())
        current = None
        try:
            with self.ctx.factory.begin() as session:
                for row in self.rows:
                    current = row
                    roster.mark_left(session, actor=self.ctx.actor, staff_id=row.id, leave_date=when,
                                     reason=self.reason.text(), expected_version=row.version)
        except ShopTeamError as err:
            if isinstance(err, ConflictError):  # changed on another PC since the list was read: take its version
                self.reload()
            who = f"{current.employee_no} {current.name}: " if current is not None and len(self.rows) > 1 else ""
            self.error.setText(who + describe(err))
            self.error.show()
            return
        self.accept()

    def reload(self) -> None:
        """The people as they are saved now, so a second OK goes over what another PC saved (once it was said)."""
        with self.ctx.factory() as session:
            fresh = [roster.get_staff(session, actor=self.ctx.actor, staff_id=row.id) for row in self.rows]
        self.rows = [replace(row, version=detail.version, status=detail.status)
                     for row, detail in zip(self.rows, fresh, strict=True)]
