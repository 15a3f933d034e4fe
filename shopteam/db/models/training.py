"""Training (培训): plans, sessions, attendance and evaluations.

A :class:`TrainingPlan` is a topic planned for a year (and optionally a quarter) for some roles, with its
planned hours. A plan holds :class:`TrainingSession` rows: one date, a trainer, a place or online, the hours
and the materials. :class:`TrainingAttendance` is one person on one session's list (attended or not); an
attendee may have one :class:`TrainingEvaluation`: a test score (0–100), passed or not, and a satisfaction
rating (1–5), each optional. Hours and scores are exact to the hundredth (``Hundredths``: Decimal in
Python, integer hundredths in the database), as the appraisal's scores.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, UTCDateTime, utcnow
from shopteam.db.models.appraisal import Hundredths


class TrainingPlan(Base):
    """培训计划: a topic for a year (a quarter of it, or the whole year), for some roles."""

    __tablename__ = "training_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    quarter: Mapped[int | None] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(200))
    target_roles: Mapped[str] = mapped_column(Text, default="")  # the roles it is meant for, as written
    planned_hours: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    sessions: Mapped[list[TrainingSession]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="TrainingSession.session_date")

    __table_args__ = (
        CheckConstraint("quarter IS NULL OR (quarter >= 1 AND quarter <= 4)", name="quarter"),
        CheckConstraint("planned_hours >= 0", name="planned_hours"),
    )
    __mapper_args__ = {"version_id_col": version}


class TrainingSession(Base):
    """培训场次: one date of a plan, its trainer, place (or online), hours and materials."""

    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("training_plan.id", ondelete="CASCADE"), index=True)
    session_date: Mapped[date] = mapped_column(Date, index=True)
    trainer: Mapped[str] = mapped_column(String(60), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    hours: Mapped[Decimal] = mapped_column(Hundredths)
    materials: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[TrainingPlan] = relationship(back_populates="sessions")
    attendance: Mapped[list[TrainingAttendance]] = relationship(
        back_populates="training_session", cascade="all, delete-orphan", order_by="TrainingAttendance.id")

    __table_args__ = (CheckConstraint("hours > 0", name="hours"),)
    __mapper_args__ = {"version_id_col": version}


class TrainingAttendance(Base):
    """签到: one person on one session's list, attended or not."""

    __tablename__ = "training_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    training_session: Mapped[TrainingSession] = relationship(back_populates="attendance")
    employee = relationship("Employee")
    evaluation: Mapped[TrainingEvaluation | None] = relationship(
        back_populates="attendance", cascade="all, delete-orphan", uselist=False)

    __table_args__ = (UniqueConstraint("session_id", "employee_id", name="uq_training_attendance_session_employee"),)


class TrainingEvaluation(Base):
    """培训评估 of one attendee: test score (0–100), passed, satisfaction (1–5); each may be left empty."""

    __tablename__ = "training_evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("training_attendance.id", ondelete="CASCADE"),
                                               unique=True)
    test_score: Mapped[Decimal | None] = mapped_column(Hundredths)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    evaluated_by: Mapped[str] = mapped_column(String(60), default="")
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    attendance: Mapped[TrainingAttendance] = relationship(back_populates="evaluation")

    __table_args__ = (
        CheckConstraint("test_score IS NULL OR (test_score >= 0 AND test_score <= 10000)", name="test_score"),
        CheckConstraint("satisfaction IS NULL OR (satisfaction >= 1 AND satisfaction <= 5)", name="satisfaction"),
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class TrainingLedgerLink(Base):
    """The reward or penalty (a ledger entry) recorded from one attendee's result of one session: at most one
    per attendance row, so the results of a session are never booked twice (the link goes with the entry)."""

    __tablename__ = "training_ledger_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(ForeignKey("training_attendance.id", ondelete="CASCADE"),
                                               unique=True)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
