"""End-to-end import benchmark (not a test): 100,000 punch rows (500 people x 200 days).

Measures, best of 3 (the machine may be shared):
  floor    - python-calamine reading the sheet + raw sqlite3 executemany of the same rows in one transaction;
  import   - preview_import + commit_import into a fresh migrated database (read, validate, write);
  memory   - peak traced Python memory of one import (tracemalloc) and the process's max RSS;
  GUI      - the import on a worker thread while a 10 ms QTimer ticks in the main thread: the longest gap;
  summary  - month_summary for the 500 people of one month.
Targets: import < 3 s and < 2.5x the floor; memory < 250 MB; month summary < 0.25 s.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_import.py [kept.xlsx]
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_read_punches import DAYS, PEOPLE, generate  # noqa: E402

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee  # noqa: E402
from shopteam.services import accounts  # noqa: E402
from shopteam.services.attendance.month import month_summary
from shopteam.services.imports.pipeline import commit_import, preview_import  # noqa: E402


def make_template(folder: Path) -> Path:
    path = folder / "template.db"
    engine = make_engine(f"sqlite:///{path}")
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
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def fresh(template: Path, folder: Path, name: str):
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, path)
    engine = make_engine(f"sqlite:///{path}")
    return path, engine


def owner_of(engine):
    with make_session_factory(engine)() as s:
        return accounts.login(s, username="boss", password="secret123").actor


def run_import(engine, actor, workbook: Path):
    with make_session_factory(engine).begin() as s:
        preview = preview_import(s, actor=actor, path=workbook, kind="attendance")
        return commit_import(s, actor=actor, preview=preview)


def floor_once(workbook: Path, db: Path) -> float:
    from python_calamine import CalamineWorkbook

    t0 = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0).to_python()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    ids = dict(conn.execute("SELECT employee_no, id FROM employee"))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO punch_record (employee_id, work_date, clock_in, clock_out, source, imported_at) "
        "VALUES (?, ?, ?, ?, '', '2026-01-01 00:00:00')",
        ((ids[r[0]], str(r[3]), str(r[4]), str(r[5])) for r in rows[2:]))
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - t0


def import_alone(db: Path, workbook: Path) -> float:
    """Max RSS (MB) of a fresh process that imports the workbook once, as `shopteam import attendance` does."""
    code = (
        "import sys; sys.path.insert(0, 'benchmarks')\n"
        "from shopteam.runtime import tune_garbage_collector; tune_garbage_collector()\n"
        "from bench_import import owner_of, run_import\n"
        "from shopteam.db.engine import make_engine\n"
        f"engine = make_engine('sqlite:///{db}')\n"
        f"run_import(engine, owner_of(engine), {str(workbook)!r})\n"
        # VmHWM, not ru_maxrss: Linux carries the forking parent's max RSS over into the child's ru_maxrss
        "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    return float(done.stdout.split()[-1])


def gui_gaps(engine, actor, workbook: Path) -> tuple[float, float, int]:
    """Import on a worker thread while a 10 ms QTimer runs in the main thread; (seconds, longest gap, ticks)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    ticks: list[float] = []
    done = threading.Event()
    result = {}

    def work():
        t0 = time.perf_counter()
        result["summary"] = run_import(engine, actor, workbook)
        result["seconds"] = time.perf_counter() - t0
        done.set()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def stop_when_done():
        if done.is_set():
            app.quit()

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(stop_when_done)
    timer.start()
    watcher.start()
    thread = threading.Thread(target=work)
    ticks.append(time.perf_counter())
    thread.start()
    app.exec()
    thread.join()
    timer.stop()
    watcher.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return result["seconds"], max(gaps, default=0.0), len(ticks)


def main() -> None:
    keep = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workbook = keep or folder / "punches_100k.xlsx"
        if not workbook.exists():
            t0 = time.perf_counter()
            generate(workbook)
            print(f"generate      {time.perf_counter() - t0:6.2f} s  ({workbook.stat().st_size / 1e6:.1f} MB)")
        template = make_template(folder)
        rows = PEOPLE * DAYS

        floors = []
        for i in range(3):
            db, engine = fresh(template, folder, f"floor{i}.db")
            engine.dispose()
            floors.append(floor_once(workbook, db))
        floor = min(floors)

        times = []
        summary = None
        for i in range(3):
            _, engine = fresh(template, folder, f"import{i}.db")
            actor = owner_of(engine)
            t0 = time.perf_counter()
            summary = run_import(engine, actor, workbook)
            times.append(time.perf_counter() - t0)
            if i < 2:
                engine.dispose()
        best = min(times)
        assert summary.inserted == rows, summary.to_dict()

        with make_session_factory(engine)() as s:  # the last import's database
            month_summary(s, actor=actor, year=2026, month=3)  # warm the holiday tables
            summaries = []
            for _ in range(3):
                t0 = time.perf_counter()
                result = month_summary(s, actor=actor, year=2026, month=3)
                summaries.append(time.perf_counter() - t0)
        assert len(result) == PEOPLE
        engine.dispose()

        _, engine = fresh(template, folder, "memory.db")
        actor = owner_of(engine)
        tracemalloc.start()
        run_import(engine, actor, workbook)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        engine.dispose()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        _, engine = fresh(template, folder, "alone.db")
        engine.dispose()
        alone = import_alone(folder / "alone.db", workbook)

        _, engine = fresh(template, folder, "gui.db")
        actor = owner_of(engine)
        gui_seconds, gap, ticks = gui_gaps(engine, actor, workbook)
        engine.dispose()

        print(f"floor         {floor:6.2f} s  (calamine read + sqlite3 executemany, best of 3: "
              f"{', '.join(f'{t:.2f}' for t in floors)})")
        print(f"import        {best:6.2f} s  ({rows} rows; best of 3: {', '.join(f'{t:.2f}' for t in times)}) "
              f"= {best / floor:.2f}x the floor  [target < 3 s, < 2.5x]")
        print(f"memory        {alone:6.1f} MB max RSS of a process doing one import (Python, Qt-free, calamine "
              f"and SQLite together) [target < 250 MB]")
        print(f"              {peak / 1e6:6.1f} MB peak traced (tracemalloc), {rss:.0f} MB max RSS of this process "
              f"[target < 250 MB]")
        print(f"GUI thread    import {gui_seconds:.2f} s on a worker; {ticks} ticks of a 10 ms timer, longest gap "
              f"{gap * 1000:.0f} ms")
        print(f"month summary {min(summaries):6.3f} s  ({PEOPLE} people; best of 3) [target < 0.25 s]")
        print(f"load average  {os.getloadavg()[0]:.1f} ({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    main()
