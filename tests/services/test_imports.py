"""Imports through preview_import + commit_import: every shared sample gives the expected month, re-import
adds nothing, duplicates are skipped or replaced, a cancel or a kill leaves the database as it was."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from shopteam.io.attendance_export import write_error_workbook
from shopteam.io.errors import EmptySheetError, FileReadError, NotASpreadsheetError, TruncatedFileError
from shopteam.services import accounts
from shopteam.services.attendance.month import month_summary
from shopteam.services.imports import pipeline as imports
from shopteam.services.imports.pipeline import commit_import, preview_import
from shopteam.services.progress import Cancelled
from tests.conftest import SAMPLE_DATA

# Also on a throwaway PostgreSQL server (tests/pg_server.py): the same code on both backends.
pytestmark = pytest.mark.both_backends

ATTENDANCE = SAMPLE_DATA / "attendance"
EXPECTED = json.loads((ATTENDANCE / "expected_2026-09.json").read_text(encoding="utf-8"))
SAMPLES = ["dingtalk_daily_2026-09.xlsx", "wecom_detail_2026-09.xlsx", "punch_gbk_2026-09.csv"]


def run_import(factory, actor, path, kind=None, duplicates="skip", **kwargs):
    with factory.begin() as s:
        preview = preview_import(s, actor=actor, path=path, kind=kind, **kwargs)
        return preview, commit_import(s, actor=actor, preview=preview, duplicates=duplicates)


@pytest.fixture
def roster(factory, owner):
    preview, summary = run_import(factory, owner, ATTENDANCE / "roster_foreign.xlsx", "roster")
    assert preview.kind == "roster" and summary.inserted == 12 and summary.rejected == 0
    assert "New department: 运营部" in summary.notes
    return owner


def state(engine) -> tuple[dict, str]:
    """Row counts and a checksum of the tables an import may touch."""
    digest = hashlib.sha256()
    counts = {}
    with engine.connect() as conn:
        for table in ("punch_record", "timesheet_entry", "employee", "department", "role", "audit_log",
                      "import_mapping"):
            rows = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all()
            counts[table] = len(rows)
            digest.update(repr(rows).encode())
    return counts, digest.hexdigest()


def summary_dicts(factory, actor, year=2026, month=9):
    with factory() as s:
        return {r.employee_no: r.as_dict() for r in month_summary(s, actor=actor, year=year, month=month)}


@pytest.mark.parametrize("filename", SAMPLES)
def test_each_sample_gives_the_expected_month(factory, roster, filename):
    preview, summary = run_import(factory, roster, ATTENDANCE / filename, "attendance")
    assert preview.kind == "punches"
    rejected = 1 if filename.startswith("dingtalk") else 0
    assert summary.rejected == rejected and preview.counts["rejected"] == rejected
    assert summary.inserted == preview.counts["new"] > 200
    got = summary_dicts(factory, roster)
    assert set(got) == set(EXPECTED["staff"])
    for number, expected in EXPECTED["staff"].items():
        assert {k: got[number][k] for k in expected} == expected, number
        assert len(got[number]) == 14  # the 12 expected figures, the days scheduled and the day counted until
        assert got[number]["counted_until"] is None  # September is over: the whole month counts


@pytest.mark.parametrize("filename", SAMPLES)
def test_reimport_changes_nothing_and_replace_replaces(factory, engine, roster, filename):
    _, first = run_import(factory, roster, ATTENDANCE / filename, "attendance")
    before = state(engine)[0]
    preview, again = run_import(factory, roster, ATTENDANCE / filename, "attendance")
    assert preview.counts["new"] == 0 and preview.counts["duplicate"] == first.inserted
    assert (again.inserted, again.replaced, again.skipped) == (0, 0, first.inserted)
    after = state(engine)[0]
    assert after["punch_record"] == before["punch_record"]
    _, replaced = run_import(factory, roster, ATTENDANCE / filename, "attendance", duplicates="replace")
    assert (replaced.inserted, replaced.replaced) == (0, first.inserted)
    assert state(engine)[0]["punch_record"] == before["punch_record"]
    got = summary_dicts(factory, roster)
    for number, expected in EXPECTED["staff"].items():
        assert {k: got[number][k] for k in expected} == expected


class CancelOnCheck:
    def __init__(self, at: int):
        self.at, self.calls, self.reports = at, 0, []

    def report(self, done, total, text=""):
        self.reports.append((done, total, text))

    def check(self):
        self.calls += 1
        if self.calls >= self.at:
            raise Cancelled()


def test_cancelled_import_leaves_the_database_unchanged(factory, engine, roster, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK", 50)
    before = state(engine)
    with factory() as s:
        preview = preview_import(s, actor=roster, path=ATTENDANCE / "punch_gbk_2026-09.csv", kind="attendance")
    progress = CancelOnCheck(at=3)  # after two chunks of 50 rows were written
    with pytest.raises(Cancelled), factory.begin() as s:
        commit_import(s, actor=roster, preview=preview, progress=progress)
    assert any(done == 100 for done, _, _ in progress.reports)
    assert state(engine) == before


def test_killed_import_leaves_the_database_unchanged(db_url, engine, factory, roster, tmp_path):
    before = state(engine)
    engine.dispose()
    script = textwrap.dedent(f"""
        import os
        from shopteam.db.engine import make_engine, make_session_factory
        from shopteam.services.imports import pipeline as imports
        from shopteam.services.context import system_owner
        imports.CHUNK = 50
        class Die:
            calls = 0
            def report(self, *a): pass
            def check(self):
                Die.calls += 1
                if Die.calls == 4:
                    os._exit(9)  # the process dies mid-commit: no rollback, no cleanup
        factory = make_session_factory(make_engine({db_url!r}))
        with factory.begin() as s:
            p = imports.preview_import(s, actor=system_owner(), path={str(ATTENDANCE / "punch_gbk_2026-09.csv")!r},
                                       kind="attendance")
            imports.commit_import(s, actor=system_owner(), preview=p, progress=Die())
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2], timeout=120)
    assert result.returncode == 9
    assert state(engine) == before
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


@pytest.mark.parametrize(("content", "name", "error"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "photo.xlsx", NotASpreadsheetError),
    (b"PK\x03\x04" + b"\0" * 20, "cut.xlsx", TruncatedFileError),
    (b"", "empty.csv", EmptySheetError),
    ("工号,姓名,日期,上班时间,下班时间\n".encode("gbk"), "header_only.csv", FileReadError),
])
def test_bad_files_give_typed_errors_and_write_nothing(factory, engine, roster, tmp_path, content, name, error):
    path = tmp_path / name
    path.write_bytes(content)
    before = state(engine)
    if error is FileReadError:  # a header without rows: nothing to import, and nothing written
        preview, summary = run_import(factory, roster, path, "attendance")
        assert preview.rows == [] and summary.inserted == 0
        return
    with pytest.raises(error), factory.begin() as s:
        preview_import(s, actor=roster, path=path, kind="attendance")
    assert state(engine) == before


def test_rows_outside_employment_unknown_people_and_bad_cells_are_rejected(factory, roster, tmp_path):
    path = tmp_path / "punches.csv"
    path.write_text("工号,姓名,日期,上班时间,下班时间\n"
                    "A001,张伟,2026-09-01,08:55,18:01\n"
                    "A001,张伟,2020-01-06,08:55,18:01\n"
                    "Z999,某人,2026-09-01,08:55,18:01\n"
                    "A002,王芳,2026-09-31,08:55,18:01\n"
                    "A003,李娜,2026-09-02,18:00,09:00\n", encoding="utf-8-sig")
    preview, summary = run_import(factory, roster, path, "attendance")
    assert [r.status for r in preview.rows] == ["new", "rejected", "rejected", "rejected", "rejected"]
    reasons = dict(summary.rejected_rows)
    assert set(reasons) == {3, 4, 5, 6}
    assert "employment" in reasons[3] and "Date" in reasons[3]
    assert "roster" in reasons[4] and "Z999" in reasons[4]
    assert "date" in reasons[5].lower()
    assert "clock-out" in reasons[6].lower() or "Clock-out" in reasons[6]
    assert summary.inserted == 1

    out = write_error_workbook(summary, tmp_path / "errors.xlsx", language="en")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Row" and rows[0][-1] == "Reason" and rows[0][1] == "工号"
    assert [r[0] for r in rows[1:]] == [3, 4, 5, 6]
    assert rows[2][1] == "Z999" and rows[2][-1] == reasons[4]
    # the preview gives the same workbook
    again = openpyxl.load_workbook(write_error_workbook(preview, tmp_path / "errors2.xlsx", language="en")).active
    assert list(again.iter_rows(values_only=True)) == rows


def test_dingtalk_error_workbook_has_exactly_the_rejected_row(factory, roster, tmp_path):
    _, summary = run_import(factory, roster, ATTENDANCE / "dingtalk_daily_2026-09.xlsx", "attendance")
    sheet = openpyxl.load_workbook(write_error_workbook(summary, tmp_path / "e.xlsx")).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[0][0] == "行号" and rows[0][-1] == "原因"
    assert rows[1][0] == 364 and "Z999" in rows[1] and "roster" in rows[1][-1]


def test_corrected_mapping_is_remembered_per_layout(factory, roster, tmp_path):
    path = tmp_path / "odd.csv"
    # 上午/下午 are not known headings: the preview says the clock columns are missing; the user maps them once
    path.write_text("工号,日期,上午,下午\nA001,2026-09-01,08:55,18:01\n", encoding="utf-8")
    with factory() as s:
        preview = preview_import(s, actor=roster, path=path, kind="attendance")
        assert preview.missing_fields == ("clock_in",) and preview.counts["rejected"] == 0
    columns = {"employee_no": 0, "date": 1, "clock_in": 2, "clock_out": 3}
    with factory.begin() as s:
        preview = preview_import(s, actor=roster, path=path, kind="attendance", columns=columns)
        assert preview.mapping.required_missing == () and preview.counts["new"] == 1
    with factory.begin() as s:
        again = preview_import(s, actor=roster, path=path, kind="attendance")
        assert again.corrected and again.mapping.columns == columns
        summary = commit_import(s, actor=roster, preview=again)
    assert summary.inserted == 1
    got = summary_dicts(factory, roster)["A001"]
    assert got["days_worked"] == 1


def test_staff_import_only_their_own_timesheet(factory, roster, tmp_path):
    from sqlalchemy import select

    from shopteam.db.models import Employee
    from shopteam.domain.errors import PermissionDenied

    with factory.begin() as s:
        a002 = s.scalar(select(Employee.id).where(Employee.employee_no == "A002"))
        accounts.create_account(s, actor=roster, username="wangfang", password="secret123", level="staff",
                                employee_id=a002)
    with factory() as s:
        staff = accounts.login(s, username="wangfang", password="secret123").actor
    path = tmp_path / "timesheet.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工号", "日期", "任务", "工时", "加班工时", "备注"])
    ws.append(["A002", "2026-09-01", "上架新品", 7.5, 1, ""])
    ws.append(["A002", "2026-09-01", "回复评价", 0.5, 0, ""])
    ws.append(["A001", "2026-09-01", "别人的", 8, 0, ""])
    wb.save(path)
    preview, summary = run_import(factory, staff, path, "timesheet")
    assert preview.kind == "timesheet"
    assert (summary.inserted, summary.rejected) == (2, 1)
    assert "own timesheet" in dict(summary.rejected_rows)[4]
    _, again = run_import(factory, staff, path, "timesheet")
    assert (again.inserted, again.skipped) == (0, 2)
    with pytest.raises(PermissionDenied), factory.begin() as s:
        preview_import(s, actor=staff, path=ATTENDANCE / "punch_gbk_2026-09.csv", kind="attendance")


def test_roster_reimport_updates_with_replace(factory, roster):
    preview, summary = run_import(factory, roster, ATTENDANCE / "roster_foreign.xlsx", "roster")
    assert preview.counts["duplicate"] == 12 and (summary.inserted, summary.skipped) == (0, 12)
    assert summary.notes == []
    _, replaced = run_import(factory, roster, ATTENDANCE / "roster_foreign.xlsx", "roster", duplicates="replace")
    assert replaced.replaced == 12


@pytest.mark.parametrize("filename", SAMPLES)
def test_written_punch_rows_are_exactly_the_previewed_ones(factory, engine, roster, monkeypatch, filename):
    """The write step (COPY on PostgreSQL, the driver's executemany on SQLite) stores the previewed days as
    they are: the person, the day, both clock times on that day (or none), the source and the import time."""
    from sqlalchemy import select

    from shopteam.db.models.attendance import PunchRecord

    copies = []
    real_copy = imports._copy_punches
    monkeypatch.setattr(imports, "_copy_punches", lambda *a, **k: copies.append(len(a[1])) or real_copy(*a, **k))
    with factory() as s:
        preview = preview_import(s, actor=roster, path=ATTENDANCE / filename, kind="attendance")
    expected = {key: (imports._on(day.clock_in, key[1]), imports._on(day.clock_out, key[1]))
                for key, day in preview.payload.items()}
    assert len(expected) > 200
    _, summary = run_import(factory, roster, ATTENDANCE / filename, "attendance")
    assert summary.inserted == len(expected)
    assert copies == ([len(expected)] if engine.dialect.name == "postgresql" else [])
    with factory() as s:
        rows = s.execute(select(PunchRecord.employee_id, PunchRecord.work_date, PunchRecord.clock_in,
                                PunchRecord.clock_out, PunchRecord.source, PunchRecord.imported_at)).all()
    assert {(r.employee_id, r.work_date): (r.clock_in, r.clock_out) for r in rows} == expected
    assert len(rows) == len(expected)
    assert {r.source for r in rows} == {f"{filename} ({preview.kind})"}
    assert len({r.imported_at for r in rows}) == 1 and rows[0].imported_at.tzinfo is not None


def test_a_failing_write_rolls_back_and_raises_the_usual_error(factory, engine, roster, monkeypatch):
    """A row the database refuses in the write step (here a day already stored that the duplicate check missed)
    rolls the whole import back; on PostgreSQL the COPY's driver error comes as SQLAlchemy's IntegrityError,
    as the Core path raises it, so db/failures and the callers see one kind of exception."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    path = ATTENDANCE / "punch_gbk_2026-09.csv"
    with factory() as s:
        preview = preview_import(s, actor=roster, path=path, kind="attendance")
    with factory.begin() as s:
        (employee_id, day), _ = next(iter(preview.payload.items()))
        s.connection().exec_driver_sql(
            "INSERT INTO punch_record (employee_id, work_date, source, imported_at) VALUES "
            f"({employee_id}, '{day.isoformat()}', 'earlier', '2026-09-30 00:00:00')")
    before = state(engine)
    monkeypatch.setattr(imports, "_existing_punch_keys", lambda session, items: set())
    expected = IntegrityError if engine.dialect.name == "postgresql" else (IntegrityError, sqlite3.IntegrityError)
    with pytest.raises(expected), factory.begin() as s:
        commit_import(s, actor=roster, preview=preview)
    assert state(engine) == before
    assert before[0]["punch_record"] == 1
