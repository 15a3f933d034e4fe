"""The tables of ShopTeam's foundation: shop, settings, organisation, staff, accounts, audit."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, Money, UTCDateTime, utcnow

STAFF_STATUSES = ("probation", "active", "left")
ACCESS_LEVELS = ("owner", "manager", "staff")
GENDERS = ("", "male", "female")


class Shop(Base):
    __tablename__ = "shop"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Business settings of the shop, one JSON value per key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="RESTRICT"), index=True)
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL", use_alter=True), index=True
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    parent: Mapped[Department | None] = relationship(remote_side=[id])
    head: Mapped[Employee | None] = relationship(foreign_keys=[head_id], post_update=True)

    __mapper_args__ = {"version_id_col": version}


class Employee(Base):
    __tablename__ = "employee"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    gender: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    wechat: Mapped[str] = mapped_column(String(60), default="")
    id_card_no: Mapped[str] = mapped_column(String(18), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"), index=True)
    hire_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="active", index=True)
    leave_date: Mapped[date | None] = mapped_column(Date)
    #: the last day of the probation (试用期), set on hiring; None for people hired without one
    probation_end: Mapped[date | None] = mapped_column(Date)
    leave_reason: Mapped[str] = mapped_column(Text, default="")
    #: how the person left (离职): 'resignation' (辞职), 'dismissal' (辞退), or '' (not said, or not left)
    leave_kind: Mapped[str] = mapped_column(String(12), default="", server_default="")
    base_salary: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: no punch record (remote customer service, part-time staff): approved timesheet hours are the attendance
    attendance_from_timesheets: Mapped[bool] = mapped_column(Boolean, default=False)
    #: withholding (when the shop turns it on): the social-insurance and housing-fund contribution bases
    #: (缴费基数, 0 = none) and the special additional deductions claimed per month (专项附加扣除)
    social_insurance_base: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    housing_fund_base: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    additional_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    department: Mapped[Department | None] = relationship(foreign_keys=[department_id])
    manager: Mapped[Employee | None] = relationship(remote_side=[id], foreign_keys=[manager_id])

    __table_args__ = (
        CheckConstraint("status IN ('probation', 'active', 'left')", name="status"),
        CheckConstraint("leave_date IS NULL OR leave_date >= hire_date", name="leave_after_hire"),
        CheckConstraint("base_salary >= 0", name="salary_not_negative"),
    )
    __mapper_args__ = {"version_id_col": version}


class Role(Base):
    """A job (岗位) with its duties, decision rights and salary band."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    duties: Mapped[str] = mapped_column(Text, default="")
    decision_rights: Mapped[str] = mapped_column(Text, default="")
    salary_min: Mapped[Decimal | None] = mapped_column(Money)
    salary_max: Mapped[Decimal | None] = mapped_column(Money)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    department: Mapped[Department | None] = relationship()

    __table_args__ = (
        CheckConstraint("salary_min IS NULL OR salary_max IS NULL OR salary_max >= salary_min", name="band"),
    )
    __mapper_args__ = {"version_id_col": version}


class RoleAssignment(Base):
    """A person holding a role from start_date to end_date (inclusive; open when end_date is NULL)."""

    __tablename__ = "role_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="RESTRICT"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")

    employee: Mapped[Employee] = relationship()
    role: Mapped[Role] = relationship()

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        Index("ix_role_assignment_employee_start", "employee_id", "start_date"),
    )


class StaffingPlan(Base):
    __tablename__ = "staffing_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    preset: Mapped[str] = mapped_column(String(20), default="custom")
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[StaffingPlanLine]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="StaffingPlanLine.id"
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class StaffingPlanLine(Base):
    __tablename__ = "staffing_plan_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("staffing_plan.id", ondelete="CASCADE"))
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    headcount: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[StaffingPlan] = relationship(back_populates="lines")
    role: Mapped[Role] = relationship()

    __table_args__ = (
        UniqueConstraint("plan_id", "role_id", name="uq_staffing_plan_line_plan_role"),
        CheckConstraint("headcount >= 0", name="headcount"),
    )


class User(Base):
    """A login account, optionally linked to a staff record."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(10), default="staff")
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"), unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    employee: Mapped[Employee | None] = relationship()
    grants: Mapped[list[Grant]] = relationship(back_populates="user", cascade="all, delete-orphan")

    __table_args__ = (CheckConstraint("level IN ('owner', 'manager', 'staff')", name="level"),)


class Grant(Base):
    """An individual permission beyond the access level (e.g. 'salary.view')."""

    __tablename__ = "permission_grant"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    permission: Mapped[str] = mapped_column(String(60))

    user: Mapped[User] = relationship(back_populates="grants")

    __table_args__ = (UniqueConstraint("user_id", "permission", name="uq_permission_grant_user_permission"),)


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


def load_all() -> None:
    """Import every capability's tables, for whatever needs the complete metadata (migrations, checks).

    Each capability keeps its tables in a module of this package (attendance, boards, appraisal, payout, people,
    meetings, training)
    that imports only db.base and refers to the tables above by name ("employee.id", "Employee"); attendance
    also declares the boards' tables (a timesheet entry may name a card). Nothing here imports them: the
    services that use them do, so start-up declares and configures only the core tables above (a quarter
    of a second less with a big roster)."""
    from shopteam.db.models import appraisal, attendance, boards, meetings, payout, people, training  # noqa: F401
