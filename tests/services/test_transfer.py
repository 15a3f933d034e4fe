"""Moving a shop between this PC's file and a PostgreSQL server and back (migrate_data), and backing up and
restoring a server database as a SQLite file: everything arrives, the counts are checked, a failure or a
Cancel leaves the target as it was, and the server's id sequences go on after the copied ids."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from shopteam.db import transfer
from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.migrate import upgrade
from shopteam.db.models import Employee
from shopteam.domain import clock
from shopteam.domain.errors import ShopTeamError
from shopteam.services import demo
from shopteam.services.maintenance import make_backup, migrate_data, restore_backup
from shopteam.services.org import roster
from shopteam.services.progress import Cancelled

TODAY = date(2026, 11, 22)


def ledger_table():
    from shopteam.db.models.appraisal import LedgerEntry

    return LedgerEntry.__table__


def _dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, in key order (the content, backend-independent)."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                    for t in transfer.tables()}
    finally:
        engine.dispose()


def _demo_file(tmp_path, name="shop.db") -> str:
    url = f"sqlite:///{tmp_path / name}"
    engine = make_engine(url)
    upgrade(engine)
    with clock.frozen(TODAY), make_session_factory(engine).begin() as s:
        demo.create_demo_shop(s, language="zh_CN", today=TODAY)
    engine.dispose()
    return url


@pytest.fixture
def demo_file(tmp_path):
    return _demo_file(tmp_path)


def test_a_shop_moves_to_the_server_and_back_unchanged(demo_file, pg_url, tmp_path):
    before = _dump(demo_file)
    counts = migrate_data(demo_file, pg_url)
    assert counts == {name: len(rows) for name, rows in before.items()}
    assert counts["employee"] == 20 and counts["punch_record"] > 1000
    assert _dump(pg_url) == before  # every value as it was: fen, dates, JSON, Chinese text
    back = f"sqlite:///{tmp_path / 'back.db'}"
    migrate_data(pg_url, back)
    assert _dump(back) == before


def test_new_records_on_the_server_get_ids_after_the_copied_ones(demo_file, pg_url):
    migrate_data(demo_file, pg_url)
    engine = make_engine(pg_url)
    try:
        factory = make_session_factory(engine)
        with factory.begin() as s:
            top = s.scalar(select(func.max(Employee.id)))
            from shopteam.services import accounts

            boss = accounts.login(s, username="boss", password=demo.DEMO_PASSWORD).actor
            new_id = roster.create_staff(s, actor=boss, data=roster.StaffInput(
                employee_no="XL100", name="新同事", hire_date=TODAY))
        assert new_id == top + 1
    finally:
        engine.dispose()


def test_a_target_that_holds_a_shop_is_refused_and_left_alone(demo_file, tmp_path):
    other = _demo_file(tmp_path, "other.db")
    before = _dump(other)
    with pytest.raises(ShopTeamError, match="already holds a shop"):
        migrate_data(demo_file, other)
    assert _dump(other) == before


def test_a_cancel_half_way_leaves_the_server_empty(demo_file, pg_url, monkeypatch):
    monkeypatch.setattr(transfer, "BATCH", 500)
    calls = []

    class StopHalfWay:
        def report(self, done, total, text=""):
            calls.append(done)

        def check(self):
            if len(calls) > 20:
                raise Cancelled()

    with pytest.raises(Cancelled):
        migrate_data(demo_file, pg_url, progress=StopHalfWay())
    assert len(calls) > 20
    counts = {name: len(rows) for name, rows in _dump(pg_url).items()}
    assert counts["employee"] == counts["shop"] == counts["punch_record"] == 0


def test_a_missing_source_file_is_named_and_not_made(tmp_path, pg_url):
    with pytest.raises(ShopTeamError, match="does not exist"):
        migrate_data(str(tmp_path / "nothing.db"), pg_url)
    assert not (tmp_path / "nothing.db").exists()


def test_a_server_database_is_backed_up_to_a_file_and_restored_from_it(demo_file, pg_url, tmp_path):
    migrate_data(demo_file, pg_url)
    before = _dump(pg_url)
    backup = make_backup(make_engine(pg_url), tmp_path / "server-backup.db")
    assert backup.read_bytes()[:15] == b"SQLite format 3" and _dump(f"sqlite:///{backup}") == before
    assert oct(backup.stat().st_mode & 0o777) == "0o600"

    engine = make_engine(pg_url)
    try:
        with make_session_factory(engine).begin() as s:  # mistakes after the backup
            s.execute(Employee.__table__.update().where(Employee.employee_no == "XL020").values(name="改错了"))
            s.execute(ledger_table().delete())
        from shopteam.services.context import system_owner

        safety = restore_backup(engine, backup, actor=system_owner())
    finally:
        engine.dispose()
    after = _dump(pg_url)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {k: v for k, v in before.items() if k != "audit_log"}
    assert len(after["audit_log"]) == len(before["audit_log"]) + 1  # the restore itself is audited
    kept = _dump(f"sqlite:///{safety}")  # the server as it was before the restore
    assert "改错了" in {row[2] for row in kept["employee"]} and kept["ledger_entry"] == []
    assert before["ledger_entry"] and after["ledger_entry"] == before["ledger_entry"]
