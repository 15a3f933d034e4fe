"""The calendar tab of the work rules: a month's days over China's calendar, and the shop's overrides."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ConflictError, ShopTeamError
from shopteam.services.attendance import worktime
from shopteam.ui.attendance.pattern_dialog import WEEKDAYS
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.month_picker import MonthPicker

OVERRIDE_BRUSH = QBrush(QColor("#fff3c4"))
DAY_KINDS = {
    "workday": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Workday"),
    "rest_day": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Rest day"),
    "holiday": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Statutory holiday"),
    "makeup_workday": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Make-up workday"),
}
OVERRIDES = {  # the override kinds the service takes -> their label
    "workday": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Workday"),
    "restday": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Rest day"),
    "holiday": QT_TRANSLATE_NOOP("WorkRulesCalendar", "Statutory holiday"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("WorkRulesCalendar", "Date"), QT_TRANSLATE_NOOP("WorkRulesCalendar", "Weekday"),
    QT_TRANSLATE_NOOP("WorkRulesCalendar", "China's calendar"), QT_TRANSLATE_NOOP("WorkRulesCalendar", "Holiday"),
    QT_TRANSLATE_NOOP("WorkRulesCalendar", "The shop's day"), QT_TRANSLATE_NOOP("WorkRulesCalendar", "Note"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkRulesCalendar", text)


class CalendarTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.days: list[worktime.CalendarDay] = []
        today = clock.today()
        self.month_picker = MonthPicker(today.year, today.month, "calendar_month")
        self.month_picker.changed.connect(lambda _y, _m: self.refresh())
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("calendar_table")
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.kind = QComboBox()
        self.kind.setObjectName("calendar_kind")
        self.kind.addItem(self.tr("As China's calendar says"), None)
        for key, label in OVERRIDES.items():
            self.kind.addItem(_tr(label), key)
        self.note = QLineEdit()
        self.note.setObjectName("calendar_note")
        self.note.setPlaceholderText(self.tr("Note, e.g. the shop works through the 618 sale"))
        self.apply_button = QPushButton(self.tr("Set the day"))
        self.apply_button.setObjectName("calendar_apply")
        self.apply_button.clicked.connect(self.apply)
        self.message = QLabel()
        self.message.setObjectName("calendar_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_picker)
        top.addStretch(1)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(self.tr("Selected day is")))
        edit.addWidget(self.kind)
        edit.addWidget(self.note, 1)
        edit.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        year, month = self.month_picker.month()
        with self.ctx.factory() as session:
            self.days = worktime.list_calendar(session, year=year, month=month, actor=self.ctx.actor)
        self.table.setRowCount(len(self.days))
        for r, day in enumerate(self.days):
            values = [day.day.isoformat(), QCoreApplication.translate("PatternDialog", WEEKDAYS[day.day.weekday()]),
                      _tr(DAY_KINDS.get(day.kind, day.kind)), day.holiday_name,
                      _tr(OVERRIDES[day.override]) if day.override else "", day.note]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if day.override:
                    item.setBackground(OVERRIDE_BRUSH)
                self.table.setItem(r, c, item)
        self.apply_button.setEnabled(False)

    def select_day(self, day) -> None:
        for r, d in enumerate(self.days):
            if d.day == day:
                self.table.selectRow(r)

    def selected(self) -> worktime.CalendarDay | None:
        rows = self.table.selectionModel().selectedRows()
        return self.days[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        day = self.selected()
        self.apply_button.setEnabled(day is not None)
        if day is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(day.override), 0))
            self.note.setText(day.note)

    def apply(self) -> None:
        day = self.selected()
        if day is None:
            return
        try:
            with self.ctx.factory.begin() as session:
                worktime.set_calendar_override(session, actor=self.ctx.actor, day=day.day,
                                               kind=self.kind.currentData(), note=self.note.text(),
                                               expected_version=day.version)
        except ConflictError as err:  # set elsewhere since this month was read: theirs shown, then who and when
            self.refresh()
            self.select_day(day.day)
            self._show_selected()  # the kind and note fields show theirs too
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(describe(err))
            return
        except ShopTeamError as err:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(describe(err))
            return
        self.refresh()
        self.select_day(day.day)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("%1 is set.").replace("%1", day.day.isoformat()))
