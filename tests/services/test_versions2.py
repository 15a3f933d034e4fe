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


# ---- recruitment positions, training evaluations, meeting action items ----------------------------------------

def test_a_position_changed_elsewhere_is_not_closed_unseen(two_pcs):  # noqa: F811
    from shopteam.services.recruitment import recruiting

    factory_a, owner, factory_b, lin = two_pcs
    with factory_a.begin() as s:
        role = org.create_role(s, actor=owner, name="客服专员")
        position_id = recruiting.open_position(s, actor=owner, role_id=role, headcount=2)
    with factory_a() as s:
        [shown] = recruiting.list_positions(s, actor=owner)
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        recruiting.close_position(s, actor=lin, position_id=position_id, expected_version=shown.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        recruiting.close_position(s, actor=owner, position_id=position_id, expected_version=shown.version)
    refused_by_lin(refused, "recruit_position")
    with factory_a() as s:
        [now] = recruiting.list_positions(s, actor=owner)
    assert (now.state, now.closed_on, now.version) == ("closed", B_SAVES.date(), shown.version + 1)


@pytest.fixture
def trained(two_pcs):  # noqa: F811
    """小李 attended the session of 10 November; no evaluation yet."""
    from shopteam.db.models import Employee
    from shopteam.services.training import plans

    factory, owner, _fb, _lin = two_pcs
    with factory.begin() as s:
        emp = Employee(employee_no="S001", name="小李", hire_date=date(2024, 1, 1))
        s.add(emp)
        s.flush()
        plan = plans.create_plan(s, actor=owner, year=2026, quarter=4, topic="售前话术", planned_hours="8")
        session_id = plans.create_session(s, actor=owner, plan_id=plan, day=date(2026, 11, 10), hours=2,
                                          place="会议室")
        plans.take_attendance(s, actor=owner, session_id=session_id, attended={emp.id: True})
        return session_id, emp.id


def attendee(factory, owner, session_id):
    from shopteam.services.training import plans

    with factory() as s:
        [row] = plans.session_attendees(s, actor=owner, session_id=session_id)
        return row


def test_a_training_evaluation_entered_on_two_pcs(two_pcs, trained):  # noqa: F811
    from shopteam.services.training import plans

    factory_a, owner, factory_b, lin = two_pcs
    session_id, employee_id = trained
    shown = attendee(factory_a, owner, session_id)
    assert (shown.test_score, shown.evaluation_version) == (None, 0)
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        plans.record_evaluation(s, actor=lin, session_id=session_id, employee_id=employee_id, test_score=85,
                                comment="B 的评价", expected_version=shown.evaluation_version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        plans.record_evaluation(s, actor=owner, session_id=session_id, employee_id=employee_id, test_score=60,
                                expected_version=shown.evaluation_version)
    refused_by_lin(refused, "training_evaluation")
    now = attendee(factory_a, owner, session_id)
    assert (now.test_score, now.comment, now.evaluation_version) == (85, "B 的评价", 1)
    with pytest.raises(ChangedElsewhere), factory_a.begin() as s:  # shown before B's: not cleared unseen either
        plans.clear_evaluation(s, actor=owner, session_id=session_id, employee_id=employee_id, expected_version=0)
    with factory_a.begin() as s:  # over what is shown now: replaced
        plans.record_evaluation(s, actor=owner, session_id=session_id, employee_id=employee_id, test_score=60,
                                expected_version=now.evaluation_version)
    assert attendee(factory_a, owner, session_id).test_score == 60


def test_a_meeting_action_made_a_card_elsewhere_says_who(two_pcs):  # noqa: F811
    from shopteam.db.models.boards import Card
    from shopteam.services.boards import board as boards
    from shopteam.services.meetings import meeting as meetings

    factory_a, owner, factory_b, lin = two_pcs
    with clock.frozen(date(2026, 11, 6)), factory_a.begin() as s:
        meeting_id = meetings.create_meeting(s, actor=owner, week="2026-W45")
        board = boards.create_board(s, actor=owner, name="内容", kind="custom")
        meetings.add_action(s, actor=owner, meeting_id=meeting_id, text="整理差评原因", owner_id=None)
    with factory_a() as s:
        [shown] = meetings.read_meeting(s, actor=owner, meeting_id=meeting_id).actions
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        card_id = meetings.make_card(s, actor=lin, action_id=shown.id, board_id=board, expected_version=shown.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        meetings.make_card(s, actor=owner, action_id=shown.id, board_id=board, expected_version=shown.version)
    refused_by_lin(refused, "meeting_action")
    with factory_a() as s:
        assert s.query(Card).count() == 1
        [now] = meetings.read_meeting(s, actor=owner, meeting_id=meeting_id).actions
        assert (now.card_id, now.version) == (card_id, shown.version + 1)
