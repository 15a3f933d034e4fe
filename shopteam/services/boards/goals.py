"""Goals (目标) for the shop, a department or a person, per year, quarter or month, decomposed through
parent goals. Progress rolls up: a goal with its own actual has progress actual / target; a goal without
one has the mean progress of its children that have any; a goal with neither has none. An actual is typed
(``set_actual``) or filled from cards (``actual_from_cards``: the number of done cards linked to it).

Everyone sees the goals; the owner changes any; a manager changes the goals of the departments they
manage and of the people they see. The caller opens the transaction; every change is audited.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.boards import GOAL_PERIODS, GOAL_SCOPES, Card, Goal
from shopteam.db.versions import check_version
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.boards import board as boards
from shopteam.services.context import Actor
from shopteam.services.permissions import BOARDS_MANAGE, can, visible_employee_ids

ENTITY = "goal"


@dataclass(frozen=True)
class GoalInput:
    name: str
    year: int
    period: str = "year"
    number: int | None = None
    scope: str = "shop"
    department_id: int | None = None
    employee_id: int | None = None
    metric: str = ""
    unit: str = ""
    target: float = 0.0
    actual: float | None = None
    actual_from_cards: bool = False
    parent_id: int | None = None
    owner_id: int | None = None
    deadline: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class GoalRow:
    id: int
    data: GoalInput
    actual: float | None  # the goal's own (typed or from cards)
    progress: float | None  # 0.0 … (above 1.0 when exceeded)
    owner: str
    department: str
    employee: str
    children: int
    can_edit: bool
    version: int


def _can_edit(session: Session, actor: Actor, scope: str, department_id: int | None, employee_id: int | None,
              cache: dict | None = None) -> bool:
    if actor.is_owner:
        return True
    if not can(actor, BOARDS_MANAGE):
        return False
    cache = cache if cache is not None else {}
    if "deps" not in cache:
        cache["deps"] = boards.managed_departments(session, actor)
        cache["people"] = visible_employee_ids(session, actor)
    if scope == "department":
        return department_id is not None and (cache["deps"] is None or department_id in cache["deps"])
    if scope == "person":
        return employee_id is not None and (cache["people"] is None or employee_id in cache["people"])
    return False


def _check(session: Session, data: GoalInput) -> GoalInput:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError("Enter the goal's name.", field="name")
    if data.scope not in GOAL_SCOPES:
        raise ValidationError("Unknown goal scope {scope}.", field="scope", scope=data.scope)
    if data.period not in GOAL_PERIODS:
        raise ValidationError("Unknown goal period {period}.", field="period", period=data.period)
    number = None if data.period == "year" else data.number
    limit = {"quarter": 4, "month": 12}.get(data.period)
    if limit and (number is None or not 1 <= number <= limit):
        raise ValidationError("Choose the quarter (1–4) or month (1–12).", field="number")
    if not 2000 <= data.year <= 2100:
        raise ValidationError("The year {year} is not valid.", field="year", year=data.year)
    if data.scope == "department" and data.department_id is None:
        raise ValidationError("Choose the department.", field="department")
    if data.scope == "person" and data.employee_id is None:
        raise ValidationError("Choose the person.", field="employee")
    if data.target is None or data.target < 0:
        raise ValidationError("The target cannot be negative.", field="target")
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        raise ValidationError("Department {key} does not exist.", field="department", key=data.department_id)
    for key, fieldname in ((data.employee_id, "employee"), (data.owner_id, "owner")):
        if key is not None and session.get(Employee, key) is None:
            raise ValidationError("Staff record {key} does not exist.", field=fieldname, key=key)
    if data.parent_id is not None and session.get(Goal, data.parent_id) is None:
        raise ValidationError("Goal {key} does not exist.", field="parent", key=data.parent_id)
    return replace(data, name=name[:200], number=number, metric=data.metric.strip(), unit=data.unit.strip(),
                   department_id=data.department_id if data.scope == "department" else None,
                   employee_id=data.employee_id if data.scope == "person" else None)


def _apply(goal: Goal, data: GoalInput) -> None:
    for key in GoalInput.__dataclass_fields__:
        setattr(goal, key, getattr(data, key))


def _get(session: Session, goal_id: int) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError(what="Goal", key=goal_id)
    return goal


def create_goal(session: Session, *, actor: Actor, data: GoalInput) -> int:
    data = _check(session, data)
    if not _can_edit(session, actor, data.scope, data.department_id, data.employee_id):
        raise PermissionDenied(action="set this goal")
    goal = Goal()
    _apply(goal, data)
    session.add(goal)
    session.flush()
    audit.record(session, actor, "create", ENTITY, goal.id, after=audit.snapshot(goal, exclude=("version",)), summary=audit.note("goal", goal=goal.name))
    return goal.id


def update_goal(session: Session, *, actor: Actor, goal_id: int, data: GoalInput, version: int | None = None) -> None:
    goal = _get(session, goal_id)
    if not _can_edit(session, actor, goal.scope, goal.department_id, goal.employee_id):
        raise PermissionDenied(action="change this goal")
    check_version(session, goal, version)
    data = _check(session, data)
    if not _can_edit(session, actor, data.scope, data.department_id, data.employee_id):
        raise PermissionDenied(action="set this goal")
    parent = data.parent_id
    while parent is not None:
        if parent == goal.id:
            raise ValidationError("A goal cannot be part of itself.", field="parent")
        parent = session.scalar(select(Goal.parent_id).where(Goal.id == parent))
    before = audit.snapshot(goal, exclude=("version",))
    _apply(goal, data)
    session.flush()
    audit.record(session, actor, "update", ENTITY, goal.id, before=before, after=audit.snapshot(goal, exclude=("version",)),
                 summary=audit.note("goal", goal=goal.name))


def set_actual(session: Session, *, actor: Actor, goal_id: int, actual: float | None) -> None:
    """Type the goal's actual (None clears it, so progress rolls up from the children again)."""
    goal = _get(session, goal_id)
    if not _can_edit(session, actor, goal.scope, goal.department_id, goal.employee_id):
        raise PermissionDenied(action="change this goal")
    before = {"actual": goal.actual, "actual_from_cards": goal.actual_from_cards}
    goal.actual, goal.actual_from_cards = actual, False
    session.flush()
    audit.record(session, actor, "update", ENTITY, goal.id, before=before,
                 after={"actual": actual, "actual_from_cards": False}, summary=audit.note("goal", goal=goal.name))


def archive_goal(session: Session, *, actor: Actor, goal_id: int, archived: bool = True) -> None:
    goal = _get(session, goal_id)
    if not _can_edit(session, actor, goal.scope, goal.department_id, goal.employee_id):
        raise PermissionDenied(action="change this goal")
    goal.archived = archived
    session.flush()
    audit.record(session, actor, "archive" if archived else "restore", ENTITY, goal.id,
                 before={"archived": not archived}, after={"archived": archived}, summary=audit.note("goal", goal=goal.name))


def split_goal(session: Session, *, actor: Actor, goal_id: int) -> list[int]:
    """Break a year goal into four quarter goals, or a quarter goal into its three months, each with an
    equal share of the target and the same metric, scope and owner. Returns the new goals' ids."""
    goal = _get(session, goal_id)
    if goal.period == "year":
        parts = [("quarter", q) for q in range(1, 5)]
    elif goal.period == "quarter":
        parts = [("month", (goal.number - 1) * 3 + m) for m in range(1, 4)]
    else:
        raise ValidationError("A month goal cannot be split further.", field="period")
    base = GoalInput(name=goal.name, year=goal.year, scope=goal.scope, department_id=goal.department_id,
                     employee_id=goal.employee_id, metric=goal.metric, unit=goal.unit, parent_id=goal.id,
                     owner_id=goal.owner_id, actual_from_cards=goal.actual_from_cards)
    share = goal.target / len(parts)
    return [create_goal(session, actor=actor, data=replace(base, period=period, number=number, target=share))
            for period, number in parts]


# ------------------------------------------------------------------------------------------ reading

def progress_of(own: dict[int, float | None], children: dict[int | None, list[int]], goal_id: int,
                seen: frozenset[int] = frozenset()) -> float | None:
    """Roll-up: the goal's own progress, else the mean of its children's progress (those that have one)."""
    if own.get(goal_id) is not None:
        return own[goal_id]
    values = [p for child in children.get(goal_id, ()) if child not in seen
              if (p := progress_of(own, children, child, seen | {goal_id})) is not None]
    return sum(values) / len(values) if values else None


def list_goals(session: Session, *, actor: Actor, year: int | None = None,
               include_archived: bool = False) -> list[GoalRow]:
    """Goals (of one year, or all), parents before children, with their actual and rolled-up progress."""
    query = select(Goal).order_by(Goal.year, Goal.period != "year", Goal.number, Goal.id)
    if year is not None:
        query = query.where(Goal.year == year)
    if not include_archived:
        query = query.where(Goal.archived.is_(False))
    goals = list(session.scalars(query))
    from_cards = dict(session.execute(
        select(Card.goal_id, func.count()).where(Card.goal_id.is_not(None), Card.done_at.is_not(None),
                                                Card.recurrence == "none").group_by(Card.goal_id)).all())
    names = dict(session.execute(select(Employee.id, Employee.name)).all())
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    children: dict[int | None, list[int]] = defaultdict(list)
    actuals: dict[int, float | None] = {}
    own: dict[int, float | None] = {}
    for g in goals:
        children[g.parent_id].append(g.id)
        actual = float(from_cards.get(g.id, 0)) if g.actual_from_cards else g.actual
        actuals[g.id] = actual
        own[g.id] = None if actual is None or not g.target else actual / g.target
    cache: dict = {}
    rows = []
    for g in goals:
        data = GoalInput(**{k: getattr(g, k) for k in GoalInput.__dataclass_fields__})
        rows.append(GoalRow(
            id=g.id, data=data, actual=actuals[g.id], progress=progress_of(own, children, g.id),
            owner=names.get(g.owner_id, ""), department=departments.get(g.department_id, ""),
            employee=names.get(g.employee_id, ""), children=len(children.get(g.id, ())),
            can_edit=_can_edit(session, actor, g.scope, g.department_id, g.employee_id, cache), version=g.version))
    return rows


def goal_choices(session: Session) -> list[tuple[int, str]]:
    """(id, label) of the goals a card may link to, newest year first."""
    rows = session.execute(select(Goal.id, Goal.name, Goal.year, Goal.period, Goal.number)
                           .where(Goal.archived.is_(False)).order_by(Goal.year.desc(), Goal.id)).all()
    result = []
    for gid, name, year, period, number in rows:
        suffix = {"year": f"{year}", "quarter": f"{year} Q{number}", "month": f"{year}-{number:02d}" if number else ""}
        result.append((gid, f"{name} ({suffix[period]})"))
    return result
