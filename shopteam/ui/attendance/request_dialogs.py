"""New leave request (请假申请), overtime application (加班申请) and missing-punch correction (补卡申请)
dialogs, with inline errors."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services.attendance import requests as attendance
from shopteam.services.org import roster
from shopteam.ui.attendance.labels import LEAVE_KINDS, leave_kind_label
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.dates import from_qdate, today_qdate


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class _RequestDialog(QDialog):
    """The person, the reason, the inline error and the buttons shared by both dialogs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.person = QComboBox()
        self.person.setObjectName("request_person")
        with ctx.factory() as session:
            people = roster.list_staff(session, actor=ctx.actor)
        for row in people:
            if row.status != "left":
                self.person.addItem(f"{row.employee_no} {row.name}", row.id)
        if ctx.actor.employee_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(ctx.actor.employee_id), 0))
        self.reason = QLineEdit()
        self.reason.setObjectName("request_reason")
        self.error = QLabel()
        self.error.setObjectName("request_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Person"), self.person)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _finish_form(self) -> None:
        self.form.addRow(self.tr("Reason"), self.reason)

    def file(self, session) -> int:
        raise NotImplementedError

    def save(self) -> None:
        try:
            with self.ctx.factory.begin() as session:
                self.saved_id = self.file(session)
        except ShopTeamError as err:
            self.error.setText(describe(err))
            self.error.show()
            return
        self.accept()


class LeaveRequestDialog(_RequestDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New leave request"))
        self.kind = QComboBox()
        self.kind.setObjectName("leave_kind")
        for key in LEAVE_KINDS:
            self.kind.addItem(leave_kind_label(key), key)
        today = today_qdate()
        self.first_day = QDateEdit(today)
        self.first_day.setObjectName("leave_first_day")
        self.last_day = QDateEdit(today)
        self.last_day.setObjectName("leave_last_day")
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first_day.dateChanged.connect(
            lambda d: self.last_day.setDate(d) if self.last_day.date() < d else None)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("leave_hours")
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(self.tr("The scheduled hours"))
        self.hours.setToolTip(self.tr("Leave it at “The scheduled hours” for whole days; give the hours for part "
                                      "of a day."))
        self.form.addRow(self.tr("Kind of leave"), self.kind)
        self.form.addRow(self.tr("First day"), self.first_day)
        self.form.addRow(self.tr("Last day"), self.last_day)
        self.form.addRow(self.tr("Hours"), self.hours)
        self._finish_form()

    def file(self, session) -> int:
        return attendance.request_leave(
            session, actor=self.ctx.actor, kind=self.kind.currentData(), start=from_qdate(self.first_day.date()),
            end=from_qdate(self.last_day.date()), hours=self.hours.value() or None, reason=self.reason.text(),
            employee_id=self.person.currentData())


class OvertimeDialog(_RequestDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New overtime application"))
        self.day = QDateEdit(today_qdate())
        self.day.setObjectName("overtime_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(18, 0))
        self.start.setObjectName("overtime_start")
        self.end = QTimeEdit(QTime(20, 0))
        self.end.setObjectName("overtime_end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        hint = QLabel(self.tr("An end before the start means the next day."))
        hint.setStyleSheet("color: #666;")
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To"), self.end)
        self.form.addRow("", hint)
        self._finish_form()

    def save(self) -> None:
        if self.start.time() == self.end.time():
            self.error.setText(self.tr("The overtime must end at another time than it starts."))
            self.error.show()
            return
        super().save()

    def file(self, session) -> int:
        return attendance.apply_overtime(
            session, actor=self.ctx.actor, work_date=from_qdate(self.day.date()), start=to_time(self.start.time()),
            end=to_time(self.end.time()), reason=self.reason.text(), employee_id=self.person.currentData())


class CorrectionDialog(_RequestDialog):
    """补卡申请: the day, the clock-in and/or clock-out it is missing, and why."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Missing-punch correction"))
        self.day = QDateEdit(today_qdate())
        self.day.setObjectName("correction_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(today_qdate())
        self.has_in = QCheckBox(self.tr("Clock-in"))
        self.has_in.setObjectName("correction_has_in")
        self.clock_in = QTimeEdit(QTime(9, 0))
        self.clock_in.setObjectName("correction_in")
        self.has_out = QCheckBox(self.tr("Clock-out"))
        self.has_out.setObjectName("correction_has_out")
        self.clock_out = QTimeEdit(QTime(18, 0))
        self.clock_out.setObjectName("correction_out")
        for box, edit in ((self.has_in, self.clock_in), (self.has_out, self.clock_out)):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        hint = QLabel(self.tr("Tick the punch the day is missing. A clock-out before the clock-in, or after "
                              "midnight on a night shift, is on the next day."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.reason.setPlaceholderText(self.tr("Why the punch is missing (required)"))
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.has_in, self.clock_in)
        self.form.addRow(self.has_out, self.clock_out)
        self.form.addRow("", hint)
        self._finish_form()

    def save(self) -> None:
        if not (self.has_in.isChecked() or self.has_out.isChecked()):
            self.error.setText(self.tr("Tick the clock-in or the clock-out the day is missing."))
            self.error.show()
            return
        super().save()

    def file(self, session) -> int:
        return attendance.request_correction(
            session, actor=self.ctx.actor, work_date=from_qdate(self.day.date()),
            clock_in=to_time(self.clock_in.time()) if self.has_in.isChecked() else None,
            clock_out=to_time(self.clock_out.time()) if self.has_out.isChecked() else None,
            reason=self.reason.text(), employee_id=self.person.currentData())
