"""The bulk punch text agrees with what SQLAlchemy itself stores, both ways."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import text

from shopteam.db.models import Employee
from shopteam.db.models.attendance import PunchRecord
from shopteam.db.punch_text import punch_readers, punch_writers, stored_moment
from shopteam.domain.timeparse import ClockTime


def test_written_text_is_what_the_orm_stores_and_reads_back_as_the_same_readings(factory):
    day = date(2026, 9, 30)
    clock_in, clock_out = ClockTime(time(21, 5, 7)), ClockTime(time(2, 10), next_day=True)  # past midnight
    with factory.begin() as s:
        person = Employee(employee_no="E001", name="张三", hire_date=date(2025, 1, 6))
        s.add(person)
        s.flush()
        s.add(PunchRecord(employee_id=person.id, work_date=day, clock_in=clock_in.on(day),
                          clock_out=clock_out.on(day)))
    with factory() as s:
        stored = s.execute(text("SELECT work_date, clock_in, clock_out FROM punch_record")).one()
    day_text, moment_text = punch_writers()
    assert tuple(stored) == (day_text(day), moment_text(clock_in, day), moment_text(clock_out, day))
    assert stored[1] == stored_moment(datetime(2026, 9, 30, 21, 5, 7))
    day_of, clock = punch_readers()
    assert day_of(stored[0]) == day
    assert clock(stored[1], stored[0]) == clock_in and clock(stored[2], stored[0]) == clock_out
    assert clock(clock_out.on(day), day) == clock_out  # other databases hand in datetimes
