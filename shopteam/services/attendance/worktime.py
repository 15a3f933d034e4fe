"""The work calendar as the shop configured it: date overrides and dated weekly patterns.

The attendance rules (grace minutes, overtime block …) are in :mod:`shopteam.services.attendance.settings`.
Everything here reads or writes the database for :mod:`shopteam.services.attendance` and
:mod:`shopteam.services.imports.pipeline`; the maths stays in :mod:`shopteam.domain.attendance`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee, RoleAssignment
from shopteam.db.models.attendance import IN_FORCE_SINCE_EVER, OVERRIDE_KINDS, CalendarOverride, WorkPattern
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.calendar import DEFAULT_WEEK, DayKind, Shift, WorkCalendar, china_holidays, month_days
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.services import audit
from shopteam.services.attendance.settings import first_of_this_month
from shopteam.services.context import Actor
from shopteam.services.permissions import WORK_RULES_EDIT, require


def in_force_since_ever(day: date) -> bool:
    """Whether a version's first day is the stand-in for "always" (rules and patterns made before dating)."""
    return day <= IN_FORCE_SINCE_EVER


# ------------------------------------------------------------------------------------------ calendar

_OVERRIDE_TO_KIND = {"workday": DayKind.WORKDAY, "restday": DayKind.REST_DAY, "holiday": DayKind.HOLIDAY}


def calendar_overrides(session: Session, first: date | None = None, last: date | None = None) -> dict[date, DayKind]:
    query = select(CalendarOverride.day, CalendarOverride.kind)
    if first is not None:
        query = query.where(CalendarOverride.day >= first)
    if last is not None:
        query = query.where(CalendarOverride.day <= last)
    return {day: _OVERRIDE_TO_KIND[kind] for day, kind in session.execute(query)}


def set_calendar_override(session: Session, *, actor: Actor, day: date, kind: str | None, note: str = "",
                          expected_version: int | None = None) -> None:
    """Make ``day`` a workday, rest day or holiday whatever the calendar says; ``kind=None`` removes it.
    ``expected_version``: the day's override as the screen showed it (CalendarDay.version, 0 for none); one
    someone else saved since is refused with ChangedElsewhere, not written over."""
    require(actor, WORK_RULES_EDIT, "change the work calendar")
    row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
    if row is not None:
        check_version(session, row, expected_version)
    before = {"kind": row.kind, "note": row.note} if row is not None else None
    if not kind:
        if row is not None:
            session.delete(row)
            session.flush()
            audit.record(session, actor, "delete", "calendar_override", row.id, before=before,
                         summary=day.isoformat())
        return
    if kind not in OVERRIDE_KINDS:
        raise ValidationError("Unknown kind of day {kind}.", field="kind", code="day_kind", kind=kind)
    if row is None:
        row = CalendarOverride(day=day, kind=kind, note=note or "")
        session.add(row)
    else:
        row.kind, row.note = kind, note or ""
    session.flush()
    audit.record(session, actor, "update" if before else "create", "calendar_override", row.id, before=before,
                 after={"kind": kind, "note": note or ""}, summary=day.isoformat())


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # DayKind value: workday / rest_day / holiday / makeup_workday
    holiday_name: str  # from the holidays package ('' if none)
    override: str | None  # the shop's override kind, if any
    note: str
    version: int = 0  # the override's version as read (db.versions), 0 without one


def list_calendar(session: Session, *, year: int, month: int, actor: Actor | None = None) -> list[CalendarDay]:
    """Every day of the month with its kind under the default pattern and the shop's overrides."""
    days = month_days(year, month)
    rows = {r.day: r for r in session.scalars(select(CalendarOverride).where(
        CalendarOverride.day >= days[0], CalendarOverride.day <= days[-1]))}
    default = default_calendar(session, days[0], days[-1])
    names = china_holidays(year).names
    return [CalendarDay(d, default.classify(d).value, names.get(d, ""),
                        rows[d].kind if d in rows else None, rows[d].note if d in rows else "",
                        rows[d].version if d in rows else 0) for d in days]


# ------------------------------------------------------------------------------------------ patterns

WEEKDAYS_MON_FRI = 0b0011111

#: whom a pattern applies to: ("default", None), ("role", role id) or ("person", employee id)
Target = tuple[str, int | None]


def parse_periods(text: str | list) -> list[tuple[time, time]]:
    data = json.loads(text) if isinstance(text, str) else text
    return [(time.fromisoformat(a), time.fromisoformat(b)) for a, b in data]


def pattern_week(weekdays: int, periods: list[tuple[time, time]], name: str = ""):
    shift = Shift.from_times(*periods, name=name)
    return tuple(shift if weekdays & (1 << i) else None for i in range(7))


def target_of(p) -> Target:
    if p.employee_id is not None:
        return ("person", p.employee_id)
    if p.role_id is not None:
        return ("role", p.role_id)
    return ("default", None)


@dataclass(frozen=True)
class PatternRow:
    """One version of a pattern; ``ends`` for a version that ends the target's own pattern."""

    id: int
    name: str
    weekdays: int
    periods: list[tuple[time, time]]
    role_id: int | None
    employee_id: int | None
    is_default: bool
    effective_from: date
    until: date | None  # the day before the target's next version (None: still in force)
    version: int = 0  # as read (db.versions): what save/end/delete take as expected_version

    @property
    def ends(self) -> bool:
        return not self.periods

    @property
    def target(self) -> Target:
        return target_of(self)


def list_work_patterns(session: Session, *, actor: Actor | None = None) -> list[PatternRow]:
    """Every version, grouped by whom it applies to and oldest first."""
    rows = list(session.scalars(select(WorkPattern).order_by(WorkPattern.effective_from, WorkPattern.id)))
    rows.sort(key=lambda p: ({"default": 0, "role": 1, "person": 2}[target_of(p)[0]], target_of(p)[1] or 0))
    result = []
    for i, p in enumerate(rows):
        following = rows[i + 1] if i + 1 < len(rows) and target_of(rows[i + 1]) == target_of(p) else None
        result.append(PatternRow(p.id, p.name, p.weekdays, parse_periods(p.periods), p.role_id, p.employee_id,
                                 p.is_default, p.effective_from,
                                 following.effective_from - timedelta(days=1) if following else None, p.version))
    return result


def _check_target(role_id: int | None, employee_id: int | None, is_default: bool) -> None:
    if (role_id is not None) + (employee_id is not None) + bool(is_default) != 1:
        raise ValidationError("Choose whom the pattern applies to: everyone, a role or a person.",
                              field="target", code="pattern_target")


def _save_version(session: Session, actor: Actor, *, name: str, weekdays: int, periods: str, role_id, employee_id,
                  is_default: bool, effective_from: date, expected_version: int | None = None) -> int:
    """The target's version from ``effective_from``: a new one, or the one starting that day replaced.
    ``expected_version``: that day's version as the screen knew it, 0 when it knew of none (db.versions): one
    someone else saved since is refused with ChangedElsewhere, not replaced unseen; None: not checked."""
    query = select(WorkPattern).where(WorkPattern.effective_from == effective_from)
    if employee_id is not None:
        query = query.where(WorkPattern.employee_id == employee_id)
    elif role_id is not None:
        query = query.where(WorkPattern.role_id == role_id)
    else:
        query = query.where(WorkPattern.is_default.is_(True))
    row = session.scalar(query)
    if row is not None:
        check_version(session, row, expected_version)
    before = audit.snapshot(row) if row is not None else None
    if row is None:
        row = WorkPattern(role_id=role_id, employee_id=employee_id, is_default=bool(is_default),
                          effective_from=effective_from)
        session.add(row)
    row.name, row.weekdays, row.periods = name, weekdays, periods
    session.flush()
    audit.record(session, actor, "update" if before else "create", "work_pattern", row.id, before=before,
                 after=audit.snapshot(row), summary=audit.note("name_from", name=row.name, day=effective_from.isoformat()))
    return row.id


def save_work_pattern(session: Session, *, actor: Actor, name: str, weekdays: int,
                      periods: Iterable[tuple[time, time]], role_id: int | None = None,
                      employee_id: int | None = None, is_default: bool = False,
                      effective_from: date | None = None, expected_version: int | None = None) -> int:
    """The weekly pattern of a person, a role, or (is_default) everyone else from ``effective_from`` on
    (default: the first day of this month). A change is a new version: the days before keep theirs.
    ``expected_version``: see :func:`_save_version`."""
    require(actor, WORK_RULES_EDIT, "change work patterns")
    _check_target(role_id, employee_id, is_default)
    periods = list(periods)
    if not periods:
        raise ValidationError("A shift needs at least one working period.", field="periods", code="no_periods")
    if not 0 < weekdays < 128:
        raise ValidationError("Choose at least one weekday.", field="weekdays", code="weekdays")
    try:
        pattern_week(weekdays, periods)
    except ValueError:
        raise ValidationError("The shift's periods must follow each other without overlapping.",
                              field="periods", code="periods_overlap") from None
    text = json.dumps([[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in periods])
    return _save_version(session, actor, name=(name or "").strip() or "pattern", weekdays=weekdays, periods=text,
                         role_id=role_id, employee_id=employee_id, is_default=is_default,
                         effective_from=effective_from or first_of_this_month(), expected_version=expected_version)


def end_work_pattern(session: Session, *, actor: Actor, role_id: int | None = None, employee_id: int | None = None,
                     is_default: bool = False, effective_from: date | None = None,
                     expected_version: int | None = None) -> int:
    """From ``effective_from`` the person or role has no pattern of its own (the role's or the shop's
    applies again; for the default, Monday to Friday 09:00–18:00). The days before keep theirs."""
    require(actor, WORK_RULES_EDIT, "change work patterns")
    _check_target(role_id, employee_id, is_default)
    return _save_version(session, actor, name="", weekdays=0, periods="[]", role_id=role_id,
                         employee_id=employee_id, is_default=is_default,
                         effective_from=effective_from or first_of_this_month(), expected_version=expected_version)


def delete_work_pattern(session: Session, *, actor: Actor, pattern_id: int, expected_version: int | None = None) -> None:
    """Only a version not yet in force may go (one in force is history: end it from a date instead)."""
    require(actor, WORK_RULES_EDIT, "change work patterns")
    row = session.get(WorkPattern, pattern_id)
    if row is None:
        raise NotFoundError(what="Work pattern", key=pattern_id)
    check_version(session, row, expected_version)
    if row.effective_from <= clock.today():
        raise ValidationError("This version is already in force; change or end the pattern from a date instead.",
                              field="effective_from", code="pattern_in_force")
    before = audit.snapshot(row)
    session.delete(row)
    session.flush()
    audit.record(session, actor, "delete", "work_pattern", pattern_id, before=before, summary=before["name"])

class CachedCalendar:
    """A :class:`WorkCalendar` whose answers are remembered per date (month summaries ask 500× each day)."""

    def __init__(self, calendar: WorkCalendar):
        self.calendar = calendar
        self._kind: dict[date, DayKind] = {}
        self._shift: dict[date, Shift | None] = {}
        self._ref: dict[date, Shift] = {}

    def classify(self, day: date) -> DayKind:
        kind = self._kind.get(day)
        if kind is None:
            kind = self._kind[day] = self.calendar.classify(day)
        return kind

    def shift_for(self, day: date) -> Shift | None:
        try:
            return self._shift[day]
        except KeyError:
            shift = self._shift[day] = self.calendar.shift_for(day)
            return shift

    def reference_shift(self, day: date) -> Shift:
        shift = self._ref.get(day)
        if shift is None:
            shift = self._ref[day] = self.calendar.reference_shift(day)
        return shift

    def workdays(self, days):
        return [d for d in days if self.classify(d).is_workday]

    @property
    def week(self):
        return self.calendar.week


def default_calendar(session: Session, first: date, last: date) -> CachedCalendar:
    """The shop's default pattern (as dated) with its overrides."""
    return calendars_for(session, [], first, last)[0]


def _timelines(session: Session, first: date, last: date) -> dict[Target, list[tuple[date, WorkPattern | None]]]:
    """Each target's versions over first..last: the one in force on ``first`` (dated ``first``), then those
    starting later; None for a version that ends the target's own pattern."""
    rows = session.scalars(select(WorkPattern).where(WorkPattern.effective_from <= last)
                           .order_by(WorkPattern.effective_from, WorkPattern.id))
    result: dict[Target, list[tuple[date, WorkPattern | None]]] = {}
    for p in rows:
        entry = (max(p.effective_from, first), p if p.periods != "[]" else None)
        versions = result.setdefault(target_of(p), [])
        if versions and versions[-1][0] == entry[0]:
            versions[-1] = entry  # a later version from the same day (before first) wins
        else:
            versions.append(entry)
    return result


def _merged(first: date, *timelines: list[tuple[date, WorkPattern | None]]) -> tuple[tuple[date, int | None], ...]:
    """(date, pattern id) from which the first timeline with a pattern in force applies (None: built-in)."""
    changes = sorted({day for timeline in timelines for day, _p in timeline} | {first})
    result: list[tuple[date, int | None]] = []
    for day in changes:
        chosen = None
        for timeline in timelines:
            current = None
            for start, p in timeline:
                if start > day:
                    break
                current = p
            if current is not None:
                chosen = current.id
                break
        if not result or result[-1][1] != chosen:
            result.append((day, chosen))
    return tuple(result)


def calendars_for(session: Session, employee_ids: Iterable[int] | None, first: date,
                  last: date) -> tuple[CachedCalendar, dict[int, CachedCalendar]]:
    """(the default calendar, employee id -> their calendar where it differs) for the dates first..last.

    On each day a person's own pattern in force wins over that of the primary role they hold (the latest
    started in the period), which wins over the default; each is the version in force on that day.
    ``employee_ids=None`` means everyone. Three queries, whatever the number of people.
    """
    span_first, span_last = first - timedelta(days=1), last + timedelta(days=1)
    overrides = calendar_overrides(session, span_first, span_last)
    timelines = _timelines(session, span_first, span_last)
    rows_by_id = {p.id: p for timeline in timelines.values() for _d, p in timeline if p is not None}
    by_key: dict[tuple, CachedCalendar] = {}

    def calendar_of(key: tuple[tuple[date, int | None], ...]) -> CachedCalendar:
        if key not in by_key:
            weeks = [(day, _week_of(rows_by_id.get(pid))) for day, pid in key]
            by_key[key] = CachedCalendar(WorkCalendar(week=weeks[0][1], week_changes=tuple(weeks[1:]),
                                                      overrides=overrides))
        return by_key[key]

    default_timeline = timelines.get(("default", None), [])
    default_key = _merged(span_first, default_timeline)
    default = calendar_of(default_key)
    wanted = None if employee_ids is None else set(employee_ids)
    role_of: dict[int, int] = {}
    if any(kind == "role" for kind, _t in timelines):
        rows = session.execute(
            select(RoleAssignment.employee_id, RoleAssignment.role_id)
            .where(RoleAssignment.is_primary, RoleAssignment.start_date <= last,
                   (RoleAssignment.end_date.is_(None)) | (RoleAssignment.end_date >= first))
            .order_by(RoleAssignment.start_date))
        role_of = {e: r for e, r in rows if wanted is None or e in wanted}  # the latest start wins
    people = set(role_of) | {t for kind, t in timelines if kind == "person" and (wanted is None or t in wanted)}
    result: dict[int, CachedCalendar] = {}
    for employee_id in people:
        key = _merged(span_first, timelines.get(("person", employee_id), []),
                      timelines.get(("role", role_of.get(employee_id)), []), default_timeline)
        if key != default_key:
            result[employee_id] = calendar_of(key)
    return default, result


def _week_of(p: WorkPattern | None):
    return DEFAULT_WEEK if p is None else pattern_week(p.weekdays, parse_periods(p.periods), p.name)

def employee_calendar(session: Session, employee_id: int, day: date) -> CachedCalendar:
    default, per_person = calendars_for(session, [employee_id], day - timedelta(days=1), day + timedelta(days=1))
    return per_person.get(employee_id, default)


def leave_hours_by_day(calendar, start: datetime, end: datetime) -> dict[date, float]:
    """Scheduled working hours of each day that fall inside [start, end)."""
    result: dict[date, float] = {}
    day = start.date() - timedelta(days=1)
    while day <= end.date():
        shift = calendar.shift_for(day)
        if shift is not None:
            midnight = datetime.combine(day, time())
            lo = (start - midnight).total_seconds() / 60
            hi = (end - midnight).total_seconds() / 60
            minutes = shift.worked_minutes(lo, hi)
            if minutes > 0:
                result[day] = minutes / 60
        day += timedelta(days=1)
    return result


def employee_exists(session: Session, employee_id: int) -> Employee:
    emp = session.get(Employee, employee_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=employee_id)
    return emp


def leave_split(calendar, start: datetime, end: datetime, hours: float) -> dict[date, float]:
    """The request's hours per day: its overlap with each day's shift, scaled to the hours it states."""
    per_day = leave_hours_by_day(calendar, start, end)
    total = sum(per_day.values())
    if total > 0 and hours and abs(total - hours) > 1e-9:
        per_day = {d: v * hours / total for d, v in per_day.items()}
    return per_day
