"""Write what a table shows to an .xlsx sheet (no Qt; openpyxl is imported only when used).

Cells keep their types: numbers stay numbers, Decimal money is written with two decimals, dates are
date cells; every text stays text (a name such as ``=SUM(A1)`` is never a formula). The sheet has a
bold frozen header row with an auto-filter, column widths fitted to the content (CJK characters count
double), the header repeated on every printed page and an A4 landscape page setup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_WIDTH = 50


def display_width(text: str) -> int:
    """Columns a text needs: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_xlsx(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    sheet_title: str = "Sheet1",
    progress: Callable[[int, int], None] | None = None,
    datetime_format: str = DATETIME_FORMAT,
) -> Path:
    """Write one sheet; returns the path. ``progress(done, total)`` may raise to cancel (nothing saved).

    Datetimes are written without their zone (Excel has none; callers pass local time)."""
    return write_workbook(path, [(sheet_title, headers, rows)], progress=progress, datetime_format=datetime_format)


def write_workbook(
    path: str | Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]],
    *,
    progress: Callable[[int, int], None] | None = None,
    datetime_format: str = DATETIME_FORMAT,
) -> Path:
    """Write several sheets, (title, headers, rows) each, in that order, every one as ``write_xlsx`` writes its
    one; ``progress(done, total)`` counts the rows of all of them."""
    from openpyxl import Workbook

    path = Path(path)
    workbook = Workbook()
    total = sum(len(rows) for _title, _headers, rows in sheets)
    done = 0
    for index, (title, headers, rows) in enumerate(sheets):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        _fill_sheet(sheet, title, headers, rows, datetime_format,
                    None if progress is None else (lambda n, _t, base=done: progress(base + n, total)))
        done += len(rows)
    workbook.save(path)
    return path


def _fill_sheet(sheet, sheet_title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                datetime_format: str, progress: Callable[[int, int], None] | None) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.title = (sheet_title or "Sheet1")[:31]
    widths = [display_width(str(h)) for h in headers]
    bold = Font(bold=True)
    for col, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=col, value=str(header))
        cell.data_type = "s"
        cell.font = bold
    total = len(rows)
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=col)
            if isinstance(value, Decimal):
                cell.value = value
                cell.number_format = MONEY_FORMAT
                shown = len(f"{value:,.2f}")
            elif isinstance(value, bool | int | float):
                cell.value = value
                shown = len(str(value))
            elif isinstance(value, datetime):
                cell.value = value.replace(tzinfo=None)
                cell.number_format = datetime_format
                shown = len(datetime_format)
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                shown = 10
            else:
                text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                cell.value = text
                cell.data_type = "s"  # text stays text, even "=SUM(A1)"
                shown = display_width(text)
            if col <= len(widths):
                widths[col - 1] = max(widths[col - 1], min(shown, MAX_WIDTH))
        if progress is not None and (r % 500 == 0 or r - 1 == total):
            progress(r - 1, total)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 2
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{total + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
