"""How fast the recruitment and the training screens open with a big history (not a CI test).

    .venv/bin/python benchmarks/bench_people.py [--candidates 1000] [--records 5000] [--rounds 7]

Builds benchmarks/out/people.db: a shop of 300 people (40 on probation), 10 open positions holding
``--candidates`` candidates at every stage (two interview scores each from the first interview on), and
training plans whose sessions (20 people on each list) make ``--records`` attendance rows, four in five with
an evaluation. Then measures, as the owner, from constructing the real page (offscreen) to its first screen
shown (the services' queries, the table models filled, the widgets laid out), ``--rounds`` times:
  - RecruitmentPage: positions with their figures, the first position's candidates, the probation list;
  - TrainingPage: the plans, the first plan's sessions, the chosen session's attendees, the year's report
    of everyone, and (for the owner, who has no staff record) no own record.
Prints medians (the machine may be shared) and the load average. Target < 200 ms each.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 12, 7)
STAGES = ("screening", "first_interview", "second_interview", "offer", "hired", "rejected")
SOURCES = ("BOSS直聘", "58同城", "内部推荐", "智联招聘", "前程无忧")


def build(path: Path, candidates: int, records: int) -> float:
    from sqlalchemy import insert

    from shopteam.db.base import utcnow
    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.db.migrate import upgrade
    from shopteam.db.models import Department, Employee, Role
    from shopteam.db.models.people import Candidate, InterviewScore, Position
    from shopteam.db.models.training import (
        TrainingAttendance,
        TrainingEvaluation,
        TrainingPlan,
        TrainingSession,
    )
    from shopteam.services import accounts

    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    rng = random.Random(13)
    now = utcnow()
    with make_session_factory(engine).begin() as s:
        accounts.create_shop(s, shop_name="基准店", owner_username="boss", password="secret123")
        departments = [Department(name=n) for n in ("客服部", "运营部", "仓储物流部", "推广部", "产品部")]
        roles = [Role(name=n) for n in ("客服专员", "运营专员", "仓管员", "推广专员", "产品专员")]
        s.add_all(departments + roles)
        s.flush()
        s.execute(insert(Employee), [
            {"employee_no": f"P{i:04d}", "name": f"员工{i:03d}", "hire_date": date(2024, 1, 1) + timedelta(days=i),
             "department_id": departments[i % 5].id, "status": "probation" if i < 40 else "active",
             "probation_end": TODAY + timedelta(days=i - 10) if i < 40 else None}
            for i in range(300)])
        people = list(s.scalars(Employee.__table__.select().with_only_columns(Employee.id)))
        positions = []
        for i in range(10):
            position = Position(role_id=roles[i % 5].id, department_id=departments[i % 5].id, headcount=3,
                                reason="扩编", wanted_by=TODAY + timedelta(days=30), state="open",
                                opened_on=TODAY - timedelta(days=120))
            s.add(position)
            positions.append(position)
        s.flush()
        candidate_rows, score_rows = [], []
        for i in range(candidates):
            stage = STAGES[min(len(STAGES) - 1, int(rng.random() ** 1.3 * len(STAGES)))]
            applied = TODAY - timedelta(days=rng.randrange(1, 120))
            candidate_rows.append({
                "id": i + 1, "position_id": positions[i % 10].id, "name": f"候选人{i:04d}",
                "phone": f"139{i:08d}", "source": SOURCES[i % len(SOURCES)], "cv_path": "", "notes": "",
                "expected_salary": Decimal(6000 + 100 * (i % 30)), "stage": stage, "reject_reason": "",
                "applied_on": applied, "stage_changed_on": applied + timedelta(days=3), "version": 1})
            if stage not in ("screening",):
                score_rows += [{"candidate_id": i + 1, "stage": "first_interview", "competence": c,
                                "score": rng.randint(2, 5), "note": "", "interviewer": "boss", "created_at": now}
                               for c in ("沟通", "专业")]
        s.execute(insert(Candidate), candidate_rows)
        s.execute(insert(InterviewScore), score_rows)

        per_session = 20
        sessions_needed = max(1, records // per_session)
        plans = []
        for i in range(max(1, sessions_needed // 25)):
            plan = TrainingPlan(year=TODAY.year - (i % 3 == 2), quarter=(i % 4) + 1, topic=f"培训主题 {i + 1}",
                                target_roles="客服专员", planned_hours=Decimal(20), created_by="boss")
            s.add(plan)
            plans.append(plan)
        s.flush()
        session_ids = []
        for n in range(sessions_needed):
            item = TrainingSession(plan_id=plans[n % len(plans)].id, session_date=TODAY - timedelta(days=n % 330),
                                   trainer="讲师", place="会议室", hours=Decimal("1.5"), materials="讲义.pdf")
            s.add(item)
            session_ids.append(item)
        s.flush()
        attendance, evaluations, att_id = [], [], 0
        for item in session_ids:
            for person in rng.sample(people, per_session):
                att_id += 1
                attended = rng.random() < 0.9
                attendance.append({"id": att_id, "session_id": item.id, "employee_id": person,
                                   "attended": attended, "recorded_by": "boss", "recorded_at": now})
                if attended and rng.random() < 0.85:
                    evaluations.append({"attendance_id": att_id, "test_score": Decimal(rng.randint(50, 100)),
                                        "passed": rng.random() < 0.8, "satisfaction": rng.randint(3, 5),
                                        "comment": "", "evaluated_by": "boss", "evaluated_at": now, "version": 1})
        s.execute(insert(TrainingAttendance), attendance)
        s.execute(insert(TrainingEvaluation), evaluations)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return time.perf_counter() - started


CPU: dict = {}  # the page's CPU seconds per run (this process only: what a busy machine's other work cannot add)


def _time_page(app, make, rounds: int) -> list[float]:
    make().deleteLater()  # warm up imports and the first query plans
    app.processEvents()
    runs = []
    for _ in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        page = make()
        page.resize(1366, 700)
        page.show()
        app.processEvents()
        runs.append(time.perf_counter() - started)
        CPU.setdefault(make, []).append(time.process_time() - cpu)
        page.close()
        page.deleteLater()
        app.processEvents()
    return runs


def _yardstick():
    """A page of the same shape with nothing in it: the machine's floor for building and showing one."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

    page = QWidget()
    tabs = QTabWidget()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    for _ in range(3):
        layout.addWidget(QTableView())
        row = QHBoxLayout()
        for n in range(4):
            row.addWidget(QPushButton(f"按钮 {n}"))
        layout.addLayout(row)
    tabs.addTab(inner, "计划与场次")
    tabs.addTab(QWidget(), "报表")
    QVBoxLayout(page).addWidget(tabs)
    return page


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="benchmarks/out/people.db")
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {db} with {args.candidates} candidates and {args.records} training records: "
          f"{build(db, args.candidates, args.records):.1f} s")

    from PySide6.QtWidgets import QApplication

    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.domain import clock
    from shopteam.services import accounts
    from shopteam.ui.context import AppContext
    from shopteam.ui.people.page import RecruitmentPage
    from shopteam.ui.training.page import TrainingPage

    clock.set_today(TODAY)
    app = QApplication.instance() or QApplication([])
    engine = make_engine(f"sqlite:///{db}")
    factory = make_session_factory(engine)
    with factory.begin() as s:
        actor = accounts.login(s, username="boss", password="secret123").actor
    ctx = AppContext(factory=factory, actor=actor, shop_name="基准店")

    from shopteam.services.recruitment import probation, recruiting
    from shopteam.services.training import plans, records

    def recruitment_queries(s):
        positions = recruiting.list_positions(s, actor=actor)
        recruiting.figures(s, actor=actor)
        recruiting.list_candidates(s, actor=actor, position_id=positions[0].id)
        recruiting.position_figures(s, actor=actor, position_id=positions[0].id)
        probation.list_probation(s, actor=actor)

    def training_queries(s):
        plan_rows = plans.list_plans(s, actor=actor)
        sessions = plans.list_sessions(s, actor=actor, plan_id=plan_rows[0].id)
        plans.session_attendees(s, actor=actor, session_id=sessions[0].id)

    def time_queries(work) -> list[float]:
        runs = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            with factory() as s:
                work(s)
            runs.append(time.perf_counter() - started)
        return runs

    recruitment_q = time_queries(recruitment_queries)
    training_q = time_queries(training_queries)
    report_q = time_queries(lambda s: records.training_report(s, actor=actor, year=TODAY.year))
    yardstick = _time_page(app, _yardstick, args.rounds)
    make_recruitment, make_training = (lambda: RecruitmentPage(ctx)), (lambda: TrainingPage(ctx))
    recruitment = _time_page(app, make_recruitment, args.rounds)
    training = _time_page(app, make_training, args.rounds)
    page = TrainingPage(ctx)
    shown = (page.plans_model.rowCount(), page.sessions_model.rowCount(), page.attendees_model.rowCount(),
             page.report_model.rowCount())
    page.deleteLater()
    page = RecruitmentPage(ctx)
    candidates_shown = page.positions_model.rowCount()
    page.deleteLater()
    engine.dispose()

    def ms(values):
        return statistics.median(values) * 1000

    def runs(values):
        return ", ".join(f"{v * 1000:.0f}" for v in values)

    print(f"recruitment page ({candidates_shown} positions, {args.candidates} candidates, probation list): "
          f"median {ms(recruitment):.0f} ms (runs: {runs(recruitment)}) — target < 200 ms")
    print(f"training page (plans, sessions, attendees, report rows shown: {shown}; {args.records} records): "
          f"median {ms(training):.0f} ms (runs: {runs(training)}) — target < 200 ms")
    print(f"  CPU time of this process: recruitment median {ms(CPU[make_recruitment]):.0f} ms, training "
          f"{ms(CPU[make_training]):.0f} ms (the wall time above includes waiting for the CPU on a busy machine)")
    print(f"  of it the services' queries: recruitment {ms(recruitment_q):.0f} ms, training {ms(training_q):.0f} ms; "
          f"the training report tab (shown when chosen): {ms(report_q):.0f} ms")
    print(f"yardstick: a tab widget with three empty tables and a row of buttons shown: {ms(yardstick):.0f} ms")
    print(f"load average: {' '.join(os.getloadavg().__repr__().strip('()').split(', '))} on {os.cpu_count()} cores")


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    main()
