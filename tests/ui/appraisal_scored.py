"""A scored appraisal cycle for the calibration and chart tests: KPI figures at target for everyone and the
supervisor's ratings given per person, so the final scores are known (make_shop's people, no attendance)."""

from __future__ import annotations

from shopteam.services.appraisal import compute as comp
from shopteam.services.appraisal import cycles as ap
from shopteam.services.imports.kpi import set_kpi

# Ratings per person -> final scores: E100 90.00 (优秀), E101 90.00 (优秀), E103 75.83 (合格), E102 66.00 (合格)
RATINGS = {"E100": 100, "E101": 100, "E102": 70, "E103": 85}


def score_cycle(factory, owner, year: int, month: int, ratings: dict[str, int] | None = None) -> int:
    """Open the month's cycle, give everyone's KPI figures at target and the ratings, compute; the cycle id."""
    ratings = ratings or RATINGS
    with factory.begin() as s:
        cycle_id = ap.open_cycle(s, actor=owner, year=year, month=month)
        for d in ap.details_for_cycle(s, actor=owner, cycle_id=cycle_id):
            for line in d.scores:
                if line.source == "kpi":
                    set_kpi(s, actor=owner, employee_id=d.row.employee_id, year=year, month=month,
                            indicator=line.name, value=line.target or 1)
        comp.compute_cycle(s, actor=owner, cycle_id=cycle_id)
        for d in ap.details_for_cycle(s, actor=owner, cycle_id=cycle_id):
            ap.save_review(s, actor=owner, appraisal_id=d.row.id, submit=True,
                           scores={line.id: ratings[d.row.employee_no] for line in d.scores if line.rated})
        comp.compute_cycle(s, actor=owner, cycle_id=cycle_id)
    return cycle_id
