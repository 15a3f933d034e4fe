"""The printed monthly appraisal sheet (月度绩效考核表): one A4 page per person.

ONE builder for print preview, printing and PDF export: :func:`render_sheets` paints the sheets on any
paged paint device (``QPdfWriter`` for a PDF, the ``QPrinter`` a print dialog or ``QPrintPreviewDialog``
hands over). Each page is drawn directly with a ``QPainter`` (grid, labels, wrapped comment boxes; an HTML
``QTextDocument`` per page cost ~26 ms of layout, mostly CSS, so 500 pages took 24 s); Chinese text uses the
bundled CJK font, registered with ``QFontDatabase`` and embedded by Qt in the PDF. QtGui only (a
``QGuiApplication`` must exist), so the command line can print too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from shopteam.domain.appraisal_terms import SHEET_TERMS, language_key, rescaled_sentence, weighted_cell
from shopteam.domain.grading import WeightedLines, weighted_lines
from shopteam.domain.indicator_text import actual_text, target_text
from shopteam.reports.fonts import document_font
from shopteam.services.appraisal.cycles import AppraisalDetail

LAYOUT_DPI = 96.0  # the document is laid out in these units and scaled to the device

LABELS = {  # the sheet's shared words (domain/appraisal_terms) and this document's own
    "zh": {
        **SHEET_TERMS["zh"],
        "calibrated": "校准后", "interview": "绩效面谈记录", "plan": "改进计划",
        "employee_sign": "员工签字", "assessor_sign": "考核人签字", "date": "日期", "date_blank": "______年____月____日",
        "self_weight": "自评权重 {a}%，上级评分权重 {b}%", "page": "第 {n} / {total} 页",
    },
    "en": {
        **SHEET_TERMS["en"],
        "calibrated": "calibrated", "interview": "Performance interview notes",
        "plan": "Improvement plan", "employee_sign": "Employee", "assessor_sign": "Assessor", "date": "Date",
        "date_blank": "______-____-____", "self_weight": "Self {a}%, supervisor {b}%",
        "page": "Page {n} of {total}",
    },
}

def sheet_font() -> QFont:
    """The application's font with the best Chinese font behind it (reports/fonts.document_font)."""
    return document_font(10, "appraisal sheets")


def _num(value, places: int = 2) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float | int | Decimal):
        number = Decimal(str(value))
        if number == number.to_integral_value():
            return f"{number:,.0f}"
        text = f"{number:,.{places}f}".rstrip("0").rstrip(".")
        return text
    return str(value)


def _score(value) -> str:
    return "" if value is None else f"{Decimal(str(value)):.2f}"


def _target(line) -> str:
    return target_text(line)


def _actual(line) -> str:
    return actual_text(line)


# Drawn with QPainter in layout units (1/96 inch): laying out an HTML table per page took ~26 ms, drawing
# the same form directly takes a small fraction of that (500 pages in well under 3 s).
GRID = QColor("#000000")
HEAD_BG = QColor("#e8e8e8")
LABEL_BG = QColor("#f2f2f2")
FOOT = QColor("#555555")
PAD = 5.0
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TOP_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
SCORE_COLUMNS = (0.11, 0.23, 0.08, 0.11, 0.10, 0.08, 0.10, 0.09, 0.10)


class _Fonts:
    """The sheet's fonts in layout pixels (1/96 inch), so sizes do not depend on the device's resolution."""

    def __init__(self, base: QFont):
        def make(points: float, bold: bool = False) -> QFont:
            font = QFont(base)
            font.setPixelSize(round(points * LAYOUT_DPI / 72))
            font.setBold(bold)
            return font

        self.body, self.bold = make(10), make(10, True)
        self.title, self.sub, self.total, self.foot = make(18, True), make(9.5), make(11, True), make(7.5)
        self.sign = make(10.5)
        self.body_metrics = QFontMetricsF(self.body)


class _Canvas:
    """Collects one page (fills, cell borders, texts) and paints it with few painter calls: the fills and the
    grid as one ``drawRects`` each, then the texts (each text item costs the PDF engine the most)."""

    def __init__(self, painter: QPainter):
        self.painter = painter
        self.fills: dict[str, list[QRectF]] = {}
        self.rects: list[QRectF] = []
        self.texts: list[tuple[QRectF, int, str, QFont, QColor | None]] = []

    def rect(self, rect: QRectF, fill: QColor | None = None) -> None:
        if fill is not None:
            self.fills.setdefault(fill.name(), []).append(rect)
        self.rects.append(rect)

    def text(self, rect: QRectF, align: int, text: str, font: QFont, color: QColor | None = None) -> None:
        if text:
            self.texts.append((rect, align, text, font, color))

    def cell(self, rect: QRectF, text: str = "", font: QFont | None = None, align: int = LEFT,
             fill: QColor | None = None) -> None:
        if fill is not None:
            self.fills.setdefault(fill.name(), []).append(rect)
        self.rects.append(rect)
        if text and font is not None:
            self.texts.append((rect.adjusted(PAD, 2, -PAD, -2), align, text, font, None))

    def flush(self) -> None:
        painter = self.painter
        painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in self.fills.items():
            painter.setBrush(QColor(color))
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grid = QPen(GRID, 0.8)
        painter.setPen(grid)
        painter.drawRects(self.rects)
        current_font = current_color = None
        for rect, align, text, font, color in self.texts:
            if font is not current_font:
                painter.setFont(font)
                current_font = font
            if color is not current_color:
                painter.setPen(color or grid)
                current_color = color
            painter.drawText(rect, align, text)
        painter.setPen(grid)
        self.fills, self.rects, self.texts = {}, [], []


def _lines_needed(fonts: _Fonts, text: str, width: float) -> int:
    if not text:
        return 1
    return max(1, int(fonts.body_metrics.horizontalAdvance(text) // max(width - 2 * PAD, 1.0)) + 1)


def sheet_weighted(detail: AppraisalDetail) -> WeightedLines:
    """The sheet's weighted scores, in the order of ``detail.scores``, and how they make the subtotal."""
    return weighted_lines(((line.weight, line.computed_score) for line in detail.scores), detail.base_score)


def indicator_cells(detail: AppraisalDetail, lang: str = "zh") -> list[tuple[str, tuple[str, ...]]]:
    """(group, cells) per indicator in sheet order: name, weight, target, actual, self, supervisor, score,
    weighted score (不适用 / n.a. for an indicator left out of the weights)."""
    weighted = sheet_weighted(detail)
    rows = []
    for index, line in enumerate(detail.scores):
        cell = weighted_cell(weighted, index, lang)
        rows.append((line.group, (line.name, _num(line.weight), _target(line), _actual(line),
                                  _num(line.self_score) if line.rated else "",
                                  _num(line.supervisor_score) if line.rated else "", _score(line.computed_score),
                                  cell if isinstance(cell, str) else _score(cell))))
    return rows


def _sheet_texts(detail: AppraisalDetail, t: dict, lang: str) -> dict:
    row, cycle = detail.row, detail.cycle
    grade = row.effective_grade
    calibrated = ""
    if row.calibrated_score is not None:
        calibrated = (f"（{t['calibrated']}；{_score(row.final_score)} → {_score(row.calibrated_score)}："
                      f"{row.calibration_reason}）")
    return {"period": t["year_month"].format(y=cycle.year, m=cycle.month),
            "grade": t.get(grade, "") if grade else t["pending"],
            "score": _score(row.score) if row.score is not None else t["pending"],
            "rescaled": rescaled_sentence(sheet_weighted(detail), lang),
            "foot": t["self_weight"].format(a=detail.self_weight, b=100 - detail.self_weight) + calibrated}


def paint_sheet(canvas: _Canvas, fonts: _Fonts, size: QSizeF, detail: AppraisalDetail, lang: str = "zh") -> None:
    """Lay out one person's sheet in layout units on ``canvas`` (a page of ``size``)."""
    t = LABELS[language_key(lang)]
    row = detail.row
    texts = _sheet_texts(detail, t, lang)
    width = size.width()
    cell = canvas.cell
    y = 0.0
    canvas.text(QRectF(0, y, width, 32), CENTER, t["title"], fonts.title)
    y += 32
    canvas.text(QRectF(0, y, width, 20), CENTER,
                f"{t['shop']}：{detail.shop_name}\u3000\u3000{t['period']}：{texts['period']}", fonts.sub)
    y += 26

    # who: two rows of label / value pairs
    widths = [w * width for w in (0.13, 0.20, 0.13, 0.20, 0.13, 0.21)]
    info = ((t["name"], row.name, t["no"], row.employee_no, t["department"], row.department),
            (t["role"], row.role, t["scheme"], row.scheme, t["period"], texts["period"]))
    for values in info:
        x = 0.0
        for i, (w, text) in enumerate(zip(widths, values, strict=True)):
            label = i % 2 == 0
            cell(QRectF(x, y, w, 26), text, fonts.bold if label else fonts.body, fill=LABEL_BG if label else None)
            x += w
        y += 26
    y += 12

    # the indicators
    cols = [w * width for w in SCORE_COLUMNS]
    xs = [sum(cols[:i]) for i in range(len(cols) + 1)]
    heads = ("group", "indicator", "weight", "target", "actual", "self", "supervisor", "score", "weighted")
    for i, key in enumerate(heads):
        cell(QRectF(xs[i], y, cols[i], 26), t[key], fonts.bold, CENTER, HEAD_BG)
    y += 26
    groups: dict[str, list[tuple[str, ...]]] = {}
    for group, cells in indicator_cells(detail, lang):
        groups.setdefault(group, []).append(cells)
    wrap_center = CENTER | int(Qt.TextFlag.TextWordWrap)
    wrap_left = LEFT | int(Qt.TextFlag.TextWordWrap)
    for group in ("results", "ability", "attitude"):
        lines = groups.get(group, [])
        if not lines:
            continue
        top = y
        for cells in lines:
            height = 26.0 + 15.0 * (max(_lines_needed(fonts, cells[0], cols[1]),
                                        _lines_needed(fonts, cells[2], cols[3])) - 1)
            for i, text in enumerate(cells, start=1):
                align = RIGHT if i >= 7 else (wrap_left if i == 1 else wrap_center)
                cell(QRectF(xs[i], y, cols[i], height), text, fonts.body, align)
            y += height
        cell(QRectF(0, top, cols[0], y - top), t[group], fonts.body, CENTER)

    label_w = xs[8]
    for key, value in (("subtotal", _score(detail.base_score)), ("points", _score(detail.points or 0))):
        cell(QRectF(0, y, label_w, 26), t[key], fonts.bold, fill=LABEL_BG)
        cell(QRectF(label_w, y, cols[8], 26), value, fonts.body, RIGHT)
        y += 26
        if key == "subtotal" and texts["rescaled"]:
            cell(QRectF(0, y, width, 24), texts["rescaled"], fonts.body, LEFT)
            y += 24
    cell(QRectF(0, y, xs[3], 32), t["total"], fonts.total, fill=LABEL_BG)
    cell(QRectF(xs[3], y, xs[5] - xs[3], 32), texts["score"], fonts.total, CENTER)
    cell(QRectF(xs[5], y, xs[7] - xs[5], 32), t["grade"], fonts.total, fill=LABEL_BG)
    cell(QRectF(xs[7], y, width - xs[7], 32), texts["grade"], fonts.total, CENTER)
    y += 32
    canvas.text(QRectF(0, y + 3, width, 30), TOP_WRAP, texts["foot"], fonts.foot, FOOT)
    y += 22

    # comments and interview: boxes share the space above the signatures
    sign_h = 96.0
    box_h = max(60.0, min(150.0, (size.height() - y - sign_h) / 4))
    label_w = 0.17 * width
    for key, text in (("self_comment", detail.self_comment), ("comment", detail.supervisor_comment),
                      ("interview", detail.interview_notes), ("plan", detail.improvement_plan)):
        canvas.rect(QRectF(0, y, label_w, box_h), LABEL_BG)
        canvas.rect(QRectF(label_w, y, width - label_w, box_h))
        canvas.text(QRectF(PAD, y + 6, label_w - 2 * PAD, box_h - 12), TOP_WRAP, t[key], fonts.bold)
        canvas.text(QRectF(label_w + PAD, y + 6, width - label_w - 2 * PAD, box_h - 12), TOP_WRAP, text or "",
                    fonts.body)
        y += box_h

    # signature lines
    y += 30
    half = width / 2
    for x, key in ((0.0, "employee_sign"), (half, "assessor_sign")):
        canvas.text(QRectF(x, y, half, 22), LEFT, f"{t[key]}：________________", fonts.sign)
        canvas.text(QRectF(x, y + 34, half, 22), LEFT, f"{t['date']}：{t['date_blank']}", fonts.sign)


def render_sheets(details: Sequence[AppraisalDetail], device: QPagedPaintDevice, *, lang: str = "zh",
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Paint one page per appraisal on ``device`` (a QPdfWriter or a QPrinter); returns the pages painted.
    ``progress(done, total)`` is called after each page and may raise to stop."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)
    base = sheet_font()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        dpi = device.logicalDpiX() or LAYOUT_DPI
        scale = dpi / LAYOUT_DPI
        rect = device.pageLayout().paintRectPixels(int(dpi))
        size = QSizeF(rect.width() / scale, rect.height() / scale)
        painter.scale(scale, scale)
        fonts = _Fonts(base)
        canvas = _Canvas(painter)
        for index, detail in enumerate(details):
            if index:
                device.newPage()
            paint_sheet(canvas, fonts, size, detail, lang)
            canvas.flush()
            if progress is not None:
                progress(index + 1, len(details))
    finally:
        painter.end()
    return len(details)


def write_pdf(details: Sequence[AppraisalDetail], path: str | Path, *, lang: str = "zh",
              progress: Callable[[int, int], None] | None = None, title: str = "") -> int:
    """The sheets as a PDF file (Chinese font embedded); returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(title or LABELS[language_key(lang)]["title"])
    writer.setCreator("ShopTeam")
    try:
        return render_sheets(details, writer, lang=lang, progress=progress)
    finally:
        del writer


@dataclass(frozen=True)
class SheetsExport:
    """The appraisal sheets written (JSON: ok, file, pages); ``pages`` 0 and no file when nobody is in it."""
    file: str
    pages: int

    def to_dict(self) -> dict:
        return {"ok": True, "file": self.file, "pages": self.pages}


def export_appraisal_pdf(session, *, actor, cycle_id: int, path: str | Path, department: str | None = None,
                         language: str | None = None, progress=None) -> SheetsExport:
    """The month's sheets of everyone ``actor`` may see (``details_for_cycle``, its checks; of ``department``
    when given) as a PDF at ``path``, in ``language`` (else the shop's), for the window and the command line."""
    from shopteam.services.appraisal.cycles import details_for_cycle
    from shopteam.services.language import document_language
    from shopteam.services.progress import NullProgress

    details = details_for_cycle(session, actor=actor, cycle_id=cycle_id, department=department)
    if not details:
        return SheetsExport(str(path), 0)
    progress = progress or NullProgress()
    pages = write_pdf(details, path, lang=language or document_language(session), progress=progress.report)
    return SheetsExport(str(path), pages)

