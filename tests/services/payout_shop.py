"""A hand-made November 2026 (21 workdays, no holidays) for the payout tests, on top of appraisal_shop.

- E101 李运营 (运营部, base 6000): 3 late arrivals (09:20), 1 missing clock-out, 4 h approved workday overtime
  (18:00–22:00 on 11-10) and 2 h unapproved (18:00–20:00 on 11-12); finalised grade 良好 (85.00);
  销售额 120,000; ledger: bonus 300.00, fine 50.00, a commendation without money.
- E100 王经理, E102 张客服: every workday 09:00–18:00, base 5000.
- E103 赵美工: joined 2026-11-16 (11 of 21 workdays), every workday from then 09:00–18:00, base 5000.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle, KpiActual, LedgerEntry
from shopteam.db.models.attendance import OvertimeRequest, PunchRecord
from shopteam.domain.calendar import WorkCalendar, month_days
from tests.services.appraisal_shop import make_shop

YEAR, MONTH = 2026, 11
WORKDAYS = [d for d in month_days(YEAR, MONTH) if WorkCalendar().classify(d).is_workday]


def _punch(s, emp: int, day: date, clock_in: tuple[int, int] | None, clock_out: tuple[int, int] | None):
    s.add(PunchRecord(employee_id=emp, work_date=day,
                      clock_in=datetime(day.year, day.month, day.day, *clock_in) if clock_in else None,
                      clock_out=datetime(day.year, day.month, day.day, *clock_out) if clock_out else None))


def make_month(factory, owner) -> dict:
    ids = make_shop(factory, owner)
    assert len(WORKDAYS) == 21
    with factory.begin() as s:
        s.get(Employee, ids["E101"]).base_salary = Decimal("6000.00")
        s.get(Employee, ids["E103"]).hire_date = date(2026, 11, 16)
        late_days = set(WORKDAYS[:3])
        for day in WORKDAYS:
            _punch(s, ids["E100"], day, (8, 55), (18, 2))
            _punch(s, ids["E102"], day, (8, 55), (18, 2))
            if day >= date(2026, 11, 16):
                _punch(s, ids["E103"], day, (8, 55), (18, 2))
            if day == date(2026, 11, 5):
                _punch(s, ids["E101"], day, (8, 58), None)
            elif day == date(2026, 11, 10):
                _punch(s, ids["E101"], day, (8, 58), (22, 0))
            elif day == date(2026, 11, 12):
                _punch(s, ids["E101"], day, (8, 58), (20, 0))
            else:
                _punch(s, ids["E101"], day, (9, 20) if day in late_days else (8, 58), (18, 1))
        s.add(OvertimeRequest(employee_id=ids["E101"], work_date=date(2026, 11, 10), hours=4.0, status="approved",
                              reason="大促备货"))
        cycle = AppraisalCycle(year=YEAR, month=MONTH, state="finalised")
        s.add(cycle)
        s.flush()
        s.add(Appraisal(cycle_id=cycle.id, employee_id=ids["E101"], final_score=Decimal("85.00"), grade="good",
                        state="finalised"))
        s.add(KpiActual(employee_id=ids["E101"], year=YEAR, month=MONTH, indicator="销售额", value=120000.0))
        s.add_all([
            LedgerEntry(entry_date=date(2026, 11, 11), employee_id=ids["E101"], kind="bonus",
                        amount=Decimal("300.00"), reason="双十一好评", recorded_by="boss"),
            LedgerEntry(entry_date=date(2026, 11, 20), employee_id=ids["E101"], kind="fine",
                        amount=Decimal("50.00"), reason="漏发货", recorded_by="boss"),
            LedgerEntry(entry_date=date(2026, 11, 21), employee_id=ids["E101"], kind="commendation",
                        reason="表扬", recorded_by="boss"),
            LedgerEntry(entry_date=date(2026, 10, 30), employee_id=ids["E101"], kind="fine",
                        amount=Decimal("99.00"), reason="上个月", recorded_by="boss"),
        ])
    return ids
