"""Timesheets (工时): the month's reported hours per person, approved or rejected by the manager, with the
totals per person. Approved hours are the attendance of people who have no punch record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services.attendance import timesheets
from shopteam.ui.attendance.decision_bar import decision_controls
from shopteam.ui.attendance.timesheet_dialog import TimesheetDialog
from shopteam.ui.attendance.timesheets_model import EntriesModel, TotalsModel, person_text, totals_per_person
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.month_picker import MonthPicker

MAX_COLUMN_WIDTH = 260


def _table(object_name: str, model, selection: QAbstractItemView.SelectionMode) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TimesheetsPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"timesheet_entry", "card", "board", "employee", "department"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = EntriesModel(self)
        self.totals_model = TotalsModel(self)
        self.dialog: QDialog | None = None

        today = clock.today()
        self.month_picker = MonthPicker(today.year, today.month, "timesheets_month")
        self.month_picker.changed.connect(lambda _y, _m: self.refresh(fit=True))
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("timesheets_person")
        self.person_combo.setMinimumContentsLength(12)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.log_button = QPushButton(self.tr("Log hours…"))
        self.log_button.setObjectName("timesheets_log")
        self.log_button.setEnabled(ctx.actor.employee_id is not None)
        self.log_button.clicked.connect(self.log_hours)
        self.edit_button = QPushButton(self.tr("Correct…"))
        self.edit_button.setObjectName("timesheets_edit")
        self.edit_button.clicked.connect(self.correct_selected)

        self.table = _table("timesheets_table", self.model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.totals = _table("timesheets_totals", self.totals_model, QAbstractItemView.SelectionMode.NoSelection)

        self.note, self.approve_button, self.reject_button, self.message = decision_controls(
            "timesheets", self.decide)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_picker)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Person")))
        top.addWidget(self.person_combo)
        top.addStretch(1)
        top.addWidget(self.log_button)
        top.addWidget(self.edit_button)
        decide = QHBoxLayout()
        decide.addWidget(self.note, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)
        totals_box = QWidget()
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(QLabel(self.tr("Totals per person")))
        totals_layout.addWidget(self.totals, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(totals_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(decide)
        layout.addWidget(self.message)
        self._sized = False
        self.refresh()

    # ------------------------------------------------------------ loading

    def month(self) -> tuple[int, int]:
        return self.month_picker.month()

    def set_month(self, year: int, month: int) -> None:
        self.month_picker.set_month(year, month)

    def refresh(self, fit: bool = False) -> None:
        keep = {r.id for r in self.selected()}
        year, month = self.month()
        failed = False
        try:
            with self.ctx.factory() as session:
                everyone = timesheets.list_timesheets(session, actor=self.ctx.actor, year=year, month=month)
        except ShopTeamError as err:
            everyone, failed = [], True
            self._say(describe(err), error=True)
        self._load_people(everyone)
        person = self.person_combo.currentData()
        rows = [r for r in everyone if person is None or r.employee_id == person]
        self.model.set_rows(rows)
        self.totals_model.set_rows(totals_per_person(rows))
        if rows and (fit or not self._sized):
            for table in (self.table, self.totals):
                fit_columns(table, max_width=MAX_COLUMN_WIDTH)
            self._sized = True
        for entry_id in keep:
            self.select(entry_id, clear=False)
        if not rows and not failed:
            self._say(self.tr("No hours were reported for %1.").replace("%1", f"{year}-{month:02d}"))

    def _load_people(self, rows) -> None:
        """The people with entries in the month, keeping the chosen one (even when they have none now)."""
        current = self.person_combo.currentData()
        people = {r.employee_id: person_text(r) for r in rows}
        if current is not None and current not in people:
            people[current] = self.person_combo.currentText()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for emp_id, label in sorted(people.items(), key=lambda item: item[1]):
            self.person_combo.addItem(label, emp_id)
        self.person_combo.setCurrentIndex(max(self.person_combo.findData(current), 0))
        self.person_combo.blockSignals(False)

    def selected(self) -> list:
        return [self.model.row_at(i.row()) for i in sorted(self.table.selectionModel().selectedRows())]

    def select(self, entry_id: int, clear: bool = True) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        flag = QItemSelectionModel.SelectionFlag
        flags = flag.Select | flag.Rows
        if clear:
            flags |= flag.Clear
        self.table.selectionModel().select(self.model.index(row, 0), flags)
        return True

    def _update_actions(self, *_args) -> None:
        rows = self.selected()
        can = bool(rows) and all(r.can_decide for r in rows)
        self.approve_button.setEnabled(can)
        self.reject_button.setEnabled(can)
        self.edit_button.setEnabled(len(rows) == 1 and rows[0].can_edit)

    # ------------------------------------------------------------ deciding

    def decide(self, approve: bool) -> None:
        rows = self.selected()
        if not rows:
            return
        try:
            with self.ctx.factory.begin() as session:
                count = timesheets.decide_timesheet(session, actor=self.ctx.actor, entry_ids=[r.id for r in rows],
                                                    approve=approve, note=self.note.text())
        except ShopTeamError as err:
            self._say(describe(err), error=True)
            self.refresh()
            return
        self.note.clear()
        text = self.tr("Approved: %n entry(s).", "", count) if approve else self.tr("Rejected: %n entry(s).", "", count)
        self._say(text)
        self.refresh()

    # ------------------------------------------------------------ own entries

    def log_hours(self) -> None:
        year, month = self.month()
        today = clock.today()
        day = today if (today.year, today.month) == (year, month) else date(year, month, 1)
        self._open(TimesheetDialog(self.ctx, day, parent=self))

    def correct_selected(self) -> None:
        rows = self.selected()
        if len(rows) == 1 and rows[0].can_edit:
            self._open(TimesheetDialog(self.ctx, rows[0].work_date, entry=rows[0], parent=self))

    def _open(self, dialog: TimesheetDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    def _saved(self, dialog: TimesheetDialog) -> None:
        day = dialog.values().work_date
        self._say(self.tr("The hours were saved and wait for a decision."))
        if (day.year, day.month) != self.month():
            self.set_month(day.year, day.month)  # refreshes
        else:
            self.refresh()
        self.select(dialog.saved_id)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
