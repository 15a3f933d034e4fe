"""Bonus pools (年终奖 / 团队奖金池): split, saved as a draft, approved (locked), paid in a month's payout.

- Year-end pool of a year: split by base salary × annual grade coefficient × months worked / 12 (the
  annual grade is the grade of the average of the person's finalised monthly scores).
- Team pool of a month: split by the month's final scores, of one department or the whole shop.

The split is ``domain.pools.split_pool`` (largest remainder): the shares always add up to the pool to
the fen. Saving a draft computes the shares from the current data and stores them with the figures their
weights were made of and their explanations; approving locks exactly what was saved. An approved pool is
paid as a line (``year_end_bonus`` / ``team_bonus``) of the payout of its pay month, the next time that
month is computed. Reopening puts it back to draft, with the reason in its history; neither approving
nor reopening is allowed while the pay month's payout is approved (it would change a locked payout's
meaning). Owner only, every step; every change is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shopteam.db.models import Department, Employee
from shopteam.db.models.payout import BonusPool, BonusPoolShare, PayoutRun
from shopteam.domain import bonus_pools, clock
from shopteam.domain.calendar import month_days
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.domain.explain import Explanation, from_data, to_data
from shopteam.domain.money import ZERO, parse_money
from shopteam.domain.scoring import Grade
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.payout import rules as payout_rules
from shopteam.services.payout import runs as payout_runs
from shopteam.services.payout.runs import PayoutLocked
from shopteam.services.permissions import PAYOUT_MANAGE, require

KINDS = ("year_end", "team")


# ------------------------------------------------------------------------------------------ the split


@dataclass(frozen=True)
class PoolRow:
    """One person's share of a pool with the figures its weight was made of (None where not used)."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    weight: Decimal
    amount: Decimal
    grade: str
    score: Decimal | None
    months: Decimal | None
    explanations: tuple[Explanation, ...]
    base: Decimal | None = None
    coefficient: Decimal | None = None


def _months_worked(hired: date, left: date | None, year: int) -> Decimal:
    """Months of ``year`` employed; a partial month counts its share of calendar days (2 decimals)."""
    total = Decimal(0)
    for m in range(1, 13):
        days = month_days(year, m)
        lo, hi = max(days[0], hired), min(days[-1], left or days[-1])
        if hi >= lo:
            total += Decimal((hi - lo).days + 1) / len(days)
    return total.quantize(Decimal("0.01"))


def _weight(weight) -> Decimal:
    if isinstance(weight, Fraction):
        return (Decimal(weight.numerator) / Decimal(weight.denominator)).quantize(Decimal("0.0001"))
    return Decimal(weight)


def _pool_amount(pool) -> Decimal:
    try:
        amount = parse_money(pool)
    except ValueError:
        amount = None
    if amount is None or amount < 0:
        raise ValidationError("A pool must be a non-negative whole number of fen, not {pool}.", field="pool",
                              pool=pool)
    return amount


def split_year_end_pool(session: Session, *, actor: Actor, year: int, pool) -> list[PoolRow]:
    """Owner only: the year-end bonus pool split (a preview: nothing is saved)."""
    from shopteam.services.appraisal.compute import period_results

    require(actor, PAYOUT_MANAGE, "split the year-end bonus")
    amount = _pool_amount(pool)
    annual = {r.employee_id: r for r in period_results(session, actor=actor, year=year)}
    people = session.execute(
        select(Employee.id, Employee.employee_no, Employee.name, func.coalesce(Department.name, ""),
               Employee.base_salary, Employee.hire_date, Employee.leave_date)
        .outerjoin(Department, Department.id == Employee.department_id)
        .where(Employee.hire_date <= date(year, 12, 31),
               or_(Employee.leave_date.is_(None), Employee.leave_date >= date(year, 1, 1)))
        .order_by(Employee.employee_no)).all()
    coefficients = payout_rules.pay_rules(payout_rules.shop_rules(session)).grade_coefficients
    claims, info = [], []
    for emp, no, name, dep, base, hired, left in people:
        result = annual.get(emp)
        grade = Grade(result.grade) if result is not None and result.grade else None
        months = _months_worked(hired, left, year)
        claims.append(bonus_pools.YearEndClaim(no, base or ZERO, grade, months))
        info.append((emp, no, name, dep, grade, None if result is None else result.score, months, base or ZERO))
    parts = bonus_pools.split_year_end_bonus(amount, claims, coefficients)
    return [PoolRow(emp, no, name, dep, _weight(part.weight), part.amount, grade.value if grade else "", score,
                    months, part.explanations, base, coefficients[grade] if grade else Decimal(0))
            for (emp, no, name, dep, grade, score, months, base), part in zip(info, parts, strict=True)]


def split_team_pool(session: Session, *, actor: Actor, year: int, month: int, pool,
                    department: str | None = None) -> list[PoolRow]:
    """Owner only: a team bonus pool split by the month's final scores (of a department, when named; a
    preview: nothing is saved)."""
    require(actor, PAYOUT_MANAGE, "split a team bonus pool")
    amount = _pool_amount(pool)
    grades = payout_runs._grades_for_month(session, year, month)
    first, last = payout_runs._period(year, month)
    query = (select(Employee.id, Employee.employee_no, Employee.name, func.coalesce(Department.name, ""))
             .outerjoin(Department, Department.id == Employee.department_id)
             .where(Employee.hire_date <= last, or_(Employee.leave_date.is_(None), Employee.leave_date >= first))
             .order_by(Employee.employee_no))
    people = [p for p in session.execute(query) if department is None or p[3] == department]
    found = [grades.get(emp, (None, None)) for emp, *_rest in people]
    parts = bonus_pools.split_team_pool(amount, [(p[1], score) for p, (_g, score) in zip(people, found, strict=True)])
    return [PoolRow(emp, no, name, dep, _weight(part.weight), part.amount, grade.value if grade else "", score,
                    None, part.explanations)
            for (emp, no, name, dep), (grade, score), part in zip(people, found, parts, strict=True)]


# ------------------------------------------------------------------------------------------ views


@dataclass(frozen=True)
class PoolView:
    id: int
    kind: str
    year: int
    month: int | None
    department_id: int | None
    department: str  # "" for the whole shop
    amount: Decimal
    state: str
    pay_year: int
    pay_month: int
    note: str
    created_at: datetime | None
    created_by: str
    approved_at: datetime | None
    approved_by: str | None
    reopen_history: list[dict]
    shares: tuple[PoolRow, ...]

    @property
    def locked(self) -> bool:
        return self.state == "approved"

    @property
    def total(self) -> Decimal:
        return sum((s.amount for s in self.shares), ZERO)

    @property
    def pay_period(self) -> str:
        return f"{self.pay_year}-{self.pay_month:02d}"

    @property
    def period(self) -> str:
        return str(self.year) if self.month is None else f"{self.year}-{self.month:02d}"


def _dec(text: str | None) -> Decimal | None:
    return None if text in (None, "") else Decimal(text)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _view(session: Session, pool: BonusPool) -> PoolView:
    department = "" if pool.department_id is None else (session.get(Department, pool.department_id).name or "")
    shares = tuple(PoolRow(s.employee_id, s.employee_no, s.name, s.department, Decimal(s.weight), s.amount,
                           s.grade, _dec(s.score), _dec(s.months), from_data(json.loads(s.explanations or "[]")),
                           s.base_salary, _dec(s.coefficient))
                   for s in pool.shares)
    return PoolView(pool.id, pool.kind, pool.year, pool.month, pool.department_id, department, pool.amount,
                    pool.state, pool.pay_year, pool.pay_month, pool.note or "", pool.created_at, pool.created_by or "",
                    pool.approved_at, pool.approved_by, json.loads(pool.reopen_history or "[]"), shares)


def _find(session: Session, pool_id: int) -> BonusPool:
    pool = session.get(BonusPool, pool_id)
    if pool is None:
        raise NotFoundError(what="Bonus pool", key=pool_id)
    return pool


def _snapshot(pool: BonusPool) -> dict:
    return {"kind": pool.kind, "year": pool.year, "month": pool.month, "department_id": pool.department_id,
            "amount": str(pool.amount), "state": pool.state, "pay": f"{pool.pay_year}-{pool.pay_month:02d}",
            "note": pool.note or ""}


def _label(pool: BonusPool) -> dict[str, str]:
    """The kind and period of a pool, for its audit summaries (domain.audit_summary words the kind)."""
    period = str(pool.year) if pool.month is None else f"{pool.year}-{pool.month:02d}"
    return {"kind": "year_end" if pool.kind == "year_end" else "team", "period": period}


# ------------------------------------------------------------------------------------------ use cases


def _check_fields(kind: str, year: int, month: int | None, pay_year: int, pay_month: int) -> None:
    if kind not in KINDS:
        raise ValidationError("Unknown kind of bonus pool {kind}.", field="kind", code="pool_kind", kind=kind)
    payout_runs._period(pay_year, pay_month)
    if kind == "team":
        if month is None:
            raise ValidationError("A team bonus pool needs the month of the scores.", field="month",
                                  code="pool_month")
        payout_runs._period(year, month)


def _pay_month_locked(session: Session, pool: BonusPool) -> None:
    run = session.scalar(select(PayoutRun).where(PayoutRun.year == pool.pay_year, PayoutRun.month == pool.pay_month))
    if run is not None and run.state == "approved":
        raise PayoutLocked(period=f"{pool.pay_year}-{pool.pay_month:02d}")


def _paid_people_employed(session: Session, pool: BonusPool) -> None:
    """The payout of the pay month has a line only for the people employed in it: refuse a pay month that
    would leave someone's share unpaid."""
    first, last = payout_runs._period(pool.pay_year, pool.pay_month)
    paid = {s.employee_id: s.employee_no for s in pool.shares if s.amount}
    employed = set(session.scalars(select(Employee.id).where(
        Employee.id.in_(list(paid)), Employee.hire_date <= last,
        or_(Employee.leave_date.is_(None), Employee.leave_date >= first))))
    missing = sorted(no for emp, no in paid.items() if emp not in employed)
    if missing:
        raise ValidationError("{people} are not employed in {period}, the pay month: choose a month in which "
                              "everyone with a share is paid.", field="pay_month", code="pool_pay_month",
                              people=", ".join(missing), period=f"{pool.pay_year}-{pool.pay_month:02d}")


def save_draft(session: Session, *, actor: Actor, kind: str, year: int, amount, pay_year: int, pay_month: int,
               month: int | None = None, department_id: int | None = None, note: str = "",
               pool_id: int | None = None) -> PoolView:
    """Owner only: create a draft pool (or update the draft ``pool_id``), its shares computed now."""
    require(actor, PAYOUT_MANAGE, "save a bonus pool")
    _check_fields(kind, year, month, pay_year, pay_month)
    department = None
    if kind == "team" and department_id is not None:
        dep = session.get(Department, department_id)
        if dep is None:
            raise NotFoundError(what="Department", key=department_id)
        department = dep.name
    if kind == "year_end":
        month, department_id = None, None
        rows = split_year_end_pool(session, actor=actor, year=year, pool=amount)
    else:
        rows = split_team_pool(session, actor=actor, year=year, month=month, pool=amount, department=department)
    pool = None if pool_id is None else _find(session, pool_id)
    if pool is not None and pool.state != "draft":
        raise ValidationError("The bonus pool is approved and locked; reopen it to change it.", field="state",
                              code="pool_locked")
    before = None if pool is None else _snapshot(pool)
    if pool is None:
        pool = BonusPool(state="draft", created_by=actor.username, created_at=clock.now())
        session.add(pool)
    pool.kind, pool.year, pool.month, pool.department_id = kind, year, month, department_id
    pool.amount, pool.pay_year, pool.pay_month, pool.note = _pool_amount(amount), pay_year, pay_month, note or ""
    if pool.shares:
        pool.shares.clear()
        session.flush()  # the old shares go before the new ones come (one share per person and pool)
    pool.shares = [BonusPoolShare(
        employee_id=r.employee_id, position=i, employee_no=r.employee_no, name=r.name, department=r.department,
        base_salary=r.base, grade=r.grade, coefficient=_text(r.coefficient), months=_text(r.months),
        score=_text(r.score), weight=str(r.weight), amount=r.amount,
        explanations=json.dumps(to_data(r.explanations), ensure_ascii=False)) for i, r in enumerate(rows)]
    session.flush()
    audit.record(session, actor, "create" if before is None else "update", "bonus_pool", pool.id,
                 before=before, after=_snapshot(pool),
                 summary=audit.note("pool_saved", **_label(pool), amount=pool.amount, count=len(rows)))
    return _view(session, pool)


def approve_pool(session: Session, *, actor: Actor, pool_id: int) -> PoolView:
    """Owner only: approve the draft, which locks it; it is paid in the payout of its pay month."""
    require(actor, PAYOUT_MANAGE, "approve a bonus pool")
    pool = _find(session, pool_id)
    if pool.state == "approved":
        raise ValidationError("The bonus pool is approved and locked; reopen it to change it.", field="state",
                              code="pool_locked")
    _pay_month_locked(session, pool)
    _paid_people_employed(session, pool)
    pool.state, pool.approved_by, pool.approved_at = "approved", actor.username, clock.now()
    session.flush()
    audit.record(session, actor, "lock", "bonus_pool", pool.id, before={"state": "draft"},
                 after={"state": "approved"}, summary=audit.note("pool_approved", **_label(pool),
                                                                  paid_in=f"{pool.pay_year}-{pool.pay_month:02d}"))
    return _view(session, pool)


def reopen_pool(session: Session, *, actor: Actor, pool_id: int, reason: str) -> PoolView:
    """Owner only: an approved pool back to draft, with the reason kept in its history and the audit log."""
    require(actor, PAYOUT_MANAGE, "reopen an approved bonus pool")
    if not (reason or "").strip():
        raise ValidationError("Give a reason for reopening.", field="reason", code="reopen_reason")
    pool = _find(session, pool_id)
    if pool.state != "approved":
        raise ValidationError("The bonus pool is not approved.", field="state", code="pool_not_locked")
    _pay_month_locked(session, pool)
    history = json.loads(pool.reopen_history or "[]")
    history.append({"at": clock.now().isoformat(timespec="seconds"), "by": actor.username, "reason": reason.strip(),
                    "approved_by": pool.approved_by})
    pool.state, pool.reopen_history = "draft", json.dumps(history, ensure_ascii=False)
    pool.approved_by = pool.approved_at = None
    session.flush()
    audit.record(session, actor, "reopen", "bonus_pool", pool.id, before={"state": "approved"},
                 after={"state": "draft", "reason": reason.strip()},
                 summary=audit.note("pool_reopened", **_label(pool), reason=reason.strip()[:80]))
    return _view(session, pool)


def delete_pool(session: Session, *, actor: Actor, pool_id: int) -> None:
    """Owner only: delete a draft (an approved pool is reopened first)."""
    require(actor, PAYOUT_MANAGE, "delete a bonus pool")
    pool = _find(session, pool_id)
    if pool.state != "draft":
        raise ValidationError("The bonus pool is approved and locked; reopen it to change it.", field="state",
                              code="pool_locked")
    before = _snapshot(pool)
    session.delete(pool)
    session.flush()
    audit.record(session, actor, "delete", "bonus_pool", pool_id, before=before,
                 summary=audit.note("pool_deleted", **_label(pool)))


def get_pool(session: Session, *, actor: Actor, pool_id: int) -> PoolView:
    require(actor, PAYOUT_MANAGE, "see bonus pools")
    return _view(session, _find(session, pool_id))


def list_pools(session: Session, *, actor: Actor, kind: str | None = None, year: int | None = None) -> list[PoolView]:
    """Owner only: the pools (of a kind and year, when given), newest first."""
    require(actor, PAYOUT_MANAGE, "see bonus pools")
    query = select(BonusPool).order_by(BonusPool.year.desc(), BonusPool.month.desc(), BonusPool.id.desc())
    if kind is not None:
        query = query.where(BonusPool.kind == kind)
    if year is not None:
        query = query.where(BonusPool.year == year)
    return [_view(session, p) for p in session.scalars(query)]


# ------------------------------------------------------------------------------------------ paid in the payout
