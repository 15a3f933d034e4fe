"""One person's appraisal: the indicators with their figures, the self-assessment (for the person) or the
supervisor's scores, comment and interview notes (for their manager), and the live final score and grade."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.appraisal_terms import rescaled_sentence, weighted_cell
from shopteam.domain.errors import ConflictError
from shopteam.domain.explain import render
from shopteam.domain.grading import FinalResult, WeightedLines, counted_score, weighted_lines
from shopteam.domain.scoring import Status, round_score
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.ui.appraisal.models import grade_label, score_text, state_label
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe

GROUPS = ("results", "ability", "attitude")
RESCALED_CODES = ("not_applicable_excluded", "weighted")  # said once by the rescaling sentence instead


def _language() -> str:
    from shopteam.ui.i18n import chosen_language

    return chosen_language()


class ReviewForm(QWidget):
    saved = Signal()
    trend_requested = Signal(int)  # employee id: show the person's score trend

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ap.AppraisalDetail | None = None
        self.spins: dict[int, QDoubleSpinBox] = {}
        self.weighted_labels: list[QLabel] = []
        self.mode = "none"  # 'self' | 'review' | 'view'
        self.title = QLabel()
        self.title.setObjectName("review_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.grid_box = QGroupBox(self.tr("Indicators"))
        self.grid = QGridLayout(self.grid_box)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("review_comment")
        self.interview = QPlainTextEdit()
        self.interview.setObjectName("review_interview")
        self.plan = QPlainTextEdit()
        self.plan.setObjectName("review_plan")
        for edit in (self.comment, self.interview, self.plan):
            edit.setMaximumHeight(70)
        self.comment_label = QLabel(self.tr("Supervisor's comment"))
        form = QFormLayout()
        form.addRow(self.comment_label, self.comment)
        form.addRow(self.tr("Interview notes"), self.interview)
        form.addRow(self.tr("Improvement plan"), self.plan)
        self.final_label = QLabel()
        self.final_label.setObjectName("final_score")
        self.final_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.grade_label = QLabel()
        self.grade_label.setObjectName("final_grade")
        self.grade_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("final_explanation")
        self.message = QLabel()
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("review_save")
        self.submit_button = QPushButton(self.tr("Save and submit"))
        self.submit_button.setObjectName("review_submit")
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        score_row = QHBoxLayout()
        score_row.addWidget(QLabel(self.tr("Final score:")))
        score_row.addWidget(self.final_label)
        score_row.addSpacing(20)
        score_row.addWidget(QLabel(self.tr("Grade:")))
        score_row.addWidget(self.grade_label)
        score_row.addStretch(1)
        self.trend_button = QPushButton(self.tr("Score trend…"))
        self.trend_button.setObjectName("review_trend")
        self.trend_button.setToolTip(self.tr("This person's score over the last 12 months"))
        self.trend_button.clicked.connect(
            lambda: self.detail is not None and self.trend_requested.emit(self.detail.row.employee_id))
        score_row.addWidget(self.trend_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.grid_box)
        layout.addLayout(score_row)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.clear()

    def clear(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Choose a person."))
        self._clear_grid()
        for w in (self.comment, self.interview, self.plan, self.save_button, self.submit_button, self.trend_button):
            w.setEnabled(False)
        self.final_label.setText("")
        self.grade_label.setText("")
        self.explain.setText("")

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        self.weighted_labels = []

    def load(self, appraisal_id: int) -> None:
        self.message.setText("")
        try:
            with self.ctx.factory() as s:
                self.detail = ap.get_appraisal(s, actor=self.ctx.actor, appraisal_id=appraisal_id)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self.clear()
            self.message.setText(describe(exc))
            return
        d = self.detail
        if d.locked:
            self.mode = "view"
        elif d.may_review:
            self.mode = "review"
        elif d.may_self_assess:
            self.mode = "self"
        else:
            self.mode = "view"
        self.title.setText(self.tr("%1 (%2) · %3 · %4").replace("%1", d.row.name).replace("%2", d.row.employee_no)
                           .replace("%3", d.cycle.period).replace("%4", state_label(d.row.state)))
        self._build_grid()
        self.trend_button.setEnabled(True)
        self.comment_label.setText(self.tr("My comment") if self.mode == "self" else self.tr("Supervisor's comment"))
        self.comment.setPlainText(d.self_comment if self.mode == "self" else d.supervisor_comment)
        self.interview.setPlainText(d.interview_notes)
        self.plan.setPlainText(d.improvement_plan)
        editable = self.mode in ("self", "review")
        self.comment.setEnabled(editable)
        self.interview.setEnabled(self.mode == "review")
        self.plan.setEnabled(self.mode == "review")
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        if d.locked:
            self.message.setText(self.tr("This appraisal is finalised and locked; only the owner can reopen it."))
        self.update_live()

    def _build_grid(self) -> None:
        self._clear_grid()
        d = self.detail
        headers = (self.tr("Indicator"), self.tr("Weight"), self.tr("Target"), self.tr("Actual"), self.tr("Self"),
                   self.tr("Supervisor"), self.tr("Score"), self.tr("Weighted"))
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)
        for row, line in enumerate(d.scores, start=1):
            self.grid.addWidget(QLabel(line.name), row, 0)
            self.grid.addWidget(QLabel(f"{line.weight:g}"), row, 1)
            self.grid.addWidget(QLabel("" if line.target is None else f"{line.target:g}"), row, 2)
            self.grid.addWidget(QLabel("" if line.actual is None else f"{line.actual:g}"), row, 3)
            for col, who, value in ((4, "self", line.self_score), (5, "supervisor", line.supervisor_score)):
                if not line.rated:
                    continue
                mine = (who == "self" and self.mode == "self") or (who == "supervisor" and self.mode == "review")
                if mine:
                    spin = QDoubleSpinBox()
                    spin.setObjectName(f"{who}_score_{row}")
                    spin.setRange(-1, 100)
                    spin.setSpecialValueText("—")
                    spin.setDecimals(1)
                    spin.setValue(float(value) if value is not None else -1)
                    spin.valueChanged.connect(self.update_live)
                    self.spins[line.id] = spin
                    self.grid.addWidget(spin, row, col)
                else:
                    self.grid.addWidget(QLabel(score_text(value)), row, col)
            score = QLabel(score_text(line.computed_score))
            score.setObjectName(f"indicator_score_{row}")
            self.grid.addWidget(score, row, 6)
            weighted = QLabel()
            weighted.setObjectName(f"weighted_score_{row}")
            self.weighted_labels.append(weighted)
            self.grid.addWidget(weighted, row, 7)
        self.rescaled = QLabel()
        self.rescaled.setObjectName("rescaled_note")
        self.rescaled.setWordWrap(True)
        self.grid.addWidget(self.rescaled, len(d.scores) + 1, 0, 1, len(headers))

    def _values(self) -> dict[int, float | None]:
        return {sid: (None if spin.value() < 0 else spin.value()) for sid, spin in self.spins.items()}

    def update_live(self) -> None:
        if self.detail is None:
            return
        who = "self" if self.mode == "self" else "supervisor"
        overrides = {sid: {who: v} for sid, v in self._values().items()}
        try:
            with self.ctx.factory() as s:
                result = comp.result_lines(s, actor=self.ctx.actor, appraisal_id=self.detail.row.id,
                                           overrides=overrides)
        except Exception as exc:  # noqa: BLE001
            self.explain.setText(describe(exc))
            return
        if result.score is None:
            self.final_label.setText(self.tr("not complete"))
            self.grade_label.setText("")
        else:
            shown = counted_score(result.score, self.detail.row.calibrated_score) if self.detail.locked \
                else result.score
            self.final_label.setText(score_text(shown))
            self.grade_label.setText(grade_label(self.detail.row.effective_grade if self.detail.locked
                                                 else result.grade.value))
        weighted = self._weighted(result)
        lang = _language()
        for index, label in enumerate(self.weighted_labels):
            cell = weighted_cell(weighted, index, lang)
            label.setText(cell if isinstance(cell, str) else score_text(cell))
        sentence = rescaled_sentence(weighted, lang)
        self.rescaled.setText(sentence)
        self.rescaled.setVisible(bool(sentence))
        lines = [render(e, lang) for e in result.explanations if not (sentence and e.code in RESCALED_CODES)]
        self.explain.setText("; ".join([sentence, *lines] if sentence else lines))

    def _weighted(self, result: FinalResult) -> WeightedLines:
        """The weighted score of each row (in the grid's order) from the live result, as the sheets print them."""
        by_name = {r.key: r for r in result.indicators}
        scores = [by_name.get(line.name) for line in self.detail.scores]
        return weighted_lines(((line.weight, r.display_score if r is not None and r.status is Status.SCORED else None)
                               for line, r in zip(self.detail.scores, scores, strict=True)),
                              None if result.weighted is None else round_score(result.weighted))

    def save(self, submit: bool) -> None:
        if self.detail is None:
            return
        values = self._values()
        try:
            with self.ctx.factory.begin() as s:
                if self.mode == "self":
                    ap.submit_self_assessment(s, actor=self.ctx.actor, appraisal_id=self.detail.row.id, scores=values,
                                              comment=self.comment.toPlainText(), submit=submit,
                                              version=self.detail.row.version)
                else:
                    ap.save_review(s, actor=self.ctx.actor, appraisal_id=self.detail.row.id, scores=values,
                                   comment=self.comment.toPlainText(), interview_notes=self.interview.toPlainText(),
                                   improvement_plan=self.plan.toPlainText(), submit=submit,
                                   version=self.detail.row.version)
        except ConflictError as exc:  # saved elsewhere since it was shown: theirs is loaded, then who and when
            self.load(self.detail.row.id)
            self.message.setText(describe(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown inline
            self.message.setText(describe(exc))
            return
        self.load(self.detail.row.id)
        self.message.setText(self.tr("Saved."))
        self.saved.emit()
