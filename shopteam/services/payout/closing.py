"""Closing a month's payout (PRODUCT §3.14): what still blocks it, and which lines need a second look.

A run computed before its month ended is an *estimate* (预估): its figures count the days up to the day
it was computed, so it cannot be approved — compute it again once the month is over. A run of a month
that is over is approved only when nothing is open, or when the owner confirms what is:

- requests of the month still pending (leave, overtime, and every other kind the requests module has);
- appraisals of the month's cycle that are not finalised (their bonus is not known yet);
- people in the run with no punch and no timesheet in the whole month;
- flagged lines: a net below zero (the gross total, or the net pay after withholding when the run has
  it), deductions above the pay rules' share of the month's pay
  (``deduction_cap_share``, 20 % by default), or a total below the minimum wage (``minimum_wage``, off
  at 0.00), pro-rated for someone who joined or left during the month.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle
from shopteam.db.models.attendance import PunchRecord, TimesheetEntry
from shopteam.domain import clock
from shopteam.domain.calendar import month_days
from shopteam.domain.incentives import ADDING, DEDUCTING
from shopteam.domain.money import ZERO
from shopteam.services.appraisal.cycles import LOCKED_STATES
from shopteam.services.attendance.requests import list_requests
from shopteam.services.context import Actor


@dataclass(frozen=True)
class LineFlag:
    """Why a line needs a second look: ``code`` with the figure and the limit it crossed."""

    code: str  # negative | deductions_over_cap | below_minimum_wage
    amount: Decimal
    limit: Decimal
    share: Decimal = ZERO  # the cap as a fraction (deductions_over_cap)


@dataclass(frozen=True)
class OpenItem:
    """One thing still open in the month, for the approval checklist."""

    kind: str  # pending_request | unfinalised_appraisal | no_records | flagged_line
    employee_no: str
    name: str
    detail: str = ""  # the request kind, the appraisal state, the flag codes (comma separated)


@dataclass(frozen=True)
class ClosingCheck:
    period: str
    estimate: bool  # the month is not over, or the run was computed before it was
    items: list[OpenItem] = field(default_factory=list)

    @property
    def clear(self) -> bool:
        return not self.items

    def count(self, kind: str) -> int:
        return sum(item.kind == kind for item in self.items)

    def as_dict(self) -> dict[str, Any]:
        return {"period": self.period, "estimate": self.estimate,
                "items": [{"kind": i.kind, "employee_no": i.employee_no, "name": i.name, "detail": i.detail}
                          for i in self.items]}


def is_estimate(year: int, month: int, computed_at) -> bool:
    """True while the month is in progress, and for a run computed before the month ended."""
    last = month_days(year, month)[-1]
    if clock.today() <= last:
        return True
    return computed_at is None or computed_at.astimezone().date() <= last


def _decimal(value: Any, default: str) -> Decimal:
    try:
        return Decimal(str(value if value not in (None, "") else default))
    except ArithmeticError:
        return Decimal(default)


def line_flags(amounts: dict[str, Decimal | None], total: Decimal | None, rules: dict[str, Any],
               base_days: tuple[int, int] | list[int] | None = None, *, net: Decimal | None = None
               ) -> tuple[LineFlag, ...]:
    """The flags of one line from its amounts and the run's rules (nothing when figures are hidden); with
    ``net`` (withholding on) 'negative' is about the net pay."""
    if total is None or any(amounts.get(k) is None for k in (*ADDING, *DEDUCTING)):
        return ()
    flags = []
    paid = total if net is None else net
    if paid < 0:
        flags.append(LineFlag("negative", paid, ZERO))
    pay = sum((amounts[k] for k in ADDING), ZERO)
    deductions = sum((amounts[k] for k in DEDUCTING), ZERO)
    cap = _decimal(rules.get("deduction_cap_share"), "0.20")
    if cap > 0 and deductions > 0 and deductions > pay * cap:
        flags.append(LineFlag("deductions_over_cap", deductions, (pay * cap).quantize(Decimal("0.01")), cap))
    floor = _decimal(rules.get("minimum_wage"), "0")
    if base_days and base_days[1]:
        floor = floor * Decimal(base_days[0]) / Decimal(base_days[1])
    floor = floor.quantize(Decimal("0.01"))
    if floor > 0 and total < floor:
        flags.append(LineFlag("below_minimum_wage", total, floor))
    return tuple(flags)


def _without_records(session: Session, employee_ids: set[int], first: date, last: date) -> set[int]:
    punched = set(session.scalars(select(PunchRecord.employee_id).distinct().where(
        PunchRecord.work_date >= first, PunchRecord.work_date <= last)))
    logged = set(session.scalars(select(TimesheetEntry.employee_id).distinct().where(
        TimesheetEntry.work_date >= first, TimesheetEntry.work_date <= last)))
    return employee_ids - punched - logged


def closing_check(session: Session, *, actor: Actor, view) -> ClosingCheck:
    """What is open in the month of ``view`` (a runs.RunView the actor may see in full)."""
    year, month = view.year, view.month
    days = month_days(year, month)
    items: list[OpenItem] = []
    for request in sorted(list_requests(session, actor=actor, status="pending", year=year, month=month),
                          key=lambda r: (r.employee_no, r.kind, r.id)):
        items.append(OpenItem("pending_request", request.employee_no, request.name, request.kind))
    cycle_id = session.scalar(select(AppraisalCycle.id).where(AppraisalCycle.year == year,
                                                              AppraisalCycle.month == month))
    if cycle_id is not None:
        for number, name, state in session.execute(
                select(Employee.employee_no, Employee.name, Appraisal.state)
                .join(Employee, Employee.id == Appraisal.employee_id)
                .where(Appraisal.cycle_id == cycle_id, Appraisal.state.not_in(LOCKED_STATES))
                .order_by(Employee.employee_no)):
            items.append(OpenItem("unfinalised_appraisal", number, name, state))
    missing = _without_records(session, {r.employee_id for r in view.rows}, days[0], days[-1])
    for row in view.rows:
        if row.employee_id in missing:
            items.append(OpenItem("no_records", row.employee_no, row.name))
    for row in view.rows:
        if row.flags:
            items.append(OpenItem("flagged_line", row.employee_no, row.name, ",".join(f.code for f in row.flags)))
    return ClosingCheck(view.period, is_estimate(year, month, view.computed_at), items)


def confirmation_record(check: ClosingCheck) -> dict[str, Any]:
    """What the owner confirmed, for the audit log: the counts per kind and the flagged lines."""
    kinds = ("pending_request", "unfinalised_appraisal", "no_records", "flagged_line")
    return {"confirmed": {k: check.count(k) for k in kinds if check.count(k)},
            "flagged": [f"{i.employee_no} {i.detail}" for i in check.items if i.kind == "flagged_line"]}


def rules_of_run(rules_json: str | None) -> dict[str, Any]:
    try:
        return json.loads(rules_json or "{}")
    except ValueError:
        return {}
