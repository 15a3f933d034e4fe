"""The monthly payout run (奖金核算): compute, explain, approve (lock), reopen; totals.

Where the figures come from (the rules themselves are ``domain.incentives``):

- base salary: the staff record's monthly base; a person who joined or left during the month gets
  base × workdays employed / workdays of the month (their own work calendar);
- overtime: hours by kind (workday incl. make-up working day / rest day / statutory holiday) from the
  attendance month. Paid are the approved applications' hours by the kind of their day, but no more
  than the overtime the punches recorded of that kind; with the rule ``pay_unapproved_overtime`` all
  recorded overtime is paid. For a person whose attendance comes from timesheets, the overtime of their
  approved timesheet hours (days without punches) is approved with them;
- performance bonus: the month's finalised appraisal (the calibrated grade and score when adjusted);
- commission: the person's KPI actual named in ``sales_indicators`` (销售额) for the month;
- attendance: late arrivals, early leaves, missing punches and absence days of the attendance month;
  approved leave of the ``unpaid_leave_kinds`` (事假) is deducted at the hourly rate;
- rewards and fines: the reward/penalty ledger entries dated in the month;
- year-end bonus and team bonus: the shares of the approved bonus pools whose pay month is the month
  (``services.payout.pools``);
- missing-punch corrections (补卡) beyond the month's free allowance: deducted at ``correction_deduction``
  (0 by default, no deduction) as their own line of the attendance deduction.

Withholding, when the pay rules turn it on (``withholding``; off by default, and then nothing of it exists
on the line): the total stays the gross (应发合计); each line gets its own withholding lines (the person's
social insurance and housing fund on their contribution bases at the shop's rates, then income tax by the
cumulative method, ``domain.withholding``), their sum (代扣合计, ``withheld``) and the net pay (实发合计,
``net`` = total − withheld). The year to date of the tax is read from the person's lines in the *approved*
runs of the earlier months of the same year — a draft or reopened month does not count: their gross
(the total), 专项扣除 and 专项附加扣除 and income tax as stored on those lines (so a later change of a rate,
a base or a rule rewrites no history), and months employed here = the number of those months + this one
(so a joiner counts from the month they joined). A line computed with withholding off counts with its
gross and nothing withheld. The whole gross is taxed as wages (a year-end bonus included).

Permissions (deny by default): only the owner computes, approves and reopens. Staff see only their own
line. A manager sees the lines of the people in their scope (department and direct reports); without
the ``salary.view`` grant the figures that reveal someone else's salary — base salary, overtime pay and
attendance deduction (both derived from the base) and the total — are hidden (``None``) in other
people's lines and in the totals, and so are the withholding and net pay. Every change is audited.

An approved run is a snapshot: its lines keep the amounts and explanations as computed and are never
recomputed; reopening (owner only, with a reason, recorded in the run's history) makes it editable again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import Integer, delete, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee, RoleAssignment
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle, KpiActual
from shopteam.db.models.appraisal import LedgerEntry as LedgerRow
from shopteam.db.models.attendance import LeaveRequest, OvertimeRequest
from shopteam.db.models.payout import PayoutLine, PayoutRun
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.attendance import derive_timesheet_day
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import NotFoundError, ShopTeamError, ValidationError
from shopteam.domain.explain import Explanation, from_data, to_data
from shopteam.domain.grading import counted_grade, counted_score
from shopteam.domain.incentives import (
    ADDING,
    COMPONENT_KEYS,
    AttendanceFigures,
    OvertimeKind,
    Payout,
    PayoutInput,
    compute_payout,
    overtime_kind,
)
from shopteam.domain.ledger import LedgerEntry, LedgerKind
from shopteam.domain.money import ZERO, parse_money, round_fen
from shopteam.domain.scoring import Grade
from shopteam.domain.withholding import Withholding, YearToDate, withhold
from shopteam.services import audit
from shopteam.services.appraisal.cycles import LOCKED_STATES
from shopteam.services.attendance.month import month_summary
from shopteam.services.attendance.timesheets import approved_timesheet_days
from shopteam.services.attendance.worktime import calendars_for, leave_split
from shopteam.services.context import Actor
from shopteam.services.payout import rules as payout_rules
from shopteam.services.payout.closing import (
    ClosingCheck,
    LineFlag,
    OpenItem,
    closing_check,
    confirmation_record,
    is_estimate,
    line_flags,
    rules_of_run,
)
from shopteam.services.payout.pool_payments import payments_in
from shopteam.services.permissions import PAYOUT_MANAGE, SALARY_VIEW, can, require, visible_employee_ids
from shopteam.services.progress import NullProgress, Progress

#: The components that reveal a person's salary (the base, and figures computed from it).
SALARY_COMPONENTS = frozenset({"base_salary", "overtime_pay", "attendance_deduction"})


class PayoutLocked(ShopTeamError):
    code = "payout_locked"
    template = "The payout of {period} is approved and locked; only the owner can reopen it."


class PayoutEstimate(ShopTeamError):
    code = "payout_estimate"
    template = ("The payout of {period} is an estimate computed before the month ended; compute it again "
                "after {last_day} and then approve it.")


class PayoutNeedsConfirmation(ShopTeamError):
    code = "payout_needs_confirmation"
    template = "{count} item(s) of {period} are still open or flagged: review them and confirm to approve."


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class PayoutRow:
    """One person's line as the actor may see it; hidden figures are None (and have no explanation)."""

    line_id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    amounts: dict[str, Decimal | None]
    total: Decimal | None
    explanations_json: str = field(default="{}", repr=False)
    inputs_json: str = field(default="{}", repr=False)
    flags: tuple[LineFlag, ...] = ()  # why the line needs a second look before approval (see closing)
    withheld: Decimal | None = None  # 代扣合计 (None: withholding off, or hidden)
    net: Decimal | None = None  # 实发合计
    withholding_json: str | None = field(default=None, repr=False)
    has_withholding: bool = False  # the line was computed with withholding on

    @cached_property
    def withholding(self) -> tuple[WithheldLine, ...]:
        """The withholding lines (insurance, fund, income tax) in order; empty when off or hidden."""
        if self.withheld is None:
            return ()
        return load_withholding(self.withholding_json)

    @cached_property
    def explanations(self) -> dict[str, tuple[Explanation, ...]]:
        """Per component key, decoded when first asked for (a run of 500 lines is read without it)."""
        found = load_explanations(self.explanations_json)
        return {k: (() if self.amounts[k] is None else v) for k, v in found.items()}

    @cached_property
    def inputs(self) -> dict[str, Any]:
        return {} if self.total is None else json.loads(self.inputs_json or "{}")

    @property
    def hidden(self) -> frozenset[str]:
        return frozenset(k for k, v in self.amounts.items() if v is None)

    def as_dict(self) -> dict[str, Any]:
        """The CLI's form: money as strings with two decimals (hidden figures as null)."""
        data: dict[str, Any] = {"employee_no": self.employee_no, "name": self.name}
        for key in COMPONENT_KEYS:
            value = self.amounts[key]
            data[key] = None if value is None else f"{value:.2f}"
        data["total"] = None if self.total is None else f"{self.total:.2f}"
        if self.has_withholding:
            data["withheld"] = None if self.withheld is None else f"{self.withheld:.2f}"
            data["net"] = None if self.net is None else f"{self.net:.2f}"
        data["flags"] = [flag.code for flag in self.flags]
        return data


@dataclass(frozen=True)
class WithheldLine:
    """One withholding line of a payout line: ``code`` (withhold_pension … withhold_income_tax), the amount
    and its explanation."""

    code: str
    amount: Decimal
    explanations: tuple[Explanation, ...]


@dataclass(frozen=True)
class Totals:
    headcount: int
    amounts: dict[str, Decimal | None]
    total: Decimal | None
    withheld: Decimal | None = None  # None when a figure is hidden, or the run has no withholding
    net: Decimal | None = None


@dataclass(frozen=True)
class RunView:
    id: int
    year: int
    month: int
    state: str
    computed_at: datetime | None
    computed_by: str
    approved_at: datetime | None
    approved_by: str | None
    reopen_history: list[dict]
    rows: list[PayoutRow]
    departments: dict[str, Totals]
    shop: Totals
    estimate: bool = False  # computed before the month ended: figures to date, cannot be approved
    everyone: bool = True  # the viewer sees every line (the totals are the shop's)
    withholding: bool = False  # computed with withholding on: lines have withheld and net pay
    version: int = 0  # the run's version as read: what approve/reopen/recompute take as expected_version

    @property
    def locked(self) -> bool:
        return self.state == "approved"

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"


# ------------------------------------------------------------------------------------------ explanations JSON


def dump_explanations(payout: Payout) -> str:
    return json.dumps({key: to_data(payout.components[key].explanations) for key in COMPONENT_KEYS},
                      ensure_ascii=False)


def dump_withholding(withholding: Withholding) -> str:
    return json.dumps([{"code": line.code, "amount": str(line.amount), "explanations": to_data([line.explanation])}
                       for line in withholding.lines], ensure_ascii=False)


def load_withholding(text: str | None) -> tuple[WithheldLine, ...]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        data = []
    return tuple(WithheldLine(item["code"], Decimal(item["amount"]), from_data(item.get("explanations", [])))
                 for item in data)


def load_explanations(text: str) -> dict[str, tuple[Explanation, ...]]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        data = {}
    return {key: from_data(data.get(key, [])) for key in COMPONENT_KEYS}


# ------------------------------------------------------------------------------------------ gathering


def _period(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValidationError("Unknown month {month}.", field="month", code="month", month=month)
    days = month_days(year, month)
    return days[0], days[-1]


def _primary_roles(session: Session, first: date, last: date) -> dict[int, int]:
    rows = session.execute(
        select(RoleAssignment.employee_id, RoleAssignment.role_id, RoleAssignment.start_date)
        .where(RoleAssignment.is_primary.is_(True), RoleAssignment.start_date <= last,
               or_(RoleAssignment.end_date.is_(None), RoleAssignment.end_date >= first))
        .order_by(RoleAssignment.start_date))
    return {emp: role for emp, role, _start in rows}  # the latest start wins


def _grades_for_month(session: Session, year: int, month: int) -> dict[int, tuple[Grade | None, Decimal | None]]:
    """employee id -> (grade, final score) of the month's finalised appraisal (calibrated when adjusted)."""
    rows = session.execute(
        select(Appraisal.employee_id, Appraisal.grade, Appraisal.final_score, Appraisal.calibrated_grade,
               Appraisal.calibrated_score)
        .join(AppraisalCycle, AppraisalCycle.id == Appraisal.cycle_id)
        .where(AppraisalCycle.year == year, AppraisalCycle.month == month,
               AppraisalCycle.state.in_(LOCKED_STATES)))
    result = {}
    for emp, grade, score, cal_grade, cal_score in rows:
        g, s = counted_grade(grade, cal_grade), counted_score(score, cal_score)
        result[emp] = (Grade(g) if g in Grade._value2member_map_ else None, s)
    return result


def _sales_for_month(session: Session, year: int, month: int, indicators: Iterable[str]) -> dict[int, Decimal]:
    """employee id -> sales of the month (the first of ``indicators`` the person has a figure for)."""
    names = list(indicators)
    found: dict[int, tuple[int, Decimal]] = {}
    for emp, indicator, value in session.execute(
            select(KpiActual.employee_id, KpiActual.indicator, KpiActual.value)
            .where(KpiActual.year == year, KpiActual.month == month, KpiActual.indicator.in_(names))):
        rank = names.index(indicator)
        if emp not in found or rank < found[emp][0]:
            found[emp] = (rank, round_fen(Decimal(repr(value))))
    return {emp: v for emp, (_rank, v) in found.items()}


def _ledger_for_month(session: Session, first: date, last: date) -> dict[int, list[LedgerEntry]]:
    result: dict[int, list[LedgerEntry]] = defaultdict(list)
    for row in session.scalars(select(LedgerRow).where(LedgerRow.entry_date >= first, LedgerRow.entry_date <= last)
                               .order_by(LedgerRow.entry_date, LedgerRow.id)):
        amount = row.amount or ZERO if row.kind in ("bonus", "fine") else ZERO
        result[row.employee_id].append(LedgerEntry(LedgerKind(row.kind), row.entry_date, row.reason, amount,
                                                   recorded_by=row.recorded_by))
    return result


def _approved_overtime(session, first, last, default, calendars) -> dict[int, dict[str, Decimal]]:
    result: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for emp, day, hours in session.execute(
            select(OvertimeRequest.employee_id, OvertimeRequest.work_date, OvertimeRequest.hours)
            .where(OvertimeRequest.status == "approved", OvertimeRequest.work_date >= first,
                   OvertimeRequest.work_date <= last)):
        kind = overtime_kind(calendars.get(emp, default).classify(day))
        result[emp][kind.value] += Decimal(repr(hours))
    for emp, days in approved_timesheet_days(session, first, last).items():
        calendar = calendars.get(emp, default)
        for day, hours in days.items():
            minutes = derive_timesheet_day(day, hours, calendar).overtime_minutes
            if minutes:
                kind = overtime_kind(calendar.classify(day))
                result[emp][kind.value] += Decimal(str(round(minutes / 60, 2)))
    return result


def _unpaid_leave(session, first, last, kinds, default, calendars) -> dict[int, Decimal]:
    if not kinds:
        return {}
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time()) + timedelta(hours=12)
    result: dict[int, float] = defaultdict(float)
    for emp, lo, hi, hours in session.execute(
            select(LeaveRequest.employee_id, LeaveRequest.start, LeaveRequest.end, LeaveRequest.hours)
            .where(LeaveRequest.status == "approved", LeaveRequest.kind.in_(list(kinds)), LeaveRequest.start < end,
                   LeaveRequest.end > start - timedelta(days=1))):
        for day, value in leave_split(calendars.get(emp, default), lo, hi, hours).items():
            if first <= day <= last:
                result[emp] += value
    return {emp: Decimal(str(round(h, 2))) for emp, h in result.items() if h > 0}


def _base_days(calendar, first: date, last: date, hired: date, left: date | None) -> tuple[int, int] | None:
    if hired <= first and (left is None or left >= last):
        return None
    workdays = [d for d in month_days(first.year, first.month) if calendar.classify(d).is_workday]
    employed = [d for d in workdays if hired <= d and (left is None or d <= left)]
    return len(employed), len(workdays)


@dataclass(frozen=True)
class _Person:
    employee_id: int
    payout: Payout
    inputs: dict[str, Any]
    withholding: Withholding | None = None


def _fen(value) -> Decimal:
    return Decimal(value or 0).scaleb(-2)


def _year_to_date(session: Session, year: int, month: int) -> dict[int, YearToDate]:
    """employee id -> their figures in the approved runs of the months of ``year`` before ``month``."""
    line, run = PayoutLine.__table__.c, PayoutRun.__table__.c
    fen = lambda column: func.coalesce(func.sum(type_coerce(column, Integer)), 0)  # noqa: E731
    rows = session.execute(
        select(line.employee_id, func.count(func.distinct(run.month)), fen(line.total), fen(line.special_deductions),
               fen(line.additional_deductions), fen(line.income_tax))
        .select_from(PayoutLine.__table__.join(PayoutRun.__table__, run.id == line.run_id))
        .where(run.state == "approved", run.year == year, run.month < month)
        .group_by(line.employee_id))
    return {emp: YearToDate(gross=_fen(gross), special_deductions=_fen(special), additional_deductions=_fen(extra),
                            tax_withheld=_fen(tax), months=months)
            for emp, months, gross, special, extra, tax in rows}


def _compute_people(session: Session, actor: Actor, year: int, month: int,
                    progress: Progress | None = None) -> list[_Person]:
    progress = progress or NullProgress()
    first, last = _period(year, month)
    people = session.execute(
        select(Employee.id, Employee.employee_no, Employee.name, func.coalesce(Department.name, ""),
               Employee.base_salary, Employee.hire_date, Employee.leave_date, Employee.social_insurance_base,
               Employee.housing_fund_base, Employee.additional_deduction)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.hire_date <= last, or_(Employee.leave_date.is_(None), Employee.leave_date >= first))
        .order_by(Employee.employee_no)).all()
    progress.report(0, len(people))
    ids = [p[0] for p in people]
    attendance = {r.employee_id: r for r in month_summary(session, actor=actor, year=year, month=month)}
    progress.check()
    default, calendars = calendars_for(session, ids, first, last)
    shop = payout_rules.shop_rules(session)
    overrides = payout_rules.overrides(session)
    roles = _primary_roles(session, first, last)
    grades = _grades_for_month(session, year, month)
    ledger = _ledger_for_month(session, first, last)
    approved = _approved_overtime(session, first, last, default, calendars)
    rules_cache: dict[str, tuple[dict, Any]] = {}

    pool_payments = payments_in(session, year, month)
    year_to_date: dict[int, YearToDate] | None = None  # read when someone's rules withhold

    def rules_of(employee_id: int):
        role_o = overrides.get(("role", roles.get(employee_id, -1)))
        person_o = overrides.get(("person", employee_id))
        key = json.dumps([role_o, person_o], sort_keys=True)
        if key not in rules_cache:
            values = payout_rules.effective_rules(shop, role_o, person_o)
            rules_cache[key] = (values, payout_rules.pay_rules(values))
        return rules_cache[key]

    indicator_sets = {tuple(rules_of(e)[0]["sales_indicators"]) for e in ids} or {tuple(shop["sales_indicators"])}
    sales: dict[tuple[str, ...], dict[int, Decimal]] = {
        names: _sales_for_month(session, year, month, names) for names in indicator_sets}
    leave_kinds = {k for e in ids for k in rules_of(e)[0]["unpaid_leave_kinds"]}
    unpaid_all = _unpaid_leave(session, first, last, leave_kinds, default, calendars)
    single_kinds = len({tuple(rules_of(e)[0]["unpaid_leave_kinds"]) for e in ids}) <= 1

    result = []
    for done, (emp, no, name, department, base, hired, left, si_base, hf_base, extra) in enumerate(people, start=1):
        values, rules = rules_of(emp)
        row = attendance.get(emp)
        recorded = {OvertimeKind.WORKDAY.value: row.overtime_hours_workday if row else 0.0,
                    OvertimeKind.RESTDAY.value: row.overtime_hours_restday if row else 0.0,
                    OvertimeKind.HOLIDAY.value: row.overtime_hours_holiday if row else 0.0}
        recorded = {k: Decimal(str(round(v, 2))) for k, v in recorded.items()}
        if values["pay_unapproved_overtime"]:
            hours = recorded
        else:
            mine = approved.get(emp, {})
            hours = {k: min(recorded[k], mine.get(k, ZERO)) for k in recorded}
        if single_kinds:
            unpaid = unpaid_all.get(emp, ZERO)
        else:
            unpaid = _unpaid_leave(session, first, last, values["unpaid_leave_kinds"], default,
                                   {emp: calendars.get(emp, default)}).get(emp, ZERO)
        figures = AttendanceFigures(
            late_count=row.late_count if row else 0, early_leave_count=row.early_leave_count if row else 0,
            missing_punches=row.missing_punch_count if row else 0,
            absence_days=Decimal(row.absence_days) if row else ZERO, unpaid_leave_hours=unpaid,
            corrections=row.corrections if row else 0,
            corrections_charged=row.corrections_over_allowance if row else 0)
        grade, score = grades.get(emp, (None, None))
        base_days = _base_days(calendars.get(emp, default), first, last, hired, left)
        person_sales = sales[tuple(values["sales_indicators"])].get(emp, ZERO)
        bonus_base = parse_money(values["bonus_base"]) or ZERO
        payout = compute_payout(PayoutInput(
            employee_no=no, name=name, base_salary=base or ZERO, department=department, overtime_hours=hours,
            bonus_base=bonus_base, grade=grade, final_score=score, sales=person_sales, attendance=figures,
            ledger=tuple(ledger.get(emp, ())), base_days=base_days, pools=tuple(pool_payments.get(emp, ()))),
            rules)
        inputs = {"grade": grade.value if grade else None, "score": None if score is None else str(score),
                  "sales": str(person_sales), "bonus_base": str(bonus_base),
                  "overtime_hours": {k: str(v) for k, v in hours.items()},
                  "recorded_overtime_hours": {k: str(v) for k, v in recorded.items()},
                  "late": figures.late_count, "early": figures.early_leave_count,
                  "missing": figures.missing_punches, "absence_days": str(figures.absence_days),
                  "unpaid_leave_hours": str(unpaid), "base_days": list(base_days) if base_days else None}
        if figures.corrections:
            inputs["corrections"] = [figures.corrections, figures.corrections_charged]
        withheld = None
        if values["withholding"]:
            if year_to_date is None:
                year_to_date = _year_to_date(session, year, month)
            before = year_to_date.get(emp, YearToDate())
            withheld = withhold(payout.total, si_base or ZERO, hf_base or ZERO, extra or ZERO,
                                payout_rules.contribution_rates(values), before)
            inputs["year_to_date"] = {"gross": str(before.gross), "special": str(before.special_deductions),
                                      "additional": str(before.additional_deductions),
                                      "tax": str(before.tax_withheld), "months": before.months}
        result.append(_Person(emp, payout, inputs, withheld))
        if done % 100 == 0:
            progress.report(done, len(people))
    progress.report(len(people), len(people))
    return result


# ------------------------------------------------------------------------------------------ use cases


def _find(session: Session, year: int, month: int) -> PayoutRun | None:
    return session.scalar(select(PayoutRun).where(PayoutRun.year == year, PayoutRun.month == month))


def compute_run(session: Session, *, actor: Actor, year: int, month: int,
                progress: Progress | None = None, expected_version: int | None = None) -> RunView:
    """Owner only: (re)compute the month's run from the current data; an approved run is refused.
    ``expected_version``: the run's version the screen showed (someone else's newer run is not recomputed
    over unseen)."""
    require(actor, PAYOUT_MANAGE, "compute the payout")
    first, _ = _period(year, month)
    if first > clock.today():
        raise ValidationError("The month {period} has not begun: there is nothing to pay yet.", field="month",
                              code="payout_future_month", period=f"{year}-{month:02d}")
    run = _find(session, year, month)
    if run is not None:
        check_version(session, run, expected_version)
    if run is not None and run.state == "approved":
        raise PayoutLocked(period=f"{year}-{month:02d}")
    people = _compute_people(session, actor, year, month, progress)
    created = run is None
    if run is None:
        run = PayoutRun(year=year, month=month, state="draft")
        session.add(run)
        session.flush()
    else:
        session.execute(delete(PayoutLine).where(PayoutLine.run_id == run.id))
        session.expire(run, ["lines"])
    run.computed_at, run.computed_by = clock.now(), actor.username
    run.rules = json.dumps(payout_rules.shop_rules(session), ensure_ascii=False)
    rows = []
    for position, person in enumerate(people):
        p, w = person.payout, person.withholding
        rows.append({"run_id": run.id, "employee_id": person.employee_id, "position": position,
                     "employee_no": p.employee_no, "name": p.name, "department": p.department,
                     **{key: p.amount(key) for key in COMPONENT_KEYS}, "total": p.total,
                     "explanations": dump_explanations(p), "inputs": json.dumps(person.inputs, ensure_ascii=False),
                     "withheld": None if w is None else w.total, "net": None if w is None else p.total - w.total,
                     "special_deductions": None if w is None else w.special,
                     "additional_deductions": None if w is None else w.additional,
                     "income_tax": None if w is None else w.tax,
                     "withholding": None if w is None else dump_withholding(w)})
    if rows:
        session.execute(PayoutLine.__table__.insert(), rows)  # Money binds Decimal yuan as integer fen
    session.flush()
    audit.record(session, actor, "create" if created else "update", "payout_run", run.id,
                 after={"period": f"{year}-{month:02d}", "state": run.state, "headcount": len(rows)},
                 summary=audit.note("payout_computed", period=f"{year}-{month:02d}", count=len(rows)))
    return _view(session, actor, run)


def get_run(session: Session, *, actor: Actor, year: int, month: int) -> RunView | None:
    """The month's run as the actor may see it, or None when it was never computed."""
    run = _find(session, year, month)
    return None if run is None else _view(session, actor, run)


def approve_run(session: Session, *, actor: Actor, year: int, month: int, confirmed: bool = False,
                expected_version: int | None = None) -> RunView:
    """Approve the run, which locks it. An estimate (computed before the month ended) is refused; what is
    still open or flagged in the month (closing.closing_check) must be confirmed (``confirmed=True``), and
    the confirmation is recorded in the audit log with what it covered."""
    require(actor, PAYOUT_MANAGE, "approve the payout")
    run = _find(session, year, month)
    if run is None:
        raise NotFoundError(what="Payout", key=f"{year}-{month:02d}")
    check_version(session, run, expected_version)  # approve only the figures the screen showed
    if run.state == "approved":
        raise PayoutLocked(period=f"{year}-{month:02d}")
    view = _view(session, actor, run)
    check = closing_check(session, actor=actor, view=view)
    if check.estimate:
        raise PayoutEstimate(period=view.period, last_day=_period(year, month)[1].isoformat())
    if not check.clear and not confirmed:
        raise PayoutNeedsConfirmation(period=view.period, count=len(check.items))
    before = run.state
    run.state, run.approved_by, run.approved_at = "approved", actor.username, clock.now()
    session.flush()
    after = {"state": "approved", **(confirmation_record(check) if not check.clear else {})}
    audit.record(session, actor, "lock", "payout_run", run.id, before={"state": before}, after=after,
                 summary=audit.note("payout_approved", period=f"{year}-{month:02d}") if check.clear else
                 audit.note("payout_approved_confirmed", period=f"{year}-{month:02d}", count=len(check.items)))
    return _view(session, actor, run)


def closing_check_of(session: Session, *, actor: Actor, year: int, month: int) -> ClosingCheck:
    """What approving the month's run would have the owner confirm (the approval dialog's list)."""
    require(actor, PAYOUT_MANAGE, "approve the payout")
    run = _find(session, year, month)
    if run is None:
        raise NotFoundError(what="Payout", key=f"{year}-{month:02d}")
    return closing_check(session, actor=actor, view=_view(session, actor, run))


@dataclass(frozen=True)
class _NoRunYet:
    """The month seen by closing_check before its run is computed: nobody in it, no flagged line."""

    year: int
    month: int
    rows: tuple = ()
    computed_at: datetime | None = None

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"


def month_end_check(session: Session, *, actor: Actor, year: int, month: int) -> ClosingCheck:
    """The month-end checklist (月结) of the home screen: closing_check_of, which approving the run uses,
    and before the run is computed the same check of requests and appraisals with a ``not_computed`` item
    first."""
    require(actor, PAYOUT_MANAGE, "approve the payout")
    run = _find(session, year, month)
    if run is not None:
        return closing_check(session, actor=actor, view=_view(session, actor, run))
    check = closing_check(session, actor=actor, view=_NoRunYet(year, month))
    return ClosingCheck(check.period, True, [OpenItem("not_computed", "", ""), *check.items])


def reopen_run(session: Session, *, actor: Actor, year: int, month: int, reason: str,
               expected_version: int | None = None) -> RunView:
    """Owner only: unlock an approved run, with the reason kept in the run's history and the audit log."""
    require(actor, PAYOUT_MANAGE, "reopen an approved payout")
    if not (reason or "").strip():
        raise ValidationError("Give a reason for reopening.", field="reason", code="reopen_reason")
    run = _find(session, year, month)
    if run is None:
        raise NotFoundError(what="Payout", key=f"{year}-{month:02d}")
    check_version(session, run, expected_version)
    if run.state != "approved":
        raise ValidationError("The payout of {period} is not approved.", field="state", code="payout_not_locked",
                              period=f"{year}-{month:02d}")
    history = json.loads(run.reopen_history or "[]")
    history.append({"at": clock.now().isoformat(timespec="seconds"), "by": actor.username, "reason": reason.strip(),
                    "approved_by": run.approved_by})
    run.state, run.reopen_history = "reopened", json.dumps(history, ensure_ascii=False)
    run.approved_by = run.approved_at = None
    session.flush()
    audit.record(session, actor, "reopen", "payout_run", run.id, before={"state": "approved"},
                 after={"state": "reopened", "reason": reason.strip()},
                 summary=audit.note("payout_reopened", period=f"{year}-{month:02d}", reason=reason.strip()[:80]))
    return _view(session, actor, run)


def explain_line(session: Session, *, actor: Actor, year: int, month: int, employee_id: int,
                 component: str | None = None) -> dict[str, tuple[Explanation, ...]]:
    """The explanation of each figure of one person's line (only ``component`` when given)."""
    view = get_run(session, actor=actor, year=year, month=month)
    row = None if view is None else next((r for r in view.rows if r.employee_id == employee_id), None)
    if row is None:
        raise NotFoundError(what="Payout line", key=f"{year}-{month:02d}/{employee_id}")
    if component is not None:
        if component not in COMPONENT_KEYS:
            raise ValidationError("Unknown component {component}.", field="component", code="payout_component",
                                  component=component)
        return {component: row.explanations[component]}
    return row.explanations


# ------------------------------------------------------------------------------------------ visibility & totals


def _view(session: Session, actor: Actor, run: PayoutRun) -> RunView:
    scope = visible_employee_ids(session, actor)
    see_salaries = can(actor, SALARY_VIEW)
    rules = rules_of_run(run.rules)
    table = PayoutLine.__table__
    rows = []
    for line in session.execute(select(table).where(table.c.run_id == run.id).order_by(table.c.position)):
        if scope is not None and line.employee_id not in scope:
            continue
        hide = not see_salaries and line.employee_id != actor.employee_id
        amounts = {key: (None if hide and key in SALARY_COMPONENTS else getattr(line, key)) for key in COMPONENT_KEYS}
        total = None if hide else line.total
        withheld, net = (None, None) if hide else (line.withheld, line.net)
        flags = () if total is None else line_flags(
            amounts, total, rules, json.loads(line.inputs or "{}").get("base_days"), net=net)
        rows.append(PayoutRow(line.id, line.employee_id, line.employee_no, line.name, line.department, amounts,
                              total, line.explanations, line.inputs, flags, withheld, net, line.withholding,
                              line.withheld is not None))
    departments: dict[str, list[PayoutRow]] = {}
    for row in rows:
        departments.setdefault(row.department, []).append(row)
    return RunView(run.id, run.year, run.month, run.state, run.computed_at, run.computed_by or "", run.approved_at,
                   run.approved_by, json.loads(run.reopen_history or "[]"), rows,
                   {dep: totals(group) for dep, group in departments.items()}, totals(rows),
                   is_estimate(run.year, run.month, run.computed_at), scope is None,
                   bool(rules.get("withholding")) or any(r.has_withholding for r in rows), run.version)


def totals(rows: Iterable[PayoutRow]) -> Totals:
    """Sums per component and of the totals; a component hidden in any row is hidden in the sum."""
    rows = list(rows)
    amounts: dict[str, Decimal | None] = {}
    for key in COMPONENT_KEYS:
        values = [r.amounts[key] for r in rows]
        amounts[key] = None if any(v is None for v in values) else sum(values, ZERO)
    values = [r.total for r in rows]
    total = None if any(v is None for v in values) else sum(values, ZERO)
    sums = []
    for name in ("withheld", "net"):
        values = [getattr(r, name) for r in rows]
        sums.append(None if not values or any(v is None for v in values) else sum(values, ZERO))
    return Totals(len(rows), amounts, total, *sums)


def signed(key: str, amount: Decimal) -> Decimal:
    """A component's contribution to the total (deductions count negative)."""
    return amount if key in ADDING else -amount


def list_runs(session: Session, *, actor: Actor) -> list[tuple[int, int, str]]:
    """(year, month, state) of every run, newest first."""
    return [tuple(r) for r in session.execute(
        select(PayoutRun.year, PayoutRun.month, PayoutRun.state)
        .order_by(PayoutRun.year.desc(), PayoutRun.month.desc()))]
