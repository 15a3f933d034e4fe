"""The demo shop's payout: attributed sales (KPI 销售额) per person, a few rewards and fines in the earlier
months, and an approved (locked) payout run for each finalised appraisal month. Deterministic (a seeded
random generator, dates relative to ``today``)."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import AppraisalCycle, KpiActual
from shopteam.services.context import Actor
from shopteam.services.imports.kpi import set_kpi
from shopteam.services.payout import ledger
from shopteam.services.payout import runs as payout

SEED = 20261101
SALES_PEOPLE = ("XL002", "XL003", "XL004", "XL005", "XL006", "XL009", "XL010", "XL011", "XL012")
LEDGER = (  # (months back, employee no., day, kind, amount, zh reason, en reason)
    (3, "XL004", 8, "bonus", "200.00", "店铺周年庆活动策划", "Planned the shop's anniversary campaign"),
    (3, "XL011", 18, "fine", "50.00", "漏发赠品", "Left a free gift out of an order"),
    (2, "XL003", 15, "bonus", "500.00", "直播间转化率创新高", "Record conversion in the live room"),
    (2, "XL010", 22, "fine", "80.00", "考勤违纪（代打卡）", "Clocked in for a colleague"),
)


def _months_back(today: date, n: int) -> tuple[int, int]:
    year, month = today.year, today.month - n
    while month < 1:
        year, month = year - 1, month + 12
    return year, month


def create_demo_payout(session: Session, *, owner: Actor, today: date, lang: str = "zh_CN") -> dict:
    rng = random.Random(SEED)
    zh = lang.startswith("zh")
    employees = {no: i for no, i in session.execute(select(Employee.employee_no, Employee.id))}
    finalised = sorted((y, m) for y, m in session.execute(
        select(AppraisalCycle.year, AppraisalCycle.month).where(AppraisalCycle.state.in_(("finalised",
                                                                                          "interviewed")))))
    months = [_months_back(today, n) for n in (3, 2, 1)]
    for year, month in months:
        have = set(session.scalars(select(KpiActual.employee_id).where(
            KpiActual.year == year, KpiActual.month == month, KpiActual.indicator == "销售额")))
        for no in SALES_PEOPLE:
            if no in employees and employees[no] not in have:
                set_kpi(session, actor=owner, employee_id=employees[no], year=year, month=month, indicator="销售额",
                        value=float(rng.randrange(30, 160) * 1000), source="销售业绩.xlsx")
    for back, no, day, kind, amount, reason_zh, reason_en in LEDGER:
        if no in employees:
            year, month = _months_back(today, back)
            ledger.add_entry(session, actor=owner, employee_id=employees[no], entry_date=date(year, month, day),
                             kind=kind, amount=Decimal(amount), reason=reason_zh if zh else reason_en)
    runs = 0
    for year, month in finalised:
        if (year, month) not in months:
            continue
        payout.compute_run(session, actor=owner, year=year, month=month)
        payout.approve_run(session, actor=owner, year=year, month=month, confirmed=True)
        runs += 1
    return {"approved_runs": runs, "ledger_entries": len(LEDGER)}
