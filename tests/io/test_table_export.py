from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from shopteam.io.table_export import display_width, write_xlsx


def test_typed_cells_header_and_layout(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", ["工号", "姓名", "入职日期", "基本工资", "年龄"],
                      [["E001", "=SUM(A1)", date(2025, 3, 1), Decimal("6000.5"), 30],
                       ["E002", "李四", None, None, None]], sheet_title="花名册")
    ws = load_workbook(path).active
    assert ws.title == "花名册"
    assert [c.value for c in ws[1]] == ["工号", "姓名", "入职日期", "基本工资", "年龄"]
    assert ws["A1"].font.bold and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E3"
    assert ws["B2"].value == "=SUM(A1)" and ws["B2"].data_type == "s"
    assert ws["C2"].value.date() == date(2025, 3, 1) and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["D2"].value == 6000.5 and ws["D2"].number_format == "#,##0.00"
    assert ws["E2"].value == 30 and ws["C3"].value is None
    assert ws.column_dimensions["B"].width >= len("=SUM(A1)")
    assert ws.print_title_rows == "$1:$1" and int(ws.page_setup.paperSize) == 9


def test_display_width_counts_cjk_double():
    assert display_width("张三ab") == 6
