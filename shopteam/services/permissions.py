"""Deny by default: an actor may do a thing only if its level or an individual grant allows it.

Levels: owner (everything), manager (their department's people and direct reports), staff (themselves).
Sensitive fields (salary, ID card, bank account) need an explicit permission except for the owner.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.domain.errors import PermissionDenied
from shopteam.services.context import Actor

# Every permission the application knows; grants can give any of these to a manager or staff account.
STAFF_VIEW = "staff.view"  # see the roster (within scope)
STAFF_EDIT = "staff.edit"  # create and edit staff records (within scope)
ORG_EDIT = "org.edit"  # departments, roles, staffing plans, role assignments
SALARY_VIEW = "salary.view"
SALARY_EDIT = "salary.edit"
IDCARD_VIEW = "idcard.view"
BANK_VIEW = "bank.view"
ACCOUNTS_MANAGE = "accounts.manage"
AUDIT_VIEW = "audit.view"
ATTENDANCE_IMPORT_ALL = "attendance.import_all"
BACKUP = "backup"
PAYOUT_MANAGE = "payout.manage"  # compute, approve and reopen the monthly payout; bonus pools
PAY_RULES_EDIT = "pay_rules.edit"  # the shop's pay rules and their overrides per role and person
APPRAISAL_ADMIN = "appraisal.admin"  # open and reopen appraisal cycles, edit the schemes
APPRAISAL_SCORE = "appraisal.score"  # compute, calibrate and score appraisals (within scope), offline sheets
KPI_IMPORT = "kpi.import"  # import and enter KPI figures
LEDGER_RECORD = "ledger.record"  # record rewards and penalties (within scope, never for oneself)
REQUESTS_FOR_OTHERS = "requests.for_others"  # file leave/overtime requests for people in scope
WORK_RULES_EDIT = "attendance.rules"  # shifts, weekly patterns, attendance rules, calendar overrides
BOARDS_MANAGE = "boards.manage"  # create boards and set goals for the departments one heads or belongs to
RECRUITMENT = "recruitment.manage"  # positions, candidates, interview scores, hiring (staff see none of it)
PROBATION_REVIEW = "probation.review"  # probation end dates and reviews (转正), within scope
MEETING_EDIT = "meetings.edit"  # hold the weekly meeting (周例会) of one's departments: parts, items, action items
TRAINING_MANAGE = "training.manage"  # training plans, sessions, attendance, evaluations (staff see their own record)
# Onboarding checklists (入职清单): the templates of the roles of one's departments (the shop's default template:
# the owner) and ticking newcomers' items, within scope; staff see their own checklist only.
ONBOARDING_MANAGE = "onboarding.manage"
# Which database this PC opens (the Database dialog): the owner's alone, never granted to another account.
DATABASE_CHOOSE = "database.choose"

ALL_PERMISSIONS = (
    STAFF_VIEW, STAFF_EDIT, ORG_EDIT, SALARY_VIEW, SALARY_EDIT, IDCARD_VIEW, BANK_VIEW,
    ACCOUNTS_MANAGE, AUDIT_VIEW, ATTENDANCE_IMPORT_ALL, BACKUP, PAYOUT_MANAGE, PAY_RULES_EDIT,
    APPRAISAL_ADMIN, APPRAISAL_SCORE, KPI_IMPORT, LEDGER_RECORD, REQUESTS_FOR_OTHERS,
    WORK_RULES_EDIT, BOARDS_MANAGE, RECRUITMENT, PROBATION_REVIEW, MEETING_EDIT,
    TRAINING_MANAGE, ONBOARDING_MANAGE,
)

_LEVEL_PERMISSIONS = {
    "owner": frozenset(ALL_PERMISSIONS) | {DATABASE_CHOOSE},
    "manager": frozenset({STAFF_VIEW, STAFF_EDIT, ATTENDANCE_IMPORT_ALL, APPRAISAL_SCORE, KPI_IMPORT, LEDGER_RECORD,
                          REQUESTS_FOR_OTHERS, BOARDS_MANAGE, RECRUITMENT, PROBATION_REVIEW, MEETING_EDIT,
                          TRAINING_MANAGE, ONBOARDING_MANAGE}),
    "staff": frozenset({STAFF_VIEW}),
}


def can(actor: Actor, permission: str) -> bool:
    return permission in _LEVEL_PERMISSIONS.get(actor.level, frozenset()) or permission in actor.grants


def require(actor: Actor, permission: str, action: str) -> None:
    """Raise PermissionDenied (with the English action for the message) unless allowed."""
    if not can(actor, permission):
        raise PermissionDenied(action=action, permission=permission)


def department_subtree(session: Session, root_ids: set[int]) -> set[int]:
    """The given departments and every department below them."""
    rows = session.execute(select(Department.id, Department.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for dep_id, parent_id in rows:
        children.setdefault(parent_id, []).append(dep_id)
    result, todo = set(), list(root_ids)
    while todo:
        dep = todo.pop()
        if dep in result:
            continue
        result.add(dep)
        todo.extend(children.get(dep, []))
    return result


def managed_department_ids(session: Session, actor: Actor, permission: str) -> set[int] | None:
    """The departments an actor holding ``permission`` acts for: None (every one) for the owner, else the
    departments they head or belong to and those below them; none without the permission."""
    if actor.is_owner:
        return None
    if not can(actor, permission) or not actor.employee_id:
        return set()
    headed = set(session.scalars(select(Department.id).where(Department.head_id == actor.employee_id)))
    own = session.scalar(select(Employee.department_id).where(Employee.id == actor.employee_id))
    return department_subtree(session, headed | ({own} if own else set()))


def visible_employee_ids(session: Session, actor: Actor) -> set[int] | None:
    """The staff records the actor may see; None means everyone (the owner or a staff.view-all grant)."""
    if actor.is_owner or "staff.view_all" in actor.grants:
        return None
    own = {actor.employee_id} if actor.employee_id else set()
    if not actor.is_manager or not actor.employee_id:
        return own
    headed = set(session.scalars(select(Department.id).where(Department.head_id == actor.employee_id)))
    own_dep = session.scalar(select(Employee.department_id).where(Employee.id == actor.employee_id))
    departments = department_subtree(session, headed | ({own_dep} if own_dep else set()))
    ids = set(session.scalars(select(Employee.id).where(
        (Employee.department_id.in_(departments)) | (Employee.manager_id == actor.employee_id)
    )))
    return ids | own


def require_in_scope(session: Session, actor: Actor, employee_id: int, action: str) -> None:
    scope = visible_employee_ids(session, actor)
    if scope is not None and employee_id not in scope:
        raise PermissionDenied(action=action)
