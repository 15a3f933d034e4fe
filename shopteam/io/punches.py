"""Punch rows -> each known person's first and last punch per work day, with every rejected row explained.

Pure: the people come in as :class:`Person` values (the persistence step builds them from the database;
tests build them from the roster workbook). People are matched by :class:`PersonMatcher`: by employee no.,
or by name where the row has no number (or, when asked, an unknown one) and the name is unique.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from shopteam.domain.attendance import (
    DayPunches,
    PunchOrderError,
    pair_punches,
    punch_on_work_day,
    resolve_span,
)
from shopteam.domain.calendar import Shift, WorkCalendar
from shopteam.domain.errors import ValidationError
from shopteam.domain.timeparse import ClockTime
from shopteam.io.headers import PUNCH_LOG
from shopteam.io.rows import Problem, Record


@dataclass(frozen=True)
class Person:
    employee_no: str
    name: str
    hire_date: date | None = None
    leave_date: date | None = None

    def employed_on(self, day: date) -> bool:
        return (self.hire_date is None or day >= self.hire_date) and (
            self.leave_date is None or day <= self.leave_date
        )


def people_from_roster(records: Iterable[Record]) -> tuple[list[Person], list[Problem]]:
    """Roster records -> people (rows without an employee no. or with bad cells are problems)."""
    people, problems = [], []
    for record in records:
        if record.problems:
            problems.extend(record.problems)
            continue
        number = record.values.get("employee_no")
        if not number:
            problems.append(Problem(record.row, "employee_no", "an employee no.", ""))
            continue
        people.append(Person(number, record.values.get("name") or "", record.values.get("hire_date")))
    return people, problems


@dataclass
class PunchCollection:
    """Punches per person and work day, and the rows that could not be used."""

    days: dict[str, dict[date, DayPunches]] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    source_rows: dict[tuple[str, date], list[int]] = field(default_factory=dict)
    rejected: list[Problem] = field(default_factory=list)

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({p.row for p in self.rejected})


class PersonMatcher:
    """The roster person a row is about: by employee no., or by name where the row has no number and only one
    person has that name. With ``match_by_name`` a row whose number is not on the roster is matched by its
    name the same way (a file from another system numbers people its own way: XL001 for A001).

    ``name_matches`` collects the rows whose unknown number was matched by name, or would be with
    ``match_by_name`` (so a screen can offer it)."""

    def __init__(self, people: Iterable[Person], *, match_by_name: bool = False):
        self.by_no = {p.employee_no: p for p in people}
        by_name: dict[str, list[Person]] = defaultdict(list)
        for person in self.by_no.values():
            by_name[person.name].append(person)
        self.by_name = by_name
        self.match_by_name = match_by_name
        self.name_matches: set[int] = set()

    def find(self, record: Record) -> Person | Problem:
        number, name = record.values.get("employee_no"), record.values.get("name")
        candidates = self.by_name.get(name or "", [])
        if number:
            person = self.by_no.get(number)
            if person is not None:
                return person
            if len(candidates) == 1:
                self.name_matches.add(record.row)
                if self.match_by_name:
                    return candidates[0]
            elif candidates and self.match_by_name:
                return Problem(record.row, "name", "a unique name on the roster (several people have it)", name)
            who = f"{number} {name}" if name else number
            return Problem(record.row, "employee_no", "an employee on the roster", who)
        if len(candidates) == 1:
            return candidates[0]
        expected = (
            "a unique name on the roster (several people have it)" if candidates else "a name on the roster"
        )
        return Problem(record.row, "name", expected, name)


def collect_punches(
    records: Iterable[Record],
    kind: str,
    people: Iterable[Person],
    calendar: WorkCalendar,
    *,
    matcher: PersonMatcher | None = None,
) -> PunchCollection:
    """Group punch records by person and work day; ``kind`` is 'punches' (in/out per row) or 'punch_log'.
    ``matcher`` (by default one by employee no. over ``people``) finds each row's person."""
    matcher = matcher or PersonMatcher(people)
    result = PunchCollection()
    log: dict[tuple[str, date], list[ClockTime]] = defaultdict(list)
    shifts: dict[date, Shift] = {}

    def shift_of(day: date) -> Shift:
        if day not in shifts:
            shifts[day] = calendar.reference_shift(day)
        return shifts[day]

    for record in records:
        if record.problems:
            result.rejected.extend(record.problems)
            continue
        person = matcher.find(record)
        if isinstance(person, Problem):
            result.rejected.append(person)
            continue
        found = _day_of(record, kind, calendar)
        if isinstance(found, Problem):
            result.rejected.append(found)
            continue
        day, punches = found
        if not person.employed_on(day):
            result.rejected.append(
                Problem(record.row, "date", "a date within the person's employment", day.isoformat())
            )
            continue
        key = (person.employee_no, day)
        if kind == PUNCH_LOG:
            log[key].extend(punches)
        else:
            day_punches = DayPunches(punches[0], punches[1])
            if day_punches.count == 2 and day_punches.clock_out.minutes() < day_punches.clock_in.minutes():
                try:
                    resolve_span(day, day_punches, shift_of(day))
                except PunchOrderError:
                    result.rejected.append(Problem(
                        record.row, "clock_out", "a clock-out after the clock-in {clock_in} (this shift does not "
                        "run past midnight)", _clock(day_punches.clock_out),
                        {"clock_in": _clock(day_punches.clock_in)}))
                    continue
            if key in result.source_rows:
                first = result.source_rows[key][0]
                result.rejected.append(Problem(record.row, "date", "one row per person and day (row {first} has "
                                               "this day)", day.isoformat(), {"first": first}))
                continue
            result.days.setdefault(person.employee_no, {})[day] = day_punches
        result.people[person.employee_no] = person
        result.source_rows.setdefault(key, []).append(record.row)
    for (number, day), readings in log.items():
        result.days.setdefault(number, {})[day] = pair_punches(readings, day, calendar)
    return result


def _clock(value: ClockTime) -> str:
    return value.time.strftime("%H:%M")


def _day_of(record: Record, kind: str, calendar: WorkCalendar) -> tuple[date, list] | Problem:
    values = record.values
    if kind != PUNCH_LOG:
        return values["date"], [values.get("clock_in"), values.get("clock_out")]
    moment = values["punch_time"]
    day = values.get("date")
    if isinstance(moment, datetime):
        if day is None:
            day = moment.date()
            previous = day - timedelta(days=1)
            shift = calendar.shift_for(previous)
            if (
                shift is not None
                and shift.end > 1440
                and moment.hour * 60 + moment.minute <= shift.end - 1440 + 120
            ):
                day = previous  # an early-morning punch that ends yesterday's shift
        try:
            return day, [punch_on_work_day(moment, day)]
        except ValidationError:
            return Problem(record.row, "punch_time", "a punch time on the row's date {day} or the day after",
                           moment.isoformat(sep=" "), {"day": day.isoformat()})
    if day is None:
        return Problem(record.row, "date", "a date (a punch time without a date needs a date column)", "")
    return day, [moment]
