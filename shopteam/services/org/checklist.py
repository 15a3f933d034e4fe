"""Ticking an item of a person's checklist off, the same for the onboarding and the leaving handover lists."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.domain import clock
from shopteam.services import audit
from shopteam.services.context import Actor


def tick(session: Session, actor: Actor, item, emp: Employee, *, entity: str, done: bool, codes: tuple[str, str]) -> None:
    """Mark ``item`` done (today, by the actor) or not, audited with ``codes`` (done, undone); no change, no record."""
    if item.done == done:
        return
    before = audit.snapshot(item, exclude=("created_at",))
    item.done = done
    item.done_on = clock.today() if done else None
    item.done_by = actor.username if done else ""
    session.flush()
    audit.record(session, actor, "update", entity, item.id, before=before,
                 after=audit.snapshot(item, exclude=("created_at",)),
                 summary=audit.note(codes[0] if done else codes[1], employee_no=emp.employee_no, name=emp.name,
                                    item=item.text))
