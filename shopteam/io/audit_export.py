"""Write audit records to an Excel workbook (no Qt; openpyxl is imported only when used).

Cells keep their types (dates as dates, numbers as numbers) and every text stays text: a summary such
as ``=SUM(A1)`` is written as a string, never as a formula Excel would run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"
_MAX_WIDTH = 60


def _excel_value(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones; callers pass local time
    return value


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    sheet_title: str = "Sheet1",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write one sheet with a bold, frozen header row and an auto-filter; returns the path written.

    ``progress(done, total)`` is called now and then (it may raise to cancel; nothing is saved then).
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31] or "Sheet1"
    widths = [len(str(h)) for h in headers]
    for col, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=col, value=str(header))
        cell.data_type = "s"
        cell.font = Font(bold=True)
    total = len(rows)
    for r, row in enumerate(rows, start=2):
        for col, raw in enumerate(row, start=1):
            value = _excel_value(raw)
            if value is None:
                continue
            cell = sheet.cell(row=r, column=col)
            if isinstance(value, bool) or isinstance(value, int | float | Decimal):
                cell.value = value
            elif isinstance(value, datetime):
                cell.value = value
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
            else:
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                cell.data_type = "s"  # text stays text, even "=SUM(A1)"
            if col <= len(widths):
                shown = 19 if isinstance(value, datetime) else len(str(value))
                widths[col - 1] = max(widths[col - 1], min(shown, _MAX_WIDTH))
        if progress is not None and (r % 500 == 0 or r - 1 == total):
            progress(r - 1, total)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 2
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, total + 1)}"
    workbook.save(path)
    return path
