"""The sign-in sheet of a training session (培训签到表), A4 portrait: the shop, the session's topic, date, time
(to fill in) and hours, trainer and place, then one row per person expected (序号, 工号, 姓名, 部门, a box to sign
in, 备注) and empty rows for those who come unannounced; the trainer's and the recorder's signatures at the
foot. More people than fit go on to further pages with the table's header again.

Painted with the appraisal sheet's canvas and fonts (reports/appraisal_sheet, reports/fonts): Chinese text
in the bundled or system CJK font, embedded by Qt in the PDF. QtGui only (a ``QGuiApplication`` must exist).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from shopteam.reports.appraisal_sheet import (
    CENTER,
    FOOT,
    HEAD_BG,
    LABEL_BG,
    LAYOUT_DPI,
    LEFT,
    _Canvas,
    _Fonts,
)
from shopteam.reports.fonts import document_font
from shopteam.services.training.exports import SignInPerson, SignInSheet

LABELS = {
    "zh": {"title": "培训签到表", "shop": "店铺", "topic": "培训主题", "date": "日期", "time": "时间",
           "time_blank": "____:____ 至 ____:____", "hours": "学时", "trainer": "讲师", "place": "地点",
           "online": "线上", "no": "序号", "employee_no": "工号", "name": "姓名", "department": "部门",
           "sign": "签到", "note": "备注", "expected": "应到 {n} 人，实到 ______ 人",
           "trainer_sign": "讲师签字", "recorder_sign": "记录人", "page": "第 {n} / {total} 页",
           "hours_value": "{h} 小时", "colon": "："},
    "en": {"title": "Training sign-in sheet", "shop": "Shop", "topic": "Topic", "date": "Date", "time": "Time",
           "time_blank": "____:____ to ____:____", "hours": "Hours", "trainer": "Trainer", "place": "Place",
           "online": "Online", "no": "#", "employee_no": "Emp. no.", "name": "Name",
           "department": "Department", "sign": "Signature", "note": "Notes",
           "expected": "Expected {n}, present ______", "trainer_sign": "Trainer", "recorder_sign": "Recorded by",
           "page": "Page {n} of {total}", "hours_value": "{h} h", "colon": ": "},
}
COLUMNS = (0.07, 0.13, 0.16, 0.18, 0.28, 0.18)  # 序号 工号 姓名 部门 签到 备注
ROW_H = 30.0
HEAD_H = 26.0
FOOT_H = 70.0


def _key(lang: str) -> str:
    return "zh" if (lang or "zh").lower().startswith("zh") else "en"


def _hours(value: Decimal) -> str:
    text = f"{Decimal(value):.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rows_per_page(size: QSizeF, first: bool) -> int:
    top = 184.0 if first else 40.0
    return max(1, int((size.height() - top - HEAD_H - FOOT_H) // ROW_H))


def page_rows(sheet: SignInSheet, size: QSizeF) -> list[list[SignInPerson | None]]:
    """The table's rows page by page: the people, then empty rows (None) — at least ``extra_rows`` and as many
    as fill the last page."""
    rows: list[SignInPerson | None] = list(sheet.people) + [None] * sheet.extra_rows
    pages: list[list[SignInPerson | None]] = []
    while rows or not pages:
        room = _rows_per_page(size, not pages)
        pages.append(rows[:room])
        rows = rows[room:]
    pages[-1] += [None] * (_rows_per_page(size, len(pages) == 1) - len(pages[-1]))
    return pages


def paint_page(canvas: _Canvas, fonts: _Fonts, size: QSizeF, sheet: SignInSheet, rows: Sequence[SignInPerson | None],
               *, first_no: int, page: int, pages: int, lang: str = "zh") -> None:
    """One page of the sheet in layout units (1/96 inch) on ``canvas``."""
    t = LABELS[_key(lang)]
    width = size.width()
    cell = canvas.cell
    y = 0.0
    canvas.text(QRectF(0, y, width, 32), CENTER, t["title"], fonts.title)
    y += 32
    if page == 1:
        if sheet.shop_name:
            canvas.text(QRectF(0, y, width, 20), CENTER, f"{t['shop']}{t['colon']}{sheet.shop_name}", fonts.sub)
        y += 26
        widths = [w * width for w in (0.10, 0.34, 0.08, 0.16, 0.08, 0.24)]
        place = t["online"] if sheet.online else sheet.place
        if sheet.online and sheet.place:
            place = f"{t['online']} · {sheet.place}"
        info = ((t["topic"], sheet.topic, t["date"], sheet.day.isoformat(), t["hours"],
                 t["hours_value"].format(h=_hours(sheet.hours))),
                (t["trainer"], sheet.trainer, t["place"], place, t["time"], t["time_blank"]))
        for values in info:
            x = 0.0
            for i, (w, text) in enumerate(zip(widths, values, strict=True)):
                label = i % 2 == 0
                cell(QRectF(x, y, w, 30), text, fonts.bold if label else fonts.body, fill=LABEL_BG if label else None)
                x += w
            y += 30
        y += 16
    else:
        y += 8
    cols = [w * width for w in COLUMNS]
    xs = [sum(cols[:i]) for i in range(len(cols) + 1)]
    for i, key in enumerate(("no", "employee_no", "name", "department", "sign", "note")):
        cell(QRectF(xs[i], y, cols[i], HEAD_H), t[key], fonts.bold, CENTER, HEAD_BG)
    y += HEAD_H
    for index, person in enumerate(rows):
        values = ("", "", "", "", "", "") if person is None else (
            str(first_no + index), person.employee_no, person.name, person.department, "", person.note)
        for i, text in enumerate(values):
            cell(QRectF(xs[i], y, cols[i], ROW_H), text, fonts.body, CENTER if i < 2 else LEFT)
        y += ROW_H
    if page == pages:
        y += 14
        canvas.text(QRectF(0, y, width, 22), LEFT, t["expected"].format(n=len(sheet.people)), fonts.sign)
        third = width / 3
        canvas.text(QRectF(third, y, third, 22), LEFT, f"{t['trainer_sign']}{t['colon']}____________", fonts.sign)
        canvas.text(QRectF(2 * third, y, third, 22), LEFT, f"{t['recorder_sign']}{t['colon']}____________", fonts.sign)
    canvas.text(QRectF(0, size.height() - 16, width, 16), CENTER, t["page"].format(n=page, total=pages), fonts.foot,
                FOOT)


def render_sign_in(sheet: SignInSheet, device: QPagedPaintDevice, *, lang: str = "zh") -> int:
    """Paint the sheet on ``device`` (a QPdfWriter or a QPrinter); returns the pages painted."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter))
    base = document_font(10, "sign-in sheets")
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing")
    try:
        dpi = device.logicalDpiX() or LAYOUT_DPI
        scale = dpi / LAYOUT_DPI
        rect = device.pageLayout().paintRectPixels(int(dpi))
        size = QSizeF(rect.width() / scale, rect.height() / scale)
        painter.scale(scale, scale)
        fonts, canvas = _Fonts(base), _Canvas(painter)
        pages = page_rows(sheet, size)
        first_no = 1
        for index, rows in enumerate(pages):
            if index:
                device.newPage()
            paint_page(canvas, fonts, size, sheet, rows, first_no=first_no, page=index + 1, pages=len(pages),
                       lang=lang)
            canvas.flush()
            first_no += sum(1 for r in rows if r is not None)
    finally:
        painter.end()
    return len(pages)


def write_sign_in_pdf(sheet: SignInSheet, path: str | Path, *, lang: str = "zh") -> int:
    """The sheet as a PDF file (Chinese font embedded); returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{LABELS[_key(lang)]['title']} {sheet.topic} {sheet.day.isoformat()}")
    writer.setCreator("ShopTeam")
    try:
        return render_sign_in(sheet, writer, lang=lang)
    finally:
        del writer


@dataclass(frozen=True)
class SignInExport:
    """The sign-in sheet written (JSON: ok, file, pages, people)."""
    file: str
    pages: int
    people: int

    def to_dict(self) -> dict:
        return {"ok": True, "file": self.file, "pages": self.pages, "people": self.people}


def export_sign_in_sheet(session, *, actor, session_id: int, path: str | Path, language: str | None = None,
                         progress=None) -> SignInExport:
    """The session's sign-in sheet (services/training/exports.sign_in_sheet, its checks) as a PDF at ``path``, in
    ``language`` (else the shop's), for the window and the command line."""
    from shopteam.services.language import document_language
    from shopteam.services.training.exports import sign_in_sheet

    sheet = sign_in_sheet(session, actor=actor, session_id=session_id)
    if progress is not None:
        progress.check()
    pages = write_sign_in_pdf(sheet, path, lang=language or document_language(session))
    return SignInExport(str(path), pages, len(sheet.people))
