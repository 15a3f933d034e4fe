"""The printed monthly appraisal sheet (月度绩效考核表): one A4 page per person.

ONE builder for print preview, printing and PDF export: :func:`render_sheets` paints the sheets on any
paged paint device (``QPdfWriter`` for a PDF, the ``QPrinter`` a print dialog or ``QPrintPreviewDialog``
hands over). Each page is an HTML ``QTextDocument`` drawn with a ``QPainter``; Chinese text uses the
bundled CJK font, registered with ``QFontDatabase`` and embedded by Qt in the PDF. QtGui only (a
``QGuiApplication`` must exist), so the command line can print too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from shopteam.paths import bundled_cjk_font
from shopteam.services.appraisal import AppraisalDetail, ScoreLine

PREFERRED_CJK = ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                 "WenQuanYi Micro Hei", "SimHei")
LAYOUT_DPI = 96.0  # the document is laid out in these units and scaled to the device

LABELS = {
    "zh": {
        "title": "月度绩效考核表", "shop": "店铺", "period": "考核周期", "name": "姓名", "no": "工号",
        "department": "部门", "role": "岗位", "scheme": "考核方案", "group": "类别", "indicator": "考核指标",
        "weight": "权重", "target": "目标值", "actual": "实际值", "self": "自评", "supervisor": "上级评分",
        "score": "得分", "weighted": "加权得分", "results": "工作业绩", "ability": "工作能力", "attitude": "工作态度",
        "subtotal": "指标得分合计", "points": "奖惩加减分", "total": "最终得分", "grade": "考核等级",
        "calibrated": "校准后", "comment": "上级评语", "self_comment": "员工自评说明", "interview": "绩效面谈记录",
        "plan": "改进计划", "employee_sign": "员工签字", "assessor_sign": "考核人签字", "date": "日期",
        "date_blank": "______年____月____日", "self_weight": "自评权重 {a}%，上级评分权重 {b}%",
        "excellent": "优秀", "good": "良好", "pass": "合格", "fail": "不合格", "year_month": "{y}年{m}月",
        "pending": "未完成", "page": "第 {n} / {total} 页",
    },
    "en": {
        "title": "Monthly Appraisal Sheet", "shop": "Shop", "period": "Period", "name": "Name", "no": "Employee no.",
        "department": "Department", "role": "Role", "scheme": "Scheme", "group": "Group", "indicator": "Indicator",
        "weight": "Weight", "target": "Target", "actual": "Actual", "self": "Self", "supervisor": "Supervisor",
        "score": "Score", "weighted": "Weighted", "results": "Results", "ability": "Ability", "attitude": "Attitude",
        "subtotal": "Indicators total", "points": "Reward/penalty points", "total": "Final score", "grade": "Grade",
        "calibrated": "calibrated", "comment": "Supervisor's comment", "self_comment": "Employee's self-assessment",
        "interview": "Performance interview notes", "plan": "Improvement plan", "employee_sign": "Employee",
        "assessor_sign": "Assessor", "date": "Date", "date_blank": "______-____-____",
        "self_weight": "Self {a}%, supervisor {b}%", "excellent": "Excellent", "good": "Good", "pass": "Pass",
        "fail": "Fail", "year_month": "{y}-{m:02d}", "pending": "not complete", "page": "Page {n} of {total}",
    },
}

_font_families: list[str] | None = None


def sheet_font() -> QFont:
    """The application's font with the best Chinese font behind it (the bundled one registered if needed)."""
    global _font_families
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication is needed to print appraisal sheets")
    if _font_families is None:
        font_id = QFontDatabase.addApplicationFont(str(bundled_cjk_font()))
        bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        available = set(QFontDatabase.families())
        base = QGuiApplication.font().family()
        _font_families = [base, *[f for f in PREFERRED_CJK if f in available], *bundled]
    font = QFont()
    font.setFamilies(_font_families)
    font.setPointSizeF(10)
    return font


def _num(value, places: int = 2) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float | int | Decimal):
        number = Decimal(str(value))
        if number == number.to_integral_value():
            return f"{number:,.0f}"
        text = f"{number:,.{places}f}".rstrip("0").rstrip(".")
        return text
    return escape(str(value))


def _score(value) -> str:
    return "" if value is None else f"{Decimal(str(value)):.2f}"


def _target(line: ScoreLine) -> str:
    if line.method == "tiered":
        tiers = line.params.get("tiers") or []
        sign = "≥" if (line.params.get("direction") or "higher") == "higher" else "≤"
        return " / ".join(f"{sign}{_num(t[0])}:{_num(t[1])}" for t in tiers[-2:][::-1]) if tiers else ""
    if line.method == "attendance":
        return "100"
    if line.method == "tasks":
        return "100%"
    return _num(line.target) + (escape(line.unit) if line.target is not None and line.unit in ("%",) else "")


def _actual(line: ScoreLine) -> str:
    if line.method == "rating":
        return ""
    if line.method == "tasks":
        return "" if line.actual is None else f"{_num(line.actual)}%"
    if line.method == "attendance":
        return ""
    return _num(line.actual) + (escape(line.unit) if line.actual is not None and line.unit == "%" else "")


CSS = """
body { color: #000; }
h1 { font-size: 18pt; font-weight: bold; text-align: center; margin: 0; }
p.sub { text-align: center; font-size: 9.5pt; margin-top: 2px; margin-bottom: 6px; }
table { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #000; padding: 4px 5px; }
th { background-color: #e8e8e8; font-weight: bold; }
td.label { background-color: #f2f2f2; font-weight: bold; }
td.num { text-align: right; }
td.c { text-align: center; }
td.box { height: 112px; vertical-align: top; }
td.total { font-weight: bold; font-size: 11pt; }
p.sign { margin-top: 22px; font-size: 10.5pt; }
p.foot { font-size: 7.5pt; color: #555; }
"""


def sheet_html(detail: AppraisalDetail, lang: str = "zh") -> str:
    """The HTML of one person's sheet."""
    t = LABELS["zh" if lang.startswith("zh") else "en"]
    row, cycle = detail.row, detail.cycle
    e = escape
    period = t["year_month"].format(y=cycle.year, m=cycle.month)
    parts = [f"<html><head><style>{CSS}</style></head><body>",
             f"<h1>{e(t['title'])}</h1>",
             f"<p class='sub'>{e(t['shop'])}：{e(detail.shop_name)}&#160;&#160;&#160;&#160;{e(t['period'])}：{e(period)}</p>",
             "<table class='grid' width='100%' cellspacing='0'>",
             f"<tr><td class='label' width='13%'>{t['name']}</td><td width='20%'>{e(row.name)}</td>"
             f"<td class='label' width='13%'>{t['no']}</td><td width='20%'>{e(row.employee_no)}</td>"
             f"<td class='label' width='13%'>{t['department']}</td><td>{e(row.department)}</td></tr>",
             f"<tr><td class='label'>{t['role']}</td><td>{e(row.role)}</td>"
             f"<td class='label'>{t['scheme']}</td><td>{e(row.scheme)}</td>"
             f"<td class='label'>{t['period']}</td><td>{e(period)}</td></tr></table><br/>",
             "<table class='grid' width='100%' cellspacing='0'>",
             "<tr>" + "".join(f"<th>{t[k]}</th>" for k in ("group", "indicator", "weight", "target", "actual", "self",
                                                           "supervisor", "score", "weighted")) + "</tr>"]
    groups: dict[str, list[ScoreLine]] = {}
    for line in detail.scores:
        groups.setdefault(line.group, []).append(line)
    for group in ("results", "ability", "attitude"):
        lines = groups.get(group, [])
        for i, line in enumerate(lines):
            cells = []
            if i == 0:
                cells.append(f"<td class='c' rowspan='{len(lines)}'>{t[group]}</td>")
            cells += [f"<td>{e(line.name)}</td>", f"<td class='c'>{_num(line.weight)}</td>",
                      f"<td class='c'>{_target(line)}</td>", f"<td class='c'>{_actual(line)}</td>",
                      f"<td class='c'>{_num(line.self_score) if line.rated else ''}</td>",
                      f"<td class='c'>{_num(line.supervisor_score) if line.rated else ''}</td>",
                      f"<td class='num'>{_score(line.computed_score)}</td>",
                      f"<td class='num'>{_score(line.weighted)}</td>"]
            parts.append("<tr>" + "".join(cells) + "</tr>")
    grade = row.effective_grade
    grade_text = t.get(grade, "") if grade else t["pending"]
    score = row.score
    calibrated = ""
    if row.calibrated_score is not None:
        calibrated = (f"（{t['calibrated']}；{_score(row.final_score)} → {_score(row.calibrated_score)}："
                      f"{e(row.calibration_reason)}）")
    parts += [
        f"<tr><td colspan='8' class='label'>{t['subtotal']}</td><td class='num'>{_score(detail.base_score)}</td></tr>",
        f"<tr><td colspan='8' class='label'>{t['points']}</td><td class='num'>{_score(detail.points or 0)}</td></tr>",
        f"<tr><td colspan='3' class='label total'>{t['total']}</td>"
        f"<td colspan='2' class='total c'>{_score(score) if score is not None else t['pending']}</td>"
        f"<td colspan='2' class='label total'>{t['grade']}</td><td colspan='2' class='total c'>{e(grade_text)}</td></tr>",
        "</table>",
        f"<p class='foot'>{e(t['self_weight'].format(a=detail.self_weight, b=100 - detail.self_weight))}"
        f"{e(calibrated)}</p>",
        "<table class='grid' width='100%' cellspacing='0'>"]
    for key, text in (("self_comment", detail.self_comment), ("comment", detail.supervisor_comment),
                      ("interview", detail.interview_notes), ("plan", detail.improvement_plan)):
        body = e(text).replace("\n", "<br/>") if text else ""
        parts.append(f"<tr><td class='label' width='17%'>{t[key]}</td><td class='box'>{body}{'<br/>' * max(2, 5 - body.count('<br/>'))}</td></tr>")
    parts += ["</table>",
              "<table width='100%' cellspacing='0' style='margin-top: 30px'><tr>"
              f"<td width='50%'><p class='sign'>{t['employee_sign']}：________________</p>"
              f"<p class='sign'>{t['date']}：{t['date_blank']}</p></td>"
              f"<td width='50%'><p class='sign'>{t['assessor_sign']}：________________</p>"
              f"<p class='sign'>{t['date']}：{t['date_blank']}</p></td></tr></table>",
              "</body></html>"]
    return "".join(parts)


def render_sheets(details: Sequence[AppraisalDetail], device: QPagedPaintDevice, *, lang: str = "zh",
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Paint one page per appraisal on ``device`` (a QPdfWriter or a QPrinter); returns the pages painted.
    ``progress(done, total)`` is called after each page and may raise to stop."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)
    font = sheet_font()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        dpi = device.logicalDpiX() or LAYOUT_DPI
        scale = dpi / LAYOUT_DPI
        rect = device.pageLayout().paintRectPixels(int(dpi))
        size = QSizeF(rect.width() / scale, rect.height() / scale)
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setPageSize(size)
        painter.scale(scale, scale)
        for index, detail in enumerate(details):
            if index:
                device.newPage()
            doc.setHtml(sheet_html(detail, lang))
            doc.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
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
    writer.setTitle(title or LABELS["zh" if lang.startswith("zh") else "en"]["title"])
    writer.setCreator("ShopTeam")
    try:
        return render_sheets(details, writer, lang=lang, progress=progress)
    finally:
        del writer
