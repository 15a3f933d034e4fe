"""The reward/penalty ledger (奖惩记录): one entry feeds both the payout and the appraisal points.

- Kinds: commendation (表扬), bonus (奖金), warning (警告), fine (罚款), demotion note (降职记录).
- ``amount`` (yuan, ≥ 0, whole fen) is only meaningful for a bonus (paid out) or a fine (deducted);
  any other kind with an amount is refused. The sign comes from the kind, never from the amount.
- ``points`` are signed appraisal points as entered (a commendation +2, a warning −3); any kind may
  carry them. The appraisal adds the points of the period and caps the sum (see ``scoring``).
- An entry belongs to the period that contains its date (both ends inclusive).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from shopteam.domain.errors import ValidationError
from shopteam.domain.money import ZERO, round_fen


class LedgerKind(enum.StrEnum):
    COMMENDATION = "commendation"  # 表扬
    BONUS = "bonus"  # 奖金
    WARNING = "warning"  # 警告
    FINE = "fine"  # 罚款
    DEMOTION_NOTE = "demotion_note"  # 降职记录

    @property
    def carries_amount(self) -> bool:
        return self in (LedgerKind.BONUS, LedgerKind.FINE)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    kind: LedgerKind
    day: date
    reason: str = ""
    amount: Decimal = ZERO
    points: Decimal = ZERO
    recorded_by: str = ""
    employee_no: str = ""

    def __post_init__(self):
        check_entry(self)


def check_entry(entry: LedgerEntry) -> None:
    if entry.amount < 0:
        raise ValidationError(
            "The amount of a reward or fine cannot be negative ({amount}).",
            field="amount",
            amount=entry.amount,
        )
    if entry.amount != round_fen(entry.amount):
        raise ValidationError("{amount} is not a whole number of fen.", field="amount", amount=entry.amount)
    if entry.amount and not entry.kind.carries_amount:
        raise ValidationError(
            "Only a bonus or a fine has an amount, not a {kind}.",
            field="amount",
            code="ledger_amount_not_allowed",
            kind=entry.kind.value,
        )


def entries_in_period(entries: Iterable[LedgerEntry], start: date, end: date) -> list[LedgerEntry]:
    """The entries dated from ``start`` to ``end`` inclusive, in date order."""
    return sorted((e for e in entries if start <= e.day <= end), key=lambda e: e.day)


def points_in_period(entries: Iterable[LedgerEntry], start: date, end: date) -> Decimal:
    """The raw (uncapped) sum of the points of the period; the appraisal caps it."""
    return sum((e.points for e in entries_in_period(entries, start, end)), Decimal(0))
