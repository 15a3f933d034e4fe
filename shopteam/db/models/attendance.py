"""Attendance and timesheets: punches, timesheet entries, leave and overtime requests, missing-punch
corrections, the work calendar's overrides and dated patterns, the dated attendance rules, and the column
mappings users corrected per layout.

Clock-in and clock-out are local wall-clock datetimes (a clock-out after midnight is on the next date);
``imported_at``/``decided_at``/``created_at`` are UTC. Tables refer to the foundation's tables by name.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, UTCDateTime, utcnow

LEAVE_KINDS = ("annual", "personal", "sick", "compensatory", "marriage", "maternity", "bereavement")
#: The Chinese names shops use, for templates and imports (年假, 事假 …).
LEAVE_KIND_NAMES_ZH = {
    "annual": "年假",
    "personal": "事假",
    "sick": "病假",
    "compensatory": "调休",
    "marriage": "婚假",
    "maternity": "产假",
    "bereavement": "丧假",
}
REQUEST_STATUSES = ("pending", "approved", "rejected")
OVERRIDE_KINDS = ("workday", "restday", "holiday")
IMPORT_KINDS = ("roster", "punches", "punch_log", "timesheet")


class PunchRecord(Base):
    """A person's first and last punch of one work day (either or both may be missing: an export's row
    for a day without punches is kept, so re-importing the file finds it again)."""

    __tablename__ = "punch_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    work_date: Mapped[date] = mapped_column(Date, index=True)
    clock_in: Mapped[datetime | None] = mapped_column(DateTime)
    clock_out: Mapped[datetime | None] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    employee = relationship("Employee")

    __table_args__ = (
        UniqueConstraint("employee_id", "work_date", name="uq_punch_record_employee_day"),
    )


class TimesheetEntry(Base):
    """Self-reported hours (工时) of a person on a day for one task, and the manager's decision on them.

    ``task`` is the text as reported; ``card_id`` is the board card it names, when one card has that title
    (set by the import and the entry form; cleared when the card is deleted). Imported and newly entered
    rows are pending; only approved hours count (services/attendance/timesheets).
    """

    __tablename__ = "timesheet_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    work_date: Mapped[date] = mapped_column(Date, index=True)
    task: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    overtime_hours: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")

    employee = relationship("Employee")

    __table_args__ = (
        UniqueConstraint("employee_id", "work_date", "task", name="uq_timesheet_entry_employee_day_task"),
        CheckConstraint("hours >= 0 AND overtime_hours >= 0", name="hours"),
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status"),
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class LeaveRequest(Base):
    """A leave request (请假申请): kind, the time away, and the manager's decision."""

    __tablename__ = "leave_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[datetime] = mapped_column(DateTime)
    end: Mapped[datetime] = mapped_column(DateTime)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    requested_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")

    employee = relationship("Employee")

    __table_args__ = (
        CheckConstraint(
            "kind IN ('annual', 'personal', 'sick', 'compensatory', 'marriage', 'maternity', 'bereavement')",
            name="kind",
        ),
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status"),
        CheckConstraint('"end" > start', name="span"),
        CheckConstraint("hours >= 0", name="hours"),
    )


class OvertimeRequest(Base):
    """An overtime application (加班申请) for one work day: a time span or a number of hours."""

    __tablename__ = "overtime_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    work_date: Mapped[date] = mapped_column(Date, index=True)
    start: Mapped[datetime | None] = mapped_column(DateTime)
    end: Mapped[datetime | None] = mapped_column(DateTime)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    requested_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")

    employee = relationship("Employee")

    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status"),
        CheckConstraint("hours > 0", name="hours"),
    )


class CalendarOverride(Base):
    """The shop's own decision about one date (works a holiday eve, gives an extra day off …)."""

    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("kind IN ('workday', 'restday', 'holiday')", name="kind"),)
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


#: The date the rules that were in force before versions existed are dated from ("always").
IN_FORCE_SINCE_EVER = date(2000, 1, 1)


class WorkPattern(Base):
    """One version of a weekly pattern: the weekdays worked (bit 0 = Monday) and the shift's periods.

    ``periods`` is JSON: ``[["09:00", "12:00"], ["13:00", "18:00"]]``; a period ending before it starts
    runs past midnight. A pattern applies to one person, or to everyone holding a role, or (``is_default``)
    to everyone else; the person's own pattern wins over the role's, which wins over the default.
    A change is a new version from ``effective_from``: a day uses the version of its target with the
    latest ``effective_from`` on or before it, so earlier days keep theirs. A version with no periods
    (``[]``) ends the target's own pattern from its date (the role's or the default applies again).
    """

    __tablename__ = "work_pattern"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    weekdays: Mapped[int] = mapped_column(Integer, default=0b0011111)
    periods: Mapped[str] = mapped_column(Text)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    effective_from: Mapped[date] = mapped_column(Date, default=IN_FORCE_SINCE_EVER)

    __table_args__ = (
        CheckConstraint("weekdays >= 0 AND weekdays < 128", name="weekdays"),
        CheckConstraint("NOT (role_id IS NOT NULL AND employee_id IS NOT NULL)", name="one_target"),
        UniqueConstraint("role_id", "effective_from", name="uq_work_pattern_role_from"),
        UniqueConstraint("employee_id", "effective_from", name="uq_work_pattern_employee_from"),
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class AttendanceRulesVersion(Base):
    """The shop's attendance rules (grace minutes, overtime block, free corrections) from a date on.

    A day uses the version with the latest ``effective_from`` on or before it; no version: the defaults.
    """

    __tablename__ = "attendance_rules_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    late_grace_minutes: Mapped[int] = mapped_column(Integer)
    early_grace_minutes: Mapped[int] = mapped_column(Integer)
    overtime_block_minutes: Mapped[int] = mapped_column(Integer)
    free_corrections_per_month: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("late_grace_minutes >= 0 AND early_grace_minutes >= 0", name="grace"),
        CheckConstraint("overtime_block_minutes >= 1", name="block"),
        CheckConstraint("free_corrections_per_month >= 0", name="free_corrections"),
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class PunchCorrection(Base):
    """A missing-punch correction (补卡申请): the clock-in and/or clock-out a person forgot on a work day.

    Once approved, the month fills the day's missing punch with it (a recorded punch stays as it is).
    ``clock_in``/``clock_out`` are local wall-clock datetimes like a punch's (next date after midnight).
    """

    __tablename__ = "punch_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    work_date: Mapped[date] = mapped_column(Date, index=True)
    clock_in: Mapped[datetime | None] = mapped_column(DateTime)
    clock_out: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    requested_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")

    employee = relationship("Employee")

    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status"),
        CheckConstraint("clock_in IS NOT NULL OR clock_out IS NOT NULL", name="a_time"),
    )


class ImportMapping(Base):
    """A column mapping the user corrected, remembered for files of the same layout."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_key: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    columns: Mapped[str] = mapped_column(Text)  # JSON: field -> column header
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)



# A timesheet entry refers to a board card by name ("card.id"): the ORM resolves that key when it writes an
# entry, so the boards' tables are declared together with these.
from shopteam.db.models import boards  # noqa: E402, F401
