"""The work calendar as the shop configured it: rule settings, date overrides and weekly patterns.

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

from shopteam.db.models import Employee, RoleAssignment, Setting
from shopteam.db.models.attendance import OVERRIDE_KINDS, CalendarOverride, WorkPattern
from shopteam.domain.attendance import AttendanceRules
from shopteam.domain.calendar import DEFAULT_WEEK, DayKind, Shift, WorkCalendar, china_holidays, month_days
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import ORG_EDIT, can

# ------------------------------------------------------------------------------------------ settings

SETTING_PREFIX = "attendance."


@dataclass(frozen=True)
class AttendanceSettings:
    """The shop's attendance rules (PRODUCT §3.4); defaults are the product's."""

    late_grace_minutes: int = 5
    early_grace_minutes: int = 5
    overtime_block_minutes: int = 30
    pay_unapproved_overtime: bool = False

    @property
    def rules(self) -> AttendanceRules:
        return AttendanceRules(self.late_grace_minutes, self.early_grace_minutes, self.overtime_block_minutes)


_SETTING_FIELDS = ("late_grace_minutes", "early_grace_minutes", "overtime_block_minutes", "pay_unapproved_overtime")


def get_attendance_settings(session: Session, *, actor: Actor | None = None) -> AttendanceSettings:
    keys = [SETTING_PREFIX + name for name in _SETTING_FIELDS]
    stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all())
    values = {}
    for name in _SETTING_FIELDS:
        raw = stored.get(SETTING_PREFIX + name)
        if raw is not None:
            try:
                values[name] = json.loads(raw)
            except ValueError:
                continue
    return AttendanceSettings(**values)


def set_attendance_settings(session: Session, *, actor: Actor, settings: AttendanceSettings) -> None:
    """Owner only (or the org.edit grant); audited."""
    if not can(actor, ORG_EDIT):
        raise PermissionDenied(action="change the attendance rules")
    for name in ("late_grace_minutes", "early_grace_minutes"):
        value = getattr(settings, name)
        if not isinstance(value, int) or not 0 <= value <= 120:
            raise ValidationError("The grace period must be 0 to 120 minutes.", field=name, code="grace_range")
    if not isinstance(settings.overtime_block_minutes, int) or not 1 <= settings.overtime_block_minutes <= 240:
        raise ValidationError("The overtime block must be 1 to 240 minutes.", field="overtime_block_minutes",
                              code="block_range")
    before = get_attendance_settings(session)
    for name in _SETTING_FIELDS:
        key = SETTING_PREFIX + name
        row = session.get(Setting, key)
        value = json.dumps(getattr(settings, name))
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    session.flush()
    audit.record(session, actor, "update", "attendance_settings", None,
                 before={n: getattr(before, n) for n in _SETTING_FIELDS},
                 after={n: getattr(settings, n) for n in _SETTING_FIELDS}, summary="attendance rules")


# ------------------------------------------------------------------------------------------ calendar

_OVERRIDE_TO_KIND = {"workday": DayKind.WORKDAY, "restday": DayKind.REST_DAY, "holiday": DayKind.HOLIDAY}


def calendar_overrides(session: Session, first: date | None = None, last: date | None = None) -> dict[date, DayKind]:
    query = select(CalendarOverride.day, CalendarOverride.kind)
    if first is not None:
        query = query.where(CalendarOverride.day >= first)
    if last is not None:
        query = query.where(CalendarOverride.day <= last)
    return {day: _OVERRIDE_TO_KIND[kind] for day, kind in session.execute(query)}


def set_calendar_override(session: Session, *, actor: Actor, day: date, kind: str | None, note: str = "") -> None:
    """Make ``day`` a workday, rest day or holiday whatever the calendar says; ``kind=None`` removes it."""
    if not can(actor, ORG_EDIT):
        raise PermissionDenied(action="change the work calendar")
    row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
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


def list_calendar(session: Session, *, year: int, month: int, actor: Actor | None = None) -> list[CalendarDay]:
    """Every day of the month with its kind under the default pattern and the shop's overrides."""
    days = month_days(year, month)
    rows = {r.day: r for r in session.scalars(select(CalendarOverride).where(
        CalendarOverride.day >= days[0], CalendarOverride.day <= days[-1]))}
    default = default_calendar(session, days[0], days[-1])
    names = china_holidays(year).names
    return [CalendarDay(d, default.classify(d).value, names.get(d, ""),
                        rows[d].kind if d in rows else None, rows[d].note if d in rows else "") for d in days]


# ------------------------------------------------------------------------------------------ patterns

WEEKDAYS_MON_FRI = 0b0011111


def parse_periods(text: str | list) -> list[tuple[time, time]]:
    data = json.loads(text) if isinstance(text, str) else text
    return [(time.fromisoformat(a), time.fromisoformat(b)) for a, b in data]


def pattern_week(weekdays: int, periods: list[tuple[time, time]], name: str = ""):
    shift = Shift.from_times(*periods, name=name)
    return tuple(shift if weekdays & (1 << i) else None for i in range(7))


@dataclass(frozen=True)
class PatternRow:
    id: int
    name: str
    weekdays: int
    periods: list[tuple[time, time]]
    role_id: int | None
    employee_id: int | None
    is_default: bool


def list_work_patterns(session: Session, *, actor: Actor | None = None) -> list[PatternRow]:
    return [PatternRow(p.id, p.name, p.weekdays, parse_periods(p.periods), p.role_id, p.employee_id, p.is_default)
            for p in session.scalars(select(WorkPattern).order_by(WorkPattern.id))]


def save_work_pattern(session: Session, *, actor: Actor, name: str, weekdays: int,
                      periods: Iterable[tuple[time, time]], role_id: int | None = None,
                      employee_id: int | None = None, is_default: bool = False,
                      pattern_id: int | None = None) -> int:
    """Create or change a weekly pattern for a person, a role, or (is_default) everyone else."""
    if not can(actor, ORG_EDIT):
        raise PermissionDenied(action="change work patterns")
    periods = list(periods)
    if not periods:
        raise ValidationError("A shift needs at least one working period.", field="periods", code="no_periods")
    try:
        pattern_week(weekdays, periods)
    except ValueError:
        raise ValidationError("The shift's periods must follow each other without overlapping.",
                              field="periods", code="periods_overlap") from None
    if not 0 <= weekdays < 128:
        raise ValidationError("Unknown weekdays.", field="weekdays", code="weekdays")
    if role_id is not None and employee_id is not None:
        raise ValidationError("A pattern is for a person or a role, not both.", field="role_id", code="one_target")
    row = session.get(WorkPattern, pattern_id) if pattern_id is not None else None
    if pattern_id is not None and row is None:
        raise NotFoundError(what="Work pattern", key=pattern_id)
    if is_default:
        for other in session.scalars(select(WorkPattern).where(WorkPattern.is_default.is_(True))):
            if other is not row:
                other.is_default = False
    before = None
    if row is None:
        row = WorkPattern()
        session.add(row)
    else:
        before = audit.snapshot(row)
    row.name = (name or "").strip() or "pattern"
    row.weekdays = weekdays
    row.periods = json.dumps([[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in periods])
    row.role_id, row.employee_id, row.is_default = role_id, employee_id, is_default
    session.flush()
    audit.record(session, actor, "update" if before else "create", "work_pattern", row.id, before=before,
                 after=audit.snapshot(row), summary=row.name)
    return row.id


def delete_work_pattern(session: Session, *, actor: Actor, pattern_id: int) -> None:
    if not can(actor, ORG_EDIT):
        raise PermissionDenied(action="change work patterns")
    row = session.get(WorkPattern, pattern_id)
    if row is None:
        raise NotFoundError(what="Work pattern", key=pattern_id)
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


def default_calendar(session: Session, first: date | None = None, last: date | None = None) -> CachedCalendar:
    """The shop's default pattern with its overrides."""
    row = session.scalar(select(WorkPattern).where(WorkPattern.is_default.is_(True)))
    week = pattern_week(row.weekdays, parse_periods(row.periods), row.name) if row is not None else DEFAULT_WEEK
    return CachedCalendar(WorkCalendar(week=week, overrides=calendar_overrides(session, first, last)))


def calendars_for(session: Session, employee_ids: Iterable[int] | None, first: date,
                  last: date) -> tuple[CachedCalendar, dict[int, CachedCalendar]]:
    """(the default calendar, employee id -> their calendar where it differs) for the dates first..last.

    A person's own pattern wins over the pattern of the primary role they hold on ``last``, which wins
    over the default. ``employee_ids=None`` means everyone.
    """
    overrides = calendar_overrides(session, first - timedelta(days=1), last + timedelta(days=1))
    patterns = list(session.scalars(select(WorkPattern)))
    by_pattern: dict[int, CachedCalendar] = {}

    def calendar_of(p: WorkPattern) -> CachedCalendar:
        if p.id not in by_pattern:
            week = pattern_week(p.weekdays, parse_periods(p.periods), p.name)
            by_pattern[p.id] = CachedCalendar(WorkCalendar(week=week, overrides=overrides))
        return by_pattern[p.id]

    default_row = next((p for p in patterns if p.is_default), None)
    default = calendar_of(default_row) if default_row else CachedCalendar(WorkCalendar(overrides=overrides))
    own = {p.employee_id: p for p in patterns if p.employee_id is not None}
    by_role = {p.role_id: p for p in patterns if p.role_id is not None}
    result: dict[int, CachedCalendar] = {}
    wanted = None if employee_ids is None else set(employee_ids)
    if by_role:
        rows = session.execute(
            select(RoleAssignment.employee_id, RoleAssignment.role_id)
            .where(RoleAssignment.is_primary, RoleAssignment.start_date <= last,
                   (RoleAssignment.end_date.is_(None)) | (RoleAssignment.end_date >= first))
            .order_by(RoleAssignment.start_date))
        for employee_id, role_id in rows:  # the latest start wins
            if (wanted is None or employee_id in wanted) and role_id in by_role:
                result[employee_id] = calendar_of(by_role[role_id])
            elif employee_id in result and role_id not in by_role:
                del result[employee_id]
    for employee_id, p in own.items():
        if wanted is None or employee_id in wanted:
            result[employee_id] = calendar_of(p)
    return default, result


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
