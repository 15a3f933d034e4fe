"""The shop's charts on screen (issue 14): headcount by department (roster and home), overtime by kind for
a department or all (attendance) and payout cost against sales (payout), over the 12 months to a month.
The figures come from services/dashboard/charts, the drawing from reports/shop_charts (matplotlib, imported
when a chart is first shown, its one CJK font rule in reports/fonts); "Save as PNG…" asks where through
the export helper (widgets/export.ask_save_path) and writes with reports/appraisal_charts.save_png."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.ui.messages import describe
from shopteam.ui.widgets.export import ERROR_STYLE, ask_save_path

DIR_KEY = "charts/png_dir"


class ChartPanel(QWidget):
    """A matplotlib canvas with a row of controls above it (``controls``) and "Save as PNG…" on that row;
    ``load(year, month)`` reads the figures and draws them (subclasses: ``fetch`` and ``draw``)."""

    name = "chart"

    def __init__(
        self, ctx, parent: QWidget | None = None, *, width: float = 8.0, height: float = 4.2
    ) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from shopteam.reports.appraisal_charts import new_figure
        from shopteam.reports.fonts import configure_matplotlib

        configure_matplotlib()
        self.ctx = ctx
        self.period: tuple[int, int] | None = None
        self.series = None
        self.figure = new_figure(width, height)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName(f"{self.name}_canvas")
        self.canvas.setMinimumHeight(240)
        self.save_button = QPushButton(QCoreApplication.translate("ShopCharts", "Save as PNG…"))
        self.save_button.setObjectName(f"{self.name}_save")
        self.save_button.clicked.connect(self.save_clicked)
        self.message = QLabel()
        self.message.setObjectName(f"{self.name}_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.addStretch(1)
        self.controls.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.message)

    def load(self, year: int | None = None, month: int | None = None) -> None:
        if year is None or month is None:
            today = clock.today()
            year, month = today.year, today.month
        self.period = (year, month)
        try:
            with self.ctx.factory() as session:
                series = self.fetch(session, year, month)
        except Exception as exc:  # noqa: BLE001 - shown under the chart
            self.series = None
            self.figure.clear()
            self.canvas.draw_idle()
            self._say(describe(exc), error=True)
            return
        self.show_series(series)

    def show_series(self, series) -> None:
        self.series = series
        self._say("")
        self.draw()
        self.canvas.draw_idle()

    def fetch(self, session, year: int, month: int):  # pragma: no cover - every chart has its own
        raise NotImplementedError

    def draw(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def file_name(self) -> str:
        year, month = self.period or (clock.today().year, clock.today().month)
        return f"{self.name}-{year}-{month:02d}.png"

    def save_png(self, path: str) -> str:
        from shopteam.reports.appraisal_charts import save_png

        return save_png(self.figure, path)

    def save_clicked(self) -> None:
        path = ask_save_path(
            self,
            title=QCoreApplication.translate("ShopCharts", "Save as PNG"),
            name=self.file_name(),
            pattern=QCoreApplication.translate("ShopCharts", "PNG image (*.png)"),
            settings_key=DIR_KEY,
            suffix=".png",
        )
        if not path:
            return
        try:
            self.save_png(path)
        except OSError as exc:
            self._say(describe(exc), error=True)
            return
        self._say(QCoreApplication.translate("ShopCharts", "Saved %1").replace("%1", path))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        self.message.setVisible(bool(text))


class HeadcountChart(ChartPanel):
    name = "headcount_chart"

    def fetch(self, session, year, month):
        from shopteam.services.dashboard.charts import headcount_by_department

        return headcount_by_department(session, actor=self.ctx.actor, year=year, month=month)

    def draw(self) -> None:
        from shopteam.reports.shop_charts import HeadcountChartLabels, draw_headcount

        draw_headcount(
            self.figure,
            self.series,
            HeadcountChartLabels(
                title=QCoreApplication.translate("ShopCharts", "Headcount by department at each month end"),
                people=QCoreApplication.translate("ShopCharts", "People"),
                no_department=QCoreApplication.translate("ShopCharts", "No department"),
                empty=QCoreApplication.translate("ShopCharts", "Nobody was employed in these months."),
            ),
        )


class OvertimeChart(ChartPanel):
    """With a department choice: all departments (the default) or one."""

    name = "overtime_chart"

    def __init__(self, ctx, parent: QWidget | None = None, **kw) -> None:
        super().__init__(ctx, parent, **kw)
        self.department = QComboBox()
        self.department.setObjectName("overtime_chart_department")
        self.department.setMinimumContentsLength(12)
        self.department.addItem(QCoreApplication.translate("ShopCharts", "All departments"), None)
        self.department.currentIndexChanged.connect(self._department_changed)
        self.controls.insertWidget(0, QLabel(QCoreApplication.translate("ShopCharts", "Department")))
        self.controls.insertWidget(1, self.department)

    def fetch(self, session, year, month):
        from shopteam.services.dashboard.charts import overtime_by_department

        return overtime_by_department(session, actor=self.ctx.actor, year=year, month=month)

    def show_series(self, series) -> None:
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        while self.department.count() > 1:
            self.department.removeItem(1)
        for name in series.departments:
            self.department.addItem(name or QCoreApplication.translate("ShopCharts", "No department"), name)
        index = self.department.findData(chosen) if chosen is not None else 0
        self.department.setCurrentIndex(max(0, index))
        self.department.blockSignals(False)
        super().show_series(series)

    def _department_changed(self, _index: int) -> None:
        if self.series is not None:
            self.draw()
            self.canvas.draw_idle()

    def draw(self) -> None:
        from shopteam.reports.shop_charts import OvertimeChartLabels, draw_overtime

        department = self.department.currentData()
        shown = self.department.currentText()
        draw_overtime(
            self.figure,
            self.series.months,
            self.series.of(department),
            OvertimeChartLabels(
                title=QCoreApplication.translate(
                    "ShopCharts", "Approved overtime hours by kind · %1"
                ).replace("%1", shown),
                hours=QCoreApplication.translate("ShopCharts", "Hours"),
                kinds={
                    "workday": QCoreApplication.translate("ShopCharts", "Workday"),
                    "restday": QCoreApplication.translate("ShopCharts", "Rest day"),
                    "holiday": QCoreApplication.translate("ShopCharts", "Holiday"),
                },
                empty=QCoreApplication.translate("ShopCharts", "No approved overtime in these months."),
            ),
        )

    def file_name(self) -> str:
        name = super().file_name()
        department = self.department.currentData()
        return name if not department else name.replace(".png", f"-{department}.png")


class CostSalesChart(ChartPanel):
    name = "cost_sales_chart"

    def fetch(self, session, year, month):
        from shopteam.services.dashboard.charts import payout_cost_against_sales

        return payout_cost_against_sales(session, actor=self.ctx.actor, year=year, month=month)

    def draw(self) -> None:
        from shopteam.reports.shop_charts import CostSalesChartLabels, draw_cost_sales

        draw_cost_sales(
            self.figure,
            self.series,
            CostSalesChartLabels(
                title=QCoreApplication.translate("ShopCharts", "Payout cost against sales"),
                amount=QCoreApplication.translate("ShopCharts", "Amount (yuan)"),
                sales=QCoreApplication.translate("ShopCharts", "Sales (KPI figures)"),
                cost=QCoreApplication.translate("ShopCharts", "Payout cost (approved runs)"),
                ratio=QCoreApplication.translate("ShopCharts", "Cost as % of sales"),
                empty=QCoreApplication.translate(
                    "ShopCharts", "No sales and no approved payout in these months."
                ),
            ),
        )


class ChartDialog(QDialog):
    """One chart in a window of its own, opened from the screen it belongs to."""

    def __init__(self, chart: ChartPanel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 560)
        self.chart = chart
        close = QPushButton(QCoreApplication.translate("ShopCharts", "Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(chart, 1)
        layout.addLayout(bottom)


def open_chart(
    parent: QWidget, chart: ChartPanel, title: str, year: int | None = None, month: int | None = None
) -> ChartDialog:
    """Load ``chart`` for the 12 months to year-month and show it in a (modeless) dialog over ``parent``."""
    dialog = ChartDialog(chart, title, parent)
    chart.load(year, month)
    dialog.show()
    return dialog
