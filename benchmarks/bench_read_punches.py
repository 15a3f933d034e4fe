"""Rough speed check of the reading layer (not a test).

Generates a 100,000-row punch workbook (500 people x 200 days; openpyxl write_only) in a temporary
folder, then times:
  floor  - python-calamine reading the sheet into Python lists;
  read   - shopteam.io.read_table (container checks + calamine);
  parse  - header detection, column mapping and iter_records over every row;
  pair   - collect_punches (people matched, days grouped).

Run:  .venv/bin/python benchmarks/bench_read_punches.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopteam.domain.calendar import WorkCalendar  # noqa: E402
from shopteam.io import iter_records, map_columns, read_table  # noqa: E402
from shopteam.io.punches import Person, collect_punches  # noqa: E402

PEOPLE, DAYS = 500, 200


def generate(path: Path) -> None:
    import openpyxl

    rng = random.Random(4)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("打卡记录")
    ws.append(["考勤记录 2026"])
    ws.append(["工号", "姓名", "部门", "日期", "上班时间", "下班时间"])
    first = date(2026, 1, 1)
    for p in range(PEOPLE):
        number, name = f"E{p:04d}", f"员工{p:04d}"
        for d in range(DAYS):
            day = first + timedelta(days=d)
            start = datetime(2000, 1, 1, 8, 30) + timedelta(minutes=rng.randint(0, 50))
            end = datetime(2000, 1, 1, 17, 50) + timedelta(minutes=rng.randint(0, 200))
            ws.append([number, name, "运营部", day, start.time(), end.strftime("%H:%M")])
    wb.save(path)


def best_of(runs: int, work):
    best, result = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    from python_calamine import CalamineWorkbook

    keep = Path(sys.argv[1]) if len(sys.argv) > 1 else None  # optional: reuse/keep the generated file
    with tempfile.TemporaryDirectory() as folder:
        path = keep or Path(folder) / "punches_100k.xlsx"
        if not path.exists():
            t0 = time.perf_counter()
            generate(path)
            print(f"generate     {time.perf_counter() - t0:6.2f} s  ({path.stat().st_size / 1e6:.1f} MB)")

        floor, _ = best_of(3, lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())
        t_read, sheet = best_of(3, lambda: read_table(path))
        mapping = map_columns(sheet)
        t_parse, records = best_of(3, lambda: list(iter_records(sheet, mapping)))
        people = [Person(f"E{p:04d}", f"员工{p:04d}") for p in range(PEOPLE)]
        t_pair, collected = best_of(1, lambda: collect_punches(records, mapping.kind, people, WorkCalendar()))
        bad = sum(not r.ok for r in records)
        print(f"floor        {floor:6.2f} s  (python-calamine to_python, best of 3)")
        print(f"read         {t_read:6.2f} s  ({len(sheet.rows)} rows; container checks + calamine)")
        print(f"parse        {t_parse:6.2f} s  ({len(records)} records, {bad} with problems)")
        print(f"read+parse   {t_read + t_parse:6.2f} s  ({(t_read + t_parse) / floor:.1f}x the floor)")
        print(f"pair         {t_pair:6.2f} s  ({sum(len(d) for d in collected.days.values())} person-days)")


if __name__ == "__main__":
    main()
