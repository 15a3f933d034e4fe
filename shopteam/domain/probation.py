"""Probation (试用期) dates: the default end from a hire date and a number of months, and the review state."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

DEFAULT_MONTHS = 3
MAX_MONTHS = 6  # the labour-contract law's longest probation
DUE_DAYS = 14  # people whose probation ends within this many days are listed for the owner


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def probation_end(hire_date: date, months: int) -> date | None:
    """The last day of a probation of ``months`` starting on ``hire_date``; None for no probation."""
    if months <= 0:
        return None
    return add_months(hire_date, months) - timedelta(days=1)


def review_state(end: date | None, today: date, extended: bool) -> str:
    """overdue (the end has passed without a review), due (ends within DUE_DAYS), extended, or pending."""
    if end is None:
        return "no_end"
    if end < today:
        return "overdue"
    if (end - today).days <= DUE_DAYS:
        return "due"
    return "extended" if extended else "pending"
