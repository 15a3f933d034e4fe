"""Payout benchmark (not a test): compute_run for 500 people in one month, best of 3.

The month (November 2026, 21 workdays) has everything a payout reads: punches for everyone every workday
(some late, some missing a clock-out, some with evening overtime and an approved application), a
finalised appraisal with a grade for everyone, a 销售额 KPI figure for half of them, two ledger entries
for every tenth person, a role override for a third of them, an approved team bonus pool of 50,000 paid in
the month (a line for everyone), and 20 people (of the 500) whose attendance comes from approved
timesheets instead of punches. Target: < 1 s for compute_run
(gathering, rules, writing 500 snapshot lines); get_run and the Excel export are timed too.

With ``--withholding`` the shop withholds (PRODUCT §3.14): everyone has contribution bases (the base salary)
and every other person 1,000 of special additional deductions, and October is an approved run, so each line
reads a year to date and gets its insurance, fund and income-tax lines.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_payout.py [--withholding]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee, Role, RoleAssignment  # noqa: E402
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle, KpiActual, LedgerEntry  # noqa: E402
from shopteam.db.models.attendance import OvertimeRequest, PunchRecord, TimesheetEntry  # noqa: E402
from shopteam.domain.calendar import WorkCalendar, month_days  # noqa: E402
from shopteam.io.payout_export import write_run_xlsx  # noqa: E402
from shopteam.services import accounts  # noqa: E402
from shopteam.services.payout import pools  # noqa: E402
from shopteam.services.payout import rules as payout_rules  # noqa: E402
from shopteam.services.payout import runs as payout  # noqa: E402

PEOPLE = 500
YEAR, MONTH = 2026, 11


def build(path: Path | None, withholding: bool = False, url: str | None = None):
    """Into a new SQLite file at ``path``, or into the empty database at ``url`` when given."""
    engine = make_engine(url or f"sqlite:///{path}")
    upgrade(engine)
    factory = make_session_factory(engine)
    rnd = random.Random(7)
    workdays = [d for d in month_days(YEAR, MONTH) if WorkCalendar().classify(d).is_workday]
    with factory.begin() as s:
        owner = accounts.create_shop(s, shop_name="bench", owner_username="boss", password="secret123")
        deps = [Department(name=f"部门{i}") for i in range(8)]
        role = Role(name="运营专员")
        s.add_all([*deps, role])
        s.flush()
        conn = s.connection()
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"E{i:04d}", "name": f"员工{i}", "hire_date": date(2025, 1, 1) if i % 50 else
             date(2026, 11, 16), "department_id": deps[i % 8].id, "base_salary": Decimal(5000 + i), "status": "active",
             "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "", "leave_reason": "",
             "bank_account": "", "notes": "", "created_at": datetime(2025, 1, 1), "updated_at": datetime(2025, 1, 1),
             "version": 1, "attendance_from_timesheets": i % 25 == 1} for i in range(PEOPLE)])
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM employee ORDER BY employee_no")]
        conn.execute(RoleAssignment.__table__.insert(), [
            {"employee_id": e, "role_id": role.id, "start_date": date(2025, 1, 1), "is_primary": True, "note": ""}
            for e in ids[::3]])
        punches, overtime = [], []
        remote = set(ids[1::25])
        conn.execute(TimesheetEntry.__table__.insert(), [
            {"employee_id": e, "work_date": d, "task": "客服", "hours": 8.0, "overtime_hours": 0.0, "note": "",
             "source": "", "imported_at": datetime(2026, 12, 1), "status": "approved", "decided_by": "boss",
             "decision_note": ""} for e in remote for d in workdays])
        for e in ids:
            if e in remote:
                continue
            for d in workdays:
                late = rnd.random() < 0.05
                out = None if rnd.random() < 0.01 else datetime(d.year, d.month, d.day, 18, 5)
                if out is not None and rnd.random() < 0.05:
                    out = datetime(d.year, d.month, d.day, 20, 0)
                    overtime.append({"employee_id": e, "work_date": d, "hours": 2.0, "status": "approved",
                                     "reason": "", "requested_by": "", "created_at": datetime(2026, 11, 1),
                                     "decided_by": "boss", "decision_note": ""})
                punches.append({"employee_id": e, "work_date": d, "source": "",
                                "clock_in": datetime(d.year, d.month, d.day, 9, 20 if late else 0), "clock_out": out,
                                "imported_at": datetime(2026, 12, 1)})
        conn.execute(PunchRecord.__table__.insert(), punches)
        conn.execute(OvertimeRequest.__table__.insert(), overtime)
        cycle = AppraisalCycle(year=YEAR, month=MONTH, state="finalised")
        s.add(cycle)
        s.flush()
        grades = ("excellent", "good", "pass", "fail")
        s.add_all([Appraisal(cycle_id=cycle.id, employee_id=e, final_score=Decimal(95 - 10 * (n % 4)),
                             grade=grades[n % 4], state="finalised") for n, e in enumerate(ids)])
        s.add_all([KpiActual(employee_id=e, year=YEAR, month=MONTH, indicator="销售额", value=1000.0 * n)
                   for n, e in enumerate(ids) if n % 2 == 0])
        for e in ids[::10]:
            s.add_all([LedgerEntry(entry_date=date(2026, 11, 12), employee_id=e, kind="bonus", amount=Decimal("100"),
                                   reason="好评"),
                       LedgerEntry(entry_date=date(2026, 11, 20), employee_id=e, kind="fine", amount=Decimal("30"),
                                   reason="差错")])
        payout_rules.set_override(s, actor=owner, scope="role", target_id=role.id, key="bonus_base", value="1500")
        pool = pools.save_draft(s, actor=owner, kind="team", year=YEAR, month=MONTH, amount="50000",
                                pay_year=YEAR, pay_month=MONTH)
        pools.approve_pool(s, actor=owner, pool_id=pool.id)
        if withholding:
            conn.exec_driver_sql("UPDATE employee SET social_insurance_base = base_salary, "
                                 "housing_fund_base = base_salary, additional_deduction = (id % 2) * 100000")
            payout_rules.set_shop_rules(s, actor=owner, changes={"withholding": True})
    if withholding:
        with factory.begin() as s:
            payout.compute_run(s, actor=owner, year=YEAR, month=MONTH - 1)
            payout.approve_run(s, actor=owner, year=YEAR, month=MONTH - 1, confirmed=True)
    return engine, factory, owner


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-payout-"))
    withholding = "--withholding" in sys.argv[1:]
    engine, factory, owner = build(folder / "bench.db", withholding)
    computes, gets, exports = [], [], []
    for _ in range(3):
        start = time.perf_counter()
        with factory.begin() as s:
            view = payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
        computes.append(time.perf_counter() - start)
        start = time.perf_counter()
        with factory() as s:
            view = payout.get_run(s, actor=owner, year=YEAR, month=MONTH)
        gets.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_run_xlsx(view, folder / "run.xlsx", shop_name="bench")
        exports.append(time.perf_counter() - start)
    assert len(view.rows) == PEOPLE
    assert sum(r.amounts["team_bonus"] for r in view.rows) == Decimal("50000")
    assert sum(t.total for t in view.departments.values()) == view.shop.total
    assert view.withholding == withholding and all(bool(r.withholding) == withholding for r in view.rows)
    best = min(computes)
    print(f"payout for {PEOPLE} people{' with withholding' if withholding else ''}: compute_run best {best * 1000:.0f} ms (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in computes) + " ms); "
          f"get_run {min(gets) * 1000:.0f} ms; Excel export {min(exports) * 1000:.0f} ms; "
          f"shop total {view.shop.total:,.2f}" + (f", net {view.shop.net:,.2f}" if withholding else ""))
    engine.dispose()
    ok = best < 1.0
    print("target < 1 s:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    sys.exit(main())
