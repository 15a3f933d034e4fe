"""Performance appraisal (绩效考核) and the reward/penalty ledger (奖惩记录).

Schemes hold indicators (grouped results / ability / attitude, each with a weight, a scoring method,
its parameters and a data source). A cycle is one month; it holds one appraisal per person, and each
appraisal keeps a copy of its scheme's indicators as score rows, so editing a scheme later never
changes an appraisal already opened. KPI actuals are the figures imported from the platform's back
office. The ledger is shared with payout (issue 7).

Scores are exact to the hundredth (``Hundredths``: Decimal in Python, integer hundredths in the
database), because final scores are rounded half-up to two decimals and compared with grade
thresholds; KPI figures (GMV, conversion rates, seconds) are floats: they only enter a ratio.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, Money, UTCDateTime, utcnow

INDICATOR_GROUPS = ("results", "ability", "attitude")
METHODS = ("rating", "higher_is_better", "lower_is_better", "tiered", "tasks", "attendance")  # domain.scoring.Method
SOURCES = ("manual", "kpi", "boards", "attendance", "training")
LOCKED_STATES = ("finalised", "interviewed")  # a finalised cycle or appraisal changes only by reopening
CYCLE_STATES = ("draft", "self_assessment", "supervisor_review", "calibration", "finalised", "interviewed")
LEDGER_KINDS = ("commendation", "bonus", "warning", "fine", "demotion_note")
SCHEME_PURPOSES = ("monthly", "probation")  # a monthly appraisal, or the probation review (转正评估)


class Hundredths(TypeDecorator):
    """A Decimal with two places in Python, an integer number of hundredths in the database."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value, dialect) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


scheme_role = Table(
    "appraisal_scheme_role",
    Base.metadata,
    Column("scheme_id", ForeignKey("appraisal_scheme.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("role.id", ondelete="CASCADE"), primary_key=True),
)


class AppraisalScheme(Base):
    """考核方案: indicators with weights; the self weight α; grade thresholds; forced distribution."""

    __tablename__ = "appraisal_scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    preset: Mapped[str | None] = mapped_column(String(40))  # the preset it came from ('cs', 'designer' …)
    description: Mapped[str] = mapped_column(Text, default="")
    self_weight: Mapped[int] = mapped_column(Integer, default=30)  # α in percent (0–100)
    grade_thresholds: Mapped[str] = mapped_column(Text, default="")  # JSON {"excellent": 90, ...}
    forced_limits: Mapped[str] = mapped_column(Text, default="")  # JSON {"excellent": 20, ...} max %
    points_cap: Mapped[float] = mapped_column(Float, default=10.0)  # ledger points count within ±cap
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    #: monthly: the cycles use it; probation: the probation review's scheme (rated by the supervisor, no roles)
    purpose: Mapped[str] = mapped_column(String(12), default="monthly", server_default="monthly")
    version: Mapped[int] = mapped_column(Integer, default=1)

    indicators: Mapped[list[AppraisalIndicator]] = relationship(
        back_populates="scheme", order_by="AppraisalIndicator.position", cascade="all, delete-orphan")
    roles = relationship("Role", secondary=scheme_role)

    __table_args__ = (CheckConstraint("self_weight >= 0 AND self_weight <= 100", name="self_weight"),)
    __mapper_args__ = {"version_id_col": version}


class AppraisalIndicator(Base):
    """考核指标 of a scheme."""

    __tablename__ = "appraisal_indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("appraisal_scheme.id", ondelete="CASCADE"), index=True)
    group: Mapped[str] = mapped_column(String(12), default="results")
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(60), default="")  # matches KPI rows ('conversion', '转化率')
    weight: Mapped[float] = mapped_column(Float, default=0.0)
    method: Mapped[str] = mapped_column(String(20), default="rating")
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON: target, cap, tiers, p/q/r, scale …
    source: Mapped[str] = mapped_column(String(12), default="manual")
    unit: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    scheme: Mapped[AppraisalScheme] = relationship(back_populates="indicators")

    __table_args__ = (
        CheckConstraint("\"group\" IN ('results', 'ability', 'attitude')", name="group"),
        CheckConstraint("method IN ('rating', 'higher_is_better', 'lower_is_better', 'tiered', 'tasks', "
                        "'attendance')", name="method"),
        CheckConstraint("source IN ('manual', 'kpi', 'boards', 'attendance', 'training')", name="source"),
        CheckConstraint("weight >= 0", name="weight"),
    )


class AppraisalCycle(Base):
    """考核周期: one month. Quarter and year results are computed from the months."""

    __tablename__ = "appraisal_cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    opened_by: Mapped[str] = mapped_column(String(60), default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finalised_by: Mapped[str | None] = mapped_column(String(60))
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopen_history: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{at, by, reason}]
    version: Mapped[int] = mapped_column(Integer, default=1)

    appraisals: Mapped[list[Appraisal]] = relationship(back_populates="cycle", cascade="all, delete-orphan")

    __table_args__ = (
        UniqueConstraint("year", "month", name="uq_appraisal_cycle_year_month"),
        CheckConstraint("month >= 1 AND month <= 12", name="month"),
        CheckConstraint("state IN ('draft', 'self_assessment', 'supervisor_review', 'calibration', 'finalised', "
                        "'interviewed')", name="state"),
    )
    __mapper_args__ = {"version_id_col": version}


class Appraisal(Base):
    """One person's appraisal in a cycle."""

    __tablename__ = "appraisal"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("appraisal_cycle.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("appraisal_scheme.id", ondelete="SET NULL"),
                                                  index=True)
    scheme_name: Mapped[str] = mapped_column(String(100), default="")
    department_name: Mapped[str] = mapped_column(String(100), default="")
    role_name: Mapped[str] = mapped_column(String(100), default="")
    self_weight: Mapped[int] = mapped_column(Integer, default=30)
    base_score: Mapped[Decimal | None] = mapped_column(Hundredths)  # Σ w×s / Σ w
    points: Mapped[Decimal | None] = mapped_column(Hundredths)  # capped ledger points
    final_score: Mapped[Decimal | None] = mapped_column(Hundredths)
    grade: Mapped[str] = mapped_column(String(12), default="")
    calibrated_score: Mapped[Decimal | None] = mapped_column(Hundredths)
    calibrated_grade: Mapped[str] = mapped_column(String(12), default="")
    calibration_reason: Mapped[str] = mapped_column(Text, default="")
    self_comment: Mapped[str] = mapped_column(Text, default="")
    supervisor_comment: Mapped[str] = mapped_column(Text, default="")
    interview_notes: Mapped[str] = mapped_column(Text, default="")
    improvement_plan: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="self_assessment")
    self_submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scored_by: Mapped[str | None] = mapped_column(String(60))
    scored_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    cycle: Mapped[AppraisalCycle] = relationship(back_populates="appraisals")
    employee = relationship("Employee")
    scores: Mapped[list[AppraisalScore]] = relationship(
        back_populates="appraisal", order_by="AppraisalScore.position", cascade="all, delete-orphan")

    __table_args__ = (
        UniqueConstraint("cycle_id", "employee_id", name="uq_appraisal_cycle_employee"),
        CheckConstraint("state IN ('draft', 'self_assessment', 'supervisor_review', 'calibration', 'finalised', "
                        "'interviewed')", name="state"),
    )
    __mapper_args__ = {"version_id_col": version}


class AppraisalScore(Base):
    """One indicator of one appraisal: a copy of the indicator as it was, the figures and the scores."""

    __tablename__ = "appraisal_score"

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisal.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("appraisal_indicator.id", ondelete="SET NULL"),
                                                     index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    group: Mapped[str] = mapped_column(String(12), default="results")
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(60), default="")
    weight: Mapped[float] = mapped_column(Float, default=0.0)
    method: Mapped[str] = mapped_column(String(20), default="rating")
    params: Mapped[str] = mapped_column(Text, default="{}")
    source: Mapped[str] = mapped_column(String(12), default="manual")
    unit: Mapped[str] = mapped_column(String(20), default="")
    actual: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    self_score: Mapped[Decimal | None] = mapped_column(Hundredths)
    supervisor_score: Mapped[Decimal | None] = mapped_column(Hundredths)
    computed_score: Mapped[Decimal | None] = mapped_column(Hundredths)  # the indicator's score
    explanation: Mapped[str] = mapped_column(Text, default="")

    appraisal: Mapped[Appraisal] = relationship(back_populates="scores")


class KpiActual(Base):
    """A KPI figure of a person for a month, imported from the platform's back office."""

    __tablename__ = "kpi_actual"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(100))
    value: Mapped[float] = mapped_column(Float)
    source_file: Mapped[str] = mapped_column(String(200), default="")
    source_row: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("employee_id", "year", "month", "indicator", name="uq_kpi_actual_employee_period"),
        Index("ix_kpi_actual_period", "year", "month"),
    )


class LedgerEntry(Base):
    """奖惩记录: a commendation, bonus, warning, fine or demotion note, with money and/or points."""

    __tablename__ = "ledger_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_date: Mapped[date] = mapped_column(Date, index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    points: Mapped[Decimal | None] = mapped_column(Hundredths)  # signed appraisal points
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    employee = relationship("Employee")

    __table_args__ = (
        CheckConstraint("kind IN ('commendation', 'bonus', 'warning', 'fine', 'demotion_note')", name="kind"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount"),
    )
    __mapper_args__ = {"version_id_col": version}
