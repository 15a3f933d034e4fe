"""The demo shop's boards, cards with history, weekly-report cards and goals."""

from datetime import date

from sqlalchemy import func, select

from shopteam.db.models.boards import Card, CardMove, Goal
from shopteam.services import demo
from shopteam.services.boards import board as boards
from shopteam.services.boards import flow, goals

TODAY = date(2026, 11, 22)  # a Sunday: this week's Friday report cards exist


def test_demo_boards_goals_and_history(factory):
    with factory.begin() as s:
        owner = demo.create_demo_shop(s, language="zh_CN", today=TODAY)
    with factory() as s:
        rows = {b.name: b for b in boards.list_boards(s, actor=owner)}
        assert set(rows) == {"内容看板", "活动看板", "上新看板", "团队事务"}
        content = boards.load_board(s, actor=owner, board_id=rows["内容看板"].id)
        assert [c.name for c in content.columns] == ["策划", "创作", "审核", "发布", "推广", "复盘"]
        assert any(c.wip_limit for c in content.columns)
        summary = flow.flow_summary(s, board_id=rows["内容看板"].id, weeks=12, today=TODAY)
        assert summary.cards_done >= 10 and summary.lead_time_days_median > summary.cycle_time_days_median > 0
        assert s.scalar(select(func.count()).select_from(CardMove)) > 250
        open_cards = [c for c in content.cards if not c.done]
        assert open_cards  # the newest cards are still in progress
        weekly = s.scalars(select(Card).where(Card.board_id == rows["团队事务"].id, Card.template_id.is_not(None)))
        reports = list(weekly)
        assert len(reports) == 17 and {c.due_date for c in reports} == {date(2026, 11, 20)}
        tree = goals.list_goals(s, actor=owner, year=2026)
        tops = [g for g in tree if g.data.parent_id is None and g.data.scope == "shop"]
        assert len(tops) == 3
        sales = next(g for g in tops if g.data.name == "全年销售额")
        quarters = [g for g in tree if g.data.parent_id == sales.id]
        assert [q.data.number for q in quarters] == [1, 2, 3, 4]
        assert sales.progress is not None and 0.7 < sales.progress < 1.3
        assert s.scalar(select(func.count()).select_from(Goal)) == 3 * 17 + 1
        first_card = s.scalar(select(Card.title).order_by(Card.id))
    assert first_card == "新品上市种草笔记"
