"""Task cards (任务卡片): create, edit, archive, assign, checklist, comments, moves, and recurring cards.

Who may do what with a card: the owner everything; a manager every card of the boards they manage
(boards.managed_departments); anyone the cards they are assigned to. Staff may create cards for
themselves on any board. Everybody may comment on any card (every board is visible to everyone).

Every move is recorded in ``card_move`` (the card's creation too, as a move from no column), which is
what the flow metrics (flow.py) and the card's history read. Moving a card into the done column sets its
``done_at``; moving it out clears it. Positions in a column are renumbered 0…n-1 on every move. The
caller opens the transaction; every change writes an audit record.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.boards import (
    PRIORITIES,
    RECURRENCE_SCOPES,
    RECURRENCES,
    Board,
    BoardColumn,
    Card,
    CardComment,
    CardMove,
    ChecklistItem,
    Goal,
    card_assignee,
)
from shopteam.db.versions import check_version
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.presets import pick
from shopteam.services import audit
from shopteam.services.boards import board as boards
from shopteam.services.context import Actor
from shopteam.services.language import shop_language

ENTITY = "card"
TITLE_MAX = 200
TAGS_MAX = 200
WEEKLY_REPORT_TITLE = ("周报", "Weekly report")
WEEKLY_REPORT_TEXT = ("本周工作总结 / 下周工作计划", "This week's summary / next week's plan")
_CARD = Card.__table__


@dataclass
class CardInput:
    title: str
    description: str = ""
    priority: int = 1
    tags: tuple[str, ...] = ()
    start_date: date | None = None
    due_date: date | None = None
    estimate_hours: float | None = None
    goal_id: int | None = None
    assignee_ids: tuple[int, ...] = ()
    recurrence: str = "none"
    recurrence_weekday: int | None = None
    recurrence_day: int | None = None
    recurrence_scope: str = "card"


@dataclass(frozen=True)
class MoveRow:
    at: datetime
    username: str
    from_column: str  # "" for the card's creation
    to_column: str
    from_position: int | None
    to_position: int


@dataclass(frozen=True)
class CommentRow:
    id: int
    at: datetime
    username: str
    body: str


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    text: str
    done: bool


@dataclass
class CardDetail:
    id: int
    board_id: int
    board_name: str
    column_id: int
    column_name: str
    data: CardInput
    assignees: list[tuple[int, str]]
    archived: bool
    done_at: datetime | None
    created_at: datetime
    created_by: str
    version: int
    can_edit: bool
    checklist: list[ChecklistRow] = field(default_factory=list)
    comments: list[CommentRow] = field(default_factory=list)
    moves: list[MoveRow] = field(default_factory=list)


# ------------------------------------------------------------------------------------------ helpers

def _snap(card: Card) -> dict:
    return audit.snapshot(card, exclude=("updated_at", "version", "created_at"))


def get_card(session: Session, card_id: int) -> Card:
    card = session.get(Card, card_id)
    if card is None:
        raise NotFoundError(what="Card", key=card_id)
    return card


def assignee_ids(session: Session, card_id: int) -> set[int]:
    return set(session.scalars(select(card_assignee.c.employee_id).where(card_assignee.c.card_id == card_id)))


def can_edit(session: Session, actor: Actor, card: Card, board: Board | None = None) -> bool:
    return _can_edit_ids(session, actor, card.id, card.board_id, board)


def _can_edit_ids(session: Session, actor: Actor, card_id: int, board_id: int, board: Board | None = None) -> bool:
    if actor.is_owner:
        return True
    if actor.employee_id is not None and actor.employee_id in assignee_ids(session, card_id):
        return True
    return boards.can_manage(session, actor, board or session.get(Board, board_id))


def require_edit(session: Session, actor: Actor, card: Card, action: str = "change this card") -> None:
    if not can_edit(session, actor, card):
        raise PermissionDenied(action=action)


def _check(session: Session, data: CardInput) -> CardInput:
    title = (data.title or "").strip()
    if not title:
        raise ValidationError("Enter the card's title.", field="title")
    if len(title) > TITLE_MAX:
        raise ValidationError("The title is longer than {n} characters.", field="title", n=TITLE_MAX)
    if data.priority not in PRIORITIES:
        raise ValidationError("Unknown priority {priority}.", field="priority", priority=data.priority)
    tags = tuple(dict.fromkeys(t.strip().replace(",", " ") for t in data.tags if t and t.strip()))
    if len(",".join(tags)) > TAGS_MAX:
        raise ValidationError("The tags are longer than {n} characters.", field="tags", n=TAGS_MAX)
    if data.start_date and data.due_date and data.due_date < data.start_date:
        raise ValidationError("The due date is before the start date.", field="due_date")
    if data.estimate_hours is not None and data.estimate_hours < 0:
        raise ValidationError("The estimate cannot be negative.", field="estimate_hours")
    if data.goal_id is not None and session.get(Goal, data.goal_id) is None:
        raise ValidationError("Goal {key} does not exist.", field="goal", key=data.goal_id)
    if data.recurrence not in RECURRENCES:
        raise ValidationError("Unknown recurrence {recurrence}.", field="recurrence", recurrence=data.recurrence)
    if data.recurrence_scope not in RECURRENCE_SCOPES:
        raise ValidationError("Unknown recurrence {recurrence}.", field="recurrence", recurrence=data.recurrence_scope)
    if data.recurrence == "weekly" and data.recurrence_weekday not in range(7):
        raise ValidationError("Choose the weekday the card recurs on.", field="recurrence")
    if data.recurrence == "monthly" and data.recurrence_day not in range(1, 32):
        raise ValidationError("Choose the day of the month the card recurs on (1–31).", field="recurrence")
    ids = tuple(dict.fromkeys(data.assignee_ids))
    if ids:
        found = set(session.scalars(select(Employee.id).where(Employee.id.in_(ids))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError("Staff record {key} does not exist.", field="assignees", key=missing[0])
    return CardInput(
        title=title, description=data.description or "", priority=data.priority, tags=tags,
        start_date=data.start_date, due_date=data.due_date, estimate_hours=data.estimate_hours,
        goal_id=data.goal_id, assignee_ids=ids, recurrence=data.recurrence,
        recurrence_weekday=data.recurrence_weekday if data.recurrence == "weekly" else None,
        recurrence_day=data.recurrence_day if data.recurrence == "monthly" else None,
        recurrence_scope=data.recurrence_scope if data.recurrence != "none" else "card")


def _apply(card: Card, data: CardInput) -> None:
    card.title, card.description, card.priority = data.title, data.description, data.priority
    card.tags = ",".join(data.tags)
    card.start_date, card.due_date, card.estimate_hours = data.start_date, data.due_date, data.estimate_hours
    card.goal_id = data.goal_id
    card.recurrence, card.recurrence_scope = data.recurrence, data.recurrence_scope
    card.recurrence_weekday, card.recurrence_day = data.recurrence_weekday, data.recurrence_day


def _set_assignees(session: Session, card_id: int, ids: tuple[int, ...]) -> None:
    session.execute(delete(card_assignee).where(card_assignee.c.card_id == card_id))
    if ids:
        session.execute(insert(card_assignee), [{"card_id": card_id, "employee_id": i} for i in ids])


def _column_ids(session: Session, column_id: int, exclude: int | None = None) -> list[int]:
    """The ids of the cards shown in a column, in order (templates and archived cards are not)."""
    query = (select(Card.id).where(Card.column_id == column_id, Card.archived.is_(False),
                                   Card.recurrence == "none").order_by(Card.position, Card.id))
    return [i for i in session.scalars(query) if i != exclude]


def _column_rows(session: Session, column_id: int) -> list[tuple[int, int]]:
    """(id, position) of the cards shown in a column, in order."""
    return [(i, p) for i, p in session.execute(
        select(Card.id, Card.position).where(Card.column_id == column_id, Card.archived.is_(False),
                                             Card.recurrence == "none").order_by(Card.position, Card.id))]


def _contiguous(rows: list[tuple[int, int]]) -> bool:
    return all(position == i for i, (_id, position) in enumerate(rows))


def _shift(session: Session, column_id: int, low: int, high: int | None, step: int) -> None:
    """Add ``step`` to the position of the column's shown cards from ``low`` to ``high`` (inclusive)."""
    condition = ((_CARD.c.column_id == column_id) & (_CARD.c.position >= low) & _CARD.c.archived.is_(False)
                 & (_CARD.c.recurrence == "none"))
    if high is not None:
        condition = condition & (_CARD.c.position <= high)
    session.execute(update(_CARD).where(condition).values(position=_CARD.c.position + step),
                    execution_options={"synchronize_session": False})


def _renumber(session: Session, ids: list[int], old: dict[int, int] | None = None) -> None:
    old = old or {}
    changed = [{"cid": cid, "pos": pos} for pos, cid in enumerate(ids) if old.get(cid) != pos]
    if changed:
        session.execute(update(_CARD).where(_CARD.c.id == bindparam("cid")).values(position=bindparam("pos")),
                        changed, execution_options={"synchronize_session": False})


def _record_move(session: Session, actor: Actor | None, card_id: int, from_column: int | None, to_column: int,
                 from_position: int | None, to_position: int, at: datetime) -> None:
    session.execute(insert(CardMove), [{
        "card_id": card_id, "from_column_id": from_column, "to_column_id": to_column,
        "from_position": from_position, "to_position": to_position,
        "user_id": actor.user_id if actor else None, "username": actor.username if actor else "system", "at": at}])


# ------------------------------------------------------------------------------------------ create / edit

def create_card(session: Session, *, actor: Actor, board_id: int, data: CardInput, column_id: int | None = None,
                position: int | None = None, now: datetime | None = None) -> int:
    """A new card at ``position`` (default: the end) of ``column_id`` (default: the first column).
    Staff who may not manage the board create cards for themselves only."""
    board = boards.get_board(session, board_id)
    if board.archived:
        raise ValidationError("The board {name} is archived.", field="board", name=board.name)
    data = _check(session, data)
    if not boards.can_manage(session, actor, board):
        if actor.employee_id is None or set(data.assignee_ids) - {actor.employee_id}:
            raise PermissionDenied(action="create cards for others on this board")
        data.assignee_ids = (actor.employee_id,)
    columns = boards.active_columns(session, board_id)
    if not columns:
        raise ValidationError("The board {name} has no columns.", field="board", name=board.name)
    column = columns[0] if column_id is None else next((c for c in columns if c.id == column_id), None)
    if column is None:
        raise NotFoundError(what="Column", key=column_id)
    now = now or clock.now()
    card = Card(board_id=board_id, column_id=column.id, position=0, created_by_id=actor.user_id, created_at=now,
                updated_at=now, done_at=now if column.is_done else None)
    _apply(card, data)
    session.add(card)
    session.flush()
    _set_assignees(session, card.id, data.assignee_ids)
    if card.recurrence == "none":
        ids = _column_ids(session, column.id, exclude=card.id)
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        ids.insert(position, card.id)
        _renumber(session, ids)
        _record_move(session, actor, card.id, None, column.id, None, position, now)
    session.refresh(card)
    audit.record(session, actor, "create", ENTITY, card.id,
                 after={**_snap(card), "assignees": list(data.assignee_ids)},
                 summary=audit.note("card_on_board", card=card.title, board=board.name))
    return card.id


def update_card(session: Session, *, actor: Actor, card_id: int, data: CardInput, version: int | None = None) -> None:
    """Change a card's fields and assignees. ``version`` (as read) detects someone else's change."""
    card = get_card(session, card_id)
    require_edit(session, actor, card)
    check_version(session, card, version)
    data = _check(session, data)
    board = session.get(Board, card.board_id)
    before = {**_snap(card), "assignees": sorted(assignee_ids(session, card.id))}
    if not boards.can_manage(session, actor, board) and set(data.assignee_ids) != set(before["assignees"]):
        if set(data.assignee_ids) - set(before["assignees"]) - {actor.employee_id}:
            raise PermissionDenied(action="assign cards to others on this board")
    _apply(card, data)
    session.flush()
    _set_assignees(session, card.id, data.assignee_ids)
    audit.record(session, actor, "update", ENTITY, card.id, before=before,
                 after={**_snap(card), "assignees": sorted(data.assignee_ids)}, summary=audit.note("card", card=card.title))


def assign(session: Session, *, actor: Actor, card_id: int, employee_ids: list[int]) -> None:
    """Replace the card's assignees."""
    detail = read_card(session, actor=actor, card_id=card_id)
    data = detail.data
    data.assignee_ids = tuple(employee_ids)
    update_card(session, actor=actor, card_id=card_id, data=data)


def archive_card(session: Session, *, actor: Actor, card_id: int, archived: bool = True) -> None:
    """Cards are archived, never deleted: they carry history."""
    card = get_card(session, card_id)
    require_edit(session, actor, card, "archive this card")
    before = _snap(card)
    card.archived = archived
    if not archived and card.recurrence == "none":
        card.position = len(_column_ids(session, card.column_id, exclude=card.id))
    session.flush()
    audit.record(session, actor, "archive" if archived else "restore", ENTITY, card.id, before=before,
                 after=_snap(card), summary=audit.note("card", card=card.title))


# ------------------------------------------------------------------------------------------ moves

def move_card(session: Session, *, actor: Actor, card_id: int, to_column_id: int, to_position: int,
              now: datetime | None = None) -> bool:
    """Put the card at ``to_position`` (0-based, clamped) of ``to_column_id`` on the same board, renumber
    both columns and record the move. Returns False when the card is already there (nothing recorded)."""
    row = session.execute(select(Card.board_id, Card.column_id, Card.position, Card.recurrence, Card.archived,
                                 Card.title).where(Card.id == card_id)).first()
    if row is None:
        raise NotFoundError(what="Card", key=card_id)
    board_id, from_column, _old_position, recurrence, archived, title = row
    target_column = session.execute(select(BoardColumn.board_id, BoardColumn.is_done, BoardColumn.archived)
                                    .where(BoardColumn.id == to_column_id)).first()
    if target_column is None or target_column.archived or target_column.board_id != board_id:
        raise NotFoundError(what="Column", key=to_column_id)
    if recurrence != "none" or archived:
        raise ValidationError("Only cards on the board can be moved.", field="card")
    if not _can_edit_ids(session, actor, card_id, board_id):
        raise PermissionDenied(action="move this card")

    source = _column_rows(session, from_column)
    source_ids = [cid for cid, _ in source]
    from_position = source_ids.index(card_id) if card_id in source_ids else len(source_ids)
    same = from_column == to_column_id
    target = source if same else _column_rows(session, to_column_id)
    length = len(target) - 1 if same else len(target)
    to_position = max(0, min(to_position, length))
    if same and to_position == from_position:
        return False
    now = now or clock.now()
    values: dict = {"column_id": to_column_id, "position": to_position}
    if not same:
        values["done_at"] = now if target_column.is_done else None
    if _contiguous(source) and _contiguous(target):
        # Positions are 0…n-1: shift the cards between the old and the new place by one, in SQL.
        if same:
            low, high, step = ((from_position + 1, to_position, -1) if to_position > from_position
                               else (to_position, from_position - 1, 1))
            _shift(session, from_column, low, high, step)
        else:
            _shift(session, from_column, from_position + 1, None, -1)
            _shift(session, to_column_id, to_position, None, 1)
        session.execute(update(_CARD).where(_CARD.c.id == card_id).values(**values),
                        execution_options={"synchronize_session": False})
    else:  # gaps or ties (archived cards, imports): number both columns afresh
        session.execute(update(_CARD).where(_CARD.c.id == card_id).values(**values),
                        execution_options={"synchronize_session": False})
        rest = [cid for cid in source_ids if cid != card_id]
        ids = rest if same else [cid for cid, _ in target]
        ids.insert(to_position, card_id)
        _renumber(session, ids, dict(source if same else target))
        if not same:
            _renumber(session, rest, dict(source))
    _record_move(session, actor, card_id, from_column, to_column_id, from_position, to_position, now)
    audit.record(session, actor, "move", ENTITY, card_id,
                 before={"column_id": from_column, "position": from_position},
                 after={"column_id": to_column_id, "position": to_position}, summary=audit.note("card", card=title))
    card = session.identity_map.get(session.identity_key(Card, card_id))
    if card is not None:
        session.expire(card)
    return True


def neighbour_column(session: Session, card_id: int, step: int) -> int | None:
    """The id of the column ``step`` places to the left (-1) or right (+1) of the card's, if any."""
    card = get_card(session, card_id)
    columns = boards.active_columns(session, card.board_id)
    index = next((i for i, c in enumerate(columns) if c.id == card.column_id), None)
    if index is None or not 0 <= index + step < len(columns):
        return None
    return columns[index + step].id


# ------------------------------------------------------------------------------------------ checklist / comments

def add_checklist_item(session: Session, *, actor: Actor, card_id: int, text: str) -> int:
    card = get_card(session, card_id)
    require_edit(session, actor, card)
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the checklist item.", field="checklist")
    position = session.scalar(select(func.count()).select_from(ChecklistItem).where(ChecklistItem.card_id == card_id))
    item = ChecklistItem(card_id=card_id, text=text[:200], position=position)
    session.add(item)
    session.flush()
    audit.record(session, actor, "create", "checklist_item", item.id, after=audit.snapshot(item),
                 summary=audit.note("card_checklist", card=card.title))
    return item.id


def set_checklist_done(session: Session, *, actor: Actor, item_id: int, done: bool) -> None:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFoundError(what="Checklist item", key=item_id)
    card = get_card(session, item.card_id)
    require_edit(session, actor, card)
    if item.done != done:
        item.done = done
        session.flush()
        audit.record(session, actor, "update", "checklist_item", item.id, before={"done": not done},
                     after={"done": done}, summary=audit.note("card_checklist_item", card=card.title, item=item.text))


def remove_checklist_item(session: Session, *, actor: Actor, item_id: int) -> None:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFoundError(what="Checklist item", key=item_id)
    card = get_card(session, item.card_id)
    require_edit(session, actor, card)
    audit.record(session, actor, "delete", "checklist_item", item.id, before=audit.snapshot(item),
                 summary=audit.note("card_checklist", card=card.title))
    session.delete(item)
    session.flush()


def add_comment(session: Session, *, actor: Actor, card_id: int, body: str, now: datetime | None = None) -> int:
    """Anyone may comment on any card they can see (every card on a board)."""
    card = get_card(session, card_id)
    body = (body or "").strip()
    if not body:
        raise ValidationError("Write the comment first.", field="comment")
    comment = CardComment(card_id=card.id, user_id=actor.user_id, username=actor.username, body=body,
                          at=now or clock.now())
    session.add(comment)
    session.flush()
    audit.record(session, actor, "create", "card_comment", comment.id, after={"card_id": card.id, "body": body},
                 summary=audit.note("card_comment", card=card.title))
    return comment.id


# ------------------------------------------------------------------------------------------ reading

def read_card(session: Session, *, actor: Actor, card_id: int) -> CardDetail:
    card = get_card(session, card_id)
    board = session.get(Board, card.board_id)
    columns = dict(session.execute(select(BoardColumn.id, BoardColumn.name)
                                   .where(BoardColumn.board_id == card.board_id)).all())
    people = list(session.execute(
        select(Employee.id, Employee.name).join(card_assignee, card_assignee.c.employee_id == Employee.id)
        .where(card_assignee.c.card_id == card.id).order_by(Employee.employee_no)).all())
    from shopteam.db.models import User

    creator = session.scalar(select(User.username).where(User.id == card.created_by_id)) if card.created_by_id else ""
    data = CardInput(
        title=card.title, description=card.description, priority=card.priority,
        tags=tuple(t for t in card.tags.split(",") if t), start_date=card.start_date, due_date=card.due_date,
        estimate_hours=card.estimate_hours, goal_id=card.goal_id, assignee_ids=tuple(p[0] for p in people),
        recurrence=card.recurrence, recurrence_weekday=card.recurrence_weekday, recurrence_day=card.recurrence_day,
        recurrence_scope=card.recurrence_scope)
    moves = session.scalars(select(CardMove).where(CardMove.card_id == card.id).order_by(CardMove.at, CardMove.id))
    return CardDetail(
        id=card.id, board_id=board.id, board_name=board.name, column_id=card.column_id,
        column_name=columns.get(card.column_id, ""), data=data, assignees=[(i, n) for i, n in people],
        archived=card.archived, done_at=card.done_at, created_at=card.created_at, created_by=creator or "",
        version=card.version, can_edit=can_edit(session, actor, card, board),
        checklist=[ChecklistRow(i.id, i.text, i.done) for i in card.checklist],
        comments=[CommentRow(c.id, c.at, c.username, c.body) for c in card.comments],
        moves=[MoveRow(m.at, m.username, columns.get(m.from_column_id, "") if m.from_column_id else "",
                       columns.get(m.to_column_id, ""), m.from_position, m.to_position) for m in moves])


def my_tasks(session: Session, *, actor: Actor, employee_id: int | None = None,
             include_done: bool = False) -> list[boards.CardSummary]:
    """The cards assigned to a person (default: the actor's own) on every board that is not archived."""
    employee_id = employee_id or actor.employee_id
    if employee_id is None:
        return []
    mine = select(card_assignee.c.card_id).where(card_assignee.c.employee_id == employee_id)
    live = select(Board.id).where(Board.archived.is_(False))
    condition = (Card.id.in_(mine) & Card.archived.is_(False) & (Card.recurrence == "none")
                 & Card.board_id.in_(live))
    if not include_done:
        condition = condition & Card.done_at.is_(None)
    cards = boards.card_summaries(session, condition, with_board=True)
    far = date.max
    cards.sort(key=lambda c: (c.done, c.due_date or far, -c.priority, c.board_id, c.position))
    return cards


# ------------------------------------------------------------------------------------------ recurrence

def _occurrence(template: Card, today: date) -> tuple[date, str] | None:
    """The latest day on or before ``today`` the template recurs on, and the key naming its period."""
    if template.recurrence == "weekly":
        day = today - timedelta(days=today.weekday()) + timedelta(days=template.recurrence_weekday)
        if day > today:
            day -= timedelta(days=7)
        iso = day.isocalendar()
        return day, f"{iso.year}-W{iso.week:02d}"
    if template.recurrence == "monthly":
        year, month = today.year, today.month
        for _ in range(2):
            day = date(year, month, min(template.recurrence_day, calendar.monthrange(year, month)[1]))
            if day <= today:
                return day, f"{year}-{month:02d}"
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def generate_recurring_cards(session: Session, *, today: date, actor: Actor | None = None) -> list[int]:
    """Create the current period's card of every recurring card (template) once: a weekly one from its
    weekday on, a monthly one from its day on (the month's last day when shorter). A template with scope
    'each' makes one card per assignee, 'everyone' one per person on the staff. Running it again in the
    same period creates nothing: each card is keyed by (template, period[, person]) and that key is
    unique in the database. Returns the ids created."""
    templates = list(session.scalars(
        select(Card).join(Board, Board.id == Card.board_id)
        .where(Card.recurrence != "none", Card.archived.is_(False), Board.archived.is_(False)).order_by(Card.id)))
    if not templates:
        return []
    created: list[int] = []
    now = clock.now()
    for template in templates:
        occurrence = _occurrence(template, today)
        if occurrence is None:
            continue
        day, key = occurrence
        if template.start_date is not None and day < template.start_date:
            continue
        template_people = sorted(assignee_ids(session, template.id))
        if template.recurrence_scope == "card":
            targets: list[tuple[str, tuple[int, ...]]] = [(key, tuple(template_people))]
        else:
            if template.recurrence_scope == "everyone":
                people = list(session.scalars(select(Employee.id).where(
                    Employee.status != "left", Employee.hire_date <= day).order_by(Employee.employee_no)))
            else:
                people = template_people
            targets = [(f"{key}/{person}", (person,)) for person in people]
        existing = set(session.scalars(select(Card.recurrence_key).where(Card.template_id == template.id)))
        columns = boards.active_columns(session, template.board_id)
        if not columns:
            continue
        first = columns[0]
        for full_key, people_ids in targets:
            if full_key in existing:
                continue
            card = Card(board_id=template.board_id, column_id=first.id, title=template.title,
                        description=template.description, priority=template.priority, tags=template.tags,
                        start_date=day, due_date=day, estimate_hours=template.estimate_hours,
                        goal_id=template.goal_id, template_id=template.id, recurrence_key=full_key,
                        created_by_id=None, created_at=now, updated_at=now)
            session.add(card)
            session.flush()
            _set_assignees(session, card.id, people_ids)
            ids = _column_ids(session, first.id, exclude=card.id)
            ids.append(card.id)
            _renumber(session, ids)
            _record_move(session, actor, card.id, None, first.id, None, len(ids) - 1, now)
            created.append(card.id)
    if created:
        audit.record(session, actor or Actor(user_id=None, username="system", level="owner"), "create", ENTITY,
                     None, after={"cards": created}, summary=audit.note("recurring_cards", count=len(created), day=today.isoformat()))
    return created


def ensure_weekly_report_card(session: Session, *, actor: Actor, board_id: int, language: str | None = None,
                              weekday: int = 4) -> int:
    """The recurring weekly-report card (周报) for everyone, every Friday by default; made once per board."""
    lang = language or shop_language(session)
    title = pick(WEEKLY_REPORT_TITLE, lang)
    existing = session.scalar(select(Card.id).where(Card.board_id == board_id, Card.recurrence == "weekly",
                                                    Card.recurrence_scope == "everyone", Card.title == title,
                                                    Card.archived.is_(False)))
    if existing is not None:
        return existing
    return create_card(session, actor=actor, board_id=board_id, data=CardInput(
        title=title, description=pick(WEEKLY_REPORT_TEXT, lang), priority=1, tags=(title,),
        recurrence="weekly", recurrence_weekday=weekday, recurrence_scope="everyone"))


def recurring_templates(session: Session, *, board_id: int) -> list[tuple[int, str, str]]:
    """(id, title, recurrence) of the board's recurring cards."""
    return list(session.execute(select(Card.id, Card.title, Card.recurrence).where(
        Card.board_id == board_id, Card.recurrence != "none", Card.archived.is_(False)).order_by(Card.id)).all())


def people_choices(session: Session, *, include_ids: tuple[int, ...] = ()) -> list[tuple[int, str, str]]:
    """(id, employee no., name) of everyone who has not left, plus ``include_ids`` (current assignees)."""
    query = select(Employee.id, Employee.employee_no, Employee.name).where(
        (Employee.status != "left") | Employee.id.in_(include_ids)).order_by(Employee.employee_no)
    return [(i, no, name) for i, no, name in session.execute(query)]
