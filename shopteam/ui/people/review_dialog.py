"""The probation review dialog (转正评估): the supervisor scores each indicator of the shop's probation scheme
(the weighted total and grade shown live, by the appraisal's rules), recommends confirm / extend / not keep with
a comment and saves it; whoever decides then chooses the outcome — confirm from a date, extend to a new end
date, end the employment — which may differ from the recommendation (both are kept)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services.recruitment import assessment, probation
from shopteam.services.recruitment.probation import ProbationRow
from shopteam.ui.appraisal.models import grade_label
from shopteam.ui.appraisal.scheme_models import GROUPS
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.org.common import ErrorLabel, read, run_change
from shopteam.ui.widgets.dates import from_qdate, to_qdate, today_qdate

UNSCORED = -1  # the spin boxes' special value: not scored yet ("—")


def _date_edit(day) -> QDateEdit:
    edit = QDateEdit(to_qdate(day) if day else today_qdate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def recommendation_label(code: str) -> str:
    return {
        "confirm": QCoreApplication.translate("ProbationReviewDialog", "Confirm (转正)"),
        "extend": QCoreApplication.translate("ProbationReviewDialog", "Extend the probation"),
        "end": QCoreApplication.translate("ProbationReviewDialog", "Do not keep (不予录用)"),
    }.get(code, code)


def assessment_label(row: ProbationRow) -> str:
    """The probation list's column: '—', 'Recommended: Confirm (转正) · 80.50', or 'Decided: … (recommended …)'."""
    if row.assessment == "recommended":
        return QCoreApplication.translate("ProbationReviewDialog", "Recommended: %1 · %2").replace(
            "%1", recommendation_label(row.recommendation)).replace("%2", f"{row.score:.2f}")
    if row.assessment == "decided":
        return QCoreApplication.translate("ProbationReviewDialog", "Decided: %1 (recommended: %2)").replace(
            "%1", recommendation_label(row.decision)).replace("%2", recommendation_label(row.recommendation))
    return "—"


class ProbationReviewDialog(QDialog):
    done = Signal(object)  # after a decision
    recommended = Signal(int)  # the assessment's id, after the recommendation is saved

    def __init__(self, ctx: AppContext, person: ProbationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.setWindowTitle(self.tr("Probation review: %1").replace("%1", person.name))
        self.form_data = read(ctx, lambda s: assessment.review_form(s, actor=ctx.actor,
                                                                     employee_id=person.employee_id))
        head = QFormLayout()
        head.addRow(self.tr("Person"), QLabel(f"{person.employee_no} {person.name}"))
        head.addRow(self.tr("Probation ends"), QLabel(person.probation_end.isoformat()
                                                      if person.probation_end else "—"))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._assessment_box())
        layout.addWidget(self._decision_box())
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("&Decide"))
        self.buttons.accepted.connect(self._decide)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(self.form_data.current)
        self.update_total()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # ---------------------------------------------------------------- the supervisor's assessment
    def _assessment_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Supervisor's assessment: %1").replace("%1", self.form_data.scheme_name))
        grid = QGridLayout()
        for col, text in enumerate((self.tr("Group"), self.tr("Indicator"), self.tr("Weight"),
                                    self.tr("Score (0–100)"))):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        self.score_boxes: dict[str, QSpinBox] = {}
        for row, ind in enumerate(self.form_data.indicators, start=1):
            grid.addWidget(QLabel(QCoreApplication.translate("SchemesDialog", GROUPS.get(ind.group, ind.group))),
                           row, 0)
            grid.addWidget(QLabel(ind.name), row, 1)
            weight = QLabel(f"{ind.weight:g}%")
            weight.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(weight, row, 2)
            spin = QSpinBox()
            spin.setRange(UNSCORED, 100)
            spin.setSpecialValueText("—")
            spin.setValue(UNSCORED)
            spin.setAccessibleName(ind.name)
            spin.valueChanged.connect(lambda _v: self.update_total())
            self.score_boxes[ind.name] = spin
            grid.addWidget(spin, row, 3)
        grid.setColumnStretch(1, 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("probationTotal")
        self.supervisor_label = QLabel(self.form_data.supervisor)
        self.recommendation = QComboBox()
        for code in probation.OUTCOMES:
            self.recommendation.addItem(recommendation_label(code), code)
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(60)
        self.comment.setPlaceholderText(self.tr("Required unless recommending confirmation"))
        self.recommend_button = QPushButton(self.tr("&Save recommendation"))
        self.recommend_button.clicked.connect(self._recommend)
        self.recommended_label = QLabel()
        self.recommended_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Weighted total"), self.total_label)
        form.addRow(self.tr("Supervisor"), self.supervisor_label)
        form.addRow(self.tr("Recommendation"), self.recommendation)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recommended_label, 1)
        buttons.addWidget(self.recommend_button)
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    def scores(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.score_boxes.items() if spin.value() != UNSCORED}

    def update_total(self) -> None:
        """The weighted total and grade of the scores entered so far (nothing saved)."""
        try:
            result = assessment.score(self.form_data.indicators, self.scores(), self.form_data.thresholds)
        except ShopTeamError as error:
            self.total_label.setText(describe(error))
            return
        if result.score is None:
            self.total_label.setText(self.tr("— (%n indicator(s) still to score)", "", len(result.missing)))
        else:
            self.total_label.setText(f"<b>{result.score:.2f}</b> · {grade_label(result.grade.value)}")

    def _fill(self, current) -> None:
        if current is None:
            self.recommended_label.setText(self.tr("No recommendation yet."))
            return
        for ind in current.indicators:
            if ind.name in self.score_boxes and ind.score is not None:
                self.score_boxes[ind.name].setValue(int(ind.score))
        self.recommendation.setCurrentIndex(self.recommendation.findData(current.recommendation))
        self.comment.setPlainText(current.comment)
        self.supervisor_label.setText(current.supervisor)
        self.recommended_label.setText(
            self.tr("%1 recommended %2 (%3) on %4; the decision may differ.")
            .replace("%1", current.supervisor).replace("%2", recommendation_label(current.recommendation))
            .replace("%3", f"{current.total:.2f}")
            .replace("%4", current.recommended_at.astimezone().date().isoformat()))
        self.outcome.setCurrentIndex(self.outcome.findData(current.recommendation))

    def _recommend(self) -> None:
        ok, result = run_change(self.ctx, self.error, lambda s: assessment.recommend(
            s, actor=self.ctx.actor, employee_id=self.person.employee_id, scores=self.scores(),
            recommendation=self.recommendation.currentData(), comment=self.comment.toPlainText()))
        if ok:
            self.error.hide()
            self.form_data = read(self.ctx, lambda s: assessment.review_form(
                s, actor=self.ctx.actor, employee_id=self.person.employee_id))
            self._fill(self.form_data.current)
            self.recommended.emit(result)

    # ---------------------------------------------------------------- the decision
    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decision"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Confirm (end probation) from"), "confirm")
        self.outcome.addItem(self.tr("Extend probation to"), "extend")
        self.outcome.addItem(self.tr("End employment on"), "end")
        end = self.person.probation_end
        self.day = _date_edit(end)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(60)
        form = QFormLayout(box)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Notes"), self.note)
        return box

    def _decide(self) -> None:
        ok, result = run_change(self.ctx, self.error, lambda s: probation.review(
            s, actor=self.ctx.actor, employee_id=self.person.employee_id, outcome=self.outcome.currentData(),
            day=from_qdate(self.day.date()), note=self.note.toPlainText()))
        if ok:
            self.done.emit(result)
            self.accept()


