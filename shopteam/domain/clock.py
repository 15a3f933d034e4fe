"""Today and now, from one place.

Nothing below ``ui/`` reads the system clock itself: services, imports, reports and the database layer
ask :func:`today` and :func:`now`, and a test (or ``SHOPTEAM_TODAY=2026-12-06`` for a demo or a
screenshot) sets the moment with :func:`set_today` / :func:`set_now` or the :func:`frozen` context.

- ``now()`` is an aware UTC datetime (what the database stores);
- ``today()`` is the shop's local calendar date (what months, due dates and attendance are counted in);
- a fixed *day* means local noon of that day, so "now" and "today" agree in any time zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from functools import partial

_fixed: datetime | None = None  # aware UTC, or None for the system clock
_system_clock = partial(datetime.now, UTC)  # the one read of the real clock in the whole application


def now() -> datetime:
    """This moment as an aware UTC datetime."""
    return _fixed if _fixed is not None else _system_clock()


def local_now() -> datetime:
    """This moment in the PC's local time, naive (for file names and local timestamps)."""
    return now().astimezone().replace(tzinfo=None)


def today() -> date:
    """The local calendar date of this moment."""
    return now().astimezone().date()


def set_now(moment: datetime | None) -> None:
    """Fix the clock at ``moment`` (naive means local time); ``None`` goes back to the system clock."""
    global _fixed
    _fixed = None if moment is None else moment.astimezone(UTC)  # a naive moment is taken as local time


def set_today(day: date | None) -> None:
    """Fix the clock at local noon of ``day``; ``None`` goes back to the system clock."""
    set_now(None if day is None else datetime.combine(day, time(12, 0)))


@contextmanager
def frozen(moment: date | datetime) -> Iterator[None]:
    """``with clock.frozen(date(2026, 12, 6)):`` — the clock stands still inside, and is put back after."""
    global _fixed
    saved = _fixed
    if isinstance(moment, datetime):
        set_now(moment)
    else:
        set_today(moment)
    try:
        yield
    finally:
        _fixed = saved


def set_from_text(text: str) -> None:
    """Fix the clock from ``2026-12-06`` (that day) or ``2026-12-06T18:30`` (that local moment), as the
    ``SHOPTEAM_TODAY`` setting gives it; ValueError for anything else."""
    text = text.strip()
    if "T" in text or " " in text:
        set_now(datetime.fromisoformat(text))
    else:
        set_today(date.fromisoformat(text))
