from datetime import datetime
from decimal import Decimal

from openpyxl import load_workbook

from shopteam.io.table_export import write_xlsx


def test_cells_are_typed_and_text_stays_text(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", ["When", "Who", "No.", "Summary", "Amount"], [
        [datetime(2025, 3, 1, 9, 30, 5), "boss", 7, "=SUM(A1)", Decimal("12.50")],
        [datetime(2025, 3, 2, 10, 0), "张三", None, "-1+2\x01", None],
    ], sheet_title="Audit", datetime_format="yyyy-mm-dd hh:mm:ss")
    sheet = load_workbook(path)["Audit"]
    assert [c.value for c in sheet[1]] == ["When", "Who", "No.", "Summary", "Amount"]
    assert sheet["A2"].value == datetime(2025, 3, 1, 9, 30, 5) and sheet["A2"].is_date
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm:ss"  # the audit log keeps its seconds
    assert sheet["C2"].value == 7 and sheet["C2"].data_type == "n"
    assert sheet["D2"].value == "=SUM(A1)" and sheet["D2"].data_type == "s"
    assert sheet["E2"].value == 12.5
    assert sheet["B3"].value == "张三" and sheet["C3"].value is None
    assert sheet["D3"].value == "-1+2"  # control characters Excel refuses are dropped
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:E3"
