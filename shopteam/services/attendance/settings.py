"""The shop's attendance rules (grace minutes, overtime block, free corrections), dated.

A change takes effect from a date and is a new version (``attendance_rules_version``); a day uses the
version with the latest ``effective_from`` on or before it, so the months before keep the rules they had.
Without any version the product's defaults apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models.attendance import AttendanceRulesVersion
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.attendance import AttendanceRules
from shopteam.domain.errors import ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import WORK_RULES_EDIT, require

#: Missing-punch corrections a person may have approved per month before they count as beyond the
#: allowance (shown to the owner, and deducted with the pay rule ``correction_deduction``).
DEFAULT_FREE_CORRECTIONS = 3


@dataclass(frozen=True)
class AttendanceSettings:
    """The attendance rules of PRODUCT §3.4 in force from ``effective_from`` (None: the defaults)."""

    late_grace_minutes: int = 5
    early_grace_minutes: int = 5
    overtime_block_minutes: int = 30
    free_corrections_per_month: int = DEFAULT_FREE_CORRECTIONS
    effective_from: date | None = None

    @property
    def rules(self) -> AttendanceRules:
        return AttendanceRules(self.late_grace_minutes, self.early_grace_minutes, self.overtime_block_minutes)


_VALUE_FIELDS = tuple(f.name for f in fields(AttendanceSettings) if f.name != "effective_from")
_RANGES = {  # field -> (lowest, highest, error code, message)
    "late_grace_minutes": (0, 120, "grace_range", "The grace period must be 0 to 120 minutes."),
    "early_grace_minutes": (0, 120, "grace_range", "The grace period must be 0 to 120 minutes."),
    "overtime_block_minutes": (1, 240, "block_range", "The overtime block must be 1 to 240 minutes."),
    "free_corrections_per_month": (0, 31, "free_corrections_range",
                                   "The free corrections per month must be 0 to 31."),
}


def first_of_this_month() -> date:
    """The default date a change of the work rules takes effect from."""
    return clock.today().replace(day=1)


def settings_versions(session: Session) -> list[AttendanceSettings]:
    """Every version, oldest first."""
    rows = session.scalars(select(AttendanceRulesVersion).order_by(AttendanceRulesVersion.effective_from))
    return [AttendanceSettings(**{name: getattr(r, name) for name in _VALUE_FIELDS}, effective_from=r.effective_from)
            for r in rows]


def version_by_day(session: Session) -> dict[date, int]:
    """The optimistic-lock version (db.versions) of each dated version, by its date: what a screen passes
    as ``expected_version`` to :func:`set_attendance_settings`."""
    return dict(session.execute(select(AttendanceRulesVersion.effective_from, AttendanceRulesVersion.version)).all())


def _in_force(versions: list[AttendanceSettings], day: date) -> AttendanceSettings:
    current = AttendanceSettings()
    for version in versions:
        if version.effective_from is not None and version.effective_from > day:
            break
        current = version
    return current


def get_attendance_settings(session: Session, *, actor: Actor | None = None,
                            on: date | None = None) -> AttendanceSettings:
    """The rules in force on ``on`` (today when not given)."""
    return _in_force(settings_versions(session), on or clock.today())


@dataclass(frozen=True)
class MonthSettings:
    """The versions in force during a period: the rules of each day, the allowance of the month."""

    versions: tuple[AttendanceSettings, ...]  # the first is in force on the period's first day
    last: date

    def on(self, day: date) -> AttendanceSettings:
        return _in_force(list(self.versions), day)

    @property
    def rules(self) -> AttendanceRules | Callable[[date], AttendanceRules]:
        """One set of rules, or a function of the day when they changed during the period."""
        if len(self.versions) == 1:
            return self.versions[0].rules
        by_version = [(v.effective_from, v.rules) for v in self.versions]

        def rules_on(day: date) -> AttendanceRules:
            current = by_version[0][1]
            for start, rules in by_version[1:]:
                if start > day:
                    break
                current = rules
            return current

        return rules_on

    @property
    def free_corrections(self) -> int:
        """The month's allowance is the one in force on its last day."""
        return self.on(self.last).free_corrections_per_month


def settings_for_period(session: Session, first: date, last: date) -> MonthSettings:
    """One query: the version in force on ``first`` and those that start up to ``last``."""
    versions = settings_versions(session)
    within = [v for v in versions if first < v.effective_from <= last]
    return MonthSettings((_in_force(versions, first), *within), last)


def set_attendance_settings(session: Session, *, actor: Actor, settings: AttendanceSettings,
                            effective_from: date | None = None, expected_version: int | None = None) -> None:
    """The rules from ``effective_from`` on (default: the first day of this month); earlier days keep
    the version they had. A version already starting that day is replaced. Owner only (WORK_RULES_EDIT);
    audited. ``expected_version``: that day's version as the screen knew it, 0 when it knew of none
    (db.versions): one someone else saved since is refused with ChangedElsewhere; None: not checked."""
    require(actor, WORK_RULES_EDIT, "change the attendance rules")
    for name, (lowest, highest, code, message) in _RANGES.items():
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
            raise ValidationError(message, field=name, code=code)
    start = effective_from or first_of_this_month()
    before = get_attendance_settings(session, on=start)
    row = session.scalar(select(AttendanceRulesVersion).where(AttendanceRulesVersion.effective_from == start))
    replaced = row is not None
    if row is not None:
        check_version(session, row, expected_version)
    if row is None:
        row = AttendanceRulesVersion(effective_from=start)
        session.add(row)
    for name in _VALUE_FIELDS:
        setattr(row, name, getattr(settings, name))
    session.flush()
    after = replace(settings, effective_from=start)
    audit.record(session, actor, "update" if replaced else "create", "attendance_settings", row.id,
                 before={n: getattr(before, n) for n in _VALUE_FIELDS},
                 after={n: getattr(after, n) for n in _VALUE_FIELDS} | {"effective_from": start.isoformat()},
                 summary=audit.note("attendance_rules_from", day=start.isoformat()))
