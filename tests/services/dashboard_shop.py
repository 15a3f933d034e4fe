"""A hand-built shop for the home screen's figures, seen on Wednesday 2026-11-18 (workdays 2 … 18 November).

Departments 运营部 (head E1 王经理) and 客服部. People (everyone punches 08:55–18:02 on every workday they
are employed up to the 18th, except where said):
- E1 王经理 运营部, the manager account;
- E2 李运营 运营部: late (09:20) on the 3rd and the 4th, no clock-out on the 5th;
- E3 张客服 客服部, the staff account: no punch on the 10th (absent);
- E4 赵新人 运营部, joined 2026-11-09;
- E5 钱离职 客服部, left 2026-11-06;
- E6 孙未来 客服部, joins 2026-11-25 (a joiner not yet counted).
Cards on 内容看板 (待办 / 完成): c1 E2 due 11-10, c2 E3 due 11-20, c3 E3 due 11-30, c4 nobody due 11-01, all
open; c5 E2 done; c6 E3 archived; c7 E2 on an archived board.
Pending: leave E2 (11-20), overtime E3 (11-12), correction E1 (11-11), timesheet entry E4 (11-09); E3's
leave of 11-17 rejected and of 10-20 approved.
Appraisal 2026-11: E1 supervisor_review, E2 and E3 self_assessment, E4 finalised; 2026-10: E3 finalised 良好
85.00. Payout: 2026-10 approved (E3 total 5000.00), 2026-11 not computed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from shopteam.db.models import Department, Employee
from shopteam.db.models.appraisal import Appraisal, AppraisalCycle
from shopteam.db.models.attendance import (
    LeaveRequest,
    OvertimeRequest,
    PunchCorrection,
    PunchRecord,
    TimesheetEntry,
)
from shopteam.db.models.boards import Board, BoardColumn, Card, card_assignee
from shopteam.db.models.payout import PayoutLine, PayoutRun
from shopteam.domain.calendar import WorkCalendar
from shopteam.services.context import Actor

TODAY = date(2026, 11, 18)
YEAR, MONTH = 2026, 11


def _at(day: date, h: int, m: int) -> datetime:
    return datetime(day.year, day.month, day.day, h, m)


def make_dashboard_shop(factory) -> dict:
    ids: dict = {}
    with factory.begin() as s:
        ops, service = Department(name="运营部"), Department(name="客服部")
        s.add_all([ops, service])
        s.flush()
        people = [("E1", "王经理", ops, date(2024, 1, 1), None), ("E2", "李运营", ops, date(2025, 3, 1), None),
                  ("E3", "张客服", service, date(2025, 1, 1), None), ("E4", "赵新人", ops, date(2026, 11, 9), None),
                  ("E5", "钱离职", service, date(2025, 5, 1), date(2026, 11, 6)),
                  ("E6", "孙未来", service, date(2026, 11, 25), None)]
        for number, name, dep, hired, left in people:
            e = Employee(employee_no=number, name=name, department_id=dep.id, hire_date=hired, leave_date=left,
                         status="left" if left else "active")
            s.add(e)
            s.flush()
            ids[number] = e.id
        ops.head_id = ids["E1"]
        calendar = WorkCalendar()
        day = date(2026, 11, 1)
        while day <= TODAY:
            if calendar.classify(day).is_workday:
                for number, _name, _dep, hired, left in people:
                    if hired > day or (left and left < day) or (number == "E3" and day == date(2026, 11, 10)):
                        continue
                    clock_in = _at(day, 9, 20) if number == "E2" and day.day in (3, 4) else _at(day, 8, 55)
                    clock_out = None if number == "E2" and day.day == 5 else _at(day, 18, 2)
                    s.add(PunchRecord(employee_id=ids[number], work_date=day, clock_in=clock_in, clock_out=clock_out))
            day += timedelta(days=1)

        board, old = Board(name="内容看板"), Board(name="旧看板", archived=True)
        s.add_all([board, old])
        s.flush()
        todo, done = BoardColumn(board_id=board.id, name="待办", position=0), \
            BoardColumn(board_id=board.id, name="完成", position=1, is_done=True)
        old_todo = BoardColumn(board_id=old.id, name="待办", position=0)
        s.add_all([todo, done, old_todo])
        s.flush()
        cards = [("c1", todo, "E2", date(2026, 11, 10), {}), ("c2", todo, "E3", date(2026, 11, 20), {}),
                 ("c3", todo, "E3", date(2026, 11, 30), {}), ("c4", todo, None, date(2026, 11, 1), {}),
                 ("c5", done, "E2", date(2026, 11, 5), {"done_at": datetime(2026, 11, 5, 8, 0)}),
                 ("c6", todo, "E3", date(2026, 11, 12), {"archived": True}),
                 ("c7", old_todo, "E2", date(2026, 11, 12), {})]
        for position, (title, column, who, due, extra) in enumerate(cards):
            card = Card(board_id=column.board_id, column_id=column.id, position=position, title=title, due_date=due,
                        **extra)
            s.add(card)
            s.flush()
            ids[title] = card.id
            if who:
                s.execute(card_assignee.insert().values(card_id=card.id, employee_id=ids[who]))
        ids["board"] = board.id

        s.add_all([
            LeaveRequest(employee_id=ids["E2"], kind="annual", start=_at(date(2026, 11, 20), 9, 0),
                         end=_at(date(2026, 11, 20), 18, 0), hours=8, status="pending"),
            OvertimeRequest(employee_id=ids["E3"], work_date=date(2026, 11, 12), hours=2, status="pending"),
            PunchCorrection(employee_id=ids["E1"], work_date=date(2026, 11, 11), clock_in=_at(date(2026, 11, 11), 9, 0),
                            status="pending"),
            TimesheetEntry(employee_id=ids["E4"], work_date=date(2026, 11, 9), task="上新", hours=8, status="pending"),
            LeaveRequest(employee_id=ids["E3"], kind="personal", start=_at(date(2026, 11, 17), 9, 0),
                         end=_at(date(2026, 11, 17), 18, 0), hours=8, status="rejected"),
            LeaveRequest(employee_id=ids["E3"], kind="annual", start=_at(date(2026, 10, 20), 9, 0),
                         end=_at(date(2026, 10, 20), 18, 0), hours=8, status="approved"),
        ])
        october, november = AppraisalCycle(year=2026, month=10, state="finalised"), \
            AppraisalCycle(year=2026, month=11, state="self_assessment")
        s.add_all([october, november])
        s.flush()
        s.add(Appraisal(cycle_id=october.id, employee_id=ids["E3"], state="finalised", grade="良好",
                        final_score=Decimal("85.00")))
        for number, state in (("E1", "supervisor_review"), ("E2", "self_assessment"), ("E3", "self_assessment"),
                              ("E4", "finalised")):
            s.add(Appraisal(cycle_id=november.id, employee_id=ids[number], state=state))
        run = PayoutRun(year=2026, month=10, state="approved", computed_at=datetime(2026, 11, 2, 9, 0),
                        approved_by="boss", approved_at=datetime(2026, 11, 2, 10, 0))
        s.add(run)
        s.flush()
        s.add(PayoutLine(run_id=run.id, employee_id=ids["E3"], employee_no="E3", name="张客服", department="客服部",
                         total=Decimal("5000.00")))
    return ids


def manager_actor(ids) -> Actor:
    return Actor(user_id=None, username="wang", level="manager", employee_id=ids["E1"])


def staff_actor(ids) -> Actor:
    return Actor(user_id=None, username="zhang", level="staff", employee_id=ids["E3"])
