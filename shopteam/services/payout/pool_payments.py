"""The approved bonus pools' shares paid in a month, as the payout run reads them.

Apart from :mod:`shopteam.services.payout.pools` (which saves, splits and approves pools and needs the run
module for the month's grades and locks), so that the run can read them without an import cycle.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopteam.db.models import Department
from shopteam.db.models.payout import BonusPool
from shopteam.domain.explain import Explanation, explain, from_data
from shopteam.domain.incentives import PoolPayment


def pool_title(pool: BonusPool, department: str) -> Explanation:
    if pool.kind == "year_end":
        return explain("year_end_pool", year=str(pool.year), pool=pool.amount)
    period = f"{pool.year}-{pool.month:02d}"
    if department:
        return explain("team_pool_department", period=period, department=department, pool=pool.amount)
    return explain("team_pool_shop", period=period, pool=pool.amount)


def payments_in(session: Session, year: int, month: int) -> dict[int, list[PoolPayment]]:
    """employee id -> the shares of the approved pools paid in ``year``-``month`` (for the payout run)."""
    result: dict[int, list[PoolPayment]] = {}
    pools = session.scalars(select(BonusPool).where(BonusPool.state == "approved", BonusPool.pay_year == year,
                                                    BonusPool.pay_month == month).order_by(BonusPool.id))
    for pool in pools:
        department = "" if pool.department_id is None else session.get(Department, pool.department_id).name
        title = pool_title(pool, department)
        for share in pool.shares:
            explanations = (title, *from_data(json.loads(share.explanations or "[]")))
            result.setdefault(share.employee_id, []).append(PoolPayment(pool.kind, share.amount, explanations))
    return result
