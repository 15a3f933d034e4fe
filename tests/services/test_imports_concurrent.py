"""Two PCs importing the same month at the same time (two engines, two threads, as two windows would: the
preview in a session of its own, the commit in a transaction of its own). The second import waits for the
first (PostgreSQL: an advisory transaction lock; SQLite: the write lock taken first), then finds its rows
already there: every row once, nothing overwritten behind the first import's back, both imports audited."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.attendance import PunchRecord, TimesheetEntry
from shopteam.services.imports import pipeline as imports

pytestmark = pytest.mark.both_backends

PEOPLE = 40
DAYS = 30  # September 2026: 1,200 rows, written in chunks of 200


@pytest.fixture
def files(engine, owner, tmp_path):
    with engine.begin() as conn:
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"C{p:03d}", "name": f"员工{p:03d}", "hire_date": date(2025, 1, 1), "status": "active",
             "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "", "leave_reason": "",
             "base_salary": 0, "bank_account": "", "notes": "", "version": 1,
             "created_at": datetime(2025, 1, 1), "updated_at": datetime(2025, 1, 1)} for p in range(PEOPLE)])
    punches = ["工号,姓名,日期,上班时间,下班时间"]
    sheet = ["工号,日期,任务,工时,加班工时,备注"]
    for p in range(PEOPLE):
        for d in range(1, DAYS + 1):
            punches.append(f"C{p:03d},员工{p:03d},2026-09-{d:02d},09:0{d % 10},18:0{p % 10}")
            sheet.append(f"C{p:03d},2026-09-{d:02d},上架新品,7.5,0.5,")
    paths = {"attendance": tmp_path / "punches.csv", "timesheet": tmp_path / "timesheet.csv"}
    paths["attendance"].write_text("\n".join(punches) + "\n", encoding="utf-8-sig")
    paths["timesheet"].write_text("\n".join(sheet) + "\n", encoding="utf-8-sig")
    return paths


class Hold:
    """The first import's progress: after its first chunk it lets the second import start and keeps its
    transaction open a while, so the two really overlap."""

    def __init__(self, started: threading.Event):
        self.started, self.held = started, False

    def report(self, done, total=0, text=""):
        if text == "writing" and not self.held:
            self.held = True
            self.started.set()
            threading.Event().wait(1.0)  # the second import reaches its commit meanwhile

    def check(self):
        pass


@pytest.mark.parametrize("kind", ["attendance", "timesheet"])
@pytest.mark.parametrize("duplicates", ["skip", "replace"])
def test_two_imports_of_the_same_month_at_once(db_url, engine, owner, files, monkeypatch, kind, duplicates):
    monkeypatch.setattr(imports, "CHUNK", 200)
    engine.dispose()
    path, rows = files[kind], PEOPLE * DAYS
    pcs = [make_engine(db_url), make_engine(db_url)]
    factories = [make_session_factory(e) for e in pcs]
    previews = []
    for factory in factories:  # both previews before either commit: each sees every row as new
        with factory() as s:
            previews.append(imports.preview_import(s, actor=owner, path=path, kind=kind))
            s.rollback()
    assert [p.counts["new"] for p in previews] == [rows, rows]

    started, results, errors = threading.Event(), [None, None], []

    def commit(i, progress=None):
        try:
            with factories[i].begin() as s:
                results[i] = imports.commit_import(s, actor=owner, preview=previews[i], duplicates=duplicates,
                                                   progress=progress)
        except BaseException as exc:  # noqa: BLE001 - the assertion below shows it
            errors.append(exc)

    first = threading.Thread(target=commit, args=(0, Hold(started)))
    second = threading.Thread(target=commit, args=(1,))
    first.start()
    assert started.wait(30)
    second.start()
    first.join(60)
    second.join(60)
    for e in pcs:
        e.dispose()
    assert errors == []
    assert (results[0].inserted, results[0].replaced, results[0].skipped) == (rows, 0, 0)
    expected_second = (0, rows, 0) if duplicates == "replace" else (0, 0, rows)  # it waited, then saw them
    assert (results[1].inserted, results[1].replaced, results[1].skipped) == expected_second

    model = PunchRecord if kind == "attendance" else TimesheetEntry
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(model)).scalar() == rows
        distinct = conn.execute(select(func.count()).select_from(
            select(model.employee_id, model.work_date).distinct().subquery())).scalar()
        assert distinct == rows  # every person and day once
        audited = conn.execute(select(func.count()).select_from(AuditLog)
                               .where(AuditLog.action == "import")).scalar()
        assert audited == 2
