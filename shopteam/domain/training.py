"""Training (培训) figures: the checks of an evaluation and the sums of a person's record.

Pure: no database, no Qt. Hours and test scores are ``Decimal`` to the hundredth; an average test score is
rounded half-up to two decimals once, from the unrounded sum.

- A test score is any value from 0 to 100 (two decimals kept); satisfaction a whole number from 1 to 5;
  both may be left empty, and so may "passed".
- Planned hours are 0 or more, a session's hours more than 0 and at most 24.
- Hours count only for sessions attended; the average test score is over the evaluations that have one
  (None when there is none).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from shopteam.domain.errors import ValidationError

QUANTUM = Decimal("0.01")
MAX_SCORE = Decimal(100)
MAX_SESSION_HOURS = Decimal(24)
MAX_PLANNED_HOURS = Decimal(1000)
SATISFACTION = range(1, 6)


def _invalid(field: str, code: str, template: str, **params) -> ValidationError:
    return ValidationError(template, field=field, code=code, **params)


def _decimal(value) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def round2(value: Decimal) -> Decimal:
    return Decimal(value).quantize(QUANTUM, rounding=ROUND_HALF_UP)


def check_test_score(value) -> Decimal | None:
    """The test score as a Decimal with two places, or None for none; 0–100 else a ValidationError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _decimal(value)
    if number is None or not 0 <= number <= MAX_SCORE:
        raise _invalid("test_score", "test_score", "The test score must be a number from 0 to 100, not {value}.",
                       value=value)
    return round2(number)


def check_satisfaction(value) -> int | None:
    """The satisfaction rating 1–5 (a whole number), or None for none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _decimal(value)
    if number is None or number != number.to_integral_value() or int(number) not in SATISFACTION:
        raise _invalid("satisfaction", "satisfaction",
                       "Satisfaction must be a whole number from 1 to 5, not {value}.", value=value)
    return int(number)


def check_session_hours(value) -> Decimal:
    number = _decimal(value)
    if number is None or not 0 < number <= MAX_SESSION_HOURS:
        raise _invalid("hours", "session_hours", "A session lasts more than 0 and at most 24 hours, not {value}.",
                       value=value)
    return round2(number)


def check_planned_hours(value) -> Decimal:
    number = _decimal(value)
    if number is None or not 0 <= number <= MAX_PLANNED_HOURS:
        raise _invalid("planned_hours", "planned_hours", "The planned hours must be from 0 to 1000, not {value}.",
                       value=value)
    return round2(number)


def check_quarter(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
        raise _invalid("quarter", "quarter", "The quarter must be 1, 2, 3 or 4 (or none for the whole year).")
    return value


def average_score(scores: Iterable[Decimal | None]) -> Decimal | None:
    """The mean of the scores given (None left out), half-up to two decimals; None when there is none."""
    given = [Decimal(s) for s in scores if s is not None]
    if not given:
        return None
    return round2(sum(given, Decimal(0)) / len(given))


def attended_hours(sessions: Iterable[tuple[Decimal, bool]]) -> Decimal:
    """The hours of the sessions attended, from (hours, attended) pairs."""
    return round2(sum((Decimal(h) for h, attended in sessions if attended), Decimal(0)))
