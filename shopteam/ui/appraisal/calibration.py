"""Calibration (绩效校准): everyone of the cycle ranked by the score that counts, the grade distribution against
the forced one (count / allowed per grade, the people over a limit in red), and adjusting the selected
person's score with a required reason. The owner and managers only; read-only once the cycle is finalised."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.ui.appraisal.models import GRADES, grade_label, score_text, state_label, tr
from shopteam.ui.context import AppContext
from shopteam.ui.messages import describe
from shopteam.ui.widgets.rows_model import RowsTableModel

OVER_TEXT = QColor("#b00020")
OVER_BACKGROUND = QColor("#fdecea")
GRADE_ORDER = ("excellent", "good", "pass", "fail")


class CalibrationModel(RowsTableModel):
    """The ranked rows of ``appraisal_compute.calibration_view``; UserRole is the appraisal id."""

    COLUMNS = (QT_TRANSLATE_NOOP("Appraisal", "Rank"), QT_TRANSLATE_NOOP("Appraisal", "Employee no."),
               QT_TRANSLATE_NOOP("Appraisal", "Name"), QT_TRANSLATE_NOOP("Appraisal", "Department"),
               QT_TRANSLATE_NOOP("Appraisal", "Computed score"), QT_TRANSLATE_NOOP("Appraisal", "Grade"),
               QT_TRANSLATE_NOOP("Appraisal", "Calibrated score"),
               QT_TRANSLATE_NOOP("Appraisal", "Calibrated grade"), QT_TRANSLATE_NOOP("Appraisal", "Reason"))
    NUMERIC = (0, 4, 6)

    def __init__(self, parent=None) -> None:
        super().__init__([tr(c) for c in self.COLUMNS], parent)
        self.rows: list[comp.CalibrationRow] = []

    def row_of(self, appraisal_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.appraisal_id == appraisal_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = ("—" if r.score is None else str(r.rank), r.employee_no, r.name, r.department,
                      score_text(r.final_score), grade_label(r.grade), score_text(r.calibrated_score),
                      grade_label(r.calibrated_grade), r.reason)
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.over_limit:
            return OVER_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and r.over_limit:
            return OVER_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and r.over_limit:
            return QCoreApplication.translate(
                "Appraisal", "Over the forced limit for %1: adjust the score or accept the excess.").replace(
                "%1", grade_label(r.effective_grade))
        if role == Qt.ItemDataRole.UserRole:
            return r.appraisal_id
        return None


class CalibrationDialog(QDialog):
    """Opened from the Appraisal page for one cycle; ``adjusted`` after each saved adjustment."""

    adjusted = Signal()

    def __init__(self, ctx: AppContext, cycle: ap.CycleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle = cycle
        self.view: comp.CalibrationView | None = None
        self.setWindowTitle(self.tr("Calibration · %1").replace("%1", cycle.period))
        self.resize(1060, 640)
        self.heading = QLabel()
        self.heading.setObjectName("calibration_heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.grade_labels: dict[str, QLabel] = {}
        distribution = QHBoxLayout()
        distribution.addWidget(QLabel(self.tr("Distribution (count / allowed):")))
        for grade in GRADE_ORDER:
            label = QLabel()
            label.setObjectName(f"calibration_count_{grade}")
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setContentsMargins(8, 3, 8, 3)
            self.grade_labels[grade] = label
            distribution.addWidget(label)
        distribution.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("calibration_summary")
        self.summary.setWordWrap(True)
        self.model = CalibrationModel(self)
        self.table = QTableView()
        self.table.setObjectName("calibration_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.person = QLabel(self.tr("Choose a person in the table."))
        self.person.setObjectName("calibration_person")
        self.score = QDoubleSpinBox()
        self.score.setObjectName("calibration_score")
        self.score.setRange(0, 100)
        self.score.setDecimals(2)
        self.score.setSingleStep(0.5)
        self.reason = QLineEdit()
        self.reason.setObjectName("calibration_reason")
        self.reason.setPlaceholderText(self.tr("Why is the score adjusted? (required)"))
        self.adjust_button = QPushButton(self.tr("Adjust"))
        self.adjust_button.setObjectName("calibration_adjust")
        self.adjust_button.setDefault(True)
        self.adjust_button.clicked.connect(self.adjust)
        self.reason.returnPressed.connect(self.adjust)
        box = QGroupBox(self.tr("Adjust the selected person's score"))
        row = QHBoxLayout(box)
        row.addWidget(self.person)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Calibrated score")))
        row.addWidget(self.score)
        row.addWidget(QLabel(self.tr("Reason")))
        row.addWidget(self.reason, 1)
        row.addWidget(self.adjust_button)
        self.adjust_box = box
        self.message = QLabel()
        self.message.setObjectName("calibration_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(distribution)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.reload()

    # ---------------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.cycle.locked

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def reload(self, select: int | None = None) -> None:
        """Read the ranking again (after an adjustment) and select ``select`` (an appraisal id) if given."""
        try:
            with self.ctx.factory() as s:
                self.cycle = ap.find_cycle(s, year=self.cycle.year, month=self.cycle.month) or self.cycle
                self.view = comp.calibration_view(s, actor=self.ctx.actor, cycle_id=self.cycle.id)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self.view = None
            self.model.set_rows([])
            self._set_adjustable(False)
            self._say(describe(exc), error=True)
            return
        self.heading.setText(self.tr("%1 · %2 · %n people ranked by score", "", len(self.view.rows))
                             .replace("%1", self.cycle.period).replace("%2", state_label(self.cycle.state)))
        self._show_distribution()
        self.model.set_rows(self.view.rows)
        if select is None or not self.select_appraisal(select):
            self._set_adjustable(False)
            self.person.setText(self.tr("Choose a person in the table."))
        if self.locked:
            self._say(self.tr("The cycle is finalised: the ranking is shown, scores can no longer be adjusted."),
                      error=True)

    def _show_distribution(self) -> None:
        view = self.view
        over_grades = {e.grade.value for e in view.excess}
        for grade, label in self.grade_labels.items():
            count = view.counts.get(grade, 0)
            limit = view.limits.get(grade)
            if limit is None:
                text = self.tr("%1: %2 (no limit)").replace("%1", grade_label(grade)).replace("%2", str(count))
            else:
                text = (self.tr("%1: %2 / %3 (limit %4 %)").replace("%1", grade_label(grade))
                        .replace("%2", str(count)).replace("%3", str(view.allowed.get(grade, 0)))
                        .replace("%4", f"{float(limit):g}"))
            label.setText(text)
            label.setStyleSheet("color: #b00020; font-weight: bold;" if grade in over_grades else "")
        over = sum(len(e.over) for e in view.excess)
        if over:
            text = self.tr("%n person(s) over the forced distribution, in red: lower a score or accept it.", "", over)
            self.summary.setText(text)
            self.summary.setStyleSheet("color: #b00020;")
        else:
            self.summary.setText(self.tr("The distribution is within the forced limits."))
            self.summary.setStyleSheet("")

    def select_appraisal(self, appraisal_id: int) -> bool:
        row = self.model.row_of(appraisal_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._selected(self.model.index(row, 0), None)
        return True

    def select_person(self, employee_no: str) -> bool:
        row = next((i for i, r in enumerate(self.model.rows) if r.employee_no == employee_no), -1)
        return row >= 0 and self.select_appraisal(self.model.rows[row].appraisal_id)

    def current_row(self) -> comp.CalibrationRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _set_adjustable(self, on: bool) -> None:
        for w in (self.score, self.reason, self.adjust_button):
            w.setEnabled(on and not self.locked)

    def _selected(self, current, _previous) -> None:
        r = self.current_row() if current is not None and current.isValid() else None
        if r is None:
            return
        self.person.setText(self.tr("%1 (%2), rank %3").replace("%1", r.name).replace("%2", r.employee_no)
                            .replace("%3", str(r.rank) if r.score is not None else "—"))
        self.score.setValue(float(r.score) if r.score is not None else 0.0)
        self.reason.clear()
        self._set_adjustable(r.score is not None)

    def adjust(self) -> None:
        """Record the calibrated score with its reason (the service refuses a missing reason or a locked
        cycle), then rank everyone again and keep the person selected."""
        r = self.current_row()
        if r is None:
            self._say(self.tr("Choose a person in the table."), error=True)
            return
        value = Decimal(str(round(self.score.value(), 2)))
        try:
            with self.ctx.factory.begin() as s:
                detail = ap.adjust(s, actor=self.ctx.actor, appraisal_id=r.appraisal_id, score=value,
                                   reason=self.reason.text())
        except Exception as exc:  # noqa: BLE001 - shown inline
            self._say(describe(exc), error=True)
            return
        self.reload(select=r.appraisal_id)
        now = self.current_row()
        self._say(self.tr("%1: %2 (%3), now rank %4.").replace("%1", detail.row.name)
                  .replace("%2", score_text(detail.row.calibrated_score))
                  .replace("%3", grade_label(detail.row.calibrated_grade))
                  .replace("%4", str(now.rank) if now is not None else "—"))
        self.adjusted.emit()


assert set(GRADE_ORDER) == set(GRADES)
