"""Home screen benchmark (not a test): services/dashboard.month_dashboard for a shop of 500 people, the median
(and the best) of 11 runs.

The shop: 500 people in 8 departments (a department head each, 10 joiners and 5 leavers in November), 100,000
punches (everyone, every workday back from 2026-11-20 to January, some late, some missing a clock-out), 2,000
cards on 4 boards (each assigned to one person, a third done, some overdue), a year of appraisals (cycles
2025-12 … 2026-11 with 500 appraisals each, November's still open) and of payouts (runs 2025-12 … 2026-10
approved with 500 lines each, November computed as a draft), 100 pending requests and 50 pending timesheet
entries. Seen on 2026-11-20. Target: < 200 ms for the owner's figures (headcount, tasks, month-to-date
attendance, approvals, appraisal progress, payout status and the month-end checklist, which builds the
November run's view and its closing check); a manager's and a staff member's are timed too.

Run:  .venv/bin/python benchmarks/bench_home.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopteam import runtime  # noqa: E402
from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee  # noqa: E402
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle  # noqa: E402
from shopteam.db.models.attendance import LeaveRequest, OvertimeRequest, PunchRecord, TimesheetEntry  # noqa: E402
from shopteam.db.models.boards import Board, BoardColumn, Card, card_assignee  # noqa: E402
from shopteam.db.models.payout import PayoutLine, PayoutRun  # noqa: E402
from shopteam.domain import clock  # noqa: E402
from shopteam.domain.calendar import WorkCalendar  # noqa: E402
from shopteam.services import accounts  # noqa: E402
from shopteam.services.context import Actor  # noqa: E402
from shopteam.services.dashboard import month_dashboard  # noqa: E402

PEOPLE = 500
TODAY = date(2026, 11, 20)
YEAR, MONTH = 2026, 11


def _months():
    year, month = 2025, 12
    for _ in range(12):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def build(path: Path):
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    factory = make_session_factory(engine)
    rnd = random.Random(14)
    with factory.begin() as s:
        owner = accounts.create_shop(s, shop_name="bench", owner_username="boss", password="secret123")
        deps = [Department(name=f"部门{i}") for i in range(8)]
        s.add_all(deps)
        s.flush()
        conn = s.connection()
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"E{i:04d}", "name": f"员工{i}", "department_id": deps[i % 8].id,
             "hire_date": date(2026, 11, 2 + i % 10) if i >= PEOPLE - 10 else date(2025, 1, 1),
             "leave_date": date(2026, 11, 10) if i < 5 else None, "status": "left" if i < 5 else "active"}
            for i in range(PEOPLE)])
        ids = [e.id for e in s.query(Employee).order_by(Employee.employee_no)]
        for i, dep in enumerate(deps):
            dep.head_id = ids[8 + i]
        calendar = WorkCalendar()
        day, rows = TODAY, []
        while len(rows) < 100_000:  # back from the 20th of November
            if calendar.classify(day).is_workday:
                for emp in ids:
                    late = rnd.random() < 0.03
                    rows.append({"employee_id": emp, "work_date": day,
                                 "clock_in": datetime(day.year, day.month, day.day, 9, 20 if late else 0),
                                 "clock_out": None if rnd.random() < 0.01 else
                                 datetime(day.year, day.month, day.day, 18, 5)})
            day -= timedelta(days=1)
        rows = rows[:100_000]
        conn.execute(PunchRecord.__table__.insert(), rows)
        boards = [Board(name=f"看板{i}") for i in range(4)]
        s.add_all(boards)
        s.flush()
        columns = []
        for board in boards:
            todo = BoardColumn(board_id=board.id, name="待办", position=0)
            done = BoardColumn(board_id=board.id, name="完成", position=1, is_done=True)
            s.add_all([todo, done])
            s.flush()
            columns.append((todo, done))
        cards = []
        for i in range(2000):
            todo, done = columns[i % 4]
            finished = i % 3 == 0
            cards.append({"board_id": todo.board_id, "column_id": (done if finished else todo).id, "position": i,
                          "title": f"任务{i}", "due_date": TODAY + timedelta(days=rnd.randint(-20, 30)),
                          "done_at": datetime(2026, 11, 1, 8, 0) if finished else None})
        conn.execute(Card.__table__.insert(), cards)
        card_ids = [c.id for c in s.query(Card.id).order_by(Card.id)]
        conn.execute(card_assignee.insert(), [{"card_id": c, "employee_id": ids[n % PEOPLE]}
                                              for n, c in enumerate(card_ids)])
        for year, month in _months():
            cycle = AppraisalCycle(year=year, month=month,
                                   state="self_assessment" if (year, month) == (YEAR, MONTH) else "finalised")
            s.add(cycle)
            s.flush()
            conn.execute(Appraisal.__table__.insert(), [
                {"cycle_id": cycle.id, "employee_id": emp, "grade": "良好", "final_score": Decimal("82.00"),
                 "state": (("self_assessment", "supervisor_review", "finalised")[n % 3]
                           if cycle.state != "finalised" else "finalised")}
                for n, emp in enumerate(ids)])
            current = (year, month) == (YEAR, MONTH)
            run = PayoutRun(year=year, month=month, state="draft" if current else "approved",
                            computed_at=datetime(year, month, 28, 9, 0) if current else
                            datetime(year + (month == 12), month % 12 + 1, 3, 9, 0))
            s.add(run)
            s.flush()
            conn.execute(PayoutLine.__table__.insert(), [
                {"run_id": run.id, "employee_id": emp, "position": n, "employee_no": f"E{n:04d}",
                 "name": f"员工{n}", "department": f"部门{n % 8}", "base_salary": Decimal("5000.00"),
                 "total": Decimal("5200.00")}
                for n, emp in enumerate(ids)])
        for n in range(100):
            emp = ids[20 + n * 4]
            if n % 2:
                s.add(LeaveRequest(employee_id=emp, kind="annual", start=datetime(2026, 11, 25, 9, 0),
                                   end=datetime(2026, 11, 25, 18, 0), hours=8, status="pending"))
            else:
                s.add(OvertimeRequest(employee_id=emp, work_date=date(2026, 11, 12), hours=2, status="pending"))
        for n in range(50):
            s.add(TimesheetEntry(employee_id=ids[30 + n], work_date=date(2026, 11, 16), task="上新", hours=8,
                                 status="pending"))
    manager = Actor(user_id=None, username="head", level="manager", employee_id=ids[8])
    staff = Actor(user_id=None, username="staff", level="staff", employee_id=ids[100])
    return engine, factory, owner, manager, staff


def timed(factory, actor, times: int = 11) -> tuple[float, float, object]:
    """(median, best) seconds of ``times`` runs, each in a new session, and the last result."""
    result, seconds = None, []
    for _ in range(times):
        with factory() as session:
            start = time.perf_counter()
            result = month_dashboard(session, actor=actor, year=YEAR, month=MONTH)
            seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), min(seconds), result


def main() -> None:
    runtime.tune_garbage_collector()
    with tempfile.TemporaryDirectory() as tmp, clock.frozen(TODAY):
        engine, factory, owner, manager, staff = build(Path(tmp) / "bench.db")
        with engine.connect() as conn:
            punches = conn.exec_driver_sql("select count(*) from punch_record").scalar()
            cards = conn.exec_driver_sql("select count(*) from card").scalar()
        print(f"shop: {PEOPLE} people, {punches} punches, {cards} cards, 12 appraisal cycles, 12 payout runs")
        for label, actor in (("owner", owner), ("manager", manager), ("staff", staff)):
            median, fastest, d = timed(factory, actor)
            print(f"month_dashboard ({label}): median {median * 1000:.0f} ms, best {fastest * 1000:.0f} ms  "
                  f"(headcount {d.headcount}, open {d.open_tasks}, overdue {d.overdue_tasks}, "
                  f"late {d.attendance_exceptions.late}, missing {d.attendance_exceptions.missing_punches}, "
                  f"absent {d.attendance_exceptions.absence_days}, pending {d.pending_total}, "
                  f"checklist {len(d.month_end.items) if d.month_end else '-'})")
        engine.dispose()


if __name__ == "__main__":
    main()
