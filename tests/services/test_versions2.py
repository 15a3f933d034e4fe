"""Two PCs editing the records versioned by 0013/0015: the second save is refused with who and when.

Same set-up as test_versions: PC A (``factory``, the owner boss) reads, PC B (its own engine, the owner lin)
saves first, A's save over what it read is refused with ChangedElsewhere naming lin and lin's moment, and
nothing of A's is written.
"""

from datetime import date, time

import pytest

from shopteam.domain import clock
from shopteam.domain.errors import ChangedElsewhere
from shopteam.services import org
from tests.services.test_versions import B_SAVES, two_pcs, when  # noqa: F401 - the two PCs fixture

pytestmark = pytest.mark.both_backends


def refused_by_lin(refused, entity: str) -> None:
    err = refused.value
    assert (err.who, err.at, err.entity) == ("lin", B_SAVES, entity)
    assert str(err) == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."


# ---- staffing plans -------------------------------------------------------------------------------------------

@pytest.fixture
def plan(two_pcs):  # noqa: F811
    factory, owner, _fb, _lin = two_pcs
    with factory.begin() as s:
        ops = org.create_role(s, actor=owner, name="运营专员")
        cs = org.create_role(s, actor=owner, name="客服专员")
        plan_id = org.create_plan(s, actor=owner, name="我的配置")
        org.set_plan_line(s, actor=owner, plan_id=plan_id, role_id=ops, headcount=2)
    return plan_id, ops, cs


def shown_plan(factory, owner, plan_id):
    with factory() as s:
        return next(p for p in org.list_plans(s, actor=owner) if p.id == plan_id)


def test_a_staffing_plan_edited_on_two_pcs(two_pcs, plan):  # noqa: F811
    factory_a, owner, factory_b, lin = two_pcs
    plan_id, ops, cs = plan
    shown = shown_plan(factory_a, owner, plan_id)
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # B plans three operators
        org.set_plan_line(s, actor=lin, plan_id=plan_id, role_id=ops, headcount=3, expected_version=shown.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:  # A adds a service agent
        org.set_plan_line(s, actor=owner, plan_id=plan_id, role_id=cs, headcount=1, expected_version=shown.version)
    refused_by_lin(refused, "staffing_plan")
    with factory_a() as s:
        gap = org.staffing_gap(s, actor=owner, plan_id=plan_id)
        assert [(g.role_name, g.planned) for g in gap] == [("运营专员", 3)]
    again = shown_plan(factory_a, owner, plan_id)  # over what is shown now: accepted
    assert again.version == shown.version + 1 and again.planned_total == 3
    with factory_a.begin() as s:
        org.set_plan_line(s, actor=owner, plan_id=plan_id, role_id=cs, headcount=1, expected_version=again.version)
    assert shown_plan(factory_a, owner, plan_id).planned_total == 4


def test_a_staffing_plan_changed_elsewhere_is_not_made_active_or_deleted_unseen(two_pcs, plan):  # noqa: F811
    factory_a, owner, factory_b, lin = two_pcs
    plan_id, ops, _cs = plan
    shown = shown_plan(factory_a, owner, plan_id)
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        org.set_plan_line(s, actor=lin, plan_id=plan_id, role_id=ops, headcount=5, expected_version=shown.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        org.delete_plan(s, actor=owner, plan_id=plan_id, expected_version=shown.version)
    refused_by_lin(refused, "staffing_plan")
    with pytest.raises(ChangedElsewhere), factory_a.begin() as s:
        org.set_active_plan(s, actor=owner, plan_id=plan_id, expected_version=shown.version)
    now = shown_plan(factory_a, owner, plan_id)
    assert (now.planned_total, now.is_active) == (5, False)


# ---- work patterns --------------------------------------------------------------------------------------------

DAY = [(time(9), time(12)), (time(13), time(18))]
LATE = [(time(13), time(22))]


def pattern_rows(factory):
    from shopteam.services.attendance import worktime

    with factory() as s:
        return worktime.list_work_patterns(s)


def test_a_work_pattern_version_saved_on_two_pcs(two_pcs):  # noqa: F811
    """Both PCs change the shop's pattern from 1 December: B saves first, A's is refused, B's stands."""
    from shopteam.services.attendance import worktime

    factory_a, owner, factory_b, lin = two_pcs
    start = date(2026, 12, 1)
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # A read no version from that day (expected 0)
        worktime.save_work_pattern(s, actor=lin, name="白班", weekdays=0b0011111, periods=DAY, is_default=True,
                                   effective_from=start, expected_version=0)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        worktime.save_work_pattern(s, actor=owner, name="晚班", weekdays=0b0111111, periods=LATE, is_default=True,
                                   effective_from=start, expected_version=0)
    refused_by_lin(refused, "work_pattern")
    [row] = pattern_rows(factory_a)
    assert (row.name, row.weekdays, row.periods, row.version) == ("白班", 0b0011111, DAY, 1)
    with factory_a.begin() as s:  # over the version now shown: replaced
        worktime.save_work_pattern(s, actor=owner, name="晚班", weekdays=0b0111111, periods=LATE, is_default=True,
                                   effective_from=start, expected_version=row.version)
    [row] = pattern_rows(factory_a)
    assert (row.name, row.version) == ("晚班", 2)


def test_a_work_pattern_changed_elsewhere_is_neither_ended_nor_deleted_unseen(two_pcs):  # noqa: F811
    from shopteam.services.attendance import worktime

    factory_a, owner, factory_b, lin = two_pcs
    start = date(2027, 1, 1)
    with clock.frozen(date(2026, 12, 7)):
        with factory_a.begin() as s:
            worktime.save_work_pattern(s, actor=owner, name="白班", weekdays=0b0011111, periods=DAY, is_default=True,
                                       effective_from=start)
        [shown] = pattern_rows(factory_a)
        with clock.frozen(B_SAVES), factory_b.begin() as s:
            worktime.save_work_pattern(s, actor=lin, name="早班", weekdays=0b0011111, periods=DAY, is_default=True,
                                       effective_from=start, expected_version=shown.version)
        with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
            worktime.delete_work_pattern(s, actor=owner, pattern_id=shown.id, expected_version=shown.version)
        refused_by_lin(refused, "work_pattern")
        with pytest.raises(ChangedElsewhere), factory_a.begin() as s:
            worktime.end_work_pattern(s, actor=owner, is_default=True, effective_from=start,
                                      expected_version=shown.version)
    [row] = pattern_rows(factory_a)
    assert (row.name, row.ends, row.version) == ("早班", False, 2)
