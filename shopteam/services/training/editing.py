"""Changing and removing training plans and sessions.

An edit is compared with the version the form showed (db/versions) and audited with the values before and
after. A session (or a plan) is deleted only while nothing has been recorded for it: once someone is on a
session's attendance list, its attendance and evaluations are the people's training record, so the delete
is refused with the reason (move the date or fix the details instead). A session with attendance is not
moved into the future either (attendance is only taken for a session that has taken place).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models.training import TrainingAttendance, TrainingPlan, TrainingSession
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain import training as rules
from shopteam.domain.errors import ConflictError, NotFoundError, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import TRAINING_MANAGE, require
from shopteam.services.training.plans import MAX_YEAR, MIN_YEAR

PLAN_FIELDS = ("year", "quarter", "topic", "target_roles", "planned_hours", "notes")
SESSION_FIELDS = ("day", "hours", "trainer", "place", "online", "materials")


def _plan(session: Session, plan_id: int) -> TrainingPlan:
    plan = session.get(TrainingPlan, plan_id)
    if plan is None:
        raise NotFoundError(what="Training plan", key=plan_id)
    return plan


def _session(session: Session, session_id: int) -> TrainingSession:
    item = session.get(TrainingSession, session_id)
    if item is None:
        raise NotFoundError(what="Training session", key=session_id)
    return item


def _listed(session: Session, session_ids: list[int]) -> int:
    """People on the attendance lists of these sessions."""
    if not session_ids:
        return 0
    return session.scalar(select(func.count()).select_from(TrainingAttendance)
                          .where(TrainingAttendance.session_id.in_(session_ids))) or 0


def _period(plan: TrainingPlan) -> str:
    return f"{plan.year}" + (f" Q{plan.quarter}" if plan.quarter else "")


def update_plan(session: Session, *, actor: Actor, plan_id: int, version: int | None = None, **changes) -> None:
    """Change a plan's year, quarter, topic, target roles, planned hours or notes (the fields given)."""
    require(actor, TRAINING_MANAGE, "change training plans")
    unknown = set(changes) - set(PLAN_FIELDS)
    if unknown:
        raise TypeError(f"unknown plan fields: {sorted(unknown)}")
    plan = _plan(session, plan_id)
    check_version(session, plan, version)
    before = audit.snapshot(plan)
    if "year" in changes:
        year = changes["year"]
        if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError("The year must be from {min} to {max}.", field="year", code="year",
                                  min=MIN_YEAR, max=MAX_YEAR)
        plan.year = year
    if "quarter" in changes:
        plan.quarter = rules.check_quarter(changes["quarter"])
    if "topic" in changes:
        topic = (changes["topic"] or "").strip()
        if not topic:
            raise ValidationError("Enter the training topic.", field="topic", code="required")
        plan.topic = topic
    if "target_roles" in changes:
        plan.target_roles = (changes["target_roles"] or "").strip()
    if "planned_hours" in changes:
        plan.planned_hours = rules.check_planned_hours(changes["planned_hours"])
    if "notes" in changes:
        plan.notes = (changes["notes"] or "").strip()
    session.flush()
    after = audit.snapshot(plan)
    if {k: v for k, v in after.items() if k != "version"} == {k: v for k, v in before.items() if k != "version"}:
        return
    audit.record(session, actor, "update", "training_plan", plan.id, before=before, after=after,
                 summary=audit.note("training_plan_changed", topic=plan.topic, period=_period(plan)))


def delete_plan(session: Session, *, actor: Actor, plan_id: int, version: int | None = None) -> None:
    """Remove a plan with its sessions, refused when someone is on the attendance list of one of them."""
    require(actor, TRAINING_MANAGE, "delete training plans")
    plan = _plan(session, plan_id)
    check_version(session, plan, version)
    listed = _listed(session, [s.id for s in plan.sessions])
    if listed:
        raise ConflictError("The plan {topic} cannot be deleted: attendance has been taken for its sessions "
                            "({count} on the lists). Those records are the people's training record.",
                            code="training_plan_recorded", topic=plan.topic, count=listed)
    before = audit.snapshot(plan)
    before["sessions"] = [s.session_date.isoformat() for s in plan.sessions]
    audit.record(session, actor, "delete", "training_plan", plan.id, before=before,
                 summary=audit.note("training_plan_deleted", topic=plan.topic, period=_period(plan)))
    session.delete(plan)
    session.flush()


def update_session(session: Session, *, actor: Actor, session_id: int, version: int | None = None,
                   **changes) -> None:
    """Change a session's date, hours, trainer, place, online or materials (the fields given)."""
    require(actor, TRAINING_MANAGE, "change training sessions")
    unknown = set(changes) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"unknown session fields: {sorted(unknown)}")
    item = _session(session, session_id)
    check_version(session, item, version)
    before = audit.snapshot(item)
    if "day" in changes:
        day: date | None = changes["day"]
        if day is None:
            raise ValidationError("Enter the date.", field="day", code="required")
        if day > clock.today() and day != item.session_date and _listed(session, [item.id]):
            raise ValidationError("Attendance has been taken for this session, so it cannot move to {day}, "
                                  "a day still to come.", field="day", code="session_recorded_future",
                                  day=day.isoformat())
        item.session_date = day
    if "hours" in changes:
        item.hours = rules.check_session_hours(changes["hours"])
    if "trainer" in changes:
        item.trainer = (changes["trainer"] or "").strip()
    if "online" in changes:
        item.online = bool(changes["online"])
    if "place" in changes:
        item.place = (changes["place"] or "").strip()
    if not item.online and not item.place:
        raise ValidationError("Enter the place, or mark the session as online.", field="place",
                              code="place_required")
    if "materials" in changes:
        item.materials = (changes["materials"] or "").strip()
    session.flush()
    after = audit.snapshot(item)
    if {k: v for k, v in after.items() if k != "version"} == {k: v for k, v in before.items() if k != "version"}:
        return
    audit.record(session, actor, "update", "training_session", item.id, before=before, after=after,
                 summary=audit.note("training_session_changed", topic=item.plan.topic,
                                    day=item.session_date.isoformat()))


def delete_session(session: Session, *, actor: Actor, session_id: int, version: int | None = None) -> None:
    """Remove a session, refused once someone is on its attendance list."""
    require(actor, TRAINING_MANAGE, "delete training sessions")
    item = _session(session, session_id)
    check_version(session, item, version)
    listed = _listed(session, [item.id])
    if listed:
        raise ConflictError("The session on {day} cannot be deleted: attendance has been taken ({count} on the "
                            "list). Those records are the people's training record.",
                            code="training_session_recorded", day=item.session_date.isoformat(), count=listed)
    topic, day = item.plan.topic, item.session_date.isoformat()
    audit.record(session, actor, "delete", "training_session", item.id, before=audit.snapshot(item),
                 summary=audit.note("training_session_deleted", topic=topic, day=day))
    item.plan.sessions.remove(item)
    session.flush()

