"""Pay rules and the monthly payout run (奖金核算).

The shop's pay rules are one JSON value in the ``setting`` table (key ``payout.rules``); a
:class:`PayRuleOverride` changes one rule for a role or a person. A :class:`PayoutRun` is one month;
its :class:`PayoutLine` rows are a snapshot: every component amount (integer fen) and its explanation
lines (JSON) as computed, so an approved run never changes when attendance, appraisals, salaries or
the ledger change later. Sales come from the KPI actuals (indicator 销售额).

A :class:`BonusPool` is a year-end bonus pool (of a year) or a team bonus pool (of a month's scores, a
department or the whole shop), split among people into :class:`BonusPoolShare` rows that add up to the
pool to the fen. Saved as a draft, approved (locked), paid as a line of the payout of ``pay_year`` /
``pay_month``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, Money, UTCDateTime, utcnow

RUN_STATES = ("draft", "approved", "reopened")
POOL_KINDS = ("year_end", "team")
POOL_STATES = ("draft", "approved")
OVERRIDE_SCOPES = ("role", "person")


class PayRuleOverride(Base):
    """One pay rule changed for a role (``target_id`` = role.id) or a person (= employee.id)."""

    __tablename__ = "pay_rule_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)  # JSON

    __table_args__ = (
        UniqueConstraint("scope", "target_id", "key", name="uq_pay_rule_override_scope_target_key"),
        CheckConstraint("scope IN ('role', 'person')", name="scope"),
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class PayoutRun(Base):
    """The payout of one month: draft (recomputed at will) → approved (locked) → reopened (editable)."""

    __tablename__ = "payout_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    computed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    computed_by: Mapped[str] = mapped_column(String(60), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by: Mapped[str | None] = mapped_column(String(60))
    rules: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the shop's rules the run was computed with
    reopen_history: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{at, by, reason}]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[PayoutLine]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="PayoutLine.position")

    __table_args__ = (
        UniqueConstraint("year", "month", name="uq_payout_run_year_month"),
        CheckConstraint("month >= 1 AND month <= 12", name="month"),
        CheckConstraint("state IN ('draft', 'approved', 'reopened')", name="state"),
    )
    __mapper_args__ = {"version_id_col": version}


class PayoutLine(Base):
    """One person's line of a run: the snapshot of every component and its explanation."""

    __tablename__ = "payout_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("payout_run.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    employee_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(50))
    department: Mapped[str] = mapped_column(String(100), default="")
    base_salary: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    overtime_pay: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    performance_bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    commission: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    attendance_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    full_attendance_bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    rewards: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    year_end_bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    team_bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    penalties: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    explanations: Mapped[str] = mapped_column(Text, default="{}")  # JSON {component: [{code, params}]}
    inputs: Mapped[str] = mapped_column(Text, default="{}")  # JSON: grade, score, sales, hours … as used
    # withholding (NULL when the run was computed with it off): 代扣合计, 实发合计, and what the later months
    # of the year read as their year to date (insurance and fund, special additional deductions, income tax)
    withheld: Mapped[Decimal | None] = mapped_column(Money)
    net: Mapped[Decimal | None] = mapped_column(Money)
    special_deductions: Mapped[Decimal | None] = mapped_column(Money)
    additional_deductions: Mapped[Decimal | None] = mapped_column(Money)
    income_tax: Mapped[Decimal | None] = mapped_column(Money)
    withholding: Mapped[str | None] = mapped_column(Text)  # JSON [{code, amount, explanations}]

    run: Mapped[PayoutRun] = relationship(back_populates="lines")

    __table_args__ = (UniqueConstraint("run_id", "employee_id", name="uq_payout_line_run_employee"),)


class BonusPool(Base):
    """A year-end (``month`` is None) or team bonus pool (``month``: the month of the scores)."""

    __tablename__ = "bonus_pool"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="RESTRICT"))
    amount: Mapped[Decimal] = mapped_column(Money)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    pay_year: Mapped[int] = mapped_column(Integer)
    pay_month: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by: Mapped[str | None] = mapped_column(String(60))
    reopen_history: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{at, by, reason}]
    version: Mapped[int] = mapped_column(Integer, default=1)

    shares: Mapped[list[BonusPoolShare]] = relationship(
        back_populates="pool", cascade="all, delete-orphan", order_by="BonusPoolShare.position")

    __table_args__ = (
        CheckConstraint("kind IN ('year_end', 'team')", name="kind"),
        CheckConstraint("state IN ('draft', 'approved')", name="state"),
        CheckConstraint("pay_month >= 1 AND pay_month <= 12", name="pay_month"),
        CheckConstraint("month IS NULL OR (month >= 1 AND month <= 12)", name="month"),
        Index("ix_bonus_pool_pay", "pay_year", "pay_month"),
    )
    __mapper_args__ = {"version_id_col": version}


class BonusPoolShare(Base):
    """One person's share of a pool, with the figures its weight was made of and its explanation."""

    __tablename__ = "bonus_pool_share"

    id: Mapped[int] = mapped_column(primary_key=True)
    pool_id: Mapped[int] = mapped_column(ForeignKey("bonus_pool.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    employee_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(50))
    department: Mapped[str] = mapped_column(String(100), default="")
    base_salary: Mapped[Decimal | None] = mapped_column(Money)
    grade: Mapped[str] = mapped_column(String(20), default="")
    coefficient: Mapped[str | None] = mapped_column(String(20))  # Decimal as text
    months: Mapped[str | None] = mapped_column(String(20))  # Decimal as text
    score: Mapped[str | None] = mapped_column(String(20))  # Decimal as text
    weight: Mapped[str] = mapped_column(String(40))  # Decimal as text
    amount: Mapped[Decimal] = mapped_column(Money)
    explanations: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{code, params}]

    pool: Mapped[BonusPool] = relationship(back_populates="shares")

    __table_args__ = (UniqueConstraint("pool_id", "employee_id", name="uq_bonus_pool_share_pool_employee"),)
