"""Leaving (离职): a resignation or a dismissal with the last day and the reason, the handover checklist whose
items are ticked off, and what follows from the last day elsewhere.

The record stays on the roster with the status 'left' (its history — roles, attendance, pay, appraisals —
is kept); its role assignments end on the last day (``roster.mark_left``); its account logs in up to the
last day and is refused from the day after (``accounts.closed_after``, by the clock); the payout pays the
last month pro rata to the last day (``payout.runs``). Everything needs staff.edit within the actor's scope
and writes an audit record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.people import HandoverItem
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.leaving import LEAVE_KINDS, MAX_ITEM
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.org.checklist import tick
from shopteam.services.org.roster import mark_left
from shopteam.services.permissions import STAFF_EDIT, STAFF_VIEW, require, require_in_scope

ENTITY = "handover_item"


@dataclass(frozen=True)
class HandoverRow:
    id: int
    text: str
    done: bool
    done_on: date | None
    done_by: str


def _person(session: Session, actor: Actor, staff_id: int, action: str) -> Employee:
    emp = session.get(Employee, staff_id)
    if emp is None:
        raise NotFoundError(what="Staff record", key=staff_id)
    require_in_scope(session, actor, staff_id, action)
    return emp


def _clean_item(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the handover item.", field="handover", code="required")
    if len(text) > MAX_ITEM:
        raise ValidationError("A handover item has at most {n} characters.", field="handover", code="too_long",
                              n=MAX_ITEM)
    return text


def record_leaving(session: Session, *, actor: Actor, staff_id: int, kind: str, last_day: date, reason: str,
                   handover: list[str] | tuple[str, ...] = (), expected_version: int | None = None) -> None:
    """The person leaves: ``kind`` 'resignation' (辞职) or 'dismissal' (辞退), ``last_day`` their last working
    day, ``reason`` required; ``handover`` the checklist items (empty lines dropped)."""
    require(actor, STAFF_EDIT, "record a leaving")
    emp = _person(session, actor, staff_id, "edit this staff record")
    if kind not in LEAVE_KINDS:
        raise ValidationError("Choose resignation or dismissal.", field="leave_kind", code="leave_kind")
    if not (reason or "").strip():
        raise ValidationError("Enter the reason for leaving.", field="leave_reason", code="required")
    if emp.status == "left":
        raise ValidationError("{name} has left already.", field="status", code="left_already", name=emp.name)
    items = [_clean_item(text) for text in handover if (text or "").strip()]
    mark_left(session, actor=actor, staff_id=staff_id, leave_date=last_day, reason=reason,
              expected_version=expected_version, kind=kind)
    for text in items:
        _add(session, actor, emp, text)


def _add(session: Session, actor: Actor, emp: Employee, text: str) -> int:
    position = session.scalar(select(func.coalesce(func.max(HandoverItem.position), -1))
                              .where(HandoverItem.employee_id == emp.id)) + 1
    item = HandoverItem(employee_id=emp.id, position=position, text=text, done=False, done_by="")
    session.add(item)
    session.flush()
    audit.record(session, actor, "create", ENTITY, item.id, after=audit.snapshot(item, exclude=("created_at",)),
                 summary=audit.note("handover_item", employee_no=emp.employee_no, name=emp.name, item=text))
    return item.id


def add_handover_item(session: Session, *, actor: Actor, staff_id: int, text: str) -> int:
    require(actor, STAFF_EDIT, "edit the handover checklist")
    emp = _person(session, actor, staff_id, "edit this staff record")
    return _add(session, actor, emp, _clean_item(text))


def handover_items(session: Session, *, actor: Actor, staff_id: int) -> list[HandoverRow]:
    require(actor, STAFF_VIEW, "see the handover checklist")
    _person(session, actor, staff_id, "see this staff record")
    return [HandoverRow(i.id, i.text, i.done, i.done_on, i.done_by) for i in session.scalars(
        select(HandoverItem).where(HandoverItem.employee_id == staff_id).order_by(HandoverItem.position,
                                                                                   HandoverItem.id))]


def set_handover_done(session: Session, *, actor: Actor, item_id: int, done: bool) -> None:
    """Tick an item off (today, by the actor) or untick it."""
    require(actor, STAFF_EDIT, "edit the handover checklist")
    item = session.get(HandoverItem, item_id)
    if item is None:
        raise NotFoundError(what="Handover item", key=item_id)
    emp = _person(session, actor, item.employee_id, "edit this staff record")
    tick(session, actor, item, emp, entity=ENTITY, done=done, codes=("handover_done", "handover_undone"))
