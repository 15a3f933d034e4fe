"""A database that runs out of room in the middle of an import: one clear sentence that names what failed,
nothing written, and the next action works once there is room again (SQLite's max_page_count stands in for
a full disk)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from shopteam.db.failures import database_failure
from shopteam.ui.messages import describe
from tests.services.test_imports import ATTENDANCE, run_import, state


def test_import_into_a_full_database_says_so_and_changes_nothing(factory, engine, owner):
    run_import(factory, owner, ATTENDANCE / "roster_foreign.xlsx", "roster")
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    before = state(engine)

    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    engine.dispose()
    event.listen(engine, "connect", limit)
    with pytest.raises((OperationalError, sqlite3.OperationalError)) as failed:  # the fast path uses the driver
        run_import(factory, owner, ATTENDANCE / "wecom_detail_2026-09.xlsx", "attendance")
    explained = database_failure(failed.value)
    assert explained is not None and explained.code == "disk_full"
    assert describe(failed.value) == ("The database ran out of room (the disk, or the database's size limit, is "
                                      "full). Nothing was saved. Free some space and try again.")
    assert state(engine) == before  # the import rolled back whole

    event.remove(engine, "connect", limit)
    engine.dispose()
    _, summary = run_import(factory, owner, ATTENDANCE / "wecom_detail_2026-09.xlsx", "attendance")
    assert summary.inserted > 200


def test_other_failures_are_named_too():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY
    assert database_failure(busy).code == "database_busy"
    assert database_failure(ValueError("not a database error")) is None

    class LostServer(Exception):
        sqlstate = "08006"

    assert database_failure(LostServer("connection lost")).code == "server_unreachable"
