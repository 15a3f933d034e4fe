"""The weekly meeting (周例会): one :class:`Meeting` per ISO week for the shop (``department_id`` NULL) or a
department; each person's :class:`MeetingPart` (this week's summary 本周总结, next week's plan 下周计划,
attended or not); :class:`MeetingItem` rows for issues, risks and decisions; :class:`MeetingAction` rows
for the action items, with the board card each became (``card_id``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shopteam.db.base import Base, UTCDateTime, utcnow


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[str] = mapped_column(String(8), index=True)  # 2026-W45
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="RESTRICT"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    department = relationship("Department")
    parts: Mapped[list[MeetingPart]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingPart.id")

    # a second shop-wide meeting of a week (department NULL) is refused by services/meetings
    __table_args__ = (UniqueConstraint("week", "department_id", name="uq_meeting_week_department"),)
    __mapper_args__ = {"version_id_col": version}


class MeetingPart(Base):
    __tablename__ = "meeting_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_by: Mapped[str] = mapped_column(String(60), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    meeting: Mapped[Meeting] = relationship(back_populates="parts")
    employee = relationship("Employee")

    __table_args__ = (UniqueConstraint("meeting_id", "employee_id", name="uq_meeting_part_meeting_employee"),)
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class MeetingItem(Base):
    """An issue (问题), a risk (风险) or a decision (决议) noted at the meeting."""

    __tablename__ = "meeting_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (CheckConstraint("kind IN ('issue', 'risk', 'decision')", name="kind"),)


class MeetingAction(Base):
    """An action item (待办事项): who does it by when; ``card_id`` is the card it became on ``board_id``."""

    __tablename__ = "meeting_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"), index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    board_id: Mapped[int | None] = mapped_column(ForeignKey("board.id", ondelete="SET NULL"))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"), index=True)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: optimistic lock (db.versions): a save over someone else's newer one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
