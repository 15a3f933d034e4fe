import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from shopteam.db.migrate import SCHEMA_HEAD
from shopteam.db.models import Department, Employee, Role, RoleAssignment, User
from shopteam.domain.errors import SchemaTooNewError, ShopTeamError
from shopteam.services import demo
from shopteam.services.maintenance import inspect_backup, make_backup, restore_backup, run_check

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo_shop(factory):
    with factory.begin() as s:
        return demo.create_demo_shop(s, today=TODAY)


def codes(report):
    return sorted(p.code for p in report.problems)


def test_empty_database_is_ok(engine):
    report = run_check(engine)
    assert report.ok and report.problems == [] and report.schema == SCHEMA_HEAD
    assert report.counts["staff"] == 0


def test_demo_shop_is_ok_and_counted(engine, demo_shop):
    report = run_check(engine)
    assert report.ok, report.problems
    counts = report.to_dict()
    assert counts.pop("audit_records") >= 1  # grows as the demo gains capabilities (boards, appraisal …)
    assert counts == {
        "ok": True, "problems": [], "schema": SCHEMA_HEAD, "shops": 1, "departments": 8, "departments_staffed": 6,
        "roles": 13, "staff": 20, "staff_current": 17, "staff_left": 3, "role_assignments": 22, "accounts": 3,
    }


def test_overlapping_primary_roles(engine, factory, demo_shop):
    with factory.begin() as s:
        emp = s.scalar(select(Employee).where(Employee.employee_no == "XL003"))
        designer = s.scalar(select(Role).where(Role.key == "designer"))
        s.add(RoleAssignment(employee=emp, role=designer, start_date=date(2026, 10, 1), is_primary=True))
        # a second, non-primary role is allowed
        s.add(RoleAssignment(employee_id=s.scalar(select(Employee.id).where(Employee.employee_no == "XL004")),
                             role=designer, start_date=date(2026, 10, 1), is_primary=False))
    report = run_check(engine)
    assert codes(report) == ["primary_role_overlap"]
    assert "XL003" in report.problems[0].message


def test_reporting_and_department_cycles(engine, factory, demo_shop):
    with factory.begin() as s:
        people = {e.employee_no: e for e in s.scalars(select(Employee))}
        people["XL001"].manager = people["XL014"]  # 陈志强 → 马超 → 何俊 → 王磊 → 陈志强
        deps = {d.name: d for d in s.scalars(select(Department))}
        deps["运营部"].parent = deps["推广部"]  # 推广部 is already under 运营部
    report = run_check(engine)
    assert codes(report) == ["department_cycle", "reporting_cycle"]
    cycle = next(p for p in report.problems if p.code == "reporting_cycle").message
    assert all(no in cycle for no in ("XL001", "XL002", "XL013", "XL014"))
    assert not report.ok


def test_left_without_date_and_no_owner(engine, factory, demo_shop):
    with factory.begin() as s:
        s.execute(text("UPDATE employee SET leave_date = NULL WHERE employee_no = 'XL018'"))
        s.execute(text("UPDATE user_account SET is_active = 0 WHERE level = 'owner'"))
    report = run_check(engine)
    assert codes(report) == ["left_without_date", "no_owner"]


def test_foreign_key_breakage_is_reported(engine, demo_shop, db_url):
    path = db_url.removeprefix("sqlite:///")
    engine.dispose()
    conn = sqlite3.connect(path)  # no PRAGMA foreign_keys here: what a crash or a careless tool could leave
    conn.execute("UPDATE employee SET department_id = 999 WHERE employee_no = 'XL005'")
    conn.commit()
    conn.close()
    report = run_check(engine)
    assert codes(report) == ["sqlite"]
    assert "employee" in report.problems[0].message and "department" in report.problems[0].message


def test_schema_behind_is_reported(engine):
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    report = run_check(engine)
    assert not report.ok and codes(report) == ["schema"] and report.schema == "0000"


def test_backup_default_location_and_unique_names(engine, demo_shop, db_url):
    folder = make_backup(engine).parent
    assert folder.name == "backups"
    first, second = make_backup(engine), make_backup(engine)
    assert first != second and first.exists() and second.exists()
    assert inspect_backup(second) == SCHEMA_HEAD
    with pytest.raises(ShopTeamError) as err:
        make_backup(engine, db_url.removeprefix("sqlite:///"))
    assert err.value.code == "backup_target"


def test_restore_round_trip_keeps_a_safety_copy(engine, factory, demo_shop, tmp_path):
    saved = make_backup(engine, tmp_path / "saved.db")
    with factory.begin() as s:
        s.scalar(select(Employee).where(Employee.employee_no == "XL001")).name = "改过的名字"
        s.add(Employee(employee_no="XL999", name="新人", hire_date=TODAY))
    safety = restore_backup(engine, saved, actor=demo_shop)
    with factory() as s:
        assert s.scalar(select(Employee.name).where(Employee.employee_no == "XL001")) == "陈志强"
        assert s.scalar(select(Employee).where(Employee.employee_no == "XL999")) is None
        assert s.scalar(select(User.username).where(User.level == "owner")) == "boss"
    conn = sqlite3.connect(safety)
    try:
        assert conn.execute("SELECT name FROM employee WHERE employee_no = 'XL999'").fetchall() == [("新人",)]
    finally:
        conn.close()
    assert run_check(engine).ok


def test_restore_refuses_what_is_not_a_shopteam_database(engine, tmp_path, template_db):
    text_file = tmp_path / "notes.db"
    text_file.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (id INTEGER)")
    conn.commit()
    conn.close()
    for path, code in [(text_file, "not_a_database"), (other, "not_a_database"),
                       (tmp_path / "missing.db", "file_not_found")]:
        with pytest.raises(ShopTeamError) as err:
            restore_backup(engine, path)
        assert err.value.code == code
    newer = tmp_path / "newer.db"
    newer.write_bytes(template_db.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError):
        restore_backup(engine, newer)
    assert not (tmp_path / "backups").exists()  # refused before anything was touched


def test_restore_rescues_a_database_that_no_longer_opens(engine, db_url, demo_shop, tmp_path):
    """A damaged file (here: overwritten with junk) is moved aside untouched and the backup put in its place."""
    saved = make_backup(engine, tmp_path / "saved.db")
    engine.dispose()
    db_file = Path(db_url.removeprefix("sqlite:///"))
    junk = b"this is no longer a database " * 200
    db_file.write_bytes(junk)
    safety = restore_backup(engine, saved, actor=demo_shop)
    assert safety.read_bytes() == junk and safety.parent == db_file.parent / "backups"
    with Session(engine) as s:
        assert s.scalar(select(Employee.name).where(Employee.employee_no == "XL001")) == "陈志强"
    assert run_check(engine).ok


def test_cli_restore_works_on_a_database_that_no_longer_opens(engine, db_url, demo_shop, tmp_path, capsys):
    from shopteam.cli import main

    saved = make_backup(engine, tmp_path / "saved.db")
    engine.dispose()
    Path(db_url.removeprefix("sqlite:///")).write_bytes(b"\0" * 4096)
    assert main(["--db", db_url, "check"]) != 0  # it really does not open
    capsys.readouterr()
    assert main(["--db", db_url, "restore", str(saved)]) == 0
    assert "Restored from" in capsys.readouterr().out
    assert main(["--db", db_url, "check"]) == 0


def test_a_healthy_database_is_never_swapped_when_its_backup_fails_for_another_reason(engine, db_url, demo_shop,
                                                                                       tmp_path, monkeypatch):
    from shopteam.services import maintenance

    saved = make_backup(engine, tmp_path / "saved.db")
    db_file = Path(db_url.removeprefix("sqlite:///"))

    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(maintenance, "make_backup", disk_full)
    with pytest.raises(sqlite3.OperationalError):
        restore_backup(engine, saved, actor=demo_shop)
    assert not list(db_file.parent.glob("backups/*unreadable*"))
    assert run_check(engine).ok


def test_restoring_over_a_damaged_file_keeps_what_the_backups_wal_holds(engine, db_url, demo_shop, tmp_path):
    import shutil

    live = tmp_path / "live.db"
    shutil.copyfile(make_backup(engine, tmp_path / "base.db"), live)
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE shop SET name = '只在 WAL 里的新店名'")
    conn.commit()
    copied = tmp_path / "copied.db"  # a backup taken by copying the files while the shop was open
    shutil.copyfile(live, copied)
    shutil.copyfile(f"{live}-wal", f"{copied}-wal")
    conn.close()
    engine.dispose()
    Path(db_url.removeprefix("sqlite:///")).write_bytes(b"\x00" * 4096)
    restore_backup(engine, copied, actor=demo_shop)
    with Session(engine) as s:
        assert s.scalar(text("SELECT name FROM shop")) == "只在 WAL 里的新店名"
