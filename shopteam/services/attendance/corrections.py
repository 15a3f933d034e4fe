"""Approved missing-punch corrections (补卡) as the month summary uses them.

A correction fills the clock-in and/or clock-out a day is missing before the attendance maths, so the
missing punch goes and lateness, early leave and hours come from the corrected time. A punch the
machine recorded stays as it is. Filing and deciding them is in :mod:`shopteam.services.attendance.requests`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models.attendance import PunchCorrection
from shopteam.domain.attendance import DayPunches, punch_on_work_day

#: employee id -> work date -> the approved corrections' (clock-in, clock-out) moments
Corrections = dict[int, dict[date, list[tuple[datetime | None, datetime | None]]]]


def approved_corrections(session: Session, ids: set[int], first: date, last: date) -> Corrections:
    """One query: the approved corrections of first..last of the given people."""
    result: Corrections = defaultdict(lambda: defaultdict(list))
    rows = session.connection().execute(
        select(PunchCorrection.employee_id, PunchCorrection.work_date, PunchCorrection.clock_in,
               PunchCorrection.clock_out)
        .where(PunchCorrection.status == "approved", PunchCorrection.work_date >= first,
               PunchCorrection.work_date <= last))
    for employee_id, day, clock_in, clock_out in rows:
        if employee_id in ids:
            result[employee_id][day].append((clock_in, clock_out))
    return result


def fill_missing_punches(punches: dict[date, DayPunches],
                         corrections: dict[date, list[tuple[datetime | None, datetime | None]]]) -> None:
    """Put each day's corrected clock-in/clock-out where the day has none."""
    for day, corrected in corrections.items():
        found = punches.get(day) or DayPunches()
        clock_in, clock_out = found.clock_in, found.clock_out
        for moment_in, moment_out in corrected:
            if clock_in is None and moment_in is not None:
                clock_in = punch_on_work_day(moment_in, day)
            if clock_out is None and moment_out is not None:
                clock_out = punch_on_work_day(moment_out, day)
        punches[day] = DayPunches(clock_in, clock_out)


def correction_counts(corrections: Corrections) -> dict[int, int]:
    """Employee id -> the number of approved corrections in the period."""
    return {employee_id: sum(len(c) for c in by_day.values()) for employee_id, by_day in corrections.items()}
