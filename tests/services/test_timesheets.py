"""Timesheets (工时): who sees and decides them, and what approved hours do to the month and the payout."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.attendance import PunchRecord, TimesheetEntry
from shopteam.domain import clock
from shopteam.domain.calendar import WorkCalendar, month_days
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.attendance.month import month_summary
from shopteam.services.attendance.timesheets import (
    TimesheetInput,
    add_timesheet_entry,
    card_hours,
    decide_timesheet,
    edit_timesheet_entry,
    list_timesheets,
)
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.imports.pipeline import commit_import, preview_import
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput

WORKDAYS = WorkCalendar().workdays(month_days(2026, 9))  # 22: the make-up Sunday 09-20 in, Mid-Autumn 09-25 out
AFTER = date(2026, 10, 15)


@pytest.fixture
def shop(factory, owner):
    """K001 (manager of K002, an account of its own), K002 on timesheets, K003 a colleague with punches."""
    with factory.begin() as s:
        boss = roster.create_staff(s, actor=owner, data=StaffInput("K001", "周主管", date(2025, 1, 1)))
        remote = roster.create_staff(s, actor=owner, data=StaffInput(
            "K002", "远程客服", date(2025, 1, 1), manager_id=boss, attendance_from_timesheets=True))
        other = roster.create_staff(s, actor=owner, data=StaffInput("K003", "李同事", date(2025, 1, 1)))
        for username, emp in (("zhou", boss), ("kefu", remote), ("li", other)):
            accounts.create_account(s, actor=owner, username=username, password="secret123", level="staff",
                                    employee_id=emp)
    actors = {}
    with factory() as s:
        for username in ("zhou", "kefu", "li"):
            actors[username] = accounts.login(s, username=username, password="secret123").actor
    return owner, actors, {"K001": boss, "K002": remote, "K003": other}


def log(factory, actor, day, hours=8.0, overtime=0.0, task="回复咨询", **kwargs) -> int:
    with factory.begin() as s:
        return add_timesheet_entry(s, actor=actor, data=TimesheetInput(day, task, hours, overtime, **kwargs))


def decide(factory, actor, ids, approve=True):
    with factory.begin() as s:
        return decide_timesheet(s, actor=actor, entry_ids=ids, approve=approve)


def month_row(factory, actor, number):
    with clock.frozen(AFTER), factory() as s:
        return next(r for r in month_summary(s, actor=actor, year=2026, month=9) if r.employee_no == number)


def test_staff_see_only_their_own_and_the_manager_sees_reports(factory, shop):
    owner, actors, ids = shop
    mine = log(factory, actors["kefu"], date(2026, 9, 1))
    log(factory, actors["li"], date(2026, 9, 1), task="整理库存")
    with factory() as s:
        assert [r.id for r in list_timesheets(s, actor=actors["kefu"], year=2026, month=9)] == [mine]
        own = list_timesheets(s, actor=actors["kefu"], year=2026, month=9)[0]
        assert (own.status, own.can_decide, own.can_edit, own.hours) == ("pending", False, True, 8.0)
        seen = list_timesheets(s, actor=actors["zhou"], year=2026, month=9)
        assert [(r.employee_no, r.can_decide, r.can_edit) for r in seen] == [("K002", True, False)]
        assert {r.employee_no for r in list_timesheets(s, actor=owner, year=2026, month=9)} == {"K002", "K003"}
        assert list_timesheets(s, actor=owner, year=2026, month=10) == []
        assert [r.employee_no for r in list_timesheets(s, actor=owner, year=2026, month=9,
                                                         employee_id=ids["K003"])] == ["K003"]


def test_the_manager_decides_for_reports_never_oneself(factory, shop):
    owner, actors, ids = shop
    remote = log(factory, actors["kefu"], date(2026, 9, 1))
    colleague = log(factory, actors["li"], date(2026, 9, 1))
    own = log(factory, actors["zhou"], date(2026, 9, 1))
    with pytest.raises(PermissionDenied) as err, factory.begin() as s:
        decide_timesheet(s, actor=actors["kefu"], entry_ids=[remote], approve=True)
    assert "your own timesheet" in err.value.message
    with pytest.raises(PermissionDenied), factory.begin() as s:  # K001 does not manage K003
        decide_timesheet(s, actor=actors["zhou"], entry_ids=[remote, colleague], approve=True)
    with pytest.raises(PermissionDenied), factory.begin() as s:
        decide_timesheet(s, actor=actors["zhou"], entry_ids=[own], approve=True)
    with factory() as s:  # all or nothing: the refused batch left the report's entry pending
        assert s.get(TimesheetEntry, remote).status == "pending"
    assert decide(factory, actors["zhou"], [remote]) == 1
    assert decide(factory, owner, [colleague, own], approve=False) == 2
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        decide_timesheet(s, actor=owner, entry_ids=[remote], approve=False)
    assert err.value.code == "already_decided"
    with factory() as s:
        entry = s.get(TimesheetEntry, remote)
        assert (entry.status, entry.decided_by, entry.decided_at is not None) == ("approved", "zhou", True)
        actions = sorted(a.action for a in s.scalars(select(AuditLog).where(AuditLog.entity == "timesheet_entry")))
        assert actions == ["approve", "create", "create", "create", "reject", "reject"]


def test_own_entries_are_checked_and_editable_until_approved(factory, shop):
    owner, actors, _ids = shop
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        add_timesheet_entry(s, actor=actors["kefu"], data=TimesheetInput(date(2026, 9, 1), "x", 25))
    assert err.value.field == "hours"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        add_timesheet_entry(s, actor=actors["kefu"], data=TimesheetInput(date(2024, 9, 1), "x", 8))
    assert err.value.field == "work_date" and "2024-09-01" in err.value.message
    entry = log(factory, actors["kefu"], date(2026, 9, 1))
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        add_timesheet_entry(s, actor=actors["kefu"], data=TimesheetInput(date(2026, 9, 1), "回复咨询", 1))
    assert err.value.code == "timesheet_duplicate"
    decide(factory, owner, [entry], approve=False)
    with pytest.raises(PermissionDenied), factory.begin() as s:
        edit_timesheet_entry(s, actor=actors["li"], entry_id=entry, data=TimesheetInput(date(2026, 9, 1), "a", 1))
    with factory.begin() as s:  # the rejected entry, corrected, waits for a decision again
        edit_timesheet_entry(s, actor=actors["kefu"], entry_id=entry,
                             data=TimesheetInput(date(2026, 9, 1), "回复咨询", 6, note="改"))
    with factory() as s:
        row = s.get(TimesheetEntry, entry)
        assert (row.status, row.hours, row.note, row.decided_by) == ("pending", 6.0, "改", "")
    decide(factory, owner, [entry])
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        edit_timesheet_entry(s, actor=actors["kefu"], entry_id=entry, data=TimesheetInput(date(2026, 9, 1), "a", 1))
    assert err.value.code == "timesheet_approved"


def test_approved_hours_on_every_workday_are_a_full_month(factory, shop):
    owner, actors, _ids = shop
    entries = [log(factory, actors["kefu"], day) for day in WORKDAYS]
    before = month_row(factory, owner, "K002")
    assert (before.days_worked, before.absence_days) == (0, 22)  # pending hours do not count
    decide(factory, actors["zhou"], entries)
    row = month_row(factory, owner, "K002")
    assert (row.scheduled_days, row.days_worked, row.absence_days) == (22, 22, 0)
    assert (row.late_count, row.early_leave_count, row.missing_punch_count) == (0, 0, 0)
    assert month_row(factory, owner, "K003").absence_days == 22  # nobody else changed


def test_rejected_hours_do_not_count_and_part_days_do(factory, shop):
    owner, actors, _ids = shop
    short = log(factory, actors["kefu"], WORKDAYS[0], hours=3.5)  # part-time: any hours make a worked day
    refused = log(factory, actors["kefu"], WORKDAYS[1])
    decide(factory, owner, [short])
    decide(factory, owner, [refused], approve=False)
    row = month_row(factory, owner, "K002")
    assert (row.days_worked, row.absence_days) == (1, 21)


def test_timesheet_overtime_is_overtime_of_the_days_kind(factory, shop):
    owner, actors, ids = shop
    entries = [
        log(factory, actors["kefu"], date(2026, 9, 1), hours=8, overtime=2),  # a workday
        log(factory, actors["kefu"], date(2026, 9, 20), hours=8, overtime=1),  # the make-up working Sunday
        log(factory, actors["kefu"], date(2026, 9, 5), hours=4, overtime=0),  # a Saturday: all of it
        log(factory, actors["kefu"], date(2026, 9, 25), hours=3, overtime=0.5),  # Mid-Autumn: all of it
    ]
    log(factory, actors["kefu"], date(2026, 9, 2), hours=8, overtime=3)  # pending: no overtime
    decide(factory, owner, entries)
    row = month_row(factory, owner, "K002")
    assert (row.overtime_hours_workday, row.overtime_hours_restday, row.overtime_hours_holiday) == (3.0, 4.0, 3.5)
    assert row.unapproved_overtime_hours == 0  # approved with the hours
    assert row.days_worked == 4 and row.absence_days == 20


def test_a_punch_record_wins_over_the_timesheet(factory, shop):
    owner, actors, ids = shop
    day = date(2026, 9, 1)
    decide(factory, owner, [log(factory, actors["kefu"], day, hours=8, overtime=4)])
    with factory.begin() as s:
        s.add(PunchRecord(employee_id=ids["K002"], work_date=day, clock_in=datetime(2026, 9, 1, 8, 55),
                          clock_out=datetime(2026, 9, 1, 18, 0)))
    row = month_row(factory, owner, "K002")
    assert (row.days_worked, row.overtime_hours_workday) == (1, 0.0)


def test_only_people_on_timesheets_get_attendance_from_them(factory, shop, owner):
    _owner, actors, ids = shop
    decide(factory, owner, [log(factory, actors["li"], WORKDAYS[0])])
    assert month_row(factory, owner, "K003").days_worked == 0
    with factory() as s:
        detail = roster.get_staff(s, actor=owner, staff_id=ids["K003"])
    assert detail.attendance_from_timesheets is False
    with factory.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=ids["K003"], expected_version=detail.version, data=StaffInput(
            "K003", "李同事", date(2025, 1, 1), attendance_from_timesheets=True))
    assert month_row(factory, owner, "K003").days_worked == 1
    with factory() as s:
        detail = roster.get_staff(s, actor=owner, staff_id=ids["K003"])
    with factory.begin() as s:  # None leaves the setting as it is
        roster.update_staff(s, actor=owner, staff_id=ids["K003"], expected_version=detail.version,
                            data=StaffInput("K003", "李同事", date(2025, 1, 1), notes="兼职"))
    with factory() as s:
        assert s.get(Employee, ids["K003"]).attendance_from_timesheets is True


def test_the_payout_pays_timesheet_overtime_as_approved(factory, shop):
    from shopteam.services.payout.runs import compute_run

    owner, actors, ids = shop
    decide(factory, owner, [log(factory, actors["kefu"], date(2026, 9, 1), hours=8, overtime=2),
                            log(factory, actors["kefu"], date(2026, 9, 5), hours=4)])
    with clock.frozen(AFTER), factory.begin() as s:
        run = compute_run(s, actor=owner, year=2026, month=9)
    line = next(r for r in run.rows if r.employee_no == "K002")
    paid = {k: Decimal(v) for k, v in line.inputs["overtime_hours"].items()}
    assert paid == {"workday": 2, "restday": 4, "holiday": 0}  # paid without an overtime application


def test_imported_entries_are_pending_and_find_their_card(factory, shop, tmp_path):
    owner, actors, ids = shop
    with factory.begin() as s:
        board = boards.create_board(s, actor=owner, name="内容看板", columns=["待办", "完成"])
        card = cards.create_card(s, actor=owner, board_id=board, data=cards.CardInput(title="双11详情页"))
        for _ in range(2):
            cards.create_card(s, actor=owner, board_id=board, data=cards.CardInput(title="写文案"))
    path = tmp_path / "timesheet.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工号", "日期", "任务", "工时", "加班工时", "备注"])
    ws.append(["K002", "2026-09-01", "双11详情页", 6, 1, ""])
    ws.append(["K002", "2026-09-01", "写文案", 2, 0, ""])  # two cards have that title: the text only
    wb.save(path)
    with factory.begin() as s:
        commit_import(s, actor=owner, preview=preview_import(s, actor=owner, path=path, kind="timesheet"))
    with factory() as s:
        rows = {r.task: r for r in list_timesheets(s, actor=owner, year=2026, month=9)}
        assert {t: (r.status, r.card_id, r.card_title) for t, r in rows.items()} == {
            "双11详情页": ("pending", card, "双11详情页"), "写文案": ("pending", None, "")}
        assert card_hours(s, card_id=card) == 7.0
    decide(factory, owner, [rows["双11详情页"].id], approve=False)
    with factory() as s:
        assert card_hours(s, card_id=card) == 0.0
    entry = log(factory, actors["kefu"], date(2026, 9, 2), hours=1.5, task="双11详情页")  # typed: found too
    with factory() as s:
        assert s.get(TimesheetEntry, entry).card_id == card and card_hours(s, card_id=card) == 1.5
