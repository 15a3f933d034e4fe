"""Punch rows as SQLite holds them: the text SQLAlchemy's Date and DateTime store ('2026-03-02',
'2026-03-02 09:01:00.000000'), written and read in bulk without each value going through the column
type (the import writes 100,000 of them, a month's summary reads some 15,000). Both directions live
here, next to each other, because they must agree with SQLAlchemy's format and with each other."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from shopteam.domain.timeparse import ClockTime


def stored_moment(value: datetime | None) -> str | None:
    """A naive datetime as SQLAlchemy's SQLite DateTime stores it."""
    return None if value is None else value.isoformat(sep=" ", timespec="microseconds")


def punch_writers():
    """Functions giving the text SQLAlchemy's SQLite Date and DateTime store: day -> 'YYYY-MM-DD' and
    (clock reading, work day) -> the moment as ``stored_moment`` writes it, put together from the day's and the
    time's text, each made once (a file repeats both endlessly)."""
    days: dict[date, str] = {}
    times: dict[object, str] = {}
    one_day = timedelta(days=1)

    def day_text(day: date) -> str:
        text = days.get(day)
        if text is None:
            text = days[day] = day.isoformat()
        return text

    def moment_text(clock: ClockTime | None, day: date) -> str | None:
        if clock is None:
            return None
        text = times.get(clock.time)
        if text is None:
            text = times[clock.time] = clock.time.isoformat(timespec="microseconds")
        return f"{day_text(day + one_day if clock.next_day else day)} {text}"

    return day_text, moment_text


def punch_readers():
    """Functions turning a punch row's values, as the database gives them, into its work day and clock
    readings. SQLite's columns are read as the text SQLAlchemy stored ('2026-03-02', '2026-03-02
    09:01:00.000000'): a month repeats a few dozen days and a few hundred readings, so each distinct text
    becomes a date or an (immutable) ClockTime once, instead of every value going through the DateTime
    type. Other databases give date and datetime objects, which take the same caches."""
    days: dict[object, date] = {}
    clocks: dict[tuple[object, bool], ClockTime] = {}

    def day_of(value) -> date:
        day = days.get(value)
        if day is None:
            day = days[value] = date.fromisoformat(value) if isinstance(value, str) else value
        return day

    def clock(value, work_day) -> ClockTime | None:
        """``work_day`` as the row gave it (text with text, date with datetime)."""
        if value is None:
            return None
        if isinstance(value, str):
            key = (value[11:], value[:10] > work_day)
        else:
            key = (value.time(), value.date() > work_day)
        reading = clocks.get(key)
        if reading is None:
            moment = time.fromisoformat(key[0]) if isinstance(key[0], str) else key[0]
            reading = clocks[key] = ClockTime(moment, key[1])
        return reading

    return day_of, clock
