"""Training plans and sessions edited and deleted (refused once attendance is taken), and rewards and penalties
booked in the ledger from a session's results (once per attendee, with figures in fen, permissions, audit)."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog
from shopteam.db.models.appraisal import LedgerEntry
from shopteam.db.models.training import TrainingLedgerLink
from shopteam.domain.errors import ChangedElsewhere, ConflictError, PermissionDenied, ValidationError
from shopteam.services.payout import ledger
from shopteam.services.training import editing, plans, rewards
from shopteam.services.training.rewards import ResultsRule
from tests.services.test_training import _audits, _trained, shop  # noqa: F401 - the fixture

pytestmark = pytest.mark.both_backends


def test_edit_plan_and_session_audited_and_version_checked(factory, owner, shop):  # noqa: F811
    t = _trained(factory, owner, shop)
    with factory() as s:
        (plan,) = plans.list_plans(s, actor=owner, year=2026)
        first = next(r for r in plans.list_sessions(s, actor=owner, plan_id=t["plan"]) if r.id == t["first"])
    with factory.begin() as s:
        editing.update_plan(s, actor=shop["manager"], plan_id=t["plan"], version=plan.version, topic="售前话术进阶",
                            planned_hours="10.5", quarter=None)
        editing.update_session(s, actor=owner, session_id=t["first"], version=first.version, hours="2.5",
                               trainer="李老师", place="二楼会议室")
    with factory() as s:
        (plan,) = plans.list_plans(s, actor=owner, year=2026)
        assert (plan.topic, plan.quarter, plan.planned_hours, plan.held_hours) == \
            ("售前话术进阶", None, Decimal("10.50"), Decimal("4.00"))
        first = next(r for r in plans.list_sessions(s, actor=owner, plan_id=t["plan"]) if r.id == t["first"])
        assert (first.hours, first.trainer, first.place) == (Decimal("2.50"), "李老师", "二楼会议室")
        changes = [(a.action, a.summary, a.before, a.after) for a in s.scalars(
            select(AuditLog).where(AuditLog.entity.in_(("training_plan", "training_session")),
                                   AuditLog.action == "update", AuditLog.summary.contains("changed"))
            .order_by(AuditLog.id))]
        assert len(changes) == 2
        assert '"售前话术"' in changes[0][2] and '"10.50"' in changes[0][3] and "_changed" in changes[0][1]
        assert '"李老师"' in changes[1][3] and '"王主管"' in changes[1][2]
    with factory.begin() as s, pytest.raises(ChangedElsewhere):  # a form showing the old version
        editing.update_plan(s, actor=owner, plan_id=t["plan"], version=1, topic="x")
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        editing.update_plan(s, actor=owner, plan_id=t["plan"], topic="  ")
    assert err.value.code == "required"
    with factory.begin() as s, pytest.raises(ValidationError) as err:  # attendance taken: not into the future
        editing.update_session(s, actor=owner, session_id=t["first"], day=date(2026, 12, 30))
    assert err.value.code == "session_recorded_future"
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        editing.update_session(s, actor=owner, session_id=t["future"], place="")
    assert err.value.code == "place_required"
    with factory.begin() as s:  # a session nobody attended yet may move anywhere; an edit of nothing is not audited
        editing.update_session(s, actor=owner, session_id=t["future"], day=date(2027, 1, 5), online=True, place="")
        editing.update_plan(s, actor=owner, plan_id=t["plan"], topic="售前话术进阶")
    with factory() as s:
        assert len([a for a, _ in _audits(s, "training_plan")]) == 2
    with factory.begin() as s, pytest.raises(PermissionDenied):
        editing.update_session(s, actor=shop["staff"], session_id=t["first"], trainer="我")


def test_delete_refused_once_attendance_is_taken(factory, owner, shop):  # noqa: F811
    t = _trained(factory, owner, shop)
    with factory.begin() as s, pytest.raises(ConflictError) as err:
        editing.delete_session(s, actor=owner, session_id=t["first"])
    assert err.value.code == "training_session_recorded" and "2026-11-10" in str(err.value)
    assert "2 on the list" in str(err.value)
    with factory.begin() as s, pytest.raises(ConflictError) as err:
        editing.delete_plan(s, actor=owner, plan_id=t["plan"])
    assert err.value.code == "training_plan_recorded" and "4 on the lists" in str(err.value)
    with factory.begin() as s, pytest.raises(PermissionDenied):
        editing.delete_session(s, actor=shop["staff"], session_id=t["future"])
    with factory.begin() as s:
        editing.delete_session(s, actor=shop["manager"], session_id=t["future"])
    with factory() as s:
        assert [r.id for r in plans.list_sessions(s, actor=owner, plan_id=t["plan"])] == [t["second"], t["first"]]
        assert _audits(s, "training_session")[-1][0] == "delete"
        assert "training_session_deleted" in _audits(s, "training_session")[-1][1]
    with factory.begin() as s:  # a plan whose sessions have no attendance goes with its sessions
        other = plans.create_plan(s, actor=owner, year=2027, topic="消防安全", planned_hours=2)
        plans.create_session(s, actor=owner, plan_id=other, day=date(2027, 3, 1), hours=1, place="仓库")
    with factory.begin() as s:
        editing.delete_plan(s, actor=owner, plan_id=other)
    with factory() as s:
        assert [p.topic for p in plans.list_plans(s, actor=owner)] == ["售前话术"]
        assert plans.list_sessions(s, actor=owner, plan_id=other) == []
        assert _audits(s, "training_plan")[-1][0] == "delete"


def _entries(s):
    return [(e.employee.employee_no, e.kind, e.amount, e.points, e.reason, e.entry_date)
            for e in s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))]


def test_results_become_ledger_entries_once(factory, owner, shop):  # noqa: F811
    t = _trained(factory, owner, shop)
    with factory.begin() as s:  # S001 passed the second session, S002 did not
        plans.record_evaluation(s, actor=owner, session_id=t["second"], employee_id=shop["S002"], test_score=55,
                                passed=False)
    rule = ResultsRule(reward_amount="50.00", reward_points=2, penalty_amount="20.5", penalty_points="1")
    with factory.begin() as s:
        booked = rewards.book_results(s, actor=shop["manager"], session_id=t["second"], rule=rule,
                                      entry_date=date(2026, 12, 7))
    assert (booked.rewards, booked.penalties, booked.already) == (1, 1, 0)
    with factory() as s:
        assert _entries(s) == [
            ("S001", "bonus", Decimal("50.00"), Decimal("2.00"), "培训考核通过：售前话术", date(2026, 12, 7)),
            ("S002", "fine", Decimal("20.50"), Decimal("-1.00"), "培训考核未通过：售前话术", date(2026, 12, 7))]
        # in fen, as the payout reads them
        assert [int(e.amount * 100) for e in s.scalars(select(LedgerEntry).order_by(LedgerEntry.id))] == [5000, 2050]
        assert s.scalar(select(AuditLog.summary).where(AuditLog.entity == "training_session")
                        .order_by(AuditLog.id.desc()).limit(1)).count("training_results_ledger") == 1
        assert [a for a, _ in _audits(s, "ledger_entry")] == ["create", "create"]
        assert rewards.booked_attendance(s, t["second"]) == {shop["S001"], shop["S002"]}
    with factory.begin() as s:  # booked again: nothing twice
        again = rewards.book_results(s, actor=owner, session_id=t["second"], rule=rule)
    assert (again.rewards, again.penalties, again.already, again.entry_ids) == (0, 0, 2, [])
    with factory() as s:
        assert len(_entries(s)) == 2
        assert len([a for a, _ in _audits(s, "training_session") if a == "update"]) == 3  # 2 attendance, 1 booking
    with factory.begin() as s:  # the ledger entry deleted: the link goes with it, the result can be booked again
        ledger.delete_entry(s, actor=owner, entry_id=booked.entry_ids[1])
    with factory() as s:
        assert s.scalar(select(TrainingLedgerLink.ledger_entry_id)) == booked.entry_ids[0]
    with factory.begin() as s:  # only the penalty side given: S002 fined again, English reason
        again = rewards.book_results(s, actor=owner, session_id=t["second"],
                                     rule=ResultsRule(penalty_amount=10), language="en")
    assert (again.rewards, again.penalties, again.already) == (0, 1, 1)
    with factory() as s:
        assert _entries(s)[-1][:5] == ("S002", "fine", Decimal("10.00"), None,
                                       "Training assessment not passed: 售前话术")


def test_results_rule_checks_and_permissions(factory, owner, shop):  # noqa: F811
    t = _trained(factory, owner, shop)
    with factory.begin() as s, pytest.raises(PermissionDenied):
        rewards.book_results(s, actor=shop["staff"], session_id=t["first"], rule=ResultsRule(reward_amount=5))
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        rewards.book_results(s, actor=owner, session_id=t["first"], rule=ResultsRule())
    assert err.value.code == "training_rule_empty"
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        rewards.book_results(s, actor=owner, session_id=t["first"], rule=ResultsRule(reward_amount="-5"))
    assert err.value.code == "training_rule_negative"
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        rewards.book_results(s, actor=owner, session_id=t["first"], rule=ResultsRule(reward_amount="1.005"))
    assert err.value.code == "ledger_amount_fen"
    with factory.begin() as s, pytest.raises(ValidationError) as err:
        rewards.book_results(s, actor=owner, session_id=t["future"], rule=ResultsRule(reward_amount=5))
    assert err.value.code == "session_in_future"
    with factory.begin() as s:  # first session: S001 passed; S002 absent (no entry); nobody failed -> no penalty
        booked = rewards.book_results(s, actor=owner, session_id=t["first"], rule=ResultsRule(reward_points=3))
    assert (booked.rewards, booked.penalties, booked.not_stated) == (1, 0, 0)
    with factory() as s:
        assert _entries(s) == [("S001", "commendation", None, Decimal("3.00"), "培训考核通过：售前话术",
                                date(2026, 12, 7))]
        assert not s.scalars(select(AuditLog).where(AuditLog.entity == "ledger_entry",
                                                    AuditLog.action != "create")).all()
