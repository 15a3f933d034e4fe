"""month_summary for 500 people with dated work rules (not a test).

A month of punches for 500 people (every tenth day without a clock-in), half of them in a role whose
shift changes on the 15th, the grace minutes changing on the 10th, and 200 approved missing-punch
corrections; 50 more people whose attendance comes from their approved timesheets (two entries a
workday, no punches). Best of 5 after one warm-up. Target < 0.25 s.

Run:  .venv/bin/python benchmarks/bench_month_summary.py
"""

from __future__ import annotations

import sys
import tempfile
import time as timer
from datetime import date, datetime, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee, Role, RoleAssignment  # noqa: E402
from shopteam.db.models.attendance import PunchCorrection, PunchRecord, TimesheetEntry  # noqa: E402
from shopteam.domain import clock  # noqa: E402
from shopteam.domain.calendar import month_days  # noqa: E402
from shopteam.services import accounts  # noqa: E402
from shopteam.services.attendance.month import month_summary  # noqa: E402
from shopteam.services.attendance.settings import AttendanceSettings, set_attendance_settings  # noqa: E402
from shopteam.services.attendance.worktime import save_work_pattern  # noqa: E402

PEOPLE = 500
TIMESHEET_PEOPLE = 50
YEAR, MONTH = 2026, 3


def build(path: Path):
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        owner = accounts.create_shop(s, shop_name="bench", owner_username="boss", password="secret123")
        dep, role = Department(name="运营部"), Role(name="客服")
        s.add_all([dep, role])
        s.flush()
        conn = s.connection()
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"E{p:04d}", "name": f"员工{p:04d}", "hire_date": date(2025, 1, 1), "status": "active",
             "department_id": dep.id, "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "",
             "leave_reason": "", "base_salary": 0, "bank_account": "", "notes": "", "version": 1,
             "created_at": datetime(2026, 1, 1), "updated_at": datetime(2026, 1, 1)} for p in range(PEOPLE)])
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"T{p:04d}", "name": f"兼职{p:04d}", "hire_date": date(2025, 1, 1), "status": "active",
             "department_id": dep.id, "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "",
             "leave_reason": "", "base_salary": 0, "bank_account": "", "notes": "", "version": 1,
             "attendance_from_timesheets": True,
             "created_at": datetime(2026, 1, 1), "updated_at": datetime(2026, 1, 1)} for p in range(TIMESHEET_PEOPLE)])
        ids = [e.id for e in s.query(Employee.id).where(Employee.employee_no.like("E%")).order_by(Employee.id)]
        remote = [e.id for e in s.query(Employee.id).where(Employee.employee_no.like("T%"))]
        conn.execute(TimesheetEntry.__table__.insert(), [
            {"employee_id": e, "work_date": day, "task": task, "hours": 4.0, "overtime_hours": 0.5 if task == "售后" else 0,
             "note": "", "source": "bench", "imported_at": datetime(2026, 4, 1), "status": "approved",
             "decided_by": "boss", "decision_note": ""}
            for e in remote for day in month_days(YEAR, MONTH) if day.weekday() < 5 for task in ("接待", "售后")])
        s.add_all(RoleAssignment(employee_id=e, role_id=role.id, start_date=date(2025, 1, 1)) for e in ids[::2])
        punches, corrections = [], []
        for n, e in enumerate(ids):
            for i, day in enumerate(month_days(YEAR, MONTH)):
                forgot = (i + n) % 10 == 0
                punches.append({"employee_id": e, "work_date": day, "source": "bench",
                                "clock_in": None if forgot else datetime.combine(day, time(9, (n + i) % 15)),
                                "clock_out": datetime.combine(day, time(18, (n * i) % 50)),
                                "imported_at": datetime(2026, 4, 1)})
                if forgot and n < 200 and not any(c["employee_id"] == e for c in corrections):
                    corrections.append({"employee_id": e, "work_date": day, "clock_in": datetime.combine(day, time(8, 58)),
                                        "clock_out": None, "reason": "忘记打卡", "status": "approved",
                                        "requested_by": "bench", "created_at": datetime(2026, 4, 1),
                                        "decided_by": "boss", "decision_note": ""})
        conn.execute(PunchRecord.__table__.insert(), punches)
        conn.execute(PunchCorrection.__table__.insert(), corrections)
        with clock.frozen(date(2026, 4, 2)):
            save_work_pattern(s, actor=owner, name="晚班", weekdays=0b0011111, role_id=role.id,
                              periods=[(time(10), time(13)), (time(14), time(19))], effective_from=date(2026, 3, 15))
            set_attendance_settings(s, actor=owner, settings=AttendanceSettings(late_grace_minutes=10),
                                    effective_from=date(2026, 3, 10))
    return engine, owner


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine, owner = build(Path(folder) / "bench.db")
        with clock.frozen(date(2026, 4, 2)), make_session_factory(engine)() as s:
            month_summary(s, actor=owner, year=YEAR, month=MONTH)  # warm the holiday tables
            times = []
            for _ in range(5):
                t0 = timer.perf_counter()
                rows = month_summary(s, actor=owner, year=YEAR, month=MONTH)
                times.append(timer.perf_counter() - t0)
        engine.dispose()
    assert len(rows) == PEOPLE + TIMESHEET_PEOPLE and sum(r.corrections for r in rows) == 200
    remote = [r for r in rows if r.employee_no.startswith("T")]
    assert all(r.days_worked > 0 and r.absence_days == 0 for r in remote), remote[0]
    print(f"month summary {min(times):6.3f} s  ({PEOPLE} people, dated rules, 200 corrections, "
          f"{TIMESHEET_PEOPLE} more from timesheets; best of 5: "
          f"{', '.join(f'{t:.3f}' for t in times)}) [target < 0.25 s]")


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()
    main()
