"""Work rules (考勤规则): dated patterns and rules that leave past months alone, and who may change them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Role, RoleAssignment
from shopteam.db.models.attendance import PunchRecord
from shopteam.domain import clock
from shopteam.domain.calendar import WorkCalendar, month_days
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.attendance.month import month_summary
from shopteam.services.attendance.settings import (
    AttendanceSettings,
    get_attendance_settings,
    set_attendance_settings,
)
from shopteam.services.attendance.worktime import (
    calendars_for,
    delete_work_pattern,
    end_work_pattern,
    list_work_patterns,
    save_work_pattern,
    set_calendar_override,
)
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput

TEN_TO_SEVEN = [(time(10), time(13)), (time(14), time(19))]
TODAY = date(2026, 10, 10)


@pytest.fixture
def shop(factory, owner):
    """客服专员 role held by E001 and E002; E003 without a role; each punched 10:00–19:00 on every weekday
    workday of August and September 2026; a staff account for E001 and a manager account for E003."""
    with factory.begin() as s:
        role = Role(name="客服专员")
        s.add(role)
        s.flush()
        ids = {"role": role.id}
        for key, no in (("a", "E001"), ("b", "E002"), ("c", "E003")):
            ids[key] = roster.create_staff(s, actor=owner, data=StaffInput(
                employee_no=no, name=f"员工{no}", hire_date=date(2025, 1, 6), base_salary=Decimal("5000"),
                status="active"))
        for key in ("a", "b"):
            s.add(RoleAssignment(employee_id=ids[key], role_id=role.id, start_date=date(2025, 1, 6)))
        for month in (8, 9):
            for day in WorkCalendar().workdays(month_days(2026, month)):
                for key in ("a", "b", "c"):
                    s.add(PunchRecord(employee_id=ids[key], work_date=day, clock_in=datetime.combine(day, time(10)),
                                      clock_out=datetime.combine(day, time(19))))
        accounts.create_account(s, actor=owner, username="kefu", password="secret123", level="staff",
                                employee_id=ids["a"])
        accounts.create_account(s, actor=owner, username="lead", password="secret123", level="manager",
                                employee_id=ids["c"])
    with factory() as s:
        ids["staff"] = accounts.login(s, username="kefu", password="secret123").actor
        ids["manager"] = accounts.login(s, username="lead", password="secret123").actor
    return ids


def summary(factory, owner, month):
    with clock.frozen(TODAY), factory() as s:
        return {r.employee_no: r for r in month_summary(s, actor=owner, year=2026, month=month)}


def test_a_shift_change_from_the_15th_changes_only_the_days_from_the_15th(factory, owner, shop):
    august_before = summary(factory, owner, 8)
    september_before = summary(factory, owner, 9)
    workdays = WorkCalendar().workdays(month_days(2026, 9))
    assert september_before["E001"].late_count == len(workdays)  # 10:00 against 09:00: late every day
    with clock.frozen(TODAY), factory.begin() as s:
        save_work_pattern(s, actor=owner, name="晚班", weekdays=0b0011111, periods=TEN_TO_SEVEN,
                          role_id=shop["role"], effective_from=date(2026, 9, 15))
    after = summary(factory, owner, 9)
    before_15th = len([d for d in workdays if d < date(2026, 9, 15)])
    assert after["E001"].late_count == after["E002"].late_count == before_15th
    assert after["E001"].late_minutes == before_15th * 60
    assert after["E003"] == september_before["E003"]  # no role: the default pattern throughout
    assert summary(factory, owner, 8) == august_before  # last month unchanged


def test_editing_a_pattern_makes_a_new_version_and_keeps_the_old(factory, owner, shop):
    with clock.frozen(TODAY), factory.begin() as s:
        first = save_work_pattern(s, actor=owner, name="早班", weekdays=0b0011111, periods=TEN_TO_SEVEN,
                                  employee_id=shop["c"], effective_from=date(2026, 8, 1))
        second = save_work_pattern(s, actor=owner, name="早班", weekdays=0b0011111,
                                   periods=[(time(9), time(12)), (time(13), time(18))], employee_id=shop["c"],
                                   effective_from=date(2026, 9, 1))
    assert first != second
    with factory() as s:
        versions = [p for p in list_work_patterns(s, actor=owner) if p.employee_id == shop["c"]]
    assert [(p.effective_from, p.until) for p in versions] == [(date(2026, 8, 1), date(2026, 8, 31)),
                                                               (date(2026, 9, 1), None)]
    assert summary(factory, owner, 8)["E003"].late_count == 0
    assert summary(factory, owner, 9)["E003"].late_count == len(WorkCalendar().workdays(month_days(2026, 9)))


def test_saving_defaults_to_the_first_of_this_month_and_ending_falls_back(factory, owner, shop):
    with clock.frozen(date(2026, 9, 20)), factory.begin() as s:
        save_work_pattern(s, actor=owner, name="晚班", weekdays=0b0011111, periods=TEN_TO_SEVEN, role_id=shop["role"])
        end_work_pattern(s, actor=owner, role_id=shop["role"], effective_from=date(2026, 9, 21))
    with factory() as s:
        (version, ended) = [p for p in list_work_patterns(s, actor=owner) if p.role_id == shop["role"]]
    assert version.effective_from == date(2026, 9, 1) and ended.ends
    workdays = WorkCalendar().workdays(month_days(2026, 9))
    assert summary(factory, owner, 9)["E001"].late_count == len([d for d in workdays if d >= date(2026, 9, 21)])


def test_only_a_version_not_yet_in_force_can_be_deleted(factory, owner, shop):
    with clock.frozen(TODAY), factory.begin() as s:
        now = save_work_pattern(s, actor=owner, name="A", weekdays=1, periods=TEN_TO_SEVEN, role_id=shop["role"])
        later = save_work_pattern(s, actor=owner, name="B", weekdays=1, periods=TEN_TO_SEVEN, role_id=shop["role"],
                                  effective_from=TODAY + timedelta(days=5))
    with clock.frozen(TODAY), pytest.raises(ValidationError) as err, factory.begin() as s:
        delete_work_pattern(s, actor=owner, pattern_id=now)
    assert err.value.code == "pattern_in_force"
    with clock.frozen(TODAY), factory.begin() as s:
        delete_work_pattern(s, actor=owner, pattern_id=later)
    with factory() as s:
        assert [p.id for p in list_work_patterns(s, actor=owner)] == [now]


def test_a_shift_past_midnight_belongs_to_its_work_day(factory, owner, shop):
    with clock.frozen(TODAY), factory.begin() as s:
        save_work_pattern(s, actor=owner, name="夜班", weekdays=0b0011111, periods=[(time(20), time(0, 30))],
                          employee_id=shop["c"], effective_from=date(2026, 9, 1))
        default, calendars = calendars_for(s, None, date(2026, 9, 1), date(2026, 9, 30))
    shift = calendars[shop["c"]].shift_for(date(2026, 9, 1))
    assert (shift.start, shift.end) == (20 * 60, 24 * 60 + 30)
    assert shop["a"] not in calendars and shop["b"] not in calendars  # the default pattern
    assert calendars[shop["c"]].shift_for(date(2026, 8, 31)) == default.shift_for(date(2026, 8, 31))


def test_rules_take_effect_from_a_date(factory, owner, shop):
    with clock.frozen(TODAY), factory.begin() as s:
        save_work_pattern(s, actor=owner, name="九点半", weekdays=0b0011111,
                          periods=[(time(9, 30), time(12)), (time(13), time(19))], is_default=True,
                          effective_from=date(2026, 8, 1))
        set_attendance_settings(s, actor=owner, effective_from=date(2026, 9, 15),
                                settings=AttendanceSettings(late_grace_minutes=30, free_corrections_per_month=1))
    workdays = WorkCalendar().workdays(month_days(2026, 9))
    assert summary(factory, owner, 9)["E003"].late_count == len([d for d in workdays if d < date(2026, 9, 15)])
    assert summary(factory, owner, 8)["E003"].late_count == len(WorkCalendar().workdays(month_days(2026, 8)))
    with factory() as s:
        assert get_attendance_settings(s, on=date(2026, 9, 14)).late_grace_minutes == 5
        assert get_attendance_settings(s, on=date(2026, 9, 15)).late_grace_minutes == 30
        logged = s.scalars(select(AuditLog).where(AuditLog.entity == "attendance_settings")).one()
    assert "2026-09-15" in logged.summary and '"late_grace_minutes": 30' in logged.after


def test_bad_rules_are_refused_and_nothing_is_saved(factory, owner, shop):
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        set_attendance_settings(s, actor=owner, settings=AttendanceSettings(free_corrections_per_month=-1))
    assert err.value.field == "free_corrections_per_month"
    with pytest.raises(ValidationError) as err, factory.begin() as s:
        save_work_pattern(s, actor=owner, name="x", weekdays=0b11111, periods=TEN_TO_SEVEN)
    assert err.value.code == "pattern_target"
    with factory() as s:
        assert get_attendance_settings(s) == AttendanceSettings() and list_work_patterns(s, actor=owner) == []


@pytest.mark.parametrize("who", ["staff", "manager"])
def test_only_the_owner_changes_the_work_rules(factory, shop, who):
    actor = shop[who]
    changes = (
        lambda s: set_attendance_settings(s, actor=actor, settings=AttendanceSettings()),
        lambda s: save_work_pattern(s, actor=actor, name="x", weekdays=1, periods=TEN_TO_SEVEN, is_default=True),
        lambda s: end_work_pattern(s, actor=actor, is_default=True),
        lambda s: set_calendar_override(s, actor=actor, day=date(2026, 9, 7), kind="restday"),
    )
    for change in changes:
        with pytest.raises(PermissionDenied), factory.begin() as s:
            change(s)
