"""The printed record of a weekly meeting (周例会记录) on A4 portrait: the shop, the week and its dates, the
department (or the whole shop), who attended and who was absent, each person's 本周总结 and 下周计划, the
issues and risks, the decisions, the action items (owner, due date, card) and the signature line.

The record is laid out first (:func:`layout_record`: pages of boxes and single lines of text, in layout
units of 1/96 inch), then painted (:func:`render_record`) on any paged device (``QPdfWriter`` for a PDF,
the ``QPrinter`` of a print dialog). Long texts are wrapped line by line (Chinese anywhere, Latin at word
boundaries); a row that does not fit below the others moves to the next page, under the table's header
again; a row taller than a page continues on the next one, its name marked (续) / (cont.). Every page ends
with the shop, the week and its number. Chinese text uses the bundled CJK font (reports/fonts), embedded
by Qt in the PDF. QtGui only (a ``QGuiApplication`` must exist), so the command line can print too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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
    QTextLayout,
    QTextOption,
)

from shopteam.domain.meetings import week_end, week_start
from shopteam.reports.fonts import document_font
from shopteam.services.meetings.meeting import MeetingDetail

LAYOUT_DPI = 96.0
PAD = 5.0
FOOTER_H = 22.0
GRID = QColor("#000000")
HEAD_BG = QColor("#e8e8e8")
LABEL_BG = QColor("#f2f2f2")
FOOT = QColor("#555555")
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

LABELS = {
    "zh": {
        "title": "周例会记录", "shop": "店铺", "week": "周次", "scope": "范围", "held_on": "开会日期",
        "whole_shop": "全店", "dates": "{start} 至 {end}", "attended": "出席（{n} 人）", "absent": "缺席（{n} 人）",
        "nobody": "无", "parts": "个人汇报", "person": "姓名", "summary": "本周总结", "plan": "下周计划",
        "absent_mark": "缺席", "cont": "（续）", "issues": "问题与风险", "kind": "类别", "text": "内容",
        "issue": "问题", "risk": "风险", "decisions": "决议", "no": "序号", "actions": "待办事项",
        "action": "事项", "owner": "负责人", "due": "截止日期", "card": "任务卡片", "notes": "会议记录",
        "none": "无", "host": "主持人签字", "recorder": "记录人签字", "date": "日期",
        "date_blank": "______年____月____日", "page": "第 {n} / {total} 页", "foot": "{shop} · 周例会 {week}",
        "list_sep": "、",
    },
    "en": {
        "title": "Weekly meeting record", "shop": "Shop", "week": "Week", "scope": "Meeting of", "held_on": "Held on",
        "whole_shop": "The whole shop", "dates": "{start} to {end}", "attended": "Attended ({n})",
        "absent": "Absent ({n})", "nobody": "nobody", "parts": "Parts", "person": "Name",
        "summary": "This week's summary", "plan": "Next week's plan", "absent_mark": "absent", "cont": " (cont.)",
        "issues": "Issues and risks", "kind": "Kind", "text": "Text", "issue": "Issue", "risk": "Risk",
        "decisions": "Decisions", "no": "No.", "actions": "Action items", "action": "Action item",
        "owner": "Owner", "due": "Due date", "card": "Card", "notes": "Notes", "none": "None",
        "host": "Chaired by", "recorder": "Recorded by", "date": "Date", "date_blank": "______-____-____",
        "page": "Page {n} of {total}", "foot": "{shop} · weekly meeting {week}", "list_sep": ", ",
    },
}


def language_key(language: str | None) -> str:
    return "en" if (language or "zh").lower().startswith("en") else "zh"


@dataclass(frozen=True)
class Box:
    rect: QRectF
    fill: QColor | None = None
    border: bool = True


@dataclass(frozen=True)
class Line:
    """One line of text, never wrapped again when painted."""
    rect: QRectF
    text: str
    font: str  # a key of _Fonts
    align: int = LEFT
    color: QColor | None = None


@dataclass
class Page:
    boxes: list[Box] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


class _Fonts:
    """The record's fonts in layout pixels, so sizes do not depend on the device's resolution."""

    def __init__(self, base: QFont):
        def make(points: float, bold: bool = False) -> QFont:
            font = QFont(base)
            font.setPixelSize(round(points * LAYOUT_DPI / 72))
            font.setBold(bold)
            return font

        self.by_key = {"body": make(9.5), "bold": make(9.5, True), "title": make(17, True), "head": make(11, True),
                       "foot": make(7.5), "sign": make(10.5)}
        self.height = {key: QFontMetricsF(font).lineSpacing() for key, font in self.by_key.items()}

    def __getitem__(self, key: str) -> QFont:
        return self.by_key[key]


def wrap(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (its own line breaks kept; Chinese may break
    between any two characters, Latin text at spaces, a word longer than the line anywhere)."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines: list[str] = []
    for paragraph in (text or "").replace("\r\n", "\n").split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines or [""]


class _Flow:
    """Places blocks top to bottom and starts a new page when the next one does not fit."""

    def __init__(self, fonts: _Fonts, size: QSizeF):
        self.fonts, self.width = fonts, size.width()
        self.bottom = size.height() - FOOTER_H
        self.pages: list[Page] = [Page()]
        self.y = 0.0

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = 0.0

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` fits below (and the page is not empty); True after a break."""
        if height > self.room() and self.y > 0:
            self.new_page()
            return True
        return False

    def line(self, x: float, width: float, text: str, font: str = "body", align: int = LEFT,
             color: QColor | None = None, height: float | None = None) -> float:
        height = height or self.fonts.height[font]
        self.page.lines.append(Line(QRectF(x, self.y, width, height), text, font, align, color))
        return height

    def heading(self, text: str, following: float) -> None:
        """A section's heading, kept on the page of what ``following`` (its first row) needs."""
        height = self.fonts.height["head"] + 6
        self.need(height + following)
        self.y += 4
        self.line(0, self.width, text, "head")
        self.y += height - 4

    def paragraph(self, text: str, font: str = "body", indent: float = 0.0) -> None:
        line_h = self.fonts.height[font]
        for text_line in wrap(text, self.fonts[font], self.width - indent):
            self.need(line_h)
            self.line(indent, self.width - indent, text_line, font)
            self.y += line_h

    def table(self, headers: Sequence[str], widths: Sequence[float], rows: Sequence[Sequence[str]],
              aligns: Sequence[int] | None = None, first_cells: Sequence[str] | None = None) -> None:
        """A grid with a header row (repeated after each page break) and rows of wrapped cells. A row that
        does not fit moves to the next page; one taller than a page is split between lines, its first cell
        marked with ``first_cells``' continuation text."""
        fonts, cols = self.fonts, [w * self.width for w in widths]
        xs = [sum(cols[:i]) for i in range(len(cols))]
        aligns = aligns or [LEFT] * len(cols)
        line_h, head_h = fonts.height["body"], fonts.height["bold"] + 2 * PAD

        def header() -> None:
            for x, w, text in zip(xs, cols, headers, strict=True):
                self.page.boxes.append(Box(QRectF(x, self.y, w, head_h), HEAD_BG))
                self.page.lines.append(Line(QRectF(x + PAD, self.y + PAD, w - 2 * PAD, fonts.height["bold"]),
                                            text, "bold", CENTER))
            self.y += head_h

        header()
        for index, row in enumerate(rows):
            cells = [wrap(text, fonts["body"], w - 2 * PAD) for text, w in zip(row, cols, strict=True)]
            total = max(len(c) for c in cells)
            page_fit = int((self.bottom - head_h - 2 * PAD) // line_h)  # the lines a fresh page holds
            start = 0
            while start < total:
                needed = total - start
                fit = int((self.room() - 2 * PAD) // line_h)
                if fit < needed and (needed <= page_fit or fit < 2):
                    self.new_page()  # the row moves whole (one longer than a page starts on a fresh one)
                    header()
                    fit = int((self.room() - 2 * PAD) // line_h)
                count = max(1, min(needed, fit))
                height = count * line_h + 2 * PAD
                for i, (x, w, lines) in enumerate(zip(xs, cols, cells, strict=True)):
                    self.page.boxes.append(Box(QRectF(x, self.y, w, height)))
                    shown = lines[start:start + count]
                    if start and i == 0 and first_cells is not None:
                        shown = [first_cells[index]]
                    for n, text in enumerate(shown):
                        self.page.lines.append(Line(QRectF(x + PAD, self.y + PAD + n * line_h, w - 2 * PAD,
                                                           line_h), text, "body", aligns[i]))
                self.y += height
                start += count


def _names(parts, attended: bool, t: dict) -> str:
    names = [p.name for p in parts if p.attended == attended]
    return t["list_sep"].join(names) if names else t["nobody"]


def layout_record(detail: MeetingDetail, shop_name: str, size: QSizeF, fonts: _Fonts, lang: str = "zh") -> list[Page]:
    """The pages of the record, in layout units on pages of ``size`` (the printable area)."""
    zh = language_key(lang) == "zh"
    t = LABELS["zh" if zh else "en"]
    colon = "：" if zh else ": "
    flow = _Flow(fonts, size)
    width = flow.width
    flow.line(0, width, t["title"], "title", CENTER, height=fonts.height["title"] + 8)
    flow.y += fonts.height["title"] + 14

    # who, when: two rows of label / value pairs
    dates = t["dates"].format(start=week_start(detail.week).isoformat(), end=week_end(detail.week).isoformat())
    widths = [w * width for w in (0.11, 0.35, 0.11, 0.43)]
    cell_h = fonts.height["body"] + 2 * PAD
    week = f"{detail.week}（{dates}）" if zh else f"{detail.week} ({dates})"
    for values in ((t["shop"], shop_name, t["week"], week),
                   (t["scope"], detail.department or t["whole_shop"], t["held_on"], detail.held_on.isoformat())):
        cells = [wrap(text, fonts["bold" if i % 2 == 0 else "body"], w - 2 * PAD)
                 for i, (w, text) in enumerate(zip(widths, values, strict=True))]
        height = cell_h + fonts.height["body"] * (max(len(lines) for lines in cells) - 1)
        x = 0.0
        for i, (w, lines) in enumerate(zip(widths, cells, strict=True)):
            label = i % 2 == 0
            flow.page.boxes.append(Box(QRectF(x, flow.y, w, height), LABEL_BG if label else None))
            for n, text in enumerate(lines):
                flow.page.lines.append(Line(QRectF(x + PAD, flow.y + PAD + n * fonts.height["body"], w - 2 * PAD,
                                                   fonts.height["body"]), text, "bold" if label else "body"))
            x += w
        flow.y += height
    flow.y += 10

    # attendance
    present = sum(1 for p in detail.parts if p.attended)
    flow.paragraph(t["attended"].format(n=present) + colon + _names(detail.parts, True, t))
    flow.paragraph(t["absent"].format(n=len(detail.parts) - present) + colon + _names(detail.parts, False, t))
    if detail.notes:
        flow.y += 4
        flow.paragraph(t["notes"] + colon + detail.notes)

    # the people's parts
    row_min = fonts.height["bold"] + 2 * PAD + fonts.height["body"] * 2 + 2 * PAD
    flow.heading(t["parts"], row_min)
    rows, conts = [], []
    for p in detail.parts:
        who = [p.name, p.employee_no]
        if not detail.department_id and p.department:
            who.append(p.department)
        if not p.attended:
            who.append(f"（{t['absent_mark']}）" if zh else f"({t['absent_mark']})")
        rows.append(("\n".join(who), p.summary, p.plan))
        conts.append(f"{p.name}{t['cont']}")
    if rows:
        flow.table((t["person"], t["summary"], t["plan"]), (0.16, 0.42, 0.42), rows, first_cells=conts)
    else:
        flow.paragraph(t["none"])

    # issues and risks, decisions
    issues = [(t[i.kind], i.text) for i in detail.items if i.kind in ("issue", "risk")]
    flow.y += 8
    flow.heading(t["issues"], row_min)
    if issues:
        flow.table((t["kind"], t["text"]), (0.12, 0.88), issues, (CENTER, LEFT))
    else:
        flow.paragraph(t["none"])
    decisions = [(str(n), i.text) for n, i in enumerate((i for i in detail.items if i.kind == "decision"), 1)]
    flow.y += 8
    flow.heading(t["decisions"], row_min)
    if decisions:
        flow.table((t["no"], t["text"]), (0.08, 0.92), decisions, (CENTER, LEFT))
    else:
        flow.paragraph(t["none"])

    # action items
    flow.y += 8
    flow.heading(t["actions"], row_min)
    if detail.actions:
        rows = [(a.text, a.owner, a.due_date.isoformat() if a.due_date else "",
                 f"{a.board} #{a.card_id}" if a.card_id else a.board) for a in detail.actions]
        flow.table((t["action"], t["owner"], t["due"], t["card"]), (0.46, 0.18, 0.14, 0.22), rows,
                   (LEFT, LEFT, CENTER, LEFT))
    else:
        flow.paragraph(t["none"])

    # signatures
    sign_h = fonts.height["sign"]
    flow.need(30 + sign_h * 3)
    flow.y += 30
    third = width / 3
    for i, key in enumerate(("host", "recorder")):
        flow.line(i * third, third, f"{t[key]}{colon}____________", "sign", height=sign_h)
    flow.line(2 * third, third, f"{t['date']}{colon}{t['date_blank']}", "sign", height=sign_h)
    flow.y += sign_h

    # the footer of every page
    total = len(flow.pages)
    foot = QFontMetricsF(fonts["foot"]).elidedText(t["foot"].format(shop=shop_name, week=detail.week),
                                                   Qt.TextElideMode.ElideMiddle, width * 0.7)
    for n, page in enumerate(flow.pages, 1):
        top = size.height() - fonts.height["foot"]
        page.lines.append(Line(QRectF(0, top, width * 0.7, fonts.height["foot"]), foot, "foot", LEFT, FOOT))
        page.lines.append(Line(QRectF(width * 0.7, top, width * 0.3, fonts.height["foot"]),
                               t["page"].format(n=n, total=total), "foot", RIGHT, FOOT))
    return flow.pages


def record_font() -> QFont:
    """The application's font with the best Chinese font behind it (reports/fonts.document_font)."""
    return document_font(9.5, "the weekly meeting record")


def _paint(painter: QPainter, page: Page, fonts: _Fonts) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for box in page.boxes:
        if box.fill is not None:
            painter.setBrush(box.fill)
            painter.drawRect(box.rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    grid = QPen(GRID, 0.8)
    painter.setPen(grid)
    painter.drawRects([box.rect for box in page.boxes if box.border])
    current_font = current_color = None
    for line in page.lines:
        if not line.text:
            continue
        if line.font != current_font:
            painter.setFont(fonts[line.font])
            current_font = line.font
        if line.color is not current_color:
            painter.setPen(line.color or grid)
            current_color = line.color
        painter.drawText(line.rect, line.align | int(Qt.TextFlag.TextDontClip), line.text)


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)


def render_record(detail: MeetingDetail, shop_name: str, device: QPagedPaintDevice, *, lang: str = "zh") -> int:
    """Paint the record on ``device`` (a QPdfWriter or a QPrinter) on A4 portrait; returns the pages painted."""
    device.setPageLayout(page_layout())
    fonts = _Fonts(record_font())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        dpi = device.logicalDpiX() or LAYOUT_DPI
        scale = dpi / LAYOUT_DPI
        rect = device.pageLayout().paintRectPixels(int(dpi))
        size = QSizeF(rect.width() / scale, rect.height() / scale)
        painter.scale(scale, scale)
        pages = layout_record(detail, shop_name, size, fonts, lang)
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            _paint(painter, page, fonts)
    finally:
        painter.end()
    return len(pages)


def paint_pages_to_images(detail: MeetingDetail, shop_name: str, *, lang: str = "zh", dpi: int = 110):
    """The record's pages as QImages of A4 at ``dpi`` (a preview, and what the tests look at)."""
    from PySide6.QtGui import QImage

    fonts = _Fonts(record_font())
    layout = page_layout()
    full = layout.fullRectPixels(dpi)
    paint = layout.paintRectPixels(dpi)
    scale = dpi / LAYOUT_DPI
    size = QSizeF(paint.width() / scale, paint.height() / scale)
    images = []
    for page in layout_record(detail, shop_name, size, fonts, lang):
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(paint.left(), paint.top())
        painter.scale(scale, scale)
        _paint(painter, page, fonts)
        painter.end()
        images.append(image)
    return images


def write_pdf(detail: MeetingDetail, shop_name: str, path: str | Path, *, lang: str = "zh") -> int:
    """The record as a PDF file (the Chinese font embedded); returns the number of pages."""
    t = LABELS[language_key(lang)]
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{t['title']} {detail.week} {detail.department or t['whole_shop']}")
    writer.setCreator("ShopTeam")
    try:
        return render_record(detail, shop_name, writer, lang=lang)
    finally:
        del writer


@dataclass(frozen=True)
class RecordExport:
    """The meeting record written (JSON: ok, file, pages)."""
    file: str
    pages: int

    def to_dict(self) -> dict:
        return {"ok": True, "file": self.file, "pages": self.pages}


def export_meeting_pdf(session, *, actor, meeting_id: int, path: str | Path, language: str | None = None,
                       progress=None) -> RecordExport:
    """The record of the meeting ``actor`` may see (services/meetings.read_meeting, its checks) as an A4 PDF
    at ``path``, in ``language`` (else the shop's), for the window and the command line."""
    from shopteam.services.language import shop_identity
    from shopteam.services.meetings.meeting import read_meeting
    from shopteam.services.progress import NullProgress

    detail = read_meeting(session, actor=actor, meeting_id=meeting_id)
    shop = shop_identity(session)
    (progress or NullProgress()).check()
    pages = write_pdf(detail, shop.name, path, lang=language or shop.language)
    return RecordExport(str(path), pages)
