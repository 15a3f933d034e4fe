"""Staffing plans (人员配置): planned headcount per role, and the gap against the real roster."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from shopteam.db.models import Department, Role, StaffingPlan, StaffingPlanLine
from shopteam.db.versions import check_version
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.presets import STAFFING_PLANS
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.org.roles import current_primary_role_ids
from shopteam.services.permissions import ORG_EDIT, STAFF_VIEW, require

PRESETS = tuple(STAFFING_PLANS)  # ("small", "medium", "large")
MAX_HEADCOUNT = 999


@dataclass(frozen=True)
class PlanRow:
    id: int
    name: str
    preset: str
    is_active: bool
    planned_total: int
    version: int = 0  # as read: what set_plan_line/set_active_plan/delete_plan take as expected_version


@dataclass(frozen=True)
class GapRow:
    role_id: int
    role_name: str
    department_name: str
    planned: int
    actual: int  # people who have not left whose current primary role is this role

    @property
    def gap(self) -> int:
        """actual − planned: negative is a shortage, positive a surplus."""
        return self.actual - self.planned


def get_plan(session: Session, plan_id: int) -> StaffingPlan:
    plan = session.get(StaffingPlan, plan_id)
    if plan is None:
        raise NotFoundError(what="Staffing plan", key=plan_id)
    return plan


def list_plans(session: Session, *, actor: Actor) -> list[PlanRow]:
    require(actor, STAFF_VIEW, "see the staffing plans")
    totals = dict(session.execute(
        select(StaffingPlanLine.plan_id, func.sum(StaffingPlanLine.headcount)).group_by(StaffingPlanLine.plan_id)
    ).all())
    plans = session.scalars(select(StaffingPlan).order_by(StaffingPlan.id)).all()
    return [PlanRow(p.id, p.name, p.preset, p.is_active, int(totals.get(p.id) or 0), p.version) for p in plans]


def unique_plan_name(session: Session, name: str) -> str:
    taken = {n.lower() for n in session.scalars(select(StaffingPlan.name))}
    candidate, n = name, 2
    while candidate.lower() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def create_plan(session: Session, *, actor: Actor, name: str, preset: str = "custom") -> int:
    require(actor, ORG_EDIT, "change the staffing plans")
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the plan's name.", field="name", code="required")
    if session.scalar(select(StaffingPlan.id).where(func.lower(StaffingPlan.name) == name.lower())):
        raise ValidationError("A plan named {name} exists already.", field="name", code="name_taken", name=name)
    plan = StaffingPlan(name=name, preset=preset, is_active=False)
    session.add(plan)
    session.flush()
    audit.record(session, actor, "create", "staffing_plan", plan.id, after=audit.snapshot(plan), summary=name)
    return plan.id


def _touch(plan: StaffingPlan) -> None:
    """A change of the plan's lines is a change of the plan: its version moves (db.versions), so another PC
    that shows the plan as it was is refused."""
    flag_modified(plan, "name")


def set_plan_line(session: Session, *, actor: Actor, plan_id: int, role_id: int, headcount: int,
                  expected_version: int | None = None) -> None:
    """Set the planned headcount of a role in a plan; 0 takes the role out of the plan.
    ``expected_version``: the plan's version the screen showed (someone else's newer figures are not overwritten)."""
    require(actor, ORG_EDIT, "change the staffing plans")
    plan = get_plan(session, plan_id)
    check_version(session, plan, expected_version)
    role = session.get(Role, role_id)
    if role is None:
        raise NotFoundError(what="Role", key=role_id)
    if isinstance(headcount, bool) or not isinstance(headcount, int) or not 0 <= headcount <= MAX_HEADCOUNT:
        raise ValidationError("The headcount must be a whole number from 0 to {max}.", field="headcount",
                              code="headcount", max=MAX_HEADCOUNT)
    line = session.scalar(select(StaffingPlanLine).where(StaffingPlanLine.plan_id == plan.id,
                                                         StaffingPlanLine.role_id == role.id))
    before = {"role": role.name, "headcount": line.headcount if line else 0}
    if line is None and headcount == 0:
        return
    if line is None:
        session.add(StaffingPlanLine(plan_id=plan.id, role_id=role.id, headcount=headcount))
    elif headcount == 0:
        session.delete(line)
    else:
        line.headcount = headcount
    _touch(plan)
    session.flush()
    audit.record(session, actor, "update", "staffing_plan", plan.id, before=before,
                 after={"role": role.name, "headcount": headcount}, summary=f"{plan.name}: {role.name}")


def set_active_plan(session: Session, *, actor: Actor, plan_id: int, expected_version: int | None = None) -> None:
    """Make one plan the shop's active plan (the others become inactive)."""
    require(actor, ORG_EDIT, "change the staffing plans")
    plan = get_plan(session, plan_id)
    check_version(session, plan, expected_version)
    previous = session.scalar(select(StaffingPlan.name).where(StaffingPlan.is_active.is_(True)))
    session.execute(update(StaffingPlan).where(StaffingPlan.id != plan.id).values(is_active=False))
    plan.is_active = True
    session.flush()
    audit.record(session, actor, "update", "staffing_plan", plan.id, before={"active": previous},
                 after={"active": plan.name}, summary=audit.note("active_plan", plan=plan.name))


def delete_plan(session: Session, *, actor: Actor, plan_id: int, expected_version: int | None = None) -> None:
    """``expected_version``: the plan as the screen showed it (a plan someone has just changed is not deleted unseen)."""
    require(actor, ORG_EDIT, "change the staffing plans")
    plan = get_plan(session, plan_id)
    check_version(session, plan, expected_version)
    lines = {line.role.name: line.headcount for line in plan.lines}
    audit.record(session, actor, "delete", "staffing_plan", plan.id,
                 before={**audit.snapshot(plan), "lines": lines}, summary=plan.name)
    session.delete(plan)
    session.flush()


def staffing_gap(session: Session, *, actor: Actor, plan_id: int) -> list[GapRow]:
    """Planned vs actual per role: the plan's roles in plan order, then roles held but not planned."""
    require(actor, STAFF_VIEW, "see the staffing plans")
    plan = get_plan(session, plan_id)
    actual: dict[int, int] = {}
    for role_id in current_primary_role_ids(session).values():
        actual[role_id] = actual.get(role_id, 0) + 1
    names = {rid: (name, dep or "") for rid, name, dep in session.execute(
        select(Role.id, Role.name, Department.name).outerjoin(Department, Department.id == Role.department_id))}
    rows = [GapRow(line.role_id, *names[line.role_id], line.headcount, actual.get(line.role_id, 0))
            for line in plan.lines]
    planned_ids = {line.role_id for line in plan.lines}
    extra = sorted((rid for rid in actual if rid not in planned_ids), key=lambda rid: names[rid][0])
    rows += [GapRow(rid, *names[rid], 0, actual[rid]) for rid in extra]
    return rows
