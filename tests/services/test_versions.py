"""Two PCs editing one record: the second save is refused with who changed it and when; nothing is overwritten.

Each test has two session factories on two engines over the same database (two PCs on one file or one
server): session A reads, B saves, A's save is refused with ChangedElsewhere naming B and B's moment.
"""

from dataclasses import fields
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from shopteam.db.engine import make_engine, make_session_factory
from shopteam.db.models import AuditLog, Employee
from shopteam.db.models.boards import Card
from shopteam.domain import clock
from shopteam.domain.errors import ChangedElsewhere, ConflictError
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards
from shopteam.services.boards.cards import CardInput
from shopteam.services.org import roster
from shopteam.services.org.roster import StaffInput

pytestmark = pytest.mark.both_backends

B_SAVES = datetime(2026, 12, 7, 2, 5, tzinfo=UTC)  # 10:05 in Beijing


def when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def two_pcs(db_url, factory, owner):
    """PC A (the ``factory`` fixture, the owner) and PC B (its own engine, the manager 小林 as another owner)."""
    with factory.begin() as s:
        accounts.create_account(s, actor=owner, username="lin", password="secret123", level="owner")
    engine_b = make_engine(db_url)
    factory_b = make_session_factory(engine_b)
    with factory_b.begin() as s:
        lin = accounts.login(s, username="lin", password="secret123").actor
    yield factory, owner, factory_b, lin
    engine_b.dispose()


def person_input(detail) -> StaffInput:
    """The form's values of a loaded staff record (what the roster edit dialog sends back)."""
    return StaffInput(**{f.name: getattr(detail, f.name) for f in fields(StaffInput) if hasattr(detail, f.name)})


@pytest.fixture
def staff_id(two_pcs):
    factory, owner, _fb, _lin = two_pcs
    with factory.begin() as s:
        return roster.create_staff(s, actor=owner, data=StaffInput(employee_no="E001", name="张三",
                                                                   hire_date=date(2025, 3, 1), phone="13800138000"))


def test_a_form_loaded_before_someone_elses_save_is_refused(two_pcs, staff_id):
    factory_a, owner, factory_b, lin = two_pcs
    with factory_a() as s:  # A opens the edit dialog
        shown = roster.get_staff(s, actor=owner, staff_id=staff_id)
    with clock.frozen(B_SAVES), factory_b.begin() as s:  # B saves a new phone number
        mine = roster.get_staff(s, actor=lin, staff_id=staff_id)
        data = person_input(mine)
        data.phone = "13900139000"
        roster.update_staff(s, actor=lin, staff_id=staff_id, data=data, expected_version=mine.version)
    data = person_input(shown)
    data.notes = "A 的备注"
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        roster.update_staff(s, actor=owner, staff_id=staff_id, data=data, expected_version=shown.version)
    err = refused.value
    assert isinstance(err, ConflictError)
    assert (err.who, err.at, err.entity, err.entity_id) == ("lin", B_SAVES, "employee", staff_id)
    assert str(err) == f"This record was changed by lin at {when(B_SAVES)}; it has been reloaded."
    with factory_a() as s:  # nothing of A's was written, B's change stands
        emp = s.get(Employee, staff_id)
        assert (emp.phone, emp.notes, emp.version) == ("13900139000", "", 2)
        assert s.scalars(select(AuditLog.username).where(AuditLog.entity == "employee")
                         .order_by(AuditLog.id)).all() == ["boss", "lin"]


def test_a_save_in_a_session_that_read_before_someone_elses_commit_is_refused(two_pcs, staff_id):
    """The flush path: A's session holds the record it read while B commits (no expected version given)."""
    factory_a, owner, factory_b, lin = two_pcs
    session_a = factory_a()
    emp_a = session_a.get(Employee, staff_id)
    assert emp_a.version == 1
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        roster.mark_left(s, actor=lin, staff_id=staff_id, leave_date=date(2026, 12, 31), reason="回老家")
    emp_a.notes = "A 改的备注"
    with pytest.raises(ChangedElsewhere) as refused:
        session_a.commit()
    session_a.close()
    assert (refused.value.who, refused.value.at) == ("lin", B_SAVES)
    with factory_a() as s:
        emp = s.get(Employee, staff_id)
        assert (emp.status, emp.leave_reason, emp.notes, emp.version) == ("left", "回老家", "", 2)


def test_the_refusal_names_the_last_of_several_changes(two_pcs, staff_id):
    factory_a, owner, factory_b, lin = two_pcs
    with factory_a() as s:
        shown = roster.get_staff(s, actor=owner, staff_id=staff_id)
    for minute, (factory, actor) in enumerate(((factory_b, lin), (factory_a, owner))):
        with clock.frozen(B_SAVES.replace(minute=minute)), factory.begin() as s:
            current = roster.get_staff(s, actor=actor, staff_id=staff_id)
            data = person_input(current)
            data.wechat = f"wx{minute}"
            roster.update_staff(s, actor=actor, staff_id=staff_id, data=data, expected_version=current.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_b.begin() as s:
        roster.update_staff(s, actor=lin, staff_id=staff_id, data=person_input(shown), expected_version=shown.version)
    assert (refused.value.who, refused.value.at) == ("boss", B_SAVES.replace(minute=1))


def test_a_card_edited_on_two_pcs(two_pcs):
    factory_a, owner, factory_b, lin = two_pcs
    with factory_a.begin() as s:
        board = boards.create_board(s, actor=owner, name="内容", kind="custom")
        card_id = cards.create_card(s, actor=owner, board_id=board, data=CardInput("双十二海报"))
    with factory_a() as s:
        shown = cards.read_card(s, actor=owner, card_id=card_id)
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        cards.update_card(s, actor=lin, card_id=card_id, data=CardInput("双十二海报（终稿）"), version=shown.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        cards.update_card(s, actor=owner, card_id=card_id, data=CardInput("海报 A"), version=shown.version)
    assert (refused.value.who, refused.value.at, refused.value.entity) == ("lin", B_SAVES, "card")
    with factory_a() as s:
        assert s.get(Card, card_id).title == "双十二海报（终稿）"


def test_a_meeting_part_names_its_own_updated_by(two_pcs, staff_id):
    """A record with updated_by/updated_at (a person's part of the weekly meeting) says who from them."""
    from shopteam.db.models.meetings import MeetingPart
    from shopteam.services.meetings import meeting as meetings

    factory_a, owner, factory_b, lin = two_pcs
    with clock.frozen(date(2026, 11, 6)), factory_a.begin() as s:
        meeting_id = meetings.create_meeting(s, actor=owner, week="2026-W45")
    with factory_a() as s:
        part = meetings.read_meeting(s, actor=owner, meeting_id=meeting_id).parts[0]
    assert part.version == 1
    with clock.frozen(B_SAVES), factory_b.begin() as s:
        meetings.edit_part(s, actor=lin, part_id=part.id, summary="B 的小结", expected_version=part.version)
    with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
        meetings.edit_part(s, actor=owner, part_id=part.id, summary="A 的小结", expected_version=part.version)
    assert (refused.value.who, refused.value.at, refused.value.entity) == ("lin", B_SAVES, "meeting_part")
    with factory_a() as s:
        assert (s.get(MeetingPart, part.id).summary, s.get(MeetingPart, part.id).version) == ("B 的小结", 2)


def test_a_payout_run_recomputed_elsewhere_is_not_approved_unseen(two_pcs, staff_id):
    """PC A shows the run it computed; PC B recomputes it; A's approval of the figures it showed is refused."""
    from shopteam.services.payout import runs as payout

    factory_a, owner, factory_b, lin = two_pcs
    with clock.frozen(date(2026, 12, 5)):
        with factory_a.begin() as s:
            shown = payout.compute_run(s, actor=owner, year=2026, month=11)
        with clock.frozen(B_SAVES), factory_b.begin() as s:
            payout.compute_run(s, actor=lin, year=2026, month=11, expected_version=shown.version)
        with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
            payout.approve_run(s, actor=owner, year=2026, month=11, expected_version=shown.version)
        assert (refused.value.who, refused.value.at, refused.value.entity) == ("lin", B_SAVES, "payout_run")
        with factory_a() as s:
            run = payout.get_run(s, actor=owner, year=2026, month=11)
            assert (run.state, run.computed_by) == ("draft", "lin") and run.version > shown.version


def test_an_appraisal_reviewed_on_two_pcs(two_pcs):
    """The supervisor's review of one appraisal entered on two PCs: the second is refused, the first stands."""
    from shopteam.db.models.appraisal import Appraisal
    from shopteam.services.appraisal import cycles as ap
    from tests.services.appraisal_shop import make_shop

    factory_a, owner, factory_b, lin = two_pcs
    make_shop(factory_a, owner)
    with clock.frozen(date(2026, 11, 3)):
        with factory_a.begin() as s:
            cycle_id = ap.open_cycle(s, actor=owner, year=2026, month=10)
        with factory_a() as s:
            row = next(r for r in ap.list_appraisals(s, actor=owner, cycle_id=cycle_id) if r.employee_no == "E101")
            shown = ap.get_appraisal(s, actor=owner, appraisal_id=row.id)
        with clock.frozen(B_SAVES), factory_b.begin() as s:
            ap.save_review(s, actor=lin, appraisal_id=row.id, comment="B 的评语", version=shown.row.version)
        with pytest.raises(ChangedElsewhere) as refused, factory_a.begin() as s:
            ap.save_review(s, actor=owner, appraisal_id=row.id, comment="A 的评语", version=shown.row.version)
    assert (refused.value.who, refused.value.at, refused.value.entity) == ("lin", B_SAVES, "appraisal")
    with factory_a() as s:
        assert s.get(Appraisal, row.id).supervisor_comment == "B 的评语"
