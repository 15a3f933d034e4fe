"""The org chart page: who reports to whom, drawn as boxes (name / role / department).

Export as PNG renders the whole chart at twice the screen scale; Print… fits it on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopteam.domain.errors import ShopTeamError
from shopteam.services import org
from shopteam.services.org import OrgNode
from shopteam.ui.context import AppContext
from shopteam.ui.org.chart_layout import BOX_H, BOX_W, layout_chart
from shopteam.ui.org.common import ErrorLabel, read
from shopteam.ui.widgets.export import ask_save_path

DIR_KEY = "org/chart_dir"

MARGIN = 24.0
EXPORT_SCALE = 2.0
BOX_FILL = QColor("#eef4fb")
BOX_BORDER = QColor("#4a7ab5")
HEAD_FILL = QColor("#dbe8f7")
LINE_COLOUR = QColor("#7a8ca3")


class PersonBox(QGraphicsItem):
    """One person: bold name, role, department; elided to the box."""

    def __init__(self, node: OrgNode, x: float, y: float) -> None:
        super().__init__()
        self.node = node
        self.setPos(x, y)
        tip = f"{node.name} ({node.employee_no})"
        if node.children:
            reports = len(node.children)  # a plain name: lupdate skips translate() whose n is an expression
            tip += "\n" + QCoreApplication.translate("OrgChartPage", "%n direct reports", None, reports)
        self.setToolTip(tip)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BOX_W, BOX_H)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.5, 0.5, BOX_W - 1, BOX_H - 1), 6, 6)
        painter.fillPath(path, HEAD_FILL if self.node.children else BOX_FILL)
        painter.setPen(QPen(BOX_BORDER, 1.2))
        painter.drawPath(path)
        base = QFont(painter.font())
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.9))
        lines = [(bold, self.node.name, QColor("#1d2b3a")), (small, self.node.role, QColor("#2f4f73")),
                 (small, self.node.department, QColor("#5b6b7c"))]
        y = 5.0
        for font, text, colour in lines:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(BOX_W - 12))
            painter.drawText(QRectF(6, y, BOX_W - 12, metrics.height()), Qt.AlignmentFlag.AlignHCenter, shown)
            y += metrics.height() + 1
        painter.setFont(base)


class ChartView(QGraphicsView):
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)


class OrgChartPage(QWidget):
    # The tables it shows: a commit that writes one reloads it (main_window).
    shows = frozenset({"employee", "department", "role", "role_assignment"})
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.roots: list[OrgNode] = []
        self._first_fit_done = False
        self.scene = QGraphicsScene(self)
        self.scene.setBackgroundBrush(Qt.GlobalColor.white)
        self.view = ChartView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.fit_button = QPushButton(self.tr("&Fit"))
        self.actual_button = QPushButton(self.tr("&100%"))
        self.export_button = QPushButton(self.tr("Export as &PNG…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.zoom_in_button.clicked.connect(lambda: self.view.scale(1.25, 1.25))
        self.zoom_out_button.clicked.connect(lambda: self.view.scale(0.8, 0.8))
        self.fit_button.clicked.connect(self.fit)
        self.actual_button.clicked.connect(self.view.resetTransform)
        self.export_button.clicked.connect(self.export_png)
        self.print_button.clicked.connect(self.print_chart)
        self.summary = QLabel()
        self.error_label = ErrorLabel()
        self.status_label = QLabel()

        bar = QHBoxLayout()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.actual_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

    def refresh(self) -> None:
        try:
            self.roots = read(self.ctx, lambda s: org.org_chart(s, actor=self.ctx.actor))
        except ShopTeamError as error:
            self.roots = []
            self.error_label.show_error(error)
        else:
            self.error_label.clear_error()
        self.scene.clear()
        chart = layout_chart(self.roots)
        pen = QPen(LINE_COLOUR, 1.2)
        for x1, y1, x2, y2 in chart.lines:
            self.scene.addLine(x1, y1, x2, y2, pen)
        for box in chart.boxes:
            self.scene.addItem(PersonBox(box.node, box.x, box.y))
        self.scene.setSceneRect(QRectF(-MARGIN, -MARGIN, chart.width + 2 * MARGIN, chart.height + 2 * MARGIN))
        people = sum(r.count() for r in self.roots)
        self.summary.setText(self.tr("%n people", "", people))
        self.export_button.setEnabled(people > 0)
        self.print_button.setEnabled(people > 0)
        if people == 0:
            self.status_label.setText(self.tr("No staff yet. Set each person's manager (reports to) in the staff "
                                              "form to build the chart."))
        if not self._first_fit_done and self.isVisible():
            QTimer.singleShot(0, self._fit_first)

    def boxes(self) -> list[PersonBox]:
        return [item for item in self.scene.items() if isinstance(item, PersonBox)]

    def fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._first_fit_done:
            QTimer.singleShot(0, self._fit_first)  # once the view has its final size

    def _fit_first(self) -> None:
        """On the first showing the whole chart is in view: shrunk to fit when bigger, never enlarged past 100%."""
        if self._first_fit_done or not self.boxes() or not self.view.isVisible():
            return
        self._first_fit_done = True
        self.fit()
        if self.view.transform().m11() > 1:
            self.view.resetTransform()

    def render_image(self, scale: float = EXPORT_SCALE) -> QImage:
        rect = self.scene.sceneRect()
        size = QSize(max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect)
        painter.end()
        return image

    def export_png(self) -> None:
        path = ask_save_path(self, title=self.tr("Export org chart"), name=self.tr("org-chart.png"),
                             pattern=self.tr("PNG images (*.png)"), settings_key=DIR_KEY, suffix=".png")
        if not path:
            return
        if self.render_image().save(path, "PNG"):
            self.error_label.clear_error()
            self.status_label.setText(self.tr("Saved %1").replace("%1", path))
        else:
            self.error_label.show_error(self.tr("The image could not be saved to %1.").replace("%1", path))

    def print_chart(self) -> None:
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.tr("Org chart"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print org chart"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.paint_on(printer)
        self.status_label.setText(self.tr("Sent to the printer."))

    def paint_on(self, device) -> None:
        """Draw the whole chart on a printer (or any paint device), fitted to its page with a title."""
        painter = QPainter()
        if not painter.begin(device):
            self.error_label.show_error(self.tr("The printer could not be started."))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(painter.viewport())  # the printable area, in device pixels
        title = self.tr("%1 — org chart").replace("%1", self.ctx.shop_name) if self.ctx.shop_name \
            else self.tr("Org chart")
        font = QFont(painter.font())
        font.setPointSizeF(14)
        font.setBold(True)
        painter.setFont(font)
        title_h = QFontMetrics(font, device).height() * 1.6
        painter.drawText(QRectF(page.left(), page.top(), page.width(), title_h), Qt.AlignmentFlag.AlignCenter, title)
        target = QRectF(page.left(), page.top() + title_h, page.width(), page.height() - title_h)
        self.scene.render(painter, target, self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
