"""The organisation in one place: departments, roles and role assignments, staffing plans, the org chart
and the preset organisation of domain/presets.py.

The work lives in ``departments``, ``roles`` and ``staffing``; this module adds the org chart, the preset
seeding and a people picker, and re-exports the rest so callers can write ``org.assign_role(...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee, Role, StaffingPlan, StaffingPlanLine
from shopteam.domain.errors import ValidationError
from shopteam.domain.presets import DEPARTMENTS, ROLES, STAFFING_PLANS, Text, pick
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.org.departments import (
    DepartmentRow,
    archive_department,
    create_department,
    list_departments,
    update_department,
)
from shopteam.services.org.roles import (
    AssignmentRow,
    RoleRow,
    archive_role,
    assign_role,
    create_role,
    current_primary_role_ids,
    current_primary_roles,
    delete_assignment,
    end_assignment,
    list_assignments,
    list_roles,
    update_role,
)
from shopteam.services.org.staffing import (
    PRESETS,
    GapRow,
    PlanRow,
    create_plan,
    delete_plan,
    list_plans,
    set_active_plan,
    set_plan_line,
    staffing_gap,
    unique_plan_name,
)
from shopteam.services.permissions import ORG_EDIT, STAFF_VIEW, require, visible_employee_ids

__all__ = [
    "PRESETS", "AssignmentRow", "DepartmentRow", "GapRow", "OrgNode", "PersonChoice", "PlanRow", "RoleRow",
    "SeedResult", "archive_department", "archive_role", "assign_role", "create_department", "create_plan",
    "create_plan_from_preset", "create_role", "current_primary_role_ids", "current_primary_roles",
    "delete_assignment", "delete_plan", "end_assignment", "list_assignments", "list_departments", "list_plans",
    "list_roles", "org_chart", "seed_presets", "set_active_plan", "set_plan_line", "staff_choices",
    "staffing_gap", "update_department", "update_role",
]


# ---- people picker -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonChoice:
    id: int
    employee_no: str
    name: str
    status: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.employee_no})"


def staff_choices(session: Session, *, actor: Actor, include_left: bool = False) -> list[PersonChoice]:
    """The people the actor may see, for pickers (department head, role history): no sensitive fields."""
    require(actor, STAFF_VIEW, "see the staff")
    query = select(Employee.id, Employee.employee_no, Employee.name, Employee.status).order_by(Employee.employee_no)
    if not include_left:
        query = query.where(Employee.status != "left")
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Employee.id.in_(scope))
    return [PersonChoice(*row) for row in session.execute(query).all()]


# ---- org chart ---------------------------------------------------------------------------------------------

@dataclass
class OrgNode:
    employee_id: int
    name: str
    employee_no: str
    role: str
    department: str
    children: list[OrgNode] = field(default_factory=list)

    def count(self) -> int:
        """This person and everyone below them."""
        return 1 + sum(child.count() for child in self.children)


def org_chart(session: Session, *, actor: Actor) -> list[OrgNode]:
    """Who reports to whom, for people who have not left. People whose manager is missing, has left or is
    out of the actor's view are roots; a reporting loop (bad data) is broken at its lowest employee no."""
    require(actor, STAFF_VIEW, "see the org chart")
    roles = current_primary_roles(session)
    query = (select(Employee.id, Employee.name, Employee.employee_no, Employee.manager_id, Department.name)
             .outerjoin(Department, Department.id == Employee.department_id)
             .where(Employee.status != "left").order_by(Employee.employee_no))
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(Employee.id.in_(scope))
    rows = session.execute(query).all()
    nodes = {eid: OrgNode(eid, name, no, roles.get(eid, ""), dep or "") for eid, name, no, _m, dep in rows}
    manager = {eid: m for eid, _n, _no, m, _d in rows if m in nodes and m != eid}
    children: dict[int, list[int]] = {}
    for eid, _n, _no, _m, _d in rows:  # employee-no order, so siblings come out sorted
        if eid in manager:
            children.setdefault(manager[eid], []).append(eid)

    placed: set[int] = set()

    def build(eid: int) -> OrgNode:
        placed.add(eid)
        node = nodes[eid]
        node.children = [build(c) for c in children.get(eid, []) if c not in placed]
        return node

    roots = [build(eid) for eid in nodes if eid not in manager]
    for eid in nodes:  # anyone not reached sits in a reporting loop
        if eid not in placed:
            roots.append(build(eid))
    return roots


# ---- presets -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SeedResult:
    departments: int
    roles: int
    plans: int


def _find_by_text(session: Session, model, text: Text):
    names = [text[0].lower(), text[1].lower()]
    return session.scalar(select(model).where(func.lower(model.name).in_(names)).limit(1))


def _ensure_department(session: Session, actor: Actor, text: Text, language: str) -> tuple[Department, bool]:
    dep = _find_by_text(session, Department, text)
    if dep is not None:
        return dep, False
    dep_id = create_department(session, actor=actor, name=pick(text, language))
    return session.get(Department, dep_id), True


def _ensure_roles(session: Session, actor: Actor, language: str, keys: set[str] | None = None) -> tuple[dict, int]:
    """key -> Role for the preset roles (creating the missing ones and their departments); and how many new."""
    by_key: dict[str, Role] = {}
    created = 0
    for preset in ROLES:
        if keys is not None and preset.key not in keys:
            continue
        role = session.scalar(select(Role).where(Role.key == preset.key)) or _find_by_text(session, Role, preset.name)
        if role is None:
            dep, _ = _ensure_department(session, actor, preset.department, language)
            role_id = create_role(session, actor=actor, key=preset.key, name=pick(preset.name, language),
                                  department_id=dep.id, duties=pick(preset.duties, language),
                                  decision_rights=pick(preset.rights, language), salary_min=preset.salary_min,
                                  salary_max=preset.salary_max)
            role = session.get(Role, role_id)
            created += 1
        by_key[preset.key] = role
    return by_key, created


def _new_plan(session: Session, actor: Actor, preset: str, language: str, roles: dict[str, Role],
              name: str | None = None) -> int:
    title, lines = STAFFING_PLANS[preset]
    plan = StaffingPlan(name=unique_plan_name(session, (name or "").strip() or pick(title, language)), preset=preset)
    plan.lines = [StaffingPlanLine(role_id=roles[key].id, headcount=n) for key, n in lines.items()]
    session.add(plan)
    session.flush()
    audit.record(session, actor, "create", "staffing_plan", plan.id,
                 after={**audit.snapshot(plan), "lines": {roles[k].name: n for k, n in lines.items()}},
                 summary=plan.name)
    return plan.id


def seed_presets(session: Session, *, actor: Actor, language: str) -> SeedResult:
    """Create the preset departments, roles and small/medium/large plans in the user's language.

    Idempotent: what exists already (by name in either language, or by the role's key) is left alone.
    """
    require(actor, ORG_EDIT, "change the organisation")
    new_deps = 0
    for text in DEPARTMENTS:
        new_deps += _ensure_department(session, actor, text, language)[1]
    roles, new_roles = _ensure_roles(session, actor, language)
    new_plans = 0
    for preset in PRESETS:
        if session.scalar(select(StaffingPlan.id).where(StaffingPlan.preset == preset).limit(1)) is None:
            _new_plan(session, actor, preset, language, roles)
            new_plans += 1
    return SeedResult(new_deps, new_roles, new_plans)


def create_plan_from_preset(session: Session, *, actor: Actor, preset: str, language: str,
                            name: str | None = None) -> int:
    """A new plan with the preset's line-up (creating any preset role that is missing)."""
    require(actor, ORG_EDIT, "change the staffing plans")
    if preset not in STAFFING_PLANS:
        raise ValidationError("Unknown preset {preset}.", field="preset", code="preset", preset=preset)
    roles, _ = _ensure_roles(session, actor, language, keys=set(STAFFING_PLANS[preset][1]))
    return _new_plan(session, actor, preset, language, roles, name)
