"""Realistic, deterministic attendance for the demo shop: the three months before ``today``'s month and
this month up to yesterday (today nobody has punched yet, so the month to date has no false absences).

Office hours 09:00–12:00 and 13:00–18:00 Monday to Friday; the customer-service roles work an evening
shift (15:00–19:00, 20:00–00:30, past midnight). Late arrivals now and then, a forgotten punch, overtime
with and without an approved application, approved leave that covers absent days, one rejected and one
pending request, a Saturday and a statutory holiday worked by the warehouse. Punches are written with one
Core executemany.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee, Role, RoleAssignment
from shopteam.db.models.attendance import LeaveRequest, OvertimeRequest, PunchRecord, WorkPattern
from shopteam.domain import clock
from shopteam.domain.calendar import DEFAULT_WEEK, WorkCalendar, china_holidays, month_days
from shopteam.services.attendance.worktime import pattern_week

SEED = 20260901
CS_ROLES = ("cs_presale", "cs_aftersale")
CS_PERIODS = ((time(15), time(19)), (time(20), time(0, 30)))
MANAGER_OF_OPS = "XL002"


def _months_before(today: date, count: int) -> list[tuple[int, int]]:
    year, month = today.year, today.month
    result = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        result.append((year, month))
    return list(reversed(result))


def create_demo_attendance(session: Session, *, people: dict[str, Employee], roles: dict[str, Role],
                           usernames: dict[str, str], today: date, lang: str) -> dict[str, int]:
    """Fill the three months before ``today``'s month and this month before today; counts of what was written."""
    rng = random.Random(SEED)
    cs_name = "客服晚班" if lang == "zh_CN" else "Customer service evening shift"
    for key in CS_ROLES:
        session.add(WorkPattern(name=f"{cs_name} ({key})", weekdays=0b0011111, role_id=roles[key].id,
                                periods=json.dumps([[a.strftime("%H:%M"), b.strftime("%H:%M")]
                                                    for a, b in CS_PERIODS])))
    office = WorkCalendar(DEFAULT_WEEK)
    evening = WorkCalendar(pattern_week(0b0011111, list(CS_PERIODS), cs_name))
    months = _months_before(today, 3)
    days = [d for y, m in months for d in month_days(y, m)]
    first, last = days[0], days[-1]
    holidays = sorted(d for y in {first.year, last.year} for d in china_holidays(y).holidays if first <= d <= last)
    saturdays = [d for d in days if d.weekday() == 5]
    worked_holiday = holidays[len(holidays) // 2] if holidays else None
    worked_saturday = saturdays[len(saturdays) // 2]
    days += [d for d in month_days(today.year, today.month) if d < today]  # this month so far

    now = clock.now().replace(tzinfo=None)
    source = "demo"
    punches: list[dict] = []
    leave: list[LeaveRequest] = []
    overtime: list[OvertimeRequest] = []
    boss, manager = usernames["owner"], usernames["manager"]

    def decider(emp: Employee) -> str:
        return manager if emp.manager is not None and emp.manager.employee_no == MANAGER_OF_OPS else boss

    def ts(day: date, minutes: int) -> datetime:
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    cs_people = _cs_people(people, roles, session)
    for number, emp in sorted(people.items()):
        if emp.status == "left" and emp.leave_date is not None and emp.leave_date < first:
            continue
        calendar = evening if number in cs_people else office
        absent_days = set()
        for day in days:
            if day < emp.hire_date or (emp.leave_date is not None and day > emp.leave_date) or day >= today:
                continue
            shift = calendar.shift_for(day)
            if shift is None:
                continue
            roll = rng.random()
            if roll < 0.02:
                absent_days.add(day)
                continue
            start = shift.start - rng.randint(2, 18)
            end = shift.end + rng.randint(0, 14)
            if rng.random() < 0.07:
                start = shift.start + rng.randint(6, 35)  # late
            if rng.random() < 0.015:
                end = shift.end - rng.randint(10, 40)  # early leave
            stayed = rng.random() < 0.06
            if stayed:
                extra = rng.choice((60, 90, 120, 150))
                end = shift.end + extra + rng.randint(0, 10)
                if rng.random() < 0.6:  # applied for it beforehand and got it approved
                    overtime.append(OvertimeRequest(
                        employee_id=emp.id, work_date=day, start=ts(day, shift.end), end=ts(day, shift.end + extra),
                        hours=extra / 60, reason="大促备货" if lang == "zh_CN" else "campaign preparation",
                        status="approved", requested_by=usernames.get(number, boss), decided_by=decider(emp),
                        decided_at=ts(day, shift.start - 60), created_at=ts(day - timedelta(days=1), 600)))
            clock_in, clock_out = ts(day, start), ts(day, end)
            if rng.random() < 0.02:
                clock_out = None  # forgot to punch out
            punches.append({"employee_id": emp.id, "work_date": day, "clock_in": clock_in,
                            "clock_out": clock_out, "source": source, "imported_at": now})
        for day in sorted(absent_days)[:2]:  # most absences were approved leave taken that day
            if rng.random() < 0.7:
                shift = calendar.shift_for(day)
                kind = rng.choice(("annual", "personal", "sick"))
                leave.append(LeaveRequest(
                    employee_id=emp.id, kind=kind, start=ts(day, shift.start), end=ts(day, shift.end),
                    hours=shift.scheduled_minutes / 60, reason={"annual": "年假", "personal": "家里有事",
                                                                 "sick": "感冒发烧"}[kind],
                    status="approved", requested_by=usernames.get(number, boss), decided_by=decider(emp),
                    decided_at=ts(day - timedelta(days=3), 600), created_at=ts(day - timedelta(days=4), 600)))

    for number, day in (("XL016", worked_holiday), ("XL017", worked_holiday), ("XL016", worked_saturday)):
        emp = people[number]
        if day is None or day < emp.hire_date:
            continue
        punches.append({"employee_id": emp.id, "work_date": day, "clock_in": ts(day, 8 * 60 + 55),
                        "clock_out": ts(day, 18 * 60 + 5), "source": source, "imported_at": now})
        overtime.append(OvertimeRequest(
            employee_id=emp.id, work_date=day, start=ts(day, 9 * 60), end=ts(day, 18 * 60), hours=8.0,
            reason="节日发货" if lang == "zh_CN" else "holiday shipping", status="approved",
            requested_by=boss, decided_by=boss, decided_at=ts(day - timedelta(days=2), 600),
            created_at=ts(day - timedelta(days=3), 600)))

    # One rejected application, one pending leave request for next week.
    ops = people["XL004"]
    overtime.append(OvertimeRequest(
        employee_id=ops.id, work_date=last, start=ts(last, 18 * 60), end=ts(last, 21 * 60), hours=3.0,
        reason="整理商品详情页" if lang == "zh_CN" else "product pages", status="rejected", requested_by=boss,
        decided_by=manager, decided_at=ts(last, 600), decision_note="不急，下周工作时间做" if lang == "zh_CN"
        else "not urgent; next week in working hours", created_at=ts(last, 540)))
    kefu = people["XL009"]
    pending_day = today + timedelta(days=7)
    leave.append(LeaveRequest(
        employee_id=kefu.id, kind="annual", start=datetime.combine(pending_day, time()),
        end=datetime.combine(pending_day + timedelta(days=2), time()), hours=16.0,
        reason="回家探亲" if lang == "zh_CN" else "visiting family", status="pending", requested_by="kefu01",
        created_at=now))
    session.connection().execute(PunchRecord.__table__.insert(), punches)
    session.add_all(leave + overtime)
    session.flush()
    return {"punches": len(punches), "leave_requests": len(leave), "overtime_requests": len(overtime)}


def _cs_people(people: dict[str, Employee], roles: dict[str, Role], session: Session) -> set[str]:
    ids = {roles[k].id for k in CS_ROLES}
    rows = session.execute(select(RoleAssignment.employee_id, RoleAssignment.role_id)
                           .where(RoleAssignment.is_primary, RoleAssignment.end_date.is_(None)))
    by_id = {e.id: n for n, e in people.items()}
    return {by_id[e] for e, r in rows if r in ids and e in by_id}
