"""The figures behind the shop's charts (issue 14), month by month over the last 12 months to a month
(by default the current one, from shopteam.domain.clock), for the actor's scope:

- headcount by department: people employed at each month end (for the month in progress: today), by hire
  and leave dates, grouped by their department;
- overtime by department: approved overtime hours per department and month, split by kind — workday,
  rest day (weekend) or statutory holiday — as each person's calendar classifies the day (the same split
  the payout pays: approved overtime requests plus the overtime of approved timesheet hours);
- payout cost against sales: the total of each month's approved payout run (None when the month has no
  approved run) against the month's sales, the KPI actuals named in the shop's ``sales_indicators``
  (销售额) summed over everyone (a person's first indicator with a figure counts, as in the payout).

The charts themselves are drawn by reports/shop_charts; the screens call these functions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.appraisal import KpiActual
from shopteam.db.models.attendance import OvertimeRequest
from shopteam.db.models.payout import PayoutLine, PayoutRun
from shopteam.domain import clock
from shopteam.domain.attendance import derive_timesheet_day
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import ValidationError
from shopteam.domain.incentives import OvertimeKind, overtime_kind
from shopteam.domain.money import ZERO, round_fen
from shopteam.services.attendance.timesheets import approved_timesheet_days
from shopteam.services.attendance.worktime import calendars_for
from shopteam.services.context import Actor
from shopteam.services.payout import rules as payout_rules
from shopteam.services.permissions import PAYOUT_MANAGE, require, visible_employee_ids

MONTHS = 12
OVERTIME_KINDS = tuple(k.value for k in OvertimeKind)  # workday, restday, holiday
NO_DEPARTMENT = ""  # the department key of people without one


def _months(year: int | None, month: int | None, count: int) -> list[tuple[int, int]]:
    if year is None or month is None:
        today = clock.today()
        year, month = today.year, today.month
    if not 1 <= month <= 12:
        raise ValidationError("Unknown month {month}.", field="month", code="month", month=month)
    if count < 1:
        raise ValidationError("Unknown month {month}.", field="months", code="month", month=count)
    index = year * 12 + month - 1 - (count - 1)
    return [((i // 12), i % 12 + 1) for i in range(index, index + count)]


def _period(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def _department_order(session: Session, names: set[str]) -> list[str]:
    order = {name: (sort, name) for name, sort in session.execute(select(Department.name, Department.sort_order))}
    known = sorted((n for n in names if n in order), key=lambda n: order[n])
    return known + sorted(n for n in names if n not in order and n != NO_DEPARTMENT) + (
        [NO_DEPARTMENT] if NO_DEPARTMENT in names else [])


@dataclass(frozen=True)
class HeadcountSeries:
    months: tuple[str, ...]  # 'YYYY-MM', oldest first
    as_of: tuple[date, ...]  # the day each month is counted on (its last day, or today while it runs)
    departments: tuple[str, ...]  # in the shop's order; NO_DEPARTMENT ("") last
    counts: dict[str, tuple[int, ...]]  # department -> people at each month's end

    def total(self) -> tuple[int, ...]:
        return tuple(sum(c[i] for c in self.counts.values()) for i in range(len(self.months)))


def headcount_by_department(session: Session, *, actor: Actor, year: int | None = None, month: int | None = None,
                            months: int = MONTHS) -> HeadcountSeries:
    """People employed at each month end of the ``months`` months to year-month, by department."""
    periods = _months(year, month, months)
    today = clock.today()
    days = [min(month_days(y, m)[-1], max(today, date(y, m, 1))) for y, m in periods]
    scope = visible_employee_ids(session, actor)
    rows = session.execute(
        select(Employee.id, func.coalesce(Department.name, NO_DEPARTMENT), Employee.hire_date, Employee.leave_date)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.hire_date <= days[-1], or_(Employee.leave_date.is_(None), Employee.leave_date >= days[0])))
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    for emp, department, hired, left in rows:
        if scope is not None and emp not in scope:
            continue
        for i, day in enumerate(days):
            if hired <= day and (left is None or left >= day):
                counts[department][i] += 1
    order = _department_order(session, set(counts))
    return HeadcountSeries(tuple(_period(y, m) for y, m in periods), tuple(days), tuple(order),
                           {d: tuple(counts[d]) for d in order})


@dataclass(frozen=True)
class OvertimeSeries:
    months: tuple[str, ...]
    departments: tuple[str, ...]
    hours: dict[str, dict[str, tuple[float, ...]]]  # department -> kind -> hours per month

    def of(self, department: str | None = None) -> dict[str, tuple[float, ...]]:
        """kind -> hours per month of one department, or of all of them (None)."""
        if department is not None:
            return self.hours.get(department, {k: (0.0,) * len(self.months) for k in OVERTIME_KINDS})
        return {k: tuple(round(sum(d[k][i] for d in self.hours.values()), 2) for i in range(len(self.months)))
                for k in OVERTIME_KINDS}


def overtime_by_department(session: Session, *, actor: Actor, year: int | None = None, month: int | None = None,
                           months: int = MONTHS) -> OvertimeSeries:
    """Approved overtime hours per department, month and kind over the ``months`` months to year-month."""
    periods = _months(year, month, months)
    first, last = date(*periods[0], 1), month_days(*periods[-1])[-1]
    index = {p: i for i, p in enumerate(periods)}
    scope = visible_employee_ids(session, actor)
    department_of = {emp: name for emp, name in session.execute(
        select(Employee.id, func.coalesce(Department.name, NO_DEPARTMENT))
        .outerjoin(Department, Department.id == Employee.department_id))
        if scope is None or emp in scope}
    default, calendars = calendars_for(session, set(department_of), first, last)
    hours: dict[str, dict[str, list[Decimal]]] = defaultdict(
        lambda: {k: [ZERO] * len(periods) for k in OVERTIME_KINDS})

    def add(emp: int, day: date, amount: Decimal) -> None:
        kind = overtime_kind(calendars.get(emp, default).classify(day)).value
        hours[department_of[emp]][kind][index[(day.year, day.month)]] += amount

    for emp, day, amount in session.execute(
            select(OvertimeRequest.employee_id, OvertimeRequest.work_date, OvertimeRequest.hours)
            .where(OvertimeRequest.status == "approved", OvertimeRequest.work_date >= first,
                   OvertimeRequest.work_date <= last)):
        if emp in department_of:
            add(emp, day, Decimal(repr(amount)))
    for emp, by_day in approved_timesheet_days(session, first, last).items():
        if emp not in department_of:
            continue
        calendar = calendars.get(emp, default)
        for day, worked in by_day.items():
            minutes = derive_timesheet_day(day, worked, calendar).overtime_minutes
            if minutes:
                add(emp, day, Decimal(str(round(minutes / 60, 2))))
    order = _department_order(session, set(hours))
    return OvertimeSeries(tuple(_period(y, m) for y, m in periods), tuple(order),
                          {d: {k: tuple(float(v) for v in hours[d][k]) for k in OVERTIME_KINDS} for d in order})


@dataclass(frozen=True)
class CostSalesSeries:
    months: tuple[str, ...]
    cost: tuple[Decimal | None, ...]  # the approved run's total; None: no approved run that month
    sales: tuple[Decimal, ...]
    indicators: tuple[str, ...]  # the KPI indicators counted as sales

    def ratio(self) -> tuple[Decimal | None, ...]:
        """Payout cost as a percentage of sales (None without an approved run or without sales)."""
        return tuple(None if c is None or not s else (c * 100 / s).quantize(Decimal("0.1"))
                     for c, s in zip(self.cost, self.sales, strict=True))


def payout_cost_against_sales(session: Session, *, actor: Actor, year: int | None = None,
                              month: int | None = None, months: int = MONTHS) -> CostSalesSeries:
    """Each month's approved payout total against the month's sales (KPI actuals), shop-wide."""
    require(actor, PAYOUT_MANAGE, "see the payout cost")
    periods = _months(year, month, months)
    keys = [y * 100 + m for y, m in periods]
    indicators = tuple(payout_rules.shop_rules(session)["sales_indicators"])
    cost: dict[int, Decimal] = {}
    for y, m, total in session.execute(
            select(PayoutRun.year, PayoutRun.month, func.coalesce(func.sum(PayoutLine.total), 0))
            .outerjoin(PayoutLine, PayoutLine.run_id == PayoutRun.id)
            .where(PayoutRun.state == "approved", (PayoutRun.year * 100 + PayoutRun.month).in_(keys))
            .group_by(PayoutRun.year, PayoutRun.month)):
        cost[y * 100 + m] = round_fen(Decimal(str(total)))
    found: dict[tuple[int, int], tuple[int, Decimal]] = {}
    for emp, y, m, indicator, value in session.execute(
            select(KpiActual.employee_id, KpiActual.year, KpiActual.month, KpiActual.indicator, KpiActual.value)
            .where((KpiActual.year * 100 + KpiActual.month).in_(keys), KpiActual.indicator.in_(indicators))):
        rank = indicators.index(indicator)
        key = (emp, y * 100 + m)
        if key not in found or rank < found[key][0]:
            found[key] = (rank, round_fen(Decimal(repr(value))))
    sales: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for (_emp, key), (_rank, value) in found.items():
        sales[key] += value
    return CostSalesSeries(tuple(_period(y, m) for y, m in periods), tuple(cost.get(k) for k in keys),
                           tuple(sales[k] for k in keys), indicators)
