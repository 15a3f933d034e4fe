"""Onboarding (入职): a checklist template per role, each newcomer's checklist made from it, items ticked off.

A role's template is a list of items, each of a category (accounts 账号, training 培训, handover 交接, equipment
设备). A role with no items of its own uses the shop's default template (``role_id`` None), and until the owner
edits that, the built-in one in the shop's language (``domain.onboarding``). When a person is hired
(``recruiting.hire``) or added to the roster (``roster.create_staff``), their checklist is copied from the
template of their role; it is theirs from then on (a later template change leaves it as it is). Ticking
records the day and who ticked, like the leaving handover checklist (``org.leaving``).

Who: templates and ticking need onboarding.manage — the owner for every role and the default template, a
manager for the roles of their departments and the people in their scope; staff see their own checklist and
nothing else. Every change writes an audit record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee, Role
from shopteam.db.models.people import OnboardingItem, OnboardingTemplateItem
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.onboarding import CATEGORIES, MAX_ITEM, MAX_ITEMS, default_onboarding
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.language import shop_language
from shopteam.services.org.checklist import tick
from shopteam.services.permissions import (
    ONBOARDING_MANAGE,
    STAFF_VIEW,
    managed_department_ids,
    require,
    require_in_scope,
)

ENTITY = "onboarding_item"
TEMPLATE_ENTITY = "onboarding_template"


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    category: str
    text: str
    done: bool
    done_on: date | None
    done_by: str


@dataclass(frozen=True)
class Template:
    role_id: int | None
    items: tuple[tuple[str, str], ...]  # (category, text)
    own: bool  # False: the role has no items of its own and shows the default template


@dataclass(frozen=True)
class TemplateRole:
    role_id: int | None  # None: the shop's default template
    name: str  # "" for the default
    items: int  # items of its own (0: it uses the default)


# ---------------------------------------------------------------- checks

def _clean(category: str, text: str) -> tuple[str, str]:
    if category not in CATEGORIES:
        raise ValidationError("Unknown kind of onboarding item {category}.", field="category", code="category",
                              category=category)
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the onboarding item.", field="onboarding", code="required")
    if len(text) > MAX_ITEM:
        raise ValidationError("An onboarding item has at most {n} characters.", field="onboarding", code="too_long",
                              n=MAX_ITEM)
    return category, text


def _person(session: Session, actor: Actor, staff_id: int, action: str) -> Employee:
    emp = session.get(Employee, staff_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=staff_id)
    require_in_scope(session, actor, staff_id, action)
    return emp


def _require_role(session: Session, actor: Actor, role_id: int | None) -> Role | None:
    """The role whose template the actor may edit: any for the owner, the default template the owner's alone,
    a manager's the roles of their departments."""
    require(actor, ONBOARDING_MANAGE, "edit onboarding checklists")
    role = None
    if role_id is not None:
        role = session.get(Role, role_id)
        if role is None:
            raise NotFoundError(what="Role", key=role_id)
    departments = managed_department_ids(session, actor, ONBOARDING_MANAGE)
    if departments is None:
        return role
    if role is None or role.department_id not in departments:
        raise PermissionDenied(action="edit the onboarding checklist of this role", permission=ONBOARDING_MANAGE)
    return role


# ---------------------------------------------------------------- templates

def _own_items(session: Session, role_id: int | None) -> tuple[tuple[str, str], ...]:
    where = OnboardingTemplateItem.role_id.is_(None) if role_id is None else OnboardingTemplateItem.role_id == role_id
    return tuple((category, text) for category, text in session.execute(
        select(OnboardingTemplateItem.category, OnboardingTemplateItem.text).where(where)
        .order_by(OnboardingTemplateItem.position, OnboardingTemplateItem.id)))


def _template_items(session: Session, role_id: int | None) -> tuple[tuple[str, str], ...]:
    """The role's items, else the shop's default template, else the built-in one."""
    if role_id is not None:
        items = _own_items(session, role_id)
        if items:
            return items
    return _own_items(session, None) or default_onboarding(shop_language(session))


def template_roles(session: Session, *, actor: Actor) -> list[TemplateRole]:
    """The templates the actor may edit: the default (the owner's) and the roles (a manager: of their
    departments), with how many items of its own each has."""
    require(actor, ONBOARDING_MANAGE, "edit onboarding checklists")
    departments = managed_department_ids(session, actor, ONBOARDING_MANAGE)
    counts = {role_id: n for role_id, n in session.execute(
        select(OnboardingTemplateItem.role_id, func.count()).group_by(OnboardingTemplateItem.role_id))}
    query = select(Role).where(Role.archived.is_(False)).order_by(Role.name)
    if departments is not None:
        query = query.where(Role.department_id.in_(departments or {-1}))
    rows = [] if departments is not None else [TemplateRole(None, "", counts.get(None, 0))]
    return rows + [TemplateRole(r.id, r.name, counts.get(r.id, 0)) for r in session.scalars(query)]


def template(session: Session, *, actor: Actor, role_id: int | None) -> Template:
    _require_role(session, actor, role_id)
    own = _own_items(session, role_id)
    return Template(role_id, own or _template_items(session, role_id), bool(own) or role_id is None)


def set_template(session: Session, *, actor: Actor, role_id: int | None,
                 items: Sequence[tuple[str, str]]) -> None:
    """Replace the role's template (``role_id`` None: the shop's default) by ``items`` (category, text), in
    order; empty texts are dropped. No items for a role: it uses the default template again. Checklists made
    before keep their items."""
    role = _require_role(session, actor, role_id)
    cleaned = [_clean(category, text) for category, text in items if (text or "").strip()]
    if len(cleaned) > MAX_ITEMS:
        raise ValidationError("A checklist has at most {n} items.", field="onboarding", code="too_many", n=MAX_ITEMS)
    before = [list(i) for i in _own_items(session, role_id)]
    where = OnboardingTemplateItem.role_id.is_(None) if role_id is None else OnboardingTemplateItem.role_id == role_id
    session.execute(delete(OnboardingTemplateItem).where(where))
    for position, (category, text) in enumerate(cleaned):
        session.add(OnboardingTemplateItem(role_id=role_id, position=position, category=category, text=text))
    session.flush()
    summary = (audit.note("onboarding_template", role=role.name, count=len(cleaned)) if role is not None
               else audit.note("onboarding_template_default", count=len(cleaned)))
    audit.record(session, actor, "update", TEMPLATE_ENTITY, role_id, before={"items": before},
                 after={"items": [list(i) for i in cleaned]}, summary=summary)


# ---------------------------------------------------------------- checklists

def _add(session: Session, emp: Employee, category: str, text: str, position: int) -> OnboardingItem:
    item = OnboardingItem(employee_id=emp.id, position=position, category=category, text=text, done=False,
                          done_by="")
    session.add(item)
    return item


def start_checklist(session: Session, *, actor: Actor, employee_id: int, role_id: int | None) -> int:
    """The newcomer's checklist from the template of ``role_id`` (the default when None or without items); for
    the services that hire or add people, which have checked the actor's right to do so. Nothing when the person
    has a checklist already. Returns the number of items made."""
    emp = session.get(Employee, employee_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=employee_id)
    if session.scalar(select(func.count()).where(OnboardingItem.employee_id == employee_id)):
        return 0
    items = _template_items(session, role_id)
    for position, (category, text) in enumerate(items):
        _add(session, emp, category, text, position)
    session.flush()
    audit.record(session, actor, "create", ENTITY, emp.id, after={"items": [list(i) for i in items]},
                 summary=audit.note("onboarding_started", employee_no=emp.employee_no, name=emp.name,
                                    count=len(items)))
    return len(items)


def create_checklist(session: Session, *, actor: Actor, staff_id: int) -> int:
    """For someone without a checklist (on the roster before checklists existed): one from the template of
    their primary role today."""
    from shopteam.services.org.roles import current_primary_role_ids

    require(actor, ONBOARDING_MANAGE, "edit onboarding checklists")
    _person(session, actor, staff_id, "edit this staff record")
    return start_checklist(session, actor=actor, employee_id=staff_id,
                           role_id=current_primary_role_ids(session).get(staff_id))


def checklist(session: Session, *, actor: Actor, staff_id: int) -> list[ChecklistRow]:
    """The person's checklist, in order; staff see their own only."""
    require(actor, STAFF_VIEW, "see the onboarding checklist")
    _person(session, actor, staff_id, "see this staff record")
    return [ChecklistRow(i.id, i.category, i.text, i.done, i.done_on, i.done_by) for i in session.scalars(
        select(OnboardingItem).where(OnboardingItem.employee_id == staff_id)
        .order_by(OnboardingItem.position, OnboardingItem.id))]


def progress(session: Session, employee_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """employee_id -> (items done, items) for those with a checklist; for lists the caller has scoped."""
    ids = set(employee_ids)
    if not ids:
        return {}
    rows = session.execute(select(OnboardingItem.employee_id, OnboardingItem.done, func.count())
                           .where(OnboardingItem.employee_id.in_(ids))
                           .group_by(OnboardingItem.employee_id, OnboardingItem.done))
    result: dict[int, tuple[int, int]] = {}
    for emp_id, done, count in rows:
        had_done, total = result.get(emp_id, (0, 0))
        result[emp_id] = (had_done + (count if done else 0), total + count)
    return result


def add_item(session: Session, *, actor: Actor, staff_id: int, category: str, text: str) -> int:
    require(actor, ONBOARDING_MANAGE, "edit onboarding checklists")
    emp = _person(session, actor, staff_id, "edit this staff record")
    category, text = _clean(category, text)
    position = session.scalar(select(func.coalesce(func.max(OnboardingItem.position), -1))
                              .where(OnboardingItem.employee_id == emp.id)) + 1
    item = _add(session, emp, category, text, position)
    session.flush()
    audit.record(session, actor, "create", ENTITY, item.id, after=audit.snapshot(item, exclude=("created_at",)),
                 summary=audit.note("onboarding_item", employee_no=emp.employee_no, name=emp.name, kind=category,
                                    item=text))
    return item.id


def set_done(session: Session, *, actor: Actor, item_id: int, done: bool) -> None:
    """Tick an item off (today, by the actor) or untick it."""
    require(actor, ONBOARDING_MANAGE, "edit onboarding checklists")
    item = session.get(OnboardingItem, item_id)
    if item is None:
        raise NotFoundError(what="Onboarding item", key=item_id)
    emp = _person(session, actor, item.employee_id, "edit this staff record")
    tick(session, actor, item, emp, entity=ENTITY, done=done, codes=("onboarding_done", "onboarding_undone"))
