"""The recruitment screen (招聘): the positions on the left, the candidates of the chosen position on a
board with one column per stage, the buttons to move, score, turn down and hire; and a second tab with the
people on probation (soonest end first, those ending within 14 days marked), their onboarding checklist
(入职清单, items ticked off: 3/5) and their review (转正评估)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopteam.db.models.people import STAGES
from shopteam.services.permissions import ONBOARDING_MANAGE, PROBATION_REVIEW, RECRUITMENT, can
from shopteam.services.recruitment import probation, recruiting
from shopteam.services.recruitment.recruiting import OPEN_STAGES, CandidateRow
from shopteam.ui.context import AppContext
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.org.table_model import Column, RowsModel, selected_row, sorted_view
from shopteam.ui.people.dialogs import (
    CandidateDialog,
    HireDialog,
    PositionDialog,
    RejectDialog,
    ScoreDialog,
    review_state_label,
    stage_label,
)
from shopteam.ui.people.onboarding import OnboardingDialog, OnboardingTemplatesDialog, progress_cell
from shopteam.ui.people.review_dialog import ProbationReviewDialog, assessment_label

DUE_COLOUR = "#fdebc8"
OVERDUE_COLOUR = "#f6d5d8"


class RecruitmentPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"recruit_position", "recruit_candidate", "recruit_score", "probation_review",
                       "probation_assessment", "onboarding_item",
                       "employee", "department", "role", "role_assignment"})
    loads_on_creation = True  # the main window need not refresh it on the first visit
    exported = Signal(str)  # the candidates workbook written
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog = None  # the dialog last opened (tests drive it)
        self.wizard = None  # the candidates import wizard while it is open
        self._export_task = None
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.recruiting_tab = QWidget()
        self.probation_tab = QWidget()
        if can(ctx.actor, RECRUITMENT):
            self._build_recruiting()
            self.tabs.addTab(self.recruiting_tab, self.tr("Recruitment"))
        if can(ctx.actor, PROBATION_REVIEW):
            self._build_probation()
            self.tabs.addTab(self.probation_tab, self.tr("Probation"))
        if self.tabs.count() == 0:
            self.tabs.addTab(QLabel(self.tr("Recruitment is for the owner and managers.")), self.tr("Recruitment"))
        self.refresh()

    # ---------------------------------------------------------------- recruitment tab
    def _build_recruiting(self) -> None:
        self.positions_model = RowsModel([
            Column(self.tr("Role"), lambda r: r.role),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Hired"), lambda r: f"{r.hired} / {r.headcount}", sort=lambda r: r.hired,
                   align_right=True),
            Column(self.tr("Candidates"), lambda r: str(r.candidates), sort=lambda r: r.candidates,
                   align_right=True),
            Column(self.tr("Wanted by"), lambda r: r.wanted_by.isoformat() if r.wanted_by else "",
                   sort=lambda r: r.wanted_by.isoformat() if r.wanted_by else ""),
            Column(self.tr("State"), lambda r: self.tr("Open") if r.state == "open" else self.tr("Closed")),
        ], self)
        self.positions_view = sorted_view(self.positions_model)
        # a load that selects the position itself goes on to its candidates once (load_positions)
        self._quiet = False
        self.positions_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._quiet or self.load_candidates())
        self.open_button = QPushButton(self.tr("&Open position…"))
        self.close_button = QPushButton(self.tr("&Close position"))
        self.open_button.clicked.connect(self.open_position)
        self.close_button.clicked.connect(self.close_position)
        self.import_button = QPushButton(self.tr("&Import candidates…"))
        self.import_button.setObjectName("import_candidates")
        self.export_button = QPushButton(self.tr("E&xport candidates…"))
        self.export_button.setObjectName("export_candidates")
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export_clicked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Positions")))
        left_layout.addWidget(self.positions_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        transfer = QHBoxLayout()
        transfer.addWidget(self.import_button)
        transfer.addWidget(self.export_button)
        transfer.addStretch(1)
        left_layout.addLayout(transfer)

        self.columns: dict[str, QListWidget] = {}
        self.column_boxes: dict[str, QGroupBox] = {}
        board = QHBoxLayout()
        for stage in STAGES:
            box = QGroupBox(stage_label(stage))
            column = QListWidget()
            column.setObjectName(f"stage_{stage}")
            column.itemSelectionChanged.connect(lambda s=stage: self._picked(s))
            QVBoxLayout(box).addWidget(column)
            board.addWidget(box)
            self.columns[stage], self.column_boxes[stage] = column, box
        self.add_button = QPushButton(self.tr("&Add candidate…"))
        self.move_combo = QComboBox()
        for stage in OPEN_STAGES:
            self.move_combo.addItem(stage_label(stage), stage)
        self.move_button = QPushButton(self.tr("&Move"))
        self.score_button = QPushButton(self.tr("&Score…"))
        self.reject_button = QPushButton(self.tr("&Turn down…"))
        self.hire_button = QPushButton(self.tr("&Hire…"))
        self.add_button.clicked.connect(self.add_candidate)
        self.move_button.clicked.connect(self.move_selected)
        self.score_button.clicked.connect(self.score_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.hire_button.clicked.connect(self.hire_selected)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.position_figures = QLabel()  # the chosen position's candidates per stage and source, time to hire
        self.position_figures.setObjectName("position_figures")
        self.position_figures.setWordWrap(True)
        self.error = ErrorLabel()
        self.message = QLabel()
        self.message.setObjectName("recruitment_message")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(QLabel(self.tr("Move to")))
        actions.addWidget(self.move_combo)
        actions.addWidget(self.move_button)
        actions.addWidget(self.score_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.hire_button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(board, 1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.position_figures)
        right_layout.addWidget(self.figures)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 880])  # the positions' columns in view
        QVBoxLayout(self.recruiting_tab).addWidget(splitter)
        self.candidates: list[CandidateRow] = []

    def selected_position(self):
        return selected_row(self.positions_view, self.positions_model)

    def selected_candidate(self) -> CandidateRow | None:
        for column in self.columns.values():
            items = column.selectedItems()
            if items:
                cid = items[0].data(Qt.ItemDataRole.UserRole)
                return next((c for c in self.candidates if c.id == cid), None)
        return None

    def select_position(self, position_id: int) -> None:
        row = self.positions_model.find(lambda r: r.id == position_id)
        if row is not None:
            index = self.positions_view.model().mapFromSource(self.positions_model.index(row, 0))
            self.positions_view.selectRow(index.row())

    def select_candidate(self, candidate_id: int) -> None:
        for column in self.columns.values():
            for i in range(column.count()):
                if column.item(i).data(Qt.ItemDataRole.UserRole) == candidate_id:
                    column.setCurrentRow(i)
                    return

    def _picked(self, stage: str) -> None:
        if not self.columns[stage].selectedItems():
            return
        for other, column in self.columns.items():  # one selection across the board
            if other != stage:
                column.blockSignals(True)
                column.clearSelection()
                column.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        position, candidate = self.selected_position(), self.selected_candidate()
        open_position = position is not None and position.state == "open"
        active = candidate is not None and candidate.stage in OPEN_STAGES
        self.close_button.setEnabled(open_position)
        self.add_button.setEnabled(open_position)
        for button in (self.move_button, self.score_button, self.reject_button):
            button.setEnabled(active)
        self.hire_button.setEnabled(candidate is not None and candidate.stage == "offer" and open_position)
        if candidate is None:
            self.detail.setText("")
            return
        parts = [candidate.name, stage_label(candidate.stage), candidate.phone, candidate.source,
                 self.tr("applied %1").replace("%1", candidate.applied_on.isoformat())]
        if candidate.average_score is not None:
            parts.append(self.tr("average score %1").replace("%1", str(candidate.average_score)))
        if candidate.reject_reason:
            parts.append(candidate.reject_reason)
        self.detail.setText(" · ".join(p for p in parts if p))

    def load_positions(self) -> None:
        chosen = self.selected_position()
        rows = read(self.ctx, lambda s: recruiting.list_positions(s, actor=self.ctx.actor))
        self._quiet = True
        try:
            self.positions_model.set_rows(rows)
            if rows:
                self.select_position(chosen.id if chosen and any(r.id == chosen.id for r in rows) else rows[0].id)
        finally:
            self._quiet = False
        self.load_candidates()
        by_position, by_source = read(self.ctx, lambda s: recruiting.figures(s, actor=self.ctx.actor))
        lines = [self.tr("%1: %2 candidate(s), %3 hired, average %4 days to hire")
                 .replace("%1", f.key or self.tr("(no source)")).replace("%2", str(f.candidates))
                 .replace("%3", str(f.hired)).replace("%4", "—" if f.average_days_to_hire is None
                                                       else str(f.average_days_to_hire)) for f in by_source]
        self.figures.setText("\n".join([self.tr("All positions by source:"), *lines]) if lines else "")

    def load_candidates(self) -> None:
        position = self.selected_position()
        chosen = self.selected_candidate()
        self.candidates = [] if position is None else read(
            self.ctx, lambda s: recruiting.list_candidates(s, actor=self.ctx.actor, position_id=position.id))
        for stage, column in self.columns.items():
            column.clear()
            mine = [c for c in self.candidates if c.stage == stage]
            for c in mine:
                score = f" ★{c.average_score}" if c.average_score is not None else ""
                item = QListWidgetItem(f"{c.name}{score}\n{c.source}")
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                column.addItem(item)
            self.column_boxes[stage].setTitle(f"{stage_label(stage)} ({len(mine)})")
        if chosen is not None:
            self.select_candidate(chosen.id)
        self._show_position_figures(position)
        self._update_buttons()

    def _show_position_figures(self, position) -> None:
        if position is None:
            self.position_figures.setText("")
            return
        f = read(self.ctx, lambda s: recruiting.position_figures(s, actor=self.ctx.actor, position_id=position.id))
        stages = " · ".join(f"{stage_label(stage)} {n}" for stage, n in f.by_stage.items())
        sources = " · ".join(
            (self.tr("%1 %2 (%3 hired)") if c.hired else self.tr("%1 %2")).replace("%1", c.source or self.tr(
                "(no source)")).replace("%2", str(c.candidates)).replace("%3", str(c.hired)) for c in f.by_source)
        if f.average_days_to_hire is None:
            time = self.tr("Time to hire: nobody hired yet")
        else:
            time = self.tr("Time to hire: %1 days on average over %n hire(s)", "", f.hired).replace(
                "%1", str(f.average_days_to_hire))
        lines = [self.tr("%1: %n candidate(s)", "", f.candidates).replace("%1", f.role),
                 self.tr("Per stage: %1").replace("%1", stages)]
        if sources:
            lines.append(self.tr("Per source: %1").replace("%1", sources))
        lines.append(time)
        self.position_figures.setText("\n".join(lines))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.done.connect(lambda _r: self.refresh())
        dialog.open()

    def open_position(self) -> None:
        self._open(PositionDialog(self.ctx, self))

    def close_position(self) -> None:
        position = self.selected_position()
        if position is not None:
            run_change(self.ctx, self.error, lambda s: recruiting.close_position(
                s, actor=self.ctx.actor, position_id=position.id, expected_version=position.version))
            self.refresh()  # after a refusal too: theirs is shown with the sentence that says who and when

    def add_candidate(self) -> None:
        position = self.selected_position()
        if position is not None:
            self._open(CandidateDialog(self.ctx, position.id, self))

    def move_selected(self) -> None:
        candidate = self.selected_candidate()
        if candidate is None:
            return
        ok, _r = run_change(self.ctx, self.error, lambda s: recruiting.move_stage(
            s, actor=self.ctx.actor, candidate_id=candidate.id, stage=self.move_combo.currentData()))
        if ok:
            self.load_positions()

    def score_selected(self) -> None:
        candidate = self.selected_candidate()
        if candidate is not None:
            self._open(ScoreDialog(self.ctx, candidate, self))

    def reject_selected(self) -> None:
        candidate = self.selected_candidate()
        if candidate is not None:
            self._open(RejectDialog(self.ctx, candidate, self))

    def hire_selected(self) -> None:
        candidate = self.selected_candidate()
        if candidate is not None:
            self._open(HireDialog(self.ctx, candidate, self))

    def open_import(self) -> None:
        """The import wizard for candidates; rows without an 应聘职位 go to the position chosen here."""
        from shopteam.ui.imports.wizard import ImportWizard

        position = self.selected_position()
        wizard = ImportWizard(self.ctx, self, kind="candidates",
                              position_id=position.id if position is not None and position.state == "open" else None)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.finished.connect(lambda _result: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()

    def _imported(self, summary) -> None:
        """The import's commit has reloaded the page on screen (the window's change signal): say how many."""
        self.message.setText(self.tr("%n candidate(s) imported.", "", summary.inserted))

    def export_clicked(self) -> None:
        from shopteam.ui.widgets.export import ask_save_path

        path = ask_save_path(self, title=self.tr("Export the candidates to Excel"),
                             name=self.tr("candidates.xlsx"), pattern=self.tr("Excel workbook (*.xlsx)"),
                             settings_key="recruitment/export_dir", suffix=".xlsx")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write every candidate to ``path`` in the background (the shop's language); ``exported`` fires."""
        from shopteam.ui.widgets.export import run_export

        factory, actor = self.ctx.factory, self.ctx.actor

        def work(progress, target=path):
            from shopteam.services.recruitment.exports import export_candidates

            with factory() as session:
                return export_candidates(session, actor=actor, path=target, progress=progress)

        def failed(text):
            self._export_task = None
            self.error.show_error(self.tr("Export failed: %1").replace("%1", text))
            self.export_failed.emit(text)

        def saved(result):
            self._export_task = None
            self.error.clear_error()
            self.message.setText(self.tr("%n candidate(s) exported to %1.", "", result.rows).replace("%1", result.file))
            self.exported.emit(result.file)

        self._export_task = run_export(self, work, title=self.tr("Exporting the candidates…"), on_saved=saved,
                                       on_failed=failed)

    # ---------------------------------------------------------------- probation tab
    def _build_probation(self) -> None:
        def colour(r):
            return OVERDUE_COLOUR if r.review_state == "overdue" else DUE_COLOUR if r.review_state == "due" else None

        self.probation_model = RowsModel([
            Column(self.tr("Employee no."), lambda r: r.employee_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Role"), lambda r: r.role),
            Column(self.tr("Hire date"), lambda r: r.hire_date.isoformat()),
            Column(self.tr("Probation ends"), lambda r: r.probation_end.isoformat() if r.probation_end else "",
                   sort=lambda r: r.probation_end.isoformat() if r.probation_end else "9999", background=colour),
            Column(self.tr("Days left"), lambda r: "" if r.days_left is None else str(r.days_left),
                   sort=lambda r: 99999 if r.days_left is None else r.days_left, align_right=True),
            Column(self.tr("Onboarding"), lambda r: progress_cell(r.onboarding_done, r.onboarding_total),
                   sort=lambda r: r.onboarding_total - r.onboarding_done, align_right=True),
            Column(self.tr("State"), lambda r: review_state_label(r.review_state), background=colour),
            Column(self.tr("Review"), assessment_label),
        ], self)
        self.probation_view = sorted_view(self.probation_model)
        self.soon_label = QLabel()
        self.review_button = QPushButton(self.tr("&Review probation…"))
        self.review_button.clicked.connect(self.review_selected)
        self.onboarding_button = QPushButton(self.tr("O&nboarding checklist…"))
        self.onboarding_button.setObjectName("onboarding_checklist")
        self.onboarding_button.clicked.connect(self.onboarding_selected)
        self.templates_button = QPushButton(self.tr("Checklist &templates…"))
        self.templates_button.setObjectName("onboarding_templates")
        self.templates_button.clicked.connect(self.open_templates)
        self.templates_button.setVisible(can(self.ctx.actor, ONBOARDING_MANAGE))
        layout = QVBoxLayout(self.probation_tab)
        layout.addWidget(self.soon_label)
        layout.addWidget(self.probation_view)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addWidget(self.onboarding_button)
        row.addStretch(1)
        row.addWidget(self.templates_button)
        layout.addLayout(row)

    def load_probation(self) -> None:
        chosen = selected_row(self.probation_view, self.probation_model)
        rows = read(self.ctx, lambda s: probation.list_probation(s, actor=self.ctx.actor))
        self.probation_model.set_rows(rows)
        if chosen is not None:
            self.select_probation(chosen.employee_id)
        soon = [r for r in rows if r.review_state in ("due", "overdue")]
        text = self.tr("%1 on probation; %2 ending within 14 days or overdue").replace(
            "%1", str(len(rows))).replace("%2", str(len(soon)))
        open_items = sum(r.onboarding_total - r.onboarding_done for r in rows)
        if open_items:
            text += self.tr("; %n onboarding item(s) open", "", open_items)
        self.soon_label.setText(text)

    def select_probation(self, employee_id: int) -> None:
        row = self.probation_model.find(lambda r: r.employee_id == employee_id)
        if row is not None:
            index = self.probation_view.model().mapFromSource(self.probation_model.index(row, 0))
            self.probation_view.selectRow(index.row())

    def review_selected(self) -> None:
        person = selected_row(self.probation_view, self.probation_model)
        if person is not None:
            dialog = ProbationReviewDialog(self.ctx, person, self)
            dialog.recommended.connect(lambda _id: self.load_probation())
            self._open(dialog)

    def onboarding_selected(self) -> None:
        """The onboarding checklist of the person chosen: ticks are saved at once, the list shows them after."""
        person = selected_row(self.probation_view, self.probation_model)
        if person is None:
            return
        dialog = OnboardingDialog(self.ctx, person.employee_id, f"{person.employee_no} {person.name}", self)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.load_probation())
        dialog.open()

    def open_templates(self) -> None:
        dialog = OnboardingTemplatesDialog(self.ctx, self)
        self.dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------
    def refresh(self) -> None:
        if can(self.ctx.actor, RECRUITMENT):
            self.load_positions()
        if can(self.ctx.actor, PROBATION_REVIEW):
            self.load_probation()

    def apply_filter(self, how: str | None) -> None:
        """Opened from the home screen: "probation" shows the probation tab."""
        if how == "probation" and self.tabs.indexOf(self.probation_tab) >= 0:
            self.tabs.setCurrentWidget(self.probation_tab)
