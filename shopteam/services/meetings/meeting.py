"""The weekly meeting (周例会) itself: create it with the prefilled parts, keep the parts, issues,
decisions and action items, and find past meetings.

Who may do what: holding a meeting (creating it, notes, attendance, issues and decisions, action items)
needs ``meetings.edit`` for the meeting's department (the owner: any meeting, the shop's too; a manager:
the departments they head or belong to, and those below). Everybody edits their own part; a holder of
``meetings.edit`` also the parts of the people they see. A meeting is seen by those who may hold it and
by the people who have a part in it. The caller opens the transaction; every change writes an audit
record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.boards import Board
from shopteam.db.models.meetings import Meeting, MeetingAction, MeetingItem, MeetingPart
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.meetings import ITEM_KINDS, clean_text, normal_week
from shopteam.domain.presets import pick
from shopteam.services import audit
from shopteam.services.boards import cards
from shopteam.services.boards.cards import TITLE_MAX, CardInput
from shopteam.services.context import Actor
from shopteam.services.language import shop_language
from shopteam.services.meetings.prefill import prefill_parts
from shopteam.services.permissions import (
    MEETING_EDIT,
    can,
    managed_department_ids,
    require,
    visible_employee_ids,
)

ENTITY = "meeting"
CARD_TEXT = ("周例会 {week} 的待办事项", "Action item of the weekly meeting {week}")


@dataclass(frozen=True)
class PartRow:
    id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    summary: str
    plan: str
    attended: bool
    can_edit: bool
    version: int = 0  # as read: edit_part's expected_version


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: str  # issue, risk, decision
    text: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    text: str
    owner_id: int | None
    owner: str  # "工号 姓名", "" without an owner
    due_date: date | None
    board_id: int | None
    board: str
    card_id: int | None
    version: int = 0  # as read: make_card's expected_version


@dataclass
class MeetingDetail:
    id: int
    week: str
    department_id: int | None
    department: str  # "" for the shop's meeting
    held_on: date
    notes: str
    can_hold: bool
    parts: list[PartRow] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    week: str
    department_id: int | None
    department: str
    held_on: date
    people: int
    attended: int


# ------------------------------------------------------------------------------------------ helpers

def can_hold(session: Session, actor: Actor, department_id: int | None) -> bool:
    """Whether the actor may hold the meeting of ``department_id`` (None: the shop's)."""
    scope = managed_department_ids(session, actor, MEETING_EDIT)
    return scope is None or (department_id is not None and department_id in scope)


def can_edit_part(session: Session, actor: Actor, meeting: Meeting, employee_id: int) -> bool:
    if actor.employee_id is not None and actor.employee_id == employee_id:
        return True
    if not can(actor, MEETING_EDIT):
        return False
    if can_hold(session, actor, meeting.department_id):
        return True
    scope = visible_employee_ids(session, actor)
    return scope is None or employee_id in scope


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(what="Weekly meeting", key=meeting_id)
    return meeting


def _holding(session: Session, actor: Actor, meeting_id: int, action: str) -> Meeting:
    """The meeting, once the actor is known to hold it."""
    require(actor, MEETING_EDIT, action)
    meeting = get_meeting(session, meeting_id)
    if not can_hold(session, actor, meeting.department_id):
        raise PermissionDenied(action=action, permission=MEETING_EDIT)
    return meeting


def _part(session: Session, part_id: int) -> MeetingPart:
    part = session.get(MeetingPart, part_id)
    if part is None:
        raise NotFoundError(what="Meeting part", key=part_id)
    return part


def _title(session: Session, meeting: Meeting) -> audit.Summary:
    if meeting.department_id is None:
        return audit.note("meeting_shop", week=meeting.week)
    return audit.note("meeting_department", week=meeting.week,
                      department=session.get(Department, meeting.department_id).name)


def _person(session: Session, employee_id: int) -> Employee:
    emp = session.get(Employee, employee_id)
    if emp is None:
        raise ValidationError("Staff record {key} does not exist.", field="owner", key=employee_id)
    return emp


def find_meeting(session: Session, *, week: str, department_id: int | None = None) -> int | None:
    """The id of the week's meeting of the department (None: the shop's), if it has been created."""
    return session.scalar(select(Meeting.id).where(
        Meeting.week == normal_week(week),
        Meeting.department_id.is_(None) if department_id is None else Meeting.department_id == department_id))


# ------------------------------------------------------------------------------------------ create / read

def create_meeting(session: Session, *, actor: Actor, week: str, department_id: int | None = None,
                   held_on: date | None = None) -> int:
    """The meeting of ``week`` (``2026-W45``) for a department or, without one, the shop, with a part for
    each of its people prefilled from their cards and timesheets. One meeting per week and department."""
    require(actor, MEETING_EDIT, "hold weekly meetings")
    week = normal_week(week)
    if department_id is not None and session.get(Department, department_id) is None:
        raise NotFoundError(what="Department", key=department_id)
    if not can_hold(session, actor, department_id):
        raise PermissionDenied(action="hold this weekly meeting", permission=MEETING_EDIT)
    if find_meeting(session, week=week, department_id=department_id) is not None:
        raise ValidationError("The weekly meeting of {week} has already been created.", field="week",
                              code="meeting_exists", week=week)
    meeting = Meeting(week=week, department_id=department_id, held_on=held_on or clock.today(),
                      created_by=actor.username, created_at=clock.now())
    session.add(meeting)
    session.flush()
    now = clock.now()
    parts = prefill_parts(session, actor=actor, week=week, department_id=department_id)
    session.add_all([MeetingPart(meeting_id=meeting.id, employee_id=p.employee_id, summary=p.summary, plan=p.plan,
                                 attended=True, updated_by=actor.username, updated_at=now) for p in parts])
    session.flush()
    audit.record(session, actor, "create", ENTITY, meeting.id,
                 after={**audit.snapshot(meeting, exclude=("version", "created_at")),
                        "people": [p.employee_id for p in parts]},
                 summary=_title(session, meeting))
    return meeting.id


def read_meeting(session: Session, *, actor: Actor, meeting_id: int) -> MeetingDetail:
    meeting = get_meeting(session, meeting_id)
    holds = can_hold(session, actor, meeting.department_id)
    parts = session.execute(
        select(MeetingPart, Employee.employee_no, Employee.name, Department.name)
        .join(Employee, Employee.id == MeetingPart.employee_id)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(MeetingPart.meeting_id == meeting.id).order_by(Employee.employee_no)).all()
    if not holds and not any(part.employee_id == actor.employee_id for part, *_ in parts):
        raise PermissionDenied(action="see this weekly meeting")
    department = session.get(Department, meeting.department_id) if meeting.department_id else None
    detail = MeetingDetail(meeting.id, meeting.week, meeting.department_id, department.name if department else "",
                           meeting.held_on, meeting.notes, holds)
    detail.parts = [PartRow(part.id, part.employee_id, no, name, dep or "", part.summary, part.plan, part.attended,
                            can_edit_part(session, actor, meeting, part.employee_id), part.version)
                    for part, no, name, dep in parts]
    detail.items = [ItemRow(i.id, i.kind, i.text) for i in session.scalars(
        select(MeetingItem).where(MeetingItem.meeting_id == meeting.id).order_by(MeetingItem.id))]
    rows = session.execute(
        select(MeetingAction, Employee.employee_no, Employee.name, Board.name)
        .outerjoin(Employee, Employee.id == MeetingAction.owner_id)
        .outerjoin(Board, Board.id == MeetingAction.board_id)
        .where(MeetingAction.meeting_id == meeting.id).order_by(MeetingAction.id)).all()
    detail.actions = [ActionRow(a.id, a.text, a.owner_id, f"{no} {name}" if no else "", a.due_date, a.board_id,
                                board or "", a.card_id, a.version) for a, no, name, board in rows]
    return detail


def list_meetings(session: Session, *, actor: Actor, week: str | None = None, department_id: int | None = None,
                  text: str | None = None) -> list[MeetingRow]:
    """The meetings the actor may see, newest week first; ``text`` finds it in the notes, the parts, the
    issues and decisions or the action items (ignoring case)."""
    query = select(Meeting, Department.name).outerjoin(Department, Department.id == Meeting.department_id)
    scope = managed_department_ids(session, actor, MEETING_EDIT)
    if scope is not None:
        mine = exists().where(MeetingPart.meeting_id == Meeting.id, MeetingPart.employee_id == actor.employee_id)
        query = query.where(or_(Meeting.department_id.in_(scope), mine) if scope else mine)
    if week:
        query = query.where(Meeting.week == normal_week(week))
    if department_id is not None:
        query = query.where(Meeting.department_id == department_id)
    if text and text.strip():
        pattern = f"%{text.strip()}%"
        query = query.where(or_(
            Meeting.notes.ilike(pattern),
            exists().where(MeetingPart.meeting_id == Meeting.id,
                           or_(MeetingPart.summary.ilike(pattern), MeetingPart.plan.ilike(pattern))),
            exists().where(MeetingItem.meeting_id == Meeting.id, MeetingItem.text.ilike(pattern)),
            exists().where(MeetingAction.meeting_id == Meeting.id, MeetingAction.text.ilike(pattern))))
    meetings = session.execute(query.order_by(Meeting.week.desc(), Department.name.is_not(None), Department.name)).all()
    counts: dict[int, list[int]] = {m.id: [0, 0] for m, _name in meetings}
    if counts:
        for meeting_id, attended in session.execute(
                select(MeetingPart.meeting_id, MeetingPart.attended).where(MeetingPart.meeting_id.in_(list(counts)))):
            counts[meeting_id][0] += 1
            counts[meeting_id][1] += bool(attended)
    return [MeetingRow(m.id, m.week, m.department_id, name or "", m.held_on, *counts[m.id]) for m, name in meetings]


# ------------------------------------------------------------------------------------------ changes

def edit_part(session: Session, *, actor: Actor, part_id: int, summary: str | None = None,
              plan: str | None = None, expected_version: int | None = None) -> None:
    """Change a person's summary and/or plan (None keeps it): one's own, or as the holder of the meeting.
    ``expected_version``: the part's version the screen showed (someone else's newer text is not overwritten)."""
    part = _part(session, part_id)
    check_version(session, part, expected_version)
    meeting = get_meeting(session, part.meeting_id)
    if not can_edit_part(session, actor, meeting, part.employee_id):
        raise PermissionDenied(action="edit this part of the weekly meeting")
    before = audit.snapshot(part, exclude=("updated_at",))
    if summary is not None:
        part.summary = clean_text(summary, "summary")
    if plan is not None:
        part.plan = clean_text(plan, "plan")
    part.updated_by, part.updated_at = actor.username, clock.now()
    session.flush()
    emp = session.get(Employee, part.employee_id)
    audit.record(session, actor, "update", "meeting_part", part.id, before=before,
                 after=audit.snapshot(part, exclude=("updated_at",)),
                 summary=audit.note("meeting_part", week=meeting.week, employee_no=emp.employee_no, name=emp.name))


def set_attended(session: Session, *, actor: Actor, part_id: int, attended: bool) -> None:
    """Mark a person present at (or absent from) the meeting: the holder of the meeting does."""
    part = _part(session, part_id)
    meeting = _holding(session, actor, part.meeting_id, "take the attendance of this weekly meeting")
    if part.attended == bool(attended):
        return
    before = audit.snapshot(part, exclude=("updated_at",))
    part.attended = bool(attended)
    session.flush()
    emp = session.get(Employee, part.employee_id)
    audit.record(session, actor, "update", "meeting_part", part.id, before=before,
                 after=audit.snapshot(part, exclude=("updated_at",)),
                 summary=audit.note("meeting_attendance", week=meeting.week, employee_no=emp.employee_no,
                                    name=emp.name, state="attended" if attended else "absent"))


def set_notes(session: Session, *, actor: Actor, meeting_id: int, notes: str, held_on: date | None = None) -> None:
    meeting = _holding(session, actor, meeting_id, "change this weekly meeting")
    before = audit.snapshot(meeting, exclude=("version", "created_at"))
    meeting.notes = clean_text(notes, "notes")
    if held_on is not None:
        meeting.held_on = held_on
    session.flush()
    audit.record(session, actor, "update", ENTITY, meeting.id, before=before,
                 after=audit.snapshot(meeting, exclude=("version", "created_at")),
                 summary=audit.note("meeting_notes", week=meeting.week))


def add_item(session: Session, *, actor: Actor, meeting_id: int, kind: str, text: str) -> int:
    """Note an issue (问题), a risk (风险) or a decision (决议)."""
    meeting = _holding(session, actor, meeting_id, "change this weekly meeting")
    if kind not in ITEM_KINDS:
        raise ValidationError("Unknown kind {kind}.", field="kind", code="item_kind", kind=kind)
    text = clean_text(text, "text")
    if not text:
        raise ValidationError("Enter the text.", field="text", code="text_empty")
    item = MeetingItem(meeting_id=meeting.id, kind=kind, text=text, created_by=actor.username,
                       created_at=clock.now())
    session.add(item)
    session.flush()
    audit.record(session, actor, "create", "meeting_item", item.id, after=audit.snapshot(item, exclude=("created_at",)),
                 summary=audit.note("meeting_item", week=meeting.week, kind=kind, text=text))
    return item.id


def remove_item(session: Session, *, actor: Actor, item_id: int) -> None:
    item = session.get(MeetingItem, item_id)
    if item is None:
        raise NotFoundError(what="Meeting item", key=item_id)
    meeting = _holding(session, actor, item.meeting_id, "change this weekly meeting")
    before = audit.snapshot(item, exclude=("created_at",))
    session.delete(item)
    session.flush()
    audit.record(session, actor, "delete", "meeting_item", item_id, before=before,
                 summary=audit.note("meeting_item_removed", week=meeting.week, kind=before["kind"],
                                    text=before["text"]))


def add_action(session: Session, *, actor: Actor, meeting_id: int, text: str, owner_id: int | None,
               due_date: date | None = None, board_id: int | None = None) -> int:
    """An action item (待办事项) for its owner by its due date; with a board it becomes a card there at once
    (:func:`make_card`)."""
    meeting = _holding(session, actor, meeting_id, "change this weekly meeting")
    text = clean_text(text, "text")
    if not text:
        raise ValidationError("Enter the text.", field="text", code="text_empty")
    owner = _person(session, owner_id) if owner_id is not None else None
    action = MeetingAction(meeting_id=meeting.id, text=text, owner_id=owner_id, due_date=due_date,
                           created_by=actor.username, created_at=clock.now())
    session.add(action)
    session.flush()
    audit.record(session, actor, "create", "meeting_action", action.id,
                 after=audit.snapshot(action, exclude=("created_at",)),
                 summary=audit.note("meeting_action", week=meeting.week, text=text,
                                    name=f"{owner.employee_no} {owner.name}" if owner else "-",
                                    day=due_date.isoformat() if due_date else "-"))
    if board_id is not None:
        make_card(session, actor=actor, action_id=action.id, board_id=board_id)
    return action.id


def make_card(session: Session, *, actor: Actor, action_id: int, board_id: int | None = None,
              expected_version: int | None = None) -> int:
    """The card of an action item on ``board_id`` (default: the board it names): its text as the title,
    its owner as the assignee, its due date; the card creation rules of the board apply. Once only.
    ``expected_version``: the action item as the screen showed it (made a card elsewhere since: who and when)."""
    action = session.get(MeetingAction, action_id)
    if action is None:
        raise NotFoundError(what="Action item", key=action_id)
    meeting = _holding(session, actor, action.meeting_id, "change this weekly meeting")
    check_version(session, action, expected_version)
    if action.card_id is not None:
        raise ValidationError("The action item is already card {card}.", field="board", code="action_has_card",
                              card=action.card_id)
    board_id = board_id if board_id is not None else action.board_id
    if board_id is None:
        raise ValidationError("Choose the board of the card.", field="board", code="board_missing")
    data = CardInput(title=action.text.splitlines()[0][:TITLE_MAX], description=action.text,
                     due_date=action.due_date, assignee_ids=(action.owner_id,) if action.owner_id else ())
    data.description = f"{pick(CARD_TEXT, shop_language(session)).format(week=meeting.week)}\n{action.text}"
    card_id = cards.create_card(session, actor=actor, board_id=board_id, data=data)
    before = audit.snapshot(action, exclude=("created_at",))
    action.board_id, action.card_id = board_id, card_id
    session.flush()
    audit.record(session, actor, "update", "meeting_action", action.id, before=before,
                 after=audit.snapshot(action, exclude=("created_at",)),
                 summary=audit.note("meeting_action_card", week=meeting.week, text=action.text, card=data.title,
                                    board=session.get(Board, board_id).name))
    return card_id
