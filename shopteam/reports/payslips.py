"""Payslips (工资条) as a printable PDF: one strip per person, each with its own header row, then each line
with its amount and a short explanation (the sentences of ``domain.explain.render``). With withholding on
the header ends 应发合计, 代扣合计, 实发合计 and the withholding lines follow the components; without it the
strip's total is 应发合计 only.

Strips are laid out top to bottom on A4 landscape pages, as many as fit, never split across a page, with
a dashed line to cut along between them. Each strip is an HTML ``QTextDocument`` painted with a
``QPainter`` on any paged device (``QPdfWriter`` here, a ``QPrinter`` from a print dialog too); Chinese
text uses the bundled CJK font registered with ``QFontDatabase``, which Qt embeds in the PDF. QtGui only
(a ``QGuiApplication`` must exist), so the command line can print too.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from shopteam.io.payout_export import columns, labels, line_items, period_text
from shopteam.reports.fonts import document_font

LAYOUT_DPI = 96.0
GAP = 26.0  # layout pixels between strips (the cut line runs through the middle)

CSS = """
p.title { font-size: 10.5pt; font-weight: bold; margin: 0 0 3px 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #555; padding: 4px 4px; font-size: 9pt; }
th { background-color: #e8e8e8; font-weight: bold; text-align: center; }
td.num { text-align: right; }
td.c { text-align: center; }
td.total { font-weight: bold; text-align: right; }
table.lines td { border: none; padding: 1px 4px; font-size: 7.5pt; color: #333; }
"""

WIDTHS = {"employee_no": 7.0, "name": 8.0, "department": 9.0, "total": 8.0}  # the components share the rest
#: With withholding three totals end the row: narrower name columns leave the figures room to stay on one line.
WITHHOLDING_WIDTHS = {"employee_no": 5.0, "name": 5.5, "department": 6.0, "base_salary": 7.0, "total": 7.0,
                      "withheld": 7.0, "net": 8.0}
TOTALS = ("total", "withheld", "net")


def _widths(keys) -> dict[str, str]:
    """Column widths in % of the strip: the fixed ones, the components sharing the rest."""
    fixed_widths = WITHHOLDING_WIDTHS if "net" in keys else WIDTHS
    fixed = sum(fixed_widths.get(k, 0.0) for k in keys)
    rest = max(100.0 - fixed, 0.0) / max(sum(1 for k in keys if k not in fixed_widths), 1)
    return {k: f"{fixed_widths.get(k, rest):.1f}%" for k in keys}

def payslip_font() -> QFont:
    return document_font(9, "payslips")


def _money(value) -> str:
    return "—" if value is None else f"{value:,.2f}"


def strip_html(view, row, *, lang: str = "zh", shop_name: str = "") -> str:
    t = labels(lang)
    e = escape
    title = f"{t['payslip']} · {period_text(view, lang)}" + (f" · {shop_name}" if shop_name else "")
    keys = columns(view)
    widths = _widths(keys)
    last = keys[-1]  # the figure paid: 实发合计 with withholding, else 应发合计
    head = "".join(f"<th width='{widths[key]}'>{e(t[key])}</th>" for key in keys)
    cells = [f"<td class='c'>{e(row.employee_no)}</td>", f"<td class='c'>{e(row.name)}</td>",
             f"<td class='c'>{e(row.department)}</td>"]
    cells += [f"<td class='num'>{_money(row.amounts[key])}</td>" for key in keys[3:] if key not in TOTALS]
    cells += [f"<td class='{'total' if key == last else 'num'}'>{_money(getattr(row, key))}</td>"
              for key in keys if key in TOTALS]
    lines = "".join(f"<tr><td width='12%'>{e(item.label)}</td><td class='num' width='8%'>{_money(item.amount)}</td>"
                    f"<td>{e(item.text)}</td></tr>" for item in line_items(row, lang, with_zero=False))
    return (f"<html><head><style>{CSS}</style></head><body><p class='title'>{e(title)}</p>"
            f"<table width='100%' cellspacing='0'><tr>{head}</tr><tr>{''.join(cells)}</tr></table>"
            f"<table class='lines' width='100%' cellspacing='0'>{lines}</table></body></html>")


def render_payslips(view, device: QPagedPaintDevice, *, lang: str = "zh", shop_name: str = "",
                    progress: Callable[[int, int], None] | None = None) -> int:
    """Paint the strips of ``view.rows`` on ``device``; returns the number of pages."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    font = payslip_font()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    pages = 1
    try:
        dpi = device.logicalDpiX() or LAYOUT_DPI
        scale = dpi / LAYOUT_DPI
        rect = device.pageLayout().paintRectPixels(int(dpi))
        width, height = rect.width() / scale, rect.height() / scale
        painter.scale(scale, scale)
        pen = QPen(Qt.GlobalColor.gray)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(0.8)
        y = 0.0
        for index, row in enumerate(view.rows):
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setDocumentMargin(0)
            doc.setTextWidth(width)
            doc.setHtml(strip_html(view, row, lang=lang, shop_name=shop_name))
            h = doc.size().height()
            if index and y + h > height:
                device.newPage()
                pages += 1
                y = 0.0
            elif index:
                painter.save()
                painter.setPen(pen)
                painter.drawLine(QPointF(0, y - GAP / 2), QPointF(width, y - GAP / 2))
                painter.restore()
            painter.save()
            painter.translate(0, y)
            doc.drawContents(painter, QRectF(0, 0, width, h))
            painter.restore()
            y += h + GAP
            if progress is not None:
                progress(index + 1, len(view.rows))
    finally:
        painter.end()
    return pages


def write_payslips_pdf(view, path: str | Path, *, lang: str = "zh", shop_name: str = "",
                       progress: Callable[[int, int], None] | None = None) -> int:
    """The payslips as a PDF file (Chinese font embedded); returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{labels(lang)['payslip']} {view.year}-{view.month:02d}")
    writer.setCreator("ShopTeam")
    try:
        return render_payslips(view, writer, lang=lang, shop_name=shop_name, progress=progress)
    finally:
        del writer


def export_payslips_pdf(session, *, actor, year: int, month: int, path: str | Path, language: str | None = None,
                        progress=None):
    """The payslips as a PDF at ``path``, from ``services.payout.exports.payslip_document`` (the run as the
    actor sees it, the shop's name, the language); returns the PayoutExport with the number of pages."""
    from shopteam.services.payout.exports import PayoutExport, payslip_document
    from shopteam.services.progress import NullProgress

    doc = payslip_document(session, actor=actor, year=year, month=month, language=language)
    progress = progress or NullProgress()
    pages = write_payslips_pdf(doc.view, path, lang=doc.language, shop_name=doc.shop_name, progress=progress.report)
    return PayoutExport(str(path), len(doc.view.rows), pages)
