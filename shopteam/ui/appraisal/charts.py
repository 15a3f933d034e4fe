"""The appraisal charts on screen: a cycle's grade distribution against the forced limits (owner and
managers) and one person's score over the last 12 months (staff: their own only). matplotlib is imported
when the dialog opens; the figures are drawn by ``reports.appraisal_charts`` and can be saved as PNG."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.permissions import APPRAISAL_SCORE, can
from shopteam.ui.appraisal.models import grade_label
from shopteam.ui.context import AppContext
from shopteam.ui.messages import ERROR_STYLE, describe
from shopteam.ui.widgets.export import ask_save_path

DIR_KEY = "appraisal/chart_dir"
GRADES = ("excellent", "good", "pass", "fail")


class AppraisalChartsDialog(QDialog):
    """Tabs "Grade distribution" (not for staff) and "Score trend" for ``cycle``; ``employee_id`` is the person
    whose trend is shown first (the trend ends with the cycle's month)."""

    def __init__(self, ctx: AppContext, cycle: ap.CycleView, employee_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from shopteam.reports.appraisal_charts import new_figure
        from shopteam.reports.fonts import configure_matplotlib

        configure_matplotlib()
        self.ctx = ctx
        self.cycle = cycle
        self.setWindowTitle(self.tr("Appraisal charts · %1").replace("%1", cycle.period))
        self.resize(860, 600)
        self.tabs = QTabWidget()
        self.admin = can(ctx.actor, APPRAISAL_SCORE)

        self.grade_figure = new_figure(8, 4.8)
        self.grade_canvas = FigureCanvasQTAgg(self.grade_figure)
        self.grade_message = QLabel()
        self.grade_message.setObjectName("grade_chart_message")
        self.grade_message.setWordWrap(True)
        grades = QWidget()
        grades_layout = QVBoxLayout(grades)
        grades_layout.addWidget(self.grade_message)
        grades_layout.addWidget(self.grade_canvas, 1)
        self.grade_tab = grades
        if self.admin:
            self.tabs.addTab(grades, self.tr("Grade distribution"))
        else:
            grades.hide()

        self.person = QComboBox()
        self.person.setObjectName("trend_person")
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(16)
        self.trend_figure = new_figure(8, 4.8)
        self.trend_canvas = FigureCanvasQTAgg(self.trend_figure)
        self.trend_message = QLabel()
        self.trend_message.setObjectName("trend_chart_message")
        self.trend_message.setWordWrap(True)
        self.trend_message.setStyleSheet(ERROR_STYLE)
        trend = QWidget()
        trend_layout = QVBoxLayout(trend)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Person")))
        pick.addWidget(self.person)
        pick.addStretch(1)
        trend_layout.addLayout(pick)
        trend_layout.addWidget(self.trend_message)
        trend_layout.addWidget(self.trend_canvas, 1)
        self.trend_tab = trend
        self.tabs.addTab(trend, self.tr("Score trend"))

        save = QPushButton(self.tr("Save as PNG…"))
        save.setObjectName("save_chart")
        save.clicked.connect(self.save_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(save)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._fill_people(employee_id)
        self.person.currentIndexChanged.connect(self.draw_trend)
        if self.admin:
            self.draw_grades()
        self.draw_trend()

    # ---------------------------------------------------------------------------------------------
    def _fill_people(self, employee_id: int | None) -> None:
        with self.ctx.factory() as s:
            rows = ap.list_appraisals(s, actor=self.ctx.actor, cycle_id=self.cycle.id)
        for r in rows:
            self.person.addItem(f"{r.employee_no} {r.name}", r.employee_id)
        wanted = employee_id if employee_id is not None else self.ctx.actor.employee_id
        index = self.person.findData(wanted)
        if index >= 0:
            self.person.setCurrentIndex(index)

    def show_trend_tab(self) -> None:
        self.tabs.setCurrentWidget(self.trend_tab)

    def draw_grades(self) -> None:
        from shopteam.reports.appraisal_charts import GradeChartLabels, draw_grade_distribution

        try:
            with self.ctx.factory() as s:
                view = comp.calibration_view(s, actor=self.ctx.actor, cycle_id=self.cycle.id)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self.grade_message.setText(describe(exc))
            self.grade_figure.clear()
            self.grade_canvas.draw_idle()
            return
        people = sum(view.counts.values())
        self.counts = dict(view.counts)
        labels = GradeChartLabels(
            title=self.tr("Grades of %1 (%n people)", "", people).replace("%1", self.cycle.period),
            people=self.tr("People"), grades={g: grade_label(g) for g in GRADES},
            limit=self.tr("limit %1 (%2 %)"), over=self.tr("over the forced limit"))
        draw_grade_distribution(self.grade_figure, view.counts, labels, view.allowed, view.limits)
        over = sum(len(e.over) for e in view.excess)
        self.grade_message.setText(
            self.tr("Red: more people than the forced distribution allows (%n over).", "", over) if over
            else self.tr("The distribution is within the forced limits."))
        self.grade_canvas.draw_idle()

    def draw_trend(self, *_args) -> None:
        from shopteam.reports.appraisal_charts import TrendChartLabels, draw_score_trend

        employee_id = self.person.currentData()
        self.trend = []
        if employee_id is None:
            self._trend_note(self.tr("Nobody to show."))
            self.trend_figure.clear()
            self.trend_canvas.draw_idle()
            return
        try:
            with self.ctx.factory() as s:
                self.trend = comp.score_trend(s, actor=self.ctx.actor, employee_id=employee_id,
                                              year=self.cycle.year, month=self.cycle.month)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self._trend_note(describe(exc))
            self.trend_figure.clear()
            self.trend_canvas.draw_idle()
            return
        self._trend_note("")
        labels = TrendChartLabels(
            title=self.tr("%1: score over the 12 months to %2").replace("%1", self.person.currentText())
            .replace("%2", self.cycle.period),
            score=self.tr("Score"), month=self.tr("Month"), empty=self.tr("No appraisal in these months."))
        draw_score_trend(self.trend_figure, self.trend, labels)
        self.trend_canvas.draw_idle()

    def _trend_note(self, text: str) -> None:
        self.trend_message.setText(text)
        self.trend_message.setVisible(bool(text))

    def current_figure(self):
        return self.grade_figure if self.tabs.currentWidget() is self.grade_tab else self.trend_figure

    def save_png(self, path: str) -> str:
        from shopteam.reports.appraisal_charts import save_png

        return save_png(self.current_figure(), path)

    def save_clicked(self) -> None:
        if self.tabs.currentWidget() is self.grade_tab:
            name = self.tr("grades-%1.png").replace("%1", self.cycle.period)
        else:
            name = self.tr("score-trend-%1.png").replace("%1", self.person.currentText().replace(" ", "-"))
        path = ask_save_path(self, title=self.tr("Save as PNG"), name=name, pattern=self.tr("PNG image (*.png)"),
                             settings_key=DIR_KEY, suffix=".png")
        if path:
            self.save_png(path)
