"""People over their time at the shop: recruitment (招聘) and probation reviews (转正评估).

A :class:`Position` is opened for a role (usually from the staffing-plan gap) with a headcount; its
:class:`Candidate` rows move through the stages screening (筛选) → first interview (初试) → second interview
(复试) → offer (录用) → hired (入职), or are rejected (淘汰) with a reason. :class:`InterviewScore` holds one
score per competence and stage. A hire makes the candidate's staff record (``employee_id``). A
:class:`ProbationReview` is the outcome of a probation: confirm (转正) from a date, extend to a new end
date, or end the employment; the probation end itself is ``employee.probation_end``. Before it, a
:class:`ProbationAssessment` holds the supervisor's scores on the probation scheme (a copy of its indicators
with the scores), the weighted total and grade, and their recommendation; the decision links it to the review.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, Money, UTCDateTime, utcnow
from shopteam.db.models.appraisal import Hundredths

POSITION_STATES = ("open", "closed")
STAGES = ("screening", "first_interview", "second_interview", "offer", "hired", "rejected")
REVIEW_OUTCOMES = ("confirm", "extend", "end")
LEAVE_KINDS = ("resignation", "dismissal")


class Position(Base):
    __tablename__ = "recruit_position"

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"))
    headcount: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str] = mapped_column(Text, default="")
    wanted_by: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    role = relationship("Role")
    department = relationship("Department")

    __table_args__ = (
        CheckConstraint("headcount >= 1", name="headcount"),
        CheckConstraint("state IN ('open', 'closed')", name="state"),
    )
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class Candidate(Base):
    __tablename__ = "recruit_candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("recruit_position.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(30), default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    cv_path: Mapped[str] = mapped_column(Text, default="")
    expected_salary: Mapped[Decimal | None] = mapped_column(Money)
    stage: Mapped[str] = mapped_column(String(20), default="screening", index=True)
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    applied_on: Mapped[date] = mapped_column(Date)
    stage_changed_on: Mapped[date] = mapped_column(Date)
    hired_on: Mapped[date | None] = mapped_column(Date)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    position: Mapped[Position] = relationship()
    scores: Mapped[list[InterviewScore]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by="InterviewScore.id")

    __table_args__ = (
        CheckConstraint("stage IN ('screening', 'first_interview', 'second_interview', 'offer', 'hired', "
                        "'rejected')", name="stage"),
        CheckConstraint("expected_salary IS NULL OR expected_salary >= 0", name="salary_not_negative"),
    )
    __mapper_args__ = {"version_id_col": version}


class InterviewScore(Base):
    __tablename__ = "recruit_score"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("recruit_candidate.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(20))
    competence: Mapped[str] = mapped_column(String(60))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    interviewer: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    candidate: Mapped[Candidate] = relationship(back_populates="scores")

    __table_args__ = (
        CheckConstraint("score >= 1 AND score <= 5", name="score"),
        Index("ix_recruit_score_candidate", "candidate_id", "stage"),
    )


class ProbationReview(Base):
    __tablename__ = "probation_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(10))
    effective_date: Mapped[date] = mapped_column(Date)  # confirmed from / new end / last day
    previous_end: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (CheckConstraint("outcome IN ('confirm', 'extend', 'end')", name="outcome"),)


class ProbationAssessment(Base):
    """转正评估: the supervisor's scores per indicator of the probation scheme and their recommendation
    (confirm / extend / end, the review outcomes); ``review_id`` is the decision once it is taken."""

    __tablename__ = "probation_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("appraisal_scheme.id", ondelete="SET NULL"))
    scheme_name: Mapped[str] = mapped_column(String(100), default="")
    #: JSON list: the scheme's indicators as scored [{group, name, weight, method, params, score}]
    indicators: Mapped[str] = mapped_column(Text, default="[]")
    total: Mapped[Decimal | None] = mapped_column(Hundredths)
    grade: Mapped[str] = mapped_column(String(12), default="")
    recommendation: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    supervisor: Mapped[str] = mapped_column(String(100), default="")  # their name as recorded
    recommended_by: Mapped[str] = mapped_column(String(60), default="")
    recommended_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("probation_review.id", ondelete="SET NULL"))

    __table_args__ = (CheckConstraint("recommendation IN ('confirm', 'extend', 'end')", name="recommendation"),)


class HandoverItem(Base):
    """One item of a leaver's handover checklist (离职交接): work handed over, equipment returned, accounts
    given back …; ticked off with the day and who ticked it."""

    __tablename__ = "handover_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OnboardingTemplateItem(Base):
    """One item of a role's onboarding checklist template (入职清单模板); ``role_id`` NULL: the shop's default
    template, used for roles without items of their own."""

    __tablename__ = "onboarding_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint("category IN ('accounts', 'training', 'handover', 'equipment')", name="category"),
    )


class OnboardingItem(Base):
    """One item of a newcomer's onboarding checklist (入职清单), copied from their role's template when they
    are hired or added; ticked off with the day and who ticked it."""

    __tablename__ = "onboarding_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("category IN ('accounts', 'training', 'handover', 'equipment')", name="category"),
    )
