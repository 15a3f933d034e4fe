"""The demo shop's appraisals: the preset schemes, finalised and interviewed cycles for the three months
before ``today``'s month and an open one for the current month, with KPI figures, self and supervisor
scores, comments and interview notes; a few reward/penalty entries. Deterministic (seeded)."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import Appraisal
from shopteam.domain import clock
from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.appraisal.schemes import ensure_preset_schemes
from shopteam.services.context import Actor
from shopteam.services.imports.kpi import set_kpi
from shopteam.services.payout import ledger

SEED = 20261001

COMMENTS = (
    ("工作认真负责，指标完成较好，继续保持。", "Conscientious; targets mostly met. Keep it up."),
    ("本月表现稳定，沟通顺畅，注意细节。", "Steady month, good communication; mind the details."),
    ("业绩超出预期，主动承担大促任务。", "Beat expectations and took on the big campaign."),
    ("部分指标未达标，需要加强专业能力。", "Some targets missed; needs to build skills."),
)
INTERVIEWS = (
    ("已面谈：肯定本月成绩，确认下月重点。", "Interviewed: praised the month, agreed next month's focus."),
    ("已面谈：分析未达标原因，员工认可。", "Interviewed: went through the missed targets; agreed."),
)
PLANS = (
    ("参加平台运营课程；每周复盘一次数据。", "Take the platform's operations course; review the figures weekly."),
    ("提高响应速度，整理常见问题话术。", "Answer faster; write up replies to common questions."),
    ("", ""),
)


def _months_back(today: date, n: int) -> tuple[int, int]:
    year, month = today.year, today.month - n
    while month < 1:
        year, month = year - 1, month + 12
    return year, month


def _kpi_value(rng: random.Random, line) -> float:
    target = line.target or 1
    quality = rng.uniform(0.75, 1.2)
    if line.method == "lower_is_better":
        return round(target / quality, 1)
    if line.method == "tiered":
        if line.key == "satisfaction":
            return round(rng.uniform(4.6, 4.95), 2)
        return float(rng.randint(0, 6))
    return round(target * quality, 2 if target < 100 else 0)


def _fill_month(session: Session, owner: Actor, rng: random.Random, year: int, month: int, lang: str,
                finalise: bool) -> int:
    pick = 0 if lang.startswith("zh") else 1
    cycle_id = ap.open_cycle(session, actor=owner, year=year, month=month)
    appraisals = list(session.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle_id)
                                      .options(selectinload(Appraisal.scores))))
    for a in appraisals:
        for line in a.scores:
            if line.source == "kpi":
                set_kpi(session, actor=owner, employee_id=a.employee_id, year=year, month=month,
                        indicator=line.key or line.name, value=_kpi_value(rng, line), source="生意参谋导出.xlsx")
    comp.compute_cycle(session, actor=owner, cycle_id=cycle_id)
    for i, a in enumerate(sorted(appraisals, key=lambda x: x.employee_id)):
        level = rng.choice((72, 78, 84, 88, 92))
        open_and_late = not finalise and i % 3 == 0  # the current month: some still at self-assessment
        for line in a.scores:
            if line.method == "rating":
                line.self_score = Decimal(min(100, level + rng.randint(0, 8)))
        a.self_comment = ("本月按计划完成工作。", "Did the month's work as planned.")[pick]
        if open_and_late:
            continue

        a.self_submitted_at = clock.now()
        a.state = "supervisor_review"
        session.flush()
        ap.save_review(session, actor=owner, appraisal_id=a.id,
                       scores={ln.id: min(100, level + rng.randint(-6, 6)) for ln in a.scores if ln.method == "rating"},
                       comment=COMMENTS[rng.randrange(len(COMMENTS))][pick],
                       interview_notes=INTERVIEWS[rng.randrange(len(INTERVIEWS))][pick] if finalise else "",
                       improvement_plan=PLANS[rng.randrange(len(PLANS))][pick] if finalise else "",
                       submit=finalise or i % 3 == 1)
    if finalise:
        session.flush()
        ap.finalise_cycle(session, actor=owner, cycle_id=cycle_id)
        for a in appraisals:
            ap.record_interview(session, actor=owner, appraisal_id=a.id, notes=a.interview_notes,
                                improvement_plan=a.improvement_plan)
    return cycle_id


def create_demo_appraisals(session: Session, *, owner: Actor, today: date, lang: str = "zh_CN") -> dict:
    """Made through the services (so the figures are what the app computes); their audit records are dropped,
    the demo's own audit record covers them."""
    from sqlalchemy import delete, func

    from shopteam.db.models import AuditLog

    first_audit = session.scalar(select(func.coalesce(func.max(AuditLog.id), 0)))
    rng = random.Random(SEED)
    ensure_preset_schemes(session, actor=owner)
    employees = {no: i for no, i in session.execute(select(Employee.employee_no, Employee.id))}
    last = _months_back(today, 1)
    zh = lang.startswith("zh")
    if "XL009" in employees:
        ledger.add_entry(session, actor=owner, employee_id=employees["XL009"], entry_date=date(*last, 12),
                         kind="commendation", points=2,
                         reason="顾客来信表扬，服务耐心细致" if zh else "A customer wrote in to praise her patience")
    if "XL012" in employees:
        ledger.add_entry(session, actor=owner, employee_id=employees["XL012"], entry_date=date(*last, 20),
                         kind="fine", amount=Decimal("100.00"), points=-3,
                         reason="售后工单超时未处理" if zh else "After-sale tickets left past their deadline")
    if "XL007" in employees:
        ledger.add_entry(session, actor=owner, employee_id=employees["XL007"], entry_date=date(*last, 25),
                         kind="bonus", amount=Decimal("300.00"), points=1,
                         reason="大促主视觉设计" if zh else "Main visuals of the big campaign")
    cycles = [_fill_month(session, owner, rng, *_months_back(today, n), lang, True) for n in (3, 2, 1)]
    cycles.append(_fill_month(session, owner, rng, today.year, today.month, lang, False))
    session.flush()
    session.execute(delete(AuditLog).where(AuditLog.id > first_audit))
    return {"cycles": len(cycles), "ledger_entries": 3}
