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


# ---- 0015: the shop's pay rules (a setting row), pay-rule overrides, calendar days --------------------------------

def test_the_shops_pay_rules_saved_on_two_pcs(two_pcs):  # noqa: F811
    from shopteam.db.models import Setting
    from shopteam.services.payout import rules

    factory_a, owner, factory_b, lin = two_pcs
    with factory_a() as s:  # A opens the pay rules dialog: the defaults, nothing stored
        shown, version = rules.shop_rules(s), rules.shop_rules_version(s)
    assert version == 0
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        rules.set_shop_rules(s, actor=lin, changes={**shown, "late_deduction": "50"}, expected_version=version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:  # A's form still shows 20
        rules.set_shop_rules(s, actor=owner, changes={**shown, "full_attendance_bonus": "300"},
                             expected_version=version)
    err = refused.value
    assert (err.who, err.at, err.entity, err.entity_id) == ("lin", B_SAVES, "setting", rules.SETTING_KEY)
    assert str(err) == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    with factory_a() as s:
        now = rules.shop_rules(s)
        assert (str(now["late_deduction"]), now["full_attendance_bonus"]) == ("50", shown["full_attendance_bonus"])
        assert rules.shop_rules_version(s) == s.get(Setting, rules.SETTING_KEY).version == 1
    with clock.frozen(B_SAVES.replace(minute=9)), factory_b.begin() as s:  # again, from a version: 1 → 2
        rules.set_shop_rules(s, actor=lin, changes={"late_deduction": "40"}, expected_version=1)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        rules.set_shop_rules(s, actor=owner, changes={"late_deduction": "30"}, expected_version=1)
    assert (refused.value.who, refused.value.at) == ("lin", B_SAVES.replace(minute=9))


def test_a_pay_rule_override_saved_on_two_pcs(two_pcs):  # noqa: F811
    from shopteam.services.payout import rules

    factory_a, owner, factory_b, lin = two_pcs
    with factory_a.begin() as s:
        role = org.create_role(s, actor=owner, name="客服专员")
    with factory_a() as s:
        shown = rules.override_versions(s)
    assert shown == {}
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        rules.set_override(s, actor=lin, scope="role", target_id=role, key="late_deduction", value="30",
                           expected_version=shown.get(("role", role, "late_deduction"), 0))
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        rules.set_override(s, actor=owner, scope="role", target_id=role, key="late_deduction", value="10",
                           expected_version=shown.get(("role", role, "late_deduction"), 0))
    refused_by_lin(refused, "pay_rule_override")
    with factory_a() as s:
        assert {k: str(v) for k, v in rules.overrides(s)[("role", role)].items()} == {"late_deduction": "30"}
        shown = rules.override_versions(s)
    assert shown == {("role", role, "late_deduction"): 1}
    with clock.frozen(B_SAVES.replace(minute=9)), factory_b.begin() as s:
        rules.set_override(s, actor=lin, scope="role", target_id=role, key="late_deduction", value="40",
                           expected_version=1)
    with pytest.raises(ChangedElsewhere), factory_a.begin() as s:  # not removed unseen either
        rules.delete_override(s, actor=owner, scope="role", target_id=role, key="late_deduction", expected_version=1)
    with factory_a() as s:
        assert str(rules.overrides(s)[("role", role)]["late_deduction"]) == "40"


def test_a_calendar_day_set_on_two_pcs(two_pcs):  # noqa: F811
    from shopteam.services.attendance import worktime

    factory_a, owner, factory_b, lin = two_pcs
    day = date(2026, 12, 26)

    def shown_day():
        with factory_a() as s:
            return next(d for d in worktime.list_calendar(s, year=2026, month=12) if d.day == day)

    shown = shown_day()
    assert (shown.override, shown.version) == (None, 0)
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # B makes the Saturday a workday (双十二 catch-up)
        worktime.set_calendar_override(s, actor=lin, day=day, kind="workday", note="补班",
                                       expected_version=shown.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        worktime.set_calendar_override(s, actor=owner, day=day, kind="holiday", note="店休",
                                       expected_version=shown.version)
    refused_by_lin(refused, "calendar_override")
    now = shown_day()
    assert (now.override, now.note, now.version) == ("workday", "补班", 1)
    with pytest.raises(ChangedElsewhere), factory_a.begin() as s:  # nor removed from what A showed
        worktime.set_calendar_override(s, actor=owner, day=day, kind=None, expected_version=shown.version)
    with factory_a.begin() as s:  # over what is shown now: done
        worktime.set_calendar_override(s, actor=owner, day=day, kind="holiday", note="店休",
                                       expected_version=now.version)
    assert (shown_day().override, shown_day().version) == ("holiday", 2)


# ---- requests: guarded by their state, no version -------------------------------------------------------------

def test_a_request_decided_on_two_pcs_is_refused_the_second_time_naming_who(two_pcs):  # noqa: F811
    from shopteam.db.models import Employee
    from shopteam.domain.errors import ValidationError
    from shopteam.services.attendance.requests import decide_request, list_requests, request_leave

    factory_a, owner, factory_b, lin = two_pcs
    with factory_a.begin() as s:
        emp = Employee(employee_no="S001", name="小李", hire_date=date(2024, 1, 1))
        s.add(emp)
        s.flush()
        request_id = request_leave(s, actor=owner, kind="personal", start=date(2026, 12, 21), hours=8,
                                   reason="家里有事", employee_id=emp.id)
    with factory_a() as s:  # both PCs show it pending
        [shown] = list_requests(s, actor=owner, status="pending")
    assert shown.id == request_id
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        decide_request(s, actor=lin, kind="leave", request_id=request_id, approve=True, note="好")
    with pytest.raises(ValidationError) as refused, factory_a.begin() as s:
        decide_request(s, actor=owner, kind="leave", request_id=request_id, approve=False, note="旺季")
    err = refused.value
    assert err.code == "already_decided" and err.field == "status"
    assert str(err) == f"This request was already approved by lin at {when(B_SAVES)}."
    with factory_a() as s:
        [row] = list_requests(s, actor=owner)
    assert (row.status, row.decided_by, row.decided_at, row.decision_note) == ("approved", "lin", B_SAVES, "好")


def test_the_attendance_rules_of_a_day_saved_on_two_pcs(two_pcs):  # noqa: F811
    from shopteam.services.attendance import settings as rules

    factory_a, owner, factory_b, lin = two_pcs
    day = date(2026, 12, 1)
    with factory_a() as s:  # A shows no version from that day
        shown = rules.version_by_day(s).get(day, 0)
    assert shown == 0
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        rules.set_attendance_settings(s, actor=lin, settings=rules.AttendanceSettings(late_grace_minutes=10),
                                      effective_from=day, expected_version=0)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        rules.set_attendance_settings(s, actor=owner, settings=rules.AttendanceSettings(late_grace_minutes=20),
                                      effective_from=day, expected_version=shown)
    err = refused.value
    assert (err.who, err.at, err.entity) == ("lin", B_SAVES, "attendance_rules_version")
    with factory_a() as s:
        assert rules.get_attendance_settings(s, on=day).late_grace_minutes == 10
        again = rules.version_by_day(s)[day]
    assert again == 1
    with factory_a.begin() as s:  # over what is shown now: accepted
        rules.set_attendance_settings(s, actor=owner, settings=rules.AttendanceSettings(late_grace_minutes=20),
                                      effective_from=day, expected_version=again)
    with factory_a() as s:
        assert rules.get_attendance_settings(s, on=day).late_grace_minutes == 20
        assert rules.version_by_day(s)[day] == 2
