"""Departments: a tree (parent), each with a head; archived instead of deleted.

Reading needs STAFF_VIEW, changing needs ORG_EDIT. Every change writes an audit record.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.versions import check_version
from shopteam.domain.collation import text_key
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import ORG_EDIT, STAFF_VIEW, require

NAME_MAX = 100


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    parent_id: int | None
    head_id: int | None
    head_name: str
    headcount: int  # people in this department (not its sub-departments) who have not left
    archived: bool
    version: int


def _headcounts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Employee.department_id, func.count())
        .where(Employee.status != "left", Employee.department_id.is_not(None))
        .group_by(Employee.department_id)
    ).all()
    return {dep_id: n for dep_id, n in rows}


def list_departments(session: Session, *, actor: Actor, include_archived: bool = True) -> list[DepartmentRow]:
    """Every department, parents before children is NOT guaranteed; ordered by sort order, then name by pinyin."""
    require(actor, STAFF_VIEW, "see the departments")
    counts = _headcounts(session)
    query = (
        select(Department, Employee.name)
        .outerjoin(Employee, Employee.id == Department.head_id)
    )
    if not include_archived:
        query = query.where(Department.archived.is_(False))
    return [
        DepartmentRow(d.id, d.name, d.parent_id, d.head_id, head_name or "", counts.get(d.id, 0), d.archived, d.version)
        for d, head_name in sorted(session.execute(query).all(),
                                   key=lambda row: (row[0].sort_order, text_key(row[0].name)))
    ]


def get_department(session: Session, department_id: int) -> Department:
    dep = session.get(Department, department_id)
    if dep is None:
        raise NotFoundError(what="Department", key=department_id)
    return dep


def _clean_name(session: Session, name: str, own_id: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the department's name.", field="name", code="required")
    if len(name) > NAME_MAX:
        raise ValidationError("The name is longer than {n} characters.", field="name", code="too_long", n=NAME_MAX)
    clash = session.scalar(select(Department.id).where(func.lower(Department.name) == name.lower()))
    if clash is not None and clash != own_id:
        raise ValidationError("A department named {name} exists already.", field="name", code="name_taken",
                              name=name)
    return name


def _check_parent(session: Session, parent_id: int | None, own_id: int | None = None) -> None:
    if parent_id is None:
        return
    parent = session.get(Department, parent_id)
    if parent is None:
        raise NotFoundError(what="Department", key=parent_id)
    if parent.archived:
        raise ValidationError("The department {name} is archived.", field="parent", code="parent_archived",
                              name=parent.name)
    if own_id is None:
        return
    # Walk up from the new parent: meeting ourselves means the move would make a cycle.
    seen: set[int] = set()
    current: int | None = parent_id
    while current is not None and current not in seen:
        if current == own_id:
            raise ValidationError("A department cannot be placed under itself or one of its sub-departments.",
                                  field="parent", code="cycle")
        seen.add(current)
        current = session.scalar(select(Department.parent_id).where(Department.id == current))


def _check_head(session: Session, head_id: int | None) -> None:
    if head_id is None:
        return
    head = session.get(Employee, head_id)
    if head is None:
        raise NotFoundError(what="Staff record", key=head_id)
    if head.status == "left":
        raise ValidationError("{name} has left and cannot head a department.", field="head", code="head_left",
                              name=head.name)


def _flush(session: Session, what: str) -> None:
    session.flush()  # a save over someone else's newer one: ChangedElsewhere (db.versions.ShopSession)


def create_department(session: Session, *, actor: Actor, name: str, parent_id: int | None = None,
                      head_id: int | None = None) -> int:
    require(actor, ORG_EDIT, "change the organisation")
    name = _clean_name(session, name)
    _check_parent(session, parent_id)
    _check_head(session, head_id)
    dep = Department(name=name, parent_id=parent_id, head_id=head_id)
    session.add(dep)
    session.flush()
    audit.record(session, actor, "create", "department", dep.id, after=audit.snapshot(dep), summary=name)
    return dep.id


def update_department(session: Session, *, actor: Actor, department_id: int, name: str, parent_id: int | None,
                      head_id: int | None, expected_version: int | None = None) -> None:
    require(actor, ORG_EDIT, "change the organisation")
    dep = get_department(session, department_id)
    check_version(session, dep, expected_version)
    name = _clean_name(session, name, own_id=dep.id)
    if parent_id != dep.parent_id:
        _check_parent(session, parent_id, own_id=dep.id)
    if head_id != dep.head_id:
        _check_head(session, head_id)
    before = audit.snapshot(dep)
    dep.name, dep.parent_id, dep.head_id = name, parent_id, head_id
    _flush(session, before["name"])
    audit.record(session, actor, "update", "department", dep.id, before=before, after=audit.snapshot(dep),
                 summary=name)


def archive_department(session: Session, *, actor: Actor, department_id: int, archived: bool = True) -> None:
    """Archive (or, with ``archived=False``, restore) a department.

    Refused while people who have not left belong to it, or while it has sub-departments that are not archived.
    """
    require(actor, ORG_EDIT, "change the organisation")
    dep = get_department(session, department_id)
    if dep.archived == archived:
        return
    if archived:
        staff = session.scalar(select(func.count()).where(Employee.department_id == dep.id,
                                                          Employee.status != "left"))
        if staff:
            raise ValidationError("{name} still has {n} staff; move them to another department first.",
                                  field="department", code="has_staff", name=dep.name, n=staff)
        subs = session.scalar(select(func.count()).where(Department.parent_id == dep.id,
                                                         Department.archived.is_(False)))
        if subs:
            raise ValidationError("{name} still has {n} sub-departments; archive or move them first.",
                                  field="department", code="has_children", name=dep.name, n=subs)
    else:
        _check_parent(session, dep.parent_id)
    before = audit.snapshot(dep)
    dep.archived = archived
    _flush(session, dep.name)
    audit.record(session, actor, "archive" if archived else "restore", "department", dep.id, before=before,
                 after=audit.snapshot(dep), summary=dep.name)
