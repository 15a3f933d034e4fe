"""The change recorder (db/changes): each commit of a factory's session tells its listeners the tables it wrote,
whatever wrote them (ORM, Core on the session's connection, text SQL, a noted COPY), from any thread; a rollback
or a read-only transaction tells nothing."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import delete, insert, select, text, update

from shopteam.db import changes
from shopteam.db.models import Department, Employee
from shopteam.db.models.attendance import PunchRecord

pytestmark = pytest.mark.both_backends


@pytest.fixture
def told(factory):
    got: list[tuple[int, frozenset[str], str]] = []
    changes.recorder_of(factory).listen(lambda g, t: got.append((g, t, threading.current_thread().name)))
    return got


def tables(told) -> list[frozenset[str]]:
    return [t for _g, t, _thread in told]


def test_orm_insert_update_delete(factory, told):
    with factory.begin() as s:
        s.add(Department(name="运营部"))
    with factory.begin() as s:
        s.scalars(select(Department)).one().name = "客服部"
    with factory.begin() as s:
        s.delete(s.scalars(select(Department)).one())
    assert tables(told) == [frozenset({"department"})] * 3
    assert [g for g, _t, _n in told] == [1, 2, 3]
    assert changes.recorder_of(factory).generation == 3


def test_one_commit_of_several_tables_is_one_message(factory, told):
    with factory.begin() as s:
        dept = Department(name="运营部")
        s.add(dept)
        s.flush()
        s.add(Employee(name="张三", employee_no="E001", department_id=dept.id, hire_date=date(2026, 1, 5)))
    assert tables(told) == [frozenset({"department", "employee"})]


def test_core_statements_on_the_session_and_its_connection(factory, told):
    with factory.begin() as s:
        s.connection().execute(insert(Department.__table__).values(name="运营部"))
    with factory.begin() as s:
        s.execute(update(Department).where(Department.name == "运营部").values(name="客服部"))
    with factory.begin() as s:
        s.execute(text("UPDATE department SET name = 'x' WHERE 1 = 0"))
    with factory.begin() as s:
        s.connection().execute(delete(Department.__table__))
    assert tables(told) == [frozenset({"department"})] * 4


def test_noted_writes_that_bypass_sqlalchemy(factory, told):
    with factory.begin() as s:
        changes.note(s, PunchRecord.__tablename__)
    assert tables(told) == [frozenset({"punch_record"})]


def test_reads_and_rollbacks_tell_nothing(factory, told):
    with factory.begin() as s:
        s.scalars(select(Department)).all()
    with factory() as s:
        s.add(Department(name="运营部"))
        s.flush()
        s.rollback()
    with pytest.raises(RuntimeError), factory.begin() as s:
        s.add(Department(name="客服部"))
        s.flush()
        raise RuntimeError("cancelled")
    with factory.begin() as s:  # nothing of the rolled-back transactions is carried into the next one
        s.add(Employee(name="张三", employee_no="E001", hire_date=date(2026, 1, 5)))
    assert tables(told) == [frozenset({"employee"})]
    with factory.begin() as s:
        assert s.scalars(select(Department)).all() == []


def test_a_commit_in_a_worker_thread_is_told_on_that_thread(factory, told):
    def work():
        with factory.begin() as s:
            s.add(Department(name="运营部"))

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert told == [(1, frozenset({"department"}), "worker")]


def test_a_failing_listener_does_not_fail_the_commit_or_the_others(factory, told):
    recorder = changes.recorder_of(factory)
    stop = recorder.listen(lambda g, t: 1 / 0)
    with factory.begin() as s:
        s.add(Department(name="运营部"))
    stop()
    with factory.begin() as s:
        assert s.scalars(select(Department.name)).all() == ["运营部"]
    assert tables(told) == [frozenset({"department"})]


def test_an_import_of_punches_reports_punch_record(factory, told):
    """The punch import writes through the driver's cursor (SQLite) or COPY (PostgreSQL): noted explicitly."""
    from shopteam.services.imports.pipeline import _insert_punches
    from shopteam.services.progress import NullProgress

    with factory.begin() as s:
        s.add(Employee(name="张三", employee_no="E001", hire_date=date(2026, 1, 5)))
    told.clear()
    with factory.begin() as s:
        emp = s.scalars(select(Employee.id)).one()
        _insert_punches(s, [(emp, date(2026, 12, 1), None, None)], "test", datetime_now(), NullProgress(), 0, 1)
    assert tables(told) == [frozenset({"punch_record"})]
    with factory() as s:
        assert s.scalar(select(PunchRecord.employee_id)) == emp


def datetime_now():
    from datetime import datetime

    return datetime(2026, 12, 7, 9, 0)


def test_written_table_of_statements():
    assert changes.written_table(insert(Department)) == "department"
    assert changes.written_table(update(Employee.__table__)) == "employee"
    assert changes.written_table('INSERT INTO "punch_record" (a) VALUES (1)') == "punch_record"
    assert changes.written_table("delete from card where id = 1") == "card"
    assert changes.written_table("INSERT OR IGNORE INTO setting VALUES (1)") == "setting"
    assert changes.written_table("SELECT * FROM employee") is None
    assert changes.written_table(select(Employee)) is None
