"""The roster (花名册): staff records — list, read, create, edit, leave, rejoin, delete.

Every function takes the caller's session (the caller opens the transaction) and the acting user.
Scope comes from ``permissions.visible_employee_ids``; salary, ID-card and bank fields leave this
module only when the actor may see them (owner, or the grants salary.view / idcard.view / bank.view),
otherwise as None (salary) or masked text (ID card, bank account). The withholding figures — the social
insurance and housing-fund contribution bases and the monthly special additional deductions (专项附加扣除)
— are salary fields: seen with salary.view, changed with salary.edit. Every change writes an audit record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, delete, exists, func, literal, null, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from shopteam.db.base import Base
from shopteam.db.models import (
    GENDERS,
    STAFF_STATUSES,
    Department,
    Employee,
    Role,
    RoleAssignment,
    load_all,
)
from shopteam.db.models.people import OnboardingItem
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.collation import text_key
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.validation import (
    is_valid_email,
    is_valid_employee_no,
    is_valid_id_card,
    is_valid_phone,
    mask_bank_account,
    mask_id_card,
)
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import (
    BANK_VIEW,
    IDCARD_VIEW,
    SALARY_EDIT,
    SALARY_VIEW,
    STAFF_EDIT,
    STAFF_VIEW,
    can,
    require,
    require_in_scope,
    visible_employee_ids,
)

ENTITY = "employee"
_BANK = re.compile(r"^\d{8,30}$")
_AUDIT_EXCLUDE = ("created_at", "updated_at")


@dataclass(frozen=True)
class SensitiveAccess:
    """What the actor may see and change of the sensitive fields."""

    salary_view: bool
    salary_edit: bool
    id_card_view: bool
    bank_view: bool


def sensitive_access(actor: Actor) -> SensitiveAccess:
    return SensitiveAccess(
        salary_view=can(actor, SALARY_VIEW),
        salary_edit=can(actor, SALARY_EDIT),
        id_card_view=can(actor, IDCARD_VIEW),
        bank_view=can(actor, BANK_VIEW),
    )


@dataclass(frozen=True)
class StaffRow:
    """One line of the roster table."""

    id: int
    employee_no: str
    name: str
    gender: str
    department_id: int | None
    department: str
    role: str
    manager: str
    phone: str
    hire_date: date
    status: str
    base_salary: Decimal | None
    version: int
    leave_date: date | None = None
    social_insurance_base: Decimal | None = None  # the withholding figures, None unless salaries are seen
    housing_fund_base: Decimal | None = None
    additional_deduction: Decimal | None = None


#: The salary fields used by withholding (seen and changed like the base salary).
WITHHOLDING_FIELDS = ("social_insurance_base", "housing_fund_base", "additional_deduction")


@dataclass(frozen=True)
class StaffDetail:
    """Everything about one person, with the sensitive fields masked unless the actor may see them."""

    id: int
    employee_no: str
    name: str
    gender: str
    phone: str
    email: str
    wechat: str
    id_card_no: str
    department_id: int | None
    department: str
    manager_id: int | None
    manager: str
    role: str
    hire_date: date
    status: str
    leave_date: date | None
    leave_reason: str
    base_salary: Decimal | None
    bank_account: str
    notes: str
    version: int
    has_history: bool
    attendance_from_timesheets: bool
    social_insurance_base: Decimal | None
    housing_fund_base: Decimal | None
    additional_deduction: Decimal | None
    salary_visible: bool
    id_card_visible: bool
    bank_visible: bool
    leave_kind: str = ""  # how they left: resignation, dismissal or '' (not said)


@dataclass
class StaffInput:
    """The editable fields of a staff record.

    ``id_card_no``, ``bank_account`` and ``base_salary`` set to None mean "leave unchanged" (or empty /
    zero for a new record): that is what a form sends when its user may not see those fields.
    ``leave_date``/``leave_reason`` matter only when ``status`` is "left". ``attendance_from_timesheets``
    None also means unchanged (off for a new record), and so do the withholding figures
    ``social_insurance_base``, ``housing_fund_base`` and ``additional_deduction`` (0 for a new record).
    """

    employee_no: str
    name: str
    hire_date: date | None
    gender: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    id_card_no: str | None = None
    department_id: int | None = None
    manager_id: int | None = None
    status: str = "active"
    base_salary: Decimal | None = None
    bank_account: str | None = None
    notes: str = ""
    leave_date: date | None = None
    leave_reason: str = ""
    attendance_from_timesheets: bool | None = None
    social_insurance_base: Decimal | None = None
    housing_fund_base: Decimal | None = None
    additional_deduction: Decimal | None = None


# ---------------------------------------------------------------- reading


def _role_name_subquery(employee_id_col, today: date):
    """The name of the person's primary role that started last by ``today``: the current one, or for
    someone between roles or gone, the most recent. Primary roles do not overlap, so this walks the
    (employee_id, start_date) index backwards and stops at the first row."""
    return (
        select(Role.name)
        .join(RoleAssignment, RoleAssignment.role_id == Role.id)
        .where(RoleAssignment.employee_id == employee_id_col, RoleAssignment.is_primary,
               RoleAssignment.start_date <= today)
        .order_by(RoleAssignment.start_date.desc())
        .limit(1)
        .correlate_except(RoleAssignment, Role)
        .scalar_subquery()
    )


def list_staff(session: Session, *, actor: Actor, status: str | None = None,
               today: date | None = None, limit: int | None = None) -> list[StaffRow]:
    """The roster rows the actor may see, ordered by employee no.; ``status`` narrows to one status,
    ``limit`` gives only the first rows (a screenful, while the rest load), people who have not left first."""
    require(actor, STAFF_VIEW, "view the roster")
    scope = visible_employee_ids(session, actor)
    show_salary = can(actor, SALARY_VIEW)
    e = aliased(Employee, name="e")
    m = aliased(Employee, name="m")
    d = aliased(Department, name="d")
    # integer fen straight from the column; turned into Decimal yuan below without the per-row TypeDecorator
    salary_col = type_coerce(e.base_salary, Integer) if show_salary else null()
    withholding_cols = [type_coerce(getattr(e, name), Integer) if show_salary else null()
                        for name in WITHHOLDING_FIELDS]
    query = (
        select(e.id, e.employee_no, e.name, e.gender, e.department_id, func.coalesce(d.name, ""),
               func.coalesce(_role_name_subquery(e.id, today or clock.today()), ""),
               func.coalesce(m.name, ""), e.phone, e.hire_date, e.status, salary_col, e.version, e.leave_date,
               *withholding_cols)
        .select_from(e)
        .outerjoin(d, d.id == e.department_id)
        .outerjoin(m, m.id == e.manager_id)
        .order_by(e.employee_no)
    )
    if status is not None:
        query = query.where(e.status == status)
    if limit is not None:
        query = query.order_by(None).order_by(e.status == "left", e.employee_no).limit(limit)
    if scope is not None:
        if not scope:
            return []
        query = query.where(e.id.in_(scope))
    rows = session.connection().execute(query).all()  # Core rows: no ORM bookkeeping for 10,000 lines
    if show_salary:
        return _rows_fast((*row[:11], _yuan(row[11]), *row[12:14], *(_yuan(v) for v in row[14:])) for row in rows)
    return _rows_fast(row for row in rows)


_ROW_FIELDS = tuple(f.name for f in fields(StaffRow))


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def _rows_fast(values) -> list[StaffRow]:
    """StaffRows without the frozen dataclass's __init__ (one object.__setattr__ per field), which is
    half the Python time of listing 10,000 people. The values come in field order from our own query."""
    new, names = object.__new__, _ROW_FIELDS
    out = []
    for value in values:
        row = new(StaffRow)
        row.__dict__.update(zip(names, value, strict=True))
        out.append(row)
    return out


def _get(session: Session, staff_id: int) -> Employee:
    emp = session.get(Employee, staff_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=staff_id)
    return emp


def get_staff(session: Session, *, actor: Actor, staff_id: int, today: date | None = None) -> StaffDetail:
    require(actor, STAFF_VIEW, "view the roster")
    emp = _get(session, staff_id)
    require_in_scope(session, actor, staff_id, "view this staff record")
    access = sensitive_access(actor)
    role = session.scalar(select(_role_name_subquery(literal(staff_id), today or clock.today()))) or ""
    return StaffDetail(
        id=emp.id, employee_no=emp.employee_no, name=emp.name, gender=emp.gender, phone=emp.phone,
        email=emp.email, wechat=emp.wechat,
        id_card_no=emp.id_card_no if access.id_card_view else mask_id_card(emp.id_card_no),
        department_id=emp.department_id, department=emp.department.name if emp.department else "",
        manager_id=emp.manager_id, manager=emp.manager.name if emp.manager else "", role=role,
        hire_date=emp.hire_date, status=emp.status, leave_date=emp.leave_date, leave_reason=emp.leave_reason,
        base_salary=emp.base_salary if access.salary_view else None,
        bank_account=emp.bank_account if access.bank_view else mask_bank_account(emp.bank_account),
        notes=emp.notes, version=emp.version, has_history=has_history(session, staff_id=staff_id),
        attendance_from_timesheets=bool(emp.attendance_from_timesheets),
        **{name: getattr(emp, name) if access.salary_view else None for name in WITHHOLDING_FIELDS},
        salary_visible=access.salary_view, id_card_visible=access.id_card_view, bank_visible=access.bank_view,
        leave_kind=emp.leave_kind or "",
    )


def has_history(session: Session, *, staff_id: int) -> bool:
    """True when deleting the person would lose history: any row of any table that refers to them (role
    assignments, reports, an account, a department they head, punches, cards, appraisals, payouts …). The
    onboarding checklist made with the record is not, until an item of it is ticked off."""
    load_all()  # every capability's tables, so none is missed
    employee_id = Employee.__table__.c.id
    checks = [exists().where(fk.parent == staff_id)
              for table in Base.metadata.sorted_tables for fk in table.foreign_keys
              if fk.column is employee_id and table is not OnboardingItem.__table__]
    checks.append(exists().where(OnboardingItem.employee_id == staff_id, OnboardingItem.done.is_(True)))
    return bool(session.scalar(select(or_(*checks))))


def department_choices(session: Session, *, actor: Actor) -> list[tuple[int, str]]:
    """(id, name) of the departments a staff record can be put in, in tree order of sort_order/name."""
    require(actor, STAFF_VIEW, "view the roster")
    rows = session.execute(select(Department.id, Department.name, Department.sort_order)
                           .where(Department.archived.is_(False)))
    return [(r[0], r[1]) for r in sorted(rows, key=lambda r: (r[2], text_key(r[1])))]


def manager_choices(session: Session, *, actor: Actor, exclude_id: int | None = None) -> list[tuple[int, str]]:
    """(id, "no. name") of the people who can be someone's manager (everyone who has not left)."""
    require(actor, STAFF_VIEW, "view the roster")
    query = select(Employee.id, Employee.employee_no, Employee.name).where(Employee.status != "left")
    if not can(actor, STAFF_EDIT):
        scope = visible_employee_ids(session, actor)
        if scope is not None:
            query = query.where(Employee.id.in_(scope))
    if exclude_id is not None:
        query = query.where(Employee.id != exclude_id)
    return [(r[0], f"{r[1]} {r[2]}") for r in session.execute(query.order_by(Employee.employee_no))]


# ---------------------------------------------------------------- validation


def _invalid(field: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field, code=code, **params)


def _clean(data: StaffInput) -> StaffInput:
    return StaffInput(
        employee_no=(data.employee_no or "").strip(), name=(data.name or "").strip(), hire_date=data.hire_date,
        gender=data.gender or "", phone=(data.phone or "").strip(), email=(data.email or "").strip(),
        wechat=(data.wechat or "").strip(),
        id_card_no=None if data.id_card_no is None else data.id_card_no.strip().upper(),
        department_id=data.department_id, manager_id=data.manager_id, status=data.status,
        base_salary=data.base_salary,
        bank_account=None if data.bank_account is None else re.sub(r"\s", "", data.bank_account),
        notes=data.notes or "",
        leave_date=data.leave_date if data.status == "left" else None,
        leave_reason=(data.leave_reason or "").strip() if data.status == "left" else "",
        attendance_from_timesheets=data.attendance_from_timesheets,
        social_insurance_base=data.social_insurance_base, housing_fund_base=data.housing_fund_base,
        additional_deduction=data.additional_deduction,
    )


def _validate(session: Session, data: StaffInput, staff_id: int | None) -> None:
    """Raise ValidationError for the first wrong field, in the order of the form."""
    if not data.employee_no:
        raise _invalid("employee_no", "required", "Enter the employee no.")
    if not is_valid_employee_no(data.employee_no):
        raise _invalid("employee_no", "employee_no_format",
                       "The employee no. may hold only letters, digits, '-' and '_' (at most 32).")
    taken = session.scalar(select(Employee.id).where(
        func.lower(Employee.employee_no) == data.employee_no.lower(),
        Employee.id != (staff_id or -1)))
    if taken:
        raise _invalid("employee_no", "employee_no_taken", "The employee no. {employee_no} is taken.",
                       employee_no=data.employee_no)
    if not data.name:
        raise _invalid("name", "required", "Enter the name.")
    if len(data.name) > 50:
        raise _invalid("name", "too_long", "The name is longer than {n} characters.", n=50)
    if data.gender not in GENDERS:
        raise _invalid("gender", "gender", "Unknown gender {gender}.", gender=data.gender)
    if data.phone and not is_valid_phone(data.phone):
        raise _invalid("phone", "phone_format", "{phone} is not a phone number.", phone=data.phone)
    if data.email and not is_valid_email(data.email):
        raise _invalid("email", "email_format", "{email} is not an e-mail address.", email=data.email)
    if data.id_card_no and not is_valid_id_card(data.id_card_no):
        raise _invalid("id_card_no", "id_card_check", "The ID-card number is not valid (check digit).")
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        raise _invalid("department_id", "unknown_department", "Department {key} does not exist.",
                       key=data.department_id)
    if data.manager_id is not None:
        if staff_id is not None and data.manager_id == staff_id:
            raise _invalid("manager_id", "manager_self", "A person cannot report to themselves.")
        if session.get(Employee, data.manager_id) is None:
            raise _invalid("manager_id", "unknown_manager", "Staff record {key} does not exist.",
                           key=data.manager_id)
        if staff_id is not None and _reports_to(session, data.manager_id, staff_id):
            raise _invalid("manager_id", "manager_cycle",
                           "This would make a reporting cycle: the chosen manager reports to this person.")
    if data.hire_date is None:
        raise _invalid("hire_date", "required", "Enter the hire date.")
    if data.status not in STAFF_STATUSES:
        raise _invalid("status", "status", "Unknown status {status}.", status=data.status)
    if data.leave_date is not None and data.leave_date < data.hire_date:
        raise _invalid("leave_date", "leave_before_hire", "The leave date is before the hire date.")
    if data.base_salary is not None and data.base_salary < 0:
        raise _invalid("base_salary", "salary_negative", "The salary cannot be negative.")
    for name in WITHHOLDING_FIELDS:
        if getattr(data, name) is not None and getattr(data, name) < 0:
            raise _invalid(name, "amount_negative", "The amount cannot be negative.")
    if data.bank_account and not _BANK.match(data.bank_account):
        raise _invalid("bank_account", "bank_format", "A bank account number has 8 to 30 digits.")


def _reports_to(session: Session, person_id: int, boss_id: int) -> bool:
    """True when person_id reports, directly or up the chain, to boss_id (or is boss_id)."""
    managers: dict[int, int | None] = {r[0]: r[1] for r in session.execute(select(Employee.id, Employee.manager_id))}
    seen: set[int] = set()
    current: int | None = person_id
    while current is not None and current not in seen:
        if current == boss_id:
            return True
        seen.add(current)
        current = managers.get(current)
    return False


def _check_sensitive_writes(actor: Actor, data: StaffInput) -> None:
    access = sensitive_access(actor)
    if data.base_salary is not None and not access.salary_edit:
        raise PermissionDenied(action="change salaries", field="base_salary")
    for name in WITHHOLDING_FIELDS:
        if getattr(data, name) is not None and not access.salary_edit:
            raise PermissionDenied(action="change salaries", field=name)
    if data.id_card_no is not None and not access.id_card_view:
        raise PermissionDenied(action="change ID-card numbers", field="id_card_no")
    if data.bank_account is not None and not access.bank_view:
        raise PermissionDenied(action="change bank accounts", field="bank_account")


def _snapshot(emp: Employee) -> dict:
    """An audit snapshot with the ID card and bank account masked (the log is not a place for them)."""
    snap = audit.snapshot(emp, exclude=_AUDIT_EXCLUDE)
    snap["id_card_no"] = mask_id_card(emp.id_card_no)
    snap["bank_account"] = mask_bank_account(emp.bank_account)
    return snap


def _apply(emp: Employee, data: StaffInput) -> None:
    emp.employee_no = data.employee_no
    emp.name = data.name
    emp.gender = data.gender
    emp.phone = data.phone
    emp.email = data.email
    emp.wechat = data.wechat
    emp.department_id = data.department_id
    emp.manager_id = data.manager_id
    emp.hire_date = data.hire_date
    emp.status = data.status
    emp.notes = data.notes
    if data.status == "left":
        emp.leave_date = data.leave_date
        emp.leave_reason = data.leave_reason
    else:
        emp.leave_date = None
        emp.leave_reason = ""
        emp.leave_kind = ""
    if data.id_card_no is not None:
        emp.id_card_no = data.id_card_no
    if data.bank_account is not None:
        emp.bank_account = data.bank_account
    if data.base_salary is not None:
        emp.base_salary = data.base_salary
    if data.attendance_from_timesheets is not None:
        emp.attendance_from_timesheets = data.attendance_from_timesheets
    for name in WITHHOLDING_FIELDS:
        if getattr(data, name) is not None:
            setattr(emp, name, getattr(data, name))


# ---------------------------------------------------------------- changing


def create_staff(session: Session, *, actor: Actor, data: StaffInput, checklist: bool = True) -> int:
    """A new staff record with, unless ``checklist`` is False, their onboarding checklist from the default
    template (``recruiting.hire`` makes it from the hired role's template instead)."""
    require(actor, STAFF_EDIT, "add staff")
    data = _clean(data)
    _check_sensitive_writes(actor, data)
    if data.status == "left":
        raise _invalid("status", "new_left", "A new staff record cannot start as left.")
    _validate(session, data, None)
    emp = Employee(base_salary=Decimal("0.00"), **{name: Decimal("0.00") for name in WITHHOLDING_FIELDS})
    _apply(emp, data)
    session.add(emp)
    session.flush()
    require_in_scope(session, actor, emp.id, "add staff outside your department")
    audit.record(session, actor, "create", ENTITY, emp.id, after=_snapshot(emp),
                 summary=f"{emp.employee_no} {emp.name}")
    if checklist:
        from shopteam.services.org.onboarding import start_checklist

        start_checklist(session, actor=actor, employee_id=emp.id, role_id=None)
    return emp.id


def update_staff(session: Session, *, actor: Actor, staff_id: int, data: StaffInput,
                 expected_version: int) -> None:
    require(actor, STAFF_EDIT, "edit staff records")
    emp = _get(session, staff_id)
    require_in_scope(session, actor, staff_id, "edit this staff record")
    check_version(session, emp, expected_version)
    data = _clean(data)
    _check_sensitive_writes(actor, data)
    if data.status == "left" and data.leave_date is None:
        data.leave_date = emp.leave_date
        if data.leave_date is None:
            raise _invalid("leave_date", "required", "Enter the leave date.")
    _validate(session, data, staff_id)
    before = _snapshot(emp)
    _apply(emp, data)
    _flush(session, emp)
    audit.record(session, actor, "update", ENTITY, emp.id, before=before, after=_snapshot(emp),
                 summary=f"{emp.employee_no} {emp.name}")


def _flush(session: Session, emp: Employee) -> None:
    session.flush()  # a save over someone else's newer one: ChangedElsewhere (db.versions.ShopSession)


def mark_left(session: Session, *, actor: Actor, staff_id: int, leave_date: date, reason: str = "",
              expected_version: int | None = None, kind: str = "") -> None:
    """The person leaves on ``leave_date`` (their last day); their open role assignments end that day.
    ``kind`` is how: 'resignation' (辞职), 'dismissal' (辞退) or '' (not said)."""
    require(actor, STAFF_EDIT, "mark staff as left")
    if kind not in ("", "resignation", "dismissal"):
        raise _invalid("leave_kind", "leave_kind", "Unknown way of leaving {kind}.", kind=kind)
    emp = _get(session, staff_id)
    require_in_scope(session, actor, staff_id, "edit this staff record")
    check_version(session, emp, expected_version)
    if leave_date is None:
        raise _invalid("leave_date", "required", "Enter the leave date.")
    if leave_date < emp.hire_date:
        raise _invalid("leave_date", "leave_before_hire", "The leave date is before the hire date.",
                       name=emp.name)
    before = _snapshot(emp)
    emp.status = "left"
    emp.leave_date = leave_date
    emp.leave_reason = (reason or "").strip()
    emp.leave_kind = kind
    open_roles = session.scalars(select(RoleAssignment).where(
        RoleAssignment.employee_id == staff_id, RoleAssignment.end_date.is_(None),
        RoleAssignment.start_date <= leave_date)).all()
    for assignment in open_roles:
        assignment.end_date = leave_date
    _flush(session, emp)
    after = _snapshot(emp)
    if open_roles:
        after["roles_ended"] = [a.id for a in open_roles]
    audit.record(session, actor, "leave", ENTITY, emp.id, before=before, after=after,
                 summary=audit.note("staff_left", employee_no=emp.employee_no, name=emp.name, kind=kind or "left",
                                    day=leave_date.isoformat(), reason=emp.leave_reason or "—"))


def rejoin(session: Session, *, actor: Actor, staff_id: int, status: str = "active") -> None:
    """Someone who left comes back: the status is set again and the leave date cleared."""
    require(actor, STAFF_EDIT, "edit staff records")
    emp = _get(session, staff_id)
    require_in_scope(session, actor, staff_id, "edit this staff record")
    if status not in ("probation", "active"):
        raise _invalid("status", "status", "Unknown status {status}.", status=status)
    if emp.status != "left":
        raise _invalid("status", "not_left", "{name} has not left.", name=emp.name)
    before = _snapshot(emp)
    emp.status = status
    emp.leave_date = None
    emp.leave_reason = ""
    emp.leave_kind = ""
    _flush(session, emp)
    audit.record(session, actor, "rejoin", ENTITY, emp.id, before=before, after=_snapshot(emp),
                 summary=f"{emp.employee_no} {emp.name}")


def delete_staff(session: Session, *, actor: Actor, staff_id: int) -> None:
    """Remove a record typed by mistake. Anyone with history must be marked as left instead."""
    require(actor, STAFF_EDIT, "delete staff records")
    emp = _get(session, staff_id)
    require_in_scope(session, actor, staff_id, "delete this staff record")
    if has_history(session, staff_id=staff_id):
        raise ValidationError("{name} has history (roles, attendance, tasks, appraisals, pay …) and cannot be "
                              "deleted. Mark them as left instead.", code="has_history", name=emp.name)
    before = _snapshot(emp)
    session.execute(delete(OnboardingItem).where(OnboardingItem.employee_id == staff_id))  # untouched, made with it
    session.delete(emp)
    session.flush()
    audit.record(session, actor, "delete", ENTITY, staff_id, before=before,
                 summary=f"{before['employee_no']} {before['name']}")
