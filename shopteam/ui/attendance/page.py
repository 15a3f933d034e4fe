"""The attendance page (考勤): the month's figures per person, a department filter, import and export."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services.org import roster
from shopteam.services.permissions import ATTENDANCE_IMPORT_ALL, WORK_RULES_EDIT, can
from shopteam.ui.attendance.month_model import COLUMNS, STAFF_COLUMNS, MonthModel
from shopteam.ui.context import AppContext
from shopteam.ui.i18n import chosen_language
from shopteam.ui.messages import describe
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path, run_export
from shopteam.ui.widgets.month_picker import MonthPicker

EXPORT_DIR_KEY = "attendance/export_dir"


class AttendancePage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"punch_record", "punch_correction", "leave_request", "overtime_request",
                       "timesheet_entry", "attendance_rules_version", "work_pattern", "calendar_override",
                       "setting", "employee", "department", "role_assignment"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    exported = Signal(str)
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        sets_rules = can(ctx.actor, WORK_RULES_EDIT)
        self.model = MonthModel(COLUMNS if sets_rules else STAFF_COLUMNS, parent=self)
        self.export_task = None
        self.wizard = None
        self.rules_dialog = None

        today = clock.today()
        self.month_picker = MonthPicker(today.year, today.month, "attendance_month")
        self.month_edit = self.month_picker.edit
        self.month_picker.changed.connect(lambda _y, _m: self.refresh())
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("attendance_department")
        self.department_combo.setMinimumContentsLength(12)
        self.department_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton(self.tr("Import attendance…"))
        self.import_button.setObjectName("attendance_import")
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(can(ctx.actor, ATTENDANCE_IMPORT_ALL))  # staff: their own timesheet via File → Import…
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("attendance_export")
        self.export_button.clicked.connect(self.export_clicked)
        self.chart_button = QPushButton(self.tr("Overtime chart…"))
        self.chart_button.setObjectName("attendance_overtime_chart")
        self.chart_button.clicked.connect(self.open_overtime_chart)
        self.chart_button.setVisible(ctx.actor.level != "staff")
        self.chart_dialog = None
        self.rules_button = QPushButton(self.tr("Work rules…"))
        self.rules_button.setObjectName("attendance_work_rules")
        self.rules_button.setToolTip(self.tr("Shifts, weekly patterns, grace minutes, overtime block, free "
                                             "corrections and calendar overrides"))
        self.rules_button.clicked.connect(self.open_work_rules)
        self.rules_button.setVisible(sets_rules)
        self.count_label = QLabel()
        self.count_label.setObjectName("attendance_count")

        self.table = QTableView()
        self.table.setObjectName("attendance_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.message = QLabel()
        self.message.setObjectName("attendance_message")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_picker)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Department")))
        bar.addWidget(self.department_combo)
        bar.addSpacing(16)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.chart_button)
        bar.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._sized = False
        self._load_departments()
        self.refresh()

    # ------------------------------------------------------------ loading

    def month(self) -> tuple[int, int]:
        return self.month_picker.month()

    def set_month(self, year: int, month: int) -> None:
        self.month_picker.set_month(year, month)

    def step_month(self, delta: int) -> None:
        self.month_picker.step(delta)

    def _load_departments(self) -> None:
        current = self.department_combo.currentData()
        with self.ctx.factory() as session:
            choices = roster.department_choices(session, actor=self.ctx.actor)
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        for dep_id, name in choices:
            self.department_combo.addItem(name, dep_id)
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(current), 0))
        self.department_combo.blockSignals(False)

    def refresh(self) -> None:
        from shopteam.services.attendance import month as attendance

        year, month = self.month()
        try:
            with self.ctx.factory() as session:
                rows = attendance.month_summary(session, actor=self.ctx.actor, year=year, month=month,
                                                department_id=self.department_combo.currentData())
        except ShopTeamError as err:
            self.model.set_rows([])
            self._say(describe(err), error=True)
            self._update_count()
            return
        if rows:
            self.model.keep_columns_of(rows[0])
        self.model.set_rows(rows)
        if not self._sized and rows:
            self._fit_columns()
            self._sized = True
        self._update_count()
        if not rows:
            self._say(self.tr("Nobody to show for %1.").replace("%1", f"{year}-{month:02d}"))
        else:
            self._say(self._to_date_text(rows[0].counted_until, year, month))

    def _to_date_text(self, until, year: int, month: int) -> str:
        """What a month in progress counts: the days up to today (nobody is absent on a day to come)."""
        if until is None:
            return ""
        if (until.year, until.month) != (year, month):
            return self.tr("%1 has not begun: nothing is counted yet.").replace("%1", f"{year}-{month:02d}")
        return self.tr("Month in progress: figures to date (up to %1); days still to come are not counted.").replace(
            "%1", until.isoformat())

    def _fit_columns(self) -> None:
        """Every column fits its content and its (two-line) header; the figures share the room left over."""
        fit_columns(self.table, stretch=None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n person(s)", "", self.model.rowCount()))

    # ------------------------------------------------------------ import

    def open_import(self) -> None:
        from shopteam.ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, kind="attendance")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _summary: self._imported(wizard.preview))
        wizard.finished.connect(lambda _result: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()

    def _imported(self, preview) -> None:
        """Show the month most of the imported rows fall in (the import's commit has reloaded the page on screen
        already: the window's change signal)."""
        months: Counter[tuple[int, int]] = Counter()
        for row in preview.rows if preview is not None else ():
            if row.status == "rejected":
                continue
            day = row.values.get("date") or row.values.get("punch_time")
            if isinstance(day, date):
                months[(day.year, day.month)] += 1
        self._load_departments()
        if months and months.most_common(1)[0][0] != self.month():
            self.set_month(*months.most_common(1)[0][0])  # refreshes

    # ------------------------------------------------------------ work rules

    def open_overtime_chart(self) -> None:
        """Approved overtime by kind per month over the 12 months to the page's month, for a department
        or all of them (the page's department chosen first)."""
        from shopteam.ui.widgets.shop_charts import OvertimeChart, open_chart

        chart = OvertimeChart(self.ctx)
        year, month = self.month()
        self.chart_dialog = open_chart(self, chart, self.tr("Overtime by department"), year, month)
        index = chart.department.findText(self.department_combo.currentText())
        if self.department_combo.currentIndex() > 0 and index > 0:
            chart.department.setCurrentIndex(index)

    def open_work_rules(self) -> None:
        from shopteam.ui.attendance.work_rules import WorkRulesDialog

        dialog = WorkRulesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: (setattr(self, "rules_dialog", None), self.refresh()))
        self.rules_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------ export

    def export_clicked(self) -> None:
        year, month = self.month()
        path = ask_save_path(self, title=self.tr("Export to Excel"),
                             name=self.tr("attendance-%1.xlsx").replace("%1", f"{year}-{month:02d}"),
                             pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=EXPORT_DIR_KEY, suffix=".xlsx")
        if not path:
            return
        self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the month's figures as shown to ``path`` in the background; ``exported`` fires when done."""
        year, month = self.month()
        label = f"{year}-{month:02d}"
        rows = self.model.rows()  # as shown: the department filter and the sort order
        language = chosen_language()
        self.export_button.setEnabled(False)

        def work(progress, target=path):
            from shopteam.io.attendance_export import write_attendance_summary

            progress.report(0, len(rows))
            return write_attendance_summary(target, rows, year=year, month=month, language=language)

        def failed(text):
            self.export_task = None
            self.export_button.setEnabled(True)
            self._say(self.tr("Export failed: %1").replace("%1", text), error=True)
            self.export_failed.emit(text)

        def saved(result):
            self.export_task = None
            self.export_button.setEnabled(True)
            self._say(self.tr("The attendance of %1 was exported to %2.").replace("%1", label)
                      .replace("%2", str(result)))
            self.exported.emit(str(result))

        self.export_task = run_export(self, work, title=self.tr("Exporting the attendance…"), on_saved=saved,
                                      on_failed=failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
