"""Task boards (看板): boards made from a preset pipeline or designed by hand, their ordered columns with
optional WIP limits, swimlanes, archiving, and the whole board read in one go for the kanban view.

Who may do what: everyone with an account sees every board that is not archived (a small shop works in
the open); the owner manages every board; a manager manages the boards of the departments they head or
belong to (and the departments below them); staff manage none. Cards have their own rules (cards.py).
The caller opens the transaction; every change writes an audit record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.boards import (
    BOARD_KINDS,
    SWIMLANES,
    Board,
    BoardColumn,
    Card,
    ChecklistItem,
    card_assignee,
)
from shopteam.db.models.boards import CardComment as _Comment
from shopteam.db.versions import check_version
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.domain.presets import Text, pick
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.language import shop_language
from shopteam.services.permissions import BOARDS_MANAGE, can, department_subtree

ENTITY = "board"
NAME_MAX = 100
COLUMN_NAME_MAX = 60

#: The preset pipelines (PRODUCT.md §2): column names in Chinese and English; the last column is "done".
PRESETS: dict[str, tuple[Text, tuple[Text, ...]]] = {
    "content": (("内容看板", "Content pipeline"),
                (("策划", "Plan"), ("创作", "Create"), ("审核", "Review"), ("发布", "Publish"),
                 ("推广", "Promote"), ("复盘", "Retrospective"))),
    "campaign": (("活动看板", "Campaign pipeline"),
                 (("策划", "Plan"), ("筹备", "Prepare"), ("执行", "Run"), ("监控", "Monitor"),
                  ("总结", "Wrap-up"))),
    "listing": (("上新看板", "Listing pipeline"),
                (("选品", "Select products"), ("上架", "List"), ("优化", "Optimise"))),
}
#: The columns of a new custom board.
CUSTOM_COLUMNS: tuple[Text, ...] = (("待办", "To do"), ("进行中", "Doing"), ("已完成", "Done"))


@dataclass(frozen=True)
class BoardRow:
    id: int
    name: str
    kind: str
    department_id: int | None
    department: str
    swimlane: str
    archived: bool
    open_cards: int
    can_manage: bool
    version: int


@dataclass(frozen=True)
class ColumnInfo:
    id: int
    name: str
    position: int
    wip_limit: int | None
    is_done: bool


@dataclass(frozen=True)
class CardSummary:
    """What a card shows on the board."""

    id: int
    board_id: int
    column_id: int
    position: int
    title: str
    priority: int
    tags: tuple[str, ...]
    due_date: date | None
    done: bool
    assignee_ids: tuple[int, ...]
    assignees: tuple[str, ...]
    department_ids: tuple[int, ...]  # the assignees' departments (for swimlanes)
    checklist_done: int
    checklist_total: int
    comments: int
    board_name: str = ""
    column_name: str = ""


@dataclass(frozen=True)
class BoardView:
    id: int
    name: str
    kind: str
    department_id: int | None
    swimlane: str
    archived: bool
    version: int
    columns: tuple[ColumnInfo, ...]
    cards: tuple[CardSummary, ...]  # by column, then position
    can_manage: bool
    departments: dict[int, str]  # names of the departments that occur in swimlanes


# ------------------------------------------------------------------------------------------ permissions

def managed_departments(session: Session, actor: Actor) -> set[int] | None:
    """The departments whose boards the actor manages; None means every board (the owner)."""
    if actor.is_owner:
        return None
    if not can(actor, BOARDS_MANAGE) or not actor.employee_id:
        return set()
    key = ("boards.managed_departments", actor.employee_id, id(session.get_transaction()))
    if key in session.info:  # the same answer for the rest of this transaction (many card moves)
        return session.info[key]
    headed = set(session.scalars(select(Department.id).where(Department.head_id == actor.employee_id)))
    own = session.scalar(select(Employee.department_id).where(Employee.id == actor.employee_id))
    session.info[key] = department_subtree(session, headed | ({own} if own else set()))
    return session.info[key]


def can_manage(session: Session, actor: Actor, board: Board, managed: set[int] | None | bool = False) -> bool:
    scope = managed_departments(session, actor) if managed is False else managed
    return scope is None or (board.department_id is not None and board.department_id in scope)


def require_manage(session: Session, actor: Actor, board: Board, action: str = "manage this board") -> None:
    if not can_manage(session, actor, board):
        raise PermissionDenied(action=action)


def get_board(session: Session, board_id: int) -> Board:
    board = session.get(Board, board_id)
    if board is None:
        raise NotFoundError(what="Board", key=board_id)
    return board


def board_by_name(session: Session, name: str) -> Board:
    board = session.scalar(select(Board).where(Board.name == name.strip()))
    if board is None:
        raise NotFoundError(what="Board", key=name)
    return board


def get_column(session: Session, column_id: int) -> BoardColumn:
    column = session.get(BoardColumn, column_id)
    if column is None or column.archived:
        raise NotFoundError(what="Column", key=column_id)
    return column


def active_columns(session: Session, board_id: int) -> list[BoardColumn]:
    return list(session.scalars(select(BoardColumn).where(
        BoardColumn.board_id == board_id, BoardColumn.archived.is_(False)).order_by(BoardColumn.position)))


# ------------------------------------------------------------------------------------------ boards

def preset_columns(kind: str, language: str) -> list[str]:
    texts = PRESETS[kind][1] if kind in PRESETS else CUSTOM_COLUMNS
    return [pick(t, language) for t in texts]


def preset_name(kind: str, language: str) -> str:
    return pick(PRESETS[kind][0], language) if kind in PRESETS else ""


def _check_name(session: Session, name: str, board_id: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the board's name.", field="name")
    if len(name) > NAME_MAX:
        raise ValidationError("The name is longer than {n} characters.", field="name", n=NAME_MAX)
    other = session.scalar(select(Board.id).where(Board.name == name))
    if other is not None and other != board_id:
        raise ValidationError("A board named {name} exists already.", field="name", name=name)
    return name


def create_board(session: Session, *, actor: Actor, name: str, kind: str = "custom",
                 department_id: int | None = None, swimlane: str = "none", columns: list[str] | None = None,
                 language: str | None = None) -> int:
    """A new board with the preset's columns (in the shop's language unless ``language`` is given), or
    the given column names; the last column is the done column. Returns its id."""
    if kind not in BOARD_KINDS:
        raise ValidationError("Unknown board kind {kind}.", field="kind", kind=kind)
    if swimlane not in SWIMLANES:
        raise ValidationError("Unknown swimlane setting {swimlane}.", field="swimlane", swimlane=swimlane)
    if department_id is not None and session.get(Department, department_id) is None:
        raise ValidationError("Department {key} does not exist.", field="department", key=department_id)
    board = Board(name=_check_name(session, name), kind=kind, department_id=department_id, swimlane=swimlane)
    require_manage(session, actor, board, "create boards for this department")
    names = columns if columns else preset_columns(kind, language or shop_language(session))
    names = [_check_column_name(n) for n in names]
    board.columns = [BoardColumn(name=n, position=i, is_done=i == len(names) - 1) for i, n in enumerate(names)]
    session.add(board)
    session.flush()
    audit.record(session, actor, "create", ENTITY, board.id, after={**audit.snapshot(board, exclude=("version", "created_at")), "columns": names},
                 summary=audit.note("board", board=board.name))
    return board.id


def update_board(session: Session, *, actor: Actor, board_id: int, name: str | None = None,
                 department_id: int | None | bool = False, swimlane: str | None = None,
                 expected_version: int | None = None) -> None:
    """Rename, move to another department (False: leave it) or change the swimlanes."""
    board = get_board(session, board_id)
    check_version(session, board, expected_version)
    require_manage(session, actor, board)
    before = audit.snapshot(board, exclude=("version", "created_at"))
    if name is not None:
        board.name = _check_name(session, name, board.id)
    if swimlane is not None:
        if swimlane not in SWIMLANES:
            raise ValidationError("Unknown swimlane setting {swimlane}.", field="swimlane", swimlane=swimlane)
        board.swimlane = swimlane
    if department_id is not False:
        board.department_id = department_id
        require_manage(session, actor, board, "give the board to that department")
    session.flush()
    audit.record(session, actor, "update", ENTITY, board.id, before=before, after=audit.snapshot(board, exclude=("version", "created_at")),
                 summary=audit.note("board", board=board.name))


def set_swimlane(session: Session, *, actor: Actor, board_id: int, swimlane: str) -> None:
    update_board(session, actor=actor, board_id=board_id, swimlane=swimlane)


def archive_board(session: Session, *, actor: Actor, board_id: int, archived: bool = True) -> None:
    """Boards are archived, never deleted: their cards carry history."""
    board = get_board(session, board_id)
    require_manage(session, actor, board, "archive this board")
    before = audit.snapshot(board, exclude=("version", "created_at"))
    board.archived = archived
    session.flush()
    audit.record(session, actor, "archive" if archived else "restore", ENTITY, board.id, before=before,
                 after=audit.snapshot(board, exclude=("version", "created_at")), summary=audit.note("board", board=board.name))


def list_boards(session: Session, *, actor: Actor, include_archived: bool = False) -> list[BoardRow]:
    managed = managed_departments(session, actor)
    counts = dict(session.execute(
        select(Card.board_id, func.count()).join(BoardColumn, BoardColumn.id == Card.column_id)
        .where(Card.archived.is_(False), Card.recurrence == "none", BoardColumn.is_done.is_(False))
        .group_by(Card.board_id)).all())
    query = (select(Board, Department.name).outerjoin(Department, Department.id == Board.department_id)
             .order_by(Board.archived, Board.id))
    if not include_archived:
        query = query.where(Board.archived.is_(False))
    return [BoardRow(b.id, b.name, b.kind, b.department_id, dep or "", b.swimlane, b.archived, counts.get(b.id, 0),
                     can_manage(session, actor, b, managed), b.version)
            for b, dep in session.execute(query).all()]


# ------------------------------------------------------------------------------------------ columns

def _check_column_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("Enter the column's name.", field="column")
    if len(name) > COLUMN_NAME_MAX:
        raise ValidationError("The name is longer than {n} characters.", field="column", n=COLUMN_NAME_MAX)
    return name


def _check_wip(wip_limit: int | None) -> int | None:
    if wip_limit is not None and wip_limit < 1:
        raise ValidationError("A WIP limit is at least 1 (leave it empty for none).", field="wip_limit")
    return wip_limit


def _renumber_columns(columns: list[BoardColumn]) -> None:
    for i, column in enumerate(columns):
        if column.position != i:
            column.position = i


def add_column(session: Session, *, actor: Actor, board_id: int, name: str, wip_limit: int | None = None,
               position: int | None = None, is_done: bool = False) -> int:
    board = get_board(session, board_id)
    require_manage(session, actor, board)
    columns = active_columns(session, board_id)
    column = BoardColumn(board_id=board_id, name=_check_column_name(name), wip_limit=_check_wip(wip_limit),
                         is_done=is_done)
    position = len(columns) if position is None else max(0, min(position, len(columns)))
    columns.insert(position, column)
    session.add(column)
    _renumber_columns(columns)
    if is_done:
        for other in columns:
            other.is_done = other is column
    session.flush()
    audit.record(session, actor, "create", "board_column", column.id, after=audit.snapshot(column),
                 summary=audit.note("column", column=column.name, board=board.name))
    return column.id


def update_column(session: Session, *, actor: Actor, column_id: int, name: str | None = None,
                  wip_limit: int | None | bool = False, is_done: bool | None = None,
                  expected_version: int | None = None) -> None:
    """Rename, set the WIP limit (None: no limit; False: leave it) or make it the done column."""
    column = get_column(session, column_id)
    check_version(session, column, expected_version)
    board = get_board(session, column.board_id)
    require_manage(session, actor, board)
    before = audit.snapshot(column)
    if name is not None:
        column.name = _check_column_name(name)
    if wip_limit is not False:
        column.wip_limit = _check_wip(wip_limit)
    if is_done is not None:
        for other in active_columns(session, board.id):
            if is_done:
                other.is_done = other.id == column.id
            elif other.id == column.id:
                other.is_done = False
    session.flush()
    audit.record(session, actor, "update", "board_column", column.id, before=before, after=audit.snapshot(column),
                 summary=audit.note("column", column=column.name, board=board.name))


def move_column(session: Session, *, actor: Actor, column_id: int, to_position: int) -> None:
    column = get_column(session, column_id)
    board = get_board(session, column.board_id)
    require_manage(session, actor, board)
    columns = [c for c in active_columns(session, board.id) if c.id != column.id]
    columns.insert(max(0, min(to_position, len(columns))), column)
    before = column.position
    _renumber_columns(columns)
    session.flush()
    if before == column.position:
        return
    audit.record(session, actor, "update", "board_column", column.id, before={"position": before},
                 after={"position": column.position}, summary=audit.note("column", column=column.name, board=board.name))


def remove_column(session: Session, *, actor: Actor, column_id: int) -> None:
    """Take an empty column off the board (it is archived: moves in the history still name it)."""
    column = get_column(session, column_id)
    board = get_board(session, column.board_id)
    require_manage(session, actor, board)
    cards = session.scalar(select(func.count()).select_from(Card).where(
        Card.column_id == column.id, Card.archived.is_(False)))
    if cards:
        raise ValidationError("The column {name} still holds {n} card(s); move them first.", field="column",
                              name=column.name, n=cards)
    column.archived = True
    _renumber_columns([c for c in active_columns(session, board.id) if c.id != column.id])
    session.flush()
    audit.record(session, actor, "archive", "board_column", column.id, before={"archived": False},
                 after={"archived": True}, summary=audit.note("column", column=column.name, board=board.name))


# ------------------------------------------------------------------------------------------ the board view

def card_summaries(session: Session, card_filter, *, with_board: bool = False) -> list[CardSummary]:
    """Board-card summaries of the cards ``card_filter`` (a where-clause on Card) selects, by column and
    position. Four flat queries whatever the number of cards (the filter is repeated as a subquery, so
    no long lists of ids are sent)."""
    columns = [Card.id, Card.board_id, Card.column_id, Card.position, Card.title, Card.priority, Card.tags,
               Card.due_date, Card.done_at]
    query = select(*columns).where(card_filter).order_by(Card.board_id, Card.column_id, Card.position, Card.id)
    rows = session.execute(query).all()
    if not rows:
        return []
    chosen = select(Card.id).where(card_filter).scalar_subquery()
    people: dict[int, list[tuple[int, str, int | None]]] = defaultdict(list)
    checklist: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for card_id, emp_id, name, dep in session.execute(
            select(card_assignee.c.card_id, Employee.id, Employee.name, Employee.department_id)
            .join(Employee, Employee.id == card_assignee.c.employee_id)
            .where(card_assignee.c.card_id.in_(chosen)).order_by(Employee.employee_no)):
        people[card_id].append((emp_id, name, dep))
    for card_id, done, n in session.execute(
            select(ChecklistItem.card_id, ChecklistItem.done, func.count())
            .where(ChecklistItem.card_id.in_(chosen)).group_by(ChecklistItem.card_id, ChecklistItem.done)):
        checklist[card_id][1] += n
        if done:
            checklist[card_id][0] += n
    comments = dict(session.execute(select(_Comment.card_id, func.count())
                                    .where(_Comment.card_id.in_(chosen)).group_by(_Comment.card_id)).all())
    board_names: dict[int, str] = {}
    column_names: dict[int, str] = {}
    if with_board:
        board_names = dict(session.execute(select(Board.id, Board.name)).all())
        column_names = dict(session.execute(select(BoardColumn.id, BoardColumn.name)).all())
    result = []
    for card_id, board_id, column_id, position, title, priority, tags, due, done_at in rows:
        who = people.get(card_id, ())
        done, total = checklist.get(card_id, (0, 0))
        result.append(CardSummary(
            id=card_id, board_id=board_id, column_id=column_id, position=position, title=title, priority=priority,
            tags=tuple(t for t in (tags or "").split(",") if t), due_date=due, done=done_at is not None,
            assignee_ids=tuple(p[0] for p in who), assignees=tuple(p[1] for p in who),
            department_ids=tuple(sorted({p[2] for p in who if p[2] is not None})),
            checklist_done=done, checklist_total=total, comments=comments.get(card_id, 0),
            board_name=board_names.get(board_id, ""), column_name=column_names.get(column_id, "")))
    return result


def load_board(session: Session, *, actor: Actor, board_id: int) -> BoardView:
    """The board with its active columns and the cards on it (not archived, not recurrence templates)."""
    board = get_board(session, board_id)
    columns = tuple(ColumnInfo(c.id, c.name, c.position, c.wip_limit, c.is_done)
                    for c in active_columns(session, board_id))
    cards = card_summaries(session, (Card.board_id == board_id) & Card.archived.is_(False)
                           & (Card.recurrence == "none"))
    order = {c.id: i for i, c in enumerate(columns)}
    cards = [c for c in cards if c.column_id in order]
    cards.sort(key=lambda c: (order[c.column_id], c.position, c.id))
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    return BoardView(board.id, board.name, board.kind, board.department_id, board.swimlane, board.archived,
                     board.version, columns, tuple(cards), can_manage(session, actor, board), departments)
