"""PostgreSQL benchmarks (not a test, not in CI): a throwaway local server (tests/pg_server.py), then

  floor    - python-calamine reading the 100,000-row punch workbook + psycopg's COPY of the same rows into
             punch_record, in one transaction (best of 3);
  import   - preview_import + commit_import of that workbook into a fresh migrated database, the app's real
             import path (best of 3); target < 2.5x the floor;
  roster   - 10,000 staff (make_big_db.py): roster.list_staff + StaffTableModel.set_rows (best of 3), and the
             RosterPage built and shown to its first screen, as bench_filter.py measures it; target < 1 s;
  payout   - compute_run for 500 people (bench_payout.py's month, best of 3); target < 1 s.

The server runs with fsync off (as the test server does), so the figures are the database work, not the disk.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_postgres.py [kept.xlsx]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_import import owner_of, run_import  # noqa: E402
from bench_read_punches import DAYS, PEOPLE, generate  # noqa: E402

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee  # noqa: E402
from shopteam.services import accounts  # noqa: E402
from tests.pg_server import PgServer  # noqa: E402

IMPORT_TEMPLATE = "bench_import_template"


def make_import_template(server: PgServer) -> None:
    """A migrated database with the shop and the workbook's 500 people, copied for every run."""
    engine = make_engine(server.create_database(IMPORT_TEMPLATE))
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        accounts.create_shop(s, shop_name="bench", owner_username="boss", password="secret123")
        dep = Department(name="运营部")
        s.add(dep)
        s.flush()
        s.connection().execute(Employee.__table__.insert(), [
            {"employee_no": f"E{p:04d}", "name": f"员工{p:04d}", "hire_date": date(2025, 1, 1), "status": "active",
             "department_id": dep.id, "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "",
             "leave_reason": "", "base_salary": 0, "bank_account": "", "notes": "", "version": 1,
             "created_at": datetime(2026, 1, 1), "updated_at": datetime(2026, 1, 1)}
            for p in range(PEOPLE)])
    engine.dispose()  # a template must have no open connection when it is copied


def floor_once(server: PgServer, name: str, workbook: Path) -> float:
    import psycopg
    from python_calamine import CalamineWorkbook

    t0 = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0).to_python()
    with psycopg.connect(host="127.0.0.1", port=server.port, user="shopteam", dbname=name) as conn:
        ids = dict(conn.execute("SELECT employee_no, id FROM employee").fetchall())
        with conn.cursor() as cur, cur.copy(
                "COPY punch_record (employee_id, work_date, clock_in, clock_out, source, imported_at) "
                "FROM STDIN") as copy:
            for r in rows[2:]:
                day = r[3]
                copy.write_row((ids[r[0]], day, f"{day} {r[4]}", f"{day} {r[5]}", "", "2026-01-01 00:00:00"))
    # leaving the connection's block commits
    return time.perf_counter() - t0


def count_punches(url: str) -> int:
    from sqlalchemy import text

    engine = make_engine(url)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM punch_record")).scalar_one()
    engine.dispose()
    return n


def bench_import(server: PgServer, workbook: Path) -> tuple[list[float], list[float]]:
    make_import_template(server)
    floors = []
    for i in range(3):
        url = server.create_database(f"floor{i}", template=IMPORT_TEMPLATE)
        floors.append(floor_once(server, f"floor{i}", workbook))
        assert count_punches(url) == PEOPLE * DAYS
    times = []
    for i in range(3):
        engine = make_engine(server.create_database(f"import{i}", template=IMPORT_TEMPLATE))
        actor = owner_of(engine)
        t0 = time.perf_counter()
        summary = run_import(engine, actor, workbook)
        times.append(time.perf_counter() - t0)
        assert summary.inserted == PEOPLE * DAYS, summary.to_dict()
        engine.dispose()
    return floors, times


def bench_roster(server: PgServer, staff: int = 10_000) -> tuple[float, list[float], float, int]:
    from make_big_db import build
    from PySide6.QtCore import QThreadPool, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from shopteam.services.context import system_owner
    from shopteam.services.org import roster
    from shopteam.ui.context import AppContext
    from shopteam.ui.roster.model import StaffTableModel
    from shopteam.ui.roster.page import RosterPage

    url = server.create_database("roster")
    built = build(None, staff, url=url)
    qInstallMessageHandler(lambda _mode, _context, message: None if "propagateSizeHints" in message
                           else print(message, file=sys.stderr))
    app = QApplication.instance() or QApplication([])
    engine = make_engine(url)
    factory = make_session_factory(engine)
    actor = system_owner()
    lists = []
    for _ in range(3):
        t0 = time.perf_counter()
        with factory() as session:
            rows = roster.list_staff(session, actor=actor)
        StaffTableModel(show_salary=True).set_rows(rows)
        lists.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    page = RosterPage(AppContext(factory=factory, actor=actor))
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    first_screen = time.perf_counter() - t0
    while page.loading:  # the rest of the roster arrives from a worker after the first screen
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
    assert page.model.total_count == len(rows) == staff, (page.model.total_count, len(rows))
    page.close()
    engine.dispose()
    return built, lists, first_screen, len(rows)


def bench_payout(server: PgServer) -> list[float]:
    from decimal import Decimal

    from bench_payout import MONTH, YEAR, build
    from bench_payout import PEOPLE as PAYOUT_PEOPLE

    from shopteam.services.payout import runs as payout

    engine, factory, owner = build(None, url=server.create_database("payout"))
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        with factory.begin() as s:
            view = payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
        times.append(time.perf_counter() - t0)
    assert len(view.rows) == PAYOUT_PEOPLE
    assert sum(r.amounts["team_bonus"] for r in view.rows) == Decimal("50000")
    engine.dispose()
    return times


def runs(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def main() -> int:
    keep = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    server = PgServer().start()
    try:
        with tempfile.TemporaryDirectory() as name:
            workbook = keep or Path(name) / "punches_100k.xlsx"
            if not workbook.exists():
                generate(workbook)
            floors, imports = bench_import(server, workbook)
        built, lists, first_screen, staff = bench_roster(server)
        payouts = bench_payout(server)
        version = server.admin().execute("SHOW server_version").fetchone()[0]
    finally:
        server.stop()
    floor, best = min(floors), min(imports)
    checks = [best < 2.5 * floor, max(min(lists), first_screen) < 1.0, min(payouts) < 1.0]
    print(f"PostgreSQL {version} (local, fsync off); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"floor   {floor:6.2f} s  calamine read + COPY of {PEOPLE * DAYS} rows (best of 3: {runs(floors)})")
    print(f"import  {best:6.2f} s  preview_import + commit_import (best of 3: {runs(imports)}) = "
          f"{best / floor:.2f}x the floor  [target < 2.5x]  {'met' if checks[0] else 'MISSED'}")
    print(f"roster  {min(lists):6.2f} s  list_staff + set_rows for {staff} staff (best of 3: {runs(lists)}); "
          f"RosterPage first screen {first_screen:.2f} s; data built in {built:.1f} s  [target < 1 s]  "
          f"{'met' if checks[1] else 'MISSED'}")
    print(f"payout  {min(payouts):6.2f} s  compute_run for 500 people (best of 3: {runs(payouts)})  [target < 1 s]  "
          f"{'met' if checks[2] else 'MISSED'}")
    return 0 if all(checks) else 1


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    sys.exit(main())
