"""Header detection, synonyms, kinds and the user's corrections."""

from datetime import date, datetime, time
from decimal import Decimal

import openpyxl
import pytest

from shopteam.domain.calendar import WorkCalendar
from shopteam.domain.timeparse import ClockTime
from shopteam.io import (
    PUNCH_LOG,
    PUNCHES,
    ROSTER,
    TIMESHEET,
    HeaderNotFoundError,
    iter_records,
    map_columns,
    read_table,
)
from shopteam.io.headers import KPI, normalise_header
from shopteam.io.punches import Person, collect_punches

PEOPLE = [
    Person("A001", "张伟", date(2023, 3, 1)),
    Person("A002", "王芳", date(2026, 9, 10)),
    Person("B001", "刘洋"),
]


def save(path, rows, merges=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cell_range in merges:
        ws.merge_cells(cell_range)
    wb.save(path)
    return path


def test_normalise_header():
    assert normalise_header(" 所属部门（必填）* ") == "所属部门"
    assert normalise_header("Clock  In") == "clock in"
    assert normalise_header("迟到次数(次)") == "迟到次数"


def test_two_row_grouped_header_with_merged_cells(tmp_path):
    rows = [
        ["考勤月报 2026年9月", None, None, None, None],
        ["工号", "姓名", "日期", "打卡时间", None],
        [None, None, None, "最早", "最晚"],
        ["A001", "张伟", "2026-09-01", "08:55", "18:10"],
    ]
    sheet = read_table(save(tmp_path / "g.xlsx", rows, merges=("A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2")))
    mapping = map_columns(sheet)
    assert mapping.kind == PUNCHES and mapping.layout.header_rows == (1, 2)
    assert mapping.signature == ("工号", "姓名", "日期", "打卡时间/最早", "打卡时间/最晚")
    assert mapping.columns == {"employee_no": 0, "name": 1, "date": 2, "clock_in": 3, "clock_out": 4}
    record = next(iter_records(sheet, mapping))
    assert record.row == 4 and record.values["clock_out"] == ClockTime(time(18, 10))


def test_two_row_header_without_merge_information(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(
        "工号,姓名,日期,打卡时间,\n,,,最早,最晚\nA001,张伟,2026-09-01,08:55,18:10\n", encoding="utf-8"
    )
    mapping = map_columns(read_table(path))
    assert mapping.layout.header_rows == (0, 1)
    assert mapping.columns["clock_in"] == 3 and mapping.columns["clock_out"] == 4


def test_english_headers(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(
        "Employee No,Name,Date,Clock In,Clock Out\nA001,Zhang Wei,2026-09-01,08:55,18:10\n", encoding="utf-8"
    )
    mapping = map_columns(read_table(path))
    assert mapping.kind == PUNCHES and set(mapping.columns) == {
        "employee_no",
        "name",
        "date",
        "clock_in",
        "clock_out",
    }


def test_no_header_found(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(HeaderNotFoundError, match="No header row"):
        map_columns(read_table(path))


def test_timesheet(tmp_path):
    rows = [
        ["工时填报"],
        ["工号", "日期", "任务", "工时", "加班工时", "备注"],
        ["A001", date(2026, 9, 1), "双十一主图", 7.5, 1, ""],
        ["A001", "2026年9月2日", "详情页", "8", None, "客户返修"],
        ["A001", "9月3日", "详情页", "八小时", None, None],
    ]
    sheet = read_table(save(tmp_path / "t.xlsx", rows))
    mapping = map_columns(sheet)
    assert mapping.kind == TIMESHEET
    records = list(iter_records(sheet, mapping, year=2026))
    assert records[0].values["hours"] == Decimal("7.5") and records[0].values["overtime_hours"] == Decimal(
        "1"
    )
    assert records[1].values["date"] == date(2026, 9, 2) and records[1].values["note"] == "客户返修"
    assert records[2].values["date"] == date(2026, 9, 3)
    assert [(p.row, p.field, p.got) for p in records[2].problems] == [(5, "hours", "八小时")]


@pytest.mark.parametrize(("header", "data", "columns"), [
    (["工号", "姓名", "指标", "实际值", "月份"], ["E001", "张三", "销售额", 128000, "2026-10"],
     {"employee_no": 0, "name": 1, "indicator": 2, "value": 3, "period": 4}),
    (["姓名", "指标", "数值"], ["张三", "转化率", "3.5%"], {"name": 0, "indicator": 1, "value": 2}),
])
def test_kpi_sheet_is_recognised_from_its_headers(tmp_path, header, data, columns):
    rows = [["10月 KPI 数据（生意参谋导出）"], header, data]
    mapping = map_columns(read_table(save(tmp_path / "kpi.xlsx", rows)))  # no kind given: from the headers
    assert mapping.kind == KPI and mapping.required_missing == ()
    assert mapping.columns == columns and mapping.first_data_row == 2


def test_row_problems_are_collected_not_raised(tmp_path):
    rows = [
        ["工号", "日期", "上班打卡", "下班打卡"],
        ["A001", "2026-02-30", "9点", "18:00"],
        [None, None, None, None],
        ["A001", "2026-09-02", "08:58", "18:00"],
    ]
    sheet = read_table(save(tmp_path / "p.xlsx", rows))
    records = list(iter_records(sheet, map_columns(sheet)))
    assert [r.row for r in records] == [2, 4]  # the blank row 3 is skipped
    problems = records[0].problems
    assert [(p.field, p.expected) for p in problems] == [
        ("date", "a real calendar date"),
        ("clock_in", "a clock time such as 09:02"),
    ]
    assert "row 2, date: expected a real calendar date, got '2026-02-30'" == problems[0].message
    assert records[1].ok


def test_corrected_mapping(tmp_path):
    rows = [["工号", "日期", "进", "出"], ["A001", "2026-09-01", "08:55", "18:10"]]
    sheet = read_table(save(tmp_path / "p.xlsx", rows))
    mapping = map_columns(sheet, kind=PUNCHES)
    assert mapping.required_missing == ("clock_in",)
    fixed = mapping.with_columns({"clock_in": 2, "clock_out": 3})
    assert fixed.required_missing == () and fixed.layout_key == mapping.layout_key
    record = next(iter_records(sheet, fixed))
    assert record.values["clock_in"] == ClockTime(time(8, 55))


def test_roster_kind(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        '员工编号,员工姓名,所属部门,岗位,入职时间,底薪\nA001,张伟,运营部,运营经理,2023-03-01,"9,000"\n',
        encoding="utf-8",
    )
    sheet = read_table(path)
    mapping = map_columns(sheet)
    assert mapping.kind == ROSTER
    record = next(iter_records(sheet, mapping))
    assert record.values["hire_date"] == date(2023, 3, 1) and record.values["base_salary"] == Decimal(
        "9000.00"
    )


def test_raw_punch_log_is_paired_into_first_and_last(tmp_path):
    rows = [
        ["打卡记录 2026-09"],
        ["姓名", "工号", "部门", "考勤日期", "打卡时间", "打卡结果"],
        ["张伟", "A001", "运营部", date(2026, 9, 1), datetime(2026, 9, 1, 12, 2), "正常"],
        ["张伟", "A001", "运营部", date(2026, 9, 1), datetime(2026, 9, 1, 8, 51), "正常"],
        ["张伟", "A001", "运营部", date(2026, 9, 1), datetime(2026, 9, 1, 18, 40), "正常"],
        ["张伟", "A001", "运营部", "2026-09-02", "08:57:10", "正常"],
        ["刘洋", "B001", "美工部", date(2026, 9, 1), datetime(2026, 9, 1, 18, 3), "正常"],
        ["王小明", "Z999", "运营部", date(2026, 9, 1), datetime(2026, 9, 1, 9, 0), "正常"],
        ["王芳", "A002", "运营部", date(2026, 9, 1), datetime(2026, 9, 1, 9, 0), "正常"],
    ]
    sheet = read_table(save(tmp_path / "log.xlsx", rows))
    mapping = map_columns(sheet)
    assert mapping.kind == PUNCH_LOG and mapping.layout.header_rows == (1,)
    collected = collect_punches(iter_records(sheet, mapping), mapping.kind, PEOPLE, WorkCalendar())
    a001 = collected.days["A001"]
    assert a001[date(2026, 9, 1)].clock_in.time == time(8, 51)
    assert a001[date(2026, 9, 1)].clock_out.time == time(18, 40)
    assert (
        a001[date(2026, 9, 2)].clock_in.time == time(8, 57, 10) and a001[date(2026, 9, 2)].clock_out is None
    )
    assert collected.days["B001"][date(2026, 9, 1)].clock_in is None  # a lone evening punch is a clock-out
    assert collected.source_rows[("A001", date(2026, 9, 1))] == [3, 4, 5]
    assert [(p.row, p.field) for p in collected.rejected] == [
        (8, "employee_no"),
        (9, "date"),
    ]  # unknown; not yet hired


def test_punch_log_with_one_datetime_column(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("姓名,时间\n张伟,2026-09-01 08:50:00\n张伟,2026-09-01 18:31:00\n", encoding="utf-8")
    sheet = read_table(path)
    mapping = map_columns(sheet)
    assert mapping.kind == PUNCH_LOG and mapping.columns == {"name": 0, "punch_time": 1}
    collected = collect_punches(iter_records(sheet, mapping), mapping.kind, PEOPLE, WorkCalendar())
    day = collected.days["A001"][date(2026, 9, 1)]
    assert (day.clock_in.time, day.clock_out.time) == (time(8, 50), time(18, 31))


def test_daily_rows_checked_for_order_duplicates_and_overnight(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "工号,日期,上班时间,下班时间\n"
        "A001,2026-09-01,18:00,09:00\n"
        "A001,2026-09-02,09:00,次日 01:30\n"
        "A001,2026-09-02,09:00,18:00\n",
        encoding="utf-8",
    )
    sheet = read_table(path)
    collected = collect_punches(iter_records(sheet, map_columns(sheet)), PUNCHES, PEOPLE, WorkCalendar())
    assert [(p.row, p.field) for p in collected.rejected] == [(2, "clock_out"), (4, "date")]
    assert collected.rejected[0].expected_text == ("a clock-out after the clock-in 18:00 (this shift does not run "
                                                   "past midnight)") and collected.rejected[0].got == "09:00"
    assert "row 3 has this day" in collected.rejected[1].expected_text
    assert collected.rejected[1].params == {"first": 3}  # the other row is a parameter, not part of the text
    assert collected.days["A001"][date(2026, 9, 2)].clock_out == ClockTime(time(1, 30), next_day=True)


def test_people_matched_by_unique_name(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "姓名,日期,上班时间,下班时间\n刘洋,2026-09-01,09:00,18:00\n李四,2026-09-01,09:00,18:00\n",
        encoding="utf-8",
    )
    sheet = read_table(path)
    collected = collect_punches(iter_records(sheet, map_columns(sheet)), PUNCHES, PEOPLE, WorkCalendar())
    assert list(collected.days) == ["B001"]
    assert [(p.row, p.field, p.got) for p in collected.rejected] == [(3, "name", "李四")]


def test_repeated_header_rows_are_skipped(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "工号,日期,上班时间,下班时间\nA001,2026-09-01,09:00,18:00\n工号,日期,上班时间,下班时间\n"
        "A001,2026-09-02,09:00,18:00\n",
        encoding="utf-8",
    )
    sheet = read_table(path)
    assert [r.row for r in iter_records(sheet, map_columns(sheet))] == [2, 4]
