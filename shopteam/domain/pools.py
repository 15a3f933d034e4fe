"""Splitting a money pool among people so the parts add up to the pool exactly, to the fen.

Largest-remainder method (Hamilton), computed exactly with fractions:

1. each part's exact share is ``pool × weight / Σ weight`` in fen; everyone first gets its whole fen;
2. the fen left over (fewer than the number of people) go one each to the largest fractional
   remainders; ties go to the larger weight, then to the smaller employee no. in natural order
   (``E2`` before ``E10``; digits compare as numbers, the rest as text).

So 100.00 in three equal parts is 33.34, 33.33, 33.33 with the extra fen to the smallest employee no.
A zero weight gets 0.00; a negative weight or a pool that is not a whole number of fen is refused; a
pool with people whose weights are all zero is refused (nobody to give it to).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import Explanation, explain, plain
from shopteam.domain.money import from_fen, round_fen

_DIGITS = re.compile(r"(\d+)")


def employee_no_key(employee_no: str) -> tuple:
    """Natural sort key: 'E2' < 'E10' < 'F1'; used wherever people are ordered by employee no."""
    parts = _DIGITS.split(employee_no)
    return tuple((0, int(p), p) if p.isdigit() else (1, 0, p.casefold()) for p in parts if p)


@dataclass(frozen=True, slots=True)
class PoolShare:
    """One person's claim on a pool; ``explanations`` say how the weight was made (optional)."""

    employee_no: str
    weight: Decimal | Fraction | int
    explanations: tuple[Explanation, ...] = ()


@dataclass(frozen=True, slots=True)
class PoolPart:
    employee_no: str
    weight: Decimal | Fraction | int
    amount: Decimal
    explanations: tuple[Explanation, ...] = ()


def _display(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def split_pool(pool: Decimal, shares: Sequence[PoolShare]) -> list[PoolPart]:
    """Split ``pool`` (yuan, whole fen) in proportion to the weights; parts in the order given."""
    if pool < 0 or pool != round_fen(pool):
        raise ValidationError(
            "A pool must be a non-negative whole number of fen, not {pool}.", field="pool", pool=pool
        )
    if not shares:
        return []
    weights = [Fraction(s.weight) for s in shares]
    if any(w < 0 for w in weights):
        raise ValidationError("A share of a pool cannot have a negative weight.", field="weight")
    total = sum(weights, Fraction(0))
    if total == 0:
        if pool == 0:
            return [PoolPart(s.employee_no, s.weight, from_fen(0), s.explanations) for s in shares]
        raise ValidationError(
            "The pool of {pool} cannot be split: every weight is zero.",
            field="weight",
            code="pool_no_weight",
            pool=pool,
        )
    # integer weights on a common denominator, so floors and remainders are exact integers
    scale = math.lcm(*(w.denominator for w in weights))
    ints = [w.numerator * (scale // w.denominator) for w in weights]
    total_int = sum(ints)
    pool_fen = int(pool * 100)
    fen, remainders = zip(*(divmod(pool_fen * w, total_int) for w in ints), strict=True)
    fen = list(fen)
    left = pool_fen - sum(fen)
    order = sorted(
        range(len(shares)),
        key=lambda i: (-remainders[i], -ints[i], employee_no_key(shares[i].employee_no)),
    )
    for i in order[:left]:
        fen[i] += 1
    places = Decimal("0.0001")
    total_shown = plain(_display(total).quantize(places))
    parts = []
    for i, share in enumerate(shares):
        amount = from_fen(fen[i])
        line = explain(
            "pool_share",
            pool=pool,
            weight=plain(_display(weights[i]).quantize(places)),
            total_weight=total_shown,
            exact=(Decimal(pool_fen * ints[i]) / Decimal(total_int * 100)).quantize(places),
            amount=amount,
        )
        parts.append(PoolPart(share.employee_no, share.weight, amount, (*share.explanations, line)))
    return parts
