"""The shopteam command, run in-process with the database in a temporary folder."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import types

import pytest

from shopteam import cli
from shopteam.db.migrate import SCHEMA_HEAD


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    return tmp_path / "shop.db"


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("shopteam: error: ")
    assert "Traceback" not in err
    return lines[0]


def names(path, no="XL001"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM employee WHERE employee_no = ?", (no,)).fetchall()
    finally:
        conn.close()


def test_version(capsys):
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.strip() == "ShopTeam 0.1.0"


def test_demo_then_check_json(capsys, db):
    status, out, err = run(capsys, "--db", f"sqlite:///{db}", "--lang", "zh_CN", "demo")
    assert status == 0 and err == ""
    assert "20 名员工（3 名已离职）" in out and "demo1234" in out  # --lang zh_CN: the messages too
    status, out, _ = run(capsys, "--db", f"sqlite:///{db}", "check", "--json")
    report = json.loads(out)
    assert status == 0
    assert report["ok"] is True and report["problems"] == [] and report["schema"] == SCHEMA_HEAD
    assert (report["staff"], report["staff_left"], report["accounts"]) == (20, 3, 3)
    assert names(db) == [("陈志强",)]


def test_demo_json_and_plain_path(capsys, db):
    status, out, _ = run(capsys, "--json", "--db", db, "--lang", "en", "demo")
    data = json.loads(out)
    assert status == 0 and data["ok"] and data["staff"] == 20
    assert [a["username"] for a in data["logins"]] == ["boss", "yunying", "kefu01"]
    assert names(db) == [("Chen Zhiqiang",)]


def test_demo_twice_is_refused(capsys, db):
    assert run(capsys, "--db", db, "demo")[0] == 0
    status, out, err = run(capsys, "--db", db, "demo")
    assert status != 0 and out == ""
    assert "already holds a shop" in one_error_line(err)


def test_check_human_summary_and_problems(capsys, db):
    run(capsys, "--db", db, "demo")
    status, out, _ = run(capsys, "--db", db, "check")
    assert status == 0 and "No problems found." in out and "20 (17 current, 3 left)" in out
    conn = sqlite3.connect(db)
    conn.execute("UPDATE employee SET leave_date = NULL WHERE employee_no = 'XL019'")
    conn.commit()
    conn.close()
    status, out, _ = run(capsys, "--db", db, "check")
    assert status == 1 and "1 problem(s):" in out and "XL019" in out
    status, out, _ = run(capsys, "--db", db, "--json", "check")
    assert status == 1
    assert json.loads(out)["problems"] == [{"code": "left_without_date",
                                            "message": "Staff XL019 has left but has no leave date."}]


def test_env_variable_chooses_the_database(capsys, db, monkeypatch):
    monkeypatch.setenv("SHOPTEAM_DB", f"sqlite:///{db}")
    assert run(capsys, "demo")[0] == 0
    assert db.exists() and names(db)


def test_backup_then_restore_round_trip(capsys, db, tmp_path):
    run(capsys, "--db", db, "--lang", "zh_CN", "demo")
    saved = tmp_path / "saved.db"
    status, out, _ = run(capsys, "--db", db, "--json", "backup", "--out", saved)
    assert status == 0 and json.loads(out) == {"ok": True, "backup": str(saved)}

    conn = sqlite3.connect(db)
    conn.execute("UPDATE employee SET name = '被改掉了' WHERE employee_no = 'XL001'")
    conn.commit()
    conn.close()
    assert names(db) == [("被改掉了",)]

    status, out, err = run(capsys, "--db", db, "restore", saved)
    assert status == 0, err
    assert names(db) == [("陈志强",)]
    safety = out.strip().splitlines()[-1].rsplit(" ", 1)[-1]
    assert names(safety) == [("被改掉了",)]  # the state before restoring is kept
    assert run(capsys, "--db", db, "check")[0] == 0


def test_backup_default_goes_to_backups_folder(capsys, db):
    run(capsys, "--db", db, "demo")
    status, out, _ = run(capsys, "--db", db, "backup")
    assert status == 0
    files = list((db.parent / "backups").glob("shop-backup-*.db"))
    assert len(files) == 1 and str(files[0]) in out


@pytest.mark.parametrize("content", [b"this is not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_non_database_file_gives_one_line(capsys, tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    status, out, err = run(capsys, "--db", bad, "check")
    assert status != 0 and out == ""
    line = one_error_line(err)
    assert str(bad) in line


def test_restore_of_a_non_database_is_refused(capsys, db, tmp_path):
    run(capsys, "--db", db, "demo")
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    status, _, err = run(capsys, "--db", db, "restore", bad)
    assert status != 0 and "is not a ShopTeam database" in one_error_line(err)
    status, _, err = run(capsys, "--db", db, "restore", tmp_path / "missing.db")
    assert status != 0 and "does not exist" in one_error_line(err)
    assert names(db)  # untouched


def test_newer_database_is_refused(capsys, db):
    run(capsys, "--db", db, "demo")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    status, _, err = run(capsys, "--db", db, "check")
    assert status != 0 and "newer version of ShopTeam" in one_error_line(err)


def test_bad_url_and_usage_errors(capsys, db):
    status, _, err = run(capsys, "--db", "nosuchdialect://x/y", "check")
    assert status != 0 and "URL" in one_error_line(err)
    status, _, err = run(capsys, "--db", db, "frobnicate")
    assert status == 2 and "invalid choice" in one_error_line(err)
    status, _, err = run(capsys, "--db", db, "--lang", "fr", "demo")
    assert status == 2
    one_error_line(err)


def test_json_errors_are_json_on_stdout(capsys, db):
    run(capsys, "--db", db, "demo")
    status, out, err = run(capsys, "--db", db, "--json", "demo")
    assert status != 0
    assert json.loads(out) == {"ok": False, "error": {"code": "shop_exists",
                                                      "message": "This database already holds a shop."}}
    one_error_line(err)


def test_no_command_opens_the_window(monkeypatch, db):
    calls = []
    fake = types.ModuleType("shopteam.app")
    fake.main = lambda db_url=None: calls.append(("window", db_url)) or 0
    monkeypatch.setitem(sys.modules, "shopteam.app", fake)
    smoke = types.ModuleType("shopteam.smoke")
    smoke.run_smoke_test = lambda: calls.append(("smoke", None)) or 0
    monkeypatch.setitem(sys.modules, "shopteam.smoke", smoke)
    assert cli.main(["--db", str(db)]) == 0
    assert cli.main(["--smoke-test"]) == 0
    assert calls == [("window", str(db)), ("smoke", None)]


def test_python_dash_m_and_no_qtwidgets(db):
    code = ("import sys, runpy; sys.argv = ['shopteam', '--version']\n"
            "try:\n    runpy.run_module('shopteam', run_name='__main__')\nexcept SystemExit as e:\n"
            "    assert e.code == 0, e.code\n"
            "assert 'PySide6.QtWidgets' not in sys.modules\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ShopTeam 0.1.0"


def test_a_mistyped_database_path_is_refused_and_nothing_is_made(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("SHOPTEAM_DB", raising=False)
    missing = tmp_path / "no-such-folder" / "shop.db"
    status, out, err = run(capsys, "--db", missing, "check")
    assert status != 0 and out == ""
    line = one_error_line(err)
    assert f"no ShopTeam database at {missing}" in line and "shopteam demo" in line
    assert not missing.parent.exists()
    status, out, _ = run(capsys, "--json", "--db", missing, "report", "attendance", "--month", "2026-11")
    assert status != 0 and json.loads(out)["error"]["code"] == "no_database"
    assert not missing.parent.exists()
