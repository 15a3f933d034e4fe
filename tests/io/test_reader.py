"""The reading layer: formats, encodings, date systems and every kind of bad file."""

import zipfile
from datetime import date, time

import openpyxl
import pytest

from shopteam.io import (
    DecompressionBombError,
    EmptySheetError,
    EncryptedFileError,
    FileReadError,
    NotASpreadsheetError,
    SheetNotFoundError,
    TruncatedFileError,
    UncalculatedFormulaError,
    list_sheets,
    map_columns,
    read_table,
)
from shopteam.io import reader as reader_module
from shopteam.io.rows import iter_records


def write_xlsx(path, rows, *, title="Sheet", epoch1904=False, extra_sheets=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for name in extra_sheets:
        wb.create_sheet(name).append(["x"])
    if epoch1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb.save(path)
    return path


PUNCH_ROWS = [
    ["工号", "姓名", "日期", "上班时间", "下班时间"],
    ["A001", "张伟", date(2026, 9, 1), time(8, 52), time(18, 2)],
]


def test_xlsx_keeps_cell_types(tmp_path):
    sheet = read_table(write_xlsx(tmp_path / "p.xlsx", PUNCH_ROWS))
    assert sheet.rows[1] == ["A001", "张伟", date(2026, 9, 1), time(8, 52), time(18, 2)]
    assert sheet.epoch1904 is False and sheet.format == "xlsx"


def test_sheets_listed_and_chosen(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", PUNCH_ROWS, title="打卡", extra_sheets=("说明",))
    assert list_sheets(path) == ["打卡", "说明"]
    assert read_table(path, "说明").rows == [["x"]]
    assert read_table(path, 1).name == "说明"
    with pytest.raises(SheetNotFoundError, match="no sheet '汇总'"):
        read_table(path, "汇总")


def test_first_sheet_with_data_is_chosen(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "空白"
    wb.create_sheet("数据").append(["工号", "姓名"])
    wb.save(tmp_path / "p.xlsx")
    assert read_table(tmp_path / "p.xlsx").name == "数据"


def test_1904_date_system(tmp_path):
    rows = [
        ["工号", "日期", "上班时间", "下班时间"],
        ["A001", 44804, 0.375, 0.75],
        ["A001", date(2026, 9, 2), "09:00", "18:00"],
    ]
    sheet = read_table(write_xlsx(tmp_path / "mac.xlsx", rows, epoch1904=True))
    assert sheet.epoch1904 is True
    records = list(iter_records(sheet, map_columns(sheet)))
    assert [r.values["date"] for r in records] == [date(2026, 9, 1), date(2026, 9, 2)]
    assert records[0].values["clock_in"].time == time(9, 0)


def test_1900_serial_numbers_in_a_date_column(tmp_path):
    rows = [["工号", "日期", "上班时间", "下班时间"], ["A001", 46266, "09:00", "18:00"]]
    sheet = read_table(write_xlsx(tmp_path / "pc.xlsx", rows))
    assert next(iter_records(sheet, map_columns(sheet))).values["date"] == date(2026, 9, 1)


CSV_TEXT = "工号,姓名,日期,上班时间,下班时间\r\nA001,张伟,2026/09/01,08:52,18:02\r\n"


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")],
)
def test_csv_encodings(tmp_path, encoding, label):
    path = tmp_path / "p.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    sheet = read_table(path)
    assert sheet.rows[0][0] == "工号" and sheet.rows[1][1] == "张伟"
    assert sheet.format == f"csv ({label})"
    assert list_sheets(path) == ["p"]


def test_tab_separated_csv(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(CSV_TEXT.replace(",", "\t"), encoding="utf-8")
    assert read_table(path).rows[1][:2] == ["A001", "张伟"]


# --- bad files ---------------------------------------------------------------------------------


def test_png_named_xlsx(tmp_path):
    path = tmp_path / "考勤.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(NotASpreadsheetError, match="考勤.xlsx.*PNG image"):
        read_table(path)


def test_text_named_xlsx(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    with pytest.raises(NotASpreadsheetError, match="notes.xlsx"):
        read_table(path)


def test_binary_named_csv(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    with pytest.raises(NotASpreadsheetError, match="PNG"):
        read_table(path)


def test_zip_without_workbook(tmp_path):
    path = tmp_path / "p.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(NotASpreadsheetError, match="without a workbook"):
        read_table(path)


def test_truncated_xlsx(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", PUNCH_ROWS * 50).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(TruncatedFileError, match="cut.xlsx.*damaged or incomplete"):
        read_table(path)


def test_encrypted_workbook(tmp_path):
    # A password-protected .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage.
    path = tmp_path / "secret.xlsx"
    body = bytearray(4096)
    directory = "EncryptionInfo".encode("utf-16-le") + b"\0" * 50 + "EncryptedPackage".encode("utf-16-le")
    body[1024 : 1024 + len(directory)] = directory
    path.write_bytes(reader_module.OLE_MAGIC + bytes(body))
    with pytest.raises(EncryptedFileError, match="secret.xlsx.*password"):
        read_table(path)


def test_decompression_bomb_by_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "RATIO_CHECK_FROM_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(DecompressionBombError, match="bomb.xlsx' unpacks to 8 MB.*compressed"):
        read_table(path)


def test_decompression_bomb_by_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_module, "MAX_UNPACKED_BYTES", 1024)
    path = write_xlsx(tmp_path / "big.xlsx", PUNCH_ROWS * 100)
    with pytest.raises(DecompressionBombError, match="big.xlsx"):
        read_table(path)


def test_empty_sheet(tmp_path):
    path = write_xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(EmptySheetError, match="Sheet 'Sheet' of 'empty.xlsx' has no data"):
        read_table(path)


def test_empty_files(tmp_path):
    (tmp_path / "zero.xlsx").write_bytes(b"")
    with pytest.raises(EmptySheetError, match="0 bytes"):
        read_table(tmp_path / "zero.xlsx")
    (tmp_path / "blank.csv").write_text("\r\n,,\r\n", encoding="utf-8")
    with pytest.raises(EmptySheetError):
        read_table(tmp_path / "blank.csv")


def test_formulas_without_saved_values(tmp_path):
    rows = [["工号", "工时", "加班工时"], ["A001", 8, "=B2*0.5"]]
    path = write_xlsx(tmp_path / "calc.xlsx", rows)  # openpyxl never calculates
    with pytest.raises(UncalculatedFormulaError, match="calc.xlsx.*first at C2"):
        read_table(path)


def test_formulas_with_saved_values_are_fine(tmp_path):
    path = write_xlsx(tmp_path / "calc.xlsx", [["工号", "工时"], ["A001", 8]])
    with zipfile.ZipFile(path) as archive:
        items = {name: archive.read(name) for name in archive.namelist()}
    part = "xl/worksheets/sheet1.xml"
    items[part] = items[part].replace(b'<c r="B2" t="n"><v>8</v></c>', b'<c r="B2"><f>4*2</f><v>8</v></c>')
    assert b"<f>4*2</f>" in items[part]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in items.items():
            archive.writestr(name, data)
    assert read_table(path).rows[1] == ["A001", 8.0]


def test_missing_file(tmp_path):
    with pytest.raises(FileReadError, match="does not exist"):
        read_table(tmp_path / "nope.xlsx")


def test_errors_are_shopteam_errors():
    from shopteam.domain.errors import ShopTeamError

    assert issubclass(FileReadError, ShopTeamError)


def test_tab_separated_text_named_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_bytes(CSV_TEXT.replace(",", "\t").encode("gbk"))
    assert read_table(path).rows[1][:2] == ["A001", "张伟"]


def test_html_named_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><table><tr><td>工号</td></tr></table></html>", encoding="utf-8")
    with pytest.raises(NotASpreadsheetError, match="web page"):
        read_table(path)


def test_damaged_ole_workbook(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(reader_module.OLE_MAGIC + b"\0" * 200)
    with pytest.raises(TruncatedFileError, match="old.xls"):
        read_table(path)


def test_sheet_with_empty_leading_rows_and_columns_keeps_excel_positions(tmp_path):
    import openpyxl

    from shopteam.io.reader import read_table

    path = tmp_path / "offset.xlsx"
    wb = openpyxl.Workbook()
    wb.active["C3"] = "工号"
    wb.active["D4"] = 1
    wb.save(path)
    rows = read_table(path).rows
    assert rows[2][2] == "工号" and rows[3][3] == 1  # row 3, column C as Excel shows them
