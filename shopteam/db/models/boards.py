"""Task boards (看板) and goals (目标): boards with ordered columns, cards with assignees, checklist,
comments and recurrence, the history of every card move, and goals decomposed year → quarter → month.

Tables refer to the foundation's tables by name. Times are UTC (``UTCDateTime``); dates are local dates.

Goal targets and actuals are floats (REAL), not Decimal: a goal's metric is anything from a conversion
rate or a response time in seconds to a sales figure, it is only compared with its target to give a
progress share, and it never enters a payout or a sum of money. A float keeps seven significant digits
of such figures exactly enough and lets SQLite compare and average them natively.
"""

from __future__ import annotations

from datetime import date, datetime

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, UTCDateTime, utcnow

BOARD_KINDS = ("content", "campaign", "listing", "custom")
SWIMLANES = ("none", "person", "department")
PRIORITIES = (0, 1, 2, 3)  # low, normal, high, urgent
RECURRENCES = ("none", "weekly", "monthly")
RECURRENCE_SCOPES = ("card", "each", "everyone")  # one card; one per assignee; one per current employee
GOAL_SCOPES = ("shop", "department", "person")
GOAL_PERIODS = ("year", "quarter", "month")


class Board(Base):
    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="custom")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"), index=True)
    swimlane: Mapped[str] = mapped_column(String(12), default="none")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    department = relationship("Department")
    columns: Mapped[list[BoardColumn]] = relationship(
        back_populates="board", order_by="BoardColumn.position", cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("kind IN ('content', 'campaign', 'listing', 'custom')", name="kind"),
        CheckConstraint("swimlane IN ('none', 'person', 'department')", name="swimlane"),
    )
    __mapper_args__ = {"version_id_col": version}


class BoardColumn(Base):
    """A stage of a board. ``is_done`` marks the column whose cards count as finished."""

    __tablename__ = "board_column"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    wip_limit: Mapped[int | None] = mapped_column(Integer)
    is_done: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    board: Mapped[Board] = relationship(back_populates="columns")

    __table_args__ = (CheckConstraint("wip_limit IS NULL OR wip_limit >= 1", name="wip_limit"),)
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


card_assignee = Table(
    "card_assignee",
    Base.metadata,
    Column("card_id", ForeignKey("card.id", ondelete="CASCADE"), primary_key=True),
    Column("employee_id", ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Card(Base):
    """A task card. A card with ``recurrence`` other than 'none' is a template: it is not shown on the
    board; ``generate_recurring_cards`` makes its instances, which point back to it through
    ``template_id`` with a ``recurrence_key`` naming the period (unique per template)."""

    __tablename__ = "card"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    column_id: Mapped[int] = mapped_column(ForeignKey("board_column.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=1)
    tags: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    estimate_hours: Mapped[float | None] = mapped_column(Float)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"), index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recurrence: Mapped[str] = mapped_column(String(10), default="none")
    recurrence_weekday: Mapped[int | None] = mapped_column(Integer)  # 0 Monday … 6 Sunday
    recurrence_day: Mapped[int | None] = mapped_column(Integer)  # 1 … 31 (the month's last day if shorter)
    recurrence_scope: Mapped[str] = mapped_column(String(10), default="card")
    template_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"))
    recurrence_key: Mapped[str | None] = mapped_column(String(40))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    board: Mapped[Board] = relationship()
    column: Mapped[BoardColumn] = relationship()
    assignees = relationship("Employee", secondary=card_assignee, order_by="Employee.employee_no")
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="card", order_by="ChecklistItem.position", cascade="all, delete-orphan")
    comments: Mapped[list[CardComment]] = relationship(
        back_populates="card", order_by="CardComment.id", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_card_column_position", "column_id", "position"),
        Index("ix_card_board", "board_id", "archived"),
        UniqueConstraint("template_id", "recurrence_key", name="uq_card_template_period"),
        CheckConstraint("priority BETWEEN 0 AND 3", name="priority"),
        CheckConstraint("recurrence IN ('none', 'weekly', 'monthly')", name="recurrence"),
        CheckConstraint("recurrence_scope IN ('card', 'each', 'everyone')", name="recurrence_scope"),
        CheckConstraint("recurrence_weekday IS NULL OR recurrence_weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("recurrence_day IS NULL OR recurrence_day BETWEEN 1 AND 31", name="month_day"),
        CheckConstraint("estimate_hours IS NULL OR estimate_hours >= 0", name="estimate"),
        CheckConstraint("due_date IS NULL OR start_date IS NULL OR due_date >= start_date", name="dates"),
    )
    __mapper_args__ = {"version_id_col": version}


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    card: Mapped[Card] = relationship(back_populates="checklist")


class CardComment(Base):
    __tablename__ = "card_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    username: Mapped[str] = mapped_column(String(60))
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    card: Mapped[Card] = relationship(back_populates="comments")


class CardMove(Base):
    """One step of a card's history; its creation is a move from no column (``from_column_id`` NULL)."""

    __tablename__ = "card_move"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    from_column_id: Mapped[int | None] = mapped_column(ForeignKey("board_column.id", ondelete="SET NULL"))
    to_column_id: Mapped[int] = mapped_column(ForeignKey("board_column.id", ondelete="CASCADE"), index=True)
    from_position: Mapped[int | None] = mapped_column(Integer)
    to_position: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    username: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_card_move_card_at", "card_id", "at"),)


class Goal(Base):
    """A goal for the shop, a department or a person over a year, a quarter or a month."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(12), default="shop")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    period: Mapped[str] = mapped_column(String(10), default="year")
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)  # quarter 1–4 or month 1–12; NULL for a year
    metric: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    target: Mapped[float] = mapped_column(Float, default=0.0)
    actual: Mapped[float | None] = mapped_column(Float)
    actual_from_cards: Mapped[bool] = mapped_column(Boolean, default=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="RESTRICT"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    deadline: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    parent: Mapped[Goal | None] = relationship(remote_side=[id])
    owner = relationship("Employee", foreign_keys=[owner_id])

    __table_args__ = (
        Index("ix_goal_year", "year", "period", "number"),
        CheckConstraint("scope IN ('shop', 'department', 'person')", name="scope"),
        CheckConstraint("period IN ('year', 'quarter', 'month')", name="period"),
        CheckConstraint("(period = 'year' AND number IS NULL) OR (period = 'quarter' AND number BETWEEN 1 AND 4) "
                        "OR (period = 'month' AND number BETWEEN 1 AND 12)", name="number"),
    )
    __mapper_args__ = {"version_id_col": version}
