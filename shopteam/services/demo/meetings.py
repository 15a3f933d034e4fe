"""The demo shop's weekly meeting (周例会) of last week: the whole shop's meeting held on that Friday, each
person's part prefilled from their cards and timesheets by the meeting service, two issues, a risk, a decision
and an action item for the operations lead that is already a card on the first board."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.boards import Board
from shopteam.domain.meetings import week_label
from shopteam.domain.presets import Text, pick
from shopteam.services.context import Actor
from shopteam.services.meetings.meeting import add_action, add_item, create_meeting

ITEMS: tuple[tuple[str, Text], ...] = (
    ("issue", ("双十二预售页的详情图还没定稿", "The 12.12 pre-sale page's detail images are not final yet")),
    ("issue", ("售后退款平均处理时长升到 19 小时", "After-sale refunds now take 19 hours on average")),
    ("risk", ("快递停发区域可能影响 3 个大客户订单", "Courier stops in some regions may delay 3 big orders")),
    ("decision", ("大促期间客服晚班延长到 24 点，按加班计", "Evening service shift runs to midnight in the sale, "
                                                         "paid as overtime")),
)
ACTION: Text = ("整理差评处理话术并培训晚班客服", "Write up the bad-review scripts and brief the evening shift")
ACTION_OWNER = "XL003"


def create_demo_meeting(session: Session, *, owner: Actor, people: dict[str, Employee], today: date, lang: str) -> dict:
    last_week = today - timedelta(days=7)
    friday = last_week - timedelta(days=last_week.weekday()) + timedelta(days=4)
    week = week_label(last_week)
    meeting_id = create_meeting(session, actor=owner, week=week, held_on=friday)
    for kind, text in ITEMS:
        add_item(session, actor=owner, meeting_id=meeting_id, kind=kind, text=pick(text, lang))
    add_action(session, actor=owner, meeting_id=meeting_id, text=pick(ACTION, lang),
               owner_id=people[ACTION_OWNER].id, due_date=today + timedelta(days=3),
               board_id=session.scalar(select(Board.id).order_by(Board.id).limit(1)))
    return {"meeting": meeting_id, "week": week, "items": len(ITEMS), "actions": 1}
