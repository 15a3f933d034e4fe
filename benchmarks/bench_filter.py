"""How fast the roster reacts to typing in its filter box, with 10,000 staff (not a CI test).

    .venv/bin/python benchmarks/bench_filter.py [--db benchmarks/out/big.db] [--staff 10000]

Builds the database with make_big_db.py when it does not exist, then measures
  - roster.list_staff (the one SQL query behind the table),
  - StaffTableModel.set_rows (display texts and search strings computed once),
  - filter-as-you-type: for every prefix of a few typed words, the model alone, and the real RosterPage:
    from setting its filter box's text to the table view having processed the change (offscreen),
and prints the median and worst time per keystroke.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Typed words: employee numbers, a Chinese department, a role, a phone prefix, a surname, a miss.
TYPED = ["E0123", "运营部2组", "客服专员", "1380", "王芳", "e99", "zzz"]


def prefixes(words: list[str]) -> list[str]:
    out = []
    for word in words:
        out.extend(word[:n] for n in range(1, len(word) + 1))
        out.append("")  # the user clears the box before the next word
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="benchmarks/out/big.db")
    parser.add_argument("--staff", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    db = Path(args.db)
    if not db.exists():
        from make_big_db import build

        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {db} with {args.staff} staff: {build(db, args.staff):.1f} s")

    from PySide6.QtCore import QThreadPool, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from shopteam.db.engine import make_engine, make_session_factory
    from shopteam.services.context import system_owner
    from shopteam.services.org import roster
    from shopteam.ui.context import AppContext
    from shopteam.ui.roster.model import StaffTableModel
    from shopteam.ui.roster.page import RosterPage

    qInstallMessageHandler(lambda _mode, _context, message: None if "propagateSizeHints" in message
                           else print(message, file=sys.stderr))
    app = QApplication.instance() or QApplication([])
    factory = make_session_factory(make_engine(f"sqlite:///{db.resolve()}"))
    actor = system_owner()

    query_times, query_cpu = [], []
    for _ in range(args.rounds):
        with factory() as session:
            started, cpu = time.perf_counter(), time.process_time()
            rows = roster.list_staff(session, actor=actor)
            query_times.append(time.perf_counter() - started)
            query_cpu.append(time.process_time() - cpu)

    model = StaffTableModel(show_salary=True)
    started = time.perf_counter()
    model.set_rows(rows)
    load_time = time.perf_counter() - started

    started = time.perf_counter()
    page = RosterPage(AppContext(factory=factory, actor=actor))
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page_time = time.perf_counter() - started
    while page.loading:  # the rest of the roster arrives from a worker after the first screen
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
    all_time = time.perf_counter() - started
    assert page.model.total_count == len(rows), (page.model.total_count, len(rows))
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))
    app.processEvents()

    model_only, with_view, view_cpu = [], [], []
    typed = prefixes(TYPED)
    for _ in range(args.rounds):
        for text in typed:
            started = time.perf_counter()
            model.set_filter_text(text)
            model_only.append(time.perf_counter() - started)
            started, cpu = time.perf_counter(), time.process_time()
            page.filter_edit.setText(text)  # the real page: signal -> model -> view
            app.processEvents()
            with_view.append(time.perf_counter() - started)
            view_cpu.append(time.process_time() - cpu)

    page.filter_edit.clear()
    app.processEvents()
    started = time.perf_counter()
    page.table.sortByColumn(1, page.table.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    sort_time = time.perf_counter() - started

    def ms(value: float) -> str:
        return f"{value * 1000:7.2f} ms"

    print(f"staff rows:                       {len(rows)}")
    print(f"list_staff (SQL, median of {args.rounds}):   {ms(statistics.median(query_times))}"
          f"  (CPU {ms(statistics.median(query_cpu))})")
    print(f"model.set_rows:                   {ms(load_time)}")
    print(f"RosterPage built and shown:       {ms(page_time)} (first screen); all rows in {ms(all_time)}")
    print(f"filter keystrokes measured:       {len(model_only)}")
    print(f"filter, model only: median {ms(statistics.median(model_only))}, worst {ms(max(model_only))}")
    print(f"filter, page+view:  median {ms(statistics.median(with_view))}, worst {ms(max(with_view))}"
          f"  (CPU median {ms(statistics.median(view_cpu))})")
    print(f"load average while measuring:     {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"sort by name (model+view):        {ms(sort_time)}")


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    main()
