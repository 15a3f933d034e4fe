"""Training on paper and in Excel: what a session's sign-in sheet (签到表) lists, and the year's workbook of
plans, sessions and training records (``shopteam export training``, the training screen's Export).

The sign-in sheet lists the session's attendance list once it is taken (everyone on it), before that
everyone in the actor's scope still employed on the session's day; reports/training_sign_in paints it.
The workbook has three sheets — 计划 / 场次 / 培训记录 (Plans / Sessions / Records) — with headers in the
document's language: the plans of the year, their sessions with the numbers attending, and one row per
person of the year's report (sessions, hours, average test score) in the actor's scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from shopteam.db.models import Employee
from shopteam.db.models.training import TrainingSession
from shopteam.domain.errors import NotFoundError
from shopteam.services.attendance.exports import RowsExport
from shopteam.services.context import Actor
from shopteam.services.language import document_language, shop_identity
from shopteam.services.permissions import TRAINING_MANAGE, require, visible_employee_ids
from shopteam.services.progress import NullProgress, Progress
from shopteam.services.training import plans, records


@dataclass(frozen=True)
class SignInPerson:
    employee_no: str
    name: str
    department: str
    note: str = ""


@dataclass(frozen=True)
class SignInSheet:
    shop_name: str
    topic: str
    day: date
    hours: Decimal
    trainer: str
    place: str
    online: bool
    people: tuple[SignInPerson, ...]
    extra_rows: int = 5  # empty rows at least; the last page is filled up with more


def sign_in_sheet(session: Session, *, actor: Actor, session_id: int) -> SignInSheet:
    """The session's sign-in sheet: its attendance list when taken, else the people employed on its day."""
    require(actor, TRAINING_MANAGE, "print training sign-in sheets")
    item = session.get(TrainingSession, session_id)
    if item is None:
        raise NotFoundError(what="Training session", key=session_id)
    scope = visible_employee_ids(session, actor)
    listed = [a.employee_id for a in item.attendance]
    query = select(Employee).options(joinedload(Employee.department)).order_by(Employee.employee_no)
    if listed:
        query = query.where(Employee.id.in_(listed))
    else:
        day = item.session_date
        query = query.where(Employee.hire_date <= day, or_(Employee.leave_date.is_(None), Employee.leave_date >= day),
                            Employee.status != "left")
    if scope is not None:
        query = query.where(Employee.id.in_(scope or {-1}))
    people = tuple(SignInPerson(e.employee_no, e.name, e.department.name if e.department else "")
                   for e in session.scalars(query))
    return SignInSheet(shop_identity(session).name, item.plan.topic, item.session_date, item.hours, item.trainer,
                       item.place, item.online, people)


HEADERS = {
    "zh_CN": {
        "plans": ("年份", "季度", "培训主题", "适用岗位", "计划学时", "已完成学时", "场次", "备注"),
        "sessions": ("培训主题", "日期", "讲师", "地点", "线上", "学时", "名单人数", "出席人数", "资料"),
        "records": ("年份", "工号", "姓名", "出席场次", "培训学时", "平均测试成绩"),
    },
    "en": {
        "plans": ("Year", "Quarter", "Topic", "For roles", "Planned hours", "Hours held", "Sessions", "Notes"),
        "sessions": ("Topic", "Date", "Trainer", "Place", "Online", "Hours", "Listed", "Attended", "Materials"),
        "records": ("Year", "Employee no.", "Name", "Sessions attended", "Hours", "Average test score"),
    },
}
SHEETS = {"zh_CN": {"plans": "计划", "sessions": "场次", "records": "培训记录"},
          "en": {"plans": "Plans", "sessions": "Sessions", "records": "Records"}}
WORDS = {"zh_CN": {"year": "全年", "yes": "是", "no": "否"}, "en": {"year": "Whole year", "yes": "Yes", "no": "No"}}


@dataclass(frozen=True)
class TrainingWorkbook:
    """The three sheets' rows (typed cells, as written)."""
    plans: list[tuple]
    sessions: list[tuple]
    records: list[tuple]


def training_workbook(session: Session, *, actor: Actor, year: int, language: str = "zh_CN") -> TrainingWorkbook:
    """The rows of the year's workbook: plans, their sessions (by date), the records per person."""
    require(actor, TRAINING_MANAGE, "export training")
    lang = "zh_CN" if language == "zh_CN" else "en"
    words = WORDS[lang]
    plan_rows = plans.list_plans(session, actor=actor, year=year)
    plan_ids = {p.id for p in plan_rows}
    session_rows = sorted((r for r in plans.list_sessions(session, actor=actor) if r.plan_id in plan_ids),
                          key=lambda r: (r.session_date, r.id))
    report = records.training_report(session, actor=actor, year=year)
    return TrainingWorkbook(
        plans=[(p.year, f"Q{p.quarter}" if p.quarter else words["year"], p.topic, p.target_roles, p.planned_hours,
                p.held_hours, p.sessions, p.notes) for p in plan_rows],
        sessions=[(r.topic, r.session_date, r.trainer, r.place, words["yes"] if r.online else words["no"], r.hours,
                   r.listed, r.attended, r.materials) for r in session_rows],
        records=[(year, r.employee_no, r.name, r.sessions, r.hours, r.average_score) for r in report])


def export_training(session: Session, *, actor: Actor, year: int, path: str | Path, language: str | None = None,
                    progress: Progress | None = None) -> RowsExport:
    """The year's workbook at ``path``; ``rows`` counts the rows of all three sheets."""
    from shopteam.io.table_export import write_workbook

    progress = progress or NullProgress()
    lang = "zh_CN" if (language or document_language(session)) == "zh_CN" else "en"
    book = training_workbook(session, actor=actor, year=year, language=lang)
    progress.check()
    sheets = [(SHEETS[lang][key], HEADERS[lang][key], getattr(book, key)) for key in ("plans", "sessions", "records")]
    write_workbook(path, sheets, progress=lambda done, total: progress.report(done, total, "writing"))
    return RowsExport(str(path), sum(len(rows) for _t, _h, rows in sheets))
