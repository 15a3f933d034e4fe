"""Rewards and penalties from a session's results (培训奖惩): the reward/penalty ledger (payout/ledger) gets one
entry per evaluated attendee by a simple rule — passed → the reward, not passed → the penalty — each an
amount in yuan (exact to the fen) and/or signed appraisal points.

A reward with an amount is a ``bonus``, without one a ``commendation``; a penalty with an amount a ``fine``,
without one a ``warning``. The reason names the result and the topic (培训考核通过：<topic> /
培训考核未通过：<topic>, in the document's language). Each attendee's result is booked once: a
``TrainingLedgerLink`` ties the entry to the attendance row, and attendees already linked are skipped (deleting
the ledger entry removes the link, so it can be booked again). Everything happens in the caller's
transaction, every entry audited by the ledger and the whole run once on the session. The ledger's own
permission applies (``ledger.record``, within scope, a manager never for themselves: they are skipped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models.training import TrainingLedgerLink, TrainingSession
from shopteam.domain import clock
from shopteam.domain.errors import NotFoundError, ValidationError
from shopteam.services import audit
from shopteam.services.context import Actor
from shopteam.services.language import document_language
from shopteam.services.payout import ledger
from shopteam.services.permissions import (
    LEDGER_RECORD,
    PAYOUT_MANAGE,
    TRAINING_MANAGE,
    can,
    require,
    visible_employee_ids,
)

REASONS = {
    "zh_CN": {True: "培训考核通过：{topic}", False: "培训考核未通过：{topic}"},
    "en": {True: "Training assessment passed: {topic}", False: "Training assessment not passed: {topic}"},
}


@dataclass(frozen=True)
class ResultsRule:
    """What a pass and a fail are worth: amounts in yuan (None or 0: no money), points (None or 0: none;
    a penalty's points are taken off, so give them as a positive number)."""
    reward_amount: Decimal | int | str | None = None
    reward_points: Decimal | int | str | None = None
    penalty_amount: Decimal | int | str | None = None
    penalty_points: Decimal | int | str | None = None


@dataclass
class ResultsBooked:
    rewards: int = 0
    penalties: int = 0
    already: int = 0  # attendees whose result was booked before
    not_stated: int = 0  # evaluated without passed / not passed, or the rule gives nothing for their result
    skipped_self: int = 0  # the actor's own result (a manager records nothing for themselves)
    entry_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"ok": True, "rewards": self.rewards, "penalties": self.penalties, "already": self.already,
                "not_stated": self.not_stated, "skipped_self": self.skipped_self, "entries": self.entry_ids}


def _figure(value, what: str, negative_ok: bool = False) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = ledger._dec(value, what)  # noqa: SLF001 - the ledger's own reading of a figure
    if number < 0 and not negative_ok:
        raise ValidationError("A reward or penalty is given as a positive number, not {value}.", field=what,
                              code="training_rule_negative", value=value)
    return number or None


def booked_attendance(session: Session, session_id: int) -> set[int]:
    """Employee ids whose result of this session is in the ledger."""
    item = session.get(TrainingSession, session_id)
    if item is None:
        return set()
    ids = {a.id: a.employee_id for a in item.attendance}
    return {ids[a] for a in session.scalars(select(TrainingLedgerLink.attendance_id)
                                            .where(TrainingLedgerLink.attendance_id.in_(list(ids) or [-1])))}


def book_results(session: Session, *, actor: Actor, session_id: int, rule: ResultsRule,
                 entry_date: date | None = None, language: str | None = None) -> ResultsBooked:
    """Ledger entries for the session's evaluated attendees by ``rule``, dated ``entry_date`` (today)."""
    require(actor, TRAINING_MANAGE, "record rewards and penalties from training results")
    require(actor, LEDGER_RECORD, "record rewards and penalties")
    item = session.get(TrainingSession, session_id)
    if item is None:
        raise NotFoundError(what="Training session", key=session_id)
    today = clock.today()
    if item.session_date > today:
        raise ValidationError("The session on {day} has not taken place yet.", field="day",
                              code="session_in_future", day=item.session_date.isoformat())
    reward_amount, penalty_amount = _figure(rule.reward_amount, "amount"), _figure(rule.penalty_amount, "amount")
    reward_points, penalty_points = _figure(rule.reward_points, "points"), _figure(rule.penalty_points, "points")
    if not any((reward_amount, penalty_amount, reward_points, penalty_points)):
        raise ValidationError("Enter the reward for a pass or the penalty for a fail.", field="reward_amount",
                              code="training_rule_empty")
    lang = "zh_CN" if (language or document_language(session)) == "zh_CN" else "en"
    day = entry_date or today
    scope = visible_employee_ids(session, actor)
    booked = {link.attendance_id for link in session.scalars(
        select(TrainingLedgerLink).where(TrainingLedgerLink.attendance_id.in_([a.id for a in item.attendance]
                                                                               or [-1])))}
    result = ResultsBooked()
    for row in sorted(item.attendance, key=lambda a: a.employee.employee_no):
        evaluation = row.evaluation
        if not row.attended or evaluation is None or (scope is not None and row.employee_id not in scope):
            continue
        if row.id in booked:
            result.already += 1
            continue
        passed = evaluation.passed
        amount, points = (reward_amount, reward_points) if passed else (penalty_amount, penalty_points)
        if passed is None or not (amount or points):
            result.not_stated += 1
            continue
        if row.employee_id == actor.employee_id and not can(actor, PAYOUT_MANAGE):
            result.skipped_self += 1
            continue
        kind = ("bonus" if amount else "commendation") if passed else ("fine" if amount else "warning")
        entry_id = ledger.add_entry(session, actor=actor, employee_id=row.employee_id, entry_date=day, kind=kind,
                                    reason=REASONS[lang][bool(passed)].format(topic=item.plan.topic),
                                    amount=amount, points=None if points is None else (points if passed else -points))
        session.add(TrainingLedgerLink(attendance_id=row.id, ledger_entry_id=entry_id))
        result.entry_ids.append(entry_id)
        if passed:
            result.rewards += 1
        else:
            result.penalties += 1
    session.flush()
    if result.entry_ids:
        audit.record(session, actor, "update", "training_session", item.id,
                     after={"ledger_entries": result.entry_ids, "rule": {
                         k: None if v is None else f"{v:.2f}" for k, v in (
                             ("reward_amount", reward_amount), ("reward_points", reward_points),
                             ("penalty_amount", penalty_amount), ("penalty_points", penalty_points))}},
                     summary=audit.note("training_results_ledger", topic=item.plan.topic,
                                        day=item.session_date.isoformat(), rewards=result.rewards,
                                        penalties=result.penalties))
    return result
