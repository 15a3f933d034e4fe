"""The flow view of a board: lead time, cycle time and throughput figures with a cumulative-flow and a
throughput chart (matplotlib, imported when the view opens), savable as PNG."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain import clock
from shopteam.services.boards import flow
from shopteam.ui.widgets.export import ask_save_path

DIR_KEY = "boards/chart_dir"


def days_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class FlowDialog(QDialog):
    def __init__(self, ctx, board_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from shopteam.reports.fonts import configure_matplotlib

        configure_matplotlib()
        self.ctx = ctx
        self.board_id = board_id
        self.setWindowTitle(self.tr("Flow"))
        self.resize(900, 720)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(12)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.valueChanged.connect(self.refresh)
        self.figures = QLabel()
        self.figures.setObjectName("flow_figures")
        self.figures.setStyleSheet("font-size: 14px;")
        self.figure = Figure(figsize=(8, 6), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        save = QPushButton(self.tr("Save as PNG…"))
        save.clicked.connect(self.save_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.weeks)
        top.addWidget(self.figures, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(save)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self, *_args) -> None:
        from shopteam.reports.flow_chart import FlowLabels, draw_flow

        today = clock.today()
        with self.ctx.factory() as session:
            self.summary = flow.flow_summary(session, board_id=self.board_id, weeks=self.weeks.value(), today=today)
            cfd = flow.cumulative_flow(session, board_id=self.board_id, start=self.summary.start, end=today)
        weeks = max(1, len(self.summary.throughput_per_week))
        self.figures.setText(
            self.tr("Done: %1 · lead time (median) %2 days · cycle time (median) %3 days · throughput %4 per week")
            .replace("%1", str(self.summary.cards_done))
            .replace("%2", days_text(self.summary.lead_time_days_median))
            .replace("%3", days_text(self.summary.cycle_time_days_median))
            .replace("%4", f"{self.summary.cards_done / weeks:.1f}"))
        draw_flow(self.figure, cfd, self.summary, FlowLabels(
            cfd_title=self.tr("Cumulative flow"), cards=self.tr("Cards"),
            throughput_title=self.tr("Throughput per week"), week=self.tr("Week starting")))
        self.canvas.draw_idle()

    def save_png(self, path: str) -> str:
        self.figure.savefig(path, dpi=150)
        return path

    def save_clicked(self) -> None:
        name = self.tr("flow-%1.png").replace("%1", clock.today().strftime("%Y%m%d"))
        path = ask_save_path(self, title=self.tr("Save as PNG"), name=name, pattern=self.tr("PNG image (*.png)"),
                             settings_key=DIR_KEY, suffix=".png")
        if path:
            self.save_png(path)
