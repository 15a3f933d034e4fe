"""Roles (岗位) with duties, decision rights and a salary band, and who held which role when (任职).

A person holds at most one primary role on any day. Assigning a new primary role ends the open primary
role that started earlier on the day before (a promotion or a change of role); any other overlap of
primary assignments is refused with the code ``primary_overlap``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee, Role, RoleAssignment
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.collation import text_key
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.money import parse_money
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import ORG_EDIT, SALARY_VIEW, STAFF_VIEW, can, require, require_in_scope

NAME_MAX = 100


@dataclass(frozen=True)
class RoleRow:
    id: int
    key: str | None
    name: str
    department_id: int | None
    department_name: str
    duties: str
    decision_rights: str
    salary_min: Decimal | None
    salary_max: Decimal | None
    holders: int  # people who hold it as their current primary role and have not left
    archived: bool
    version: int


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    employee_id: int
    role_id: int
    role_name: str
    start_date: date
    end_date: date | None
    is_primary: bool
    note: str

    def is_current(self, on: date | None = None) -> bool:
        on = on or clock.today()
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)


# ---- roles -------------------------------------------------------------------------------------------------

def get_role(session: Session, role_id: int) -> Role:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFoundError(what="Role", key=role_id)
    return role


def _current_primary_filter(on: date):
    return (RoleAssignment.is_primary.is_(True), RoleAssignment.start_date <= on,
            or_(RoleAssignment.end_date.is_(None), RoleAssignment.end_date >= on))


def current_primary_role_ids(session: Session, on: date | None = None) -> dict[int, int]:
    """employee_id -> role_id of the primary role held on ``on`` (today), for people who have not left."""
    on = on or clock.today()
    rows = session.execute(
        select(RoleAssignment.employee_id, RoleAssignment.role_id)
        .join(Employee, Employee.id == RoleAssignment.employee_id)
        .where(*_current_primary_filter(on), Employee.status != "left")
        .order_by(RoleAssignment.start_date)
    ).all()
    return {emp: role for emp, role in rows}


def current_primary_roles(session: Session, on: date | None = None) -> dict[int, str]:
    """employee_id -> name of the primary role held on ``on`` (today). No permission needed: names only."""
    on = on or clock.today()
    rows = session.execute(
        select(RoleAssignment.employee_id, Role.name)
        .join(Role, Role.id == RoleAssignment.role_id)
        .where(*_current_primary_filter(on))
        .order_by(RoleAssignment.start_date)
    ).all()
    return {emp: name for emp, name in rows}


def list_roles(session: Session, *, actor: Actor, include_archived: bool = True) -> list[RoleRow]:
    require(actor, STAFF_VIEW, "see the roles")
    holders: dict[int, int] = {}
    for role_id in current_primary_role_ids(session).values():
        holders[role_id] = holders.get(role_id, 0) + 1
    query = select(Role, Department.name).outerjoin(Department, Department.id == Role.department_id)
    if not include_archived:
        query = query.where(Role.archived.is_(False))
    bands = can(actor, SALARY_VIEW)  # a band is one person's pay when one person holds the role
    rows = sorted(session.execute(query).all(), key=lambda row: text_key(row[0].name))  # by pinyin
    return [
        RoleRow(r.id, r.key, r.name, r.department_id, dep_name or "", r.duties, r.decision_rights,
                r.salary_min if bands else None, r.salary_max if bands else None, holders.get(r.id, 0), r.archived,
                r.version)
        for r, dep_name in rows
    ]


def _clean_role_name(session: Session, name: str, own_id: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the role's name.", field="name", code="required")
    if len(name) > NAME_MAX:
        raise ValidationError("The name is longer than {n} characters.", field="name", code="too_long", n=NAME_MAX)
    clash = session.scalar(select(Role.id).where(func.lower(Role.name) == name.lower()))
    if clash is not None and clash != own_id:
        raise ValidationError("A role named {name} exists already.", field="name", code="name_taken", name=name)
    return name


def _money(value, field: str) -> Decimal | None:
    try:
        amount = parse_money(value)
    except ValueError:
        raise ValidationError("{value} is not an amount.", field=field, code="not_money", value=value) from None
    if amount is not None and amount < 0:
        raise ValidationError("A salary cannot be negative.", field=field, code="negative")
    return amount


def _band(salary_min, salary_max) -> tuple[Decimal | None, Decimal | None]:
    low, high = _money(salary_min, "salary_min"), _money(salary_max, "salary_max")
    if low is not None and high is not None and high < low:
        raise ValidationError("The top of the salary band ({high}) is below its bottom ({low}).",
                              field="salary_max", code="band", low=f"{low:.2f}", high=f"{high:.2f}")
    return low, high


def _check_department(session: Session, department_id: int | None) -> None:
    if department_id is not None and session.get(Department, department_id) is None:
        raise NotFoundError(what="Department", key=department_id)


def create_role(session: Session, *, actor: Actor, name: str, department_id: int | None = None, duties: str = "",
                decision_rights: str = "", salary_min=None, salary_max=None, key: str | None = None) -> int:
    require(actor, ORG_EDIT, "change the organisation")
    name = _clean_role_name(session, name)
    _check_department(session, department_id)
    low, high = _band(salary_min, salary_max)
    role = Role(key=key, name=name, department_id=department_id, duties=(duties or "").strip(),
                decision_rights=(decision_rights or "").strip(), salary_min=low, salary_max=high)
    session.add(role)
    session.flush()
    audit.record(session, actor, "create", "role", role.id, after=audit.snapshot(role), summary=name)
    return role.id


def update_role(session: Session, *, actor: Actor, role_id: int, name: str, department_id: int | None,
                duties: str, decision_rights: str, salary_min, salary_max,
                expected_version: int | None = None) -> None:
    require(actor, ORG_EDIT, "change the organisation")
    role = get_role(session, role_id)
    check_version(session, role, expected_version)
    name = _clean_role_name(session, name, own_id=role.id)
    _check_department(session, department_id)
    low, high = _band(salary_min, salary_max)
    before = audit.snapshot(role)
    role.name, role.department_id = name, department_id
    role.duties, role.decision_rights = (duties or "").strip(), (decision_rights or "").strip()
    if can(actor, SALARY_VIEW):  # someone who cannot see the band cannot change it either
        role.salary_min, role.salary_max = low, high
    session.flush()
    audit.record(session, actor, "update", "role", role.id, before=before, after=audit.snapshot(role), summary=name)


def archive_role(session: Session, *, actor: Actor, role_id: int, archived: bool = True) -> None:
    """Archive (or restore) a role. Refused while anyone holds it in an assignment that has not ended."""
    require(actor, ORG_EDIT, "change the organisation")
    role = get_role(session, role_id)
    if role.archived == archived:
        return
    if archived:
        today = clock.today()
        holders = session.scalar(
            select(func.count()).select_from(RoleAssignment)
            .join(Employee, Employee.id == RoleAssignment.employee_id)
            .where(RoleAssignment.role_id == role.id, Employee.status != "left",
                   or_(RoleAssignment.end_date.is_(None), RoleAssignment.end_date >= today))
        )
        if holders:
            raise ValidationError("{name} is still held by {n} people; end their assignments first.",
                                  field="role", code="has_holders", name=role.name, n=holders)
    before = audit.snapshot(role)
    role.archived = archived
    session.flush()
    audit.record(session, actor, "archive" if archived else "restore", "role", role.id, before=before,
                 after=audit.snapshot(role), summary=role.name)


# ---- assignments -------------------------------------------------------------------------------------------

def _overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    return (a_end is None or a_end >= b_start) and (b_end is None or b_end >= a_start)


def _primary_clash(session: Session, employee_id: int, start: date, end: date | None,
                   skip_id: int | None = None) -> None:
    others = session.scalars(
        select(RoleAssignment).where(RoleAssignment.employee_id == employee_id,
                                     RoleAssignment.is_primary.is_(True))
        .order_by(RoleAssignment.start_date)
    ).all()
    for other in others:
        if other.id != skip_id and _overlaps(start, end, other.start_date, other.end_date):
            raise ValidationError(
                "This overlaps the primary role {role} held from {start} to {end}; a person has one primary "
                "role at a time.", field="start_date", code="primary_overlap", role=other.role.name,
                start=other.start_date.isoformat(), end=other.end_date.isoformat() if other.end_date else "",
                assignment_id=other.id)


def _check_dates_for(person: Employee, start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValidationError("The end date is before the start date.", field="end_date", code="date_order")
    if start < person.hire_date:
        raise ValidationError("{name} was hired on {hire}; a role cannot start before that.", field="start_date",
                              code="before_hire", name=person.name, hire=person.hire_date.isoformat())
    if person.leave_date is not None and start > person.leave_date:
        raise ValidationError("{name} left on {left}; a role cannot start after that.", field="start_date",
                              code="after_leave", name=person.name, left=person.leave_date.isoformat())


def assign_role(session: Session, *, actor: Actor, employee_id: int, role_id: int, start_date: date,
                end_date: date | None = None, is_primary: bool = True, note: str = "") -> int:
    require(actor, ORG_EDIT, "change role assignments")
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFoundError(what="Staff record", key=employee_id)
    role = get_role(session, role_id)
    if role.archived:
        raise ValidationError("The role {name} is archived.", field="role", code="role_archived", name=role.name)
    if start_date is None:
        raise ValidationError("Enter the start date.", field="start_date", code="required")
    _check_dates_for(person, start_date, end_date)
    if is_primary:
        open_earlier = session.scalars(
            select(RoleAssignment).where(RoleAssignment.employee_id == employee_id,
                                         RoleAssignment.is_primary.is_(True), RoleAssignment.end_date.is_(None),
                                         RoleAssignment.start_date < start_date)
        ).all()
        for previous in open_earlier:  # at most one unless the data were already inconsistent
            before = audit.snapshot(previous)
            previous.end_date = start_date - timedelta(days=1)
            audit.record(session, actor, "update", "role_assignment", previous.id, before=before,
                         after=audit.snapshot(previous),
                         summary=audit.note("role_ended_by_change", person=person.name, old_role=previous.role.name,
                                                 role=role.name))
        session.flush()
        _primary_clash(session, employee_id, start_date, end_date)
    assignment = RoleAssignment(employee_id=employee_id, role_id=role_id, start_date=start_date, end_date=end_date,
                                is_primary=bool(is_primary), note=(note or "").strip())
    session.add(assignment)
    session.flush()
    audit.record(session, actor, "create", "role_assignment", assignment.id, after=audit.snapshot(assignment),
                 summary=audit.note("role_from", person=person.name, role=role.name, day=start_date.isoformat()))
    return assignment.id


def end_assignment(session: Session, *, actor: Actor, assignment_id: int, end_date: date) -> None:
    """Set (or move) the last day of an assignment."""
    require(actor, ORG_EDIT, "change role assignments")
    assignment = session.get(RoleAssignment, assignment_id)
    if assignment is None:
        raise NotFoundError(what="Role assignment", key=assignment_id)
    if end_date is None:
        raise ValidationError("Enter the end date.", field="end_date", code="required")
    if end_date < assignment.start_date:
        raise ValidationError("The end date is before the start date.", field="end_date", code="date_order")
    if assignment.is_primary:
        _primary_clash(session, assignment.employee_id, assignment.start_date, end_date, skip_id=assignment.id)
    before = audit.snapshot(assignment)
    assignment.end_date = end_date
    session.flush()
    audit.record(session, actor, "update", "role_assignment", assignment.id, before=before,
                 after=audit.snapshot(assignment),
                 summary=audit.note("role_ends", person=assignment.employee.name, role=assignment.role.name,
                                    day=end_date.isoformat()))


def delete_assignment(session: Session, *, actor: Actor, assignment_id: int) -> None:
    """Remove an assignment entered by mistake (the audit log keeps what it was)."""
    require(actor, ORG_EDIT, "change role assignments")
    assignment = session.get(RoleAssignment, assignment_id)
    if assignment is None:
        raise NotFoundError(what="Role assignment", key=assignment_id)
    audit.record(session, actor, "delete", "role_assignment", assignment.id, before=audit.snapshot(assignment),
                 summary=f"{assignment.employee.name}: {assignment.role.name}")
    session.delete(assignment)
    session.flush()


def list_assignments(session: Session, *, actor: Actor, employee_id: int) -> list[AssignmentRow]:
    """A person's role history, newest first."""
    require(actor, STAFF_VIEW, "see role assignments")
    if session.get(Employee, employee_id) is None:
        raise NotFoundError(what="Staff record", key=employee_id)
    require_in_scope(session, actor, employee_id, "see this person's role assignments")
    rows = session.execute(
        select(RoleAssignment, Role.name).join(Role, Role.id == RoleAssignment.role_id)
        .where(RoleAssignment.employee_id == employee_id)
        .order_by(RoleAssignment.start_date.desc(), RoleAssignment.id.desc())
    ).all()
    return [AssignmentRow(a.id, a.employee_id, a.role_id, name, a.start_date, a.end_date, a.is_primary, a.note)
            for a, name in rows]
