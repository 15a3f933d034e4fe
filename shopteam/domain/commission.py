"""Sales commission with tiers, progressive (超额累进) or whole-amount (全额累进).

A tier applies from its threshold inclusive. With tiers 0 → 1 %, 50,000 → 1.5 %, 100,000 → 2 %:

- progressive: each slice at its own rate — 120,000 earns 500 + 750 + 400 = 1,650.00; exactly
  50,000 earns 500.00 (the 1.5 % slice is empty);
- whole amount: the whole amount at the rate of the highest tier reached — 120,000 × 2 % = 2,400.00;
  exactly 50,000 × 1.5 % = 750.00.

Sales below the first threshold (or negative, after returns) earn nothing. The commission is one
line, rounded half-up to the fen once; the slice amounts in the explanation are display values.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import Explanation, explain, percent, plain
from shopteam.domain.money import round_fen


class CommissionMode(enum.StrEnum):
    PROGRESSIVE = "progressive"  # 超额累进
    WHOLE = "whole"  # 全额累进


@dataclass(frozen=True, slots=True)
class CommissionTier:
    threshold: Decimal  # sales from which the rate applies (inclusive)
    rate: Decimal  # a fraction: Decimal('0.015') is 1.5 %


def check_commission_tiers(tiers: Sequence[CommissionTier]) -> None:
    for tier in tiers:
        if tier.threshold < 0 or tier.rate < 0:
            raise ValidationError(
                "Commission thresholds and rates cannot be negative.",
                field="tiers",
                code="commission_tier_negative",
            )
    for before, after in zip(tiers, tiers[1:], strict=False):
        if after.threshold == before.threshold:
            raise ValidationError(
                "Two commission tiers start at {threshold}; each threshold once.",
                field="tiers",
                code="commission_tier_duplicate",
                threshold=f"{plain(after.threshold):,}",
            )
        if after.threshold < before.threshold:
            raise ValidationError(
                "Commission tiers must be in ascending order of threshold.",
                field="tiers",
                code="commission_tiers_not_ascending",
            )


@dataclass(frozen=True, slots=True)
class Commission:
    amount: Decimal
    explanations: tuple[Explanation, ...]


def commission(sales: Decimal, tiers: Sequence[CommissionTier], mode: CommissionMode) -> Commission:
    check_commission_tiers(tiers)
    sales = Decimal(sales)
    reached = [t for t in tiers if sales >= t.threshold]
    if not reached:
        return Commission(
            round_fen(0), (explain("commission_none", sales=round_fen(max(sales, Decimal(0)))),)
        )
    if mode is CommissionMode.WHOLE:
        top = reached[-1]
        amount = round_fen(sales * top.rate)
        line = explain(
            "commission_whole",
            sales=round_fen(sales),
            threshold=round_fen(top.threshold),
            rate=percent(top.rate),
            amount=amount,
        )
        return Commission(amount, (line,))
    exact = Decimal(0)
    lines: list[Explanation] = []
    for i, tier in enumerate(reached):
        upper = min(sales, tiers[i + 1].threshold) if i + 1 < len(tiers) else sales
        part = (upper - tier.threshold) * tier.rate
        if upper > tier.threshold:
            lines.append(
                explain(
                    "commission_slice",
                    lower=round_fen(tier.threshold),
                    upper=round_fen(upper),
                    rate=percent(tier.rate),
                    amount=round_fen(part),
                )
            )
        exact += part
    amount = round_fen(exact)
    return Commission(
        amount, (*lines, explain("commission_progressive", sales=round_fen(sales), amount=amount))
    )
