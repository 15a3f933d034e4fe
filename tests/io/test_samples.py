"""Each shared sample, read and mapped with no help, gives exactly the expected month."""

import json

import pytest

from shopteam.domain.attendance import SUMMARY_KEYS, summarise_month
from shopteam.domain.calendar import WorkCalendar
from shopteam.io import PUNCHES, ROSTER, iter_records, map_columns, read_table
from shopteam.io.punches import collect_punches, people_from_roster
from tests.conftest import SAMPLE_DATA

ATTENDANCE = SAMPLE_DATA / "attendance"
EXPECTED = json.loads((ATTENDANCE / "expected_2026-09.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def people():
    sheet = read_table(ATTENDANCE / "roster_foreign.xlsx")
    mapping = map_columns(sheet)
    assert mapping.kind == ROSTER
    people, problems = people_from_roster(iter_records(sheet, mapping))
    assert problems == []
    return people


def test_roster_with_other_headings(people):
    assert len(people) == 12
    first = people[0]
    assert (first.employee_no, first.name, first.hire_date.isoformat()) == ("A001", "张伟", "2023-03-01")
    sheet = read_table(ATTENDANCE / "roster_foreign.xlsx")
    mapping = map_columns(sheet)
    assert mapping.layout.header_rows == (1,)
    assert set(mapping.columns) == {"employee_no", "name", "department", "role", "hire_date", "base_salary"}
    record = next(iter_records(sheet, mapping))
    assert record.row == 3 and str(record.values["base_salary"]) == "9000.00"


@pytest.mark.parametrize(
    ("filename", "header_rows"),
    [
        ("dingtalk_daily_2026-09.xlsx", (2,)),
        ("wecom_detail_2026-09.xlsx", (0, 1)),
        ("punch_gbk_2026-09.csv", (0,)),
    ],
)
def test_sample_gives_the_expected_month(people, filename, header_rows):
    sheet = read_table(ATTENDANCE / filename)
    mapping = map_columns(sheet)
    assert mapping.kind == PUNCHES and mapping.required_missing == ()
    assert mapping.layout.header_rows == header_rows
    calendar = WorkCalendar()
    collected = collect_punches(iter_records(sheet, mapping), mapping.kind, people, calendar)

    if filename.startswith("dingtalk"):
        # The row of a person who is not on the roster is reported with its row number, not dropped.
        assert len(collected.rejected) == EXPECTED["rejected_rows_dingtalk"] == 1
        problem = collected.rejected[0]
        assert problem.row == 364 and problem.field == "employee_no" and "Z999" in problem.got
        assert problem.row == sheet.rows.index(next(r for r in sheet.rows if r[3] == "Z999")) + 1
    else:
        assert collected.rejected == []

    assert len(calendar.workdays(_september())) == EXPECTED["workdays"]
    for person in people:
        summary, _ = summarise_month(
            person.employee_no,
            person.name,
            2026,
            9,
            collected.days.get(person.employee_no, {}),
            calendar,
            employed_from=person.hire_date,
        )
        row = summary.as_dict()
        assert tuple(row) == SUMMARY_KEYS
        expected = EXPECTED["staff"][person.employee_no]
        assert {key: row[key] for key in expected} == expected, person.employee_no


def _september():
    from shopteam.domain.calendar import month_days

    return month_days(2026, 9)


def test_wecom_two_row_header_names(people):
    sheet = read_table(ATTENDANCE / "wecom_detail_2026-09.xlsx")
    mapping = map_columns(sheet)
    assert mapping.header_of("clock_in") == "考勤概况/最早"
    assert mapping.header_of("clock_out") == "考勤概况/最晚"
    assert mapping.header_of("date") == "时间"
    assert mapping.header_of("employee_no") == "账号"
    first = next(iter_records(sheet, mapping))
    assert first.row == 3


def test_dingtalk_prefers_job_number_over_user_id():
    sheet = read_table(ATTENDANCE / "dingtalk_daily_2026-09.xlsx")
    mapping = map_columns(sheet)
    assert mapping.header_of("employee_no") == "工号"
    assert (
        mapping.layout_key == map_columns(read_table(ATTENDANCE / "dingtalk_daily_2026-09.xlsx")).layout_key
    )
