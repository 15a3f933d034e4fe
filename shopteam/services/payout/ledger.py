"""The reward/penalty ledger (奖惩记录): add, list and edit entries, every change audited.

One entry feeds both the appraisal (its signed ``points`` within the period, capped by the scheme) and
the payout (a bonus's or a fine's ``amount``). Owners record for anyone; managers for the people in
their scope; staff only see their own entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Employee
from shopteam.db.models.appraisal import LEDGER_KINDS, LedgerEntry
from shopteam.db.versions import check_version
from shopteam.domain.errors import NotFoundError, PermissionDenied, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.permissions import (
    LEDGER_RECORD,
    PAYOUT_MANAGE,
    can,
    require,
    require_in_scope,
    visible_employee_ids,
)

CARRIES_AMOUNT = ("bonus", "fine")


@dataclass(frozen=True)
class LedgerRow:
    id: int
    entry_date: date
    employee_id: int
    employee_no: str
    name: str
    kind: str
    amount: Decimal | None
    points: Decimal | None
    reason: str
    recorded_by: str
    version: int


def _dec(value, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError("{value} is not a number.", field=field, code="number", value=value) from None
    if not number.is_finite():
        raise ValidationError("{value} is not a number.", field=field, code="number", value=value)
    return number


def _check(kind: str, amount: Decimal | None, points: Decimal | None, reason: str) -> None:
    if kind not in LEDGER_KINDS:
        raise ValidationError("Unknown kind of entry {kind}.", field="kind", code="ledger_kind", kind=kind)
    if amount is not None:
        if amount < 0:
            raise ValidationError("The amount of a reward or fine cannot be negative ({amount}).", field="amount",
                                  code="ledger_amount_negative", amount=amount)
        if amount != amount.quantize(Decimal("0.01")):
            raise ValidationError("{amount} is not a whole number of fen.", field="amount",
                                  code="ledger_amount_fen", amount=amount)
        if amount and kind not in CARRIES_AMOUNT:
            raise ValidationError("Only a bonus or a fine has an amount, not a {kind}.", field="amount",
                                  code="ledger_amount_not_allowed", kind=kind)
    if points is not None and abs(points) > 100:
        raise ValidationError("Points must be between -100 and 100.", field="points", code="ledger_points")
    if not reason.strip():
        raise ValidationError("Give a reason for the entry.", field="reason", code="ledger_reason")


def _may_record(session: Session, actor: Actor, employee_id: int) -> None:
    require(actor, LEDGER_RECORD, "record rewards and penalties")
    if actor.employee_id == employee_id and not can(actor, PAYOUT_MANAGE):  # the owner may, a manager not
        raise PermissionDenied(action="record rewards and penalties for yourself")
    require_in_scope(session, actor, employee_id, "record rewards and penalties for this person")


def _snap(entry: LedgerEntry) -> dict:
    return audit.snapshot(entry, exclude=("recorded_at",))


def add_entry(session: Session, *, actor: Actor, employee_id: int, entry_date: date, kind: str,
              reason: str, amount=None, points=None) -> int:
    amount, points = _dec(amount, "amount"), _dec(points, "points")
    _check(kind, amount, points, reason)
    if session.get(Employee, employee_id) is None:
        raise NotFoundError(what="Employee", key=employee_id)
    _may_record(session, actor, employee_id)
    entry = LedgerEntry(entry_date=entry_date, employee_id=employee_id, kind=kind, amount=amount, points=points,
                        reason=reason.strip(), recorded_by=actor.username)
    session.add(entry)
    session.flush()
    audit.record(session, actor, "create", "ledger_entry", entry.id, after=_snap(entry),
                 summary=audit.note("ledger_entry", kind=kind, day=entry_date.isoformat(), reason=reason.strip()[:80]))
    return entry.id


def edit_entry(session: Session, *, actor: Actor, entry_id: int, version: int | None = None, **changes) -> None:
    entry = session.get(LedgerEntry, entry_id)
    if entry is None:
        raise NotFoundError(what="Ledger entry", key=entry_id)
    check_version(session, entry, version)
    _may_record(session, actor, entry.employee_id)
    before = _snap(entry)
    kind = changes.get("kind", entry.kind)
    amount = _dec(changes["amount"], "amount") if "amount" in changes else entry.amount
    points = _dec(changes["points"], "points") if "points" in changes else entry.points
    reason = changes.get("reason", entry.reason)
    _check(kind, amount, points, reason)
    entry.kind, entry.amount, entry.points, entry.reason = kind, amount, points, reason.strip()
    if "entry_date" in changes:
        entry.entry_date = changes["entry_date"]
    session.flush()
    audit.record(session, actor, "update", "ledger_entry", entry.id, before=before, after=_snap(entry),
                 summary=audit.note("ledger_entry_changed", kind=entry.kind, day=entry.entry_date.isoformat()))


def delete_entry(session: Session, *, actor: Actor, entry_id: int) -> None:
    entry = session.get(LedgerEntry, entry_id)
    if entry is None:
        raise NotFoundError(what="Ledger entry", key=entry_id)
    _may_record(session, actor, entry.employee_id)
    audit.record(session, actor, "delete", "ledger_entry", entry.id, before=_snap(entry),
                 summary=audit.note("ledger_entry_changed", kind=entry.kind, day=entry.entry_date.isoformat()))
    session.delete(entry)
    session.flush()


def list_entries(session: Session, *, actor: Actor, start: date | None = None, end: date | None = None,
                 employee_id: int | None = None) -> list[LedgerRow]:
    """Entries the actor may see, newest first."""
    query = (select(LedgerEntry, Employee.employee_no, Employee.name)
             .join(Employee, Employee.id == LedgerEntry.employee_id)
             .order_by(LedgerEntry.entry_date.desc(), LedgerEntry.id.desc()))
    if start is not None:
        query = query.where(LedgerEntry.entry_date >= start)
    if end is not None:
        query = query.where(LedgerEntry.entry_date <= end)
    if employee_id is not None:
        query = query.where(LedgerEntry.employee_id == employee_id)
    scope = visible_employee_ids(session, actor)
    if scope is not None:
        query = query.where(LedgerEntry.employee_id.in_(scope))
    return [LedgerRow(e.id, e.entry_date, e.employee_id, no, name, e.kind, e.amount, e.points, e.reason,
                      e.recorded_by, e.version) for e, no, name in session.execute(query)]


def points_by_employee(session: Session, start: date, end: date) -> dict[int, Decimal]:
    """The raw (uncapped) sum of each person's points dated from ``start`` to ``end`` (no permission check:
    a helper for the appraisal computation, which checks its own)."""
    result: dict[int, Decimal] = {}
    for employee_id, points in session.execute(
            select(LedgerEntry.employee_id, LedgerEntry.points)
            .where(LedgerEntry.entry_date >= start, LedgerEntry.entry_date <= end, LedgerEntry.points.is_not(None))):
        result[employee_id] = result.get(employee_id, Decimal(0)) + points
    return result
