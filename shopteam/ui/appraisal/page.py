"""The Appraisal page: pick a month, open its cycle, see everyone with score, grade and state; score the
selected person (or fill in one's own self-assessment); compute, calibrate (ranking against the forced
distribution), finalise, reopen; charts (grade distribution, a person's score trend); print preview, print
and PDF export of the monthly appraisal sheets (the PDF is written in the background).

The top row keeps the cycle's steps as buttons; secondary actions (printing, files) go in the "More" menu
(``self.more_menu``)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.permissions import APPRAISAL_ADMIN, APPRAISAL_SCORE, can
from shopteam.ui.appraisal.models import SORT_ROLE, AppraisalTableModel, state_label
from shopteam.ui.appraisal.offline import EXPORT_DIR_KEY, OfflineScoring
from shopteam.ui.appraisal.review import ReviewForm
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.widgets.columns import fit_columns
from shopteam.ui.widgets.export import ask_save_path, run_export


def _write_pdf_job(progress, factory, actor, cycle_id: int, department: str | None, path: str, lang: str) -> int:
    from shopteam.reports.appraisal_sheet import export_appraisal_pdf

    with factory() as s:
        return export_appraisal_pdf(s, actor=actor, cycle_id=cycle_id, path=path, department=department,
                                    language=lang, progress=progress).pages


class AppraisalPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"appraisal_cycle", "appraisal", "appraisal_score", "appraisal_scheme",
                       "appraisal_indicator", "scheme_role", "kpi_actual", "employee", "department", "role",
                       "role_assignment"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle: ap.CycleView | None = None
        today = clock.today()
        self.year = QSpinBox()
        self.year.setObjectName("appraisal_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox()
        self.month.setObjectName("appraisal_month")
        for m in range(1, 13):
            self.month.addItem(f"{m:02d}", m)
        self.month.setCurrentIndex(today.month - 1)
        self.department = QComboBox()
        self.department.setObjectName("appraisal_department")
        self.state = QLabel()
        self.state.setObjectName("cycle_state")
        self.open_button = QPushButton(self.tr("Open cycle"))
        self.open_button.setObjectName("open_cycle")
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setObjectName("compute_cycle")
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.setObjectName("finalise_cycle")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopen_cycle")
        self.calibration_button = QPushButton(self.tr("Calibration…"))
        self.calibration_button.setObjectName("open_calibration")
        self.calibration_button.setToolTip(self.tr("Everyone ranked by score against the forced distribution; "
                                                   "adjust a score with a reason"))
        self.charts_button = QPushButton(self.tr("Charts…"))
        self.charts_button.setObjectName("open_charts")
        self.more_menu = QMenu(self)
        self.preview_action = self.more_menu.addAction(self.tr("Print preview…"))
        self.pdf_action = self.more_menu.addAction(self.tr("Export PDF…"))
        self.pdf_action.setObjectName("export_pdf")
        self.more_button = QPushButton(self.tr("More"))  # a push button with a menu: same look as its neighbours
        self.more_button.setObjectName("appraisal_more")
        self.more_button.setMenu(self.more_menu)
        self.schemes_button = QPushButton(self.tr("Schemes…"))
        self.schemes_button.setObjectName("open_schemes")
        self.schemes_button.setToolTip(self.tr("Appraisal schemes: indicators, weights and scoring per role"))
        self.schemes_button.setVisible(can(ctx.actor, APPRAISAL_ADMIN))
        self.calibration_dialog = None
        self.charts_dialog = None
        self.schemes_dialog = None
        self.status = QLabel()
        self.status.setObjectName("appraisal_status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Month")), self.year, self.month, QLabel(self.tr("Department")), self.department,
                  self.state):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.open_button, self.compute_button, self.calibration_button, self.finalise_button,
                  self.reopen_button, self.charts_button, self.more_button, self.schemes_button):
            top.addWidget(w)
        self.model = AppraisalTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("appraisal_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(self.table, stretch=None)
        self.table.verticalHeader().hide()
        self.form = ReviewForm(ctx, self)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)  # a wider window widens the table as much as the form
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 680])  # room for the score, grade and state columns, not only the names
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.offline = OfflineScoring(self, self.more_menu)  # the Excel round trip: two entries in "More"

        self.year.valueChanged.connect(self.refresh)
        self.month.currentIndexChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self._load_rows)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.open_button.clicked.connect(self.open_cycle)
        self.compute_button.clicked.connect(self.compute)
        self.schemes_button.clicked.connect(self.open_schemes)
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        self.calibration_button.clicked.connect(self.open_calibration)
        self.charts_button.clicked.connect(lambda: self.open_charts())
        self.preview_action.triggered.connect(self.print_preview)
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        self.form.saved.connect(self._load_rows)
        self.form.trend_requested.connect(lambda employee_id: self.open_charts(employee_id, trend=True))
        self.refresh()

    # ---------------------------------------------------------------------------------------------
    def period(self) -> tuple[int, int]:
        return self.year.value(), self.month.currentData()

    def refresh(self) -> None:
        year, month = self.period()
        with self.ctx.factory() as s:
            self.cycle = ap.find_cycle(s, year=year, month=month)
        actor = self.ctx.actor
        admin = can(actor, APPRAISAL_SCORE)
        self.open_button.setVisible(can(actor, APPRAISAL_ADMIN))
        self.open_button.setEnabled(self.cycle is None)
        has = self.cycle is not None
        locked = has and self.cycle.locked
        self.compute_button.setEnabled(has and admin and not locked)
        self.finalise_button.setEnabled(has and admin and not locked)
        self.reopen_button.setVisible(can(actor, APPRAISAL_ADMIN))
        self.reopen_button.setEnabled(locked)
        self.calibration_button.setVisible(admin)
        self.calibration_button.setEnabled(has and admin)
        self.charts_button.setEnabled(has)
        self.preview_action.setEnabled(has)
        self.pdf_action.setEnabled(has)
        self.state.setText(state_label(self.cycle.state) if has else self.tr("No cycle for this month"))
        self._load_rows()

    def _load_rows(self) -> None:
        if self.cycle is None:
            self.model.set_rows([])
            self.form.clear()
            return
        department = self.department.currentData()
        with self.ctx.factory() as s:
            rows = ap.list_appraisals(s, actor=self.ctx.actor, cycle_id=self.cycle.id, department=department)
        current = self.form.detail.row.id if self.form.detail else None
        departments = sorted({r.department for r in rows if r.department})
        if self.department.count() != len(departments) + 1:
            self.department.blockSignals(True)
            self.department.clear()
            self.department.addItem(self.tr("All"), None)
            for name in departments:
                self.department.addItem(name, name)
            self.department.blockSignals(False)
        self.model.set_rows(rows)
        if current is not None:
            self.select_appraisal(current)

    def select_appraisal(self, appraisal_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == appraisal_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def select_person(self, employee_no: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data() == employee_no:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        appraisal_id = current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if self.form.detail is None or self.form.detail.row.id != appraisal_id:
            self.form.load(appraisal_id)

    def _run(self, fn, success: str) -> bool:
        try:
            with self.ctx.factory.begin() as s:
                fn(s)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self.status.setText(describe(exc))
            return False
        self.status.setText(success)
        self.refresh()
        if self.form.detail is not None:
            self.form.load(self.form.detail.row.id)
        return True

    # ---------------------------------------------------------------------------------------------
    def open_cycle(self) -> None:
        year, month = self.period()
        self._run(lambda s: ap.open_cycle(s, actor=self.ctx.actor, year=year, month=month),
                  self.tr("The cycle is open."))

    def compute(self) -> None:
        if self.cycle is not None:
            cycle_id = self.cycle.id
            self._run(lambda s: comp.compute_cycle(s, actor=self.ctx.actor, cycle_id=cycle_id),
                      self.tr("Scores computed from KPI figures, boards and attendance."))

    def finalise(self) -> None:
        if self.cycle is None:
            return
        answer = QMessageBox.question(self, self.tr("Finalise"), self.tr(
            "Finalise the cycle? Scores are locked afterwards; only the owner can reopen it."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        cycle_id = self.cycle.id
        self._run(lambda s: ap.finalise_cycle(s, actor=self.ctx.actor, cycle_id=cycle_id),
                  self.tr("The cycle is finalised."))

    def reopen(self) -> None:
        if self.cycle is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reopen"), self.tr("Why is the cycle reopened?"))
        if not ok:
            return
        cycle_id = self.cycle.id
        self._run(lambda s: ap.reopen_cycle(s, actor=self.ctx.actor, cycle_id=cycle_id, reason=reason),
                  self.tr("The cycle is reopened."))

    def open_calibration(self) -> None:
        """The calibration dialog for the cycle (owner and managers; the service refuses anyone else)."""
        from shopteam.ui.appraisal.calibration import CalibrationDialog

        if self.cycle is None:
            return
        self.calibration_dialog = CalibrationDialog(self.ctx, self.cycle, self)
        self.calibration_dialog.adjusted.connect(self._load_rows)
        self.calibration_dialog.finished.connect(lambda _result: self.refresh())
        current = self.form.detail.row.id if self.form.detail else None
        if current is not None:
            self.calibration_dialog.select_appraisal(current)
        self.calibration_dialog.open()

    def open_charts(self, employee_id: int | None = None, trend: bool = False) -> None:
        """Charts of the cycle; the trend of ``employee_id`` (else the selected person's) on its tab."""
        from shopteam.ui.appraisal.charts import AppraisalChartsDialog

        if self.cycle is None:
            return
        if employee_id is None and self.form.detail is not None:
            employee_id = self.form.detail.row.employee_id
        self.charts_dialog = AppraisalChartsDialog(self.ctx, self.cycle, employee_id, self)
        if trend:
            self.charts_dialog.show_trend_tab()
        self.charts_dialog.open()

    def _details(self):
        with self.ctx.factory() as s:
            return ap.details_for_cycle(s, actor=self.ctx.actor, cycle_id=self.cycle.id,
                                        department=self.department.currentData())

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from shopteam.reports.appraisal_sheet import render_sheets

        details = self._details()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Monthly appraisal sheets"))
        dialog.paintRequested.connect(lambda p: render_sheets(details, p, lang=self._lang()))
        dialog.exec()

    def _lang(self) -> str:
        from shopteam.ui.i18n import chosen_language

        try:
            return chosen_language() or "zh_CN"
        except Exception:  # noqa: BLE001
            return "zh_CN"

    def export_pdf(self, path: str | None = None) -> None:
        if self.cycle is None:
            return
        if not path:
            path = ask_save_path(self, title=self.tr("Export PDF"), name=f"appraisal-{self.cycle.period}.pdf",
                                 pattern=self.tr("PDF (*.pdf)"), settings_key=EXPORT_DIR_KEY, suffix=".pdf")
            if not path:
                return
        self.pdf_task = run_export(self, partial(_write_pdf_job, factory=self.ctx.factory, actor=self.ctx.actor,
                                                 cycle_id=self.cycle.id, department=self.department.currentData(),
                                                 path=path, lang=self._lang()),
                                   title=self.tr("Writing the appraisal sheets…"), on_saved=self._pdf_written,
                                   on_failed=self._pdf_failed)

    def _pdf_written(self, pages: int) -> None:
        self.pdf_task = None
        self.status.setText(self.tr("%n page(s) written.", "", pages))

    def _pdf_failed(self, sentence: str) -> None:
        self.pdf_task = None
        self.status.setText(sentence)

    def open_schemes(self) -> None:
        """The appraisal schemes dialog (the button is the owner's; the service refuses anyone else)."""
        from shopteam.ui.appraisal.schemes import SchemesDialog

        self.schemes_dialog = SchemesDialog(self.ctx, self)
        self.schemes_dialog.open()
