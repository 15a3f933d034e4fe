"""Losing the database server mid-action, for real: a throwaway PostgreSQL server of this module's own
(tests/pg_stoppable.py; stopping it disturbs no other test) is stopped while a large punch import, a
timesheet import and a payout approval run. The error is ServerUnreachable (one sentence), nothing of the
action is in the database once the server is back, and the next action works with the same engine and
session factory."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shopteam import cli
from shopteam.db.engine import make_engine
from shopteam.db.failures import database_failure
from shopteam.db.migrate import upgrade
from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.attendance import PunchRecord, TimesheetEntry
from shopteam.db.models.payout import PayoutRun
from shopteam.domain import clock
from shopteam.services.imports import pipeline as imports
from shopteam.services.payout import runs as payout
from shopteam.ui.messages import describe
from tests.pg_stoppable import StoppablePgServer
from tests.services.payout_shop import MONTH, YEAR, make_month

UNREACHABLE = ("The database server cannot be reached. Nothing was saved; ShopTeam tries again when you repeat "
               "the action.")
TEMPLATE = "loss_template"
PEOPLE, DAYS = 100, 150  # 15,000 punch rows, written in 15 chunks of 1,000
_NAMES = itertools.count(1)


@pytest.fixture(scope="module")
def server():
    running = StoppablePgServer().start()
    try:
        engine = make_engine(running.create_database(TEMPLATE))
        upgrade(engine)
        engine.dispose()  # a template must have no open connection when it is copied
        yield running
    finally:
        running.stop()


@pytest.fixture
def db_url(server):
    """This module's own database on its own server (conftest's engine, factory and owner use it); the
    server runs again after each test whatever the test did to it."""
    name = f"loss_{next(_NAMES)}"
    url = server.create_database(name, template=TEMPLATE)
    yield url
    if not server.running:
        server.resume()
    server.drop_database(name)


@pytest.fixture
def staff(engine, owner):
    with engine.begin() as conn:
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"K{p:03d}", "name": f"员工{p:03d}", "hire_date": date(2025, 1, 1), "status": "active",
             "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "", "leave_reason": "",
             "base_salary": 0, "bank_account": "", "notes": "", "version": 1,
             "created_at": datetime(2025, 1, 1), "updated_at": datetime(2025, 1, 1)} for p in range(PEOPLE)])
    return owner


@pytest.fixture
def punch_file(tmp_path):
    lines = ["工号,姓名,日期,上班时间,下班时间"]
    for p in range(PEOPLE):
        for d in range(DAYS):
            day = date(2026, 1, 1) + timedelta(days=d)
            lines.append(f"K{p:03d},员工{p:03d},{day.isoformat()},09:0{d % 10},18:0{p % 10}")
    path = tmp_path / "punches.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def timesheet_file(tmp_path):
    lines = ["工号,日期,任务,工时,加班工时,备注"]
    for p in range(PEOPLE):
        for d in range(30):
            lines.append(f"K{p:03d},2026-09-{d + 1:02d},上架新品,7.5,0.5,")
    path = tmp_path / "timesheet.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


class StopAt:
    """A progress that stops the server once ``rows`` rows are written: the import is mid-write."""

    def __init__(self, server: StoppablePgServer, rows: int, mode: str = "immediate"):
        self.server, self.rows, self.mode, self.reports = server, rows, mode, []

    def report(self, done, total=0, text=""):
        self.reports.append(done)
        if text == "writing" and done >= self.rows and self.server.running:
            self.server.halt(self.mode)

    def check(self):
        pass


def counts(factory) -> dict[str, int]:
    with factory() as s:
        return {"punches": s.scalar(select(func.count()).select_from(PunchRecord)),
                "timesheets": s.scalar(select(func.count()).select_from(TimesheetEntry)),
                "audit": s.scalar(select(func.count()).select_from(AuditLog))}


def run_import(factory, actor, path, kind, progress=None):
    with factory.begin() as s:
        preview = imports.preview_import(s, actor=actor, path=path, kind=kind)
        return imports.commit_import(s, actor=actor, preview=preview, progress=progress)


def assert_unreachable(error: BaseException) -> None:
    explained = database_failure(error)
    assert explained is not None and explained.code == "server_unreachable"
    assert explained.message == UNREACHABLE
    assert describe(error) == UNREACHABLE  # what the window shows (English: no translator installed)


@pytest.mark.parametrize("mode", ["immediate", "fast"])
def test_server_lost_during_a_punch_import(server, engine, factory, staff, punch_file, monkeypatch, mode):
    monkeypatch.setattr(imports, "CHUNK", 1000)
    before = counts(factory)
    progress = StopAt(server, rows=4000, mode=mode)
    with pytest.raises(Exception) as failed:
        run_import(factory, staff, punch_file, "attendance", progress)
    assert not server.running and 4000 in progress.reports  # stopped with 4 of 15 chunks sent …
    assert max(progress.reports) < PEOPLE * DAYS  # … and the import failed well before its end
    assert_unreachable(failed.value)

    server.resume()
    assert counts(factory) == before == {"punches": 0, "timesheets": 0, "audit": before["audit"]}
    summary = run_import(factory, staff, punch_file, "attendance")  # the same factory: it reconnects
    assert (summary.inserted, summary.skipped, summary.rejected) == (PEOPLE * DAYS, 0, 0)
    assert counts(factory) == {"punches": PEOPLE * DAYS, "timesheets": 0, "audit": before["audit"] + 1}


def test_server_lost_during_a_timesheet_import(server, engine, factory, staff, timesheet_file, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK", 500)
    before = counts(factory)
    with pytest.raises(Exception) as failed:
        run_import(factory, staff, timesheet_file, "timesheet", StopAt(server, rows=1000))
    assert_unreachable(failed.value)
    server.resume()
    assert counts(factory) == before
    summary = run_import(factory, staff, timesheet_file, "timesheet")
    assert (summary.inserted, summary.rejected) == (PEOPLE * 30, 0), summary.rejected_rows[:2]
    assert counts(factory)["timesheets"] == PEOPLE * 30


def test_the_next_action_works_when_the_server_was_restarted_while_idle(server, engine, factory, owner):
    """Connections left in the pool by earlier actions are dead after a restart; the pool checks them
    (pool_pre_ping), so the first action afterwards does not fail."""
    sessions = [factory() for _ in range(3)]
    for s in sessions:
        s.connection().exec_driver_sql("SELECT 1")
    for s in sessions:
        s.close()
    assert engine.pool.checkedin() == 3
    server.halt("fast")
    server.resume()
    assert counts(factory)["punches"] == 0


def test_while_the_server_is_down_every_action_says_so(server, engine, factory, owner):
    server.halt("fast")
    with pytest.raises(Exception) as failed:
        counts(factory)
    assert_unreachable(failed.value)
    with pytest.raises(Exception) as again:  # a fresh connection is refused: the same sentence
        counts(factory)
    assert_unreachable(again.value)
    server.resume()
    assert counts(factory)["punches"] == 0


@pytest.fixture
def computed(factory, owner):
    clock.set_today(date(2026, 12, 7))
    make_month(factory, owner)
    with factory.begin() as s:
        view = payout.compute_run(s, actor=owner, year=YEAR, month=MONTH)
    assert view.state == "draft" and len(view.rows) == 4
    return view


def _run_state(factory):
    with factory() as s:
        run = s.scalar(select(PayoutRun).where(PayoutRun.year == YEAR, PayoutRun.month == MONTH))
        approvals = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "payout_run",
                                                                              AuditLog.action == "lock"))
        return run.state, run.approved_by, run.approved_at, approvals


def test_server_lost_during_a_payout_approval(server, factory, owner, computed, monkeypatch):
    """The run is marked approved and flushed, then the server goes before the audit record and the commit."""
    record, stops = payout.audit.record, []

    def stop_then_record(*args, **kwargs):
        if args[3] == "payout_run" and not stops:
            stops.append(args[4])
            server.halt("immediate")
        return record(*args, **kwargs)

    monkeypatch.setattr(payout.audit, "record", stop_then_record)
    with pytest.raises(Exception) as failed, factory.begin() as s:
        payout.approve_run(s, actor=owner, year=YEAR, month=MONTH, confirmed=True)
    assert_unreachable(failed.value)
    assert stops == [computed.id]

    server.resume()
    assert _run_state(factory) == ("draft", None, None, 0)  # not approved, nothing recorded
    with factory.begin() as s:  # the same factory, the same action: now it goes through
        view = payout.approve_run(s, actor=owner, year=YEAR, month=MONTH, confirmed=True)
    assert view.state == "approved"
    state, by, at, approvals = _run_state(factory)
    assert (state, by, approvals) == ("approved", "boss", 1) and at is not None


def test_command_line_import_when_the_server_goes_says_so_and_works_once_it_is_back(
        server, db_url, engine, staff, punch_file, capsys, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK", 1000)
    monkeypatch.setattr(imports, "NullProgress", lambda: StopAt(server, rows=3000))
    engine.dispose()
    status = cli.main(["--db", db_url, "--lang", "en", "import", "attendance", str(punch_file)])
    out, err = capsys.readouterr()
    assert status != 0 and out == ""
    assert UNREACHABLE in err and len(err.strip().splitlines()) == 1

    server.resume()
    monkeypatch.undo()
    status = cli.main(["--db", db_url, "--lang", "en", "import", "attendance", str(punch_file)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert f"{PEOPLE * DAYS} inserted" in out
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(PunchRecord)).scalar() == PEOPLE * DAYS
