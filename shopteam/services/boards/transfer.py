"""Cards to and from Excel, and the weekly report to Excel (the sheets are io/card_sheet.py).

Export writes a board's cards (not archived, not recurrence templates) column by column in board order.
Import adds the sheet's cards to a board, each into the column of its name (the first column when the
cell is empty), in the sheet's order, with assignees found by employee no. (or name), the checklist and
a goal found by name. It is all-or-nothing within the caller's transaction: the first bad row raises
and nothing is kept. Exporting a board and importing the file into an empty board with the same columns
gives the same cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.boards import Card, ChecklistItem, Goal, card_assignee
from shopteam.domain.errors import ValidationError
from shopteam.io import card_sheet
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards, weekly
from shopteam.services.context import Actor
from shopteam.services.language import shop_language
from shopteam.services.progress import NullProgress, Progress


@dataclass(frozen=True)
class ImportResult:
    created: int
    board: str


def board_card_rows(session: Session, *, actor: Actor, board_id: int) -> list[dict]:
    """The board's cards as plain dicts for the sheet, in board order."""
    view = boards.load_board(session, actor=actor, board_id=board_id)
    column_names = {c.id: c.name for c in view.columns}
    ids = [c.id for c in view.cards]
    if not ids:
        return []
    full = {c.id: c for c in session.scalars(select(Card).where(Card.id.in_(ids)))}
    people: dict[int, list[tuple[str, str]]] = {}
    for card_id, no, name in session.execute(
            select(card_assignee.c.card_id, Employee.employee_no, Employee.name)
            .join(Employee, Employee.id == card_assignee.c.employee_id)
            .where(card_assignee.c.card_id.in_(ids)).order_by(Employee.employee_no)):
        people.setdefault(card_id, []).append((no, name))
    checklists: dict[int, list[tuple[str, bool]]] = {}
    for card_id, text, done in session.execute(
            select(ChecklistItem.card_id, ChecklistItem.text, ChecklistItem.done)
            .where(ChecklistItem.card_id.in_(ids)).order_by(ChecklistItem.card_id, ChecklistItem.position)):
        checklists.setdefault(card_id, []).append((text, done))
    goals = dict(session.execute(select(Goal.id, Goal.name)).all())
    rows = []
    for summary in view.cards:
        card = full[summary.id]
        rows.append({
            "title": card.title, "column": column_names[card.column_id], "assignees": people.get(card.id, []),
            "priority": card.priority, "tags": [t for t in card.tags.split(",") if t],
            "start_date": card.start_date, "due_date": card.due_date, "estimate_hours": card.estimate_hours,
            "goal": goals.get(card.goal_id, ""), "description": card.description,
            "checklist": checklists.get(card.id, []),
        })
    return rows


def export_cards(session: Session, *, actor: Actor, board_id: int, path: str | Path, language: str | None = None,
                 progress: Progress | None = None) -> int:
    """Write the board's cards to ``path``; returns how many."""
    rows = board_card_rows(session, actor=actor, board_id=board_id)
    board = boards.get_board(session, board_id)
    card_sheet.write_cards_xlsx(path, rows, language=language or shop_language(session),
                                sheet_title=board.name, progress=(progress or NullProgress()).report)
    return len(rows)


def _person(session: Session, text: str, by_no: dict[str, int], by_name: dict[str, int]) -> int | None:
    no = text.split()[0]
    if no in by_no:
        return by_no[no]
    return by_name.get(text) or by_name.get(text.split()[-1])


def import_cards(session: Session, *, actor: Actor, board_id: int, path: str | Path,
                 progress: Progress | None = None) -> ImportResult:
    """Add the cards of the sheet at ``path`` to the board (see the module's docstring)."""
    rows = card_sheet.read_cards_xlsx(path)
    board = boards.get_board(session, board_id)
    columns = {c.name: c.id for c in boards.active_columns(session, board_id)}
    by_no = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    by_name = dict(session.execute(select(Employee.name, Employee.id)).all())
    goal_ids = {name: gid for gid, name in session.execute(select(Goal.id, Goal.name).order_by(Goal.id.desc()))}
    for i, row in enumerate(rows):
        where = {"row": row["row"]}
        column_id = columns.get(row["column"]) if row["column"] else None
        if row["column"] and column_id is None:
            raise ValidationError("Row {row}: the board has no column {name}.", field="column", name=row["column"],
                                  **where)
        people = []
        for text in row["assignees"]:
            person = _person(session, text, by_no, by_name)
            if person is None:
                raise ValidationError("Row {row}: no staff record {name}.", field="assignees", name=text, **where)
            people.append(person)
        goal_id = None
        if row["goal"]:
            goal_id = goal_ids.get(row["goal"])
            if goal_id is None:
                raise ValidationError("Row {row}: no goal {name}.", field="goal", name=row["goal"], **where)
        card_id = cards.create_card(session, actor=actor, board_id=board_id, column_id=column_id, data=cards.CardInput(
            title=row["title"], description=row["description"], priority=row["priority"], tags=tuple(row["tags"]),
            start_date=row["start_date"], due_date=row["due_date"], estimate_hours=row["estimate_hours"],
            goal_id=goal_id, assignee_ids=tuple(people)))
        for position, (text, done) in enumerate(row["checklist"]):
            session.add(ChecklistItem(card_id=card_id, text=text[:200], done=done, position=position))
        if progress is not None:
            progress.report(i + 1, len(rows))
    session.flush()
    return ImportResult(created=len(rows), board=board.name)


def export_weekly(session: Session, *, actor: Actor, week_of: date, path: str | Path,
                  employee_id: int | None = None, language: str | None = None,
                  progress: Progress | None = None) -> int:
    """The weekly report of one person or everyone the actor sees; returns the number of people."""
    reports = weekly.weekly_report(session, actor=actor, week_of=week_of, employee_id=employee_id)
    plain = [{"employee_no": r.employee_no, "name": r.name, "department": r.department,
              "done": [line.__dict__ for line in r.done], "planned": [line.__dict__ for line in r.planned]}
             for r in reports]
    card_sheet.write_weekly_xlsx(path, plain, language=language or shop_language(session),
                                 progress=(progress or NullProgress()).report)
    return len(reports)
