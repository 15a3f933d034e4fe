"""Boards, cards, moves, permissions, audit, recurrence, flow metrics, on-time share, goals, weekly report."""

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from shopteam.db.models import AuditLog, Department, Employee
from shopteam.db.models.boards import Card, CardMove
from shopteam.domain.errors import PermissionDenied, ValidationError
from shopteam.services import accounts
from shopteam.services.boards import board as boards
from shopteam.services.boards import cards, flow, goals, weekly
from shopteam.services.boards.cards import CardInput
from shopteam.services.boards.goals import GoalInput


def T(day, hour=10):  # noqa: N802 - a UTC moment, short for the histories below
    return datetime(2026, 10, day, hour, tzinfo=UTC)


@pytest.fixture
def shop(factory, owner):
    """运营部 (head 王经理) with 小李 and 小张, 客服部 with 小赵; accounts for the manager and 小李."""
    with factory.begin() as s:
        ops, cs = Department(name="运营部"), Department(name="客服部")
        s.add_all([ops, cs])
        s.flush()
        people = {}
        for key, no, name, dep in (("mgr", "E001", "王经理", ops), ("li", "E002", "小李", ops),
                                   ("zhang", "E003", "小张", ops), ("zhao", "E004", "小赵", cs)):
            emp = Employee(employee_no=no, name=name, department_id=dep.id, hire_date=date(2025, 1, 1))
            s.add(emp)
            s.flush()
            people[key] = emp.id
        ops.head_id = people["mgr"]
        accounts.create_account(s, actor=owner, username="wang", password="secret123", level="manager",
                                employee_id=people["mgr"])
        accounts.create_account(s, actor=owner, username="li", password="secret123", level="staff",
                                employee_id=people["li"])
        board = boards.create_board(s, actor=owner, name="内容", kind="content", department_id=ops.id)
        other = boards.create_board(s, actor=owner, name="客服任务", kind="custom", department_id=cs.id)
    with factory.begin() as s:
        manager = accounts.login(s, username="wang", password="secret123").actor
        li = accounts.login(s, username="li", password="secret123").actor
    return {**people, "ops": ops.id, "cs": cs.id, "board": board, "other": other, "manager": manager, "li_actor": li,
            "owner": owner}


def columns(s, board_id):
    return [c.id for c in boards.active_columns(s, board_id)]


def column_titles(s, column_id):
    return list(s.scalars(select(Card.title).where(Card.column_id == column_id, Card.recurrence == "none")
                          .order_by(Card.position)))


def test_presets_in_the_shops_language_and_english(factory, owner, shop):
    with factory.begin() as s:
        view = boards.load_board(s, actor=owner, board_id=shop["board"])
        assert [c.name for c in view.columns] == ["策划", "创作", "审核", "发布", "推广", "复盘"]
        assert [c.is_done for c in view.columns] == [False] * 5 + [True]
        campaign = boards.create_board(s, actor=owner, name="Campaign", kind="campaign", language="en")
        listing = boards.create_board(s, actor=owner, name="上新", kind="listing")
        assert [c.name for c in boards.load_board(s, actor=owner, board_id=campaign).columns] == [
            "Plan", "Prepare", "Run", "Monitor", "Wrap-up"]
        assert [c.name for c in boards.load_board(s, actor=owner, board_id=listing).columns] == ["选品", "上架", "优化"]
        with pytest.raises(ValidationError):
            boards.create_board(s, actor=owner, name="内容", kind="custom")


def test_columns_crud_wip_and_archive(factory, owner, shop):
    with factory.begin() as s:
        col = boards.add_column(s, actor=owner, board_id=shop["board"], name="待定", wip_limit=2, position=1)
        names = [c.name for c in boards.active_columns(s, shop["board"])]
        assert names[:3] == ["策划", "待定", "创作"]
        boards.update_column(s, actor=owner, column_id=col, wip_limit=None, name="暂缓")
        boards.move_column(s, actor=owner, column_id=col, to_position=0)
        assert [c.name for c in boards.active_columns(s, shop["board"])][:2] == ["暂缓", "策划"]
        with pytest.raises(ValidationError):
            boards.update_column(s, actor=owner, column_id=col, wip_limit=0)
        cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("卡"), column_id=col)
        with pytest.raises(ValidationError):
            boards.remove_column(s, actor=owner, column_id=col)
        boards.archive_board(s, actor=owner, board_id=shop["board"])
        assert shop["board"] not in [b.id for b in boards.list_boards(s, actor=owner)]


def test_move_card_renumbers_records_and_sets_done(factory, owner, shop):
    with factory.begin() as s:
        cols = columns(s, shop["board"])
        ids = [cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput(t)) for t in "ABCD"]
        assert column_titles(s, cols[0]) == list("ABCD")
        assert cards.move_card(s, actor=owner, card_id=ids[3], to_column_id=cols[0], to_position=0)
        assert column_titles(s, cols[0]) == list("DABC")
        assert not cards.move_card(s, actor=owner, card_id=ids[3], to_column_id=cols[0], to_position=0)
        cards.move_card(s, actor=owner, card_id=ids[0], to_column_id=cols[1], to_position=5)
        assert column_titles(s, cols[0]) == list("DBC")
        assert column_titles(s, cols[1]) == ["A"]
        positions = list(s.scalars(select(Card.position).where(Card.column_id == cols[0]).order_by(Card.position)))
        assert positions == [0, 1, 2]
        cards.move_card(s, actor=owner, card_id=ids[0], to_column_id=cols[-1], to_position=0)
        assert s.get(Card, ids[0]).done_at is not None
        cards.move_card(s, actor=owner, card_id=ids[0], to_column_id=cols[2], to_position=0)
        assert s.get(Card, ids[0]).done_at is None
        moves = s.scalars(select(CardMove).where(CardMove.card_id == ids[0]).order_by(CardMove.id)).all()
        assert [(m.from_column_id, m.to_column_id) for m in moves] == [
            (None, cols[0]), (cols[0], cols[1]), (cols[1], cols[-1]), (cols[-1], cols[2])]
        assert all(m.username == "boss" for m in moves)
        detail = cards.read_card(s, actor=owner, card_id=ids[0])
        assert [(m.from_column, m.to_column) for m in detail.moves][1] == ("策划", "创作")
        other_col = columns(s, shop["other"])[0]
        with pytest.raises(Exception, match="does not exist"):
            cards.move_card(s, actor=owner, card_id=ids[1], to_column_id=other_col, to_position=0)


def test_staff_move_and_edit_only_their_own_cards_and_comment_anywhere(factory, owner, shop):
    li = shop["li_actor"]
    with factory.begin() as s:
        cols = columns(s, shop["board"])
        mine = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("我的", assignee_ids=(shop["li"],)))
        theirs = cards.create_card(s, actor=owner, board_id=shop["board"],
                                   data=CardInput("别人的", assignee_ids=(shop["zhang"],)))
    with factory.begin() as s:
        cards.move_card(s, actor=li, card_id=mine, to_column_id=cols[1], to_position=0)
        with pytest.raises(PermissionDenied):
            cards.move_card(s, actor=li, card_id=theirs, to_column_id=cols[1], to_position=0)
        with pytest.raises(PermissionDenied):
            cards.update_card(s, actor=li, card_id=theirs, data=CardInput("改名"))
        cards.add_comment(s, actor=li, card_id=theirs, body="我来帮忙")
        own = cards.create_card(s, actor=li, board_id=shop["other"], data=CardInput("自己建的"))
        assert cards.assignee_ids(s, own) == {shop["li"]}
        with pytest.raises(PermissionDenied):
            cards.create_card(s, actor=li, board_id=shop["board"], data=CardInput("派给别人", assignee_ids=(shop["zhang"],)))
        with pytest.raises(PermissionDenied):
            boards.add_column(s, actor=li, board_id=shop["board"], name="新阶段")
    with factory.begin() as s:
        assert s.get(Card, theirs).column_id == cols[0]
        assert s.get(Card, mine).column_id == cols[1]


def test_managers_manage_their_departments_boards(factory, shop):
    manager = shop["manager"]
    with factory.begin() as s:
        boards.add_column(s, actor=manager, board_id=shop["board"], name="数据")
        card = cards.create_card(s, actor=manager, board_id=shop["board"], data=CardInput("x", assignee_ids=(shop["li"],)))
        cards.move_card(s, actor=manager, card_id=card, to_column_id=columns(s, shop["board"])[1], to_position=0)
        with pytest.raises(PermissionDenied):
            boards.add_column(s, actor=manager, board_id=shop["other"], name="数据")
        with pytest.raises(PermissionDenied):
            boards.create_board(s, actor=manager, name="客服2", department_id=shop["cs"])
        rows = {b.id: b.can_manage for b in boards.list_boards(s, actor=manager)}
        assert rows == {shop["board"]: True, shop["other"]: False}


def test_changes_are_audited(factory, owner, shop):
    with factory.begin() as s:
        card = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("审计", priority=2))
        cards.update_card(s, actor=owner, card_id=card, data=CardInput("审计2", priority=3))
        cards.move_card(s, actor=owner, card_id=card, to_column_id=columns(s, shop["board"])[1], to_position=0)
        cards.add_comment(s, actor=owner, card_id=card, body="好")
        cards.archive_card(s, actor=owner, card_id=card)
    with factory() as s:
        logs = s.scalars(select(AuditLog).where(AuditLog.entity == "card", AuditLog.entity_id == card)
                         .order_by(AuditLog.id)).all()
        assert [log.action for log in logs] == ["create", "update", "move", "archive"]
        assert json.loads(logs[1].before) == {"title": "审计", "priority": 2}
        assert json.loads(logs[1].after) == {"title": "审计2", "priority": 3}
        assert s.scalar(select(AuditLog.id).where(AuditLog.entity == "card_comment")) is not None
        assert s.scalar(select(AuditLog.id).where(AuditLog.entity == "board", AuditLog.action == "create"))


# ------------------------------------------------------------------------------------------ flow metrics

def test_lead_and_cycle_times_from_a_hand_made_history(factory, owner, shop):
    with factory.begin() as s:
        cols = columns(s, shop["board"])
        done = cols[-1]
        a = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("A"), now=T(1))
        cards.move_card(s, actor=owner, card_id=a, to_column_id=cols[1], to_position=0, now=T(3))
        cards.move_card(s, actor=owner, card_id=a, to_column_id=cols[2], to_position=0, now=T(4))
        cards.move_card(s, actor=owner, card_id=a, to_column_id=done, to_position=0, now=T(6))
        b = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("B"), now=T(2))
        cards.move_card(s, actor=owner, card_id=b, to_column_id=cols[1], to_position=0, now=T(10))
        cards.move_card(s, actor=owner, card_id=b, to_column_id=done, to_position=0, now=T(12))
        c = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("C"), column_id=cols[2],
                              now=T(5))
        cards.move_card(s, actor=owner, card_id=c, to_column_id=done, to_position=0, now=T(13))
        open_card = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("D"), now=T(7))
        cards.move_card(s, actor=owner, card_id=open_card, to_column_id=cols[1], to_position=0, now=T(8))
    with factory() as s:
        by_id = {f.card_id: f for f in flow.card_flows(s, board_id=shop["board"])}
        assert by_id[a].lead_time_days == 5 and by_id[a].cycle_time_days == 3
        assert by_id[b].lead_time_days == 10 and by_id[b].cycle_time_days == 2
        assert by_id[c].lead_time_days == 8 and by_id[c].cycle_time_days == 8  # created beyond the first column
        assert by_id[open_card].lead_time_days is None
        summary = flow.flow_summary(s, board_id=shop["board"], weeks=3, today=date(2026, 10, 18))
        assert summary.cards_done == 3
        assert summary.lead_time_days_median == 8 and summary.cycle_time_days_median == 3
        # weeks starting 2026-09-28, 10-05, 10-12: A done on Tue 6th, B and C on 12th/13th
        assert summary.throughput_per_week == [(date(2026, 9, 28), 0), (date(2026, 10, 5), 1), (date(2026, 10, 12), 2)]
        data = summary.to_dict()
        assert set(data) >= {"cards_done", "throughput_per_week", "lead_time_days_median", "cycle_time_days_median"}
        cfd = flow.cumulative_flow(s, board_id=shop["board"], start=date(2026, 10, 1), end=date(2026, 10, 14))
        i = cfd.days.index(date(2026, 10, 9))
        assert cfd.counts[cols[0]][i] == 1  # B
        assert cfd.counts[cols[1]][i] == 1  # D
        assert cfd.counts[cols[2]][i] == 1  # C
        assert cfd.counts[done][i] == 1  # A
        assert sum(cfd.counts[col][-1] for col in cols) == 4
        assert cfd.counts[done][-1] == 3


def test_on_time_share(factory, owner, shop):
    li = shop["li"]
    with factory.begin() as s:
        done = columns(s, shop["board"])[-1]

        def card(title, due, done_day=None, who=li):
            cid = cards.create_card(s, actor=owner, board_id=shop["board"],
                                    data=CardInput(title, due_date=due, assignee_ids=(who,)), now=T(1))
            if done_day:
                cards.move_card(s, actor=owner, card_id=cid, to_column_id=done, to_position=0, now=T(done_day, 3))
            return cid

        card("on time", date(2026, 10, 10), 9)
        card("on the day", date(2026, 10, 10), 10)
        card("late", date(2026, 10, 10), 12)
        card("never", date(2026, 10, 20))
        card("outside the period", date(2026, 11, 2), 1)
        card("someone else's", date(2026, 10, 10), 9, who=shop["zhang"])
        archived = card("archived, not done", date(2026, 10, 15))
        cards.archive_card(s, actor=owner, card_id=archived)
    with factory() as s:
        assert flow.on_time_share(s, employee_id=li, start=date(2026, 10, 1), end=date(2026, 10, 31)) == (2, 4, 0.5)
        assert flow.on_time_share(s, employee_id=li, start=date(2026, 12, 1), end=date(2026, 12, 31)) == (0, 0, None)
        # the batched form (one query for the appraisal cycle) agrees, per person
        both = flow.on_time_shares(s, employee_ids=[li, shop["zhang"]], start=date(2026, 10, 1),
                                   end=date(2026, 10, 31))
        assert both == {li: (2, 4, 0.5), shop["zhang"]: (1, 1, 1.0)}
        assert flow.on_time_shares(s, employee_ids=[li], start=date(2026, 12, 1), end=date(2026, 12, 31)) == {
            li: (0, 0, None)}


# ------------------------------------------------------------------------------------------ recurrence

def test_recurring_card_is_generated_once_per_period(factory, owner, shop):
    with factory.begin() as s:
        template = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput(
            "数据周报", recurrence="weekly", recurrence_weekday=4, assignee_ids=(shop["li"],)))
        monthly = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput(
            "月度复盘", recurrence="monthly", recurrence_day=31))
        assert boards.load_board(s, actor=owner, board_id=shop["board"]).cards == ()  # templates are not shown
    with factory.begin() as s:
        assert cards.generate_recurring_cards(s, today=date(2026, 11, 25)) != []  # Wed: last Friday's + October's
    with factory.begin() as s:
        assert cards.generate_recurring_cards(s, today=date(2026, 11, 26)) == []  # nothing new
        created = cards.generate_recurring_cards(s, today=date(2026, 11, 27))  # Friday
        assert len(created) == 1
        card = s.get(Card, created[0])
        assert (card.title, card.due_date, card.template_id) == ("数据周报", date(2026, 11, 27), template)
        assert cards.assignee_ids(s, card.id) == {shop["li"]}
    with factory.begin() as s:
        for day in (27, 28, 29):
            assert cards.generate_recurring_cards(s, today=date(2026, 11, day)) == []
        november = cards.generate_recurring_cards(s, today=date(2026, 11, 30))  # day 31 → the 30th
        assert [s.get(Card, cid).due_date for cid in november] == [date(2026, 11, 30)]
        assert cards.generate_recurring_cards(s, today=date(2026, 12, 1)) == []
    with factory() as s:
        keys = sorted(s.scalars(select(Card.recurrence_key).where(Card.template_id == monthly)))
        assert keys == ["2026-10", "2026-11"]
        weekly_keys = sorted(s.scalars(select(Card.recurrence_key).where(Card.template_id == template)))
        assert weekly_keys == ["2026-W47", "2026-W48"]


def test_weekly_report_card_for_everyone_every_friday(factory, owner, shop):
    with factory.begin() as s:
        cards.ensure_weekly_report_card(s, actor=owner, board_id=shop["other"])
        assert cards.ensure_weekly_report_card(s, actor=owner, board_id=shop["other"]) == \
            cards.ensure_weekly_report_card(s, actor=owner, board_id=shop["other"])
        first = cards.generate_recurring_cards(s, today=date(2026, 11, 27))
        again = cards.generate_recurring_cards(s, today=date(2026, 11, 27))
    assert len(first) == 4 and again == []
    with factory() as s:
        people = {next(iter(cards.assignee_ids(s, cid))) for cid in first}
        assert people == {shop["mgr"], shop["li"], shop["zhang"], shop["zhao"]}
        assert {s.get(Card, cid).title for cid in first} == {"周报"}


# ------------------------------------------------------------------------------------------ goals

def test_goal_progress_rolls_up_from_children(factory, owner, shop):
    with factory.begin() as s:
        year = goals.create_goal(s, actor=owner, data=GoalInput("销售额", 2026, metric="销售额", unit="元",
                                                                  target=1200))
        q1, q2, q3, q4 = goals.split_goal(s, actor=owner, goal_id=year)
        months = goals.split_goal(s, actor=owner, goal_id=q1)
        goals.set_actual(s, actor=owner, goal_id=months[0], actual=100)  # 100 %
        goals.set_actual(s, actor=owner, goal_id=months[1], actual=50)  # 50 %
        goals.set_actual(s, actor=owner, goal_id=q2, actual=150)  # 50 % (its own actual)
        by_id = {g.id: g for g in goals.list_goals(s, actor=owner, year=2026)}
        assert by_id[q1].data.target == 300 and by_id[months[0]].data.target == 100
        assert by_id[q1].progress == pytest.approx(0.75)  # mean of the months that have progress
        assert by_id[q3].progress is None
        assert by_id[year].progress == pytest.approx((0.75 + 0.5) / 2)
        goals.set_actual(s, actor=owner, goal_id=year, actual=600)
        assert {g.id: g for g in goals.list_goals(s, actor=owner, year=2026)}[year].progress == pytest.approx(0.5)
        assert q4


def test_goal_actual_from_cards_and_permissions(factory, owner, shop):
    with factory.begin() as s:
        goal = goals.create_goal(s, actor=owner, data=GoalInput(
            "上新 10 款", 2026, period="month", number=10, target=10, actual_from_cards=True, scope="department",
            department_id=shop["ops"]))
        done = columns(s, shop["board"])[-1]
        for i in range(3):
            cid = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput(f"款{i}", goal_id=goal))
            if i < 2:
                cards.move_card(s, actor=owner, card_id=cid, to_column_id=done, to_position=0)
        row = {g.id: g for g in goals.list_goals(s, actor=owner)}[goal]
        assert row.actual == 2 and row.progress == pytest.approx(0.2)
        manager_rows = {g.id: g.can_edit for g in goals.list_goals(s, actor=shop["manager"])}
        assert manager_rows[goal] is True
        with pytest.raises(PermissionDenied):
            goals.create_goal(s, actor=shop["manager"], data=GoalInput("店铺", 2026))
        with pytest.raises(PermissionDenied):
            goals.set_actual(s, actor=shop["li_actor"], goal_id=goal, actual=5)


# ------------------------------------------------------------------------------------------ weekly report

def test_weekly_report_done_and_planned(factory, owner, shop):
    li = shop["li"]
    with factory.begin() as s:
        done = columns(s, shop["board"])[-1]
        a = cards.create_card(s, actor=owner, board_id=shop["board"], data=CardInput("做完了", assignee_ids=(li,)),
                              now=T(1))
        cards.move_card(s, actor=owner, card_id=a, to_column_id=done, to_position=0, now=T(14))  # Wed 14th
        cards.create_card(s, actor=owner, board_id=shop["board"],
                          data=CardInput("下周做", due_date=date(2026, 10, 23), assignee_ids=(li,)))
        cards.create_card(s, actor=owner, board_id=shop["board"],
                          data=CardInput("下个月", due_date=date(2026, 11, 20), assignee_ids=(li,)))
        reports = weekly.weekly_report(s, actor=owner, week_of=date(2026, 10, 15))
        mine = next(r for r in reports if r.employee_id == li)
        assert [line.title for line in mine.done] == ["做完了"]
        assert [line.title for line in mine.planned] == ["下周做"]
        assert len(reports) == 4
        assert [r.employee_id for r in weekly.weekly_report(s, actor=shop["li_actor"], week_of=date(2026, 10, 15))] == [li]


def test_random_moves_keep_the_order_a_list_would_have(factory, owner, shop):
    """Moves within and between columns, with archived cards leaving gaps, match a plain list model."""
    import random

    rng = random.Random(5)
    with factory.begin() as s:
        cols = columns(s, shop["board"])[:3]
        expected = {c: [] for c in cols}
        for i in range(12):
            col = cols[i % 3]
            expected[col].append(cards.create_card(s, actor=owner, board_id=shop["board"], column_id=col,
                                                   data=CardInput(f"c{i}")))
        for step in range(60):
            if step % 15 == 7:  # archive one: a gap in its column's positions
                col = rng.choice([c for c in cols if expected[c]])
                gone = expected[col].pop(rng.randrange(len(expected[col])))
                cards.archive_card(s, actor=owner, card_id=gone)
                continue
            src = rng.choice([c for c in cols if expected[c]])
            card = rng.choice(expected[src])
            dst = rng.choice(cols)
            expected[src].remove(card)
            position = rng.randrange(len(expected[dst]) + 1)
            expected[dst].insert(position, card)
            cards.move_card(s, actor=owner, card_id=card, to_column_id=dst, to_position=position)
            for col in cols:
                shown = cards._column_rows(s, col)
                assert [cid for cid, _ in shown] == expected[col], (step, col)
