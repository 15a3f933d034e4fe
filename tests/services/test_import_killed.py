"""A large import killed for real (SIGKILL from another process) after the preview, after 2 and after 8 of its
15 chunks were written, after the last chunk but before the commit, and after the commit: none of its rows
(all of them after the commit), and a database that passes integrity_check and foreign_key_check."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shopteam.db.models import Employee

PEOPLE, DAYS = 100, 150  # 15,000 punch rows


@pytest.fixture
def big_file(engine, owner, tmp_path):
    with engine.begin() as conn:
        conn.execute(Employee.__table__.insert(), [
            {"employee_no": f"K{p:03d}", "name": f"员工{p:03d}", "hire_date": date(2025, 1, 1), "status": "active",
             "gender": "", "phone": "", "email": "", "wechat": "", "id_card_no": "", "leave_reason": "",
             "base_salary": 0, "bank_account": "", "notes": "", "version": 1,
             "created_at": datetime(2025, 1, 1), "updated_at": datetime(2025, 1, 1)} for p in range(PEOPLE)])
    lines = ["工号,姓名,日期,上班时间,下班时间"]
    for p in range(PEOPLE):
        for d in range(DAYS):
            day = date(2026, 1, 1) + timedelta(days=d)
            lines.append(f"K{p:03d},员工{p:03d},{day.isoformat()},09:0{d % 10},18:0{p % 10}")
    path = tmp_path / "punches.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    engine.dispose()
    return path


def punch_rows(engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM punch_record").scalar()


@pytest.mark.parametrize("moment", ["previewed", "report 2", "report 8", "written", "committed"])
def test_killed_at_any_moment_leaves_none_or_all(db_url, engine, big_file, moment):
    """The child says where it is (and waits a little there); the parent kills it at ``moment``."""
    script = textwrap.dedent(f"""
        import time
        from shopteam.db.engine import make_engine, make_session_factory
        from shopteam.services.context import system_owner
        from shopteam.services.imports import pipeline as imports
        imports.CHUNK = 1000

        def say(text):
            print(text, flush=True)
            time.sleep(0.3)  # long enough for the parent to kill it here

        class Tell:
            reports = 0
            def report(self, *args):
                Tell.reports += 1
                say(f"report {{Tell.reports}}")
            def check(self):
                pass

        factory = make_session_factory(make_engine({db_url!r}))
        with factory.begin() as s:
            p = imports.preview_import(s, actor=system_owner(), path={str(big_file)!r}, kind="attendance")
            say("previewed")
            imports.commit_import(s, actor=system_owner(), preview=p, progress=Tell())
            say("written")
        say("committed")
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).parents[2],
                               stdout=subprocess.PIPE, text=True)
    seen = []
    for line in process.stdout:
        seen.append(line.strip())
        if line.strip() == moment:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=120)
    assert moment in seen, seen
    assert process.returncode == -signal.SIGKILL
    rows = punch_rows(engine)
    assert rows == (PEOPLE * DAYS if moment == "committed" else 0), (moment, rows)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
