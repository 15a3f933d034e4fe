"""The training screen (培训). The owner and managers (``training.manage``) get the plans with their sessions,
the attendance and evaluations of the chosen session, and the year's report per person; everyone with a staff
record sees their own training record (sessions, hours per year, average test score)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services.permissions import TRAINING_MANAGE, can
from shopteam.services.training import editing, plans, records, rewards
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.org.table_model import Column, RowsModel, selected_row, sorted_view
from shopteam.ui.training.dialogs import (
    AttendanceDialog,
    EvaluationDialog,
    PlanDialog,
    ResultsDialog,
    SessionDialog,
)
from shopteam.ui.widgets.export import ask_save_path, run_export

EXPORT_DIR_KEY = "export/training_dir"


def _write_sign_in(progress, factory, actor, session_id: int, path: str, lang: str):
    from shopteam.reports.training_sign_in import export_sign_in_sheet

    with factory() as s:
        return export_sign_in_sheet(s, actor=actor, session_id=session_id, path=path, language=lang,
                                    progress=progress)


def _write_workbook(progress, factory, actor, year: int, path: str, lang: str):
    from shopteam.services.training.exports import export_training

    with factory() as s:
        return export_training(s, actor=actor, year=year, path=path, language=lang, progress=progress)


def _lang() -> str:
    from shopteam.ui.i18n import chosen_language

    return chosen_language() or "zh_CN"


def _select(view: QTableView, model: RowsModel, predicate) -> None:
    row = model.find(predicate)
    if row is not None:
        view.selectRow(view.model().mapFromSource(model.index(row, 0)).row())


def _number(value) -> str:
    return "" if value is None else str(value)


def _sort_number(value) -> float:
    return -1.0 if value is None else float(value)


class TrainingPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"training_plan", "training_session", "training_attendance", "training_evaluation",
                       "employee", "department"})
    loads_on_creation = True  # the main window need not refresh it on the first visit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog = None  # the dialog last opened (tests drive it)
        self.export_task = None  # the file being written in the background
        self._quiet = False  # True while a load selects a row itself (the load goes on to the next table once)
        self._report_stale = True  # the report tab loads when shown
        self.manages = can(ctx.actor, TRAINING_MANAGE)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        if self.manages:
            self.plans_tab, self.report_tab = QWidget(), QWidget()
            self._build_plans()
            self._build_report()
            self.tabs.addTab(self.plans_tab, self.tr("Plans and sessions"))
            self.tabs.addTab(self.report_tab, self.tr("Report"))
        if ctx.actor.employee_id is not None:
            self.record_tab = QWidget()
            self._build_record()
            self.tabs.addTab(self.record_tab, self.tr("My training"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        if self.tabs.count() == 0:
            self.tabs.addTab(QLabel(self.tr("This account has no staff record, so it has no training record.")),
                             self.tr("My training"))
        self.refresh()

    # ---------------------------------------------------------------- plans, sessions, attendance
    def _build_plans(self) -> None:
        self.plans_model = RowsModel([
            Column(self.tr("Year"), lambda r: str(r.year), sort=lambda r: r.year),
            Column(self.tr("Quarter"), lambda r: f"Q{r.quarter}" if r.quarter else self.tr("Whole year"),
                   sort=lambda r: r.quarter or 5),
            Column(self.tr("Topic"), lambda r: r.topic),
            Column(self.tr("For roles"), lambda r: r.target_roles),
            Column(self.tr("Planned hours"), lambda r: str(r.planned_hours), sort=lambda r: float(r.planned_hours),
                   align_right=True),
            Column(self.tr("Hours held"), lambda r: str(r.held_hours), sort=lambda r: float(r.held_hours),
                   align_right=True),
            Column(self.tr("Sessions"), lambda r: str(r.sessions), sort=lambda r: r.sessions, align_right=True),
        ], self)
        self.plans_view = sorted_view(self.plans_model)
        self.plans_view.selectionModel().selectionChanged.connect(lambda *_a: self._quiet or self.load_sessions())
        self.new_plan_button = QPushButton(self.tr("&New plan…"))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button = QPushButton(self.tr("Edit plan…"))
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.delete_plan_button = QPushButton(self.tr("Delete plan"))
        self.delete_plan_button.clicked.connect(self.delete_plan)

        self.sessions_model = RowsModel([
            Column(self.tr("Date"), lambda r: r.session_date.isoformat()),
            Column(self.tr("Trainer"), lambda r: r.trainer),
            Column(self.tr("Place"), lambda r: self.tr("Online") if r.online else r.place),
            Column(self.tr("Hours"), lambda r: str(r.hours), sort=lambda r: float(r.hours), align_right=True),
            Column(self.tr("Attended"), lambda r: f"{r.attended} / {r.listed}", sort=lambda r: r.attended,
                   align_right=True),
            Column(self.tr("No."), lambda r: str(r.id), sort=lambda r: r.id, align_right=True),  # for the CLI
            Column(self.tr("Materials"), lambda r: r.materials),
        ], self)
        self.sessions_view = sorted_view(self.sessions_model)
        self.sessions_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._quiet or self.load_attendees())
        self.new_session_button = QPushButton(self.tr("New &session…"))
        self.attendance_button = QPushButton(self.tr("&Attendance…"))
        self.new_session_button.clicked.connect(self.new_session)
        self.attendance_button.clicked.connect(self.take_attendance)
        self.edit_session_button = QPushButton(self.tr("Edit…"))
        self.edit_session_button.setToolTip(self.tr("Change the session's date, hours, trainer, place or materials"))
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button = QPushButton(self.tr("Delete"))
        self.delete_session_button.setToolTip(self.tr("Delete the session (only while no attendance is taken)"))
        self.delete_session_button.clicked.connect(self.delete_session)
        self.sign_in_button = QPushButton(self.tr("Sign-in sheet (PDF)…"))
        self.sign_in_button.clicked.connect(self.export_sign_in)

        self.attendees_model = RowsModel([
            Column(self.tr("Employee no."), lambda r: r.employee_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Attended"), lambda r: self.tr("Yes") if r.attended else self.tr("No")),
            Column(self.tr("Test score"), lambda r: _number(r.test_score), sort=lambda r: _sort_number(r.test_score),
                   align_right=True),
            Column(self.tr("Passed"), lambda r: "" if r.passed is None else self.tr("Yes") if r.passed
                   else self.tr("No")),
            Column(self.tr("Satisfaction"), lambda r: _number(r.satisfaction),
                   sort=lambda r: _sort_number(r.satisfaction), align_right=True),
            Column(self.tr("Comment"), lambda r: r.comment),
        ], self)
        self.attendees_view = sorted_view(self.attendees_model)
        self.attendees_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.evaluate_button = QPushButton(self.tr("&Evaluate…"))
        self.evaluate_button.clicked.connect(self.evaluate)
        self.clear_button = QPushButton(self.tr("&Clear evaluation"))
        self.clear_button.clicked.connect(self.clear_evaluation)
        self.results_button = QPushButton(self.tr("Rewards/penalties from results…"))
        self.results_button.setToolTip(self.tr("Record rewards and penalties in the ledger from the evaluations "
                                               "of this session"))
        self.results_button.clicked.connect(self.book_results)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Training plans")))
        left_layout.addWidget(self.plans_view)
        row = QHBoxLayout()
        row.addWidget(self.new_plan_button)
        row.addWidget(self.edit_plan_button)
        row.addWidget(self.delete_plan_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Sessions of the plan")))
        right_layout.addWidget(self.sessions_view)
        row = QHBoxLayout()
        row.addWidget(self.new_session_button)
        row.addWidget(self.edit_session_button)
        row.addWidget(self.delete_session_button)
        row.addWidget(self.attendance_button)
        row.addWidget(self.sign_in_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(QLabel(self.tr("Attendance and evaluation")))
        right_layout.addWidget(self.attendees_view)
        row = QHBoxLayout()
        row.addWidget(self.evaluate_button)
        row.addWidget(self.clear_button)
        row.addWidget(self.results_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 860])  # the plans' columns in view, not only the year and the quarter
        layout = QVBoxLayout(self.plans_tab)
        layout.addWidget(splitter)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

    def selected_plan(self):
        return selected_row(self.plans_view, self.plans_model)

    def selected_session(self):
        return selected_row(self.sessions_view, self.sessions_model)

    def selected_attendee(self):
        return selected_row(self.attendees_view, self.attendees_model)

    def select_plan(self, plan_id: int) -> None:
        _select(self.plans_view, self.plans_model, lambda r: r.id == plan_id)

    def select_session(self, session_id: int) -> None:
        _select(self.sessions_view, self.sessions_model, lambda r: r.id == session_id)

    def select_attendee(self, employee_id: int) -> None:
        _select(self.attendees_view, self.attendees_model, lambda r: r.employee_id == employee_id)

    def _update_buttons(self) -> None:
        session_row = self.selected_session()
        plan = self.selected_plan()
        self.new_session_button.setEnabled(plan is not None)
        self.edit_plan_button.setEnabled(plan is not None)
        self.delete_plan_button.setEnabled(plan is not None)
        held = session_row is not None and session_row.session_date <= clock.today()
        self.attendance_button.setEnabled(held)
        for button in (self.edit_session_button, self.sign_in_button):
            button.setEnabled(session_row is not None)
        self.delete_session_button.setEnabled(session_row is not None)
        self.results_button.setEnabled(held and any(
            a.attended and a.passed is not None for a in self.attendees_model.rows()))
        attendee = self.selected_attendee()
        self.evaluate_button.setEnabled(attendee is not None and attendee.attended)
        self.clear_button.setEnabled(attendee is not None and (attendee.test_score is not None or attendee.passed
                                                               is not None or attendee.satisfaction is not None
                                                               or bool(attendee.comment)))

    def load_plans(self) -> None:
        chosen = self.selected_plan()
        rows = read(self.ctx, lambda s: plans.list_plans(s, actor=self.ctx.actor))
        self._quiet = True
        try:
            self.plans_model.set_rows(rows)
            if rows:
                self.select_plan(chosen.id if chosen and any(r.id == chosen.id for r in rows) else rows[0].id)
        finally:
            self._quiet = False
        self.load_sessions()

    def load_sessions(self) -> None:
        plan = self.selected_plan()
        chosen = self.selected_session()
        rows = [] if plan is None else read(
            self.ctx, lambda s: plans.list_sessions(s, actor=self.ctx.actor, plan_id=plan.id))
        self._quiet = True
        try:
            self.sessions_model.set_rows(rows)
            if rows:
                held = [r for r in rows if r.session_date <= clock.today()]
                default = (held or rows)[0].id
                self.select_session(chosen.id if chosen and any(r.id == chosen.id for r in rows) else default)
        finally:
            self._quiet = False
        self.load_attendees()

    def load_attendees(self) -> None:
        item = self.selected_session()
        chosen = self.selected_attendee()
        rows = [] if item is None else read(
            self.ctx, lambda s: plans.session_attendees(s, actor=self.ctx.actor, session_id=item.id))
        self.attendees_model.set_rows(rows)
        if chosen is not None:
            self.select_attendee(chosen.employee_id)
        self._update_buttons()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.done.connect(lambda _r: self.refresh())
        dialog.open()

    def new_plan(self) -> None:
        self._open(PlanDialog(self.ctx, self))

    def new_session(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._open(SessionDialog(self.ctx, plan.id, plan.topic, self))

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def edit_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._open(PlanDialog(self.ctx, self, row=plan))

    def delete_plan(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        listed = sum(r.listed for r in self.sessions_model.rows())
        if not listed and not self._confirm(self.tr("Delete training plan"), self.tr(
                "Delete the plan %1 with its %2 session(s)?").replace("%1", plan.topic)
                .replace("%2", str(plan.sessions))):
            return  # with attendance taken the service refuses and says why: no question first
        ok, _r = run_change(self.ctx, self.error, lambda s: editing.delete_plan(
            s, actor=self.ctx.actor, plan_id=plan.id, version=plan.version), on_conflict=self.refresh)
        if ok:
            self.refresh()

    def edit_session(self) -> None:
        plan, item = self.selected_plan(), self.selected_session()
        if plan is not None and item is not None:
            self._open(SessionDialog(self.ctx, plan.id, plan.topic, self, row=item))

    def delete_session(self) -> None:
        item = self.selected_session()
        if item is None:
            return
        if not item.listed and not self._confirm(self.tr("Delete training session"), self.tr(
                "Delete the session of %1 on %2?").replace("%1", item.topic)
                .replace("%2", item.session_date.isoformat())):
            return
        ok, _r = run_change(self.ctx, self.error, lambda s: editing.delete_session(
            s, actor=self.ctx.actor, session_id=item.id, version=item.version), on_conflict=self.refresh)
        if ok:
            self.refresh()

    def book_results(self) -> None:
        item = self.selected_session()
        if item is None:
            return
        booked = read(self.ctx, lambda s: rewards.booked_attendance(s, item.id))
        dialog = ResultsDialog(self.ctx, item, self.attendees_model.rows(), booked, self)
        dialog.done.connect(self._results_booked)
        self._open(dialog)

    def _results_booked(self, result) -> None:
        self.status.setText(self.tr("Recorded in the reward/penalty ledger: %1 reward(s), %2 penalty(ies); %3 "
                                    "already there.").replace("%1", str(result.rewards))
                            .replace("%2", str(result.penalties)).replace("%3", str(result.already)))

    def export_sign_in(self, path: str | None = None) -> None:
        item = self.selected_session()
        if item is None:
            return
        if not path:
            path = ask_save_path(self, title=self.tr("Sign-in sheet"),
                                 name=self.tr("sign-in-%1.pdf").replace("%1", item.session_date.isoformat()),
                                 pattern=self.tr("PDF (*.pdf)"), settings_key=EXPORT_DIR_KEY, suffix=".pdf")
            if not path:
                return
        self.export_task = run_export(
            self, partial(_write_sign_in, factory=self.ctx.factory, actor=self.ctx.actor, session_id=item.id,
                          path=path, lang=_lang()),
            title=self.tr("Writing the sign-in sheet…"), on_saved=self._sign_in_written, on_failed=self._failed)

    def _sign_in_written(self, result) -> None:
        self.export_task = None
        self.status.setText(self.tr("Sign-in sheet written: %1 (%2 people listed).").replace("%1", result.file)
                            .replace("%2", str(result.people)))

    def export_workbook(self, path: str | None = None) -> None:
        year = self.report_year.value()
        if not path:
            path = ask_save_path(self, title=self.tr("Export to Excel"),
                                 name=self.tr("training-%1.xlsx").replace("%1", str(year)),
                                 pattern=self.tr("Excel workbook (*.xlsx)"), settings_key=EXPORT_DIR_KEY,
                                 suffix=".xlsx")
            if not path:
                return
        self.export_task = run_export(
            self, partial(_write_workbook, factory=self.ctx.factory, actor=self.ctx.actor, year=year, path=path,
                          lang=_lang()),
            title=self.tr("Writing the training workbook…"), on_saved=self._workbook_written,
            on_failed=self._failed)

    def _workbook_written(self, result) -> None:
        self.export_task = None
        self.report_status.setText(self.tr("Written: %1 (plans, sessions and records).").replace("%1", result.file))

    def _failed(self, sentence: str) -> None:
        self.export_task = None
        self.status.setText(sentence)
        self.report_status.setText(sentence)

    def take_attendance(self) -> None:
        item = self.selected_session()
        if item is not None:
            self._open(AttendanceDialog(self.ctx, item, self.attendees_model.rows(), self))

    def evaluate(self) -> None:
        item, attendee = self.selected_session(), self.selected_attendee()
        if item is not None and attendee is not None:
            self._open(EvaluationDialog(self.ctx, item.id, attendee, self))

    def clear_evaluation(self) -> None:
        item, attendee = self.selected_session(), self.selected_attendee()
        if item is not None and attendee is not None:
            ok, _r = run_change(self.ctx, self.error, lambda s: plans.clear_evaluation(
                s, actor=self.ctx.actor, session_id=item.id, employee_id=attendee.employee_id,
                expected_version=attendee.evaluation_version), on_conflict=self.load_attendees)
            if ok:
                self.refresh()

    # ---------------------------------------------------------------- report
    def _build_report(self) -> None:
        self.report_year = QSpinBox()
        self.report_year.setRange(plans.MIN_YEAR, plans.MAX_YEAR)
        self.report_year.setValue(clock.today().year)
        self.report_year.valueChanged.connect(lambda _v: self.load_report())  # the tab is shown when it changes
        self.report_model = RowsModel([
            Column(self.tr("Employee no."), lambda r: r.employee_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Sessions"), lambda r: str(r.sessions), sort=lambda r: r.sessions, align_right=True),
            Column(self.tr("Hours"), lambda r: str(r.hours), sort=lambda r: float(r.hours), align_right=True),
            Column(self.tr("Average test score"), lambda r: _number(r.average_score),
                   sort=lambda r: _sort_number(r.average_score), align_right=True),
        ], self)
        self.report_view = sorted_view(self.report_model)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setToolTip(self.tr("The year's plans, sessions and training records in one workbook"))
        self.export_button.clicked.connect(self.export_workbook)
        self.report_status = QLabel()
        self.report_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.report_year)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self.report_tab)
        layout.addLayout(row)
        layout.addWidget(self.report_view)
        layout.addWidget(self.report_status)

    def _tab_changed(self) -> None:
        if self.manages and self.tabs.currentWidget() is self.report_tab and self._report_stale:
            self.load_report()

    def load_report(self) -> None:
        self._report_stale = False
        year = self.report_year.value()
        self.report_model.set_rows(read(self.ctx, lambda s: records.training_report(s, actor=self.ctx.actor,
                                                                                     year=year)))

    # ---------------------------------------------------------------- own record
    def _build_record(self) -> None:
        self.record_summary = QLabel()
        self.record_summary.setWordWrap(True)
        self.record_model = RowsModel([
            Column(self.tr("Date"), lambda r: r.day.isoformat()),
            Column(self.tr("Topic"), lambda r: r.topic),
            Column(self.tr("Trainer"), lambda r: r.trainer),
            Column(self.tr("Hours"), lambda r: str(r.hours), sort=lambda r: float(r.hours), align_right=True),
            Column(self.tr("Attended"), lambda r: self.tr("Yes") if r.attended else self.tr("No")),
            Column(self.tr("Test score"), lambda r: _number(r.test_score), sort=lambda r: _sort_number(r.test_score),
                   align_right=True),
            Column(self.tr("Passed"), lambda r: "" if r.passed is None else self.tr("Yes") if r.passed
                   else self.tr("No")),
            Column(self.tr("Satisfaction"), lambda r: _number(r.satisfaction),
                   sort=lambda r: _sort_number(r.satisfaction), align_right=True),
        ], self)
        self.record_view = sorted_view(self.record_model)
        layout = QVBoxLayout(self.record_tab)
        layout.addWidget(self.record_summary)
        layout.addWidget(self.record_view)

    def load_record(self) -> None:
        record = read(self.ctx, lambda s: records.training_record(s, actor=self.ctx.actor))
        self.record_model.set_rows(list(record.sessions))
        years = "; ".join(self.tr("%1: %2 h").replace("%1", str(y)).replace("%2", str(h))
                          for y, h in sorted(record.hours_by_year.items(), reverse=True))
        self.record_summary.setText(
            self.tr("Hours per year: %1 · average test score: %2")
            .replace("%1", years or self.tr("none yet"))
            .replace("%2", "—" if record.average_score is None else str(record.average_score)))

    # ----------------------------------------------------------------
    def refresh(self) -> None:
        if self.manages:
            self.load_plans()
            # the year's report (everyone employed) loads when its tab is shown, not for the first screen
            self._report_stale = True
            self._tab_changed()
        if self.ctx.actor.employee_id is not None:
            self.load_record()

    def apply_filter(self, how: str | None) -> None:
        """Opened from the home screen: "sessions" shows the plans and their sessions."""
        if how == "sessions" and self.manages:
            self.tabs.setCurrentWidget(self.plans_tab)
