"""Log hours (登记工时): one's own entry for a day and task, or a correction of one not yet approved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services.attendance import timesheets
from shopteam.services.attendance.timesheets import TimesheetInput
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.dates import from_qdate, to_qdate


def _hours_box(object_name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(object_name)
    box.setRange(0, 24)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box


class TimesheetDialog(QDialog):
    """``entry`` (a TimesheetRow) to correct it, else a new entry on ``day``. ``saved_id`` after saving."""

    def __init__(self, ctx: AppContext, day: date, entry=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Log hours") if entry is None else self.tr("Correct hours"))
        self.day = QDateEdit(to_qdate(entry.work_date if entry else day))
        self.day.setObjectName("timesheet_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.task = QLineEdit(entry.task if entry else "")
        self.task.setObjectName("timesheet_task")
        self.task.setMaxLength(200)
        self.task.setPlaceholderText(self.tr("What you worked on (a card's title links the card)"))
        self.hours = _hours_box("timesheet_hours")
        self.hours.setValue(entry.hours if entry else 8.0)
        self.overtime = _hours_box("timesheet_overtime")
        self.overtime.setValue(entry.overtime_hours if entry else 0.0)
        self.note = QLineEdit(entry.note if entry else "")
        self.note.setObjectName("timesheet_note")
        self.error = QLabel()
        self.error.setObjectName("timesheet_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Task"), self.task)
        form.addRow(self.tr("Hours"), self.hours)
        form.addRow(self.tr("Overtime (h)"), self.overtime)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The hours count once your manager approves them.")))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def values(self) -> TimesheetInput:
        return TimesheetInput(from_qdate(self.day.date()), self.task.text(), self.hours.value(),
                              self.overtime.value(), self.note.text())

    def save(self) -> None:
        try:
            with self.ctx.factory.begin() as session:
                if self.entry is None:
                    self.saved_id = timesheets.add_timesheet_entry(session, actor=self.ctx.actor, data=self.values())
                else:
                    timesheets.edit_timesheet_entry(session, actor=self.ctx.actor, entry_id=self.entry.id,
                                                    data=self.values())
                    self.saved_id = self.entry.id
        except ShopTeamError as err:
            self.error.setText(describe(err))
            self.error.show()
            return
        self.accept()
