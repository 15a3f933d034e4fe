"""Appraisal with 500 people (not a CI test): compute every final score, write the 500-page PDF.

    .venv/bin/python benchmarks/bench_appraisal.py [--people 500]

Builds a fresh database (a shop, 500 people in four roles, an open month with KPI figures and self and
supervisor scores), then measures (best of 3):
  - compute_cycle with refresh: gather KPI actuals, boards on-time share, attendance (month_summary) and
    ledger points, score every indicator and store the results (target: < 1 s),
  - compute_cycle without refresh: scoring and storing only,
  - details_for_cycle + write_pdf: the 500-page PDF of the monthly appraisal sheets (target: < 3 s).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select  # noqa: E402

from shopteam.db.engine import make_engine, make_session_factory  # noqa: E402
from shopteam.db.migrate import upgrade  # noqa: E402
from shopteam.db.models import Department, Employee, Role, RoleAssignment  # noqa: E402
from shopteam.db.models.appraisal import Appraisal, AppraisalScore, KpiActual  # noqa: E402
from shopteam.services import accounts  # noqa: E402
from shopteam.services.appraisal import compute as comp  # noqa: E402
from shopteam.services.appraisal import cycles as ap  # noqa: E402

YEAR, MONTH = 2026, 10
ROLES = (("ops", "运营专员", "运营部"), ("cs_presale", "客服专员（售前）", "客服部"), ("designer", "美工设计师", "产品部"),
         ("promotion", "推广专员", "推广部"))


def build(path: Path, people: int):
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory.begin() as s:
        owner = accounts.create_shop(s, shop_name="压测小店", owner_username="boss", password="secret123")
        deps, roles = {}, {}
        for key, name, dep in ROLES:
            deps[key] = Department(name=dep)
            roles[key] = Role(key=key, name=name)
        s.add_all([*deps.values(), *roles.values()])
        s.flush()
        emps = [{"employee_no": f"P{i:04d}", "name": f"员工{i:04d}", "hire_date": date(2024, 1, 1),
                 "department_id": deps[ROLES[i % 4][0]].id, "status": "active", "gender": "", "phone": "",
                 "email": "", "wechat": "", "id_card_no": "", "leave_reason": "", "base_salary": Decimal(5000),
                 "bank_account": "", "notes": "", "version": 1} for i in range(people)]
        s.execute(insert(Employee), emps)
        ids = dict(s.execute(select(Employee.employee_no, Employee.id)).all())
        s.execute(insert(RoleAssignment), [{"employee_id": ids[f"P{i:04d}"], "role_id": roles[ROLES[i % 4][0]].id,
                                            "start_date": date(2024, 1, 1), "is_primary": True, "note": ""}
                                           for i in range(people)])
        cycle_id = ap.open_cycle(s, actor=owner, year=YEAR, month=MONTH)
        kpis = []
        for a in s.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle_id)):
            for line in a.scores:
                if line.method == "rating":
                    line.self_score, line.supervisor_score = Decimal(85), Decimal(80 + a.employee_id % 20)
                if line.source == "kpi":
                    value = (line.target or 2) * (0.8 + (a.employee_id % 40) / 100)
                    kpis.append({"employee_id": a.employee_id, "year": YEAR, "month": MONTH,
                                 "indicator": line.key, "value": value, "source_file": "bench"})
            a.state = "calibration"
        s.execute(insert(KpiActual), kpis)
    return engine, factory, owner, cycle_id


def best(fn, runs=3):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=500)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-appraisal-"))
    engine, factory, owner, cycle_id = build(folder / "bench.db", args.people)

    def compute(refresh: bool):
        with factory.begin() as s:
            return comp.compute_cycle(s, actor=owner, cycle_id=cycle_id, refresh=refresh)

    t_first, _ = best(lambda: compute(True), runs=1)  # every indicator and appraisal row written
    t_full, rows = best(lambda: compute(True))  # again: the figures are the same, nothing to write
    t_score, _ = best(lambda: compute(False))
    scored = sum(1 for r in rows if r.final_score is not None)
    print(f"compute_cycle, {len(rows)} people, first time (all rows written):      {t_first:.3f} s")
    print(f"compute_cycle, {len(rows)} people ({scored} with a final score), gathering all sources: {t_full:.3f} s")
    print(f"compute_cycle, scoring and storing only:                     {t_score:.3f} s")
    with factory.begin() as s:
        n_scores = s.query(AppraisalScore).count()
    print(f"  ({n_scores} indicator rows)")

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    from shopteam.reports.appraisal_sheet import write_pdf

    def details():
        with factory() as s:
            return ap.details_for_cycle(s, actor=owner, cycle_id=cycle_id)

    t_details, loaded = best(details)
    out = folder / "sheets.pdf"
    write_pdf(loaded[:5], folder / "warm.pdf")  # font registration and first layout
    t_pdf, pages = best(lambda: write_pdf(loaded, out))
    print(f"details_for_cycle ({len(loaded)} appraisals):                 {t_details:.3f} s")
    print(f"write_pdf, {pages} pages:                                      {t_pdf:.3f} s "
          f"({out.stat().st_size / 1e6:.1f} MB)")
    print(f"PDF end to end (details + pages):                           {t_details + t_pdf:.3f} s")
    engine.dispose()


if __name__ == "__main__":
    from shopteam.runtime import tune_garbage_collector

    tune_garbage_collector()  # as every ShopTeam process runs (cli.main)
    main()
