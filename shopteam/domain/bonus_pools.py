"""The year-end bonus pool and the team bonus pool, split exactly to the fen (see ``pools``).

- Year-end: each person's weight is ``base salary × annual grade coefficient × months worked / 12``
  (a person without an annual grade, or graded 不合格 with coefficient 0, gets nothing).
- Team pool: each person's weight is their final score (a person without one gets nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from shopteam.domain.errors import ValidationError
from shopteam.domain.explain import explain, plain
from shopteam.domain.incentives import DEFAULT_GRADE_COEFFICIENTS
from shopteam.domain.money import round_fen
from shopteam.domain.pools import PoolPart, PoolShare, split_pool
from shopteam.domain.scoring import Grade


@dataclass(frozen=True, slots=True)
class YearEndClaim:
    employee_no: str
    base_salary: Decimal
    grade: Grade | None  # the annual grade
    months_worked: Decimal  # 0–12, fractions allowed


def split_year_end_bonus(
    pool: Decimal,
    people: Sequence[YearEndClaim],
    coefficients: Mapping[Grade, Decimal] = DEFAULT_GRADE_COEFFICIENTS,
) -> list[PoolPart]:
    shares = []
    for p in people:
        if not 0 <= p.months_worked <= 12:
            raise ValidationError(
                "Months worked must be from 0 to 12, not {months}.",
                field="months_worked",
                months=p.months_worked,
            )
        coefficient = Decimal(0) if p.grade is None else coefficients[p.grade]
        weight = Fraction(p.base_salary) * Fraction(coefficient) * Fraction(p.months_worked) / 12
        line = explain(
            "year_end_weight",
            base=round_fen(p.base_salary),
            coefficient=coefficient,
            grade=p.grade.value if p.grade else "—",
            months=plain(Decimal(p.months_worked)),
            weight=round_fen(Decimal(weight.numerator) / Decimal(weight.denominator)),
        )
        shares.append(PoolShare(p.employee_no, weight, (line,)))
    return split_pool(pool, shares)


def split_team_pool(pool: Decimal, scores: Sequence[tuple[str, Decimal | None]]) -> list[PoolPart]:
    """``scores`` are (employee no., final score or None)."""
    shares = [
        PoolShare(
            no,
            score if score is not None else Decimal(0),
            (explain("team_weight", score=score if score is not None else "—"),),
        )
        for no, score in scores
    ]
    return split_pool(pool, shares)
