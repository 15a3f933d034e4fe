"""The demo shop's training (培训): the customer-service team's plan 客服话术与售后流程 of this year, led by the
team lead 周婷, with three sessions already held (45, 24 and 9 days before ``today``: attendance, test scores,
passed and satisfaction for those who came) and one still to come in 6 days."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.training import TrainingAttendance, TrainingEvaluation, TrainingPlan, TrainingSession
from shopteam.domain.presets import Text, pick

TOPIC: Text = ("客服话术与售后流程", "Service scripts and the after-sale routine")
ROLES: Text = ("客服专员（售前）、客服专员（售后）", "Customer service (pre-sale), customer service (after-sale)")
TRAINER = "XL008"
TEAM = ("XL009", "XL010", "XL011", "XL012")
PASS_MARK = 60

# days from today, hours, place (None: online), materials, {employee no.: (test score, satisfaction) or None}
SESSIONS: tuple[tuple[int, str, Text | None, Text, dict[str, tuple[str, int] | None]], ...] = (
    (-45, "2", ("二楼会议室", "Meeting room, 2nd floor"), ("售前话术手册 v3.pdf", "Pre-sale script handbook v3.pdf"),
     {"XL009": ("92", 5), "XL010": ("78", 4), "XL011": ("85", 4), "XL012": ("58", 3)}),
    (-24, "1.5", None, ("退换货流程演示（录屏）", "Returns and exchanges walkthrough (recording)"),
     {"XL009": ("88", 4), "XL010": None, "XL011": ("90.5", 5), "XL012": ("72", 4)}),
    (-9, "2", ("二楼会议室", "Meeting room, 2nd floor"), ("差评处理案例集.pptx", "Bad-review cases.pptx"),
     {"XL009": ("95", 5), "XL010": ("81", 4), "XL011": ("86", 4), "XL012": None}),
    (6, "2", ("二楼会议室", "Meeting room, 2nd floor"), ("大促前话术演练", "Script drill before the big sale"), {}),
)


def create_demo_training(session: Session, *, people: dict[str, Employee], today: date, lang: str,
                         owner_username: str) -> dict:
    plan = TrainingPlan(year=today.year, quarter=None, topic=pick(TOPIC, lang), target_roles=pick(ROLES, lang),
                        planned_hours=Decimal(12), notes="", created_by=owner_username)
    session.add(plan)
    session.flush()
    trainer = people[TRAINER].name
    held = 0
    for days, hours, place, materials, attendance in SESSIONS:
        item = TrainingSession(plan_id=plan.id, session_date=today + timedelta(days=days), trainer=trainer,
                               place=pick(place, lang) if place else "", online=place is None,
                               hours=Decimal(hours), materials=pick(materials, lang))
        for no in TEAM if attendance else ():
            result = attendance.get(no)
            row = TrainingAttendance(employee_id=people[no].id, attended=result is not None,
                                     recorded_by=owner_username)
            if result is not None:
                score, satisfaction = Decimal(result[0]), result[1]
                row.evaluation = TrainingEvaluation(test_score=score, passed=score >= PASS_MARK,
                                                    satisfaction=satisfaction, evaluated_by=owner_username)
            item.attendance.append(row)
        held += bool(attendance)
        session.add(item)
    session.flush()
    return {"plan": plan.id, "sessions": len(SESSIONS), "held": held, "team": list(TEAM)}
